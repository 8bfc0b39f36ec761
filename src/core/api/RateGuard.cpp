#include "RateGuard.h"

#include "Logging.h"

RateGuard::RateGuard(QObject *parent)
    : QObject(parent)
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateGuard::pump);
}

RateGuard::~RateGuard() = default;

void RateGuard::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void RateGuard::setWakeUp(WakeUp wakeUp)
{
    m_wakeUp = std::move(wakeUp);
    m_timer.stop();
}

void RateGuard::setInterval(Lane lane, qint64 ms)
{
    state(lane).intervalMs = std::max<qint64>(0, ms);
}

qint64 RateGuard::interval(Lane lane) const
{
    return state(lane).intervalMs;
}

qint64 RateGuard::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

quint64 RateGuard::enqueue(Lane lane, QObject *context, std::function<void()> start)
{
    const quint64 ticket = m_nextTicket++;
    state(lane).queue.append({ticket, context ? context : this, std::move(start)});
    pump();
    return ticket;
}

bool RateGuard::cancel(quint64 ticket)
{
    for (LaneState &lane : m_lanes) {
        for (qsizetype i = 0; i < lane.queue.size(); ++i) {
            if (lane.queue.at(i).ticket == ticket) {
                lane.queue.removeAt(i);
                return true;
            }
        }
    }
    return false;
}

void RateGuard::holdFor(Lane lane, qint64 ms)
{
    LaneState &s = state(lane);
    const qint64 until = now() + std::max<qint64>(0, ms);
    if (!s.used || until > s.freeAtMs)
        s.freeAtMs = until;
    s.used = true;
    qCInfo(lcApi) << "rate guard: holding" << (lane == Lane::Request ? "requests" : "searches")
                  << "for" << ms << "ms";
    scheduleWakeUp();
}

int RateGuard::waiting(Lane lane) const
{
    return static_cast<int>(state(lane).queue.size());
}

qint64 RateGuard::msUntilFree(Lane lane) const
{
    const LaneState &s = state(lane);
    return s.used ? std::max<qint64>(0, s.freeAtMs - now()) : 0;
}

void RateGuard::pump()
{
    if (m_pumping)
        return; // a start() that enqueues again: the outer loop takes it
    m_pumping = true;
    for (LaneState &lane : m_lanes) {
        for (;;) {
            while (!lane.queue.isEmpty() && !lane.queue.constFirst().context)
                lane.queue.removeFirst(); // its owner is gone: it uses no turn
            if (lane.queue.isEmpty())
                break;
            const qint64 t = now();
            if (lane.used && t < lane.freeAtMs)
                break;
            const Entry entry = lane.queue.takeFirst();
            lane.used = true;
            lane.freeAtMs = t + lane.intervalMs;
            entry.start();
        }
    }
    m_pumping = false;
    scheduleWakeUp();
}

void RateGuard::scheduleWakeUp()
{
    qint64 delay = -1;
    for (const LaneState &lane : m_lanes) {
        if (lane.queue.isEmpty())
            continue;
        const qint64 wait = lane.used ? std::max<qint64>(0, lane.freeAtMs - now()) : 0;
        delay = delay < 0 ? wait : std::min(delay, wait);
    }
    if (delay < 0) {
        m_timer.stop();
        return;
    }
    if (m_wakeUp)
        m_wakeUp(delay);
    else
        m_timer.start(static_cast<int>(std::min<qint64>(delay, qint64(24) * 3600 * 1000)));
}
