#pragma once

#include "HistoryDatabase.h"

#include <QCoreApplication>

class QSqlError;

// The history in one SQLite file on this computer: WAL, synchronous=FULL, a quick_check when it
// opens (after it, on another connection, for a large file), a trigram index (FTS5) of the
// columns the text filter searches, the schema version in PRAGMA user_version and the
// migrations in code.
class SqliteHistoryDatabase final : public HistoryDatabase
{
    // Its sentences are the history's own.
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    static constexpr int SchemaVersion = 4;
    // Up to this size (the file and its WAL) open() runs the quick_check itself, in about 10 ms
    // (10,000 verifications); a larger file is checked by deferredCheck() after open().
    static constexpr qint64 CheckWhileOpeningBytes = 4 * 1024 * 1024;

    explicit SqliteHistoryDatabase(QString filePath);

    QString filePath() const { return m_filePath; }

    bool isShared() const override { return false; }
    QString location() const override;
    Opened open(const QString &connection) override;
    QString moveAside() override;
    std::function<Integrity(const QString &connection)> deferredCheck() const override;
    int schemaVersion(QSqlDatabase &db) const override;
    QString containsSql(QLatin1StringView column, const QString &needle, Qt::CaseSensitivity cs,
                        QVariantList &values) const override;
    QString caselessSql(QLatin1StringView column) const override;
    QString profilesSql() const override;
    int deleteCreatedBefore(QSqlDatabase &db, qint64 cutoffMs) override;
    bool clear(QSqlDatabase &db) override;

private:
    // A statement failed: damaged, or unusable for now as `notice` (%1 the file, %2 the error)
    // tells the user.
    Opened failed(const QSqlError &error, const QString &notice);
    bool migrate(QSqlDatabase &db);
    bool migrateFrom(int version, QSqlDatabase &db);

    QString m_filePath;
    bool m_checkLater = false; // the last open() left the quick_check to deferredCheck()
};
