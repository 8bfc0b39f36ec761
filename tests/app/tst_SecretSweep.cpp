// A whole session with a known client secret and known PINs, then a sweep of everything the app
// wrote or said: every file under its directory (settings, history database with its WAL, the
// CSV and HAR exports), the cURL copies on the clipboard and every log line. None may hold the
// secret, an access token or a PIN; only the secrets file of the File fallback holds the secret,
// by design, and it must be readable by the user only.

#include "AppHarness.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "history/HistoryView.h"
#include "inspector/InspectorView.h"
#include "verification/VerificationSession.h"
#include "verify/VerifyWizard.h"

#include <QAction>
#include <QClipboard>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// The in-process sandbox accepts only its own client secret, so that is the known secret.
const QString kSecret = u"sandbox-secret"_s;
const QString kTyped = u"0612345678"_s;
const QString kDigits = u"31612345678"_s;

QMutex g_logMutex;
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_logMutex);
        g_logLines.append(QString::fromLatin1(context.category ? context.category : "") + u": "_s
                          + message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

unsigned modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

} // namespace

class tst_SecretSweep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wholeSessionLeavesNoSecretTokenOrPin();
};

void tst_SecretSweep::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);
    // Debug lines are swept too: turned on by whoever investigates, they must be as clean.
    QLoggingCategory::setFilterRules(u"verifydesk.*.debug=true"_s);
}

