// The simulator's rules as pure logic, on a manual clock: timings, PIN renewal, ordering.

#include "Clock.h"
#include "Simulator.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using sandbox::ManualClock;
using sandbox::Params;
using sandbox::Simulator;

namespace {

constexpr qint64 kStart = 1'764'000'000'000; // 2025-11-24 16:00:00 UTC

Params params(std::initializer_list<std::pair<QString, QString>> items)
{
    Params p;
    for (const auto &[key, value] : items)
        p.add(key, value);
    return p;
}

} // namespace

class tst_Simulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameIdsAndPins();
    void pinRenewalFollowsTheTimers_data();
    void pinRenewalFollowsTheTimers();
    void clockJumpFiresEveryEventAtItsOwnTime();
    void messagesStayInTimeOrderAcrossRequests();
    void triggerNextEventReschedulesTheRest();
    void expireAllTokens();
    void resetForgetsEverything();
    void observerSeesEachMessage();
};

void tst_Simulator::sameSeedSameIdsAndPins()
{
    ManualClock clockA(kStart);
    ManualClock clockB(kStart);
    Simulator a({}, &clockA, 42);
    Simulator b({}, &clockB, 42);
    const Params p = params({{u"number"_s, u"31612345678"_s}, {u"brand"_s, u"Acme"_s}});
    const QString idA = a.request(p).body.value(u"request_id"_s).toString();
    const QString idB = b.request(p).body.value(u"request_id"_s).toString();
    QCOMPARE(idA.size(), 32);
    QCOMPARE(idA, idB);
    QCOMPARE(a.messages().first().code, b.messages().first().code);

    ManualClock clockC(kStart);
    Simulator c({}, &clockC, 43);
    QVERIFY(c.request(p).body.value(u"request_id"_s).toString() != idA);
}

void tst_Simulator::pinRenewalFollowsTheTimers_data()
{
    QTest::addColumn<int>("pinExpiry");
    QTest::addColumn<int>("nextEventWait");
    QTest::addColumn<QList<bool>>("samePinAsPrevious"); // for the 2nd and 3rd event

    // The vendor's own examples for the default workflow (SMS -> TTS -> TTS).
    QTest::newRow("360/120: one code for all three") << 360 << 120 << QList<bool> {true, true};
    QTest::newRow("240/120: new code for the third") << 240 << 120 << QList<bool> {true, false};
    QTest::newRow("120/120: new code each time") << 120 << 120 << QList<bool> {false, false};
    // Not a multiple: pin_expiry becomes next_event_wait.
    QTest::newRow("200/120 becomes 120/120") << 200 << 120 << QList<bool> {false, false};
}

void tst_Simulator::pinRenewalFollowsTheTimers()
{
    QFETCH(int, pinExpiry);
    QFETCH(int, nextEventWait);
    QFETCH(QList<bool>, samePinAsPrevious);

    ManualClock clock(kStart);
    Simulator simulator({}, &clock, 7);
    // Six-digit codes make an accidental repeat of a fresh PIN unlikely (1 in 10^6 per event).
    const auto reply =
        simulator.request(params({{u"number"_s, u"31612345678"_s},
                                  {u"brand"_s, u"Acme"_s},
                                  {u"code_length"_s, u"6"_s},
                                  {u"pin_expiry"_s, QString::number(pinExpiry)},
                                  {u"next_event_wait"_s, QString::number(nextEventWait)}}));
    QCOMPARE(reply.body.value(u"status"_s).toString(), u"0"_s);
    simulator.advance(nextEventWait);
    simulator.advance(nextEventWait);
    const auto messages = simulator.messages();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).channel, u"sms"_s);
    QCOMPARE(messages.at(1).channel, u"tts"_s);
    QCOMPARE(messages.at(2).channel, u"tts"_s);
    for (int i = 1; i < 3; ++i) {
        QCOMPARE(messages.at(i).code.size(), 6);
        QCOMPARE(messages.at(i).code == messages.at(i - 1).code, samePinAsPrevious.at(i - 1));
    }
}

