// The verification wizard as a support agent drives it: number and brand, the PIN the customer
// reads out, the countdowns and actions, the result; against the in-process sandbox, whose clock
// and the session's DrivenClock are moved on together.

#include "AppHarness.h"
#include "Appearance.h"
#include "Dialogs.h"
#include "SandboxControl.h"
#include "SandboxPhone.h"
#include "WizardRig.h"
#include "verification/DrivenClock.h"
#include "verification/VerificationSession.h"
#include "verify/Timeline.h"
#include "verify/VerifyWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

using Step = VerifyWizard::Step;

namespace {

const QString kTyped = u"0612345678"_s;
const QString kDigits = u"31612345678"_s;

} // namespace

class tst_VerifyWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void verified();
    void twoWrongCodesThenRight();
    void threeWrongCodesFail();
    void theResultSignFollowsTheTheme();
    void cancelRefusedBefore30sAcceptedAfter();
    void nextEventDeliversACallOnThePhone();
    void expiry();
    void concurrentRequestIsResumed();
    void fixedLineSuggestsAVoiceWorkflow();
    void badInputIsStoppedAtTheField();
    void referenceIsKeptWithTheVerification();
    void badReferenceIsStoppedAtTheField();
    void badPinIsStoppedAtTheField();
    void productionGuardRefusingSendsNothing();
    void newVerificationKeepsBrandAndOptions();
    void countdownsAreAnnouncedAtThresholdsOnly();
    void aSendErrorGoesWhenTheNumberChanges();
    void anUnusableNumberIsSaidOnce();
    void aRenewedPinIsSaidAtTheCode();
    void aWrongCodeMessageGoesWithItsPin();
    void aFixedLineAsksBeforeAnSms();
    void workflow7IsForTheFixedLineOnly();

private:
    // The widget of the step on screen (every verification has its own PIN step), else of the
    // whole wizard.
    template<typename T> T *child(const QString &name, VerifyWizard *wizard = nullptr)
    {
        VerifyWizard *w = wizard ? wizard : &m_rig->wizard;
        const auto *steps = w->findChild<QStackedWidget *>(u"steps"_s);
        T *widget = steps && steps->currentWidget() ? steps->currentWidget()->findChild<T *>(name)
                                                    : nullptr;
        if (!widget)
            widget = w->findChild<T *>(name);
        if (!widget)
            qFatal("no such child widget");
        return widget;
    }
    QString text(const QString &labelName) { return child<QLabel>(labelName)->text(); }
    void settle(VerifyWizard *wizard = nullptr);
    void advance(int seconds);
    void fillIn(const QString &number, const QString &brand, VerifyWizard *wizard = nullptr);
    void sendPin(const QString &number = kTyped, VerifyWizard *wizard = nullptr);
    void typePin(const QString &code);
    QString rightCode() { return m_rig->rightCode(kDigits); }
    QString wrongCode() { return m_rig->wrongCode(kDigits); }
    void selectWorkflow(int id);

    std::unique_ptr<WizardRig> m_rig;
};

void tst_VerifyWizard::init()
{
    m_rig = std::make_unique<WizardRig>();
    QVERIFY(m_rig->show());
}

void tst_VerifyWizard::cleanup()
{
    m_rig.reset();
}

