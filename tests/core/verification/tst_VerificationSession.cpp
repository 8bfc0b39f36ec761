#include "SandboxRig.h"
#include "api/ExchangeLog.h"
#include "api/TokenClient.h"
#include "api/VerifyClient.h"
#include "verification/DrivenClock.h"
#include "verification/VerificationSession.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using State = VerificationSession::State;
using Action = VerificationSession::Action;
using SendProblem = VerificationSession::SendProblem;

namespace {

const QString kNumber = u"31612345678"_s;

int exchangesTo(const ExchangeLog &log, const QString &path)
{
    int count = 0;
    for (const ExchangeLog::Entry &entry : log.entries()) {
        if (entry.url.section(u'?', 0, 0).endsWith(path))
            ++count;
    }
    return count;
}

} // namespace

class tst_VerificationSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void stateNames_data();
    void stateNames();
    void workflowTimings_data();
    void workflowTimings();
    void verified();
    void twoWrongThenRight();
    void threeWrongCodesFail();
    void newPinAfterExpiryResetsAttempts();
    void cancelWindow_data();
    void cancelWindow();
    void cancelRefusedAfterSecondEvent();
    void cancelTooLateIsLearntFromTheServer();
    void nextEventUntilNoneLeft_data();
    void nextEventUntilNoneLeft();
    void expiry();
    void checkOnACancelledRequestLearnsWhy();
    void countdowns_data();
    void countdowns();
    void timelinePredictsTheNextEvent();
    void plannedTimelineListsEveryLaterMessage();
    void phoneAndTimelineAgree_data();
    void phoneAndTimelineAgree();
    void requestLivesWhileItsPinIsValid();
    void searchRightAfterTheEndIsNotYetAvailable();
    void checkAfterACancelElsewhereWaitsForSearch();
    void concurrentRequestOffersResume();
    void resumeCountsEarlierWrongCodes();
    void resumeOfAnUnknownIdFails();
    void errorOnSend_data();
    void errorOnSend();
    void refusedActions_data();
    void refusedActions();
    void badCodesAreRefusedBeforeAnyCall_data();
    void badCodesAreRefusedBeforeAnyCall();
    void refreshesAtAModestPace();
    void recordsNeverHoldTheCode();

private:
    void settle();
    void advance(int seconds);
    void send(const QString &number = kNumber, int workflow = 0, int pinExpiry = 0,
              int nextEventWait = 0);
    void checkCode(const QString &code);
    QString rightCode(const QString &number = kNumber) { return m_control->lastCode(number); }
    QString wrongCode(const QString &number = kNumber);
    std::unique_ptr<VerificationSession> newSession();

    std::unique_ptr<SandboxRig> m_rig;
    // The rig's parts, named for the tests.
    SandboxControl *m_control = nullptr;
    ExchangeLog *m_log = nullptr;
    VerifyClient *m_client = nullptr;
    std::unique_ptr<DrivenClock> m_clock;
    std::unique_ptr<VerificationSession> m_session;
};

void tst_VerificationSession::init()
{
    sandbox::SandboxOptions options;
    options.timeScale = 1e-9; // only /_sandbox/clock/advance moves the sandbox's time
    // These flows search right after a check or cancel: search's 101 minute after completion
    // (the vendor's rule, on by default in the sandbox) is switched off for them.
    options.simulator.instantSearch = true;
    m_rig = std::make_unique<SandboxRig>(options);
    QVERIFY(m_rig->isListening());
    m_control = &m_rig->control();
    m_log = &m_rig->log();
    m_client = &m_rig->client();
    // In step with the sandbox, whose clock started at the wall clock's time.
    m_clock = std::make_unique<DrivenClock>(QDateTime::currentMSecsSinceEpoch());
    m_session = newSession();
}

void tst_VerificationSession::cleanup()
{
    m_session.reset();
    m_clock.reset();
    m_rig.reset();
}

std::unique_ptr<VerificationSession> tst_VerificationSession::newSession()
{
    return std::make_unique<VerificationSession>(m_client, m_clock.get());
}

void tst_VerificationSession::settle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy() && !m_session->isRefreshing(), 10'000);
}

void tst_VerificationSession::advance(int seconds)
{
    QVERIFY(m_control->advance(seconds));
    m_clock->advance(qint64(seconds) * 1000);
    settle();
}

void tst_VerificationSession::send(const QString &number, int workflow, int pinExpiry,
                                   int nextEventWait)
{
    VerifyRequest request;
    request.number = number;
    request.brand = u"VerifyDesk"_s;
    if (workflow != 0)
        request.workflowId = workflow;
    if (pinExpiry != 0)
        request.pinExpiry = pinExpiry;
    if (nextEventWait != 0)
        request.nextEventWait = nextEventWait;
    QVERIFY(m_session->send(request));
    QCOMPARE(m_session->state(), State::Sending);
    settle();
}

void tst_VerificationSession::checkCode(const QString &code)
{
    QVERIFY(m_session->check(code));
    QVERIFY(m_session->isBusy());
    settle();
}

QString tst_VerificationSession::wrongCode(const QString &number)
{
    return rightCode(number) == u"0000" ? u"1111"_s : u"0000"_s;
}

