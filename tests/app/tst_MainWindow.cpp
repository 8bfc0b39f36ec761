// The main window as a user meets it: the Sandbox on first start, the profile switcher with its
// production guard, the banner, the status bar, keyboard navigation and the sandbox phone.

#include "AppHarness.h"
#include "Dialogs.h"
#include "Icons.h"
#include "MainWindow.h"
#include "SandboxControl.h"
#include "SandboxPhone.h"
#include "history/HistoryModel.h"
#include "history/HistoryView.h"
#include "inspector/InspectorView.h"
#include "verify/VerifyWizard.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMetaEnum>
#include <QPushButton>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTableView>
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
    void switchingAreasTakesTheKeyboardAlong();
    void theAreasShowTheirIconsShortcutsAndCounts();
    void everyButtonShowsTheIconItsFormNames();
    void tabGoesFromThePageToThePhoneAndRound();
    void profileShortcutSwitches();
    void sandboxMessagesReachThePhoneAndTheTokenShows();
    void geometryIsRemembered();
    void aVerificationLandsInTheHistory();
    void verifyAgainFromTheHistoryFillsTheWizard();
    void verifyAgainOfAPaymentConfirmsAPayment();
    void anErrorLinksToItsExchange();
    void aHistoryRefreshErrorLinksToItsExchange();

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
    // The verification's own profile decides, not the one selected.
    Dialogs::setNextAnswer(true);
    QVERIFY(m_window->switchProfile(Profile::kpnProductionId()));
    const int asked = Dialogs::shownCount();
    QVERIFY(m_window->confirmCostlyAction(Profile::sandbox(), u"Send a PIN to +31 6 12345678."_s));
    QCOMPARE(Dialogs::shownCount(), asked);

    const Profile production = Profile::kpnProduction();
    Dialogs::setNextAnswer(false);
    QVERIFY(!m_window->confirmCostlyAction(production, u"Send a PIN to +31 6 12345678."_s));
    QVERIFY(Dialogs::lastText().contains(u"+31 6 12345678"_s));
    Dialogs::setNextAnswer(true);
    QVERIFY(m_window->confirmCostlyAction(production, u"Call +31 6 12345678 now."_s));
}

void tst_MainWindow::keyboardReachesEveryArea()
{
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::History);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Inspector);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Console);
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Settings);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Verify);
}

void tst_MainWindow::switchingAreasTakesTheKeyboardAlong()
{
    m_window->activateWindow();
    QTRY_VERIFY(QApplication::focusWidget());
    auto focusedName = [] {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    };
    QCOMPARE(focusedName(), u"numberEdit"_s);

    // Each page's main control the first time: the tables, the profiles.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Inspector);
    QCOMPARE(focusedName(), u"table"_s);
    QVERIFY(m_window->inspector()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(focusedName(), u"profileList"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(focusedName(), u"table"_s);
    QVERIFY(m_window->history()->isAncestorOf(QApplication::focusWidget()));

    // Where the keyboard was when the page was left, when the page is shown again.
    auto *find = m_window->history()->findChild<QLineEdit *>(u"filterEdit"_s);
    QVERIFY(find);
    find->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(focusedName(), u"numberEdit"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), find);

    // Going through the list of areas with the arrow keys leaves the keyboard in the list.
    auto *areas = m_window->findChild<QListWidget *>(u"navigation"_s);
    areas->setFocus();
    QTest::keyClick(areas, Qt::Key_Down);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Inspector);
    QCOMPARE(QApplication::focusWidget(), areas);
}

