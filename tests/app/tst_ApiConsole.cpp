// The API console as an explorer uses it, in the main window against the in-process sandbox:
// values the wizard refuses reach the API and its own answer comes back explained; a request id
// carries over into a check; a production profile asks before a request; every call is in the
// exchange log, masked.

#include "AppHarness.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "SandboxControl.h"
#include "SecretSupport.h"
#include "api/Redactor.h"
#include "console/ApiConsole.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using Operation = ApiConsole::Operation;

namespace {

const QString kNumber = u"31612345678"_s;

} // namespace

class tst_ApiConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void offersTheProfilesOperations();
    void aVendorProfileOffersPsd2AndNoToken();
    void aBrandOf19ReachesTheApi();
    void codeLength5ReachesTheApi();
    void extraParametersAndAnUnknownCommandReachTheApi();
    void theRequestIdCarriesIntoACheck();
    void productionAsksBeforeARequest();
    void theExchangeIsLoggedMasked();
    void aTokenIsShownMasked();
    void savedCallsSurviveARestartAndRunAgain();
    void savedCallsRoundTripThroughAFileWithoutSecrets();
    void aCorruptImportChangesNothing_data();
    void aCorruptImportChangesNothing();

private:
    template<typename T> T *child(const QString &name)
    {
        T *widget = m_console->findChild<T *>(name);
        if (!widget)
            qFatal("no such child widget");
        return widget;
    }
    // Types `value` into the value cell of the row `name`, as a user does.
    void typeValue(const QString &name, const QString &value);
    // Sends with Ctrl+Return and waits for the answer.
    void sendAndWait();
    // Types `name` into the saved calls' box and clicks `button`.
    void onSaved(const QString &name, const QString &button);
    // A new window on the same services, as after a restart, with its console shown.
    void reopen();

    std::unique_ptr<AppHarness> m_harness;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<MainWindow> m_window;
    ApiConsole *m_console = nullptr;
};

void tst_ApiConsole::init()
{
    Dialogs::resetTestState();
    m_harness = std::make_unique<AppHarness>();
    m_control = std::make_unique<SandboxControl>(m_harness->sandbox().baseUrl());
    m_window = std::make_unique<MainWindow>(m_harness->services());
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Ctrl+4: the fourth area of the list.
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Console);
    m_console = m_window->console();
    QVERIFY(m_console->isVisible());
}

void tst_ApiConsole::cleanup()
{
    m_window.reset();
    m_control.reset();
    m_harness.reset();
}

void tst_ApiConsole::typeValue(const QString &name, const QString &value)
{
    auto *table = child<QTableWidget>(u"parameterTable"_s);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() != name)
            continue;
        table->item(row, 0)->setCheckState(Qt::Checked);
        table->setFocus();
        table->setCurrentCell(row, 1);
        QTest::keyClick(table, Qt::Key_F2);
        QLineEdit *editor = nullptr;
        for (QLineEdit *edit : table->viewport()->findChildren<QLineEdit *>()) {
            if (edit->isVisible())
                editor = edit;
        }
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, value);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(table->item(row, 1)->text(), value);
        return;
    }
    QFAIL(qPrintable(u"no row %1"_s.arg(name)));
}

void tst_ApiConsole::sendAndWait()
{
    QTest::keyClick(child<QPushButton>(u"sendButton"_s), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_console->isBusy());
}