void tst_VerifyWizard::settle(VerifyWizard *wizard)
{
    VerifyWizard *w = wizard ? wizard : &m_rig->wizard;
    QTRY_VERIFY_WITH_TIMEOUT(
        !w->session() || (!w->session()->isBusy() && !w->session()->isRefreshing()), 10'000);
}

void tst_VerifyWizard::advance(int seconds)
{
    QVERIFY(m_rig->control.advance(seconds));
    m_rig->clock.advance(qint64(seconds) * 1000);
    settle();
}

void tst_VerifyWizard::fillIn(const QString &number, const QString &brand, VerifyWizard *wizard)
{
    auto *numberEdit = child<QLineEdit>(u"numberEdit"_s, wizard);
    numberEdit->clear();
    QTest::keyClicks(numberEdit, number);
    auto *brandEdit = child<QLineEdit>(u"brandEdit"_s, wizard);
    brandEdit->clear();
    QTest::keyClicks(brandEdit, brand);
}

void tst_VerifyWizard::sendPin(const QString &number, VerifyWizard *wizard)
{
    VerifyWizard *w = wizard ? wizard : &m_rig->wizard;
    fillIn(number, u"VerifyDesk"_s, w);
    // Ctrl+Enter from the brand field sends, as the button does.
    child<QLineEdit>(u"brandEdit"_s, w)->setFocus();
    QTest::keyClick(child<QLineEdit>(u"brandEdit"_s, w), Qt::Key_Return, Qt::ControlModifier);
    settle(w);
}

void tst_VerifyWizard::typePin(const QString &code)
{
    auto *pin = child<QLineEdit>(u"pinEdit"_s);
    QTest::keyClicks(pin, code);
    QTest::keyClick(pin, Qt::Key_Return);
    settle();
}

void tst_VerifyWizard::selectWorkflow(int id)
{
    auto *combo = child<QComboBox>(u"workflowCombo"_s);
    combo->setCurrentIndex(combo->findData(id));
}

void tst_VerifyWizard::verified()
{
    QCOMPARE(m_rig->wizard.currentStep(), Step::Number);
    fillIn(kTyped, u"VerifyDesk"_s);
    // Formatted as typed, with the verdict and the E.164 form.
    QCOMPARE(child<QLineEdit>(u"numberEdit"_s)->text(), u"06 12345678"_s);
    QVERIFY(text(u"verdictLabel"_s).contains(u"Mobile"_s));
    QVERIFY(text(u"e164Label"_s).contains(u"+31612345678"_s));
    QCOMPARE(text(u"brandCounter"_s), u"10/18"_s);

    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    settle();
    QCOMPARE(m_rig->wizard.currentStep(), Step::Pin);
    QCOMPARE(text(u"requestIdLabel"_s), m_rig->wizard.session()->requestId());
    QVERIFY(!text(u"requestIdLabel"_s).isEmpty());
    QVERIFY(text(u"statusLabel"_s).contains(u"3 of 3 attempts left"_s));
    auto *timeline = child<QListWidget>(u"timelineList"_s);
    QVERIFY(timeline->count() >= 2);
    QVERIFY(timeline->item(0)->text().startsWith(u"SMS sent"_s));
    QVERIFY(timeline->item(1)->text().contains(u"expected"_s));
    // The next row counts down to its message; the end row says when the code expires, and the
    // list of running verifications counts down to it.
    QVERIFY2(
        timeline->item(1)->data(Timeline::DetailRole).toString().startsWith(u"Expected in ~"_s),
        qPrintable(timeline->item(1)->text()));
    QVERIFY2(timeline->item(timeline->count() - 1)->text().contains(u"the code expires"_s),
             qPrintable(timeline->item(timeline->count() - 1)->text()));
    QTRY_VERIFY(child<QTreeWidget>(u"runningList"_s)->topLevelItem(0)->text(4).startsWith(u"~"_s));
    QVERIFY(child<QLineEdit>(u"pinEdit"_s)->hasFocus());

    typePin(rightCode());
    QCOMPARE(m_rig->wizard.currentStep(), Step::Result);
    QCOMPARE(text(u"resultTitle"_s), u"Verified"_s);
    QVERIFY(text(u"priceLabel"_s).startsWith(u"Price: 0"_s));
    QVERIFY(text(u"durationLabel"_s).startsWith(u"Duration"_s));
    // The history has it, with the profile it was sent with.
    const QString requestId = m_rig->wizard.session()->requestId();
    const std::optional<HistoryRecord> stored = m_rig->harness.history().findByRequestId(requestId);
    QVERIFY(stored);
    QCOMPARE(stored->status, HistoryRecord::Status::Verified);
    QCOMPARE(stored->profileId, Profile::sandboxId());
}

void tst_VerifyWizard::twoWrongCodesThenRight()
{
    sendPin();
    QCOMPARE(m_rig->wizard.currentStep(), Step::Pin);
    typePin(wrongCode());
    QVERIFY(text(u"pinError"_s).contains(u"2 attempts left"_s));
    QVERIFY(child<QLineEdit>(u"pinEdit"_s)->text().isEmpty());
    QVERIFY(text(u"statusLabel"_s).contains(u"2 of 3 attempts left"_s));
    typePin(wrongCode());
    QVERIFY(text(u"pinError"_s).contains(u"1 attempt left"_s));
    QVERIFY(text(u"statusLabel"_s).contains(u"1 of 3 attempts left"_s));
    typePin(rightCode());
    QCOMPARE(m_rig->wizard.currentStep(), Step::Result);
    QCOMPARE(text(u"resultTitle"_s), u"Verified"_s);
}

void tst_VerifyWizard::threeWrongCodesFail()
{
    sendPin();
    for (int i = 0; i < 3; ++i)
        typePin(wrongCode());
    QCOMPARE(m_rig->wizard.currentStep(), Step::Result);
    QVERIFY(text(u"resultTitle"_s).startsWith(u"Failed"_s));
    QVERIFY(text(u"resultDetail"_s).contains(u"three times"_s));
}

void tst_VerifyWizard::theResultSignFollowsTheTheme()
{
    sendPin();
    for (int i = 0; i < 3; ++i)
        typePin(wrongCode());
    QCOMPARE(m_rig->wizard.currentStep(), Step::Result);
    // The colour the sign's strokes are drawn in: its most opaque pixel.
    const auto signColour = [this] {
        const QImage image = child<QLabel>(u"resultIcon"_s)->pixmap().toImage();
        QColor best(Qt::transparent);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixelColor(x, y).alpha() > best.alpha())
                    best = image.pixelColor(x, y);
            }
        }
        return best.name();
    };
    const QPalette light = Appearance::lightPalette();
    const QPalette dark = Appearance::darkPalette();
    QVERIFY(Appearance::errorColour(light) != Appearance::errorColour(dark));
    const QPalette before = QApplication::palette();
    QApplication::setPalette(light);
    QTRY_COMPARE(signColour(), Appearance::errorColour(light).name());
    // A failure in the danger colour of the theme, drawn again when the theme changes.
    QApplication::setPalette(dark);
    QTRY_COMPARE(signColour(), Appearance::errorColour(dark).name());
    QApplication::setPalette(before);
}

