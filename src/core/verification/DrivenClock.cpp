#include "DrivenClock.h"

#include <algorithm>

DrivenClock::DrivenClock(qint64 startMs, QObject *parent)
    : SessionClock(parent)
    , m_nowMs(startMs)
{ }

DrivenClock::~DrivenClock() = default;

void DrivenClock::advance(qint64 ms)
{
    m_nowMs += std::max<qint64>(0, ms);
    Q_EMIT ticked();
}

void DrivenClock::tick()
{
    Q_EMIT ticked();
}
