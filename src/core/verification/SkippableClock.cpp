#include "SkippableClock.h"

SkippableClock::SkippableClock(QObject *parent)
    : WallClock(parent)
{ }

SkippableClock::~SkippableClock() = default;

qint64 SkippableClock::nowMs() const
{
    return WallClock::nowMs() + m_offsetMs;
}

void SkippableClock::skip(qint64 ms)
{
    if (ms <= 0)
        return;
    m_offsetMs += ms;
    Q_EMIT ticked();
}