void tst_VerifyWizard::cancelRefusedBefore30sAcceptedAfter()
{
    sendPin();
    auto *cancel = child<QPushButton>(u"cancelButton"_s);
    QVERIFY(!cancel->isEnabled());
    // The button counts down itself (said once, not again in a note below it); its tooltip says
    // why.
    QCOMPARE(cancel->text(), u"C&ancel (in 30 s)"_s);
    QVERIFY(cancel->toolTip().contains(u"from 30 s"_s));
    QVERIFY(!text(u"actionNote"_s).contains(u"30 s"_s));

    advance(10);
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(cancel->text(), u"C&ancel (in 20 s)"_s);

    advance(21);
    QVERIFY(cancel->isEnabled());
    QCOMPARE(cancel->text(), u"C&ancel request"_s);
    QTest::mouseClick(cancel, Qt::LeftButton);
    settle();
    QCOMPARE(m_rig->wizard.currentStep(), Step::Result);
    QCOMPARE(text(u"resultTitle"_s), u"Cancelled"_s);
}

void tst_VerifyWizard::nextEventDeliversACallOnThePhone()
{
    SandboxPhone phone;
    phone.setSandbox(&m_rig->harness.sandbox());
    connect(&m_rig->harness.sandbox(), &sandbox::SandboxServer::messageDelivered, &phone,
            &SandboxPhone::addMessage);
    connect(&phone, &SandboxPhone::clockAdvanced, this,
            [this](qint64 seconds) { m_rig->harness.connection().skipClock(seconds * 1000); });

    sendPin();
    QCOMPARE(phone.messageCount(), 1);
    QVERIFY(phone.messageText(0).contains(u"From: verify"_s));
    QVERIFY(phone.messageText(0).contains(rightCode()));

    auto *next = child<QPushButton>(u"nextEventButton"_s);
    QCOMPARE(next->text(), u"Call &now"_s);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    settle();
    QCOMPARE(phone.messageCount(), 2);
    QVERIFY(phone.messageText(0).startsWith(u"Call to +31612345678"_s));
    // The number is Dutch, so the call speaks Dutch.
    QVERIFY(phone.messageText(0).contains(u"Call: Dit is VerifyDesk"_s));
    // After the second message cancel is refused, with the reason in words.
    auto *cancel = child<QPushButton>(u"cancelButton"_s);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(cancel->toolTip().contains(u"second message"_s));
    QVERIFY(text(u"actionNote"_s).contains(u"second message"_s));
    QCOMPARE(cancel->text(), u"C&ancel request"_s);
    QCOMPARE(cancel->accessibleDescription(), u"Cancel no longer possible"_s);

    // The phone's "skip to next event" moves the sandbox's clock to the third message; the
    // wizard searches and lists it.
    const qint64 skipped = phone.skipToNextEvent();
    QVERIFY(skipped > 0);
    m_rig->clock.advance(skipped * 1000);
    settle();
    QCOMPARE(phone.messageCount(), 3);
    QVERIFY(phone.messageText(0).startsWith(u"Call to"_s));
    QTRY_COMPARE(m_rig->wizard.session()->eventsSent(), 3);
    QVERIFY(!next->isEnabled());
    QVERIFY(next->toolTip().contains(u"No more events"_s));
}

