#include "WallClock.h"

#include <QDateTime>
#include <QTimer>

WallClock::WallClock(QObject *parent)
    : SessionClock(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &SessionClock::ticked);
    m_timer->start();
}

WallClock::~WallClock() = default;

qint64 WallClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}
