#pragma once

#include "history/TeamDatabase.h"

#include <QString>
#include <QTest>
#include <QVariant>

// A fresh PostgreSQL database with the team history's schema, for one test, dropped again when
// it goes. The server is the one VERIFYDESK_TEST_POSTGRES names (a libpq connection string of an
// account that may create databases and roles, as tests/support/postgres-test-server prints).
// The tests connect as `vdtest_agent`, a login with only the verifydesk_agent role, as a desk does.
class PostgresTestDatabase
{
public:
    PostgresTestDatabase();
    // The same on the server `conninfo` names.
    explicit PostgresTestDatabase(const QString &conninfo);
    ~PostgresTestDatabase();
    PostgresTestDatabase(const PostgresTestDatabase &) = delete;
    PostgresTestDatabase &operator=(const PostgresTestDatabase &) = delete;

    // False, with why(), when there is no server to test against or the setup failed.
    bool isValid() const { return m_valid; }
    QString why() const { return m_why; }
    // Whether the tests must have a server: in CI, or when VERIFYDESK_TEST_POSTGRES is set.
    static bool isRequired();

    // How a desk reaches this database (the agent's login).
    TeamDatabase agent() const { return m_agent; }
    // How its owner reaches it (the server's administrator account).
    TeamDatabase admin() const { return m_admin; }
    // The first column of the first row of `sql`, run as the administrator; an invalid
    // QVariant when it fails.
    QVariant adminValue(const QString &sql) const;
    // The same as the agent.
    QVariant agentValue(const QString &sql) const;

private:
    QVariant valueAs(const TeamDatabase &who, const QString &sql) const;

    bool m_valid = false;
    QString m_why;
    TeamDatabase m_server; // the administrator, in the server's own database
    TeamDatabase m_admin;
    TeamDatabase m_agent;
};

// In a test function or init(): goes on when the PostgresTestDatabase `db` is usable; otherwise
// fails the test where a server is required (PostgresTestDatabase::isRequired()), else skips it.
#define VERIFYDESK_REQUIRE_POSTGRES(db)                                                            \
    do {                                                                                           \
        if (!(db).isValid()) {                                                                     \
            if (PostgresTestDatabase::isRequired())                                                \
                QFAIL(qPrintable((db).why()));                                                     \
            QSKIP(qPrintable((db).why()));                                                         \
        }                                                                                          \
    } while (false)
