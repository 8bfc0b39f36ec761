#pragma once

#include "WallClock.h"

#include <QList>

// The wall clock, plus the time skipped on purpose: a profile's clock, which for the built-in
// Sandbox follows the simulator's clock when it is moved on ("skip 30 s"), so that the countdowns
// of that profile's verifications follow the sandbox's time, and no other profile's.
class SkippableClock : public WallClock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SkippableClock)

public:
    explicit SkippableClock(QObject *parent = nullptr);
    ~SkippableClock() override;

    qint64 nowMs() const override;
    // Moves this clock on by `ms` (never back) and ticks.
    void skip(qint64 ms);
    qint64 skippedMs() const override { return m_offsetMs; }
    qint64 realMsAt(qint64 clockMs) const override;

private:
    struct Skip
    {
        qint64 fromMs; // this clock's time when the skip was made
        qint64 ms;
    };
    qint64 m_offsetMs = 0;
    QList<Skip> m_skips; // in the order made, so by fromMs
};
