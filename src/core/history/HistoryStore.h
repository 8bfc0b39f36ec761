#pragma once

#include "HistoryEvent.h"
#include "HistoryOutcome.h"
#include "HistoryQuery.h"
#include "HistoryRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class HistoryDatabase;
class QSqlDatabase;
class QThread;
class QSqlQuery;

// The verification history: one row per verification, append-only event rows, never a PIN,
// token or secret. It lives in a SQLite file on this computer (the default) or in a team's
// PostgreSQL database (HistoryDatabase says where and does what differs between the two); the
// same SQL runs on either. A shared history also tells, through verificationAdded/Changed, what
// other desks write (PostgreSQL's LISTEN/NOTIFY).
//
// In the SQLite file, writes run on the caller's thread, each as one small transaction, in WAL mode
// with synchronous=FULL: a commit returns once its WAL frames are on the disk, so a row the caller
// was told is written survives a power cut, not only a crash. That fsync is the cost: on an ext4
// virtual disk a verification with its two events (tst_HistoryStore::insertTime) took a median
// of 0.5 ms idle and 8 ms with builds running beside it (NORMAL: 0.03 and 0.12 ms), at most 40
// ms; it happens once per user action or answer, a few times per verification, and a worker
// thread would add more (a second connection, queued results) than it saves. The file gets a
// quick_check, which reads every page: a few ms for a usual history, 60-110 ms for 100,000
// verifications (38 MB) in the page cache, about a second for a million. A file of up to 4 MB is
// checked by open() itself; a larger one on a second connection in a worker thread right after
// open(), so that a long history opens at once. Either way a damaged file is moved aside and a
// new one started, with openNotice() saying where the old one is; found after open(), that also
// emits openNoticeChanged() and historyReset() (rows written in between stay in the file moved
// aside). close() waits for a check that is still running.
class HistoryStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    // The SQLite file's schema version.
    static constexpr int SchemaVersion = 4;

    enum class State {
        Closed,
        Open,
        ReadOnly, // readable; writes are refused (a shared history of a newer layout)
        Unavailable, // newer schema, locked, read-only or not openable: openNotice() says why
    };

    // The history in the SQLite file `filePath`.
    explicit HistoryStore(QString filePath, QObject *parent = nullptr);
    explicit HistoryStore(std::unique_ptr<HistoryDatabase> database, QObject *parent = nullptr);
    ~HistoryStore() override;

    // history.sqlite in QStandardPaths::AppDataLocation.
    static QString defaultFilePath();

    // Opens (creating or migrating) the file. A corrupt file is renamed aside with a timestamp,
    // never deleted, and a fresh one is created; openNotice() then says so.
    virtual bool open();
    virtual void close();
    State state() const { return m_state; }
    // Open for reading (and, unless ReadOnly, writing).
    bool isOpen() const { return m_state == State::Open || m_state == State::ReadOnly; }
    bool isReadOnly() const { return m_state == State::ReadOnly; }
    // True for a team's shared history.
    virtual bool isShared() const;
    // The SQLite file; empty for a shared history.
    QString filePath() const;
    // Where the history is, for the user: the file, or user@host:port/database.
    virtual QString location() const;
    // A translated sentence for the user about what open() found (moved aside, newer version …);
    // empty when all was well.
    QString openNotice() const { return m_openNotice; }
    QString lastError() const { return m_lastError; }
    int schemaVersion() const;
    // True while the check of a large file that open() left for later runs (see above).
    bool isChecking() const { return m_check != nullptr; }

    // Stores a verification and its "requested" event in one transaction; returns the new id, or
    // 0 on failure. record.id is ignored; created/updated default to now.
    virtual qint64 addVerification(const HistoryRecord &record,
                                   const QJsonObject &requestDetail = {});
    virtual bool setRequestId(qint64 id, const QString &requestId);
    // Appends an event; the detail is cleaned of codes and secrets first.
    virtual bool appendEvent(qint64 verificationId, HistoryEvent::Kind kind,
                             const QJsonObject &detail = {}, const QDateTime &at = {});
    // Updates the outcome and appends an "outcome" event, in one transaction.
    virtual bool updateOutcome(qint64 id, const HistoryOutcome &outcome);
    // Keeps a search answer (check codes stripped) and appends a "search" event.
    virtual bool updateLastSearch(qint64 id, const QJsonObject &search);

    virtual std::optional<HistoryRecord> record(qint64 id) const;
    virtual std::optional<HistoryRecord> findByRequestId(const QString &requestId) const;
    virtual QList<HistoryEvent> events(qint64 verificationId) const;
    // Request ids of verifications still in progress, oldest first, for a status refresh.
    virtual QStringList unfinishedRequestIds() const;
    // The profiles verifications were made in, as (id, name) sorted by name, for a filter.
    virtual QList<std::pair<QString, QString>> profiles() const;

    // Deletes verifications (and their events) created more than `days` days before `now`.
    // 0 keeps everything. Returns the number of verifications removed, -1 on error.
    // (On a shared history through the schema's function: a desk has no DELETE right.)
    virtual int applyRetention(int days, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Deletes everything; refused on a shared history (lastError() says why).
    virtual bool clear();

    QList<HistoryRecord> query(const HistoryQuery &query) const; // forEach() into a list
    virtual qint64 count(const HistoryQuery &query) const; // ignores limit and offset
    // Streams the rows of a query one by one; `visit` returns false to stop. No more than one
    // row is held in memory at a time.
    virtual bool forEach(const HistoryQuery &query,
                         const std::function<bool(const HistoryRecord &)> &visit) const;

    // A verification copied from another history (a desk's outbox into the team's), with its
    // events: stored under its uid, or, when a row with that uid is there, updated to it; events
    // whose uid is there already are left out. One transaction; the id in this history, 0 on
    // failure. Delivering the same copy twice changes nothing.
    qint64 importVerification(const HistoryRecord &record, const QList<HistoryEvent> &events);
    // Verifications kept on this desk that the team's history has not had yet (0 for a history
    // that is not shared).
    virtual int unsharedCount() const { return 0; }
    // True while a shared history's server cannot be reached (writes wait in the outbox).
    virtual bool isAway() const { return false; }
    // True when the database answers a trivial query now.
    bool ping() const;

    // A copy of a search answer without check codes (checks[].code), recursively, and without
    // any key that could hold a secret.
    static QJsonObject stripSecrets(const QJsonObject &object);

Q_SIGNALS:
    void openNoticeChanged(const QString &notice);
    // Stored or changed by this store, or (shared history) by another desk.
    void verificationAdded(qint64 id);
    void verificationChanged(qint64 id);
    void historyReset(); // cleared or retention removed rows
    // A shared history became reachable or unreachable, or its unshared count changed.
    void sharingChanged();

protected:
    // The id the signals carry for a row of this store's own database.
    virtual qint64 publicId(qint64 id) const { return id; }
    QSqlDatabase database() const;
    void setNotice(const QString &notice);
    void setError(const QString &error) const;

private:
    // False (with lastError() saying why) unless the history is open for writing.
    bool canWrite() const;
    void listenToOthers();
    // Runs the check open() left for later (a large SQLite file) on a worker thread.
    void startDeferredCheck();
    // The deferred check found the file damaged: it is closed, moved aside and opened anew.
    void replaceDamagedFile();
    void setDamagedNotMoved();
    void onNotification(const QString &payload);
    bool exec(QSqlQuery &q) const;
    enum class OnKnownUid { Fail, Skip };
    bool insertEvent(QSqlDatabase &db, qint64 verificationId, const HistoryEvent &event,
                     OnKnownUid known = OnKnownUid::Fail) const;
    // Inserts the verification row alone; its id, 0 on failure.
    qint64 insertRecord(QSqlDatabase &db, const HistoryRecord &record) const;
    // Binds kWriteColumns' values of `record`, in order.
    static void bindRecord(QSqlQuery &q, const HistoryRecord &record);
    // Runs `update` (its values bound in order) on verification `id`, which must change that
    // one row, and records the event `kind` at `now`, in one transaction.
    bool updateWithEvent(qint64 id, qint64 now, const QString &update, const QVariantList &values,
                         HistoryEvent::Kind kind, const QJsonObject &detail);
    // Starts a transaction, or records why it cannot.
    bool begin(QSqlDatabase &db) const;
    // Commits, or rolls back and records why. A failed statement before it leaves the
    // transaction to be rolled back by the caller.
    bool commit(QSqlDatabase &db) const;
    bool prepareQuery(QSqlQuery &q, const HistoryQuery &query, bool countOnly) const;
    static HistoryRecord recordFrom(const QSqlQuery &q);
    // Each row of `sql` (`values` bound in order) as `row` reads it.
    template<typename T, typename Row>
    QList<T> selectAll(const QString &sql, const QVariantList &values, Row row) const;
    // The verification whose `column` holds `value`.
    std::optional<HistoryRecord> recordWhere(QLatin1StringView column, const QVariant &value) const;

    std::unique_ptr<HistoryDatabase> m_db;
    QString m_connectionName;
    std::unique_ptr<QThread> m_check; // the deferred check while it runs
    int m_checkRun = 0; // which check an arriving result belongs to
    State m_state = State::Closed;
    QString m_openNotice;
    mutable QString m_lastError;
};
