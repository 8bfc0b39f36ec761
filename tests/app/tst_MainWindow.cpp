// The main window as a user meets it: the Sandbox on first start, the profile switcher with its
// production guard, the banner, the status bar, keyboard navigation and the sandbox phone.

#include "AppHarness.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "SandboxPhone.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensOnTheSandboxReadyToWork();
    void productionAsksBeforeSwitching();
    void costlyActionsAskOnProductionOnly();
    void keyboardReachesEveryArea();
    void profileShortcutSwitches();
    void sandboxMessagesReachThePhoneAndTheTokenShows();
    void geometryIsRemembered();

private:
    QDockWidget *phoneDock() { return m_window->findChild<QDockWidget *>(u"phoneDock"_s); }

    std::unique_ptr<AppHarness> m_harness;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::init()
{
    Dialogs::resetTestState();
    m_harness = std::make_unique<AppHarness>();
    m_window = std::make_unique<MainWindow>(m_harness->services());
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_harness.reset();
}

void tst_MainWindow::opensOnTheSandboxReadyToWork()
{
    QCOMPARE(m_harness->settings().activeProfileId(), Profile::sandboxId());
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Verify);
    QVERIFY(m_window->bannerText().contains(u"Sandbox"_s));
    QVERIFY(m_window->statusProfileText().contains(u"Sandbox"_s));
    QVERIFY(phoneDock()->isVisible());
    QCOMPARE(m_harness->connection().state(), ProfileConnection::State::Ready);
}

void tst_MainWindow::productionAsksBeforeSwitching()
{
    Dialogs::setNextAnswer(false);
    QVERIFY(!m_window->switchProfile(Profile::kpnProductionId()));
    QCOMPARE(Dialogs::shownCount(), 1);
    QCOMPARE(m_harness->settings().activeProfileId(), Profile::sandboxId());
    QVERIFY(m_window->bannerText().contains(u"Sandbox"_s));

    Dialogs::setNextAnswer(true);
    QVERIFY(m_window->switchProfile(Profile::kpnProductionId()));
    QCOMPARE(m_harness->settings().activeProfileId(), Profile::kpnProductionId());
    QVERIFY(m_window->bannerText().contains(u"PRODUCTION"_s));
    QVERIFY(!phoneDock()->isVisible());
    // No secret stored for KPN yet: the banner says what to do.
    QTRY_COMPARE(m_harness->connection().state(), ProfileConnection::State::MissingSecret);
    QVERIFY(m_window->bannerText().contains(u"Settings"_s));

    // Back to the Sandbox: no question.
    const int asked = Dialogs::shownCount();
    QVERIFY(m_window->switchProfile(Profile::sandboxId()));
    QCOMPARE(Dialogs::shownCount(), asked);
}

void tst_MainWindow::costlyActionsAskOnProductionOnly()
{
    QVERIFY(m_window->confirmCostlyAction(u"Send a PIN to +31 6 12345678."_s));
    QCOMPARE(Dialogs::shownCount(), 0);

    Dialogs::setNextAnswer(true);
    QVERIFY(m_window->switchProfile(Profile::kpnProductionId()));
    Dialogs::setNextAnswer(false);
    QVERIFY(!m_window->confirmCostlyAction(u"Send a PIN to +31 6 12345678."_s));
    QVERIFY(Dialogs::lastText().contains(u"+31 6 12345678"_s));
    Dialogs::setNextAnswer(true);
    QVERIFY(m_window->confirmCostlyAction(u"Call +31 6 12345678 now."_s));
}

void tst_MainWindow::keyboardReachesEveryArea()
{
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::History);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Inspector);
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Settings);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Verify);
}

void tst_MainWindow::profileShortcutSwitches()
{
    // Profiles are listed Sandbox first, then KPN production: Ctrl+Alt+2 asks, then switches.
    Dialogs::setNextAnswer(true);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(m_harness->settings().activeProfileId(), Profile::kpnProductionId());
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(m_harness->settings().activeProfileId(), Profile::sandboxId());
}

void tst_MainWindow::sandboxMessagesReachThePhoneAndTheTokenShows()
{
    QVERIFY(m_window->statusTokenText().contains(u"none"_s));
    VerifyRequest request;
    request.number = u"31612345678"_s;
    request.brand = u"Acme"_s;
    bool done = false;
    m_harness->client().request(request, this, [&done](const Outcome<RequestResult> &outcome) {
        QVERIFY(outcome.ok());
        done = true;
    });
    QTRY_VERIFY(done);
    QTRY_COMPARE(m_window->sandboxPhone()->messageCount(), 1);
    QTRY_VERIFY(m_window->statusTokenText().contains(u"left"_s));
}

void tst_MainWindow::geometryIsRemembered()
{
    m_window->resize(1010, 690);
    m_window->close();
    QVERIFY(!m_harness->settings().windowGeometry().isEmpty());
    MainWindow again(m_harness->services());
    QCOMPARE(again.size(), QSize(1010, 690));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
