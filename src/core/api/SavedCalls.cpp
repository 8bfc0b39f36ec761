#include "SavedCalls.h"

#include "ApiCall.h"
#include "SensitiveKeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kFormat = u"verifydesk-saved-calls"_s;

QJsonArray callsToJson(const QList<SavedCall> &calls)
{
    QJsonArray array;
    for (const SavedCall &call : calls) {
        QJsonArray params;
        for (const auto &[key, value] : call.params)
            params.append(QJsonArray {key, value});
        array.append(QJsonObject {
            {u"name"_s, call.name}, {u"operation"_s, call.operation}, {u"params"_s, params}});
    }
    return array;
}

// The calls of a JSON array, or nothing with a translated reason naming the first defect.
std::optional<QList<SavedCall>> callsFromJson(const QJsonValue &value, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (!value.isArray())
        return fail(SavedCalls::tr("it has no list of calls"));
    const QJsonArray array = value.toArray();
    if (array.size() > SavedCalls::kMaxCalls)
        return fail(SavedCalls::tr("it has more than %1 calls").arg(SavedCalls::kMaxCalls));
    QList<SavedCall> calls;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        SavedCall call;
        call.name = object.value(u"name"_s).toString().trimmed();
        call.operation = object.value(u"operation"_s).toString();
        const int number = static_cast<int>(i) + 1;
        if (call.name.isEmpty())
            return fail(SavedCalls::tr("call %1 has no name").arg(number));
        if (!apiCallFromKey(call.operation))
            return fail(SavedCalls::tr("call %1 has no known operation").arg(number));
        const QJsonValue params = object.value(u"params"_s);
        if (!params.isArray())
            return fail(SavedCalls::tr("call %1 has no list of parameters").arg(number));
        for (const QJsonValue pair : params.toArray()) {
            const QJsonArray kv = pair.toArray();
            if (kv.size() != 2 || !kv.at(0).isString() || !kv.at(1).isString()
                || kv.at(0).toString().isEmpty())
                return fail(
                    SavedCalls::tr("a parameter of call %1 is not a name and a value").arg(number));
            call.params.append({kv.at(0).toString(), kv.at(1).toString()});
        }
        calls.append(SavedCalls::withoutSecrets(call));
    }
    return calls;
}

} // namespace

SavedCalls::SavedCalls(QString path)
    : m_path(std::move(path))
{ }

SavedCall SavedCalls::withoutSecrets(SavedCall call)
{
    for (auto &[key, value] : call.params) {
        if (SensitiveKeys::contains(key))
            value.clear();
    }
    return call;
}

