#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <deque>
#include <utility>

// Every HTTP exchange of the API client, for the inspector. Secrets (client secret, access
// token, PIN) are masked when an exchange is recorded, before anything is stored.
class ExchangeLog : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeLog)

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

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

        // All of it as text, as the inspector copies it.
        QString toText() const;
    };

    static constexpr int kCapacity = 1000;
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    explicit ExchangeLog(QObject *parent = nullptr);
    ~ExchangeLog() override;

    // Masks the entry, gives it an id and stores it; the oldest entries fall off beyond
    // kCapacity. Returns the id.
    quint64 record(Entry entry);

    // Literal values masked wherever they appear (the client secret, tokens). Kept in memory
    // only; values shorter than 6 characters are ignored.
    void addSecret(const QByteArray &secret);
    void forgetSecrets();

    QList<Entry> entries() const;
    int size() const { return static_cast<int>(m_entries.size()); }
    void clear();

Q_SIGNALS:
    void appended(const ExchangeLog::Entry &entry);
    void cleared();

private:
    std::deque<Entry> m_entries;
    QList<QByteArray> m_secrets;
    quint64 m_nextId = 1;
};
