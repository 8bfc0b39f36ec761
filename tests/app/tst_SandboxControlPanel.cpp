// The Sandbox control panel against the in-process sandbox: each preset fires as its button
// says and the wizard shows what a user would see of it; the custom form arms what it shows; the
// clock and reset controls.

#include "AppHarness.h"
#include "Clock.h"
#include "Dialogs.h"
#include "SandboxControl.h"
#include "SandboxService.h"
#include "api/RateGuard.h"
#include "api/VerifyStatus.h"
#include "sandbox/SandboxControlPanel.h"
#include "verification/VerificationSession.h"
#include "verify/VerifyWizard.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QTextDocumentFragment>

#include <memory>

using namespace Qt::StringLiterals;

using Preset = SandboxControlPanel::Preset;
using Endpoint = SandboxControlPanel::Endpoint;
using Kind = SandboxControlPanel::Kind;

namespace {

const QString kTyped = u"0612345678"_s;
const QString kDigits = u"31612345678"_s;

// How the wizard should end the send a preset faults.
enum class Expect { Message, PinStep };

} // namespace

Q_DECLARE_METATYPE(Expect)

class tst_SandboxControlPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void presetFiresAsLabelled_data();
    void presetFiresAsLabelled();
    void customFormArmsWhatItShows();
    void disarmAll();
    void skipMovesTheSandboxClock();
    void resetAsksFirst();

private:
    template<typename T> T *panelChild(const QString &name)
    {
        auto *widget = m_panel->findChild<T *>(name);
        if (!widget)
            qFatal("no such panel widget");
        return widget;
    }
    QString wizardMessage();
    void send();
    bool busy();

    // English plurals ("1 more call", "2 more calls") come from the English catalogue.
    std::unique_ptr<LanguageScope> m_language;
    std::unique_ptr<AppHarness> m_harness;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<VerifyWizard> m_wizard;
    std::unique_ptr<SandboxControlPanel> m_panel;
};

void tst_SandboxControlPanel::init()
{
    Dialogs::resetTestState();
    m_language = std::make_unique<LanguageScope>(u"en"_s);
    m_harness = std::make_unique<AppHarness>();
    // A short transfer timeout, so that "Slow network" (8 s) times out in a second.
    Profile profile = m_harness->settings().activeProfile();
    profile.timeoutSeconds = 1;
    QString error;
    QVERIFY2(m_harness->settings().updateProfile(profile, &error), qPrintable(error));
    RateGuard *guard = m_harness->client().rateGuard();
    guard->setInterval(RateGuard::Lane::Request, 0);
    guard->setInterval(RateGuard::Lane::Search, 0);
    // Throttled answers are retried as in the app, without seconds between the tries.
    m_harness->client().setThrottleRetryDelays({10, 20, 40});

    m_control = std::make_unique<SandboxControl>(m_harness->sandbox().baseUrl());
    m_wizard = std::make_unique<VerifyWizard>(&m_harness->connections(), &m_harness->history());
    m_wizard->setProfile(m_harness->settings().activeProfile());
    m_wizard->resize(900, 600);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_panel = std::make_unique<SandboxControlPanel>();
    m_panel->setSandbox(&m_harness->sandbox());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    // The wizard's keys (Ctrl+Return sends) work in the active window.
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
}

void tst_SandboxControlPanel::cleanup()
{
    m_panel.reset();
    m_wizard.reset();
    m_control.reset();
    m_harness.reset();
    m_language.reset();
}

bool tst_SandboxControlPanel::busy()
{
    const VerificationSession *session = m_wizard->session();
    return session && session->isBusy();
}