void tst_VerificationSession::workflowTimings_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<int>("pinExpiry");
    QTest::addColumn<int>("nextEventWait");
    QTest::addColumn<QString>("channels");
    QTest::addColumn<QList<int>>("waits");
    QTest::addColumn<int>("expectedPinExpiry");
    QTest::addColumn<int>("lifetime");

    // The default waits of the vendor's guide "Workflows and Events"
    // (developer.nexmo.com/verify/guides/workflows-and-events); a request lives on past its last
    // wait while its PIN is valid ("until either the PIN has expired or three incorrect codes").
    QTest::newRow("wf1") << 1 << 0 << 0 << u"sms tts tts"_s << QList<int> {125, 180, 300} << 300
                         << 605;
    QTest::newRow("wf2") << 2 << 0 << 0 << u"sms sms tts"_s << QList<int> {125, 180, 300} << 300
                         << 605;
    QTest::newRow("wf3") << 3 << 0 << 0 << u"tts tts"_s << QList<int> {150, 150} << 300 << 300;
    QTest::newRow("wf4") << 4 << 0 << 0 << u"sms sms"_s << QList<int> {120, 180} << 300 << 300;
    QTest::newRow("wf5") << 5 << 0 << 0 << u"sms tts"_s << QList<int> {125, 300} << 300 << 425;
    QTest::newRow("wf6") << 6 << 0 << 0 << u"sms"_s << QList<int> {300} << 300 << 300;
    QTest::newRow("wf7") << 7 << 0 << 0 << u"tts"_s << QList<int> {300} << 300 << 300;
    QTest::newRow("default") << 0 << 0 << 0 << u"sms tts tts"_s << QList<int> {125, 180, 300} << 300
                             << 605;
    QTest::newRow("wait replaces all")
        << 1 << 0 << 90 << u"sms tts tts"_s << QList<int> {90, 90, 90} << 300 << 300;
    QTest::newRow("multiple kept")
        << 4 << 600 << 200 << u"sms sms"_s << QList<int> {200, 200} << 600 << 600;
    QTest::newRow("not a multiple")
        << 4 << 500 << 200 << u"sms sms"_s << QList<int> {200, 200} << 200 << 400;
    QTest::newRow("pin expiry alone")
        << 6 << 900 << 0 << u"sms"_s << QList<int> {300} << 900 << 900;
}

void tst_VerificationSession::workflowTimings()
{
    QFETCH(int, id);
    QFETCH(int, pinExpiry);
    QFETCH(int, nextEventWait);
    QFETCH(QString, channels);
    QFETCH(QList<int>, waits);
    QFETCH(int, expectedPinExpiry);
    QFETCH(int, lifetime);

    const Workflow flow = Workflow::fromRequest(
        id != 0 ? std::optional<int>(id) : std::nullopt,
        pinExpiry != 0 ? std::optional<int>(pinExpiry) : std::nullopt,
        nextEventWait != 0 ? std::optional<int>(nextEventWait) : std::nullopt);
    QStringList names;
    for (const Workflow::Channel channel : flow.channels())
        names.append(Workflow::channelName(channel));
    QCOMPARE(names.join(u' '), channels);
    QCOMPARE(flow.waits(), waits);
    QCOMPARE(flow.pinExpirySeconds(), expectedPinExpiry);
    QCOMPARE(flow.lifetimeSeconds(), lifetime);
    QCOMPARE(flow.eventOffsetSeconds(1), waits.first());
}

void tst_VerificationSession::verified()
{
    QSignalSpy states(m_session.get(), &VerificationSession::stateChanged);
    QSignalSpy checked(m_session.get(), &VerificationSession::codeChecked);
    send();
    QCOMPARE(m_session->state(), State::WaitingForCode);
    QCOMPARE(m_session->requestId().size(), 32);
    QCOMPARE(m_session->attemptsLeft(), 3);
    QCOMPARE(m_session->eventsSent(), 1);
    advance(12);
    checkCode(rightCode());
    QCOMPARE(m_session->state(), State::Verified);
    QCOMPARE(m_session->price(), u"0.10000000"_s);
    QCOMPARE(m_session->currency(), u"EUR"_s);
    QCOMPARE(m_session->estimatedPriceMessagesSent(), u"0.03330000"_s);
    QCOMPARE(m_session->durationMs(), 12'000);
    QCOMPARE(checked.size(), 1);
    QCOMPARE(checked.first().at(0).toBool(), true);
    QCOMPARE(states.size(), 3);
    QCOMPARE(states.at(0).at(0).value<State>(), State::Sending);
    QCOMPARE(states.at(1).at(0).value<State>(), State::WaitingForCode);
    QCOMPARE(states.at(2).at(0).value<State>(), State::Verified);
    // The end: nothing more to do but start again.
    for (Action action : {Action::Check, Action::Cancel, Action::NextEvent})
        QVERIFY(!m_session->isAllowed(action));
    QVERIFY(m_session->isAllowed(Action::Send));
    const SessionRecord last = m_session->records().constLast();
    QCOMPARE(last.kind, SessionRecord::Kind::Outcome);
    QCOMPARE(last.detail, u"verified"_s);
    QCOMPARE(last.price, u"0.10000000"_s);
    QCOMPARE(last.durationMs, 12'000);
    // A second check is refused locally rather than answered with status 6.
    const int checks = exchangesTo(*m_log, u"/check"_s);
    QVERIFY(!m_session->check(rightCode()));
    QCOMPARE(exchangesTo(*m_log, u"/check"_s), checks);
}

void tst_VerificationSession::twoWrongThenRight()
{
    QSignalSpy attempts(m_session.get(), &VerificationSession::attemptsLeftChanged);
    send();
    checkCode(wrongCode());
    QCOMPARE(m_session->attemptsLeft(), 2);
    QCOMPARE(m_session->state(), State::WaitingForCode);
    checkCode(wrongCode());
    QCOMPARE(m_session->attemptsLeft(), 1);
    // The search after each check agrees with the count.
    QCOMPARE(m_session->lastSearch().checks.size(), 2);
    QCOMPARE(m_session->attemptsLeft(), 1);
    checkCode(rightCode());
    QCOMPARE(m_session->state(), State::Verified);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).at(0).toInt(), 2);
    QCOMPARE(attempts.at(1).at(0).toInt(), 1);
    QStringList checks;
    for (const SessionRecord &record : m_session->records()) {
        if (record.kind == SessionRecord::Kind::Check)
            checks.append(record.detail);
    }
    QCOMPARE(checks, (QStringList {u"INVALID"_s, u"INVALID"_s, u"VALID"_s}));
}