void tst_VerifyWizard::expiry()
{
    child<QSpinBox>(u"pinExpirySpin"_s)->setValue(300);
    child<QSpinBox>(u"nextEventWaitSpin"_s)->setValue(300);
    selectWorkflow(6); // SMS only: the request ends 300 s after it
    sendPin();
    {
        auto *timeline = child<QListWidget>(u"timelineList"_s);
        const QListWidgetItem *end = timeline->item(timeline->count() - 1);
        QCOMPARE(end->data(Timeline::StateRole).value<Timeline::State>(), Timeline::State::Ends);
        QVERIFY2(end->data(Timeline::TimeRole).toString().startsWith(u"~"_s),
                 qPrintable(end->text()));
        QVERIFY2(timeline->accessibleDescription().contains(u"ends in ~5:00"_s),
                 qPrintable(timeline->accessibleDescription()));
    }
    advance(150);
    QCOMPARE(m_rig->wizard.currentStep(), Step::Pin);
    advance(151);
    QTRY_COMPARE(m_rig->wizard.currentStep(), Step::Result);
    QCOMPARE(text(u"resultTitle"_s), u"Expired"_s);
}

void tst_VerifyWizard::concurrentRequestIsResumed()
{
    sendPin();
    const QString firstId = m_rig->wizard.session()->requestId();
    QVERIFY(!firstId.isEmpty());

    // A second desk sends to the same number: status 10, and an offer to continue inline.
    VerifyWizard second(&m_rig->harness.connections(), &m_rig->harness.history());
    second.show();
    second.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&second));
    sendPin(u"+31 6 12345678"_s, &second);
    QCOMPARE(second.currentStep(), Step::Number);
    auto *resumeBox = child<QFrame>(u"resumeBox"_s, &second);
    QVERIFY(resumeBox->isVisible());
    QVERIFY(child<QLabel>(u"resumeLabel"_s, &second)->text().contains(firstId));
    QVERIFY(child<QLabel>(u"sendError"_s, &second)->text().contains(u"already running"_s));

    QTest::mouseClick(child<QPushButton>(u"resumeButton"_s, &second), Qt::LeftButton);
    settle(&second);
    QCOMPARE(second.currentStep(), Step::Pin);
    QCOMPARE(child<QLabel>(u"requestIdLabel"_s, &second)->text(), firstId);
    auto *pin = child<QLineEdit>(u"pinEdit"_s, &second);
    QTest::keyClicks(pin, rightCode());
    QTest::keyClick(pin, Qt::Key_Return);
    settle(&second);
    QCOMPARE(second.currentStep(), Step::Result);
    QCOMPARE(child<QLabel>(u"resultTitle"_s, &second)->text(), u"Verified"_s);
}

void tst_VerifyWizard::fixedLineSuggestsAVoiceWorkflow()
{
    fillIn(u"0201234567"_s, u"VerifyDesk"_s);
    QCOMPARE(child<QLineEdit>(u"numberEdit"_s)->text(), u"020 123 4567"_s);
    QVERIFY(text(u"verdictLabel"_s).contains(u"Fixed line"_s));
    QVERIFY(text(u"verdictLabel"_s).contains(u"workflow 3"_s));
    auto *useVoice = child<QPushButton>(u"useVoiceWorkflowButton"_s);
    QVERIFY(useVoice->isVisible());
    QTest::mouseClick(useVoice, Qt::LeftButton);
    QCOMPARE(child<QComboBox>(u"workflowCombo"_s)->currentData().toInt(), 7);
    QVERIFY(!useVoice->isVisible());
    QVERIFY(text(u"verdictLabel"_s).contains(u"voice calls only"_s));

    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    settle();
    QCOMPARE(m_rig->wizard.currentStep(), Step::Pin);
    QCOMPARE(m_rig->wizard.session()->workflow().id(), 7);
    const QJsonArray messages = m_rig->control.messages(u"31201234567"_s);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).toObject().value(u"channel"_s).toString(), u"tts"_s);
}

// The ticket or reference typed in step 1 goes into the history with the operator and computer,
// trimmed, and is cleared with the number for the next customer.
void tst_VerifyWizard::referenceIsKeptWithTheVerification()
{
    m_rig->wizard.setAuthor(u"Anna de Vries"_s, u"desk-07"_s);
    QTest::keyClicks(child<QLineEdit>(u"referenceEdit"_s), u"  INC-20451 "_s);
    sendPin();
    QCOMPARE(m_rig->wizard.currentStep(), Step::Pin);
    QCOMPARE(m_rig->wizard.currentVerification()->reference(), u"INC-20451"_s);
    const auto row = m_rig->harness.history().findByRequestId(m_rig->wizard.session()->requestId());
    QVERIFY(row);
    QCOMPARE(row->reference, u"INC-20451"_s);
    QCOMPARE(row->operatorName, u"Anna de Vries"_s);
    QCOMPARE(row->workstation, u"desk-07"_s);

    m_rig->wizard.newVerification();
    QVERIFY(child<QLineEdit>(u"numberEdit"_s)->text().isEmpty());
    QVERIFY(child<QLineEdit>(u"referenceEdit"_s)->text().isEmpty());
}