void tst_SandboxControlPanel::send()
{
    auto *number = m_wizard->findChild<QLineEdit *>(u"numberEdit"_s);
    auto *brand = m_wizard->findChild<QLineEdit *>(u"brandEdit"_s);
    QVERIFY(number && brand);
    number->clear();
    QTest::keyClicks(number, kTyped);
    brand->clear();
    QTest::keyClicks(brand, u"VerifyDesk"_s);
    brand->setFocus();
    QTest::keyClick(brand, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!busy(), 10'000);
}

QString tst_SandboxControlPanel::wizardMessage()
{
    auto *label = m_wizard->findChild<QLabel *>(u"sendError"_s);
    if (!label || !label->isVisible())
        return {};
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

void tst_SandboxControlPanel::presetFiresAsLabelled_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("armed"); // in the armed list
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<QString>("shown"); // in the wizard's message
    QTest::addColumn<int>("fired");

    QTest::newRow("gateway down") << Preset::GatewayDown << u"gatewayDownButton"_s
                                  << u"Any call: HTTP 503 with an HTML page (3 more calls)"_s
                                  << Expect::Message << u"HTTP 503"_s << 1;
    QTest::newRow("slow network") << Preset::SlowNetwork << u"slowNetworkButton"_s
                                  << u"Any call: answer after 8 s (3 more calls)"_s
                                  << Expect::Message << u"did not answer in time"_s << 1;
    QTest::newRow("throttled") << Preset::Throttled << u"throttledButton"_s
                               << u"Request: Verify status 1 (Throttled) (4 more calls)"_s
                               << Expect::Message
                               << VerifyStatus(VerifyStatus::Code::Throttled).explanation() << 4;
    QTest::newRow("out of credit")
        << Preset::OutOfCredit << u"outOfCreditButton"_s
        << u"Request: Verify status 9 (Out of credit) (1 more call)"_s << Expect::Message
        << VerifyStatus(VerifyStatus::Code::PartnerQuotaExceeded).explanation() << 1;
    // The desk renews its token without the user noticing: the PIN goes out.
    QTest::newRow("token expired")
        << Preset::TokenExpired << u"tokenExpiredButton"_s
        << u"Any call: token expired (1 more call)"_s << Expect::PinStep << QString() << 1;
}

void tst_SandboxControlPanel::presetFiresAsLabelled()
{
    QFETCH(Preset, preset);
    QFETCH(QString, button);
    QFETCH(QString, armed);
    QFETCH(Expect, expect);
    QFETCH(QString, shown);
    QFETCH(int, fired);

    // A token is in hand first, so that "Token expired" has one to expire.
    bool haveToken = false;
    m_harness->tokens().fetchToken(
        this, [&haveToken](const Outcome<QString> &outcome) { haveToken = outcome.ok(); });
    QTRY_VERIFY(haveToken);

    QVERIFY(m_panel->armedFaults().isEmpty());
    QTest::mouseClick(panelChild<QPushButton>(button), Qt::LeftButton);
    QCOMPARE(m_panel->armedFaults(), QStringList {armed});
    Q_UNUSED(preset)

    QSignalSpy firedSpy(m_panel.get(), &SandboxControlPanel::faultFired);
    send();
    QTRY_COMPARE(firedSpy.size(), fired);
    QCOMPARE(m_panel->firedFaults().size(), fired);
    if (expect == Expect::PinStep) {
        QTRY_VERIFY(m_wizard->session()
                    && m_wizard->session()->state() == VerificationSession::State::WaitingForCode);
        QCOMPARE(m_control->messages(kDigits).size(), 1);
    } else {
        const QString message = wizardMessage();
        QVERIFY2(message.contains(shown, Qt::CaseInsensitive), qPrintable(message));
        // Nothing reached the customer.
        QCOMPARE(m_control->messages(kDigits).size(), preset == Preset::SlowNetwork ? 1 : 0);
    }
}

void tst_SandboxControlPanel::customFormArmsWhatItShows()
{
    auto *endpoint = panelChild<QComboBox>(u"endpointCombo"_s);
    auto *kind = panelChild<QComboBox>(u"kindCombo"_s);
    auto *status = panelChild<QComboBox>(u"statusCombo"_s);
    auto *seconds = panelChild<QSpinBox>(u"secondsSpin"_s);
    auto *count = panelChild<QSpinBox>(u"countSpin"_s);

    // Only what the kind needs is shown.
    kind->setCurrentIndex(kind->findData(int(Kind::Http500)));
    QVERIFY(!status->isVisible());
    QVERIFY(!seconds->isVisible());
    kind->setCurrentIndex(kind->findData(int(Kind::VerifyStatus)));
    QVERIFY(status->isVisible());
    QVERIFY(!seconds->isVisible());
    kind->setCurrentIndex(kind->findData(int(Kind::TooManyRequests)));
    QVERIFY(seconds->isVisible());

    endpoint->setCurrentIndex(endpoint->findData(int(Endpoint::Request)));
    kind->setCurrentIndex(kind->findData(int(Kind::VerifyStatus)));
    status->setCurrentIndex(status->findData(int(VerifyStatus::Code::NumberBlacklisted)));
    count->setValue(2);
    QTest::mouseClick(panelChild<QPushButton>(u"armButton"_s), Qt::LeftButton);
    QCOMPARE(m_panel->armedFaults(),
             QStringList {u"Request: Verify status 7 (%1) (2 more calls)"_s.arg(
                 VerifyStatus(VerifyStatus::Code::NumberBlacklisted).title())});

    send();
    QVERIFY2(
        wizardMessage().contains(VerifyStatus(VerifyStatus::Code::NumberBlacklisted).explanation()),
        qPrintable(wizardMessage()));
    QTRY_COMPARE(m_panel->armedFaults().size(), 1);
    QVERIFY(m_panel->armedFaults().constFirst().endsWith(u"(1 more call)"_s));
}

void tst_SandboxControlPanel::disarmAll()
{
    auto *disarm = panelChild<QPushButton>(u"disarmButton"_s);
    QVERIFY(!disarm->isEnabled());
    m_panel->armPreset(Preset::GatewayDown);
    m_panel->arm(Endpoint::Check, Kind::Dropped, 1);
    QCOMPARE(m_panel->armedFaults().size(), 2);
    QCOMPARE(m_panel->armedFaults().at(1), u"Check: connection dropped (1 more call)"_s);
    QVERIFY(disarm->isEnabled());
    QTest::mouseClick(disarm, Qt::LeftButton);
    QVERIFY(m_panel->armedFaults().isEmpty());
    QVERIFY(m_harness->sandbox().service().faults().toJson().isEmpty());
    send();
    QVERIFY(m_wizard->session());
    QTRY_COMPARE(m_wizard->session()->state(), VerificationSession::State::WaitingForCode);
}

void tst_SandboxControlPanel::skipMovesTheSandboxClock()
{
    auto *label = panelChild<QLabel>(u"clockLabel"_s);
    QVERIFY(label->text().startsWith(u"Sandbox time "_s));
    QVERIFY(!label->text().contains(u"ahead"_s));
    const qint64 before = m_harness->sandbox().simulator().clock().nowMs();
    QSignalSpy advanced(m_panel.get(), &SandboxControlPanel::clockAdvanced);
    panelChild<QSpinBox>(u"skipSpin"_s)->setValue(90);
    QTest::mouseClick(panelChild<QPushButton>(u"skipButton"_s), Qt::LeftButton);
    QCOMPARE(advanced.size(), 1);
    QCOMPARE(advanced.constFirst().constFirst().toLongLong(), 90);
    QVERIFY(m_harness->sandbox().simulator().clock().nowMs() - before >= 90'000);
    QVERIFY2(label->text().contains(u"1 min 30 s ahead"_s), qPrintable(label->text()));

    // To the next event: nothing is scheduled, so the button is off; a verification's next SMS is.
    QVERIFY(!panelChild<QPushButton>(u"nextEventButton"_s)->isEnabled());
    send();
    QTRY_VERIFY(panelChild<QPushButton>(u"nextEventButton"_s)->isEnabled());
    const int sms = int(m_control->messages(kDigits).size());
    QTest::mouseClick(panelChild<QPushButton>(u"nextEventButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_control->messages(kDigits).size() > sms);
}

void tst_SandboxControlPanel::resetAsksFirst()
{
    send();
    QTRY_COMPARE(m_wizard->session()->state(), VerificationSession::State::WaitingForCode);
    m_panel->armPreset(Preset::OutOfCredit);
    QSignalSpy reset(m_panel.get(), &SandboxControlPanel::sandboxReset);

    Dialogs::setNextAnswer(false);
    QTest::mouseClick(panelChild<QPushButton>(u"resetButton"_s), Qt::LeftButton);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_panel->armedFaults().size(), 1);
    QVERIFY(!m_control->messages(kDigits).isEmpty());

    Dialogs::setNextAnswer(true);
    QTest::mouseClick(panelChild<QPushButton>(u"resetButton"_s), Qt::LeftButton);
    QCOMPARE(reset.size(), 1);
    QVERIFY(Dialogs::lastText().contains(u"not found"_s));
    QVERIFY(m_panel->armedFaults().isEmpty());
    QVERIFY(m_control->messages(kDigits).isEmpty());
}

QTEST_MAIN(tst_SandboxControlPanel)
#include "tst_SandboxControlPanel.moc"
