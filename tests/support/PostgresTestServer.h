#pragma once

#include <QString>
#include <QTemporaryDir>

// A PostgreSQL server of one test's own (tests/support/postgres-test-server), for what must not
// happen to the shared test server: stopping it while a desk writes. Slow to make (initdb, a
// second or two): for the few tests that need it.
class PostgresTestServer
{
public:
    explicit PostgresTestServer(int port);
    ~PostgresTestServer();
    PostgresTestServer(const PostgresTestServer &) = delete;
    PostgresTestServer &operator=(const PostgresTestServer &) = delete;

    // Starts it (made on the first start); false with why() when it cannot.
    bool start();
    bool stop();
    QString why() const { return m_why; }
    // The administrator's libpq connection string, as VERIFYDESK_TEST_POSTGRES takes it.
    QString connectionString() const { return m_conninfo; }

private:
    bool run(const QString &command);

    QTemporaryDir m_dir;
    int m_port;
    QString m_conninfo;
    QString m_why;
};