void tst_VerificationSession::threeWrongCodesFail()
{
    send();
    for (int i = 0; i < 3; ++i)
        checkCode(wrongCode());
    QCOMPARE(m_session->state(), State::Failed);
    QCOMPARE(m_session->attemptsLeft(), 0);
    const VerificationSession::Availability check = m_session->availability(Action::Check);
    QVERIFY(!check.allowed);
    QVERIFY2(check.reason.contains(u"ended"), qPrintable(check.reason));
    // The server agrees.
    QVERIFY(m_session->refresh());
    settle();
    QCOMPARE(m_session->lastSearch().status, SearchResult::Status::Failed);
    QCOMPARE(m_session->state(), State::Failed);
    QCOMPARE(m_session->records().constLast().kind, SessionRecord::Kind::Refresh);
    QCOMPARE(m_session->records().constLast().detail, u"FAILED"_s);
}

void tst_VerificationSession::newPinAfterExpiryResetsAttempts()
{
    send(); // workflow 1: SMS at 0, call at 125, call at 305 with a new PIN (expiry 300)
    checkCode(wrongCode());
    checkCode(wrongCode());
    QCOMPARE(m_session->attemptsLeft(), 1);
    advance(125);
    QCOMPARE(m_session->eventsSent(), 2);
    QCOMPARE(m_session->attemptsLeft(), 1); // the call repeats the same PIN
    QVERIFY(!m_session->timeline().at(1).newPin);
    advance(180);
    QCOMPARE(m_session->eventsSent(), 3);
    QCOMPARE(m_session->attemptsLeft(), 3);
    QVERIFY(m_session->timeline().at(2).newPin);
    QCOMPARE(m_session->pinIssuedAtMs(), m_session->requestedAtMs() + 305'000);
    QCOMPARE(m_session->countdowns().untilPinExpires, 300);
    checkCode(rightCode());
    QCOMPARE(m_session->state(), State::Verified);
}

void tst_VerificationSession::cancelWindow_data()
{
    QTest::addColumn<int>("after");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("at once") << 0 << false;
    QTest::newRow("29 s") << 29 << false;
    QTest::newRow("30 s") << 30 << true;
    QTest::newRow("100 s") << 100 << true;
}

void tst_VerificationSession::cancelWindow()
{
    QFETCH(int, after);
    QFETCH(bool, allowed);
    send();
    if (after > 0)
        advance(after);
    const VerificationSession::Availability cancel = m_session->availability(Action::Cancel);
    QCOMPARE(cancel.allowed, allowed);
    QCOMPARE(m_session->countdowns().untilCancelAllowed, std::max(0, 30 - after));
    const int controls = exchangesTo(*m_log, u"/control"_s);
    if (!allowed) {
        QCOMPARE(cancel.reason, u"Cancel is possible from 30 s after the request"_s);
        QVERIFY(!m_session->cancel());
        QCOMPARE(exchangesTo(*m_log, u"/control"_s), controls);
        QCOMPARE(m_session->state(), State::WaitingForCode);
        return;
    }
    QVERIFY(m_session->cancel());
    settle();
    QCOMPARE(m_session->state(), State::Cancelled);
    QCOMPARE(exchangesTo(*m_log, u"/control"_s), controls + 1);
    QVERIFY(m_session->refresh());
    settle();
    QCOMPARE(m_session->lastSearch().status, SearchResult::Status::Cancelled);
    bool controlRecorded = false;
    for (const SessionRecord &record : m_session->records())
        controlRecorded = controlRecorded
            || (record.kind == SessionRecord::Kind::Control && record.detail == u"cancel");
    QVERIFY(controlRecorded);
}

void tst_VerificationSession::cancelRefusedAfterSecondEvent()
{
    send(u"31612345679"_s, 1);
    advance(60);
    QVERIFY(m_session->isAllowed(Action::Cancel));
    advance(65); // 125 s: the call goes out, and the session's search sees it
    QCOMPARE(m_session->eventsSent(), 2);
    const VerificationSession::Availability cancel = m_session->availability(Action::Cancel);
    QVERIFY(!cancel.allowed);
    QCOMPARE(cancel.reason, u"Cancel is no longer possible: the second message has gone out"_s);
    QCOMPARE(m_session->countdowns().untilCancelAllowed, -1);
    QVERIFY(!m_session->cancel());
}

void tst_VerificationSession::cancelTooLateIsLearntFromTheServer()
{
    m_session->setRefreshInterval(3600);
    send();
    advance(40);
    // The sandbox fires the second event; the session has not searched since.
    QVERIFY(m_control->advance(90));
    QCOMPARE(m_session->eventsSent(), 1);
    QSignalSpy errors(m_session.get(), &VerificationSession::errorOccurred);
    QVERIFY(m_session->cancel());
    settle();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(0).value<ApiError>().businessStatus(), u"19"_s);
    QCOMPARE(m_session->state(), State::WaitingForCode);
    QCOMPARE(m_session->eventsSent(), 2); // the search after the refusal
    QVERIFY(!m_session->isAllowed(Action::Cancel));
}

void tst_VerificationSession::nextEventUntilNoneLeft_data()
{
    QTest::addColumn<int>("workflow");
    for (int id = 1; id <= 7; ++id)
        QTest::addRow("wf%d", id) << id;
}

void tst_VerificationSession::nextEventUntilNoneLeft()
{
    QFETCH(int, workflow);
    send(kNumber, workflow);
    const Workflow flow = Workflow::fromRequest(workflow);
    for (int sent = 1; sent < flow.eventCount(); ++sent) {
        QVERIFY(m_session->isAllowed(Action::NextEvent));
        QVERIFY(m_session->triggerNextEvent());
        settle();
        QCOMPARE(m_session->eventsSent(), sent + 1);
        QCOMPARE(m_session->timeline().at(sent).source, TimelineEvent::Source::Triggered);
    }
    const VerificationSession::Availability next = m_session->availability(Action::NextEvent);
    QVERIFY(!next.allowed);
    QCOMPARE(next.reason, u"No more events left"_s);
    QCOMPARE(m_session->countdowns().untilNextEvent, -1);
    // The timeline's channels are what the phone received.
    const QJsonArray messages = m_control->messages(kNumber);
    QCOMPARE(messages.size(), flow.eventCount());
    const QList<TimelineEvent> timeline = m_session->timeline();
    QCOMPARE(timeline.size(), flow.eventCount());
    for (int i = 0; i < timeline.size(); ++i) {
        QCOMPARE(Workflow::channelName(timeline.at(i).channel),
                 messages.at(i).toObject().value(u"channel"_s).toString());
        QVERIFY(!timeline.at(i).eventId.isEmpty());
    }
    checkCode(rightCode());
    QCOMPARE(m_session->state(), State::Verified);
}

