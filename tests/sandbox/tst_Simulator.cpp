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
    void throttleCountsEachAccount();
    void expiredTokensAnswerExpiredForAnHour();
    void onlyTheNewestTokensAreKept();
    void finishedVerificationsAreKeptForADay();
    void onlyTheLastFinishedVerificationsAreKept();
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

void tst_Simulator::throttleCountsEachAccount()
{
    ManualClock clock(kStart);
    Simulator simulator({}, &clock, 8);
    for (int i = 0; i < 30; ++i)
        QVERIFY(!simulator.throttle(u"a"_s, u"search"_s));
    const auto refused = simulator.throttle(u"a"_s, u"search"_s);
    QVERIFY(refused);
    QCOMPARE(refused->body.value(u"status"_s).toString(), u"1"_s);
    QCOMPARE(refused->body.value(u"error_text"_s).toString(), u"Throttled"_s);
    // Another account has its own 30.
    QVERIFY(!simulator.throttle(u"b"_s, u"request"_s));
    // The window is one second: at 999 ms the first 30 still count, at 1000 ms they no longer do.
    clock.advance(999);
    QVERIFY(simulator.throttle(u"a"_s, u"check"_s));
    clock.advance(1);
    QVERIFY(!simulator.throttle(u"a"_s, u"check"_s));
}

void tst_Simulator::expiredTokensAnswerExpiredForAnHour()
{
    ManualClock clock(kStart);
    Simulator simulator({}, &clock, 9);
    const QString token =
        simulator.issueToken(u"client_credentials"_s, u"sandbox-client"_s, u"sandbox-secret"_s)
            .body.value(u"access_token"_s)
            .toString();
    clock.advance(3599'000 - 1);
    QCOMPARE(simulator.tokenState(token), Simulator::TokenState::Valid);
    clock.advance(1);
    QCOMPARE(simulator.tokenState(token), Simulator::TokenState::Expired);
    clock.advance(Simulator::kExpiredTokenMemorySeconds * 1000 - 1);
    QCOMPARE(simulator.tokenState(token), Simulator::TokenState::Expired);
    clock.advance(1);
    QCOMPARE(simulator.tokenState(token), Simulator::TokenState::Unknown);
    QCOMPARE(simulator.tokenCount(), 0);
}

void tst_Simulator::onlyTheNewestTokensAreKept()
{
    ManualClock clock(kStart);
    Simulator simulator({}, &clock, 10);
    QStringList first;
    for (qsizetype i = 0; i <= Simulator::kMaxTokens; ++i) {
        const QString token =
            simulator.issueToken(u"client_credentials"_s, u"sandbox-client"_s, u"sandbox-secret"_s)
                .body.value(u"access_token"_s)
                .toString();
        if (i < 2)
            first.append(token);
    }
    QCOMPARE(simulator.tokenCount(), Simulator::kMaxTokens);
    QCOMPARE(simulator.tokenState(first.at(0)), Simulator::TokenState::Unknown);
    QCOMPARE(simulator.tokenState(first.at(1)), Simulator::TokenState::Valid);
}

void tst_Simulator::finishedVerificationsAreKeptForADay()
{
    ManualClock clock(kStart);
    Simulator simulator({}, &clock, 11);
    const QString id =
        simulator.request(params({{u"number"_s, u"31612345678"_s}, {u"brand"_s, u"Acme"_s}}))
            .body.value(u"request_id"_s)
            .toString();
    const auto byId = params({{u"request_id"_s, id}});
    QCOMPARE(simulator
                 .check(params(
                     {{u"request_id"_s, id}, {u"code"_s, simulator.messages().constLast().code}}))
                 .body.value(u"status"_s)
                 .toString(),
             u"0"_s);
    clock.advance(Simulator::kFinishedMemorySeconds * 1000 - 1);
    QCOMPARE(simulator.search(byId).body.value(u"status"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(simulator.verificationCount(), 1);
    clock.advance(1);
    QCOMPARE(simulator.search(byId).body.value(u"status"_s).toString(), u"101"_s);
    QCOMPARE(simulator.verificationCount(), 0);
}

void tst_Simulator::onlyTheLastFinishedVerificationsAreKept()
{
    ManualClock clock(kStart);
    Simulator simulator({}, &clock, 12);
    simulator.setInstantSearch(true);
    QStringList ids;
    for (qsizetype i = 0; i <= Simulator::kMaxFinished; ++i) {
        const QString number = u"3161%1"_s.arg(i, 7, 10, QLatin1Char('0'));
        const QString id =
            simulator.request(params({{u"number"_s, number}, {u"brand"_s, u"Acme"_s}}))
                .body.value(u"request_id"_s)
                .toString();
        QCOMPARE(simulator
                     .check(params({{u"request_id"_s, id},
                                    {u"code"_s, simulator.messages().constLast().code}}))
                     .body.value(u"status"_s)
                     .toString(),
                 u"0"_s);
        if (i < 2)
            ids.append(id);
    }
    // The one running now is kept whatever the count.
    simulator.request(params({{u"number"_s, u"31699999998"_s}, {u"brand"_s, u"Acme"_s}}));
    QCOMPARE(simulator.verificationCount(), Simulator::kMaxFinished + 1);
    const auto statusOf = [&simulator](const QString &id) {
        return simulator.search(params({{u"request_id"_s, id}})).body.value(u"status"_s).toString();
    };
    QCOMPARE(statusOf(ids.at(0)), u"101"_s);
    QCOMPARE(statusOf(ids.at(1)), u"SUCCESS"_s);
}

QTEST_GUILESS_MAIN(tst_Simulator)
#include "tst_Simulator.moc"
