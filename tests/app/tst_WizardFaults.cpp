// Every fault the sandbox can inject, at every step of the verification wizard that calls the
// API (send, check, cancel, next event, refresh), driven through the real window: each ends in
// one clear message, the window keeps running while a call hangs, the user can go on or try
// again, and nothing that sends an SMS or a call goes out twice.

#include "AppHarness.h"
#include "SandboxControl.h"
#include "api/ApiError.h"
#include "api/ExchangeLog.h"
#include "api/RateGuard.h"
#include "verification/DrivenClock.h"
#include "verification/VerificationSession.h"
#include "verify/VerifyWizard.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

using Step = VerifyWizard::Step;
using State = VerificationSession::State;

namespace {

// The wizard's steps that call the API.
enum class Action { Send, Check, Cancel, NextEvent, Refresh };
// How a fault should end: one message, or the call succeeds (after one token renewal).
enum class Expect { Message, Success, Renewal };

} // namespace

Q_DECLARE_METATYPE(Action)
Q_DECLARE_METATYPE(Expect)

namespace {

const QString kTyped = u"0612345678"_s;
const QString kDigits = u"31612345678"_s;
const QString kRequestPath = u"/communication/nexmo/verify"_s;
const QString kTokenPath = u"/oauth/client_credential/accesstoken"_s;
constexpr int kTimeoutSeconds = 1;
constexpr int kRetryAfterSeconds = 5;

struct FaultKind
{
    const char *name;
    const char *json; // the fault's fields but path and count
    Expect expect;
    // Whether the faulted call reaches the simulator (and so takes effect) before the fault
    // shapes its answer.
    bool processed;
};

// Every fault kind of /_sandbox/faults (README, "Faults").
const FaultKind kFaults[] = {
    {"500", R"("status":500)", Expect::Message, false},
    {"502 html page", R"("status":502,"body":"html")", Expect::Message, false},
    {"503", R"("status":503)", Expect::Message, false},
    {"429", R"("status":429)", Expect::Message, false},
    {"429 retry-after", R"("status":429,"retry_after":5)", Expect::Message, false},
    {"plain-text 503 from a proxy",
     R"("status":503,"body":"Service Unavailable","content_type":"text/plain")", Expect::Message,
     false},
    {"html body", R"("body":"html")", Expect::Message, true},
    {"truncated json", R"("body":"truncated")", Expect::Message, true},
    {"malformed json", R"("body":"malformed")", Expect::Message, true},
    {"empty body", R"("body":"empty")", Expect::Message, true},
    // A JSON answer labelled text/plain is still the API's answer: it is read, not refused.
    {"wrong content type", R"("content_type":"text/plain; charset=us-ascii")", Expect::Success,
     true},
    {"closed connection", R"("close":true)", Expect::Message, false},
    {"closed after processing", R"("close":true,"processed":true)", Expect::Message, true},
    {"delay past the timeout", R"("delay_ms":3000)", Expect::Message, true},
    {"expired token", R"("expire_tokens":true)", Expect::Renewal, true},
};

struct ActionKind
{
    Action action;
    const char *name;
};

const ActionKind kActions[] = {
    {Action::Send, "send"},       {Action::Check, "check"},
    {Action::Cancel, "cancel"},   {Action::NextEvent, "next event"},
    {Action::Refresh, "refresh"},
};

QString pathOf(Action action)
{
    switch (action) {
    case Action::Send:
        return kRequestPath;
    case Action::Check:
        return u"/check"_s;
    case Action::Cancel:
    case Action::NextEvent:
        return u"/control"_s;
    case Action::Refresh:
        return u"/search"_s;
    }
    return {};
}

int exchangesTo(const ExchangeLog &log, const QString &path)
{
    int count = 0;
    for (const ExchangeLog::Entry &entry : log.entries()) {
        if (entry.url.section(u'?', 0, 0).endsWith(path))
            ++count;
    }
    return count;
}

// What a user must never be shown: a response body as it came.
bool looksRaw(const QString &text)
{
    return text.contains(u'{') || text.contains(u'}')
        || text.contains(u"<html", Qt::CaseInsensitive)
        || text.contains(u"<!DOCTYPE", Qt::CaseInsensitive) || text.contains(u"\"status\"")
        || text.contains(u"transactionId");
}

} // namespace

