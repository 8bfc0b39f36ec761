#pragma once

#include "history/TeamDatabase.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

// "Test connection" for the team history: opens the database as a desk would, on a thread of its
// own (libpq connects synchronously, for up to its connect_timeout), and tells what it found.
class TeamConnectionTest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamConnectionTest)

public:
    explicit TeamConnectionTest(QObject *parent = nullptr);
    // Waits for a test still running: its connection must be closed on its own thread.
    ~TeamConnectionTest() override;

    // Starts a test of `team`; false (nothing started) while one still runs.
    bool start(const TeamDatabase &team);
    bool isRunning() const;

Q_SIGNALS:
    // The test ended: `ok` when a desk could record verifications there with an account that has
    // only what it needs; `message` says what was found, translated.
    void finished(bool ok, const QString &message);

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
    };
    static Outcome run(const TeamDatabase &team, const QString &connection);

    QThread *m_thread = nullptr;
    std::shared_ptr<Outcome> m_outcome;
    int m_runs = 0;
};
