#include "Params.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sandbox {

void Params::add(const QString &key, const QString &value)
{
    m_items.append({key, value});
}

void Params::append(const Params &other)
{
    m_items.append(other.m_items);
}

bool Params::contains(const QString &key) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [&key](const auto &item) { return item.first == key; });
}

QString Params::value(const QString &key) const
{
    for (const auto &[k, v] : m_items) {
        if (k == key)
            return v;
    }
    return {};
}

QStringList Params::values(const QString &key) const
{
    QStringList result;
    for (const auto &[k, v] : m_items) {
        if (k == key)
            result.append(v);
    }
    return result;
}

static QString decodeFormComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QUrl::fromPercentEncoding(component);
}

Params Params::fromFormEncoded(const QByteArray &encoded)
{
    Params params;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        const QString decodedKey = decodeFormComponent(key);
        if (!decodedKey.isEmpty())
            params.add(decodedKey, decodeFormComponent(value));
    }
    return params;
}

static std::optional<QString> scalarToString(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Whole numbers without a fraction, as a form body would carry them (only in the range a
        // qint64 holds: casting a larger double is undefined).
        if (d > -9.0e18 && d < 9.0e18 && d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return std::nullopt;
    }
}

std::optional<Params> Params::fromJson(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"The JSON body could not be parsed: %1 at offset %2."_s.arg(
            parseError.errorString(), QString::number(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = u"The JSON body must be an object of parameters."_s;
        return std::nullopt;
    }
    Params params;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isArray()) {
            for (const QJsonValue element : it.value().toArray()) {
                const auto text = scalarToString(element);
                if (!text) {
                    *error =
                        u"The JSON parameter \"%1\" holds an unsupported value."_s.arg(it.key());
                    return std::nullopt;
                }
                params.add(it.key(), *text);
            }
            continue;
        }
        if (it.value().isNull())
            continue;
        const auto text = scalarToString(it.value());
        if (!text) {
            *error = u"The JSON parameter \"%1\" holds an unsupported value."_s.arg(it.key());
            return std::nullopt;
        }
        params.add(it.key(), *text);
    }
    return params;
}

} // namespace sandbox
