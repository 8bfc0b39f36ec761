#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace sandbox {

// The simulator's notion of time, in milliseconds since the Unix epoch (UTC).
// Virtual: it can be moved forward, so tests never sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    virtual void advance(qint64 ms) = 0;
};

// A clock that moves only when told to (tests, fuzzing).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs)
        : m_nowMs(startMs)
    { }
    qint64 nowMs() const override { return m_nowMs; }
    void advance(qint64 ms) override { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};

// Wall-clock time running `scale` times faster than real time, plus whatever was advanced by hand.
class ScaledClock final : public Clock
{
public:
    explicit ScaledClock(double scale = 1.0);
    qint64 nowMs() const override;
    void advance(qint64 ms) override { m_offsetMs += ms; }

private:
    double m_scale;
    qint64 m_startMs;
    qint64 m_offsetMs = 0;
    QElapsedTimer m_elapsed;
};

} // namespace sandbox