void tst_ApiConsole::offersTheProfilesOperations()
{
    auto *combo = child<QComboBox>(u"operationCombo"_s);
    QStringList offered;
    for (int i = 0; i < combo->count(); ++i)
        offered << combo->itemText(i);
    // The Sandbox speaks KPN's flavour: a token, no PSD2.
    QCOMPARE(offered,
             (QStringList {u"Token"_s, u"Request"_s, u"Check"_s, u"Search"_s, u"Control"_s}));
    QCOMPARE(m_console->operation(), Operation::Request);
    // The request's parameters from the vendor's spec, the required ones ticked.
    const QList<std::pair<QString, QString>> sent = m_console->parameters();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).first, u"number"_s);
    QCOMPARE(sent.at(1).first, u"brand"_s);
    auto *table = child<QTableWidget>(u"parameterTable"_s);
    QCOMPARE(table->rowCount(), 9);
    QVERIFY(!m_console->selectOperation(Operation::Psd2));
    // Space ticks an optional parameter on its name; "Remove parameter" drops the row.
    const int country = table->findItems(u"country"_s, Qt::MatchExactly).first()->row();
    table->setFocus();
    table->setCurrentCell(country, 0);
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(m_console->parameters().constLast(), std::make_pair(u"country"_s, u"NL"_s));
    QTest::mouseClick(child<QPushButton>(u"removeButton"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 8);
    QCOMPARE(m_console->parameters().size(), 2);
}

void tst_ApiConsole::aVendorProfileOffersPsd2AndNoToken()
{
    Profile profile = m_harness->sandboxBackedProfile(u"Vendor"_s);
    profile.flavour = ApiFlavour::VonageKey;
    profile.production = true;
    profile.apiBaseUrl = m_harness->sandbox().baseUrl(); // the vendor's routes at the root
    QString error;
    QVERIFY2(m_harness->settings().addProfile(profile, &error), qPrintable(error));
    profile = *m_harness->settings().profileByName(u"Vendor"_s);
    QVERIFY(storeSecret(m_harness->secrets(), profile.id, u"sandbox-secret"_s));
    Dialogs::setNextAnswer(true);
    QVERIFY(m_window->switchProfile(profile.id));
    QTRY_COMPARE(m_harness->connection().state(), ProfileConnection::State::Ready);

    auto *combo = child<QComboBox>(u"operationCombo"_s);
    QTRY_COMPARE(combo->count(), 5);
    QCOMPARE(combo->itemText(0), u"Request"_s);
    QCOMPARE(combo->itemText(4), u"Payment confirmation (PSD2)"_s);
    QVERIFY(!m_console->selectOperation(Operation::Token));
    QVERIFY(m_console->selectOperation(Operation::Psd2));
    m_console->setParameter(u"payee"_s, u"A payee of 19 chars"_s);
    // Production: a payment confirmation asks first, naming the number.
    Dialogs::setNextAnswer(true);
    const int asked = Dialogs::shownCount();
    sendAndWait();
    QCOMPARE(Dialogs::shownCount(), asked + 1);
    QVERIFY(Dialogs::lastText().contains(u"PSD2"_s));
    QVERIFY2(m_console->explanationText().contains(u"Status 3"_s),
             qPrintable(m_console->explanationText()));
    const ExchangeLog::Entry sent = m_harness->exchanges().entries().constLast();
    QVERIFY2(sent.url.endsWith(u"/verify/psd2/json"_s), qPrintable(sent.url));
    QVERIFY(!sent.toText().contains(u"sandbox-secret"_s));
}

void tst_ApiConsole::aBrandOf19ReachesTheApi()
{
    typeValue(u"brand"_s, u"A brand of 19 chars"_s);
    sendAndWait();
    QVERIFY2(m_console->statusLineText().startsWith(u"HTTP 200"_s),
             qPrintable(m_console->statusLineText()));
    QVERIFY2(m_console->bodyText().contains(u"\"status\": \"3\""_s),
             qPrintable(m_console->bodyText()));
    const VerifyStatus invalid(VerifyStatus::Code::InvalidParameter);
    const QString explained = m_console->explanationText();
    QVERIFY2(explained.contains(u"Status 3"_s), qPrintable(explained));
    QVERIFY2(explained.contains(invalid.explanation()), qPrintable(explained));
    QVERIFY2(explained.contains(invalid.nextStep()), qPrintable(explained));
    // And the API's own words.
    QVERIFY2(explained.contains(u"Invalid value for param: brand"_s), qPrintable(explained));
    QVERIFY(m_control->messages(kNumber).isEmpty());
}

