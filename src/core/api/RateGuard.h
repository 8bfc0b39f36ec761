#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <array>
#include <functional>

// Keeps one profile's calls within the vendor's limits: at most one Verify request and one search
// per interval (a second by default). Calls over the limit wait their turn in order instead of
// failing, and a 429's Retry-After holds back the next calls of that kind until then.
class RateGuard : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateGuard)

public:
    enum class Lane { Request, Search };
    // Monotonic milliseconds.
    using Clock = std::function<qint64()>;
    // Asks for pump() to be called after `delayMs`; by default a single-shot QTimer.
    using WakeUp = std::function<void(qint64 delayMs)>;

    static constexpr qint64 kDefaultIntervalMs = 1000;

    explicit RateGuard(QObject *parent = nullptr);
    ~RateGuard() override;

    // Seams for tests: a driven clock, and a wake-up that only records the delay asked for.
    void setClock(Clock clock);
    void setWakeUp(WakeUp wakeUp);
    // The minimum time between two starts in `lane`; 0 turns the limit off.
    void setInterval(Lane lane, qint64 ms);
    qint64 interval(Lane lane) const;

    // Runs `start` when `lane` is free (at once, from within this call, when nothing waits) or
    // when its turn comes; never once `context` is gone. The ticket is for cancel().
    quint64 enqueue(Lane lane, QObject *context, std::function<void()> start);
    // Takes a waiting call out of its queue (it never starts, and uses no turn); false when it
    // already started or was unknown.
    bool cancel(quint64 ticket);
    // Nothing more starts in `lane` for `ms` from now (a 429's Retry-After); a hold never
    // shortens an earlier one.
    void holdFor(Lane lane, qint64 ms);

    // Calls waiting in `lane`.
    int waiting(Lane lane) const;
    // Milliseconds until `lane` may start a call (0: now).
    qint64 msUntilFree(Lane lane) const;

    // Starts every call whose turn has come and asks to be woken up for the next one.
    void pump();

private:
    struct Entry
    {
        quint64 ticket = 0;
        QPointer<QObject> context;
        std::function<void()> start;
    };
    struct LaneState
    {
        QList<Entry> queue;
        qint64 intervalMs = kDefaultIntervalMs;
        qint64 freeAtMs = 0;
        bool used = false; // freeAtMs holds a time
    };

    qint64 now() const;
    LaneState &state(Lane lane) { return m_lanes[static_cast<size_t>(lane)]; }
    const LaneState &state(Lane lane) const { return m_lanes[static_cast<size_t>(lane)]; }
    void scheduleWakeUp();

    std::array<LaneState, 2> m_lanes;
    Clock m_clock;
    WakeUp m_wakeUp;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    quint64 m_nextTicket = 1;
    bool m_pumping = false;
};
