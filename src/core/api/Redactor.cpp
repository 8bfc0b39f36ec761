#include "Redactor.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// Shorter literals are not scrubbed blindly: they would clobber unrelated digits.
constexpr qsizetype kMinScrubLength = 6;
} // namespace

const QStringList &Redactor::sensitiveKeys()
{
    static const QStringList keys = {u"client_secret"_s, u"api_secret"_s, u"access_token"_s,
                                     u"refresh_token"_s, u"code"_s,       u"pin_code"_s,
                                     u"password"_s,      u"id_token"_s};
    return keys;
}

QString Redactor::mask()
{
    return u"[redacted]"_s;
}

QByteArray Redactor::redactForm(const QByteArray &form)
{
    QList<QByteArray> parts = form.split('&');
    for (QByteArray &part : parts) {
        const qsizetype equals = part.indexOf('=');
        const QByteArray rawKey = equals < 0 ? part : part.left(equals);
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(rawKey)).trimmed();
        if (sensitiveKeys().contains(key, Qt::CaseInsensitive))
            part = rawKey + '=' + mask().toLatin1();
    }
    return parts.join('&');
}

namespace {

// A JSON string's text the way Qt's parser reads it: the standard escapes, \uXXXX, and any other
// escaped character standing for itself. A key spelled with escapes ("co\u0064e", "pin_c\ode") is
// the same key to every JSON reader, so it is masked like the plain spelling.
QString decodeJsonString(QStringView quoted)
{
    QString out;
    out.reserve(quoted.size());
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        const QChar c = quoted.at(i);
        if (c != u'\\' || i + 1 >= quoted.size()) {
            out.append(c);
            continue;
        }
        const QChar e = quoted.at(++i);
        switch (e.unicode()) {
        case u'b':
            out.append(QChar(0x8));
            break;
        case u'f':
            out.append(QChar(0xc));
            break;
        case u'n':
            out.append(QChar(0xa));
            break;
        case u'r':
            out.append(QChar(0xd));
            break;
        case u't':
            out.append(QChar(0x9));
            break;
        case u'u': {
            bool ok = false;
            const ushort unit = i + 4 < quoted.size() ? quoted.mid(i + 1, 4).toUShort(&ok, 16) : 0;
            if (ok) {
                out.append(QChar(unit));
                i += 4;
            } else {
                out.append(e);
            }
            break;
        }
        default:
            out.append(e);
            break;
        }
    }
    return out;
}

} // namespace

QByteArray Redactor::redactJson(const QByteArray &json)
{
    // Every string literal is consumed whole, so a key is only ever found outside a string. A
    // string followed by a colon is a key; its value is a string (possibly cut off by a truncated
    // body) or a bare number with its exponent, so that none of it is left behind and the JSON
    // stays valid.
    static const QRegularExpression pattern(
        uR"re("((?:[^"\\]|\\.)*)"(?:(\s*:\s*)("(?:[^"\\]|\\.)*"?|-?[0-9.]+(?:[eE][-+]?[0-9]+)?))?)re"_s,
        QRegularExpression::DotMatchesEverythingOption); // an escaped line break is escaped too
    const QString text = QString::fromUtf8(json);
    const QString masked = u'"' + mask() + u'"';
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!match.hasCaptured(3)
            || !sensitiveKeys().contains(decodeJsonString(match.capturedView(1)),
                                         Qt::CaseInsensitive))
            continue;
        out.append(QStringView(text).mid(copied, match.capturedStart(3) - copied));
        out.append(masked);
        copied = match.capturedEnd(3);
    }
    out.append(QStringView(text).mid(copied));
    return out.toUtf8();
}

QByteArray Redactor::redactBody(const QByteArray &body, const QList<QByteArray> &secrets)
{
    const QByteArray trimmed = body.trimmed();
    QByteArray result;
    if (trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.contains("\":"))
        result = redactJson(body);
    else if (!trimmed.contains('<') && trimmed.contains('='))
        result = redactForm(body);
    else
        result = redactJson(body); // HTML or text: still mask anything that looks like a key
    return scrub(result, secrets);
}

QString Redactor::redactUrl(const QString &url, const QList<QByteArray> &secrets)
{
    const qsizetype question = url.indexOf(u'?');
    QByteArray text = url.toUtf8();
    if (question >= 0) {
        const qsizetype hash = url.indexOf(u'#', question);
        const QByteArray query =
            url.mid(question + 1, hash < 0 ? -1 : hash - question - 1).toUtf8();
        text = url.left(question + 1).toUtf8() + redactForm(query)
            + (hash < 0 ? QByteArray() : url.mid(hash).toUtf8());
    }
    return QString::fromUtf8(scrub(text, secrets));
}

QByteArray Redactor::redactHeader(const QByteArray &name, const QByteArray &value,
                                  const QList<QByteArray> &secrets)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        const qsizetype space = value.indexOf(' ');
        const QByteArray scheme = space < 0 ? QByteArray() : value.left(space);
        const QByteArray credential = space < 0 ? value : value.mid(space + 1).trimmed();
        const QByteArray masked = u"%1 #%2"_s.arg(mask(), fingerprint(credential)).toUtf8();
        return scheme.isEmpty() ? masked : scheme + ' ' + masked;
    }
    if (lower == "cookie" || lower == "set-cookie")
        return mask().toUtf8();
    return scrub(value, secrets);
}

QByteArray Redactor::scrub(QByteArray text, const QList<QByteArray> &secrets)
{
    const QByteArray masked = mask().toUtf8();
    for (const QByteArray &secret : secrets) {
        if (secret.size() < kMinScrubLength)
            continue;
        text.replace(secret, masked);
        // Also its form-encoded spelling.
        const QByteArray encoded = secret.toPercentEncoding();
        if (encoded != secret)
            text.replace(encoded, masked);
    }
    return text;
}

QString Redactor::fingerprint(const QByteArray &secret)
{
    if (secret.isEmpty())
        return u"empty"_s;
    return QString::fromLatin1(
        QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex().left(8));
}