void tst_MainWindow::theAreasShowTheirIconsShortcutsAndCounts()
{
    auto *areas = m_window->findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(areas);
    QCOMPARE(areas->count(), 5);
    for (int row = 0; row < areas->count(); ++row)
        QVERIFY(!areas->item(row)->icon().isNull());
    // The tooltip names the shortcut the View menu gives the area.
    QCOMPARE(areas->item(0)->toolTip(), u"Verify (Ctrl+1)"_s);
    QCOMPARE(areas->item(1)->toolTip(), u"History (Ctrl+2)"_s);
    QCOMPARE(areas->item(4)->toolTip(), u"Settings (Ctrl+,)"_s);
    // What a screen reader hears for an area.
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(areas);
    QVERIFY(list && list->tableInterface());
    const auto heard = [list](MainWindow::Area area) {
        QAccessibleInterface *cell = list->tableInterface()->cellAt(static_cast<int>(area), 0);
        return cell ? cell->text(QAccessible::Name) : QString();
    };
    QCOMPARE(list->text(QAccessible::Name), u"Areas"_s);
    QCOMPARE(heard(MainWindow::Area::Verify), u"Verify"_s);
    QCOMPARE(m_window->areaBadge(MainWindow::Area::Verify), 0);

    // A verification sent: Verify counts it while it runs, and the Inspector the exchanges it
    // made until the Inspector is shown.
    QTest::keyClicks(m_window->verifyWizard()->findChild<QLineEdit *>(u"numberEdit"_s),
                     u"06 12345678"_s);
    QTest::mouseClick(m_window->verifyWizard()->findChild<QPushButton *>(u"sendButton"_s),
                      Qt::LeftButton);
    QTRY_COMPARE(m_window->verifyWizard()->currentStep(), VerifyWizard::Step::Pin);
    QCOMPARE(m_window->areaBadge(MainWindow::Area::Verify), 1);
    QCOMPARE(heard(MainWindow::Area::Verify), u"Verify, 1 running"_s);
    QCOMPARE(areas->item(0)->toolTip(), u"Verify (Ctrl+1)\n1 running"_s);
    const int exchanges = m_harness->exchanges().size();
    QVERIFY(exchanges >= 2); // the token and the request
    QCOMPARE(m_window->areaBadge(MainWindow::Area::Inspector), exchanges);
    QCOMPARE(heard(MainWindow::Area::Inspector), u"Inspector, %1 new"_s.arg(exchanges));

    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->areaBadge(MainWindow::Area::Inspector), 0);
    QCOMPARE(heard(MainWindow::Area::Inspector), u"Inspector"_s);

    // Back on Verify, the PIN checked: the verification no longer runs, and the check's
    // exchange is new to the Inspector.
    const int seen = m_harness->exchanges().size();
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    auto *pinEdit = m_window->verifyWizard()->findChild<QLineEdit *>(u"pinEdit"_s);
    QVERIFY(pinEdit);
    QTRY_VERIFY(pinEdit->isVisible() && pinEdit->isEnabled());
    QTest::keyClicks(pinEdit, m_harness->sandbox().simulator().messages().constLast().code);
    QTest::keyClick(pinEdit, Qt::Key_Return);
    QTRY_COMPARE(m_window->verifyWizard()->currentStep(), VerifyWizard::Step::Result);
    QCOMPARE(m_window->areaBadge(MainWindow::Area::Verify), 0);
    QCOMPARE(heard(MainWindow::Area::Verify), u"Verify"_s);
    QCOMPARE(areas->item(0)->toolTip(), u"Verify (Ctrl+1)"_s);
    QVERIFY(m_harness->exchanges().size() > seen);
    QCOMPARE(m_window->areaBadge(MainWindow::Area::Inspector),
             m_harness->exchanges().size() - seen);
}

void tst_MainWindow::everyButtonShowsTheIconItsFormNames()
{
    // Every area built, and a verification on its PIN step.
    QVERIFY(m_window->history() && m_window->inspector() && m_window->console()
            && m_window->settingsPanel());
    sendPinFromStepOne(m_window.get());
    if (QTest::currentTestFailed())
        return;
    const auto drawn = [](const QIcon &icon) {
        return icon.pixmap(QSize(24, 24), 1.0).toImage();
    };
    const QMetaEnum names = QMetaEnum::fromType<Icons::Name>();
    QStringList checked;
    const auto check = [&](QObject *control, const QIcon &icon) {
        const QVariant name = control->property("iconName");
        if (!name.isValid())
            return;
        const int value = names.keyToValue(name.toString().toLatin1().constData());
        QVERIFY2(value >= 0, qPrintable(name.toString()));
        QVERIFY2(drawn(icon) == drawn(Icons::icon(static_cast<Icons::Name>(value))),
                 qPrintable(control->objectName()));
        checked.append(control->objectName());
    };
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
        check(button, button->icon());
        if (QTest::currentTestFailed())
            return;
    }
    for (QAction *action : m_window->findChildren<QAction *>()) {
        check(action, action->icon());
        if (QTest::currentTestFailed())
            return;
    }
    // Some of each area's forms, and the menus' actions.
    for (const QString &name :
         {u"refreshUnfinishedButton"_s, u"copyCurlButton"_s, u"revealPinButton"_s,
          u"importButton"_s, u"deleteButton"_s, u"skipToNextButton"_s, u"copyIdButton"_s,
          u"newVerificationButton"_s, u"actionQuit"_s})
        QVERIFY2(checked.contains(name), qPrintable(name));
}