class tst_WizardFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void faultAtEachStep_data();
    void faultAtEachStep();

private:
    // The widget of the step on screen (every verification has its own PIN step), else of the
    // whole wizard; null when there is none.
    template<typename T> T *find(const QString &name)
    {
        const auto *steps = m_wizard->findChild<QStackedWidget *>(u"steps"_s);
        T *widget = steps && steps->currentWidget() ? steps->currentWidget()->findChild<T *>(name)
                                                    : nullptr;
        return widget ? widget : m_wizard->findChild<T *>(name);
    }
    template<typename T> T *child(const QString &name)
    {
        T *widget = find<T>(name);
        if (!widget)
            qFatal("no such child widget");
        return widget;
    }
    QString text(const QString &labelName) { return child<QLabel>(labelName)->text(); }
    // The error and refusal messages the user can see now.
    QStringList visibleMessages();
    void settle();
    void advance(int seconds);
    void passGuardTime(qint64 ms);
    void fillIn();
    void typePin(const QString &code);
    void act(Action action, const QString &code);
    QPushButton *button(Action action);
    int sms() { return static_cast<int>(m_control->messages(kDigits).size()); }
    int exchanges(const QString &path) { return exchangesTo(m_harness->exchanges(), path); }
    QString rightCode() { return m_control->lastCode(kDigits); }
    QString wrongCode() { return rightCode() == u"0000" ? u"1111"_s : u"0000"_s; }

    std::unique_ptr<AppHarness> m_harness;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<DrivenClock> m_clock;
    std::unique_ptr<VerifyWizard> m_wizard;
    qint64 m_guardNow = 0;
};

void tst_WizardFaults::init()
{
    m_harness = std::make_unique<AppHarness>();
    // A short transfer timeout, set as a user sets it: on the active (Sandbox) profile.
    Profile profile = m_harness->settings().activeProfile();
    profile.timeoutSeconds = kTimeoutSeconds;
    QString error;
    QVERIFY2(m_harness->settings().updateProfile(profile, &error), qPrintable(error));
    QCOMPARE(m_harness->client().config().timeoutMs, kTimeoutSeconds * 1000);
    // The rate guard runs on a clock the test moves (a Retry-After is passed, not slept), without
    // its one-call-a-second limits, which tst_RateGuard and tst_VerifyClient cover.
    m_guardNow = 0;
    RateGuard *guard = m_harness->client().rateGuard();
    guard->setClock([this] { return m_guardNow; });
    guard->setWakeUp([](qint64) {});
    guard->setInterval(RateGuard::Lane::Request, 0);
    guard->setInterval(RateGuard::Lane::Search, 0);
    // Searches are retried as in the app, without the real-time back-off between tries.
    m_harness->client().setSearchRetryDelays({10, 20});

    m_control = std::make_unique<SandboxControl>(m_harness->sandbox().baseUrl());
    m_clock = std::make_unique<DrivenClock>(QDateTime::currentMSecsSinceEpoch());
    m_harness->connection().setClock(m_clock.get());
    m_wizard = std::make_unique<VerifyWizard>(&m_harness->connections(), &m_harness->history());
    m_wizard->setProfile(m_harness->settings().activeProfile());
    m_wizard->resize(900, 600);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));

    // A token is in hand before the first step, so that a renewal is one more token call.
    bool haveToken = false;
    m_harness->tokens().fetchToken(
        this, [&haveToken](const Outcome<QString> &outcome) { haveToken = outcome.ok(); });
    QTRY_VERIFY(haveToken);
}

void tst_WizardFaults::cleanup()
{
    m_wizard.reset();
    m_clock.reset();
    m_control.reset();
    m_harness.reset();
}

QStringList tst_WizardFaults::visibleMessages()
{
    QStringList shown;
    for (const QString &name : {u"numberError"_s, u"brandError"_s, u"optionsError"_s,
                                u"sendError"_s, u"pinError"_s, u"actionError"_s}) {
        auto *label = find<QLabel>(name);
        if (!label || !label->isVisible() || label->text().isEmpty())
            continue;
        // As read on screen: an error may carry a link to its exchange in the inspector.
        shown.append(Qt::mightBeRichText(label->text())
                         ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                         : label->text());
    }
    return shown;
}