void tst_VerifyWizard::badReferenceIsStoppedAtTheField()
{
    const int before = m_rig->harness.exchanges().size();
    auto *reference = child<QLineEdit>(u"referenceEdit"_s);
    auto *error = child<QLabel>(u"referenceError"_s);
    QVERIFY(!error->isVisible());
    fillIn(kTyped, u"VerifyDesk"_s);
    reference->setText(QString(65, u'7'));
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"64"_s), qPrintable(error->text()));
    QVERIFY(reference->hasFocus());
    QCOMPARE(m_rig->wizard.currentStep(), Step::Number);
    QCOMPARE(m_rig->harness.exchanges().size(), before); // nothing sent

    // Typing in the field takes the message away; a tab in it (pasted) is said as well.
    QTest::keyClick(reference, Qt::Key_Backspace);
    QVERIFY(!error->isVisible());
    reference->setText(u"INC\t42"_s);
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"tabs"_s), qPrintable(error->text()));
    QCOMPARE(m_rig->harness.exchanges().size(), before);

    // A payment confirmation is held to the same rule (the Sandbox in the vendor's flavour).
    Profile vonage = m_rig->harness.settings().activeProfile();
    vonage.flavour = ApiFlavour::VonageKey;
    m_rig->wizard.setProfile(vonage);
    auto *kind = child<QComboBox>(u"kindCombo"_s);
    kind->setCurrentIndex(kind->findData(true));
    child<QLineEdit>(u"payeeEdit"_s)->setText(u"Acme Shop"_s);
    child<QLineEdit>(u"amountEdit"_s)->setText(u"12.50"_s);
    reference->setText(u"INC\n42"_s);
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"line breaks"_s), qPrintable(error->text()));
    QCOMPARE(m_rig->harness.exchanges().size(), before);
}