void tst_MainWindow::tabGoesFromThePageToThePhoneAndRound()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *pages = m_window->findChild<QWidget *>(u"pages"_s);
    auto *navigation = m_window->findChild<QWidget *>(u"navigation"_s);
    auto *phone = m_window->findChild<SandboxPhone *>();
    QVERIFY(pages && navigation && phone);
    // Which part of the window a widget belongs to, in reading order.
    const auto partOf = [&](const QWidget *w) {
        if (!w)
            return u"nothing"_s;
        if (pages->isAncestorOf(w))
            return u"page"_s;
        if (phone->isAncestorOf(w))
            return u"phone"_s;
        if (w == navigation)
            return u"areas"_s;
        if (qobject_cast<const QComboBox *>(w) && w->accessibleName() == u"Active profile")
            return u"profile"_s;
        return u"%1 %2"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    };
    // Tabs once round the window from the focused widget; the parts in the order met.
    const auto tabRound = [&] {
        QStringList parts {partOf(QApplication::focusWidget())};
        QWidget *start = QApplication::focusWidget();
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (partOf(now) != parts.constLast())
                parts << partOf(now);
            if (now == start)
                break;
        }
        return parts;
    };

    // The window opens with the focus in the wizard's number field, not in the phone.
    QVERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), u"numberEdit"_s);
    const QStringList expected {u"page"_s, u"phone"_s, u"profile"_s, u"areas"_s, u"page"_s};
    QCOMPARE(tabRound(), expected);

    // A page built later takes the page's place in the order too.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::History);
    m_window->findChild<QLineEdit *>(u"filterEdit"_s)->setFocus();
    QCOMPARE(tabRound(), expected);

    // Inside the phone: the messages, then the buttons below them, top to bottom.
    const QStringList phoneOrder {u"messages"_s, u"skipButton"_s, u"skipToNextButton"_s,
                                  u"clearButton"_s};
    QStringList met;
    for (QWidget *w = phone->nextInFocusChain(); w != phone; w = w->nextInFocusChain()) {
        if (phone->isAncestorOf(w) && phoneOrder.contains(w->objectName()))
            met << w->objectName();
        if (met.size() == phoneOrder.size())
            break;
    }
    QCOMPARE(met, phoneOrder);
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

void tst_MainWindow::aVerificationLandsInTheHistory()
{
    auto *number = m_window->verifyWizard()->findChild<QLineEdit *>(u"numberEdit"_s);
    auto *brand = m_window->verifyWizard()->findChild<QLineEdit *>(u"brandEdit"_s);
    QVERIFY(number && brand);
    // The operator's name as Settings has it when the request goes out.
    m_harness->settings().setOperatorName(u"Anna de Vries"_s);
    QTest::keyClicks(number, u"06 12345678"_s);
    brand->clear();
    QTest::keyClicks(brand, u"Acme"_s);
    QTest::keyClicks(m_window->verifyWizard()->findChild<QLineEdit *>(u"referenceEdit"_s),
                     u"INC-20451"_s);
    QTest::mouseClick(m_window->verifyWizard()->findChild<QPushButton *>(u"sendButton"_s),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_harness->sandbox().simulator().messages().isEmpty());
    const QString pin = m_harness->sandbox().simulator().messages().constLast().code;

    // The simulator delivers the message before its answer reaches the desk: the PIN step is made
    // when the answer arrives.
    QTRY_COMPARE(m_window->verifyWizard()->currentStep(), VerifyWizard::Step::Pin);
    auto *pinEdit = m_window->verifyWizard()->findChild<QLineEdit *>(u"pinEdit"_s);
    QVERIFY(pinEdit);
    QTRY_VERIFY(pinEdit->isVisible() && pinEdit->isEnabled());
    QTest::keyClicks(pinEdit, pin);
    QTest::keyClick(pinEdit, Qt::Key_Return);
    QTRY_COMPARE(m_window->verifyWizard()->currentStep(), VerifyWizard::Step::Result);

    HistoryQuery all;
    const QList<HistoryRecord> rows = m_harness->history().query(all);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().number, u"31612345678"_s);
    QCOMPARE(rows.first().brand, u"Acme"_s);
    QCOMPARE(rows.first().operatorName, u"Anna de Vries"_s);
    QCOMPARE(rows.first().workstation, QSysInfo::machineHostName());
    QCOMPARE(rows.first().reference, u"INC-20451"_s);
    QCOMPARE(rows.first().profileId, Profile::sandboxId());
    QCOMPARE(rows.first().status, HistoryRecord::Status::Verified);
    QCOMPARE(rows.first().price, u"0.10000000"_s);
    QVERIFY(!rows.first().requestId.isEmpty());
    // The table shows it too.
    QTRY_COMPARE(m_window->history()->model()->rowCount(), 1);
}

