// A desk on the vendor's own API: a Vonage profile made in Settings (its kind, its base URL, the
// API key and secret), tested, then a verification sent, checked and found in the History; and the
// built-in Sandbox made to speak the vendor's flavour. The in-process sandbox answers both
// flavours, so it all runs offline; the secret shows nowhere.
#include "AppHarness.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "SandboxControl.h"
#include "SecretSupport.h"
#include "api/ExchangeLog.h"
#include "history/HistoryRecord.h"
#include "history/HistoryStore.h"
#include "inspector/InspectorView.h"
#include "settings/SettingsPanel.h"
#include "verification/VerificationSession.h"
#include "verify/Verification.h"
#include "verify/VerifyWizard.h"

#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Step = VerifyWizard::Step;

namespace {

const QString kTyped = u"0612345678"_s;
const QString kDigits = u"31612345678"_s;
const QString kSecret = u"sandbox-secret"_s;

QMutex g_logMutex;
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_logMutex);
        g_logLines.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// The secret and the Basic credential that carries it, as they could leak.
QList<QByteArray> secretForms()
{
    return {kSecret.toUtf8(), QByteArray("sandbox-client:" + kSecret.toUtf8()).toBase64()};
}

} // namespace

class tst_VonageJourney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void aVonageProfileIsMadeTestedAndUsed();
    void theSandboxSpeaksTheVendorsFlavour();
    void nothingWrittenCopiedOrLoggedHoldsTheSecret();

private:
    VerifyWizard *wizard() const { return m_window->verifyWizard(); }
    template<typename T> T *inSettings(const char *name)
    {
        auto *widget = m_window->settingsPanel()->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    template<typename T> T *onScreen(const QString &name)
    {
        const auto *steps = wizard()->findChild<QStackedWidget *>(u"steps"_s);
        T *widget = steps->currentWidget()->findChild<T *>(name);
        if (!widget)
            qFatal("no such widget on the step shown");
        return widget;
    }
    QString sendError() const
    {
        const auto *label = wizard()->findChild<QLabel *>(u"sendError"_s);
        return label ? label->text() : QString();
    }
    void typeInto(const char *name, const QString &text);
    // Picks the combo's entry `data` with the keyboard, as a user does.
    void choose(const char *name, int data);
    void sendAndCheck();
    // Every exchange since `from` went to the vendor's routes with masked Basic credentials, and
    // none holds the secret.
    void verifyVendorExchanges(qsizetype from, const QString &profileName);

    std::unique_ptr<AppHarness> m_harness;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<MainWindow> m_window;
};

void tst_VonageJourney::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);
    // Debug lines are swept too.
    QLoggingCategory::setFilterRules(u"verifydesk.*.debug=true"_s);
}

void tst_VonageJourney::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void tst_VonageJourney::init()
{
    Dialogs::resetTestState();
    m_harness = std::make_unique<AppHarness>();
    m_control = std::make_unique<SandboxControl>(m_harness->sandbox().baseUrl());
    m_window = m_harness->openMainWindow();
    QVERIFY(m_window);
}

void tst_VonageJourney::cleanup()
{
    Dialogs::setNextAnswer(true);
    m_window.reset();
    m_control.reset();
    m_harness.reset();
    Dialogs::resetTestState();
}

