#pragma once

#include "verification/SessionClock.h"

class QTimer;

// The wall clock, plus the time skipped on purpose: the wizard's clock when the in-process
// sandbox's clock is moved on ("skip 30 s"), so that its countdowns follow the sandbox's time.
class SkippableClock : public SessionClock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SkippableClock)

public:
    explicit SkippableClock(QObject *parent = nullptr);
    ~SkippableClock() override;

    qint64 nowMs() const override;
    // Moves this clock on by `ms` (never back) and ticks.
    void skip(qint64 ms);
    qint64 skippedMs() const { return m_offsetMs; }

private:
    QTimer *m_timer;
    qint64 m_offsetMs = 0;
};
