#include "AppHarness.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "PostgresTestDatabase.h"
#include "SandboxControl.h"
#include "history/HistoryStore.h"
#include "history/HistoryView.h"
#include "verification/VerificationSession.h"
#include "verify/VerifyWizard.h"

#include <QCloseEvent>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kDigits = u"31612345678"_s;
const QString kTyped = u"+31 6 12345678"_s;

} // namespace

// A desk whose history is the team's shared one: the warning before a second PIN goes to a
// number another desk is verifying, and what the window says while the server is away.
class tst_TeamDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void warnsBeforeASecondPinAndContinuesTheFirst();
    void sendsAgainWhenAskedTo();
    void saysWhenTheServerIsAwayAndAsksBeforeQuitting();

private:
    template<typename T> T *child(const QString &name, QWidget *in)
    {
        auto *found = in->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    // A wizard on the harness's services for the desk user `name` on computer `desk`.
    std::unique_ptr<VerifyWizard> desk(const QString &name, const QString &desk);
    void send(VerifyWizard *wizard);
    // Requests the desk has sent so far (refused ones too).
    int requestCount() const;
    void settle(VerifyWizard *wizard);

    std::unique_ptr<PostgresTestDatabase> m_db;
    std::unique_ptr<AppHarness> m_harness;
    std::unique_ptr<SandboxControl> m_control;
};

void tst_TeamDesk::init()
{
    Dialogs::resetTestState();
    m_db = std::make_unique<PostgresTestDatabase>();
    VERIFYDESK_REQUIRE_POSTGRES(*m_db);
    m_harness = std::make_unique<AppHarness>(m_db->agent());
    QVERIFY(m_harness->history().isShared());
    QVERIFY(!m_harness->history().isAway());
    m_control = std::make_unique<SandboxControl>(m_harness->sandbox().baseUrl());
}

void tst_TeamDesk::cleanup()
{
    m_control.reset();
    m_harness.reset();
    m_db.reset();
}

std::unique_ptr<VerifyWizard> tst_TeamDesk::desk(const QString &name, const QString &desk)
{
    auto wizard = std::make_unique<VerifyWizard>(&m_harness->connections(), &m_harness->history());
    wizard->setProfile(m_harness->settings().activeProfile());
    wizard->setAuthor(name, desk);
    wizard->resize(900, 600);
    wizard->show();
    wizard->activateWindow();
    if (!QTest::qWaitForWindowActive(wizard.get()))
        qWarning("the wizard did not become active");
    return wizard;
}

int tst_TeamDesk::requestCount() const
{
    int n = 0;
    for (const ExchangeLog::Entry &e : m_harness->exchanges().entries()) {
        const QString path = QUrl(e.url).path();
        const bool other = path.contains(u"/check"_s) || path.contains(u"/search"_s)
            || path.contains(u"/control"_s) || path.contains(u"oauth"_s);
        if (e.method == "POST" && !other)
            ++n;
    }
    return n;
}