void tst_ApiConsole::codeLength5ReachesTheApi()
{
    // Typed and sent at once with Ctrl+Return from the cell being edited: the value as typed goes.
    auto *table = child<QTableWidget>(u"parameterTable"_s);
    const QList<QTableWidgetItem *> found = table->findItems(u"code_length"_s, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    const int row = found.first()->row();
    found.first()->setCheckState(Qt::Checked);
    table->setFocus();
    table->setCurrentCell(row, 1);
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    for (QLineEdit *edit : table->viewport()->findChildren<QLineEdit *>()) {
        if (edit->isVisible())
            editor = edit;
    }
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"5"_s);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_console->isBusy());
    QCOMPARE(table->item(row, 1)->text(), u"5"_s);
    QVERIFY2(m_console->bodyText().contains(u"\"status\": \"3\""_s),
             qPrintable(m_console->bodyText()));
    QVERIFY2(m_console->bodyText().contains(u"code_length"_s), qPrintable(m_console->bodyText()));
    QVERIFY(m_console->explanationText().contains(u"Status 3"_s));
}

void tst_ApiConsole::extraParametersAndAnUnknownCommandReachTheApi()
{
    // A request with a parameter by name the API does not know, then a control with cmd=stop.
    QTest::mouseClick(child<QPushButton>(u"addButton"_s), Qt::LeftButton);
    auto *table = child<QTableWidget>(u"parameterTable"_s);
    QLineEdit *editor = nullptr;
    for (QLineEdit *edit : table->viewport()->findChildren<QLineEdit *>()) {
        if (edit->isVisible())
            editor = edit;
    }
    QVERIFY(editor);
    QTest::keyClicks(editor, u"colour"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    m_console->setParameter(u"colour"_s, u"blue"_s);
    QCOMPARE(m_console->parameters().constLast(), std::make_pair(u"colour"_s, u"blue"_s));
    sendAndWait();
    QVERIFY2(m_console->bodyText().contains(u"\"status\": \"0\""_s),
             qPrintable(m_console->bodyText()));
    const ExchangeLog::Entry request = m_harness->exchanges().entries().constLast();
    QVERIFY2(request.requestBody.contains("colour=blue"), request.requestBody.constData());

    m_console->useRequestIdIn(Operation::Control);
    typeValue(u"cmd"_s, u"stop"_s);
    sendAndWait();
    QVERIFY2(m_console->bodyText().contains(u"\"status\": \"3\""_s),
             qPrintable(m_console->bodyText()));
}

void tst_ApiConsole::theRequestIdCarriesIntoACheck()
{
    sendAndWait();
    const QString id = m_console->answerRequestId();
    QVERIFY2(!id.isEmpty(), qPrintable(m_console->bodyText()));
    QVERIFY(m_console->explanationText().contains(u"Status 0"_s));
    auto *useId = child<QPushButton>(u"useIdButton"_s);
    QVERIFY(useId->isEnabled());
    // The button's menu: Check.
    useId->menu()->actions().constFirst()->trigger();
    QCOMPARE(m_console->operation(), Operation::Check);
    QCOMPARE(m_console->parameters().constFirst(), std::make_pair(u"request_id"_s, id));

    const QString code = m_control->lastCode(kNumber);
    QVERIFY(!code.isEmpty());
    // The keyboard waits in the code's cell.
    auto *table = child<QTableWidget>(u"parameterTable"_s);
    QVERIFY(table->hasFocus());
    QCOMPARE(table->item(table->currentRow(), 0)->text(), u"code"_s);
    typeValue(u"code"_s, code);
    sendAndWait();
    QVERIFY2(m_console->bodyText().contains(u"\"status\": \"0\""_s),
             qPrintable(m_console->bodyText()));
    QVERIFY2(m_console->bodyText().contains(id), qPrintable(m_console->bodyText()));
}

void tst_ApiConsole::productionAsksBeforeARequest()
{
    const Profile production = m_harness->addSandboxBackedProfile(u"Live"_s, true);
    Dialogs::setNextAnswer(true);
    QVERIFY(m_window->switchProfile(production.id));
    QTRY_VERIFY(m_harness->connection().profile().production);
    // The question names the number; "no" sends nothing.
    const int exchanges = m_harness->exchanges().size();
    const int asked = Dialogs::shownCount();
    Dialogs::setNextAnswer(false);
    sendAndWait();
    QCOMPARE(Dialogs::shownCount(), asked + 1);
    QVERIFY2(Dialogs::lastText().contains(kNumber), qPrintable(Dialogs::lastText()));
    QVERIFY2(Dialogs::lastText().contains(u"Live"_s), qPrintable(Dialogs::lastText()));
    QCOMPARE(m_harness->exchanges().size(), exchanges);
    QVERIFY(m_console->explanationText().contains(u"Not sent"_s));
    QVERIFY(m_control->messages(kNumber).isEmpty());

    // A search sends nothing to anyone: no question.
    m_console->selectOperation(Operation::Search);
    m_console->setParameter(u"request_id"_s, u"0123456789abcdef"_s);
    sendAndWait();
    QCOMPARE(Dialogs::shownCount(), asked + 1);

    m_console->selectOperation(Operation::Request);
    Dialogs::setNextAnswer(true);
    sendAndWait();
    QCOMPARE(Dialogs::shownCount(), asked + 2);
    QVERIFY2(m_console->explanationText().contains(u"Status 0"_s),
             qPrintable(m_console->explanationText()));
    QTRY_COMPARE(m_control->messages(kNumber).size(), 1);
}

void tst_ApiConsole::theExchangeIsLoggedMasked()
{
    sendAndWait();
    const QString id = m_console->answerRequestId();
    QVERIFY(!id.isEmpty());
    const QString token = m_harness->tokens().usableToken();
    QVERIFY(!token.isEmpty());
    m_console->useRequestIdIn(Operation::Check);
    const QString code = m_control->lastCode(kNumber);
    m_console->setParameter(u"code"_s, code);
    sendAndWait();

    const QList<ExchangeLog::Entry> entries = m_harness->exchanges().entries();
    QVERIFY(entries.size() >= 3); // token, request, check
    const ExchangeLog::Entry &check = entries.constLast();
    QVERIFY2(check.url.endsWith(u"/check"_s), qPrintable(check.url));
    QCOMPARE(check.profile, m_harness->connection().profile().name);
    QVERIFY(check.requestBody.contains(id.toUtf8()));
    QVERIFY2(!check.requestBody.contains(QByteArray("code=" + code.toUtf8())),
             check.requestBody.constData());
    for (const ExchangeLog::Entry &entry : entries) {
        const QString text = entry.toText();
        QVERIFY2(!text.contains(token), qPrintable(text));
        QVERIFY2(!text.contains(u"sandbox-secret"_s), qPrintable(text));
    }
    // The answer links to its exchange, and the link opens it in the inspector.
    auto *explanation = child<QLabel>(u"explanationLabel"_s);
    QVERIFY(explanation->text().contains(u"exchange:%1"_s.arg(check.id)));
    Q_EMIT explanation->linkActivated(u"exchange:%1"_s.arg(check.id));
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Inspector);
    // Nothing the console shows holds the token either.
    QVERIFY(!m_console->headersText().contains(token));
    QVERIFY(!m_console->bodyText().contains(token));
}

