// A support desk's day in the main window: a verification stays with the profile it was sent
// with, several run at once, production is always red and asks only when it can spend, and
// neither leaving a verification nor quitting loses one without a word.

#include "AppHarness.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "SandboxControl.h"
#include "SandboxPhone.h"
#include "TimeText.h"
#include "api/ExchangeLog.h"
#include "history/HistoryEvent.h"
#include "history/HistoryModel.h"
#include "history/HistoryRecord.h"
#include "history/HistoryStore.h"
#include "history/HistoryView.h"
#include "verification/VerificationSession.h"
#include "verify/Verification.h"
#include "verify/VerifyWizard.h"

#include <QDateTime>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

using Step = VerifyWizard::Step;
using State = VerificationSession::State;

namespace {

const QString kFirstTyped = u"0612345678"_s;
const QString kFirstDigits = u"31612345678"_s;
const QString kSecondTyped = u"0687654321"_s;
const QString kSecondDigits = u"31687654321"_s;

} // namespace

class tst_DeskJourneys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aCheckGoesToTheProfileItWasSentWith();
    void twoVerificationsRunAtOnce();
    void leavingARunningVerificationAsksAndKeepsItInTheHistory();
    void quittingWithVerificationsRunningAsks();
    void productionIsRedWhateverColourIsStored();
    void missingCredentialsAreSaidBeforeAnyCost();
    void aSandboxSkipMovesOnlyTheSandboxsVerifications();
    void thePhoneStaysWhileASandboxVerificationIsOnScreen();
    void theListIsWalkedWithTheKeyboard();
    void leavingTheOneOnScreenGoesToStepOne();
    void anAnswerDoesNotTakeTheScreenAway();
    void aSecondSendToAListedNumberShowsTheListedOne();
    void historyRefreshesEachThroughItsOwnProfile();
    void theTimelineThePhoneAndTheHistoryTellOneTime_data();
    void theTimelineThePhoneAndTheHistoryTellOneTime();
    void afterASkipTheTimelineStillTellsRealTime();
    void newVerificationSelectsANumberNotSent();
    void thePhoneShowsOnTheSandboxWhateverWasSavedAndWhileASandboxVerificationRuns();

private:
    VerifyWizard *wizard() const { return m_window->verifyWizard(); }
    template<typename T> T *onScreen(const QString &name)
    {
        const auto *steps = wizard()->findChild<QStackedWidget *>(u"steps"_s);
        T *widget = steps->currentWidget()->findChild<T *>(name);
        if (!widget)
            qFatal("no such widget on the step shown");
        return widget;
    }
    QTreeWidget *list() const { return wizard()->findChild<QTreeWidget *>(u"runningList"_s); }
    // Picks a row of the list as a user does: selected, then Enter.
    void pick(int row);
    void settle();
    // Types the number on step 1 and sends it with Ctrl+Enter, up to the PIN step.
    void send(const QString &typed);
    void typePin(const QString &code);
    void switchTo(const QString &profileId);

    std::unique_ptr<AppHarness> m_harness;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<MainWindow> m_window;
};

void tst_DeskJourneys::init()
{
    Dialogs::resetTestState();
    m_harness = std::make_unique<AppHarness>();
    m_control = std::make_unique<SandboxControl>(m_harness->sandbox().baseUrl());
    m_window = m_harness->openMainWindow();
    QVERIFY(m_window);
}

void tst_DeskJourneys::cleanup()
{
    // Nothing asks on the way out.
    Dialogs::setNextAnswer(true);
    m_window.reset();
    m_control.reset();
    m_harness.reset();
    Dialogs::resetTestState();
}

