#include "EnumKeys.h"
#include "history/HistoryEvent.h"
#include "history/HistoryRecord.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The keys are stored in history databases of earlier versions: each must stay as it is, and every
// value of an enum must have one.
class tst_EnumKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookupBothWays();
    void historyEventKinds_data();
    void historyEventKinds();
    void historyStatuses_data();
    void historyStatuses();
};

namespace {

enum class Colour { Red, Green, Blue };
constexpr EnumKey<Colour> kColours[] = {{Colour::Red, "red"}, {Colour::Green, "GREEN"}};

} // namespace

void tst_EnumKeys::lookupBothWays()
{
    QCOMPARE(keyOf(kColours, Colour::Red), u"red"_s);
    QCOMPARE(keyOf(kColours, Colour::Green), u"GREEN"_s);
    QVERIFY(keyOf(kColours, Colour::Blue).isEmpty()); // not in the table
    QCOMPARE(enumOf(kColours, u"red"), std::optional(Colour::Red));
    QCOMPARE(enumOf(kColours, u"green"), std::nullopt);
    QCOMPARE(enumOf(kColours, u"green", Qt::CaseInsensitive), std::optional(Colour::Green));
    QCOMPARE(enumOf(kColours, u"blue"), std::nullopt);
    QCOMPARE(enumOf(kColours, u""), std::nullopt);
}

void tst_EnumKeys::historyEventKinds_data()
{
    QTest::addColumn<HistoryEvent::Kind>("kind");
    QTest::addColumn<QString>("key");
    using Kind = HistoryEvent::Kind;
    QTest::newRow("requested") << Kind::Requested << u"requested"_s;
    QTest::newRow("check valid") << Kind::CheckValid << u"check_valid"_s;
    QTest::newRow("check invalid") << Kind::CheckInvalid << u"check_invalid"_s;
    QTest::newRow("cancel") << Kind::Cancel << u"cancel"_s;
    QTest::newRow("next event") << Kind::NextEvent << u"next_event"_s;
    QTest::newRow("search") << Kind::SearchRefresh << u"search"_s;
    QTest::newRow("error") << Kind::Error << u"error"_s;
    QTest::newRow("outcome") << Kind::Outcome << u"outcome"_s;
}

void tst_EnumKeys::historyEventKinds()
{
    QFETCH(HistoryEvent::Kind, kind);
    QFETCH(QString, key);
    QCOMPARE(HistoryEvent::kindKey(kind), key);
    bool ok = false;
    QCOMPARE(HistoryEvent::kindFromKey(key, &ok), kind);
    QVERIFY(ok);
    QCOMPARE(HistoryEvent::kindFromKey(key.toUpper() + u"?"_s, &ok), HistoryEvent::Kind::Error);
    QVERIFY(!ok);
}

void tst_EnumKeys::historyStatuses_data()
{
    QTest::addColumn<HistoryRecord::Status>("status");
    QTest::addColumn<QString>("key");
    using Status = HistoryRecord::Status;
    QTest::newRow("in progress") << Status::InProgress << u"in_progress"_s;
    QTest::newRow("verified") << Status::Verified << u"verified"_s;
    QTest::newRow("failed") << Status::Failed << u"failed"_s;
    QTest::newRow("expired") << Status::Expired << u"expired"_s;
    QTest::newRow("cancelled") << Status::Cancelled << u"cancelled"_s;
    QTest::newRow("error") << Status::Error << u"error"_s;
}

void tst_EnumKeys::historyStatuses()
{
    QFETCH(HistoryRecord::Status, status);
    QFETCH(QString, key);
    QCOMPARE(HistoryRecord::statusKey(status), key);
    bool ok = false;
    QCOMPARE(HistoryRecord::statusFromKey(key, &ok), status);
    QVERIFY(ok);
    QCOMPARE(HistoryRecord::statusFromKey(u"verified "_s, &ok), HistoryRecord::Status::Error);
    QVERIFY(!ok);
}

QTEST_GUILESS_MAIN(tst_EnumKeys)
#include "tst_EnumKeys.moc"