void tst_ApiConsole::aTokenIsShownMasked()
{
    QVERIFY(m_console->selectOperation(Operation::Token));
    QVERIFY(!child<QTableWidget>(u"parameterTable"_s)->isEnabled());
    sendAndWait();
    const QString token = m_harness->tokens().usableToken();
    QVERIFY(!token.isEmpty());
    QVERIFY2(m_console->statusLineText().startsWith(u"HTTP 200"_s),
             qPrintable(m_console->statusLineText()));
    QVERIFY2(m_console->explanationText().contains(Redactor::fingerprint(token.toUtf8())),
             qPrintable(m_console->explanationText()));
    QVERIFY(m_console->bodyText().contains(u"expires_in"_s));
    QVERIFY(!m_console->bodyText().contains(token));
    QVERIFY(!m_console->explanationText().contains(token));
    // Sent again: a new token, fetched anew.
    const int exchanges = m_harness->exchanges().size();
    sendAndWait();
    QCOMPARE(m_harness->exchanges().size(), exchanges + 1);
}

void tst_ApiConsole::onSaved(const QString &name, const QString &button)
{
    auto *box = child<QComboBox>(u"savedCombo"_s);
    box->setFocus();
    box->lineEdit()->selectAll();
    QTest::keyClicks(box->lineEdit(), name);
    QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton);
}