void tst_DeskJourneys::settle()
{
    QTRY_VERIFY_WITH_TIMEOUT(
        !wizard()->session()
            || (!wizard()->session()->isBusy() && !wizard()->session()->isRefreshing()),
        10'000);
}

void tst_DeskJourneys::send(const QString &typed)
{
    QCOMPARE(wizard()->currentStep(), Step::Number);
    auto *number = onScreen<QLineEdit>(u"numberEdit"_s);
    number->clear();
    QTest::keyClicks(number, typed);
    auto *brand = onScreen<QLineEdit>(u"brandEdit"_s);
    brand->clear();
    QTest::keyClicks(brand, u"Desk"_s);
    QTest::keyClick(brand, Qt::Key_Return, Qt::ControlModifier);
    settle();
    QTRY_COMPARE(wizard()->currentStep(), Step::Pin);
}

void tst_DeskJourneys::typePin(const QString &code)
{
    auto *pin = onScreen<QLineEdit>(u"pinEdit"_s);
    QVERIFY(pin->hasFocus());
    QTest::keyClicks(pin, code);
    QTest::keyClick(pin, Qt::Key_Return);
    settle();
}

void tst_DeskJourneys::pick(int row)
{
    list()->setFocus();
    list()->setCurrentItem(list()->topLevelItem(row));
    QTest::keyClick(list(), Qt::Key_Return);
    QTRY_VERIFY(!list()->hasFocus());
}

void tst_DeskJourneys::switchTo(const QString &profileId)
{
    Dialogs::setNextAnswer(true);
    QVERIFY(m_window->switchProfile(profileId));
    QCOMPARE(m_harness->settings().activeProfileId(), profileId);
}

void tst_DeskJourneys::aCheckGoesToTheProfileItWasSentWith()
{
    // Two profiles on two simulators: the harness's, and one of this test's own.
    const std::unique_ptr<sandbox::SandboxServer> otherServer = AppHarness::makeSandbox();
    sandbox::SandboxServer &other = *otherServer;
    SandboxControl otherControl(other.baseUrl());
    const Profile first = m_harness->addSandboxBackedProfile(u"First desk"_s);
    const Profile second =
        m_harness->addSandboxBackedProfile(u"Second desk"_s, false, other.baseUrl());

    switchTo(first.id);
    send(kFirstTyped);
    Verification *sent = wizard()->currentVerification();
    QCOMPARE(sent->profile().id, first.id);
    const QString requestId = sent->session()->requestId();

    // Another profile is selected; the verification on screen stays with the first.
    switchTo(second.id);
    QCOMPARE(wizard()->currentStep(), Step::Pin);
    QCOMPARE(wizard()->currentVerification(), sent);
    QVERIFY(onScreen<QLabel>(u"profileLabel"_s)->text().contains(first.name));
    const int exchangesBefore = m_harness->exchanges().size();
    typePin(m_control->lastCode(kFirstDigits));
    QCOMPARE(wizard()->currentStep(), Step::Result);
    QCOMPARE(sent->session()->state(), State::Verified);

    // The first simulator answered the check; the second saw nothing at all.
    const QList<ExchangeLog::Entry> entries = m_harness->exchanges().entries();
    QVERIFY(entries.size() > exchangesBefore);
    for (qsizetype i = exchangesBefore; i < entries.size(); ++i) {
        QVERIFY2(entries.at(i).url.startsWith(m_harness->sandbox().baseUrl().toString()),
                 qPrintable(entries.at(i).url));
        QCOMPARE(entries.at(i).profile, first.name);
    }
    QVERIFY(otherControl.messages(kFirstDigits).isEmpty());
    const QByteArray search = otherControl.call(
        "GET",
        u"/verify/search/json?api_key=sandbox-client&api_secret=sandbox-secret&request_id=%1"_s.arg(
            requestId));
    QVERIFY2(search.contains("\"101\""), search.constData());

    // The history row is the first profile's.
    const std::optional<HistoryRecord> stored = m_harness->history().findByRequestId(requestId);
    QVERIFY(stored);
    QCOMPARE(stored->profileId, first.id);
    QCOMPARE(stored->status, HistoryRecord::Status::Verified);
}

void tst_DeskJourneys::twoVerificationsRunAtOnce()
{
    QVERIFY(list()->isHidden());
    send(kFirstTyped);
    Verification *first = wizard()->currentVerification();

    // Ctrl+N: step 1 for the second customer, the first goes on and is listed.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(wizard()->currentStep(), Step::Number);
    QVERIFY(onScreen<QLineEdit>(u"numberEdit"_s)->hasFocus());
    QVERIFY(onScreen<QLineEdit>(u"numberEdit"_s)->text().isEmpty());
    send(kSecondTyped);
    Verification *second = wizard()->currentVerification();
    QVERIFY(second != first);
    QVERIFY(list()->isVisible());
    QCOMPARE(list()->topLevelItemCount(), 2);
    QCOMPARE(list()->topLevelItem(0)->text(0), u"+31 6 12345678"_s);
    QCOMPARE(list()->topLevelItem(0)->text(1), u"Desk"_s);
    QCOMPARE(list()->topLevelItem(0)->text(2), u"Sandbox"_s);
    QVERIFY(list()->topLevelItem(0)->text(4).startsWith(u"~"_s));
    QCOMPARE(list()->topLevelItem(1)->text(0), u"+31 6 87654321"_s);

    // Picked up from the list, the first takes its own PIN; the second is still running.
    pick(0);
    QTRY_COMPARE(wizard()->currentVerification(), first);
    QCOMPARE(wizard()->currentStep(), Step::Pin);
    typePin(m_control->lastCode(kFirstDigits));
    QCOMPARE(first->session()->state(), State::Verified);
    QCOMPARE(second->session()->state(), State::WaitingForCode);
    QCOMPARE(wizard()->currentStep(), Step::Result);

    // Going to the second closes the first's result; the second is checked in turn.
    pick(1);
    QTRY_COMPARE(wizard()->currentVerification(), second);
    QCOMPARE(list()->topLevelItemCount(), 1);
    typePin(m_control->lastCode(kSecondDigits));
    QCOMPARE(second->session()->state(), State::Verified);
}

void tst_DeskJourneys::leavingARunningVerificationAsksAndKeepsItInTheHistory()
{
    send(kFirstTyped);
    const QString requestId = wizard()->session()->requestId();
    auto *leave = onScreen<QPushButton>(u"leaveButton"_s);

    Dialogs::setNextAnswer(false);
    QTest::mouseClick(leave, Qt::LeftButton);
    QCOMPARE(Dialogs::shownCount(), 1);
    QVERIFY(Dialogs::lastText().contains(u"+31 6 12345678"_s));
    QCOMPARE(wizard()->currentStep(), Step::Pin);
    QCOMPARE(wizard()->verifications().size(), 1);

    Dialogs::setNextAnswer(true);
    QTest::mouseClick(leave, Qt::LeftButton);
    QTRY_COMPARE(wizard()->currentStep(), Step::Number);
    QVERIFY(wizard()->verifications().isEmpty());
    QVERIFY(list()->isHidden());
    const std::optional<HistoryRecord> stored = m_harness->history().findByRequestId(requestId);
    QVERIFY(stored);
    QCOMPARE(stored->status, HistoryRecord::Status::InProgress);
}

void tst_DeskJourneys::quittingWithVerificationsRunningAsks()
{
    // Nothing running: no question.
    m_window->close();
    QCOMPARE(Dialogs::shownCount(), 0);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    send(kFirstTyped);
    Dialogs::setNextAnswer(false);
    QVERIFY(!m_window->close());
    QCOMPARE(Dialogs::shownCount(), 1);
    QVERIFY(Dialogs::lastText().contains(u"+31 6 12345678 (Desk, Sandbox)"_s));
    QVERIFY(m_window->isVisible());
    QCOMPARE(wizard()->session()->state(), State::WaitingForCode);

    Dialogs::setNextAnswer(true);
    QVERIFY(m_window->close());
}

void tst_DeskJourneys::productionIsRedWhateverColourIsStored()
{
    Profile production = *m_harness->settings().profile(Profile::kpnProductionId());
    production.colour = u"#1a7f37"_s; // the Sandbox's green
    production.clientId = u"consumer-key"_s;
    QString error;
    QVERIFY2(m_harness->settings().updateProfile(production, &error), qPrintable(error));
    switchTo(Profile::kpnProductionId());
    auto *banner = m_window->findChild<QLabel *>(u"profileBanner"_s);
    QVERIFY(banner->text().startsWith(u"PRODUCTION"_s));
    QVERIFY2(banner->styleSheet().contains(u"#c62828"_s), qPrintable(banner->styleSheet()));
    QVERIFY(!banner->styleSheet().contains(u"#1a7f37"_s));
    QVERIFY(m_window->statusProfileText().contains(u"#c62828"_s));
}

void tst_DeskJourneys::missingCredentialsAreSaidBeforeAnyCost()
{
    switchTo(Profile::kpnProductionId());
    QTRY_COMPARE(m_harness->connection().state(), ProfileConnection::State::MissingSecret);
    const int asked = Dialogs::shownCount();
    const int exchanges = m_harness->exchanges().size();
    QTest::keyClicks(onScreen<QLineEdit>(u"numberEdit"_s), kFirstTyped);
    auto *brand = onScreen<QLineEdit>(u"brandEdit"_s);
    QTest::keyClicks(brand, u"Desk"_s);
    QTest::keyClick(brand, Qt::Key_Return, Qt::ControlModifier);
    // No question about the cost of what cannot go out, and nothing went out.
    QCOMPARE(Dialogs::shownCount(), asked);
    QCOMPARE(m_harness->exchanges().size(), exchanges);
    QCOMPARE(wizard()->currentStep(), Step::Number);
    auto *sendError = onScreen<QLabel>(u"sendError"_s);
    QVERIFY(sendError->isVisible());
    QVERIFY2(sendError->text().contains(u"Settings"_s), qPrintable(sendError->text()));
}

void tst_DeskJourneys::aSandboxSkipMovesOnlyTheSandboxsVerifications()
{
    const std::unique_ptr<sandbox::SandboxServer> otherServer = AppHarness::makeSandbox();
    sandbox::SandboxServer &other = *otherServer;
    const Profile elsewhere =
        m_harness->addSandboxBackedProfile(u"Elsewhere"_s, false, other.baseUrl());
    send(kFirstTyped);
    Verification *onSandbox = wizard()->currentVerification();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    switchTo(elsewhere.id);
    send(kSecondTyped);
    Verification *onOther = wizard()->currentVerification();
    QCOMPARE(onOther->profile().id, elsewhere.id);

    const int sandboxLeft = onSandbox->session()->countdowns().untilPinExpires;
    const int otherLeft = onOther->session()->countdowns().untilPinExpires;
    m_window->sandboxPhone()->skip(30);
    settle();
    QVERIFY2(onSandbox->session()->countdowns().untilPinExpires <= sandboxLeft - 29,
             qPrintable(QString::number(onSandbox->session()->countdowns().untilPinExpires)));
    QVERIFY2(onOther->session()->countdowns().untilPinExpires >= otherLeft - 2,
             qPrintable(QString::number(onOther->session()->countdowns().untilPinExpires)));

    // The Sandbox's verification ends after the skip; the history keeps real time for both, in
    // the order they were sent.
    pick(0);
    QTRY_COMPARE(wizard()->currentVerification(), onSandbox);
    typePin(m_control->lastCode(kFirstDigits));
    QCOMPARE(onSandbox->session()->state(), State::Verified);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::optional<HistoryRecord> first =
        m_harness->history().findByRequestId(onSandbox->session()->requestId());
    const std::optional<HistoryRecord> second =
        m_harness->history().findByRequestId(onOther->session()->requestId());
    QVERIFY(first && second);
    QVERIFY(first->created.toMSecsSinceEpoch() <= second->created.toMSecsSinceEpoch());
    QVERIFY(second->created.toMSecsSinceEpoch() <= now + 1000);
    QCOMPARE(first->status, HistoryRecord::Status::Verified);
    const QList<HistoryEvent> events = m_harness->history().events(first->id);
    QVERIFY(!events.isEmpty());
    for (const HistoryEvent &event : events)
        QVERIFY2(event.at.toMSecsSinceEpoch() <= now + 1000,
                 qPrintable(event.at.toString(Qt::ISODateWithMs)));
}

void tst_DeskJourneys::thePhoneStaysWhileASandboxVerificationIsOnScreen()
{
    auto *phone = m_window->findChild<QDockWidget *>(u"phoneDock"_s);
    QVERIFY(phone->isVisible());
    send(kFirstTyped);
    // Production selected: the Sandbox's verification on screen still needs its phone.
    switchTo(Profile::kpnProductionId());
    QVERIFY(phone->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    // Off screen, it still runs on the Sandbox: the phone stays.
    QVERIFY(phone->isVisible());
    QVERIFY(phone->toggleViewAction()->isEnabled());
    pick(0);
    QTRY_COMPARE(wizard()->currentStep(), Step::Pin);
    QVERIFY(phone->isVisible());
}

void tst_DeskJourneys::theTimelineThePhoneAndTheHistoryTellOneTime_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("en_US") << u"en_US"_s;
    QTest::newRow("en_GB") << u"en_GB"_s;
    QTest::newRow("nl_NL") << u"nl_NL"_s;
}

void tst_DeskJourneys::theTimelineThePhoneAndTheHistoryTellOneTime()
{
    QFETCH(QString, locale);
    const QLocale previous;
    QLocale::setDefault(QLocale(locale));
    const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });

    // The moment the PIN step's timeline gives the first SMS …
    send(kFirstTyped);
    const QList<TimelineEvent> timeline = wizard()->session()->timeline();
    QVERIFY(!timeline.isEmpty() && timeline.first().isSent());
    const qint64 moment = timeline.first().atMs;
    const QString time = TimeText::timeOfDay(moment);
    // … with its seconds: a 12-hour locale keeps AM/PM.
    QVERIFY2(time.count(u':') == 2, qPrintable(time));
    QCOMPARE(time.endsWith(u"M"_s), locale == u"en_US");
    const QString onTimeline = onScreen<QListWidget>(u"timelineList"_s)->item(0)->text();
    QVERIFY2(onTimeline.endsWith(u" "_s + time), qPrintable(onTimeline));

    // … is the time the phone shows for a message received then …
    SandboxPhone *phone = m_window->sandboxPhone();
    phone->showMessage({QDateTime::fromMSecsSinceEpoch(moment), u"same-moment"_s, kSecondDigits,
                        u"sms"_s, u"Code 1234"_s, u"verify"_s});
    QVERIFY2(phone->messageText(0).contains(u" "_s + time + u"\n"_s),
             qPrintable(phone->messageText(0)));

    // … and the one the History's table gives a verification sent then, after its date.
    HistoryRecord record;
    record.profileId = Profile::sandboxId();
    record.profileName = u"Sandbox"_s;
    record.number = kSecondDigits;
    record.brand = u"Same moment"_s;
    record.created = QDateTime::fromMSecsSinceEpoch(moment, Qt::UTC);
    const qint64 id = m_harness->history().addVerification(record);
    QVERIFY(id > 0);
    m_window->showArea(MainWindow::Area::History);
    auto *table = m_window->history()->findChild<QTableView *>(u"table"_s);
    QVERIFY(table);
    auto *model = m_window->history()->model();
    QTRY_VERIFY(model->rowOf(id) >= 0);
    const QString inHistory =
        table->model()->index(model->rowOf(id), HistoryModel::Date).data().toString();
    const QString date =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(moment).date(), QLocale::ShortFormat);
    QCOMPARE(inHistory, date + u" "_s + time);
}

