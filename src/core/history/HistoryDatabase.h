#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

class QSqlDatabase;

// Where a history lives, and what differs between the two kinds of place: how the connection is
// made and the schema made ready, and the few pieces of SQL that SQLite and PostgreSQL write
// differently. HistoryStore runs everything else as the same SQL on either.
class HistoryDatabase
{
public:
    enum class Opened {
        Ok,
        ReadOnly, // readable, but writes are refused: notice() says why
        Corrupt, // the file is damaged (SQLite): the store moves it aside and tries again
        Failed, // not usable in this session: notice() says why
    };

    HistoryDatabase() = default;
    virtual ~HistoryDatabase() = default;
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    // True for a history shared by a team (other desks write to it too).
    virtual bool isShared() const = 0;
    // For messages and the log: the file, or user@host:port/database (never a password).
    virtual QString location() const = 0;

    // Adds Qt SQL connection `connection`, opens it, checks what it finds and brings the schema
    // up to date where this database may. On anything but Ok, notice() and error() say why.
    virtual Opened open(const QString &connection) = 0;
    // After Corrupt: moves the damaged file aside; the new name, empty when it could not.
    virtual QString moveAside() { return {}; }

    enum class Integrity { Whole, Damaged, Unknown };
    // The check of every page that open() left for later because it would take long (SQLite:
    // a large file), or an empty function. It may run on any thread, once, on a connection of
    // its own named `connection`; HistoryStore runs it on a worker thread after open().
    virtual std::function<Integrity(const QString &connection)> deferredCheck() const { return {}; }
    // A translated sentence for the user about what open() found; empty when all was well.
    QString notice() const { return m_notice; }
    // What the database said last, untranslated, for the log.
    QString error() const { return m_error; }

    virtual int schemaVersion(QSqlDatabase &db) const = 0;

    // SQL: text column `column` (of the verification table) contains `needle` as it is (each
    // of its characters stands for itself), with or without regard to case as `cs` says. The
    // values of its ? marks are appended to `values`.
    virtual QString containsSql(QLatin1StringView column, const QString &needle,
                                Qt::CaseSensitivity cs, QVariantList &values) const = 0;
    // SQL: `column` for ordering without regard to case.
    virtual QString caselessSql(QLatin1StringView column) const = 0;
    // SQL: (profile_id, profile_name) of each profile with its newest name, sorted by name.
    virtual QString profilesSql() const = 0;

    // Deletes the verifications created before `cutoffMs` with their events; the number
    // removed, -1 on error.
    virtual int deleteCreatedBefore(QSqlDatabase &db, qint64 cutoffMs) = 0;
    // Deletes every verification and event; false (with notice() saying why) where this database
    // does not let a desk do that.
    virtual bool clear(QSqlDatabase &db) = 0;

protected:
    void setNotice(const QString &notice) { m_notice = notice; }
    void setError(const QString &error) const { m_error = error; }
    // Runs each statement in turn, up to the first that fails (its error kept).
    bool execAll(QSqlDatabase &db, const QStringList &statements);

private:
    QString m_notice;
    mutable QString m_error;
};
