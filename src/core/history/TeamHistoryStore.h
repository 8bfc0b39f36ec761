#pragma once

#include "HistoryStore.h"
#include "TeamDatabase.h"

#include <QTimer>

#include <memory>

// A team's shared history on PostgreSQL, with this desk's outbox on SQLite under it, so that no
// verification is lost while the server is away.
//
// Every verification this desk makes is written to the outbox first (a local SQLite history of
// the same schema, the base class) and from there delivered to the shared history: at once when
// it is reachable, otherwise when it is back (tried every few seconds), in the order they were
// made. A delivery copies the whole row under its uid and every event under its own, so a
// delivery repeated after a crash or a lost answer changes nothing: each verification and event
// arrives exactly once. Outbox rows carry negative ids (-local id) so they never clash with the
// shared history's; the History shows the ones not yet shared first, marked as such.
// Rows of other desks are read from, and their status refreshes written to, the shared history.
class TeamHistoryStore final : public HistoryStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamHistoryStore)

public:
    // How long to wait between tries to reach an unreachable server.
    static constexpr int RetryMs = 5000;
    // How long a try waits for the server's address to answer before it counts as away.
    static constexpr int ProbeTimeoutMs = 5000;

    TeamHistoryStore(TeamDatabase team, QString outboxPath, QObject *parent = nullptr);
    ~TeamHistoryStore() override;

    // The shared database's password (from the keychain), before open() or to try again with.
    void setPassword(const QString &password);

    // Opens the outbox (it must open) and the shared history; when the server cannot be reached
    // the store is open all the same, writes go to the outbox, and openNotice() says so.
    bool open() override;
    void close() override;
    bool isShared() const override { return true; }
    QString location() const override;
    // True while the shared history cannot be reached.
    bool isAway() const override { return m_away; }
    int unsharedCount() const override;

    qint64 addVerification(const HistoryRecord &record,
                           const QJsonObject &requestDetail = {}) override;
    bool setRequestId(qint64 id, const QString &requestId) override;
    bool appendEvent(qint64 verificationId, HistoryEvent::Kind kind, const QJsonObject &detail = {},
                     const QDateTime &at = {}) override;
    bool updateOutcome(qint64 id, const HistoryOutcome &outcome) override;
    bool updateLastSearch(qint64 id, const QJsonObject &search) override;

    std::optional<HistoryRecord> record(qint64 id) const override;
    std::optional<HistoryRecord> findByRequestId(const QString &requestId) const override;
    QList<HistoryEvent> events(qint64 verificationId) const override;
    QStringList unfinishedRequestIds() const override;
    QList<std::pair<QString, QString>> profiles() const override;
    int applyRetention(int days, const QDateTime &now = QDateTime::currentDateTimeUtc()) override;
    bool clear() override;
    qint64 count(const HistoryQuery &query) const override;
    bool forEach(const HistoryQuery &query,
                 const std::function<bool(const HistoryRecord &)> &visit) const override;

private:
    // The delivery table and its triggers in the outbox: every write to a verification or its
    // events marks it to deliver, in the same transaction.
    bool prepareOutbox();
    void makeShared();
    // Tries to open the shared history; false (and away) when it cannot.
    bool reachShared();
    // The timer's try: reachShared() once the server's address answers a plain connection
    // (without blocking), else away again.
    void probeThenReach();
    void goAway(const QString &why);
    // Delivers every marked verification, oldest first; stops at the first failure.
    void deliverPending();
    bool deliver(qint64 localId, qint64 generation);
    // The outbox's verifications the shared history has never had, as a filter.
    QList<qint64> unsharedIds() const;
    // A write to a row of this desk's outbox (negative id) followed by a delivery.
    bool writeLocal(bool written);
    static HistoryRecord asOutboxRow(HistoryRecord record);

    TeamDatabase m_team;
    std::unique_ptr<HistoryStore> m_shared;
    QTimer m_retry;
    QTimer m_probeTimeout;
    QObject *m_probe = nullptr; // the socket knocking at the server while a try runs
    bool m_away = false;
};