void tst_VerifyWizard::badInputIsStoppedAtTheField()
{
    const int before = m_rig->harness.exchanges().size();
    auto *send = child<QPushButton>(u"sendButton"_s);

    fillIn(u"06abc12345"_s, u"VerifyDesk"_s);
    QVERIFY(text(u"verdictLabel"_s).contains(u"Not a usable number"_s));
    QTest::mouseClick(send, Qt::LeftButton);
    // Said once, by the verdict under the field, which keeps the keyboard.
    QVERIFY(child<QLabel>(u"verdictLabel"_s)->isVisible());
    QVERIFY(!child<QLabel>(u"numberError"_s)->isVisible());
    QVERIFY(child<QLineEdit>(u"numberEdit"_s)->hasFocus());

    fillIn(u"06123456789012345"_s, u"VerifyDesk"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(text(u"verdictLabel"_s).contains(u"Not a usable number"_s));
    QVERIFY(child<QLineEdit>(u"numberEdit"_s)->hasFocus());

    fillIn(kTyped, u"A brand far too long"_s);
    QVERIFY(text(u"brandCounter"_s).startsWith(u"20/18"_s));
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(child<QLabel>(u"brandError"_s)->isVisible());
    QVERIFY(text(u"brandError"_s).contains(u"18"_s));
    QVERIFY(child<QLineEdit>(u"brandEdit"_s)->hasFocus());

    fillIn(kTyped, QString());
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(child<QLabel>(u"brandError"_s)->isVisible());

    fillIn(kTyped, u"VerifyDesk"_s);
    auto *sender = child<QLineEdit>(u"senderIdEdit"_s);
    sender->setText(u"TwelveChars!"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(child<QWidget>(u"optionsPanel"_s)->isVisible());
    QVERIFY(child<QLabel>(u"optionsError"_s)->isVisible());
    QVERIFY(sender->hasFocus());

    // Timers are the workflow's own until the user sets them.
    QVERIFY(!child<QSpinBox>(u"pinExpirySpin"_s)->isEnabled());
    QVERIFY(text(u"timersNote"_s).contains(u"workflow's own timings"_s));
    QTest::mouseClick(child<QCheckBox>(u"customTimersCheck"_s), Qt::LeftButton);
    QVERIFY(child<QSpinBox>(u"pinExpirySpin"_s)->isEnabled());
    // The timers' multiple rule is explained before anything is sent.
    child<QSpinBox>(u"pinExpirySpin"_s)->setValue(300);
    child<QSpinBox>(u"nextEventWaitSpin"_s)->setValue(120);
    QVERIFY(text(u"timersNote"_s).contains(u"not a multiple"_s));

    QCOMPARE(m_rig->wizard.currentStep(), Step::Number);
    QCOMPARE(m_rig->harness.exchanges().size(), before);
}

void tst_VerifyWizard::badPinIsStoppedAtTheField()
{
    sendPin();
    const int before = m_rig->harness.exchanges().size();
    auto *pin = child<QLineEdit>(u"pinEdit"_s);
    QCOMPARE(pin->maxLength(), 4);
    QTest::keyClicks(pin, u"12"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    QVERIFY(text(u"pinError"_s).contains(u"4 digits"_s));
    QTest::keyClicks(pin, u"ab"_s);
    QCOMPARE(pin->text(), u"12"_s); // letters never reach the field
    QVERIFY(child<QLabel>(u"pinError"_s)->isVisible());
    QCOMPARE(m_rig->harness.exchanges().size(), before);
    QVERIFY(text(u"statusLabel"_s).contains(u"3 of 3 attempts left"_s));
}

void tst_VerifyWizard::productionGuardRefusingSendsNothing()
{
    const Profile production = m_rig->harness.addSandboxBackedProfile(u"Live"_s, true);
    m_rig->wizard.setProfile(production);
    QStringList asked;
    m_rig->wizard.setCostlyActionGuard([&asked](const Profile &, const QString &what) {
        asked.append(what);
        return false;
    });
    const int before = m_rig->harness.exchanges().size();
    fillIn(kTyped, u"VerifyDesk"_s);
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.constFirst().contains(u"+31 6 12345678"_s));
    QVERIFY(text(u"sendError"_s).contains(u"Not sent"_s));
    QCOMPARE(m_rig->wizard.currentStep(), Step::Number);
    QCOMPARE(m_rig->harness.exchanges().size(), before);
    QVERIFY(m_rig->control.messages(kDigits).isEmpty());

    // Saying yes sends; "Call now" asks again.
    m_rig->wizard.setCostlyActionGuard([&asked](const Profile &profile, const QString &what) {
        asked.append(what);
        return profile.production && !what.startsWith(u"Call"_s);
    });
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    settle();
    QCOMPARE(m_rig->wizard.currentStep(), Step::Pin);
    const int afterSend = m_rig->harness.exchanges().size();
    QTest::mouseClick(child<QPushButton>(u"nextEventButton"_s), Qt::LeftButton);
    QCOMPARE(asked.size(), 3);
    QVERIFY(asked.constLast().startsWith(u"Call +31 6 12345678"_s));
    QCOMPARE(m_rig->harness.exchanges().size(), afterSend);
    QCOMPARE(m_rig->control.messages(kDigits).size(), 1);
}

void tst_VerifyWizard::countdownsAreAnnouncedAtThresholdsOnly()
{
    // The countdowns show every second, in the Cancel button and in the timeline's rows; screen
    // readers are told them by those widgets' accessible descriptions, which change when a
    // countdown starts and when it crosses 60, 30, 10 and 0 s. (The offscreen platform has no
    // accessibility bridge, so the events that go with them are counted by the wizard.)
    sendPin();
    auto *button = child<QPushButton>(u"cancelButton"_s);
    auto *timeline = child<Timeline>(u"timelineList"_s);
    enum Countdown { Cancel, Pin, Next };
    QHash<int, QStringList> told;
    QHash<int, QSet<QString>> shown;
    const auto rowDetail = [timeline](Timeline::State state) {
        for (int row = 0; row < timeline->count(); ++row) {
            if (timeline->state(row) == state)
                return timeline->item(row)->data(Timeline::DetailRole).toString();
        }
        return QString();
    };
    const auto tell = [&told](int which, const QString &description) {
        if (!description.isEmpty()
            && (told[which].isEmpty() || told[which].constLast() != description))
            told[which].append(description);
    };
    const auto look = [&] {
        shown[Cancel].insert(button->text());
        // The code's countdown shows in the list of running verifications ("Time left").
        shown[Pin].insert(child<QTreeWidget>(u"runningList"_s)->topLevelItem(0)->text(4));
        shown[Next].insert(rowDetail(Timeline::State::Next));
        tell(Cancel, button->accessibleDescription());
        const QStringList lines = timeline->accessibleDescription().split(u'\n');
        for (const QString &line : lines)
            tell(line.startsWith(u"PIN expires"_s) ? Pin : Next, line);
    };

    look();
    QCOMPARE(told[Cancel], QStringList({u"Cancel allowed in 0:30"_s}));
    QCOMPARE(told[Pin].size(), 1);
    QVERIFY(told[Pin].constFirst().startsWith(u"PIN expires in"_s));
    QCOMPARE(told[Next].size(), 1);
    QVERIFY2(told[Next].constFirst().startsWith(u"Next event"_s),
             qPrintable(told[Next].join(u" / "_s)));
    QCOMPARE(m_rig->wizard.countdownAnnouncements(),
             2); // the button, the timeline (both its lines)

    // Second by second to the end of the cancel wait.
    for (int second = 1; second <= 31; ++second) {
        advance(1);
        look();
    }
    QVERIFY2(shown[Cancel].size() >= 30, qPrintable(QString::number(shown[Cancel].size())));
    QCOMPARE(told[Cancel],
             QStringList({u"Cancel allowed in 0:30"_s, u"Cancel allowed in 0:10"_s,
                          u"Cancel allowed now"_s}));
    // The PIN and next-message countdowns moved 31 s without crossing a threshold: not a word.
    QVERIFY2(shown[Pin].size() >= 30, qPrintable(QString::number(shown[Pin].size())));
    QVERIFY2(shown[Next].size() >= 30, qPrintable(QString::number(shown[Next].size())));
    QCOMPARE(told[Pin].size(), 1);
    QCOMPARE(told[Next].size(), 1);
    QCOMPARE(m_rig->wizard.countdownAnnouncements(), 4);

    // The next message: quiet down to 61 s, told at 60 s, quiet again below.
    const int untilNext = m_rig->wizard.session()->countdowns().untilNextEvent;
    QVERIFY2(untilNext > 63, qPrintable(QString::number(untilNext)));
    advance(untilNext - 62);
    for (int i = 0; i < 4; ++i) { // 61, 60, 59, 58
        advance(1);
        look();
    }
    QCOMPARE(told[Next].size(), 2);
    QVERIFY2(told[Next].constLast().contains(u"in ~1:00"_s), qPrintable(told[Next].constLast()));
    QCOMPARE(told[Pin].size(), 1);
    QCOMPARE(m_rig->wizard.countdownAnnouncements(), 5);
}

void tst_VerifyWizard::newVerificationKeepsBrandAndOptions()
{
    auto *codeLength = child<QComboBox>(u"codeLengthCombo"_s);
    codeLength->setCurrentIndex(codeLength->findData(6));
    sendPin();
    QCOMPARE(child<QLineEdit>(u"pinEdit"_s)->maxLength(), 6);
    typePin(rightCode());
    QCOMPARE(m_rig->wizard.currentStep(), Step::Result);

    QTest::mouseClick(child<QPushButton>(u"sameNumberButton"_s), Qt::LeftButton);
    QCOMPARE(m_rig->wizard.currentStep(), Step::Number);
    QCOMPARE(child<QLineEdit>(u"numberEdit"_s)->text(), u"+31 6 12345678"_s);
    QCOMPARE(child<QLineEdit>(u"brandEdit"_s)->text(), u"VerifyDesk"_s);
    QCOMPARE(codeLength->currentData().toInt(), 6);

    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    settle();
    typePin(rightCode());
    QTest::mouseClick(child<QPushButton>(u"newButton"_s), Qt::LeftButton);
    QCOMPARE(m_rig->wizard.currentStep(), Step::Number);
    QVERIFY(child<QLineEdit>(u"numberEdit"_s)->text().isEmpty());
    QCOMPARE(child<QLineEdit>(u"brandEdit"_s)->text(), u"VerifyDesk"_s);
    QCOMPARE(codeLength->currentData().toInt(), 6);
    QVERIFY(child<QLineEdit>(u"numberEdit"_s)->hasFocus());
}

void tst_VerifyWizard::aSendErrorGoesWhenTheNumberChanges()
{
    // A demo number the sandbox refuses (blacklisted).
    sendPin(u"06 19999907"_s);
    QCOMPARE(m_rig->wizard.currentStep(), Step::Number);
    auto *sendError = child<QLabel>(u"sendError"_s);
    QVERIFY(sendError->isVisible());
    QTest::keyClick(child<QLineEdit>(u"numberEdit"_s), Qt::Key_Backspace);
    QVERIFY(!sendError->isVisible());
    // The brand is part of the request too.
    sendPin(u"06 19999907"_s);
    QVERIFY(sendError->isVisible());
    QTest::keyClicks(child<QLineEdit>(u"brandEdit"_s), u"x"_s);
    QVERIFY(!sendError->isVisible());
}

void tst_VerifyWizard::anUnusableNumberIsSaidOnce()
{
    fillIn(u"123"_s, u"VerifyDesk"_s);
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QVERIFY(child<QLabel>(u"verdictLabel"_s)->isVisible());
    QVERIFY(text(u"verdictLabel"_s).contains(u"Not a usable number"_s));
    QVERIFY(!child<QLabel>(u"numberError"_s)->isVisible());
    QVERIFY(child<QLineEdit>(u"numberEdit"_s)->hasFocus());
    // With nothing typed there is no verdict, and the error says what is missing.
    child<QLineEdit>(u"numberEdit"_s)->clear();
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QVERIFY(child<QLabel>(u"numberError"_s)->isVisible());
    QVERIFY(!child<QLabel>(u"verdictLabel"_s)->isVisible());
}

void tst_VerifyWizard::aRenewedPinIsSaidAtTheCode()
{
    // pin_expiry = next_event_wait: every message after the first carries a new PIN.
    QTest::mouseClick(child<QCheckBox>(u"customTimersCheck"_s), Qt::LeftButton);
    child<QSpinBox>(u"pinExpirySpin"_s)->setValue(60);
    child<QSpinBox>(u"nextEventWaitSpin"_s)->setValue(60);
    sendPin();
    const QString first = rightCode();
    advance(61); // the call with the new PIN
    QTRY_VERIFY(m_rig->wizard.session()->eventsSent() >= 2);
    QVERIFY(rightCode() != first);
    QVERIFY2(text(u"pinNote"_s).contains(u"new PIN went out by voice call"_s),
             qPrintable(text(u"pinNote"_s)));
    // The customer reads the code of the first message.
    typePin(first);
    QVERIFY2(text(u"pinError"_s).contains(u"renewed"_s), qPrintable(text(u"pinError"_s)));
    QVERIFY(text(u"pinError"_s).contains(u"voice call"_s));
    QVERIFY(text(u"pinError"_s).contains(u"2 attempts left"_s));
    typePin(rightCode());
    QCOMPARE(m_rig->wizard.currentStep(), Step::Result);
}

void tst_VerifyWizard::aWrongCodeMessageGoesWithItsPin()
{
    QTest::mouseClick(child<QCheckBox>(u"customTimersCheck"_s), Qt::LeftButton);
    child<QSpinBox>(u"pinExpirySpin"_s)->setValue(60);
    child<QSpinBox>(u"nextEventWaitSpin"_s)->setValue(60);
    sendPin();
    typePin(wrongCode());
    QVERIFY(text(u"pinError"_s).contains(u"2 attempts left"_s));
    QVERIFY(text(u"statusLabel"_s).contains(u"2 of 3 attempts left"_s));
    // A new PIN: the wrong code was about the one before, and is no longer said.
    advance(61);
    QTRY_VERIFY(text(u"statusLabel"_s).contains(u"3 of 3 attempts left"_s));
    QVERIFY(!child<QLabel>(u"pinError"_s)->isVisible());
    QVERIFY(child<QLabel>(u"pinNote"_s)->isVisible());
}

void tst_VerifyWizard::aFixedLineAsksBeforeAnSms()
{
    Dialogs::resetTestState();
    fillIn(u"0201234567"_s, u"VerifyDesk"_s);
    QCOMPARE(child<QComboBox>(u"workflowCombo"_s)->currentData().toInt(), 1);
    // Refused: nothing goes out.
    Dialogs::setNextAnswer(false);
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QCOMPARE(Dialogs::shownCount(), 1);
    QVERIFY(Dialogs::lastText().contains(u"fixed line"_s));
    QCOMPARE(m_rig->wizard.currentStep(), Step::Number);
    QVERIFY(text(u"sendError"_s).contains(u"Not sent"_s));
    QVERIFY(m_rig->control.messages(u"31201234567"_s).isEmpty());
    // Accepted: a call, for this request only.
    Dialogs::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    settle();
    QCOMPARE(m_rig->wizard.currentStep(), Step::Pin);
    QCOMPARE(m_rig->wizard.session()->workflow().id(), 7);
    const QJsonArray messages = m_rig->control.messages(u"31201234567"_s);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).toObject().value(u"channel"_s).toString(), u"tts"_s);
    m_rig->wizard.newVerification();
    QCOMPARE(child<QComboBox>(u"workflowCombo"_s)->currentData().toInt(), 1);
    Dialogs::resetTestState();
}

