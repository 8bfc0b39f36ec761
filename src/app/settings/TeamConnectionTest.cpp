#include "TeamConnectionTest.h"

#include "history/PostgresHistoryDatabase.h"

#include <QSqlDatabase>
#include <QThread>

using namespace Qt::StringLiterals;

TeamConnectionTest::TeamConnectionTest(QObject *parent)
    : QObject(parent)
{ }

TeamConnectionTest::~TeamConnectionTest()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread; // its finished() is no longer delivered here
    }
}

bool TeamConnectionTest::isRunning() const
{
    return m_thread != nullptr;
}

bool TeamConnectionTest::start(const TeamDatabase &team)
{
    if (m_thread)
        return false;
    auto outcome = std::make_shared<Outcome>();
    const QString connection =
        u"verifydesk-settings-test-%1-%2"_s.arg(reinterpret_cast<quintptr>(this)).arg(++m_runs);
    m_outcome = outcome;
    m_thread = QThread::create([team, connection, outcome] { *outcome = run(team, connection); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        const Outcome outcome = *m_outcome;
        Q_EMIT finished(outcome.ok, outcome.message);
    });
    m_thread->start();
    return true;
}

TeamConnectionTest::Outcome TeamConnectionTest::run(const TeamDatabase &team,
                                                    const QString &connection)
{
    Outcome outcome;
    {
        PostgresHistoryDatabase database(team);
        const HistoryDatabase::Opened opened = database.open(connection);
        outcome.ok = opened == HistoryDatabase::Opened::Ok && database.notice().isEmpty();
        outcome.message = outcome.ok
            ? tr("Connected: team history layout %1, account has only what it needs.")
                  .arg(PostgresHistoryDatabase::SchemaVersion)
            : database.notice();
        if (outcome.message.isEmpty()) // not expected: every failure has its notice
            outcome.message = database.error();
    }
    QSqlDatabase::removeDatabase(connection);
    return outcome;
}