void tst_DeskJourneys::afterASkipTheTimelineStillTellsRealTime()
{
    send(kFirstTyped);
    // The next message comes at once, on the Sandbox's clock moved ahead by minutes.
    QVERIFY(m_window->sandboxPhone()->skipToNextEvent() > 60);
    settle();
    QTRY_VERIFY(wizard()->session()->eventsSent() >= 2);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList around;
    for (qint64 ms = now - 3000; ms <= now + 1000; ms += 1000)
        around.append(TimeText::timeOfDay(ms));
    const QString second = onScreen<QListWidget>(u"timelineList"_s)->item(1)->text();
    const bool realTime = std::any_of(around.cbegin(), around.cend(), [&second](const QString &t) {
        return second.endsWith(u" "_s + t) || second.contains(u" "_s + t + u","_s);
    });
    QVERIFY2(realTime, qPrintable(second + u" / "_s + around.join(u", "_s)));
}

void tst_DeskJourneys::newVerificationSelectsANumberNotSent()
{
    send(kFirstTyped);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *number = onScreen<QLineEdit>(u"numberEdit"_s);
    QTest::keyClicks(number, u"0633334444"_s);
    pick(0);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(number->hasFocus());
    QCOMPARE(number->selectedText(), number->text());
    QTest::keyClicks(number, kSecondTyped);
    QCOMPARE(number->text(), u"06 87654321"_s);
}

