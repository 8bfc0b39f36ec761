#include "SkippableClock.h"

#include <algorithm>

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
    m_skips.append({nowMs(), ms});
    m_offsetMs += ms;
    Q_EMIT ticked();
}

qint64 SkippableClock::realMsAt(qint64 clockMs) const
{
    qint64 skipped = 0;
    for (const Skip &skip : m_skips) {
        if (clockMs <= skip.fromMs)
            break;
        skipped += std::min(skip.ms, clockMs - skip.fromMs);
    }
    return clockMs - skipped;
}
