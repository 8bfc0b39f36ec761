#include "PostgresTestDatabase.h"

#include "history/PostgresHistoryDatabase.h"
#include "history/TeamHistorySetup.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kAgent = "vdtest_agent"_L1;
std::atomic<int> s_count {0};

} // namespace

bool PostgresTestDatabase::isRequired()
{
    return qEnvironmentVariableIsSet("CI") || qEnvironmentVariableIsSet("VERIFYDESK_TEST_POSTGRES");
}

PostgresTestDatabase::PostgresTestDatabase()
    : PostgresTestDatabase(qEnvironmentVariable("VERIFYDESK_TEST_POSTGRES"))
{ }

PostgresTestDatabase::PostgresTestDatabase(const QString &conninfo)
{
    if (conninfo.isEmpty()) {
        m_why = u"VERIFYDESK_TEST_POSTGRES is not set (start a server with "
                "tests/support/postgres-test-server start DIR and set it to what it prints)"_s;
        return;
    }
    m_server = TeamDatabase::fromConnectionString(conninfo);
    const QString name = u"vdtest_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++s_count);
    if (!adminValue(u"SELECT 1"_s).isValid()) {
        m_why = u"cannot reach the test server (%1)"_s.arg(conninfo);
        return;
    }
    if (!valueAs(m_server, u"CREATE DATABASE %1"_s.arg(name)).isValid()) {
        m_why = u"cannot create database %1"_s.arg(name);
        return;
    }
    m_admin = m_server;
    m_admin.database = name;
    QStringList report;
    if (!TeamHistorySetup::run(m_admin, &report)) {
        m_why = u"setup failed: "_s + report.join(u"; "_s);
        return;
    }
    // A login with a desk's rights only; roles are the server's, made once.
    valueAs(m_admin,
            u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1')"
            " THEN CREATE ROLE %1 LOGIN IN ROLE verifydesk_agent; END IF; END $$;"
            " SELECT 1"_s.arg(kAgent));
    m_agent = m_admin;
    m_agent.user = kAgent;
    m_agent.password.clear();
    m_valid = true;
}

PostgresTestDatabase::~PostgresTestDatabase()
{
    if (m_admin.database.isEmpty())
        return;
    valueAs(m_server,
            u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = '%1' AND pid <> pg_backend_pid()"_s.arg(m_admin.database));
    valueAs(m_server, u"DROP DATABASE IF EXISTS %1"_s.arg(m_admin.database));
}

QVariant PostgresTestDatabase::adminValue(const QString &sql) const
{
    return valueAs(m_admin.database.isEmpty() ? m_server : m_admin, sql);
}

QVariant PostgresTestDatabase::agentValue(const QString &sql) const
{
    return valueAs(m_agent, sql);
}

QVariant PostgresTestDatabase::valueAs(const TeamDatabase &who, const QString &sql) const
{
    const QString connection = u"vdtest.raw.%1"_s.arg(++s_count);
    QVariant value;
    {
        QString error;
        if (PostgresHistoryDatabase::connect(who, connection, &error)) {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            QSqlQuery q(db);
            if (q.exec(sql)) {
                // A statement without rows (DROP, CREATE …) counts as done.
                value = q.next() ? q.value(0) : QVariant(true);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}
