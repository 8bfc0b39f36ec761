#include "api/RateGuard.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// RateGuard on a driven clock: the wake-up seam records the delays it asks for, and the test
// moves time on and pumps. One test uses the real clock and timer with a short interval.
class tst_RateGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void firstCallStartsAtOnce();
    void nextCallWaitsForTheInterval();
    void callsStartInOrder();
    void lanesAreIndependent();
    void cancelledCallUsesNoTurn();
    void goneContextUsesNoTurn();
    void holdDelaysOnlyItsLane();
    void holdNeverShortensAnEarlierOne();
    void zeroIntervalIsNoLimit();
    void realClockAndTimer();

private:
    void advance(qint64 ms);

    std::unique_ptr<RateGuard> m_guard;
    qint64 m_now = 0;
    QList<qint64> m_wakeUps;
};

void tst_RateGuard::init()
{
    m_now = 100'000;
    m_wakeUps.clear();
    m_guard = std::make_unique<RateGuard>();
    m_guard->setClock([this] { return m_now; });
    m_guard->setWakeUp([this](qint64 delay) { m_wakeUps.append(delay); });
}

void tst_RateGuard::advance(qint64 ms)
{
    m_now += ms;
    m_guard->pump();
}

void tst_RateGuard::firstCallStartsAtOnce()
{
    QCOMPARE(m_guard->interval(RateGuard::Lane::Request), 1000);
    bool started = false;
    m_guard->enqueue(RateGuard::Lane::Request, this, [&started] { started = true; });
    QVERIFY(started);
    QCOMPARE(m_guard->waiting(RateGuard::Lane::Request), 0);
    QVERIFY(m_wakeUps.isEmpty()); // nothing waits: no wake-up
    QCOMPARE(m_guard->msUntilFree(RateGuard::Lane::Request), 1000);
}

void tst_RateGuard::nextCallWaitsForTheInterval()
{
    int started = 0;
    m_guard->enqueue(RateGuard::Lane::Search, this, [&started] { ++started; });
    advance(300);
    m_guard->enqueue(RateGuard::Lane::Search, this, [&started] { ++started; });
    QCOMPARE(started, 1);
    QCOMPARE(m_guard->waiting(RateGuard::Lane::Search), 1);
    QCOMPARE(m_wakeUps.constLast(), 700);
    advance(699);
    QCOMPARE(started, 1);
    advance(1);
    QCOMPARE(started, 2);
    QCOMPARE(m_guard->waiting(RateGuard::Lane::Search), 0);
}

void tst_RateGuard::callsStartInOrder()
{
    QStringList order;
    for (int i = 0; i < 5; ++i) {
        m_guard->enqueue(RateGuard::Lane::Request, this,
                         [&order, i] { order.append(QString::number(i)); });
    }
    QCOMPARE(order, QStringList {u"0"_s});
    advance(5000); // a long pause still starts one call per pump and interval
    QCOMPARE(order.size(), 2);
    for (int i = 0; i < 3; ++i)
        advance(1000);
    QCOMPARE(order, QStringList({u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s}));
}

void tst_RateGuard::lanesAreIndependent()
{
    int requests = 0;
    int searches = 0;
    m_guard->enqueue(RateGuard::Lane::Request, this, [&requests] { ++requests; });
    m_guard->enqueue(RateGuard::Lane::Request, this, [&requests] { ++requests; });
    m_guard->enqueue(RateGuard::Lane::Search, this, [&searches] { ++searches; });
    QCOMPARE(requests, 1);
    QCOMPARE(searches, 1);
}

void tst_RateGuard::cancelledCallUsesNoTurn()
{
    QStringList order;
    m_guard->enqueue(RateGuard::Lane::Request, this, [&order] { order.append(u"a"_s); });
    const quint64 b =
        m_guard->enqueue(RateGuard::Lane::Request, this, [&order] { order.append(u"b"_s); });
    m_guard->enqueue(RateGuard::Lane::Request, this, [&order] { order.append(u"c"_s); });
    QVERIFY(m_guard->cancel(b));
    QVERIFY(!m_guard->cancel(b));
    advance(1000);
    QCOMPARE(order, QStringList({u"a"_s, u"c"_s}));
    QCOMPARE(m_guard->waiting(RateGuard::Lane::Request), 0);
}

void tst_RateGuard::goneContextUsesNoTurn()
{
    QStringList order;
    auto context = std::make_unique<QObject>();
    m_guard->enqueue(RateGuard::Lane::Search, this, [&order] { order.append(u"a"_s); });
    m_guard->enqueue(RateGuard::Lane::Search, context.get(), [&order] { order.append(u"gone"_s); });
    m_guard->enqueue(RateGuard::Lane::Search, this, [&order] { order.append(u"c"_s); });
    context.reset();
    advance(1000);
    QCOMPARE(order, QStringList({u"a"_s, u"c"_s}));
}

void tst_RateGuard::holdDelaysOnlyItsLane()
{
    int searches = 0;
    int requests = 0;
    m_guard->holdFor(RateGuard::Lane::Search, 7000); // a 429 with Retry-After: 7
    m_guard->enqueue(RateGuard::Lane::Search, this, [&searches] { ++searches; });
    m_guard->enqueue(RateGuard::Lane::Request, this, [&requests] { ++requests; });
    QCOMPARE(requests, 1);
    QCOMPARE(searches, 0);
    QCOMPARE(m_wakeUps.constLast(), 7000);
    advance(6999);
    QCOMPARE(searches, 0);
    advance(1);
    QCOMPARE(searches, 1);
}

void tst_RateGuard::holdNeverShortensAnEarlierOne()
{
    m_guard->holdFor(RateGuard::Lane::Request, 5000);
    m_guard->holdFor(RateGuard::Lane::Request, 1000);
    QCOMPARE(m_guard->msUntilFree(RateGuard::Lane::Request), 5000);
    bool started = false;
    m_guard->enqueue(RateGuard::Lane::Request, this, [&started] { started = true; });
    advance(4999);
    QVERIFY(!started);
    advance(1);
    QVERIFY(started);
}

void tst_RateGuard::zeroIntervalIsNoLimit()
{
    m_guard->setInterval(RateGuard::Lane::Search, 0);
    int started = 0;
    for (int i = 0; i < 10; ++i)
        m_guard->enqueue(RateGuard::Lane::Search, this, [&started] { ++started; });
    QCOMPARE(started, 10);
}

void tst_RateGuard::realClockAndTimer()
{
    RateGuard guard;
    guard.setInterval(RateGuard::Lane::Request, 50);
    QStringList order;
    for (int i = 0; i < 3; ++i) {
        guard.enqueue(RateGuard::Lane::Request, this,
                      [&order, i] { order.append(QString::number(i)); });
    }
    QCOMPARE(order.size(), 1);
    QTRY_COMPARE(order.size(), 3);
    QCOMPARE(order, QStringList({u"0"_s, u"1"_s, u"2"_s}));
}

QTEST_GUILESS_MAIN(tst_RateGuard)
#include "tst_RateGuard.moc"
