#include "PostgresHistoryDatabase.h"

#include "Logging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kDriver = "QPSQL"_L1;

// Each right a desk's account should not have, with the query that tells whether it has it.
struct Right
{
    const char *name;
    const char *sql;
};

constexpr Right kExcessRights[] = {
    {"superuser", "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"},
    {"owner of the tables",
     "SELECT pg_get_userbyid(relowner) = current_user FROM pg_class"
     " WHERE oid = 'verification'::regclass"},
    {"DELETE",
     "SELECT has_table_privilege('verification', 'DELETE')"
     " OR has_table_privilege('event', 'DELETE')"},
    {"TRUNCATE",
     "SELECT has_table_privilege('verification', 'TRUNCATE')"
     " OR has_table_privilege('event', 'TRUNCATE')"},
    {"UPDATE on events", "SELECT has_table_privilege('event', 'UPDATE')"},
    {"CREATE in the schema", "SELECT has_schema_privilege(current_schema(), 'CREATE')"},
};

// A LIKE pattern for `needle` anywhere, its own % _ and \ escaped (backslash is LIKE's escape
// character). LIKE rather than strpos(), so that the schema's trigram indexes (pg_trgm) serve
// it: a part of a number in a million rows is then a few index pages instead of every row.
QString likeAnywhere(QString needle)
{
    needle.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + needle + u'%';
}

} // namespace

PostgresHistoryDatabase::PostgresHistoryDatabase(TeamDatabase team)
    : m_team(std::move(team))
{ }

bool PostgresHistoryDatabase::connect(const TeamDatabase &team, const QString &connection,
                                      QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(kDriver)) {
        if (error)
            *error = u"Qt's PostgreSQL driver (QPSQL) is not installed"_s;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, connection);
    if (!team.host.isEmpty())
        db.setHostName(team.host);
    db.setPort(team.port);
    db.setDatabaseName(team.database);
    db.setUserName(team.user);
    db.setPassword(team.password);
    db.setConnectOptions(team.connectOptions());
    if (db.open())
        return true;
    // libpq's own words, as one paragraph: its line breaks and tabs are a terminal's, and
    // the driver's "QPSQL: Unable to connect" says nothing more.
    if (error)
        *error = db.lastError().databaseText().simplified();
    return false;
}

HistoryDatabase::Opened PostgresHistoryDatabase::open(const QString &connection)
{
    QString why;
    if (!connect(m_team, connection, &why)) {
        setError(why);
        setNotice(tr("The team history at %1 cannot be reached (%2).").arg(location(), why));
        return Opened::Failed;
    }
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    const int version = schemaVersion(db);
    if (version < 0) {
        setNotice(tr("The database %1 holds no Verify Desk team history (%2). An administrator "
                     "sets it up with: verifydesk --setup-team-history")
                      .arg(location(), error()));
        return Opened::Failed;
    }
    if (version < SchemaVersion) {
        setNotice(tr("The team history at %1 has an older layout (version %2; this Verify Desk "
                     "needs %3). Ask its administrator to update it with: verifydesk "
                     "--setup-team-history")
                      .arg(location())
                      .arg(version)
                      .arg(SchemaVersion));
        return Opened::Failed;
    }
    if (const QStringList extra = excessRights(db); !extra.isEmpty()) {
        qCWarning(lcHistory) << "team history account" << m_team.user
                             << "has more rights than a desk needs:" << extra;
        setNotice(tr("The account %1 may do more in the team history than Verify Desk needs "
                     "(%2). Ask its administrator for an account with only the "
                     "verifydesk_agent role.")
                      .arg(m_team.user, extra.join(u", "_s)));
    }
    if (version > SchemaVersion) {
        setNotice(tr("The team history at %1 was set up by a newer version of Verify Desk "
                     "(layout %2; this one knows %3). It is shown read-only: update Verify "
                     "Desk to record verifications in it.")
                      .arg(location())
                      .arg(version)
                      .arg(SchemaVersion));
        return Opened::ReadOnly;
    }
    return Opened::Ok;
}

QStringList PostgresHistoryDatabase::excessRights(QSqlDatabase &db) const
{
    QStringList found;
    QSqlQuery q(db);
    for (const Right &right : kExcessRights) {
        if (q.exec(QString::fromLatin1(right.sql)) && q.next() && q.value(0).toBool())
            found << QString::fromLatin1(right.name);
    }
    return found;
}

int PostgresHistoryDatabase::schemaVersion(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT max(version) FROM verifydesk_schema"_s) || !q.next()) {
        setError(q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}

QString PostgresHistoryDatabase::containsSql(QLatin1StringView column, const QString &needle,
                                             Qt::CaseSensitivity cs, QVariantList &values) const
{
    values << likeAnywhere(needle);
    return u"%1 %2 ?"_s.arg(column, cs == Qt::CaseSensitive ? "LIKE"_L1 : "ILIKE"_L1);
}

QString PostgresHistoryDatabase::caselessSql(QLatin1StringView column) const
{
    return u"lower(%1)"_s.arg(column);
}

QString PostgresHistoryDatabase::profilesSql() const
{
    return u"SELECT profile_id, profile_name FROM (SELECT DISTINCT ON (profile_id) profile_id,"
           " profile_name FROM verification ORDER BY profile_id, created_ms DESC) AS p"
           " ORDER BY lower(profile_name)"_s;
}

int PostgresHistoryDatabase::deleteCreatedBefore(QSqlDatabase &db, qint64 cutoffMs)
{
    // A desk may not DELETE: the schema's function does it with its owner's rights.
    QSqlQuery q(db);
    q.prepare(u"SELECT verifydesk_delete_created_before(?)"_s);
    q.addBindValue(cutoffMs);
    if (!q.exec() || !q.next()) {
        setError(q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}

bool PostgresHistoryDatabase::clear(QSqlDatabase &)
{
    setNotice(tr("A shared team history cannot be cleared from a desk. Its administrator can "
                 "remove verifications; retention removes old ones."));
    setError(u"clear refused on a shared history"_s);
    return false;
}
