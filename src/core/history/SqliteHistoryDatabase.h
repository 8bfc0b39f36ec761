#pragma once

#include "HistoryDatabase.h"

#include <QCoreApplication>

class QSqlError;

// The history in one SQLite file on this computer: WAL, synchronous=FULL, a quick_check when it
// opens, the schema version in PRAGMA user_version and the migrations in code.
class SqliteHistoryDatabase final : public HistoryDatabase
{
    // Its sentences are the history's own.
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    static constexpr int SchemaVersion = 3;

    explicit SqliteHistoryDatabase(QString filePath);

    QString filePath() const { return m_filePath; }

    bool isShared() const override { return false; }
    QString location() const override;
    Opened open(const QString &connection) override;
    QString moveAside() override;
    int schemaVersion(QSqlDatabase &db) const override;
    QString containsSql(QLatin1StringView haystack, QLatin1StringView needle) const override;
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
};
