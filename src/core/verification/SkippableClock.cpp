#include "SkippableClock.h"

#include <QDateTime>
#include <QTimer>

SkippableClock::SkippableClock(QObject *parent)
    : SessionClock(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &SessionClock::ticked);
    m_timer->start();
}

SkippableClock::~SkippableClock() = default;

qint64 SkippableClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

void SkippableClock::skip(qint64 ms)
{
    if (ms <= 0)
        return;
    m_offsetMs += ms;
    Q_EMIT ticked();
}