void tst_Simulator::clockJumpFiresEveryEventAtItsOwnTime()
{
    ManualClock clock(kStart);
    Simulator simulator({}, &clock, 1);
    const QString id =
        simulator.request(params({{u"number"_s, u"31612345678"_s}, {u"brand"_s, u"Acme"_s}}))
            .body.value(u"request_id"_s)
            .toString();
    // One jump over the whole default workflow 1: events at 0, 125 and 305 s, expiry at 605 s.
    QCOMPARE(simulator.advance(1000), 3);
    const auto messages = simulator.messages();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).atMs, kStart);
    QCOMPARE(messages.at(1).atMs, kStart + 125'000);
    QCOMPARE(messages.at(2).atMs, kStart + 305'000);

    const QJsonObject entry = simulator.search(params({{u"request_id"_s, id}})).body;
    QCOMPARE(entry.value(u"status"_s).toString(), u"EXPIRED"_s);
    QCOMPARE(entry.value(u"date_finalized"_s).toString(), Simulator::formatDate(kStart + 605'000));
    QCOMPARE(entry.value(u"last_event_date"_s).toString(), Simulator::formatDate(kStart + 305'000));
}

void tst_Simulator::messagesStayInTimeOrderAcrossRequests()
{
    ManualClock clock(kStart);
    Simulator simulator({}, &clock, 2);
    simulator.request(params({{u"number"_s, u"31611111111"_s}, {u"brand"_s, u"A"_s}}));
    clock.advance(100'000);
    simulator.request(params({{u"number"_s, u"31622222222"_s},
                              {u"brand"_s, u"B"_s},
                              {u"workflow_id"_s, u"4"_s},
                              {u"next_event_wait"_s, u"60"_s}}));
    simulator.advance(400);
    const auto messages = simulator.messages();
    QVERIFY(messages.size() >= 4);
    for (qsizetype i = 1; i < messages.size(); ++i)
        QVERIFY2(messages.at(i - 1).atMs <= messages.at(i).atMs, qPrintable(QString::number(i)));
    QCOMPARE(simulator.messages(u"+31622222222"_s).size(), 2);
}

void tst_Simulator::triggerNextEventReschedulesTheRest()
{
    ManualClock clock(kStart);
    Simulator simulator({}, &clock, 3);
    const QString id =
        simulator.request(params({{u"number"_s, u"31612345678"_s}, {u"brand"_s, u"Acme"_s}}))
            .body.value(u"request_id"_s)
            .toString();
    clock.advance(10'000);
    const auto trigger = params({{u"request_id"_s, id}, {u"cmd"_s, u"trigger_next_event"_s}});
    QCOMPARE(simulator.control(trigger).body.value(u"status"_s).toString(), u"0"_s);
    QCOMPARE(simulator.messages().size(), 2);
    QCOMPARE(simulator.messages().last().atMs, kStart + 10'000);
    // The third event now follows the triggered one by its wait (180 s), not the original plan.
    QCOMPARE(simulator.advance(179), 0);
    QCOMPARE(simulator.advance(1), 1);
    QCOMPARE(simulator.messages().last().atMs, kStart + 190'000);
    const QJsonObject last = simulator.control(trigger).body;
    QCOMPARE(last.value(u"status"_s).toString(), u"19"_s);
}

void tst_Simulator::expireAllTokens()
{
    ManualClock clock(kStart);
    Simulator simulator({}, &clock, 4);
    const auto reply =
        simulator.issueToken(u"client_credentials"_s, u"sandbox-client"_s, u"sandbox-secret"_s);
    const QString token = reply.body.value(u"access_token"_s).toString();
    QCOMPARE(simulator.tokenState(token), Simulator::TokenState::Valid);
    simulator.expireAllTokens();
    QCOMPARE(simulator.tokenState(token), Simulator::TokenState::Expired);
    QCOMPARE(simulator.tokenState(u"nonsense"_s), Simulator::TokenState::Unknown);
}

void tst_Simulator::resetForgetsEverything()
{
    ManualClock clock(kStart);
    Simulator simulator({}, &clock, 5);
    const QString token =
        simulator.issueToken(u"client_credentials"_s, u"sandbox-client"_s, u"sandbox-secret"_s)
            .body.value(u"access_token"_s)
            .toString();
    const auto request = params({{u"number"_s, u"31612345678"_s}, {u"brand"_s, u"Acme"_s}});
    const QString id = simulator.request(request).body.value(u"request_id"_s).toString();
    simulator.reset();
    QVERIFY(simulator.messages().isEmpty());
    QCOMPARE(simulator.tokenState(token), Simulator::TokenState::Unknown);
    QCOMPARE(simulator.search(params({{u"request_id"_s, id}})).body.value(u"status"_s).toString(),
             u"101"_s);
    // The number is free again: no status 10.
    QCOMPARE(simulator.request(request).body.value(u"status"_s).toString(), u"0"_s);
    QCOMPARE(simulator.advance(10'000), 3);
}

void tst_Simulator::observerSeesEachMessage()
{
    ManualClock clock(kStart);
    Simulator simulator({}, &clock, 6);
    QStringList channels;
    simulator.setMessageObserver(
        [&channels](const sandbox::Message &message) { channels.append(message.channel); });
    simulator.request(params(
        {{u"number"_s, u"31612345678"_s}, {u"brand"_s, u"Acme"_s}, {u"workflow_id"_s, u"2"_s}}));
    simulator.advance(700);
    QCOMPARE(channels, (QStringList {u"sms"_s, u"sms"_s, u"tts"_s}));
}

QTEST_GUILESS_MAIN(tst_Simulator)
#include "tst_Simulator.moc"
