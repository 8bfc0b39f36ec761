#pragma once

#include "SessionClock.h"

class QTimer;

// The system clock, ticking every second from a QTimer.
class WallClock : public SessionClock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallClock)

public:
    explicit WallClock(QObject *parent = nullptr);
    ~WallClock() override;

    qint64 nowMs() const override;

private:
    QTimer *m_timer;
};
