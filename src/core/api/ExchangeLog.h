#pragma once

#include "HttpHeaders.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <deque>

// Every HTTP exchange of the API client, for the inspector. Secrets (client secret, access
// token, PIN) are masked when an exchange is recorded, before anything is stored.
class ExchangeLog : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeLog)

public:
    using Headers = HttpHeaders::List;

    struct Entry
    {
        quint64 id = 0;
        QDateTime startedAt; // UTC
        QByteArray method;
        QString url;
        Headers requestHeaders;
        QByteArray requestBody;
        int status = 0; // HTTP status, 0 when none arrived
        Headers responseHeaders;
        QByteArray responseBody;
        qint64 durationMs = 0;
        QString error; // empty when the exchange succeeded at the HTTP level
        // The profile the exchange was made in: ApiConfig::profileName of the client that made
        // it, through HttpCall::Options.
        QString profile;
        bool sandbox = false; // made in the built-in Sandbox profile
        bool pinRevealable = false; // revealPin() gives the PIN this exchange sent

        // All of it as text, as the inspector copies it.
        QString toText() const;
    };

    static constexpr int kCapacity = 1000;
    static constexpr qsizetype kMaxBodyBytes = qsizetype(64) * 1024;

    explicit ExchangeLog(QObject *parent = nullptr);
    ~ExchangeLog() override;

    // Masks the entry, gives it an id and stores it; the oldest entries fall off beyond
    // kCapacity. Returns the id. `maskedResponseBody`, when given, receives the response body as
    // masked, before the kMaxBodyBytes cap (what redact() would give, without masking it again).
    // An entry whose id was taken with reserveId() keeps it and takes its place by id among the
    // entries recorded in the meantime.
    quint64 record(Entry entry, QByteArray *maskedResponseBody = nullptr);
    // An id for an exchange recorded a little later (the answer is delivered first): ids are
    // handed out in the order of this call and record(), whichever comes first for an exchange.
    quint64 reserveId();

    // Literal values masked wherever they appear (the client secret, tokens). Kept in memory
    // only; values shorter than 6 characters are ignored.
    void addSecret(const QByteArray &secret);
    // `body` with every known secret and token masked, as record() masks bodies.
    QByteArray redact(const QByteArray &body) const;
    void forgetSecrets();

    // The PIN the exchange `id` sent, when it was made in the Sandbox (Entry::sandbox, stamped
    // by the client that made it); empty otherwise. Only the Sandbox's PINs are kept (in memory,
    // next to the masked entry), so that the inspector can reveal them; a real customer's PIN
    // is never kept.
    QString revealPin(quint64 id) const;

    QList<Entry> entries() const;
    int size() const { return static_cast<int>(m_entries.size()); }
    void clear();

Q_SIGNALS:
    // A new entry: the newest, unless its id was reserved before another entry's was recorded.
    void appended(const ExchangeLog::Entry &entry);
    void cleared();

private:
    QByteArray redactHeader(const QByteArray &name, const QByteArray &value);

    std::deque<Entry> m_entries;
    QList<QByteArray> m_secrets;
    QHash<quint64, QString> m_sandboxPins;
    QList<quint64> m_reserved; // ids handed out by reserveId() and not yet recorded
    // The last Authorization value and its masked form: every call sends the same token, and
    // its fingerprint is a SHA-256.
    QByteArray m_lastCredential;
    QByteArray m_lastMaskedCredential;
    quint64 m_nextId = 1;
};