void tst_VonageJourney::typeInto(const char *name, const QString &text)
{
    auto *edit = inSettings<QLineEdit>(name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void tst_VonageJourney::choose(const char *name, int data)
{
    auto *combo = inSettings<QComboBox>(name);
    QVERIFY(combo->isVisible());
    combo->setFocus();
    const int target = combo->findData(data);
    QVERIFY(target >= 0);
    while (combo->currentIndex() != target) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, before < target ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(combo->currentIndex() != before);
    }
}

void tst_VonageJourney::sendAndCheck()
{
    m_window->showArea(MainWindow::Area::Verify);
    QCOMPARE(wizard()->currentStep(), Step::Number);
    auto *number = onScreen<QLineEdit>(u"numberEdit"_s);
    number->clear();
    QTest::keyClicks(number, kTyped);
    auto *brand = onScreen<QLineEdit>(u"brandEdit"_s);
    brand->clear();
    QTest::keyClicks(brand, u"Desk"_s);
    Dialogs::setNextAnswer(true); // a production profile asks before it spends
    QTest::keyClick(brand, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY2_WITH_TIMEOUT(wizard()->currentStep() == Step::Pin, qPrintable(sendError()),
                              10'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_control->messages(kDigits).size(), 1, 10'000);
    auto *pin = onScreen<QLineEdit>(u"pinEdit"_s);
    QTRY_VERIFY(pin->isEnabled());
    QTest::keyClicks(pin, m_control->lastCode(kDigits));
    QTest::keyClick(pin, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentStep(), Step::Result, 10'000);
    QCOMPARE(wizard()->currentVerification()->session()->state(),
             VerificationSession::State::Verified);
}

void tst_VonageJourney::verifyVendorExchanges(qsizetype from, const QString &profileName)
{
    const QList<ExchangeLog::Entry> entries = m_harness->exchanges().entries();
    QVERIFY(entries.size() > from);
    const QByteArray basic = QByteArray("sandbox-client:" + kSecret.toUtf8()).toBase64();
    for (qsizetype i = from; i < entries.size(); ++i) {
        const ExchangeLog::Entry &entry = entries.at(i);
        QCOMPARE(entry.profile, profileName);
        const QString path = QUrl(entry.url).path();
        QVERIFY2(path.startsWith(u"/verify/") && path.endsWith(u"/json"), qPrintable(entry.url));
        bool masked = false;
        for (const auto &[name, value] : entry.requestHeaders) {
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
                masked = value.startsWith("Basic [redacted] #");
            QVERIFY(!value.contains(basic));
        }
        QVERIFY2(masked, qPrintable(entry.url));
        for (const QByteArray &text : {entry.url.toUtf8(), entry.requestBody, entry.responseBody})
            QVERIFY(!text.contains(kSecret.toUtf8()));
    }
}

void tst_VonageJourney::aVonageProfileIsMadeTestedAndUsed()
{
    m_window->showArea(MainWindow::Area::Settings);
    QTest::mouseClick(inSettings<QPushButton>("addButton"), Qt::LeftButton);
    choose("profileKindCombo", static_cast<int>(Profile::Kind::Vonage));

    // The vendor's preset: its URL, no token URL, the credentials as the vendor names them, and
    // the flavour fixed by the kind.
    QCOMPARE(inSettings<QLineEdit>("apiUrlEdit")->text(), u"https://api.nexmo.com"_s);
    QVERIFY(!inSettings<QLineEdit>("tokenUrlEdit")->isVisible());
    QVERIFY(!inSettings<QComboBox>("flavourCombo")->isVisible());
    QCOMPARE(inSettings<QLabel>("clientIdLabel")->text(), u"API key:"_s);
    QCOMPARE(inSettings<QLabel>("secretLabel")->text(), u"API se&cret:"_s);
    QCOMPARE(inSettings<QLineEdit>("secretEdit")->accessibleName(), u"API secret"_s);

    // Offline, the in-process sandbox stands in for api.nexmo.com: its vendor routes are at the
    // root as there.
    typeInto("nameEdit", u"Vonage desk"_s);
    // Its test is a call to the API base URL: one that is not valid is marked first.
    typeInto("apiUrlEdit", u"not a url"_s);
    QTest::mouseClick(inSettings<QPushButton>("testButton"), Qt::LeftButton);
    QCOMPARE(inSettings<QLabel>("testResultLabel")->text(), u"Correct the marked fields first."_s);
    QVERIFY(!m_window->settingsPanel()->fieldError(Profile::Field::ApiBaseUrl).isEmpty());
    typeInto("apiUrlEdit", m_harness->sandbox().baseUrl().toString());
    typeInto("clientIdEdit", u"sandbox-client"_s);
    typeInto("secretEdit", kSecret);
    QSignalSpy tested(m_window->settingsPanel(), &SettingsPanel::connectionTested);
    QTest::mouseClick(inSettings<QPushButton>("testButton"), Qt::LeftButton);
    QVERIFY(tested.wait(10'000));
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
    QCOMPARE(inSettings<QLabel>("testResultLabel")->text(),
             u"Connected: the API key and secret were accepted."_s);
    // The test asks for no token and sends no SMS.
    QVERIFY(m_control->messages(kDigits).isEmpty());

    QTest::mouseClick(inSettings<QPushButton>("saveButton"), Qt::LeftButton);
    const std::optional<Profile> saved = m_harness->settings().profileByName(u"Vonage desk"_s);
    QVERIFY(saved);
    QCOMPARE(saved->kind, Profile::Kind::Vonage);
    QCOMPARE(saved->flavour, ApiFlavour::VonageKey);
    QVERIFY(saved->production);
    QTRY_COMPARE(m_harness->keychain()->stored().value(SecretStore::keyFor(saved->id)), kSecret);
    QTRY_VERIFY(
        inSettings<QLabel>("statusLabel")->text().contains(u"API secret is in the keychain"));
    m_harness->settings().sync();
    QFile ini(m_harness->settingsPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(bytes.contains("kind=vonage"));
    QVERIFY(!bytes.contains(kSecret.toUtf8()));

    // Selected, it sends, checks and is found in the History as any profile.
    Dialogs::setNextAnswer(true);
    QVERIFY(m_window->switchProfile(saved->id));
    QTRY_COMPARE(m_harness->connection().state(), ProfileConnection::State::Ready);
    // No token is counted down in the status bar.
    QTRY_COMPARE(m_window->statusTokenText(), u"Token: none needed (API key)"_s);
    const qsizetype before = m_harness->exchanges().size();
    sendAndCheck();
    verifyVendorExchanges(before, u"Vonage desk"_s);
    const QString requestId = wizard()->currentVerification()->session()->requestId();
    const std::optional<HistoryRecord> stored = m_harness->history().findByRequestId(requestId);
    QVERIFY(stored);
    QCOMPARE(stored->profileId, saved->id);
    QCOMPARE(stored->profileName, u"Vonage desk"_s);
    QCOMPARE(stored->status, HistoryRecord::Status::Verified);
}

void tst_VonageJourney::theSandboxSpeaksTheVendorsFlavour()
{
    m_window->showArea(MainWindow::Area::Settings);
    m_window->settingsPanel()->selectProfile(Profile::sandboxId());
    QVERIFY(inSettings<QLineEdit>("tokenUrlEdit")->isVisible());
    choose("flavourCombo", static_cast<int>(ApiFlavour::VonageKey));
    // As the Sandbox will use them: the vendor's root, no token URL.
    QVERIFY(!inSettings<QLineEdit>("tokenUrlEdit")->isVisible());
    QCOMPARE(QUrl(inSettings<QLineEdit>("apiUrlEdit")->text()).path(), u"/"_s);
    QTest::mouseClick(inSettings<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(m_harness->settings().profile(Profile::sandboxId())->flavour, ApiFlavour::VonageKey);

    const qsizetype before = m_harness->exchanges().size();
    sendAndCheck();
    verifyVendorExchanges(before, Profile::sandbox().name);
    QVERIFY(m_harness->history().findByRequestId(
        wizard()->currentVerification()->session()->requestId()));
}

void tst_VonageJourney::nothingWrittenCopiedOrLoggedHoldsTheSecret()
{
    {
        QMutexLocker locker(&g_logMutex);
        g_logLines.clear();
    }
    Profile vonage = Profile::vonage(u"Sweep"_s);
    vonage.apiBaseUrl = m_harness->sandbox().baseUrl();
    vonage.clientId = u"sandbox-client"_s;
    QString error;
    QVERIFY2(m_harness->settings().addProfile(vonage, &error), qPrintable(error));
    QVERIFY(storeSecret(m_harness->secrets(), vonage.id, kSecret));
    Dialogs::setNextAnswer(true);
    QVERIFY(m_window->switchProfile(vonage.id));
    QTRY_COMPARE(m_harness->client().config().clientSecret, kSecret);
    sendAndCheck();

    // Every exchange copied as cURL, all exported as HAR.
    m_window->showArea(MainWindow::Area::Inspector);
    InspectorView *inspector = m_window->inspector();
    auto *table = inspector->findChild<QTableView *>(u"table"_s);
    QTRY_VERIFY(table->model()->rowCount() >= 2);
    QString clipboard;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->selectRow(row);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(inspector->findChild<QPushButton *>(u"copyCurlButton"_s), Qt::LeftButton);
        clipboard += QGuiApplication::clipboard()->text();
    }
    QVERIFY2(clipboard.contains(u"-u \"$VONAGE_API_KEY:$VONAGE_API_SECRET\""),
             qPrintable(clipboard));
    const QString harPath = m_harness->configDir() + u"/exchanges.har"_s;
    Dialogs::setNextFileName(harPath);
    QTest::mouseClick(inspector->findChild<QPushButton *>(u"exportAllButton"_s), Qt::LeftButton);
    QVERIFY(QFile::exists(harPath));
    m_harness->settings().sync();
    QCoreApplication::processEvents();

    // The sweep: the files (settings, history, HAR), the clipboard's copies and every log line.
    QStringList places {u"clipboard"_s};
    QList<QByteArray> contents {clipboard.toUtf8()};
    QDirIterator files(m_harness->configDir(), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        places.append(file.fileName());
        contents.append(file.readAll());
    }
    QVERIFY(places.contains(harPath));
    {
        QMutexLocker locker(&g_logMutex);
        QVERIFY(g_logLines.size() > 3);
        for (const QString &line : std::as_const(g_logLines)) {
            places.append(u"log: "_s + line);
            contents.append(line.toUtf8());
        }
    }
    for (qsizetype i = 0; i < contents.size(); ++i) {
        for (const QByteArray &secret : secretForms())
            QVERIFY2(!contents.at(i).contains(secret), qPrintable(places.at(i)));
    }
}

QTEST_MAIN(tst_VonageJourney)
#include "tst_VonageJourney.moc"