void tst_VerificationSession::expiry()
{
    send(kNumber, 6);
    QCOMPARE(m_session->countdowns().untilRequestExpires, 300);
    advance(299);
    QCOMPARE(m_session->state(), State::WaitingForCode);
    QCOMPARE(m_session->countdowns().untilRequestExpires, 1);
    QCOMPARE(m_session->countdowns().untilPinExpires, 1);
    advance(1);
    QCOMPARE(m_session->state(), State::Expired);
    QCOMPARE(m_session->records().constLast().detail, u"expired"_s);
    QVERIFY(!m_session->isAllowed(Action::Check));
    const VerificationSession::Countdowns none = m_session->countdowns();
    QCOMPARE(none.untilPinExpires, -1);
    QCOMPARE(none.untilRequestExpires, -1);
}

void tst_VerificationSession::checkOnACancelledRequestLearnsWhy()
{
    m_session->setRefreshInterval(3600);
    send();
    advance(31);
    // Cancelled behind the session's back (another desk).
    bool done = false;
    m_client->control(m_session->requestId(), VerifyClient::Command::Cancel, this,
                      [&](const Outcome<ControlResult> &outcome) {
                          QVERIFY(outcome.ok());
                          done = true;
                      });
    QTRY_VERIFY(done);
    QSignalSpy errors(m_session.get(), &VerificationSession::errorOccurred);
    checkCode(rightCode());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(0).value<ApiError>().businessStatus(), u"6"_s);
    QCOMPARE(m_session->state(), State::Cancelled);
}

void tst_VerificationSession::countdowns_data()
{
    QTest::addColumn<int>("workflow");
    QTest::addColumn<int>("pinExpiry");
    QTest::addColumn<int>("nextEventWait");
    QTest::addColumn<int>("after");
    QTest::addColumn<int>("cancel");
    QTest::addColumn<int>("pin");
    QTest::addColumn<int>("next");
    QTest::addColumn<int>("end");

    QTest::newRow("wf1 at 0") << 1 << 0 << 0 << 0 << 30 << 300 << 125 << 605;
    QTest::newRow("wf1 at 10") << 1 << 0 << 0 << 10 << 20 << 290 << 115 << 595;
    QTest::newRow("wf1 at 124") << 1 << 0 << 0 << 124 << 0 << 176 << 1 << 481;
    QTest::newRow("wf1 at 125") << 1 << 0 << 0 << 125 << -1 << 175 << 180 << 480;
    QTest::newRow("wf1 at 305") << 1 << 0 << 0 << 305 << -1 << 300 << -1 << 300;
    QTest::newRow("wf3 pin not a multiple") << 3 << 300 << 120 << 0 << 30 << 120 << 120 << 240;
    QTest::newRow("wf4 pin a multiple") << 4 << 600 << 300 << 0 << 30 << 600 << 300 << 600;
    QTest::newRow("wf7 at 45") << 7 << 0 << 0 << 45 << 0 << 255 << -1 << 255;
    // The vendor's guide "Workflows and Events": workflow 4 waits 120 s, then 180 s.
    QTest::newRow("wf4 at 0") << 4 << 0 << 0 << 0 << 30 << 300 << 120 << 300;
    // Active "until either the PIN has expired or three incorrect codes have been sent".
    QTest::newRow("wf6 PIN of an hour at 301") << 6 << 3600 << 0 << 301 << 0 << 3299 << -1 << 3299;
    QTest::newRow("wf1 waits of 60 at 200") << 1 << 300 << 60 << 200 << -1 << 100 << -1 << 100;
}

void tst_VerificationSession::countdowns()
{
    QFETCH(int, workflow);
    QFETCH(int, pinExpiry);
    QFETCH(int, nextEventWait);
    QFETCH(int, after);
    QFETCH(int, cancel);
    QFETCH(int, pin);
    QFETCH(int, next);
    QFETCH(int, end);

    send(kNumber, workflow, pinExpiry, nextEventWait);
    QSignalSpy ticks(m_session.get(), &VerificationSession::countdownsChanged);
    if (after > 0) {
        advance(after);
        QVERIFY(!ticks.isEmpty());
    }
    const VerificationSession::Countdowns c = m_session->countdowns();
    QCOMPARE(c.untilCancelAllowed, cancel);
    QCOMPARE(c.untilPinExpires, pin);
    QCOMPARE(c.untilNextEvent, next);
    QCOMPARE(c.untilRequestExpires, end);
}