void tst_WizardFaults::passGuardTime(qint64 ms)
{
    m_guardNow += ms;
    m_harness->client().rateGuard()->pump();
}

void tst_WizardFaults::settle()
{
    // A call held by a Retry-After goes out once the guard's clock has passed it.
    const auto busy = [this] {
        const VerificationSession *session = m_wizard->session();
        return session && (session->isBusy() || session->isRefreshing());
    };
    QElapsedTimer waited;
    waited.start();
    while (busy() && waited.elapsed() < 15'000) {
        passGuardTime(1000);
        QTest::qWait(5);
    }
    QVERIFY(!busy());
}

void tst_WizardFaults::advance(int seconds)
{
    QVERIFY(m_control->advance(seconds));
    m_clock->advance(qint64(seconds) * 1000);
    settle();
}

void tst_WizardFaults::fillIn()
{
    auto *number = child<QLineEdit>(u"numberEdit"_s);
    number->clear();
    QTest::keyClicks(number, kTyped);
    auto *brand = child<QLineEdit>(u"brandEdit"_s);
    brand->clear();
    QTest::keyClicks(brand, u"VerifyDesk"_s);
}

void tst_WizardFaults::typePin(const QString &code)
{
    auto *pin = child<QLineEdit>(u"pinEdit"_s);
    pin->clear();
    QTest::keyClicks(pin, code);
    QTest::keyClick(pin, Qt::Key_Return);
}

QPushButton *tst_WizardFaults::button(Action action)
{
    switch (action) {
    case Action::Send:
        return child<QPushButton>(u"sendButton"_s);
    case Action::Check:
        return child<QPushButton>(u"checkButton"_s);
    case Action::Cancel:
        return child<QPushButton>(u"cancelButton"_s);
    case Action::NextEvent:
        return child<QPushButton>(u"nextEventButton"_s);
    case Action::Refresh:
        return child<QPushButton>(u"refreshButton"_s);
    }
    return nullptr;
}

// Does what the user does for `action`: the button, or the keyboard where the wizard offers it.
void tst_WizardFaults::act(Action action, const QString &code)
{
    switch (action) {
    case Action::Send: {
        auto *brand = child<QLineEdit>(u"brandEdit"_s);
        brand->setFocus();
        QTest::keyClick(brand, Qt::Key_Return, Qt::ControlModifier);
        break;
    }
    case Action::Check:
        typePin(code);
        break;
    default:
        QTest::mouseClick(button(action), Qt::LeftButton);
        break;
    }
}

void tst_WizardFaults::faultAtEachStep_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<bool>("processed");
    for (const ActionKind &action : kActions) {
        for (const FaultKind &fault : kFaults) {
            QTest::addRow("%s: %s", action.name, fault.name)
                << action.action << QByteArray(fault.json) << fault.expect << fault.processed;
        }
    }
}