void tst_ApiConsole::reopen()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_harness->services());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showArea(MainWindow::Area::Console);
    m_console = m_window->console();
}

void tst_ApiConsole::savedCallsSurviveARestartAndRunAgain()
{
    m_console->setParameter(u"brand"_s, u"A brand of 19 chars"_s);
    m_console->setParameter(u"workflow_id"_s, u"6"_s);
    onSaved(u"Long brand"_s, u"saveButton"_s);
    QVERIFY2(m_console->savedMessageText().contains(u"Long brand"_s),
             qPrintable(m_console->savedMessageText()));
    m_console->selectOperation(Operation::Search);
    onSaved(u"Look up"_s, u"saveButton"_s);
    QCOMPARE(m_console->savedCallNames(), (QStringList {u"Long brand"_s, u"Look up"_s}));

    reopen();
    QCOMPARE(m_console->savedCallNames(), (QStringList {u"Long brand"_s, u"Look up"_s}));
    // Another profile has its own (none).
    const Profile other = m_harness->addSandboxBackedProfile(u"Other"_s);
    QVERIFY(m_window->switchProfile(other.id));
    QTRY_VERIFY(m_console->savedCallNames().isEmpty());
    QVERIFY(m_window->switchProfile(Profile::sandboxId()));
    QTRY_COMPARE(m_console->savedCallNames().size(), 2);

    // Run: loaded and sent, and the API refuses the brand as before.
    m_console->selectOperation(Operation::Check);
    onSaved(u"Long brand"_s, u"runButton"_s);
    QCOMPARE(m_console->operation(), Operation::Request);
    QTRY_VERIFY(!m_console->isBusy());
    QVERIFY2(m_console->explanationText().contains(u"Status 3"_s),
             qPrintable(m_console->explanationText()));
    const ExchangeLog::Entry sent = m_harness->exchanges().entries().constLast();
    QVERIFY2(sent.requestBody.contains("workflow_id=6"), sent.requestBody.constData());

    onSaved(u"Look up"_s, u"forgetButton"_s);
    QCOMPARE(m_console->savedCallNames(), QStringList {u"Long brand"_s});
}