void tst_TeamDesk::settle(VerifyWizard *wizard)
{
    QTRY_VERIFY_WITH_TIMEOUT(
        !wizard->session() || (!wizard->session()->isBusy() && !wizard->session()->isRefreshing()),
        10'000);
}

void tst_TeamDesk::send(VerifyWizard *wizard)
{
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    auto *number = child<QLineEdit>(u"numberEdit"_s, wizard);
    if (number->text().isEmpty()) {
        QTest::keyClicks(number, kTyped);
        auto *brand = child<QLineEdit>(u"brandEdit"_s, wizard);
        brand->clear(); // the profile's default brand is there
        QTest::keyClicks(brand, u"VerifyDesk"_s);
    }
    // Ctrl+Enter from the brand field sends, as the button does.
    auto *brand = child<QLineEdit>(u"brandEdit"_s, wizard);
    brand->setFocus();
    QTest::keyClick(brand, Qt::Key_Return, Qt::ControlModifier);
    settle(wizard);
}

void tst_TeamDesk::warnsBeforeASecondPinAndContinuesTheFirst()
{
    const auto anna = desk(u"Anna"_s, u"desk-a"_s);
    send(anna.get());
    QTRY_COMPARE(anna->currentStep(), VerifyWizard::Step::Pin);
    const QString firstId = anna->session()->requestId();
    QVERIFY(!firstId.isEmpty());
    const int requests = requestCount();
    QCOMPARE(requests, 1);

    // Bob, at another desk, has the same customer: warned before anything is sent.
    const auto bob = desk(u"Bob"_s, u"desk-b"_s);
    send(bob.get());
    QCOMPARE(bob->currentStep(), VerifyWizard::Step::Number);
    QCOMPARE(requestCount(), requests); // nothing went out
    QVERIFY(child<QFrame>(u"resumeBox"_s, bob.get())->isVisible());
    const QString warning = child<QLabel>(u"resumeLabel"_s, bob.get())->text();
    QVERIFY2(warning.contains(u"sent by Anna at"_s), qPrintable(warning));
    QVERIFY(warning.contains(firstId));
    auto *resume = child<QPushButton>(u"resumeButton"_s, bob.get());
    QVERIFY(resume->isEnabled());

    // He continues Anna's: the PIN step of the same request, and the customer's code works.
    QTest::mouseClick(resume, Qt::LeftButton);
    settle(bob.get());
    QCOMPARE(bob->currentStep(), VerifyWizard::Step::Pin);
    QCOMPARE(bob->session()->requestId(), firstId);
    auto *pin = child<QLineEdit>(u"pinEdit"_s, bob.get());
    QTest::keyClicks(pin, m_control->lastCode(kDigits));
    QTest::keyClick(pin, Qt::Key_Return);
    settle(bob.get());
    QCOMPARE(bob->currentStep(), VerifyWizard::Step::Result);
    QCOMPARE(requestCount(), requests);
    // One row for the customer in the team's history, finished by Bob's check.
    HistoryQuery query;
    query.number = kDigits;
    QTRY_COMPARE(m_harness->history().count(query), 1);
    QTRY_COMPARE(m_harness->history().query(query).first().status, HistoryRecord::Status::Verified);
    QCOMPARE(m_harness->history().query(query).first().operatorName, u"Anna"_s);
}

void tst_TeamDesk::sendsAgainWhenAskedTo()
{
    const auto anna = desk(u"Anna"_s, u"desk-a"_s);
    send(anna.get());
    QTRY_COMPARE(anna->currentStep(), VerifyWizard::Step::Pin);
    const int requests = requestCount();
    const auto bob = desk(u"Bob"_s, u"desk-b"_s);
    send(bob.get());
    QCOMPARE(requestCount(), requests);
    // Send again: the request goes out (and the API itself answers that one is running).
    send(bob.get());
    QCOMPARE(requestCount(), requests + 1);
    // The same desk's own running verification is no colleague's: no warning for Anna.
    const auto annaAgain = desk(u"Anna"_s, u"desk-a"_s);
    send(annaAgain.get());
    QCOMPARE(requestCount(), requests + 2);
}

void tst_TeamDesk::saysWhenTheServerIsAwayAndAsksBeforeQuitting()
{
    // A desk whose team server cannot be reached.
    TeamDatabase nowhere = m_db->agent();
    nowhere.host = u"/nonexistent-socket-dir"_s;
    AppHarness harness(nowhere);
    QVERIFY(harness.history().isOpen());
    QVERIFY(harness.history().isAway());
    MainWindow window(harness.services());
    window.show();
    QVERIFY(window.statusSharingText().contains(u"unreachable"_s));
    QVERIFY(window.statusSharingText().contains(u"0 not yet shared"_s));
    // History says why, where its rows are.
    QVERIFY(window.history()->message().contains(u"kept on this computer"_s));

    HistoryRecord r;
    r.number = kDigits;
    r.brand = u"VerifyDesk"_s;
    QVERIFY(harness.history().addVerification(r) != 0);
    QTRY_VERIFY(window.statusSharingText().contains(u"1 not yet shared"_s));

    // Quitting says what waits, and No keeps the window.
    Dialogs::setNextAnswer(false);
    QCloseEvent close;
    QApplication::sendEvent(&window, &close);
    QVERIFY(!close.isAccepted());
    QCOMPARE(Dialogs::shownCount(), 1);
    QVERIFY(Dialogs::lastText().contains(u"Waiting for the team history"_s));
    QVERIFY(Dialogs::lastText().contains(u": 1 verification"_s));
    Dialogs::setNextAnswer(true);
    QCloseEvent again;
    QApplication::sendEvent(&window, &again);
    QVERIFY(again.isAccepted());
    QCOMPARE(harness.history().unsharedCount(), 1); // kept for the next start

    // A desk on the reachable server says the history is shared.
    MainWindow shared(m_harness->services());
    QCOMPARE(shared.statusSharingText(), u"Team history: shared"_s);
}

QTEST_MAIN(tst_TeamDesk)
#include "tst_TeamDesk.moc"
