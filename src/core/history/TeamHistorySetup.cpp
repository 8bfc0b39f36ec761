#include "TeamHistorySetup.h"

#include "Logging.h"
#include "PostgresHistoryDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kConnection = "verifydesk.team-history-setup"_L1;

// The version the database has: 0 when it has no Verify Desk schema yet, -1 when it cannot tell.
int currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT to_regclass('verifydesk_schema') IS NOT NULL"_s) || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(u"SELECT max(version) FROM verifydesk_schema"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString readText(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Runs one file's statements in one transaction.
bool runFile(QSqlDatabase &db, const QString &file, QString *error)
{
    const QString sql = readText(file);
    if (sql.isEmpty()) {
        *error = u"cannot read %1"_s.arg(file);
        return false;
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    // Not prepared: PostgreSQL runs the whole file, statement after statement.
    if (!q.exec(sql) || !db.commit()) {
        *error = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool runMissing(QSqlDatabase &db, QStringList *report)
{
    const int version = currentVersion(db);
    if (version < 0) {
        report->append(
            TeamHistorySetup::tr("Cannot read the schema version: %1").arg(db.lastError().text()));
        return false;
    }
    if (version > PostgresHistoryDatabase::SchemaVersion) {
        report->append(TeamHistorySetup::tr("The team history has layout %1, newer than this "
                                            "Verify Desk knows (%2). Nothing was changed.")
                           .arg(version)
                           .arg(PostgresHistoryDatabase::SchemaVersion));
        return false;
    }
    for (const QString &file : TeamHistorySetup::files()) {
        const int to = TeamHistorySetup::versionOf(file);
        if (to <= version)
            continue;
        QString error;
        if (!runFile(db, file, &error)) {
            report->append(TeamHistorySetup::tr("%1 failed, nothing of it was kept: %2")
                               .arg(QFileInfo(file).fileName(), error));
            return false;
        }
        qCInfo(lcHistory) << "team history schema set up to version" << to;
        report->append(
            TeamHistorySetup::tr("%1: layout %2 set up.").arg(QFileInfo(file).fileName()).arg(to));
    }
    if (version == PostgresHistoryDatabase::SchemaVersion)
        report->append(
            TeamHistorySetup::tr("The team history is up to date (layout %1).").arg(version));
    return true;
}

} // namespace

QStringList TeamHistorySetup::files()
{
    const QDir dir(u":/sql/team-history"_s);
    QStringList out;
    for (const QString &name : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

int TeamHistorySetup::versionOf(const QString &file)
{
    const QString name = QFileInfo(file).fileName();
    return name.section(u'-', 0, 0).toInt();
}

bool TeamHistorySetup::run(const TeamDatabase &admin, QStringList *report)
{
    bool ok = false;
    {
        QString error;
        if (!PostgresHistoryDatabase::connect(admin, kConnection, &error)) {
            report->append(tr("Cannot connect to %1: %2").arg(admin.location(), error));
        } else {
            QSqlDatabase db = QSqlDatabase::database(kConnection, false);
            ok = runMissing(db, report);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(kConnection);
    return ok;
}