bool SavedCalls::load(QString *error)
{
    QFile file(m_path);
    if (!file.exists()) {
        m_byProfile.clear();
        return true;
    }
    const auto fail = [this, error](const QString &reason) {
        const QString aside = m_path + u".unreadable"_s;
        QFile::remove(aside);
        QFile::copy(m_path, aside);
        if (error)
            *error =
                tr("The saved calls in %1 cannot be read (%2); the file was kept as %3.")
                    .arg(QDir::toNativeSeparators(m_path), reason, QDir::toNativeSeparators(aside));
        return false;
    };
    if (file.size() > kMaxFileBytes)
        return fail(tr("the file is too large"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("it is not JSON"));
    const QJsonObject profiles = doc.object().value(u"profiles"_s).toObject();
    QHash<QString, QList<SavedCall>> byProfile;
    for (auto it = profiles.constBegin(); it != profiles.constEnd(); ++it) {
        QString reason;
        const std::optional<QList<SavedCall>> calls = callsFromJson(it.value(), &reason);
        if (!calls)
            return fail(reason);
        byProfile.insert(it.key(), *calls);
    }
    m_byProfile = byProfile;
    return true;
}

QList<SavedCall> SavedCalls::calls(const QString &profileId) const
{
    QList<SavedCall> calls = m_byProfile.value(profileId);
    std::sort(calls.begin(), calls.end(), [](const SavedCall &a, const SavedCall &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return calls;
}

std::optional<SavedCall> SavedCalls::call(const QString &profileId, const QString &name) const
{
    for (const SavedCall &call : m_byProfile.value(profileId)) {
        if (call.name == name)
            return call;
    }
    return std::nullopt;
}

bool SavedCalls::put(const QString &profileId, SavedCall call, QString *error)
{
    return putAll(profileId, {std::move(call)}, error);
}

bool SavedCalls::putAll(const QString &profileId, const QList<SavedCall> &calls, QString *error)
{
    QHash<QString, QList<SavedCall>> next = m_byProfile;
    QList<SavedCall> &list = next[profileId];
    for (SavedCall call : calls) {
        call.name = call.name.trimmed();
        if (call.name.isEmpty()) {
            if (error)
                *error = tr("A saved call needs a name.");
            return false;
        }
        call = withoutSecrets(call);
        const auto same = std::find_if(list.begin(), list.end(),
                                       [&call](const SavedCall &c) { return c.name == call.name; });
        if (same != list.end())
            *same = call;
        else
            list.append(call);
    }
    if (list.size() > kMaxCalls) {
        if (error)
            *error = tr("A profile keeps at most %1 saved calls.").arg(kMaxCalls);
        return false;
    }
    if (!write(next, error))
        return false;
    m_byProfile = next;
    return true;
}

bool SavedCalls::remove(const QString &profileId, const QString &name, QString *error)
{
    QHash<QString, QList<SavedCall>> next = m_byProfile;
    QList<SavedCall> &list = next[profileId];
    const auto removed = list.removeIf([&name](const SavedCall &c) { return c.name == name; });
    if (removed == 0)
        return true;
    if (!write(next, error))
        return false;
    m_byProfile = next;
    return true;
}

bool SavedCalls::write(const QHash<QString, QList<SavedCall>> &byProfile, QString *error) const
{
    QJsonObject profiles;
    for (auto it = byProfile.constBegin(); it != byProfile.constEnd(); ++it) {
        if (!it.value().isEmpty())
            profiles.insert(it.key(), callsToJson(it.value()));
    }
    const QJsonObject root {
        {u"format"_s, kFormat}, {u"version"_s, kFormatVersion}, {u"profiles"_s, profiles}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = tr("The saved calls cannot be written to %1 (%2).")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

QByteArray SavedCalls::exportJson(const QList<SavedCall> &calls)
{
    QList<SavedCall> clean;
    for (const SavedCall &call : calls)
        clean.append(withoutSecrets(call));
    const QJsonObject root {
        {u"format"_s, kFormat}, {u"version"_s, kFormatVersion}, {u"calls"_s, callsToJson(clean)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<SavedCall>> SavedCalls::importJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (json.size() > kMaxFileBytes)
        return fail(tr("The file is too large to be a set of saved calls."));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("The file is not a set of saved calls: it is not JSON (%1).")
                        .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                          : tr("not an object")));
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != kFormat)
        return fail(tr("The file is not a set of saved calls of Verify Desk."));
    if (root.value(u"version"_s).toInt() != kFormatVersion)
        return fail(tr("The file's saved calls are of another version of Verify Desk (%1).")
                        .arg(root.value(u"version"_s).toVariant().toString()));
    QString reason;
    std::optional<QList<SavedCall>> calls = callsFromJson(root.value(u"calls"_s), &reason);
    if (!calls)
        return fail(tr("The file's saved calls cannot be used: %1.").arg(reason));
    return calls;
}

bool SavedCalls::writeExport(const QString &path, const QList<SavedCall> &calls, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportJson(calls)) < 0 || !file.commit()) {
        if (error)
            *error = tr("The saved calls cannot be written to %1 (%2).")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<QList<SavedCall>> SavedCalls::readImport(const QString &path, QString *error)
{
    QFile file(path);
    if (file.size() > kMaxFileBytes) {
        if (error)
            *error = tr("The file is too large to be a set of saved calls.");
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read (%2).")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return importJson(file.readAll(), error);
}
