// The rules of the vendor's seven workflows that the widgets show: which only call, and the
// channel of the next event.

#include "verification/Workflow.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_Workflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void voiceOnly_data();
    void voiceOnly();
    void nextChannel_data();
    void nextChannel();
    void timersFollowTheServersRule_data();
    void timersFollowTheServersRule();
};

void tst_Workflow::voiceOnly_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<bool>("voiceOnly");
    QTest::newRow("1 SMS, call, call") << 1 << false;
    QTest::newRow("2 SMS, SMS, call") << 2 << false;
    QTest::newRow("3 call, call") << 3 << true;
    QTest::newRow("4 SMS, SMS") << 4 << false;
    QTest::newRow("5 SMS, call") << 5 << false;
    QTest::newRow("6 SMS only") << 6 << false;
    QTest::newRow("7 call only") << 7 << true;
    QTest::newRow("0 falls back to 1") << 0 << false;
}

void tst_Workflow::voiceOnly()
{
    QFETCH(int, id);
    QFETCH(bool, voiceOnly);
    QCOMPARE(Workflow::fromRequest(id).isVoiceOnly(), voiceOnly);
}

void tst_Workflow::nextChannel_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<int>("eventsSent");
    QTest::addColumn<QString>("channel"); // as on the wire
    QTest::newRow("1 before the first") << 1 << 0 << u"sms"_s;
    QTest::newRow("1 after the SMS") << 1 << 1 << u"tts"_s;
    QTest::newRow("1 after the first call") << 1 << 2 << u"tts"_s;
    QTest::newRow("2 after the first SMS") << 2 << 1 << u"sms"_s;
    QTest::newRow("2 after the second SMS") << 2 << 2 << u"tts"_s;
    QTest::newRow("3 before the first") << 3 << 0 << u"tts"_s;
    QTest::newRow("4 after the first SMS") << 4 << 1 << u"sms"_s;
    QTest::newRow("6 before the first") << 6 << 0 << u"sms"_s;
    QTest::newRow("6 past the end") << 6 << 1 << u"tts"_s;
    QTest::newRow("4 far past the end") << 4 << 9 << u"tts"_s;
    QTest::newRow("5 negative count") << 5 << -1 << u"sms"_s;
}

void tst_Workflow::nextChannel()
{
    QFETCH(int, id);
    QFETCH(int, eventsSent);
    QFETCH(QString, channel);
    QCOMPARE(Workflow::channelName(Workflow::fromRequest(id).nextChannel(eventsSent)), channel);
}

void tst_Workflow::timersFollowTheServersRule_data()
{
    QTest::addColumn<int>("pinExpiry");
    QTest::addColumn<int>("nextEventWait");
    QTest::addColumn<int>("expectedPinExpiry");
    // Workflow 1, three events. The vendor's guide "Workflows and Events": the request stays active
    // "until either the PIN has expired or three incorrect codes have been sent", so past its
    // last wait while the last PIN is valid.
    QTest::addColumn<int>("expectedLifetime");
    QTest::newRow("neither") << 0 << 0 << Workflow::kDefaultPinExpirySeconds << 125 + 180 + 300;
    // Events at 0, 300, 600 s; the third carries a new PIN, valid until 1200 s.
    QTest::newRow("a multiple") << 600 << 300 << 600 << 1200;
    QTest::newRow("not a multiple") << 300 << 120 << 120 << 360;
    // Events at 0, 125, 305 s, all under the first PIN, valid until 900 s.
    QTest::newRow("expiry alone") << 900 << 0 << 900 << 900;
}

void tst_Workflow::timersFollowTheServersRule()
{
    QFETCH(int, pinExpiry);
    QFETCH(int, nextEventWait);
    QFETCH(int, expectedPinExpiry);
    QFETCH(int, expectedLifetime);
    const auto given = [](int seconds) {
        return seconds > 0 ? std::optional(seconds) : std::nullopt;
    };
    const Workflow flow = Workflow::fromRequest(1, given(pinExpiry), given(nextEventWait));
    QCOMPARE(flow.pinExpirySeconds(), expectedPinExpiry);
    QCOMPARE(flow.lifetimeSeconds(), expectedLifetime);
}

QTEST_GUILESS_MAIN(tst_Workflow)
#include "tst_Workflow.moc"
