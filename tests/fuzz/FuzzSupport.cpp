#include "FuzzSupport.h"

#include "SensitiveKeys.h"
#include "api/ExchangeLog.h"
#include "api/Redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace fuzz {

void initQt()
{
    static int argc = 1;
    static char name[] = "verifydesk-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = nullptr;
    if (app)
        return;
    // The client logs every failed exchange; at fuzzing speed that is noise.
    QLoggingCategory::setFilterRules(u"verifydesk.*=false\nqt.*=false"_s);
    app = new QCoreApplication(argc, argv);
}

void fail(const char *invariant, const QString &detail)
{
    std::fprintf(stderr, "\n== invariant broken: %s\n%s\n", invariant,
                 detail.toLocal8Bit().constData());
    std::fflush(stderr);
    std::abort();
}

FakeAnswer answerFromBytes(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    FakeAnswer answer;
    const qsizetype firstEnd = input.indexOf('\n');
    const QByteArray first = input.left(firstEnd < 0 ? input.size() : firstEnd).trimmed();
    bool isStatus = !first.isEmpty() && first.size() <= 3;
    for (const char c : first)
        isStatus = isStatus && c >= '0' && c <= '9';
    if (!isStatus) {
        answer.body = input;
        return answer;
    }
    answer.status = first.toInt();
    qsizetype pos = firstEnd < 0 ? input.size() : firstEnd + 1;
    while (pos < input.size()) {
        qsizetype end = input.indexOf('\n', pos);
        if (end < 0)
            end = input.size();
        const QByteArray line = input.mid(pos, end - pos);
        pos = end + 1;
        if (line.trimmed().isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            answer.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (pos < input.size())
        answer.body = input.mid(pos);
    return answer;
}

namespace {

bool isSensitive(const QString &key)
{
    return SensitiveKeys::contains(key);
}

QString findUnmasked(const QJsonValue &value, const QString &path)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString here = path + u'.' + it.key();
            if (isSensitive(it.key())) {
                const QJsonValue v = it.value();
                if (v.isString() && v.toString() != Redactor::mask())
                    return u"%1 = \"%2\""_s.arg(here, v.toString());
                if (v.isDouble())
                    return u"%1 = %2"_s.arg(here).arg(v.toDouble());
            }
            const QString inner = findUnmasked(it.value(), here);
            if (!inner.isEmpty())
                return inner;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString inner = findUnmasked(array.at(i), u"%1[%2]"_s.arg(path).arg(i));
            if (!inner.isEmpty())
                return inner;
        }
    }
    return {};
}

} // namespace

QString unmaskedSensitiveValue(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    return findUnmasked(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()),
                        u"$"_s);
}

QString unmaskedFormValue(const QByteArray &form)
{
    const QByteArray masked = Redactor::mask().toUtf8();
    for (const QByteArray &part : form.split('&')) {
        const qsizetype equals = part.indexOf('=');
        const QByteArray rawKey = equals < 0 ? part : part.left(equals);
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(rawKey)).trimmed();
        if (isSensitive(key) && (equals < 0 || part.mid(equals + 1) != masked))
            return QString::fromUtf8(part);
    }
    return {};
}

bool isSearchableSecret(const QByteArray &secret)
{
    return secret.size() >= 6 && !secret.contains('[') && !secret.contains(']')
        && !Redactor::mask().toUtf8().contains(secret);
}

void checkExchangeLog(const ExchangeLog &log, const QList<QByteArray> &secrets)
{
    for (const ExchangeLog::Entry &entry : log.entries()) {
        // Header names are not searched: a secret in a header's name is not masked (reported).
        QByteArray text = entry.url.toUtf8() + '\n' + entry.requestBody + '\n' + entry.responseBody
            + '\n' + entry.error.toUtf8();
        for (const auto &[name, value] : entry.requestHeaders + entry.responseHeaders)
            text += '\n' + value;
        for (const QByteArray &secret : secrets) {
            if (isSearchableSecret(secret))
                FUZZ_CHECK(!text.contains(secret),
                           u"secret %1 in the exchange log:\n%2"_s.arg(QString::fromUtf8(secret),
                                                                       QString::fromUtf8(text)));
        }
        const QString form = unmaskedFormValue(entry.requestBody);
        FUZZ_CHECK(form.isEmpty(), u"unmasked request parameter %1"_s.arg(form));
        const QString json = unmaskedSensitiveValue(entry.responseBody);
        FUZZ_CHECK(json.isEmpty(),
                   u"unmasked value in a logged answer: %1\n%2"_s.arg(
                       json, QString::fromUtf8(entry.responseBody)));
    }
}

} // namespace fuzz