void tst_MainWindow::verifyAgainFromTheHistoryFillsTheWizard()
{
    HistoryRecord record;
    record.profileId = Profile::sandboxId();
    record.profileName = u"Sandbox"_s;
    record.number = u"31687654321"_s;
    record.brand = u"Again"_s;
    record.reference = u"INC-20451"_s;
    record.requestId = u"fedcba9876543210fedcba9876543210"_s;
    record.status = HistoryRecord::Status::Expired;
    QVERIFY(m_harness->history().addVerification(record) != 0);
    m_window->showArea(MainWindow::Area::History);
    QTRY_COMPARE(m_window->history()->model()->rowCount(), 1);
    m_window->history()->findChild<QTableView *>()->selectRow(0);
    QTest::mouseClick(m_window->history()->findChild<QPushButton *>(u"verifyAgainButton"_s),
                      Qt::LeftButton);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Verify);
    QVERIFY(m_window->verifyWizard()
                ->findChild<QLineEdit *>(u"numberEdit"_s)
                ->text()
                .contains(u"87654321"_s));
    QCOMPARE(m_window->verifyWizard()->findChild<QLineEdit *>(u"brandEdit"_s)->text(), u"Again"_s);
    // The same ticket: the customer is verified again for it.
    QCOMPARE(m_window->verifyWizard()->findChild<QLineEdit *>(u"referenceEdit"_s)->text(),
             u"INC-20451"_s);
}

