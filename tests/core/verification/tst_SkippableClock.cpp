#include "verification/SkippableClock.h"

#include <QTest>

// A skipped clock's instants mapped back to real time: before a skip as they were, during a skip
// at the moment it was made, after it less the time skipped.
class tst_SkippableClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realTimeOfEachInstant();
};

void tst_SkippableClock::realTimeOfEachInstant()
{
    SkippableClock clock;
    constexpr qint64 kSlack = 200; // the wall clock moves between two reads
    const qint64 first = clock.nowMs();
    clock.skip(30'000);
    QCOMPARE(clock.skippedMs(), 30'000);
    const qint64 second = clock.nowMs(); // about first + 30 s
    QVERIFY(second - first >= 30'000 && second - first < 30'000 + kSlack);
    clock.skip(60'000);

    // Before any skip: unchanged.
    QCOMPARE(clock.realMsAt(first - 5'000), first - 5'000);
    // Passed over by the first skip: when it was made.
    QVERIFY(qAbs(clock.realMsAt(first + 10'000) - first) < kSlack);
    QVERIFY(qAbs(clock.realMsAt(first + 29'000) - first) < kSlack);
    // Between the skips: less the first only.
    QVERIFY(qAbs(clock.realMsAt(second) - (second - 30'000)) < kSlack);
    // Passed over by the second: when it was made.
    QVERIFY(qAbs(clock.realMsAt(second + 45'000) - (second - 30'000)) < kSlack);
    // Now: the wall clock.
    const qint64 now = clock.nowMs();
    QVERIFY(qAbs(clock.realMsAt(now) - (now - 90'000)) < kSlack);
}

QTEST_GUILESS_MAIN(tst_SkippableClock)
#include "tst_SkippableClock.moc"