void tst_VerificationSession::timelinePredictsTheNextEvent()
{
    send(kNumber, 2);
    QList<TimelineEvent> timeline = m_session->timeline();
    QCOMPARE(timeline.size(), 2);
    QVERIFY(timeline.at(0).isSent());
    QCOMPARE(timeline.at(0).channel, Workflow::Channel::Sms);
    QCOMPARE(timeline.at(0).atMs, m_session->requestedAtMs());
    QCOMPARE(timeline.at(1).source, TimelineEvent::Source::Predicted);
    QVERIFY(timeline.at(1).isApproximate());
    QCOMPARE(timeline.at(1).channel, Workflow::Channel::Sms);
    QCOMPARE(timeline.at(1).atMs, m_session->requestedAtMs() + 125'000);
    QSignalSpy changed(m_session.get(), &VerificationSession::timelineChanged);
    advance(125);
    QVERIFY(!changed.isEmpty());
    timeline = m_session->timeline();
    QCOMPARE(timeline.size(), 3);
    QCOMPARE(timeline.at(1).source, TimelineEvent::Source::Reported);
    QCOMPARE(timeline.at(1).atMs, m_session->requestedAtMs() + 125'000);
    QCOMPARE(timeline.at(2).channel, Workflow::Channel::Tts);
    QCOMPARE(timeline.at(2).atMs, m_session->requestedAtMs() + 305'000);
    QVERIFY(timeline.at(2).newPin);
}

void tst_VerificationSession::plannedTimelineListsEveryLaterMessage()
{
    send(kNumber, 1); // SMS at 0, call at 125, call with a new PIN at 305, end at 605
    const qint64 t0 = m_session->requestedAtMs();
    QList<TimelineEvent> planned = m_session->plannedTimeline();
    QCOMPARE(planned.size(), 3);
    const QList<TimelineEvent> timeline = m_session->timeline();
    QCOMPARE(timeline.size(), 2);
    for (int i = 0; i < timeline.size(); ++i) {
        QCOMPARE(planned.at(i).atMs, timeline.at(i).atMs);
        QCOMPARE(planned.at(i).source, timeline.at(i).source);
    }
    QCOMPARE(planned.at(2).index, 2);
    QCOMPARE(planned.at(2).channel, Workflow::Channel::Tts);
    QCOMPARE(planned.at(2).source, TimelineEvent::Source::Predicted);
    QCOMPARE(planned.at(2).atMs, t0 + 305'000);
    QVERIFY(!planned.at(1).newPin);
    QVERIFY(planned.at(2).newPin);
    QCOMPARE(m_session->requestEndsAtMs(), std::optional<qint64>(t0 + 605'000));
    QCOMPARE(*m_session->requestEndsAtMs() - m_session->clockMs(),
             qint64(m_session->countdowns().untilRequestExpires) * 1000);
    advance(125);
    planned = m_session->plannedTimeline();
    QCOMPARE(planned.size(), 3);
    QVERIFY(planned.at(1).isSent());
    QCOMPARE(planned.at(2).atMs, t0 + 305'000);
    advance(180);
    // Nothing is left to plan once the last message went out.
    planned = m_session->plannedTimeline();
    QCOMPARE(planned.size(), 3);
    QVERIFY(planned.at(2).isSent());
    QCOMPARE(m_session->requestEndsAtMs(), std::optional<qint64>(t0 + 605'000));
}

void tst_VerificationSession::phoneAndTimelineAgree_data()
{
    QTest::addColumn<int>("workflow");
    for (int id = 1; id <= 7; ++id)
        QTest::addRow("wf%d", id) << id;
}

// Each predicted event reaches the sandbox's phone when the countdown says, and the request ends
// when the end countdown says: the client's table is the sandbox's (the vendor's guide).
void tst_VerificationSession::phoneAndTimelineAgree()
{
    QFETCH(int, workflow);
    m_session->setRefreshInterval(3600);
    send(kNumber, workflow);
    const auto sentAt = [this](int i) {
        return QDateTime::fromString(
            m_control->messages(kNumber).at(i).toObject().value(u"at"_s).toString(),
            Qt::ISODateWithMs);
    };
    const Workflow flow = Workflow::fromRequest(workflow);
    for (int i = 1; i < flow.eventCount(); ++i) {
        const int next = m_session->countdowns().untilNextEvent;
        QCOMPARE(next, flow.waits().at(i - 1));
        const qint64 predicted = m_session->timeline().at(i).atMs;
        advance(next - 1);
        QCOMPARE(m_control->messages(kNumber).size(), i);
        advance(1);
        QCOMPARE(m_control->messages(kNumber).size(), i + 1);
        QCOMPARE(sentAt(0).msecsTo(sentAt(i)), predicted - m_session->requestedAtMs());
        QCOMPARE(m_session->eventsSent(), i + 1);
    }
    const int end = m_session->countdowns().untilRequestExpires;
    QCOMPARE(end, flow.lifetimeSeconds() - flow.eventOffsetSeconds(flow.eventCount() - 1));
    advance(end - 1);
    QCOMPARE(m_session->state(), State::WaitingForCode);
    advance(1);
    QCOMPARE(m_session->state(), State::Expired);
}

// pin_expiry=3600 on workflow 6: past its only wait (300 s) the request is still active and the
// PIN verifies, as the sandbox answers.
void tst_VerificationSession::requestLivesWhileItsPinIsValid()
{
    send(kNumber, 6, 3600);
    QCOMPARE(m_session->countdowns().untilRequestExpires, 3600);
    advance(301);
    QCOMPARE(m_session->state(), State::WaitingForCode);
    advance(3000);
    QCOMPARE(m_session->state(), State::WaitingForCode);
    QCOMPARE(m_session->countdowns().untilRequestExpires, 299);
    checkCode(rightCode());
    QCOMPARE(m_session->state(), State::Verified);
}

// The sandbox's search, as the vendor's, answers 101 for 60 s after completion: the session's
// search at the predicted end is "not available yet", not an unknown request, and it looks again
// when the minute is up.
void tst_VerificationSession::searchRightAfterTheEndIsNotYetAvailable()
{
    m_rig->server().setInstantSearch(false);
    m_session->setRefreshInterval(3600);
    send(kNumber, 6);
    QSignalSpy errors(m_session.get(), &VerificationSession::errorOccurred);
    advance(300);
    QCOMPARE(m_session->state(), State::WaitingForCode);
    QCOMPARE(errors.size(), 1);
    const ApiError notYet = errors.first().at(0).value<ApiError>();
    QCOMPARE(notYet.businessStatus(), QString());
    QVERIFY2(notYet.message().contains(u"not available yet"_s), qPrintable(notYet.message()));
    advance(60);
    QCOMPARE(m_session->state(), State::WaitingForCode);
    advance(1);
    QCOMPARE(m_session->state(), State::Expired);
    QCOMPARE(errors.size(), 1);
}

// A check answered 6 (cancelled by another desk) is an end the session knows of: the 101 that
// follows is "not available yet", and a minute later search says Cancelled.
void tst_VerificationSession::checkAfterACancelElsewhereWaitsForSearch()
{
    m_rig->server().setInstantSearch(false);
    m_session->setRefreshInterval(3600);
    send();
    advance(31);
    bool done = false;
    m_client->control(m_session->requestId(), VerifyClient::Command::Cancel, this,
                      [&](const Outcome<ControlResult> &outcome) {
                          QVERIFY(outcome.ok());
                          done = true;
                      });
    QTRY_VERIFY(done);
    QSignalSpy errors(m_session.get(), &VerificationSession::errorOccurred);
    checkCode(rightCode());
    QCOMPARE(errors.size(), 2); // 6 from check, then search's "not available yet"
    QCOMPARE(errors.first().at(0).value<ApiError>().businessStatus(), u"6"_s);
    QVERIFY(errors.last().at(0).value<ApiError>().message().contains(u"not available yet"_s));
    QCOMPARE(m_session->state(), State::WaitingForCode);
    advance(61);
    QCOMPARE(m_session->state(), State::Cancelled);
}

void tst_VerificationSession::concurrentRequestOffersResume()
{
    send();
    const QString live = m_session->requestId();
    const QString code = rightCode();

    std::unique_ptr<VerificationSession> other = newSession();
    QSignalSpy offered(other.get(), &VerificationSession::resumeOffered);
    VerifyRequest request;
    request.number = kNumber;
    request.brand = u"VerifyDesk"_s;
    QVERIFY(other->send(request));
    QTRY_COMPARE(other->state(), State::Error);
    QCOMPARE(other->sendProblem(), SendProblem::Concurrent);
    QCOMPARE(other->liveRequestId(), live);
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.first().at(0).toString(), live);
    QCOMPARE(other->lastError()->businessStatus(), u"10"_s);
    QVERIFY(other->isAllowed(Action::Resume));
    QVERIFY(!other->isAllowed(Action::Check));
    QCOMPARE(m_control->messages(kNumber).size(), 1); // no second SMS

    QVERIFY(other->resume());
    QTRY_COMPARE(other->state(), State::WaitingForCode);
    QTRY_VERIFY(!other->isBusy());
    QCOMPARE(other->requestId(), live);
    QCOMPARE(other->eventsSent(), 1);
    QCOMPARE(other->records().constLast().kind, SessionRecord::Kind::Resumed);
    QVERIFY(!other->isAllowed(Action::Resume));
    QVERIFY(other->check(code));
    QTRY_COMPARE(other->state(), State::Verified);
}

void tst_VerificationSession::resumeCountsEarlierWrongCodes()
{
    send();
    checkCode(wrongCode());
    checkCode(wrongCode());
    advance(40);
    std::unique_ptr<VerificationSession> other = newSession();
    QVERIFY(other->resume(m_session->requestId()));
    QTRY_COMPARE(other->state(), State::WaitingForCode);
    QTRY_VERIFY(!other->isBusy() && !other->isRefreshing());
    QCOMPARE(other->attemptsLeft(), 1);
    QVERIFY(other->isAllowed(Action::Cancel));
    QCOMPARE(other->countdowns().untilCancelAllowed, 0);
    QVERIFY(qAbs(other->countdowns().untilPinExpires - 260) <= 1);
}

void tst_VerificationSession::resumeOfAnUnknownIdFails()
{
    QVERIFY(m_session->resume(u"0123456789abcdef0123456789abcdef"_s));
    settle();
    QCOMPARE(m_session->state(), State::Error);
    QCOMPARE(m_session->sendProblem(), SendProblem::NotFound);
    QVERIFY(!m_session->isAllowed(Action::Refresh));
    QVERIFY(m_session->isAllowed(Action::Send));
    QVERIFY(!m_session->resume()); // no id to resume
}

void tst_VerificationSession::errorOnSend_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("problem");
    QTest::addColumn<int>("messagesAfterError");
    QTest::addColumn<bool>("secondSendGivesStatus10");

    QTest::newRow("429") << QByteArray(R"([{"path":"nexmo/verify","status":429,"retry_after":5}])")
                         << kNumber << int(SendProblem::NotSent) << 0 << false;
    QTest::newRow("blacklisted") << QByteArray() << u"447700900007"_s << int(SendProblem::NotSent)
                                 << 0 << false;
    QTest::newRow("connection closed")
        << QByteArray(R"([{"path":"nexmo/verify","close":true,"count":5}])") << kNumber
        << int(SendProblem::Unknown) << 0 << false;
    QTest::newRow("truncated answer")
        << QByteArray(R"([{"path":"nexmo/verify","body":"truncated"}])") << kNumber
        << int(SendProblem::Unknown) << 1 << true;
    QTest::newRow("503 after sending")
        << QByteArray(R"([{"path":"nexmo/verify","status":503,"processed":true}])") << kNumber
        << int(SendProblem::Unknown) << 1 << true;
}

void tst_VerificationSession::errorOnSend()
{
    QFETCH(QByteArray, fault);
    QFETCH(QString, number);
    QFETCH(int, problem);
    QFETCH(int, messagesAfterError);
    QFETCH(bool, secondSendGivesStatus10);

    if (!fault.isEmpty())
        QVERIFY(m_control->addFaults(fault));
    QSignalSpy errors(m_session.get(), &VerificationSession::errorOccurred);
    send(number);
    QCOMPARE(m_session->state(), State::Error);
    QCOMPARE(int(m_session->sendProblem()), problem);
    QCOMPARE(errors.size(), 1);
    QVERIFY(!m_session->statusMessage().isEmpty());
    QCOMPARE(m_session->records().constLast().kind, SessionRecord::Kind::Error);
    QCOMPARE(m_session->records().constLast().detail, u"request"_s);
    // Nothing is sent again on its own, however long it waits.
    const int requests = exchangesTo(*m_log, u"/verify"_s);
    advance(60);
    QCOMPARE(exchangesTo(*m_log, u"/verify"_s), requests);
    QCOMPARE(m_control->messages(number).size(), messagesAfterError);
    QCOMPARE(m_session->state(), State::Error);

    const VerificationSession::Availability sendAgain = m_session->availability(Action::Send);
    QVERIFY(sendAgain.allowed);
    QCOMPARE(sendAgain.reason.isEmpty(), problem == int(SendProblem::NotSent));
    QVERIFY(!m_session->isAllowed(Action::Refresh)); // no request id to search for
    QVERIFY(!m_session->isAllowed(Action::Check));
    if (number != kNumber)
        return; // the blacklisted number stays blacklisted

    if (problem == int(SendProblem::Unknown) && messagesAfterError == 1) {
        // Continue it by the id the phone panel shows, without sending anything.
        const QString id =
            m_control->messages(number).first().toObject().value(u"request_id"_s).toString();
        QVERIFY(m_session->resume(id));
        settle();
        QCOMPARE(m_session->state(), State::WaitingForCode);
        QCOMPARE(m_session->requestId(), id);
        QCOMPARE(m_control->messages(number).size(), 1);
        checkCode(rightCode(number));
        QCOMPARE(m_session->state(), State::Verified);
        return;
    }
    QVERIFY(m_control->clearFaults());
    send(number); // the user's choice
    if (secondSendGivesStatus10) {
        QCOMPARE(m_session->sendProblem(), SendProblem::Concurrent);
        QVERIFY(m_session->resume());
        settle();
    }
    QCOMPARE(m_session->state(), State::WaitingForCode);
    QCOMPARE(m_control->messages(number).size(), 1);
    checkCode(rightCode(number));
    QCOMPARE(m_session->state(), State::Verified);
}

enum class Setup { Idle, Sending, Waiting, WaitingAfterSecondEvent, Verified, NotSent };

void tst_VerificationSession::refusedActions_data()
{
    QTest::addColumn<int>("setup");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");

    const QString notYet = u"No request has been sent yet"_s;
    const QString waiting = u"Waiting for the server's answer to the previous call"_s;
    const QString ended = u"This verification has ended: Verified"_s;
    const QString notRunning = u"No verification is running"_s;
    const auto row = [](const char *name, Setup setup, Action action, bool allowed,
                        const QString &reason) {
        QTest::newRow(name) << int(setup) << int(action) << allowed << reason;
    };
    row("idle send", Setup::Idle, Action::Send, true, {});
    row("idle check", Setup::Idle, Action::Check, false, notYet);
    row("idle cancel", Setup::Idle, Action::Cancel, false, notYet);
    row("idle next", Setup::Idle, Action::NextEvent, false, notYet);
    row("idle refresh", Setup::Idle, Action::Refresh, false,
        u"Nothing to refresh: no request has been sent yet"_s);
    row("idle resume", Setup::Idle, Action::Resume, true, {});
    row("sending send", Setup::Sending, Action::Send, false, waiting);
    row("sending check", Setup::Sending, Action::Check, false, waiting);
    row("sending cancel", Setup::Sending, Action::Cancel, false, waiting);
    row("sending next", Setup::Sending, Action::NextEvent, false, waiting);
    row("sending refresh", Setup::Sending, Action::Refresh, false, waiting);
    row("sending resume", Setup::Sending, Action::Resume, false, waiting);
    row("waiting send", Setup::Waiting, Action::Send, false,
        u"A verification is already running: check its code, cancel it or wait until it ends"_s);
    row("waiting check", Setup::Waiting, Action::Check, true, {});
    row("waiting cancel", Setup::Waiting, Action::Cancel, false,
        u"Cancel is possible from 30 s after the request"_s);
    row("waiting next", Setup::Waiting, Action::NextEvent, true, {});
    row("waiting refresh", Setup::Waiting, Action::Refresh, true, {});
    row("waiting resume", Setup::Waiting, Action::Resume, false,
        u"This session already follows request "_s);
    row("second event cancel", Setup::WaitingAfterSecondEvent, Action::Cancel, false,
        u"Cancel is no longer possible: the second message has gone out"_s);
    row("second event next", Setup::WaitingAfterSecondEvent, Action::NextEvent, true, {});
    row("verified send", Setup::Verified, Action::Send, true, {});
    row("verified check", Setup::Verified, Action::Check, false, ended);
    row("verified cancel", Setup::Verified, Action::Cancel, false, ended);
    row("verified next", Setup::Verified, Action::NextEvent, false, ended);
    row("verified refresh", Setup::Verified, Action::Refresh, true, {});
    row("verified resume", Setup::Verified, Action::Resume, true, {});
    row("not sent send", Setup::NotSent, Action::Send, true, {});
    row("not sent check", Setup::NotSent, Action::Check, false, notRunning);
    row("not sent cancel", Setup::NotSent, Action::Cancel, false, notRunning);
    row("not sent next", Setup::NotSent, Action::NextEvent, false, notRunning);
}

void tst_VerificationSession::refusedActions()
{
    QFETCH(int, setup);
    QFETCH(int, action);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);

    VerifyRequest request;
    request.number = kNumber;
    request.brand = u"VerifyDesk"_s;
    switch (Setup(setup)) {
    case Setup::Idle:
        break;
    case Setup::Sending:
        QVERIFY(m_session->send(request));
        break;
    case Setup::Waiting:
        send();
        break;
    case Setup::WaitingAfterSecondEvent:
        send();
        advance(125);
        QCOMPARE(m_session->eventsSent(), 2);
        break;
    case Setup::Verified:
        send();
        checkCode(rightCode());
        break;
    case Setup::NotSent:
        QVERIFY(m_control->addFaults(R"([{"path":"nexmo/verify","status":403}])"));
        send();
        QCOMPARE(m_session->sendProblem(), SendProblem::NotSent);
        break;
    }
    const VerificationSession::Availability availability = m_session->availability(Action(action));
    QCOMPARE(availability.allowed, allowed);
    QVERIFY2(availability.reason.startsWith(reason), qPrintable(availability.reason));
    if (!allowed) {
        // Refused actions change nothing and call nothing.
        const int exchanges = static_cast<int>(m_log->entries().size());
        const State before = m_session->state();
        bool done = true;
        switch (Action(action)) {
        case Action::Send:
            done = m_session->send(request);
            break;
        case Action::Check:
            done = m_session->check(u"1234"_s);
            break;
        case Action::Cancel:
            done = m_session->cancel();
            break;
        case Action::NextEvent:
            done = m_session->triggerNextEvent();
            break;
        case Action::Refresh:
            done = m_session->refresh();
            break;
        case Action::Resume:
            done = m_session->resume(u"0123456789abcdef0123456789abcdef"_s);
            break;
        }
        QVERIFY(!done);
        QCOMPARE(m_session->state(), before);
        QCOMPARE(static_cast<int>(m_log->entries().size()), exchanges);
    }
    settle();
}

void tst_VerificationSession::badCodesAreRefusedBeforeAnyCall_data()
{
    QTest::addColumn<int>("codeLength");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << 4 << QString() << u"Enter the code the customer reads out"_s;
    QTest::newRow("letters") << 4 << u"12a4"_s << u"The code has digits only"_s;
    QTest::newRow("short") << 4 << u"123"_s << u"The code has 4 digits"_s;
    QTest::newRow("long") << 4 << u"12345"_s << u"The code has 4 digits"_s;
    QTest::newRow("four for six") << 6 << u"1234"_s << u"The code has 6 digits"_s;
    QTest::newRow("right length") << 6 << u" 123456 "_s << QString();
}

void tst_VerificationSession::badCodesAreRefusedBeforeAnyCall()
{
    QFETCH(int, codeLength);
    QFETCH(QString, code);
    QFETCH(QString, message);
    VerifyRequest request;
    request.number = kNumber;
    request.brand = u"VerifyDesk"_s;
    request.codeLength = codeLength;
    QVERIFY(m_session->send(request));
    settle();
    QCOMPARE(m_session->validateCode(code), message);
    const int checks = exchangesTo(*m_log, u"/check"_s);
    QCOMPARE(m_session->check(code), message.isEmpty());
    settle();
    QCOMPARE(exchangesTo(*m_log, u"/check"_s), checks + (message.isEmpty() ? 1 : 0));
    QCOMPARE(m_session->attemptsLeft(), message.isEmpty() ? 2 : 3);
}

void tst_VerificationSession::refreshesAtAModestPace()
{
    send(kNumber, 4); // SMS, SMS after 300 s: no predicted event in the first minute
    const int afterSend = exchangesTo(*m_log, u"/search"_s);
    QCOMPARE(afterSend, 1); // one search after the request
    for (int second = 1; second <= 60; ++second) {
        m_clock->advance(1000);
        QVERIFY(m_session->isRefreshing() == (second % 15 == 0));
        settle();
    }
    QCOMPARE(exchangesTo(*m_log, u"/search"_s), afterSend + 4);
    // A clock that jumps does not make it search in a burst.
    m_clock->advance(600'000);
    m_clock->advance(0);
    m_clock->tick();
    settle();
    QVERIFY(exchangesTo(*m_log, u"/search"_s) <= afterSend + 5);
    // A search by hand goes out at once; one asked for while it runs is folded into one more.
    const int before = exchangesTo(*m_log, u"/search"_s);
    QVERIFY(m_session->refresh());
    QVERIFY(m_session->refresh());
    QVERIFY(m_session->refresh());
    settle();
    QCOMPARE(exchangesTo(*m_log, u"/search"_s), before + 2);
    QCOMPARE(m_session->records().constLast().kind, SessionRecord::Kind::Refresh);
}

void tst_VerificationSession::recordsNeverHoldTheCode()
{
    QSignalSpy recorded(m_session.get(), &VerificationSession::recorded);
    send();
    const QString right = rightCode();
    const QString wrong = wrongCode();
    checkCode(wrong);
    advance(31);
    QVERIFY(m_session->triggerNextEvent());
    settle();
    QVERIFY(m_session->refresh());
    settle();
    checkCode(right);
    QCOMPARE(m_session->state(), State::Verified);
    const QList<SessionRecord> records = m_session->records();
    QCOMPARE(recorded.size(), records.size());
    QList<SessionRecord::Kind> kinds;
    for (const SessionRecord &record : records) {
        kinds.append(record.kind);
        QCOMPARE(record.requestId, m_session->requestId());
        QCOMPARE(record.number, kNumber);
        for (const QString &text : {record.detail, record.message, record.verifyStatus.rawCode()})
            QVERIFY(!text.contains(right) && !text.contains(wrong));
    }
    QVERIFY(kinds.contains(SessionRecord::Kind::Requested));
    QVERIFY(kinds.contains(SessionRecord::Kind::Check));
    QVERIFY(kinds.contains(SessionRecord::Kind::Control));
    QVERIFY(kinds.contains(SessionRecord::Kind::Refresh));
    QCOMPARE(kinds.constFirst(), SessionRecord::Kind::Requested);
    QCOMPARE(kinds.constLast(), SessionRecord::Kind::Outcome);
}

void tst_VerificationSession::stateNames_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("label");
    // As records and the history have always spelt them, and as the agent reads them.
    QTest::newRow("idle") << State::Idle << u"idle"_s << u"Not started"_s;
    QTest::newRow("sending") << State::Sending << u"sending"_s << u"Sending the PIN"_s;
    QTest::newRow("waiting") << State::WaitingForCode << u"waiting"_s << u"Waiting for the code"_s;
    QTest::newRow("verified") << State::Verified << u"verified"_s << u"Verified"_s;
    QTest::newRow("failed") << State::Failed << u"failed"_s << u"Failed: too many wrong codes"_s;
    QTest::newRow("cancelled") << State::Cancelled << u"cancelled"_s << u"Cancelled"_s;
    QTest::newRow("expired") << State::Expired << u"expired"_s << u"Expired"_s;
    QTest::newRow("error") << State::Error << u"error"_s << u"Not started: an error"_s;
}

void tst_VerificationSession::stateNames()
{
    QFETCH(State, state);
    QFETCH(QString, name);
    QFETCH(QString, label);
    QCOMPARE(VerificationSession::stateName(state), name);
    QCOMPARE(VerificationSession::stateLabel(state), label);
    QCOMPARE(VerificationSession::stateFromName(name), std::optional<State>(state));
    QVERIFY(!VerificationSession::stateFromName(name.toUpper()));
}

QTEST_GUILESS_MAIN(tst_VerificationSession)
#include "tst_VerificationSession.moc"