void tst_SecretSweep::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void tst_SecretSweep::wholeSessionLeavesNoSecretTokenOrPin()
{
    Dialogs::resetTestState();
    QGuiApplication::clipboard()->clear();
    AppHarness harness;

    // No keychain: the user accepts the file fallback, and the secret goes there.
    harness.keychain()->setFailure(SecretBackend::Error::Unavailable,
                                   u"The name org.freedesktop.secrets was not provided"_s);
    harness.secrets().acceptFileRisk();
    QVERIFY(harness.secrets().setFallbackPolicy(SecretStore::FallbackPolicy::File));
    Profile profile = harness.sandboxBackedProfile(u"Sweep"_s);
    QString error;
    QVERIFY2(harness.settings().addProfile(profile, &error), qPrintable(error));
    profile = *harness.settings().profileByName(u"Sweep"_s);
    std::optional<SecretStore::Result> written;
    harness.secrets().writeSecret(profile.id, kSecret, this,
                                  [&](const SecretStore::Result &result) { written = result; });
    QTRY_VERIFY(written.has_value());
    QVERIFY2(written->ok, qPrintable(written->errorText));
    QCOMPARE(written->storage, SecretStore::Storage::File);

    MainWindow window(harness.services());
    window.resize(1100, 750);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.switchProfile(profile.id));
    // The secret comes back from the file into the client.
    QTRY_COMPARE(harness.client().config().clientSecret, kSecret);

    // A verification through the wizard: a wrong code, then the right one.
    VerifyWizard *wizard = window.verifyWizard();
    const auto settle = [wizard] {
        VerificationSession *session = wizard->session();
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy() && !session->isRefreshing(), 15'000);
    };
    auto *numberEdit = wizard->findChild<QLineEdit *>(u"numberEdit"_s);
    auto *brandEdit = wizard->findChild<QLineEdit *>(u"brandEdit"_s);
    QVERIFY(numberEdit && brandEdit);
    QTest::keyClicks(numberEdit, kTyped);
    brandEdit->clear();
    QTest::keyClicks(brandEdit, u"Sweep"_s);
    QTest::mouseClick(wizard->findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
    settle();
    QCOMPARE(wizard->currentStep(), VerifyWizard::Step::Pin);
    const QString requestId = wizard->session()->requestId();
    QVERIFY(!requestId.isEmpty());
    const QList<sandbox::Message> messages = harness.sandbox().simulator().messages(kDigits);
    QCOMPARE(messages.size(), 1);
    const QString pin = messages.constLast().code;
    QVERIFY(!pin.isEmpty());
    QString wrong = pin;
    for (QChar &digit : wrong)
        digit = QChar(u'0' + (digit.digitValue() + 5) % 10);
    auto *pinEdit = wizard->findChild<QLineEdit *>(u"pinEdit"_s);
    QVERIFY(pinEdit);
    QTest::keyClicks(pinEdit, wrong);
    QTest::keyClick(pinEdit, Qt::Key_Return);
    settle();
    QCOMPARE(wizard->currentStep(), VerifyWizard::Step::Pin);
    pinEdit->clear();
    QTest::keyClicks(pinEdit, pin);
    QTest::keyClick(pinEdit, Qt::Key_Return);
    settle();
    QCOMPARE(wizard->currentStep(), VerifyWizard::Step::Result);

    // A search of it, answered at once (the real API's minute of 101 after completion is off).
    harness.sandbox().setInstantSearch(true);
    std::optional<Outcome<SearchResult>> searched;
    harness.client().search(requestId, this,
                            [&](const Outcome<SearchResult> &outcome) { searched = outcome; });
    QTRY_VERIFY_WITH_TIMEOUT(searched.has_value(), 15'000);
    QVERIFY(searched->ok());
    QCOMPARE(searched->value().status, SearchResult::Status::Success);

    // The token the session used: still the cached one, so no new exchange gives it.
    const int exchangesBefore = harness.exchanges().size();
    std::optional<Outcome<QString>> token;
    harness.tokens().fetchToken(this, [&](const Outcome<QString> &outcome) { token = outcome; });
    QTRY_VERIFY(token.has_value());
    QVERIFY(token->ok());
    QCOMPARE(harness.exchanges().size(), exchangesBefore);
    const QString accessToken = token->value();
    QVERIFY(accessToken.size() >= 16);

    // The history exported to CSV.
    window.showArea(MainWindow::Area::History);
    HistoryView *history = window.history();
    QVERIFY(history);
    const QString csvPath = harness.configDir() + u"/history-export.csv"_s;
    // "Export All…" of the Export / More menu.
    auto *exportHistory = history->findChild<QAction *>(u"exportAllAction"_s);
    QVERIFY(exportHistory);
    QTRY_VERIFY(exportHistory->isEnabled());
    Dialogs::setNextFileName(csvPath);
    exportHistory->trigger();
    QVERIFY(QFile::exists(csvPath));

    // Every exchange copied as cURL, and all of them exported as HAR.
    window.showArea(MainWindow::Area::Inspector);
    InspectorView *inspector = window.inspector();
    QVERIFY(inspector);
    auto *table = inspector->findChild<QTableView *>(u"table"_s);
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() >= 5); // token, request, two checks, search
    QString clipboard;
    auto *copyCurl = inspector->findChild<QPushButton *>(u"copyCurlButton"_s);
    QVERIFY(copyCurl);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->selectRow(row);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copyCurl, Qt::LeftButton);
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY(!curl.isEmpty());
        clipboard += curl + u'\n';
    }
    QVERIFY(clipboard.contains(u"curl "_s));
    const QString harPath = harness.configDir() + u"/exchanges.har"_s;
    Dialogs::setNextFileName(harPath);
    QTest::mouseClick(inspector->findChild<QPushButton *>(u"exportAllButton"_s), Qt::LeftButton);
    QVERIFY(QFile::exists(harPath));

    harness.settings().sync();
    QCoreApplication::processEvents();

    // The sweep. What must never appear, in any spelling a form, JSON or shell word gives it.
    QStringList forbidden {kSecret, accessToken};
    for (const QString &code : {pin, wrong}) {
        forbidden << u"="_s + code << u"= "_s + code << u"\""_s + code << code + u"\""_s
                  << u"'"_s + code << u": "_s + code;
    }
    const auto leaks = [&forbidden](const QByteArray &bytes) {
        QStringList found;
        for (const QString &value : std::as_const(forbidden)) {
            if (bytes.contains(value.toUtf8()))
                found.append(value);
        }
        return found;
    };

    const QString secretsFile = harness.secrets().fallbackFilePath();
    QVERIFY(QFile::exists(secretsFile));
    QCOMPARE(modeOf(secretsFile), 0600u);
    {
        // The sweep finds what it looks for: the fallback file does hold the secret.
        QFile file(secretsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(leaks(file.readAll()).contains(kSecret));
    }
    QStringList swept;
    QDirIterator files(harness.configDir(), QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (QFileInfo(path) == QFileInfo(secretsFile))
            continue; // holds the secret by design; checked for its mode above
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        const QStringList found = leaks(bytes);
        QVERIFY2(found.isEmpty(), qPrintable(path + u": "_s + found.join(u", "_s)));
        swept.append(u"%1 (%2 bytes, mode %3)"_s.arg(QFileInfo(path).fileName())
                         .arg(bytes.size())
                         .arg(modeOf(path), 4, 8, QLatin1Char('0')));
    }
    qInfo("swept: %s", qPrintable(swept.join(u"; "_s)));
    const QStringList names = [&swept] {
        QStringList result;
        for (const QString &entry : swept)
            result.append(entry.section(u' ', 0, 0));
        return result;
    }();
    for (const QString &expected :
         {u"verifydesk.ini"_s, u"history.sqlite"_s, u"history-export.csv"_s, u"exchanges.har"_s})
        QVERIFY2(names.contains(expected), qPrintable(expected));

    QStringList found = leaks(clipboard.toUtf8());
    QVERIFY2(found.isEmpty(), qPrintable(u"clipboard: "_s + found.join(u", "_s)));
    QStringList lines;
    {
        QMutexLocker locker(&g_logMutex);
        lines = g_logLines;
    }
    QVERIFY(lines.size() > 5);
    // The log holds a customer's number only masked.
    forbidden << kDigits << kTyped << u"6 12345678"_s << u"612345678"_s;
    for (const QString &line : std::as_const(lines)) {
        found = leaks(line.toUtf8());
        QVERIFY2(found.isEmpty(),
                 qPrintable(u"log line \""_s + line + u"\": "_s + found.join(u", "_s)));
    }
    // And it tells a support lead what happened: the profile in use, the secret's storage, what
    // was sent to whom (masked) and the request it became.
    const QString log = lines.join(u'\n');
    for (const QString &expected :
         {u"verifydesk.connection: active profile is now \"Sweep\""_s,
          u"verifydesk.settings: While the keychain is unavailable, secrets are kept in a file"_s,
          u"verifydesk.verification: sending a PIN to 31•••••••78 on profile \"Sweep\""_s,
          u"verifydesk.verification: request %1 is on profile \"Sweep\""_s.arg(requestId)}) {
        QVERIFY2(log.contains(expected), qPrintable(expected + u"\n\n"_s + log));
    }
}

QTEST_MAIN(tst_SecretSweep)
#include "tst_SecretSweep.moc"