void tst_DeskJourneys::thePhoneShowsOnTheSandboxWhateverWasSavedAndWhileASandboxVerificationRuns()
{
    // The phone was put away when the window closed last time …
    auto *dock = m_window->findChild<QDockWidget *>(u"phoneDock"_s);
    QVERIFY(dock->isVisible());
    dock->toggleViewAction()->trigger();
    QVERIFY(!dock->isVisible());
    QVERIFY(m_window->close());
    m_window = std::make_unique<MainWindow>(m_harness->services());
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // … yet on the Sandbox it is there when the window opens: its messages carry the PIN.
    dock = m_window->findChild<QDockWidget *>(u"phoneDock"_s);
    QCOMPARE(m_harness->settings().activeProfileId(), Profile::sandboxId());
    QVERIFY(dock->isVisible());

    // A Sandbox verification runs while another profile is selected and step 1 is on screen.
    send(kFirstTyped);
    switchTo(Profile::kpnProductionId());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(wizard()->currentStep(), Step::Number);
    QVERIFY(dock->isVisible());
    QVERIFY(dock->toggleViewAction()->isEnabled());

    // Once no Sandbox verification is left, the phone goes.
    list()->setCurrentItem(list()->topLevelItem(0));
    QTRY_COMPARE(wizard()->currentStep(), Step::Pin);
    Dialogs::setNextAnswer(true);
    QTest::mouseClick(onScreen<QPushButton>(u"leaveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(wizard()->verifications().isEmpty());
    QVERIFY(!dock->isVisible());
    QVERIFY(!dock->toggleViewAction()->isEnabled());
}

void tst_DeskJourneys::theListIsWalkedWithTheKeyboard()
{
    send(kFirstTyped);
    Verification *first = wizard()->currentVerification();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    send(kSecondTyped);
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Up);
    // The step follows the row, the keyboard stays in the list.
    QTRY_COMPARE(wizard()->currentVerification(), first);
    QVERIFY(list()->hasFocus());
    QTest::keyClick(list(), Qt::Key_Down);
    QTRY_VERIFY(wizard()->currentVerification() != first);
    QVERIFY(list()->hasFocus());
    QTest::keyClick(list(), Qt::Key_Return);
    QTRY_VERIFY(onScreen<QLineEdit>(u"pinEdit"_s)->hasFocus());
}

void tst_DeskJourneys::leavingTheOneOnScreenGoesToStepOne()
{
    send(kFirstTyped);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    send(kSecondTyped);
    // Back to the first, and out of it: the list would make the next row current.
    pick(0);
    Dialogs::setNextAnswer(true);
    QTest::mouseClick(onScreen<QPushButton>(u"leaveButton"_s), Qt::LeftButton);
    QTest::qWait(50); // what the list would do next, queued
    QCOMPARE(wizard()->currentStep(), Step::Number);
    QCOMPARE(wizard()->verifications().size(), 1);
    QVERIFY(onScreen<QLineEdit>(u"numberEdit"_s)->hasFocus());
}

void tst_DeskJourneys::anAnswerDoesNotTakeTheScreenAway()
{
    send(kFirstTyped);
    Verification *first = wizard()->currentVerification();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    // The second request's answer is slow; meanwhile the agent goes back to the first customer.
    QVERIFY(m_control->addFaults(
        R"([{"path":"/communication/nexmo/verify","count":1,"delay_ms":800}])"));
    QTest::keyClicks(onScreen<QLineEdit>(u"numberEdit"_s), kSecondTyped);
    QTest::keyClick(onScreen<QLineEdit>(u"numberEdit"_s), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(wizard()->session()->state(), State::Sending);
    pick(0);
    QCOMPARE(wizard()->currentVerification(), first);
    QTest::keyClicks(onScreen<QLineEdit>(u"pinEdit"_s), u"12"_s);
    QTRY_COMPARE_WITH_TIMEOUT(wizard()->verifications().size(), 2, 10'000);
    QCOMPARE(wizard()->currentVerification(), first);
    QCOMPARE(onScreen<QLineEdit>(u"pinEdit"_s)->text(), u"12"_s);
    QVERIFY(onScreen<QLineEdit>(u"pinEdit"_s)->hasFocus());
    QCOMPARE(wizard()->verifications().constLast()->session()->state(), State::WaitingForCode);
}

void tst_DeskJourneys::aSecondSendToAListedNumberShowsTheListedOne()
{
    send(kFirstTyped);
    Verification *first = wizard()->currentVerification();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *number = onScreen<QLineEdit>(u"numberEdit"_s);
    QTest::keyClicks(number, kFirstTyped);
    QTest::keyClick(number, Qt::Key_Return, Qt::ControlModifier);
    settle();
    // Status 10: the running request is this desk's own, listed.
    auto *resume = onScreen<QPushButton>(u"resumeButton"_s);
    QTRY_VERIFY(resume->isVisible());
    QVERIFY(onScreen<QLabel>(u"resumeLabel"_s)->text().contains(u"already running here"_s));
    QTest::mouseClick(resume, Qt::LeftButton);
    QCOMPARE(wizard()->currentVerification(), first);
    QCOMPARE(wizard()->verifications().size(), 1);
}

void tst_DeskJourneys::historyRefreshesEachThroughItsOwnProfile()
{
    const std::unique_ptr<sandbox::SandboxServer> otherServer = AppHarness::makeSandbox();
    sandbox::SandboxServer &other = *otherServer;
    const Profile elsewhere =
        m_harness->addSandboxBackedProfile(u"Elsewhere"_s, false, other.baseUrl());
    switchTo(elsewhere.id);
    send(kFirstTyped);
    const QString requestId = wizard()->session()->requestId();
    // A verification of a profile removed since: it cannot be refreshed, the others still are.
    HistoryRecord gone;
    gone.profileId = u"removed-profile"_s;
    gone.profileName = u"Removed"_s;
    gone.number = kSecondDigits;
    gone.brand = u"Desk"_s;
    gone.requestId = u"req-of-a-removed-profile"_s;
    gone.created = QDateTime::currentDateTimeUtc().addSecs(-3600); // refreshed first
    gone.status = HistoryRecord::Status::InProgress;
    QVERIFY(m_harness->history().addVerification(gone) > 0);
    switchTo(Profile::sandboxId());

    m_window->showArea(MainWindow::Area::History);
    const int before = m_harness->exchanges().size();
    QTest::mouseClick(m_window->history()->findChild<QPushButton *>(u"refreshUnfinishedButton"_s),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->history()->message().isEmpty());
    QVERIFY2(m_window->history()->message().contains(u"1 of 2"_s),
             qPrintable(m_window->history()->message()));
    // The search went to the profile the verification was sent with.
    const QList<ExchangeLog::Entry> entries = m_harness->exchanges().entries();
    bool searched = false;
    for (qsizetype i = before; i < entries.size(); ++i) {
        if (entries.at(i).url.endsWith(u"/search"_s)) {
            QVERIFY2(entries.at(i).url.startsWith(other.baseUrl().toString()),
                     qPrintable(entries.at(i).url));
            searched = true;
        }
    }
    QVERIFY(searched);
    const std::optional<HistoryRecord> refreshed = m_harness->history().findByRequestId(requestId);
    QVERIFY(refreshed);
    QVERIFY(!refreshed->lastSearch.isEmpty());
}

QTEST_MAIN(tst_DeskJourneys)
#include "tst_DeskJourneys.moc"
