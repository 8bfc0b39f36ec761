#pragma once

#include <QObject>

// The time a VerificationSession reads its countdowns from, and the one-second tick that moves
// them. WallClock is the real one; DrivenClock moves only when told to, for tests and demos.
class SessionClock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionClock)

public:
    explicit SessionClock(QObject *parent = nullptr);
    ~SessionClock() override;

    // Milliseconds since the Unix epoch (UTC).
    virtual qint64 nowMs() const = 0;
    // How far this clock runs ahead of the wall clock on purpose (a sandbox's skipped time):
    // nowMs() less this is the real time, which the history keeps.
    virtual qint64 skippedMs() const { return 0; }
    // The real time at which this clock showed `clockMs` (not later than now): an instant passed
    // over by a skip happened, for the user, when the skip was made.
    virtual qint64 realMsAt(qint64 clockMs) const { return clockMs - skippedMs(); }

Q_SIGNALS:
    // About once a second of this clock's time.
    void ticked();
};