void tst_MainWindow::verifyAgainOfAPaymentConfirmsAPayment()
{
    // A payment confirmation keeps its payee in the brand column, and payee and amount with
    // its options.
    HistoryRecord record;
    record.profileId = Profile::sandboxId();
    record.profileName = u"Sandbox"_s;
    record.number = u"31687654321"_s;
    record.brand = u"Acme Shop"_s;
    record.options = {{u"payee"_s, u"Acme Shop"_s}, {u"amount"_s, u"1234.50"_s}};
    record.reference = u"Chat 88-1"_s;
    record.requestId = u"fedcba9876543210fedcba9876543210"_s;
    record.status = HistoryRecord::Status::Expired;
    QVERIFY(m_harness->history().addVerification(record) != 0);
    const auto verifyAgain = [this] {
        m_window->showArea(MainWindow::Area::History);
        QTRY_COMPARE(m_window->history()->model()->rowCount(), 1);
        m_window->history()->findChild<QTableView *>()->selectRow(0);
        QTest::mouseClick(m_window->history()->findChild<QPushButton *>(u"verifyAgainButton"_s),
                          Qt::LeftButton);
        QCOMPARE(m_window->currentArea(), MainWindow::Area::Verify);
    };
    auto *wizard = m_window->verifyWizard();

    // KPN's flavour has no PSD2: the payee is not sent as a brand, and the step says why.
    verifyAgain();
    QVERIFY(wizard->findChild<QLineEdit *>(u"numberEdit"_s)->text().contains(u"87654321"_s));
    QVERIFY(wizard->findChild<QLineEdit *>(u"brandEdit"_s)->text() != u"Acme Shop"_s);
    auto *error = wizard->findChild<QLabel *>(u"sendError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"PSD2"_s), qPrintable(error->text()));

    // The Sandbox speaking the vendor's flavour confirms the payment again.
    Profile sandbox = m_harness->settings().activeProfile();
    sandbox.flavour = ApiFlavour::VonageKey;
    QString problem;
    QVERIFY2(m_harness->settings().updateProfile(sandbox, &problem), qPrintable(problem));
    verifyAgain();
    QCOMPARE(wizard->findChild<QComboBox *>(u"kindCombo"_s)->currentData().toBool(), true);
    QCOMPARE(wizard->findChild<QLineEdit *>(u"payeeEdit"_s)->text(), u"Acme Shop"_s);
    QCOMPARE(wizard->findChild<QLineEdit *>(u"amountEdit"_s)->text(), u"1,234.50"_s);
    QCOMPARE(wizard->findChild<QLineEdit *>(u"referenceEdit"_s)->text(), u"Chat 88-1"_s);
    QVERIFY(!error->isVisible());
}

void tst_MainWindow::anErrorLinksToItsExchange()
{
    auto *wizard = m_window->verifyWizard();
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"numberEdit"_s), u"06 19999907"_s);
    QTest::mouseClick(wizard->findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
    auto *error = wizard->findChild<QLabel *>(u"sendError"_s);
    QTRY_VERIFY(error->text().contains(u"exchange:"_s));
    QVERIFY(error->isVisible());

    // Clicked as a user clicks it: somewhere on the label's text is the link. Scanned again
    // until it is hit, as the label may still be laid out anew (its width, its wrapping) when
    // it first shows on a busy machine.
    QSignalSpy spy(wizard, &VerifyWizard::showExchangeRequested);
    const auto clickTheLink = [error, &spy] {
        for (int y = 2; y < error->height() && spy.isEmpty(); y += 4) {
            for (int x = error->width() - 2; x > 0 && spy.isEmpty(); x -= 6)
                QTest::mouseClick(error, Qt::LeftButton, {}, QPoint(x, y));
        }
        return !spy.isEmpty();
    };
    QTRY_VERIFY(clickTheLink());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Inspector);
    // The inspector shows the refused request (status 7) selected.
    QTRY_VERIFY(m_window->inspector()
                    ->findChild<QLabel *>(u"summaryLabel"_s)
                    ->text()
                    .contains(u"/communication/nexmo/verify"_s));
}

void tst_MainWindow::aHistoryRefreshErrorLinksToItsExchange()
{
    HistoryRecord record;
    record.profileId = Profile::sandboxId();
    record.profileName = u"Sandbox"_s;
    record.number = u"31687654321"_s;
    record.brand = u"Refresh"_s;
    record.requestId = u"0123456789abcdef0123456789abcdef"_s;
    record.status = HistoryRecord::Status::InProgress;
    QVERIFY(m_harness->history().addVerification(record) != 0);
    m_window->showArea(MainWindow::Area::History);
    HistoryView *history = m_window->history();
    QTRY_COMPARE(history->model()->rowCount(), 1);
    SandboxControl control(m_harness->sandbox().baseUrl());
    QVERIFY(control.addFaults(
        R"([{"path":"/communication/nexmo/verify/search","status":500,"count":5}])"));
    history->findChild<QTableView *>()->selectRow(0);
    QTest::mouseClick(history->findChild<QPushButton *>(u"refreshSelectionButton"_s),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(history->message().contains(u"exchange:"_s), 15'000);

    auto *label = history->findChild<QLabel *>(u"messageLabel"_s);
    for (int y = 2; y < label->height() && m_window->currentArea() != MainWindow::Area::Inspector;
         y += 4) {
        for (int x = label->width() - 2;
             x > 0 && m_window->currentArea() != MainWindow::Area::Inspector; x -= 6)
            QTest::mouseClick(label, Qt::LeftButton, {}, QPoint(x, y));
    }
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Inspector);
    // The inspector shows the failed search selected.
    QTRY_VERIFY(m_window->inspector()
                    ->findChild<QLabel *>(u"summaryLabel"_s)
                    ->text()
                    .contains(u"/search"_s));
    QVERIFY(control.clearFaults());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
