#pragma once

#include "HistoryDatabase.h"
#include "TeamDatabase.h"

#include <QCoreApplication>

// A history shared by a team on PostgreSQL. Its schema comes from the SQL files in
// resources/sql/team-history/, run by an administrator (TeamHistorySetup); a desk only checks the
// version it finds and what its account may do. A newer schema is opened read-only; an older one
// is not used until an administrator updates it.
class PostgresHistoryDatabase final : public HistoryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    // The version of resources/sql/team-history/ this build reads and writes.
    static constexpr int SchemaVersion = 1;
    // The channel the schema's trigger notifies when a verification is added or changed.
    static constexpr auto NotificationChannel = QLatin1StringView("verifydesk_history");

    explicit PostgresHistoryDatabase(TeamDatabase team);

    bool isShared() const override { return true; }
    QString location() const override { return m_team.location(); }
    Opened open(const QString &connection) override;
    int schemaVersion(QSqlDatabase &db) const override;
    QString containsSql(QLatin1StringView column, const QString &needle, Qt::CaseSensitivity cs,
                        QVariantList &values) const override;
    QString caselessSql(QLatin1StringView column) const override;
    QString profilesSql() const override;
    int deleteCreatedBefore(QSqlDatabase &db, qint64 cutoffMs) override;
    bool clear(QSqlDatabase &db) override;

    // Opens connection `connection` to `team`; false with the reason in `error` (untranslated,
    // from libpq) when it cannot.
    static bool connect(const TeamDatabase &team, const QString &connection, QString *error);

private:
    // What the account may do beyond what a desk needs, as a list for the notice; empty when
    // nothing.
    QStringList excessRights(QSqlDatabase &db) const;

    TeamDatabase m_team;
};