void tst_WizardFaults::faultAtEachStep()
{
    QFETCH(Action, action);
    QFETCH(QByteArray, fault);
    QFETCH(Expect, expect);
    QFETCH(bool, processed);
    const bool hangs = fault.contains("delay_ms");
    const QString path = pathOf(action);
    // The verification on screen: the one being sent, then the one running.
    const auto session = [this] {
        return m_wizard->session();
    };

    // Up to the step.
    fillIn();
    if (action != Action::Send) {
        act(Action::Send, {});
        settle();
        QCOMPARE(m_wizard->currentStep(), Step::Pin);
        if (action == Action::Cancel)
            advance(VerificationSession::kCancelAfterSeconds + 1);
        QVERIFY(button(action)->isEnabled());
    }
    const int smsBefore = sms();
    const int callsBefore = exchanges(path);
    const int tokensBefore = exchanges(kTokenPath);
    QCOMPARE(tokensBefore, 1);

    // The fault. A search is retried by the client (and, after a closed connection, resent by
    // Qt), so a failing search keeps failing until the fault is taken away.
    const int count = action == Action::Refresh && expect == Expect::Message ? 10 : 1;
    QVERIFY(m_control->addFaults(u"[{\"path\":\"%1\",\"count\":%2,%3}]"_s.arg(path)
                                     .arg(count)
                                     .arg(QString::fromUtf8(fault))
                                     .toUtf8()));

    int beats = 0;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    connect(&heartbeat, &QTimer::timeout, &heartbeat, [&beats] { ++beats; });
    heartbeat.start();
    // A wrong code, so that a check that took effect shows as one attempt fewer.
    const bool checkRight = action == Action::Check && expect != Expect::Message;
    act(action, action == Action::Check ? (checkRight ? rightCode() : wrongCode()) : QString());
    if (hangs) {
        // While the call hangs the window keeps running, says it waits, and will not send the
        // same thing again.
        QTest::qWait(300);
        QVERIFY(session()->isBusy() || session()->isRefreshing());
        // The event loop ran (a call that blocked would have held act() until it ended). How
        // often it ran is the machine's business: a loaded one manages a few beats, not thirty.
        QVERIFY(beats > 0);
        QVERIFY(!button(action)->isEnabled());
        const int onTheWire = exchanges(path);
        act(action, wrongCode());
        QTest::qWait(50);
        QCOMPARE(exchanges(path), onTheWire);
    }
    settle();
    heartbeat.stop();
    if (hangs)
        QVERIFY2(beats >= 50, qPrintable(u"%1 beats of 10 ms while the call hung"_s.arg(beats)));

    const std::optional<ApiError> error = session()->lastError();
    if (expect == Expect::Message) {
        QVERIFY(error.has_value());
        QVERIFY(error->message().size() > 20);
        QVERIFY(!looksRaw(error->message()));
        QVERIFY(error->exchangeId() != 0); // its raw detail is in the inspector
        if (action == Action::Cancel && processed) {
            // The cancel took effect before its answer was lost: the search that follows an
            // unclear answer shows the request as it is.
            QCOMPARE(m_wizard->currentStep(), Step::Result);
            QCOMPARE(text(u"resultTitle"_s), u"Cancelled"_s);
            QVERIFY(visibleMessages().isEmpty());
        } else {
            const QStringList shown = visibleMessages();
            QVERIFY2(shown.size() == 1, qPrintable(shown.join(u" | "_s)));
            QVERIFY2(shown.constFirst().contains(error->message()),
                     qPrintable(shown.constFirst() + u" / "_s + error->message()));
            QCOMPARE(shown.constFirst().count(error->message()), 1);
            QVERIFY2(!looksRaw(shown.constFirst()), qPrintable(shown.constFirst()));
        }
        if (fault.contains("retry_after")) {
            QVERIFY(error->message().contains(u"%1 seconds"_s.arg(kRetryAfterSeconds)));
            if (action == Action::Send) {
                const qint64 held =
                    m_harness->client().rateGuard()->msUntilFree(RateGuard::Lane::Request);
                QVERIFY(held > 0 && held <= kRetryAfterSeconds * 1000);
            }
        }
        // Not retried by the client, and no token renewed.
        if (action != Action::Refresh)
            QCOMPARE(exchanges(path), callsBefore + 1);
        QCOMPARE(exchanges(kTokenPath), tokensBefore);
        // What went out is what the simulator handled, once.
        const bool sends = action == Action::Send || action == Action::NextEvent;
        QCOMPARE(sms(), smsBefore + (sends && processed ? 1 : 0));

        // The user goes on: the step again by hand, as the wizard now offers it.
        QVERIFY(m_control->clearFaults());
        passGuardTime(kRetryAfterSeconds * 1000);
        switch (action) {
        case Action::Send:
            QCOMPARE(m_wizard->currentStep(), Step::Number);
            QVERIFY(button(action)->isEnabled());
            act(action, {});
            settle();
            if (processed) {
                // The first request did go out: Verify answers with it, to be continued here.
                QCOMPARE(m_wizard->currentStep(), Step::Number);
                QVERIFY(child<QFrame>(u"resumeBox"_s)->isVisible());
                QVERIFY(text(u"sendError"_s).contains(u"already running"_s));
                QTest::mouseClick(child<QPushButton>(u"resumeButton"_s), Qt::LeftButton);
                settle();
            }
            QCOMPARE(m_wizard->currentStep(), Step::Pin);
            QVERIFY(visibleMessages().isEmpty());
            QCOMPARE(exchanges(path), callsBefore + 2);
            break;
        case Action::Check:
            QCOMPARE(m_wizard->currentStep(), Step::Pin);
            // A wrong code that reached Verify counts; one that did not, does not.
            QCOMPARE(session()->attemptsLeft(), processed ? 2 : 3);
            QVERIFY(
                text(u"statusLabel"_s)
                    .contains(processed ? u"2 of 3 attempts left"_s : u"3 of 3 attempts left"_s));
            break;
        case Action::Cancel:
            if (!processed) {
                QVERIFY(button(action)->isEnabled());
                act(action, {});
                settle();
                QCOMPARE(exchanges(path), callsBefore + 2);
            }
            QCOMPARE(m_wizard->currentStep(), Step::Result);
            QCOMPARE(text(u"resultTitle"_s), u"Cancelled"_s);
            break;
        case Action::NextEvent:
            QCOMPARE(m_wizard->currentStep(), Step::Pin);
            if (processed) {
                // The search after the unclear answer found the message that went out.
                QCOMPARE(session()->eventsSent(), 2);
            } else {
                QCOMPARE(session()->eventsSent(), 1);
                QVERIFY(button(action)->isEnabled());
                act(action, {});
                settle();
                QVERIFY(visibleMessages().isEmpty());
                QCOMPARE(session()->eventsSent(), 2);
                QCOMPARE(exchanges(path), callsBefore + 2);
            }
            QCOMPARE(sms(), smsBefore + 1);
            break;
        case Action::Refresh:
            QCOMPARE(m_wizard->currentStep(), Step::Pin);
            QVERIFY(button(action)->isEnabled());
            act(action, {});
            settle();
            QVERIFY(visibleMessages().isEmpty());
            QCOMPARE(session()->lastSearch().statusText, u"IN PROGRESS"_s);
            break;
        }
    } else {
        // Read as usual, or after exactly one new token; no message at all.
        QVERIFY2(visibleMessages().isEmpty(), qPrintable(visibleMessages().join(u" | "_s)));
        const int renewals = expect == Expect::Renewal ? 1 : 0;
        QCOMPARE(exchanges(kTokenPath), tokensBefore + renewals);
        QCOMPARE(exchanges(path), callsBefore + 1 + renewals);
        switch (action) {
        case Action::Send:
            QCOMPARE(m_wizard->currentStep(), Step::Pin);
            QCOMPARE(sms(), 1);
            break;
        case Action::Check:
            QCOMPARE(m_wizard->currentStep(), Step::Result);
            QCOMPARE(text(u"resultTitle"_s), u"Verified"_s);
            break;
        case Action::Cancel:
            QCOMPARE(m_wizard->currentStep(), Step::Result);
            QCOMPARE(text(u"resultTitle"_s), u"Cancelled"_s);
            break;
        case Action::NextEvent:
            QCOMPARE(m_wizard->currentStep(), Step::Pin);
            QCOMPARE(session()->eventsSent(), 2);
            QCOMPARE(sms(), smsBefore + 1);
            break;
        case Action::Refresh:
            QCOMPARE(m_wizard->currentStep(), Step::Pin);
            QCOMPARE(session()->lastSearch().statusText, u"IN PROGRESS"_s);
            break;
        }
    }

    // The verification can be finished.
    if (session()->state() == State::WaitingForCode) {
        typePin(rightCode());
        settle();
        QCOMPARE(m_wizard->currentStep(), Step::Result);
        QCOMPARE(text(u"resultTitle"_s), u"Verified"_s);
    }
    // Nothing that sends a message went out twice: one PIN request reached Verify, and one
    // next event where one was asked for.
    QCOMPARE(sms(), action == Action::NextEvent ? 2 : 1);
}

QTEST_MAIN(tst_WizardFaults)
#include "tst_WizardFaults.moc"
