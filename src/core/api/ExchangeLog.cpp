#include "ExchangeLog.h"

#include "Redactor.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxSecrets = 32;
constexpr qsizetype kMinSecretLength = 6;

QByteArray capped(QByteArray body)
{
    if (body.size() > ExchangeLog::kMaxBodyBytes) {
        const qsizetype total = body.size();
        body.truncate(ExchangeLog::kMaxBodyBytes);
        body += "\n[" + QByteArray::number(total - ExchangeLog::kMaxBodyBytes) + " more bytes]";
    }
    return body;
}

// The PIN a check request sends: the `code` field of its form body.
QString formPin(const QByteArray &body)
{
    if (body.trimmed().startsWith('{'))
        return {};
    const QList<QByteArray> parts = body.split('&');
    for (const QByteArray &part : parts) {
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            continue;
        QByteArray key = part.left(equals);
        QByteArray value = part.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(key));
        if (name == u"code" || name == u"pin_code")
            return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
    }
    return {};
}

QString headersText(const ExchangeLog::Headers &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value));
    return lines.join(u'\n');
}

} // namespace

QString ExchangeLog::Entry::toText() const
{
    QStringList parts;
    parts.append(u"#%1 %2 %3 %4"_s.arg(QString::number(id), startedAt.toString(Qt::ISODateWithMs),
                                       QString::fromLatin1(method), url));
    parts.append(headersText(requestHeaders));
    if (!requestBody.isEmpty())
        parts.append(QString::fromUtf8(requestBody));
    parts.append(u"-> %1 in %2 ms"_s.arg(status).arg(durationMs));
    if (!error.isEmpty())
        parts.append(u"error: %1"_s.arg(error));
    parts.append(headersText(responseHeaders));
    if (!responseBody.isEmpty())
        parts.append(QString::fromUtf8(responseBody));
    return parts.join(u'\n');
}

ExchangeLog::ExchangeLog(QObject *parent)
    : QObject(parent)
{ }

ExchangeLog::~ExchangeLog() = default;

quint64 ExchangeLog::record(Entry entry, QByteArray *maskedResponseBody)
{
    // A token answer: its token is a secret from now on, wherever it appears (this exchange's
    // headers and body included), before anything of the exchange is stored.
    QList<QByteArray> issued;
    entry.responseBody = Redactor::redactBody(entry.responseBody, m_secrets, &issued);
    for (const QByteArray &token : std::as_const(issued))
        addSecret(token);
    // Read before masking; kept only for the Sandbox, where no customer's PIN exists.
    const QString pin = entry.sandbox ? formPin(entry.requestBody) : QString();
    entry.url = Redactor::redactUrl(entry.url, m_secrets);
    for (auto &[name, value] : entry.requestHeaders)
        value = redactHeader(name, value);
    for (auto &[name, value] : entry.responseHeaders)
        value = redactHeader(name, value);
    entry.requestBody = capped(Redactor::redactBody(entry.requestBody, m_secrets));
    if (maskedResponseBody)
        *maskedResponseBody = entry.responseBody;
    entry.responseBody = capped(std::move(entry.responseBody));
    entry.error = QString::fromUtf8(
        Redactor::scrub(Redactor::redactUserInfo(entry.error).toUtf8(), m_secrets));
    if (entry.id == 0 || !m_reserved.removeOne(entry.id))
        entry.id = m_nextId++;
    entry.pinRevealable = !pin.isEmpty();
    if (entry.pinRevealable)
        m_sandboxPins.insert(entry.id, pin);
    if (!entry.startedAt.isValid())
        entry.startedAt = QDateTime::currentDateTimeUtc();

    if (m_entries.empty() || m_entries.back().id < entry.id) {
        m_entries.push_back(entry);
    } else {
        // Recorded after an exchange that ended later (see reserveId()): in id order.
        const auto at =
            std::upper_bound(m_entries.begin(), m_entries.end(), entry.id,
                             [](quint64 id, const Entry &existing) { return id < existing.id; });
        m_entries.insert(at, entry);
    }
    while (m_entries.size() > static_cast<size_t>(kCapacity)) {
        m_sandboxPins.remove(m_entries.front().id);
        m_entries.pop_front();
    }
    Q_EMIT appended(entry);
    return entry.id;
}

quint64 ExchangeLog::reserveId()
{
    // Only a few exchanges are ever between delivered and recorded; an id whose exchange was
    // never recorded (its call destroyed first) is not kept for ever.
    constexpr qsizetype kMaxReserved = 64;
    if (m_reserved.size() == kMaxReserved)
        m_reserved.removeFirst();
    m_reserved.append(m_nextId);
    return m_nextId++;
}

QByteArray ExchangeLog::redactHeader(const QByteArray &name, const QByteArray &value)
{
    // A credential's masked form depends on the credential only, not on the known secrets.
    if (!Redactor::isCredentialHeader(name))
        return Redactor::redactHeader(name, value, m_secrets);
    if (m_lastCredential.isNull() || value != m_lastCredential) {
        m_lastMaskedCredential = Redactor::redactHeader(name, value, m_secrets);
        m_lastCredential = value;
    }
    return m_lastMaskedCredential;
}

void ExchangeLog::addSecret(const QByteArray &secret)
{
    if (secret.size() < kMinSecretLength || m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    if (m_secrets.size() > kMaxSecrets)
        m_secrets.removeFirst();
}

QByteArray ExchangeLog::redact(const QByteArray &body) const
{
    return Redactor::redactBody(body, m_secrets);
}

void ExchangeLog::forgetSecrets()
{
    m_secrets.clear();
    m_lastCredential.clear();
    m_lastMaskedCredential.clear();
}

QList<ExchangeLog::Entry> ExchangeLog::entries() const
{
    return {m_entries.cbegin(), m_entries.cend()};
}

QString ExchangeLog::revealPin(quint64 id) const
{
    return m_sandboxPins.value(id);
}

void ExchangeLog::clear()
{
    m_entries.clear();
    m_sandboxPins.clear();
    Q_EMIT cleared();
}
