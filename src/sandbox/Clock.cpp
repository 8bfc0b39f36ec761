#include "Clock.h"

#include <QDateTime>

namespace sandbox {

ScaledClock::ScaledClock(double scale)
    : m_scale(scale > 0 ? scale : 1.0)
    , m_startMs(QDateTime::currentMSecsSinceEpoch())
{
    m_elapsed.start();
}

qint64 ScaledClock::nowMs() const
{
    return m_startMs + static_cast<qint64>(static_cast<double>(m_elapsed.elapsed()) * m_scale)
        + m_offsetMs;
}

} // namespace sandbox