void tst_ApiConsole::savedCallsRoundTripThroughAFileWithoutSecrets()
{
    m_console->selectOperation(Operation::Check);
    m_console->setParameter(u"request_id"_s, u"0123456789abcdef0123456789abcdef"_s);
    m_console->setParameter(u"code"_s, u"9731"_s);
    m_console->setParameter(u"api_secret"_s, u"sandbox-secret"_s);
    onSaved(u"Check it"_s, u"saveButton"_s);
    QVERIFY2(m_console->savedMessageText().contains(u"api_secret"_s),
             qPrintable(m_console->savedMessageText()));
    m_console->selectOperation(Operation::Control);
    m_console->setParameter(u"cmd"_s, u"stop"_s);
    onSaved(u"Stop it"_s, u"saveButton"_s);

    const QString file = m_harness->configDir() + u"/exported.json"_s;
    Dialogs::setNextFileName(file);
    QTest::mouseClick(child<QPushButton>(u"exportButton"_s), Qt::LeftButton);
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray json = exported.readAll();
    QVERIFY(json.contains("0123456789abcdef0123456789abcdef"));
    QVERIFY(json.contains("\"stop\""));
    QVERIFY2(!json.contains("sandbox-secret"), json.constData());
    QVERIFY2(!json.contains("9731"), json.constData());
    // The saved file holds no secret either.
    QFile kept(m_harness->configDir() + u"/saved-calls.json"_s);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    const QByteArray keptJson = kept.readAll();
    QVERIFY(!keptJson.contains("sandbox-secret") && !keptJson.contains("9731"));

    onSaved(u"Check it"_s, u"forgetButton"_s);
    onSaved(u"Stop it"_s, u"forgetButton"_s);
    QVERIFY(m_console->savedCallNames().isEmpty());
    Dialogs::setNextFileName(file);
    QTest::mouseClick(child<QPushButton>(u"importButton"_s), Qt::LeftButton);
    QCOMPARE(m_console->savedCallNames(), (QStringList {u"Check it"_s, u"Stop it"_s}));
    onSaved(u"Stop it"_s, u"runButton"_s);
    QTRY_VERIFY(!m_console->isBusy());
    QCOMPARE(m_console->operation(), Operation::Control);
    QCOMPARE(
        m_console->parameters(),
        (QList<std::pair<QString, QString>> {{u"request_id"_s, u""_s}, {u"cmd"_s, u"stop"_s}}));
}

void tst_ApiConsole::aCorruptImportChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("said");
    QTest::newRow("not JSON") << QByteArray("{\"calls\": [") << u"not JSON"_s;
    QTest::newRow("another file") << QByteArray("{\"name\": \"x\"}") << u"not a set"_s;
    QTest::newRow("a call without a name")
        << QByteArray("{\"format\":\"verifydesk-saved-calls\",\"version\":1,\"calls\":"
                      "[{\"name\":\"ok\",\"operation\":\"search\",\"params\":[]},"
                      "{\"operation\":\"search\",\"params\":[]}]}")
        << u"call 2 has no name"_s;
    QTest::newRow("an unknown operation")
        << QByteArray("{\"format\":\"verifydesk-saved-calls\",\"version\":1,\"calls\":"
                      "[{\"name\":\"x\",\"operation\":\"delete\",\"params\":[]}]}")
        << u"no known operation"_s;
    QTest::newRow("a later version")
        << QByteArray("{\"format\":\"verifydesk-saved-calls\",\"version\":2,\"calls\":[]}")
        << u"another version"_s;
}

void tst_ApiConsole::aCorruptImportChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, said);
    onSaved(u"Mine"_s, u"saveButton"_s);
    QFile kept(m_harness->configDir() + u"/saved-calls.json"_s);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    const QByteArray before = kept.readAll();
    kept.close();

    const QString file = m_harness->configDir() + u"/bad.json"_s;
    QFile bad(file);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(content);
    bad.close();
    Dialogs::setNextFileName(file);
    QTest::mouseClick(child<QPushButton>(u"importButton"_s), Qt::LeftButton);
    QVERIFY2(m_console->savedMessageText().contains(said),
             qPrintable(m_console->savedMessageText()));
    QVERIFY(m_console->savedMessageText().contains(u"Nothing was imported"_s));
    QCOMPARE(m_console->savedCallNames(), QStringList {u"Mine"_s});
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), before);
}

QTEST_MAIN(tst_ApiConsole)
#include "tst_ApiConsole.moc"
