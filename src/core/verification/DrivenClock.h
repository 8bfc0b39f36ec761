#pragma once

#include "SessionClock.h"

// A clock that moves only when told to; each move is one tick. For tests and demos.
class DrivenClock : public SessionClock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrivenClock)

public:
    explicit DrivenClock(qint64 startMs = 0, QObject *parent = nullptr);
    ~DrivenClock() override;

    qint64 nowMs() const override { return m_nowMs; }
    // Moves the time on by `ms` (never back) and ticks.
    void advance(qint64 ms);
    // Ticks without moving the time.
    void tick();

private:
    qint64 m_nowMs;
};