void tst_VerifyWizard::workflow7IsForTheFixedLineOnly()
{
    fillIn(u"0201234567"_s, u"VerifyDesk"_s);
    auto *verdict = child<QLabel>(u"verdictLabel"_s);
    // The warning is never cut off.
    QTRY_VERIFY(verdict->isVisible());
    QVERIFY2(
        verdict->height() >= verdict->heightForWidth(verdict->width()),
        qPrintable(
            u"%1 < %2"_s.arg(verdict->height()).arg(verdict->heightForWidth(verdict->width()))));
    QTest::mouseClick(child<QPushButton>(u"useVoiceWorkflowButton"_s), Qt::LeftButton);
    QCOMPARE(child<QComboBox>(u"workflowCombo"_s)->currentData().toInt(), 7);
    // The next number is a mobile one: its workflow is the profile's again.
    fillIn(kTyped, u"VerifyDesk"_s);
    QCOMPARE(child<QComboBox>(u"workflowCombo"_s)->currentData().toInt(), 1);
    // A workflow the user chose stays.
    selectWorkflow(7);
    fillIn(kTyped, u"VerifyDesk"_s);
    QCOMPARE(child<QComboBox>(u"workflowCombo"_s)->currentData().toInt(), 7);
}

QTEST_MAIN(tst_VerifyWizard)
#include "tst_VerifyWizard.moc"
