#include "Dialogs.h"
#include "SandboxRig.h"
#include "api/ExchangeLog.h"
#include "api/RateGuard.h"
#include "api/TokenClient.h"
#include "api/VerifyClient.h"
#include "inspector/ExchangeListModel.h"
#include "inspector/InspectorView.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString kNumber = u"31612345678"_s;
const QString kSecret = u"sandbox-secret"_s;

} // namespace

class tst_InspectorView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void wholeFlowAppearsNewestFirst();
    void detailShowsHeadersBodiesTimingAndError();
    void filtersByEndpointAndOutcomeWithTheKeyboard();
    void revealPinOnlyInTheSandbox();
    void copyAsCurlCarriesTheVariables();
    void exportsSelectionAndAllAsHar();
    void selectExchangeClearsHidingFilters();
    void clearEmptiesTheList();
    void noSecretTokenOrPinInAnyViewCopyOrExport();

private:
    template<typename T>
    std::optional<Outcome<T>> run(const std::function<ApiJob *(VerifyClient::Callback<T>)> &start);
    void runFlow();
    QString currentToken();
    QTableView *table() const { return m_view->findChild<QTableView *>(u"table"_s); }
    QString text(const char *name) const;
    QStringList column(int column) const;
    // The row of the newest exchange whose path ends with `path`.
    int rowOf(const QString &path, int nth = 0) const;
    void selectRow(int row);
    QString allVisibleText();

    std::unique_ptr<SandboxRig> m_rig;
    // The rig's parts, named for the tests.
    sandbox::SandboxServer *m_server = nullptr;
    SandboxControl *m_control = nullptr;
    ExchangeLog *m_log = nullptr;
    TokenClient *m_tokens = nullptr;
    VerifyClient *m_client = nullptr;
    std::unique_ptr<InspectorView> m_view;
    QStringList m_tokensSeen;
    QStringList m_pins;
    QString m_requestId;
    QTemporaryDir m_dir;
};

void tst_InspectorView::init()
{
    Dialogs::resetTestState();
    QGuiApplication::clipboard()->clear();
    m_rig = std::make_unique<SandboxRig>();
    // The flow searches right after its check: search's 101 minute after completion (the vendor's
    // rule, on by default in the sandbox) is switched off here.
    m_rig->server().setInstantSearch(true);
    QVERIFY(m_rig->isListening());
    m_server = &m_rig->server();
    m_control = &m_rig->control();
    m_log = &m_rig->log();
    m_tokens = &m_rig->tokens();
    m_client = &m_rig->client();
    m_tokens->setRetryDelays({10, 20});
    // One exchange per call: no search retries, and no pacing that would slow the flow down.
    m_client->setSearchRetryDelays({});
    m_client->rateGuard()->setInterval(RateGuard::Lane::Request, 0);
    m_client->rateGuard()->setInterval(RateGuard::Lane::Search, 0);
    ApiConfig config = m_rig->config();
    config.clientSecret = kSecret;
    config.profileName = u"Sandbox"_s; // stamped on each exchange the client makes
    config.sandbox = true;
    m_client->setConfig(config);

    m_view = std::make_unique<InspectorView>(m_log);
    m_view->setSandboxActive(true);
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    runFlow();
}

void tst_InspectorView::cleanup()
{
    m_view.reset();
    m_rig.reset();
    m_tokensSeen.clear();
    m_pins.clear();
}

template<typename T>
std::optional<Outcome<T>>
tst_InspectorView::run(const std::function<ApiJob *(VerifyClient::Callback<T>)> &start)
{
    std::optional<Outcome<T>> result;
    start([&](const Outcome<T> &outcome) { result = outcome; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15'000);
    }();
    return result;
}

QString tst_InspectorView::currentToken()
{
    QString token;
    bool done = false;
    m_tokens->fetchToken(this, [&](const Outcome<QString> &outcome) {
        token = outcome.ok() ? outcome.value() : QString();
        done = true;
    });
    [&] {
        QTRY_VERIFY(done);
    }();
    return token;
}

// token, request, a wrong check (16), the right check, search, a search answered with HTTP 503,
// a cancel after success (6), a control whose connection closes (network error).
void tst_InspectorView::runFlow()
{
    VerifyRequest params;
    params.number = kNumber;
    params.brand = u"Desk & Co"_s;
    params.codeLength = 6;
    const auto requested = run<RequestResult>([&](VerifyClient::Callback<RequestResult> done) {
        return m_client->request(params, this, std::move(done));
    });
    QVERIFY(requested && requested->ok());
    m_requestId = requested->value().requestId;
    m_tokensSeen.append(currentToken());
    const QString pin = m_control->lastCode(kNumber);
    QCOMPARE(pin.size(), 6);
    QString wrong = pin;
    for (QChar &digit : wrong)
        digit = QChar(u'0' + (digit.digitValue() + 3) % 10);
    m_pins = {pin, wrong};

    const auto wrongCheck = run<CheckResult>([&](VerifyClient::Callback<CheckResult> done) {
        return m_client->check(m_requestId, wrong, this, std::move(done));
    });
    QVERIFY(wrongCheck && !wrongCheck->ok());
    const auto rightCheck = run<CheckResult>([&](VerifyClient::Callback<CheckResult> done) {
        return m_client->check(m_requestId, pin, this, std::move(done));
    });
    QVERIFY(rightCheck && rightCheck->ok());
    const auto found = run<SearchResult>([&](VerifyClient::Callback<SearchResult> done) {
        return m_client->search(m_requestId, this, std::move(done));
    });
    QVERIFY(found && found->ok());
    QVERIFY(m_control->addFaults(R"([{"path":"/search","status":503}])"));
    const auto refused = run<SearchResult>([&](VerifyClient::Callback<SearchResult> done) {
        return m_client->search(m_requestId, this, std::move(done));
    });
    QVERIFY(refused && !refused->ok());
    const auto cancelled = run<ControlResult>([&](VerifyClient::Callback<ControlResult> done) {
        return m_client->control(m_requestId, VerifyClient::Command::Cancel, this, std::move(done));
    });
    QVERIFY(cancelled && !cancelled->ok());
    // Qt sends a request again once when the connection closes before an answer: close both.
    QVERIFY(m_control->addFaults(R"([{"path":"/control","close":true,"count":5}])"));
    const auto closed = run<ControlResult>([&](VerifyClient::Callback<ControlResult> done) {
        return m_client->control(m_requestId, VerifyClient::Command::TriggerNextEvent, this,
                                 std::move(done));
    });
    QVERIFY(closed && !closed->ok());
    QCOMPARE(m_log->size(), 8);
}

QString tst_InspectorView::text(const char *name) const
{
    const QString objectName = QString::fromLatin1(name);
    if (auto *label = m_view->findChild<QLabel *>(objectName))
        return label->isVisibleTo(m_view.get()) ? label->text() : QString();
    if (auto *edit = m_view->findChild<QPlainTextEdit *>(objectName))
        return edit->toPlainText();
    return {};
}

QStringList tst_InspectorView::column(int column) const
{
    QStringList values;
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

int tst_InspectorView::rowOf(const QString &path, int nth) const
{
    const QStringList paths = column(ExchangeListModel::Path);
    for (int row = 0; row < paths.size(); ++row) {
        if (paths.at(row).endsWith(path) && nth-- == 0)
            return row;
    }
    return -1;
}

void tst_InspectorView::selectRow(int row)
{
    QVERIFY(row >= 0);
    QTableView *view = table();
    const QRect rect = view->visualRect(view->model()->index(row, ExchangeListModel::Method));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(view->currentIndex().row(), row);
}

QString tst_InspectorView::allVisibleText()
{
    QStringList texts;
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int col = 0; col < model->columnCount(); ++col) {
            texts.append(model->index(row, col).data().toString());
            texts.append(model->index(row, col).data(Qt::ToolTipRole).toString());
        }
        table()->setCurrentIndex(model->index(row, 0));
        for (const char *name :
             {"summaryLabel", "errorLabel", "requestText", "responseText", "statusLabel"})
            texts.append(text(name));
    }
    return texts.join(u'\n');
}

void tst_InspectorView::wholeFlowAppearsNewestFirst()
{
    QCOMPARE(table()->model()->rowCount(), 8);
    QCOMPARE(column(ExchangeListModel::Path),
             QStringList(
                 {u"/communication/nexmo/verify/control"_s,
                  u"/communication/nexmo/verify/control"_s, u"/communication/nexmo/verify/search"_s,
                  u"/communication/nexmo/verify/search"_s, u"/communication/nexmo/verify/check"_s,
                  u"/communication/nexmo/verify/check"_s, u"/communication/nexmo/verify"_s,
                  u"/oauth/client_credential/accesstoken?grant_type=client_credentials"_s}));
    QCOMPARE(column(ExchangeListModel::HttpStatus),
             QStringList({u"none"_s, u"200"_s, u"503"_s, u"200"_s, u"200"_s, u"200"_s, u"200"_s,
                          u"200"_s}));
    QCOMPARE(column(ExchangeListModel::VerifyStatus),
             QStringList(
                 {QString(), u"6"_s, QString(), u"SUCCESS"_s, u"0"_s, u"16"_s, u"0"_s, QString()}));
    QCOMPARE(column(ExchangeListModel::Method), QStringList(8, u"POST"_s));
    QCOMPARE(column(ExchangeListModel::Profile), QStringList(8, u"Sandbox"_s));
    for (const QString &duration : column(ExchangeListModel::Duration))
        QVERIFY2(duration.endsWith(u" ms"), qPrintable(duration));
    const QAbstractItemModel *model = table()->model();
    QCOMPARE(model->headerData(ExchangeListModel::HttpStatus, Qt::Horizontal).toString(),
             u"HTTP"_s);
    // Nothing selected yet: the detail pane says what to do.
    QCOMPARE(text("summaryLabel"), u"Select an exchange to see its detail."_s);
}

void tst_InspectorView::detailShowsHeadersBodiesTimingAndError()
{
    selectRow(rowOf(u"/communication/nexmo/verify"_s));
    const QString summary = text("summaryLabel");
    QVERIFY2(summary.contains(u"POST " + m_server->baseUrl().toString()
                              + u"/communication/nexmo/verify"),
             qPrintable(summary));
    QVERIFY(summary.contains(u"HTTP status: 200, Verify status: 0"));
    QVERIFY(summary.contains(u"Duration: "));
    QVERIFY(summary.contains(u"Profile: Sandbox"));
    QCOMPARE(text("errorLabel"), QString()); // no error, no sentence
    const QString request = text("requestText");
    QVERIFY2(request.contains(u"Authorization: Bearer [redacted] #"), qPrintable(request));
    QVERIFY(request.contains(u"Content-Type: application/x-www-form-urlencoded"));
    // Form bodies as fields, decoded.
    QVERIFY(request.contains(u"\nnumber = 31612345678"));
    QVERIFY(request.contains(u"\nbrand = Desk & Co"));
    QVERIFY(request.contains(u"\ncode_length = 6"));
    // JSON pretty-printed.
    const QString response = text("responseText");
    QVERIFY2(response.contains(u"\n    \"request_id\": \"" + m_requestId + u'"'),
             qPrintable(response));
    QVERIFY(response.contains(u"\n    \"status\": \"0\""));
    QVERIFY(response.contains(u"application/json"));

    // A business error: its sentence.
    selectRow(rowOf(u"/check"_s, 1));
    QVERIFY(text("requestText").contains(u"code = [redacted]"));
    QVERIFY2(text("errorLabel").contains(u"not the code that was sent"),
             qPrintable(text("errorLabel")));
    // An HTTP error and a network error: theirs.
    selectRow(rowOf(u"/search"_s));
    QVERIFY2(text("errorLabel").contains(u"HTTP 503"), qPrintable(text("errorLabel")));
    QVERIFY(text("summaryLabel").contains(u"HTTP status: 503"));
    selectRow(rowOf(u"/control"_s));
    QVERIFY2(text("errorLabel").contains(u"could not be reached"), qPrintable(text("errorLabel")));
    QVERIFY(text("summaryLabel").contains(u"HTTP status: none"));
}

void tst_InspectorView::filtersByEndpointAndOutcomeWithTheKeyboard()
{
    auto *endpoint = m_view->findChild<QComboBox *>(u"endpointCombo"_s);
    auto *outcome = m_view->findChild<QComboBox *>(u"outcomeCombo"_s);
    QVERIFY(endpoint && outcome);
    // Alt+E reaches the endpoint filter; the arrow keys choose.
    QTest::keyClick(m_view.get(), Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY(endpoint->hasFocus());
    QTest::keyClick(endpoint, Qt::Key_Down); // Token
    QTest::keyClick(endpoint, Qt::Key_Down); // Request
    QTest::keyClick(endpoint, Qt::Key_Down); // Check
    QCOMPARE(endpoint->currentText(), u"Check"_s);
    QCOMPARE(column(ExchangeListModel::Path),
             QStringList(2, u"/communication/nexmo/verify/check"_s));

    QTest::keyClick(m_view.get(), Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(outcome->hasFocus());
    QTest::keyClick(outcome, Qt::Key_Down); // OK
    QCOMPARE(outcome->currentText(), u"OK"_s);
    QCOMPARE(column(ExchangeListModel::VerifyStatus), QStringList({u"0"_s}));
    QTest::keyClick(outcome, Qt::Key_Down); // Business error
    QCOMPARE(column(ExchangeListModel::VerifyStatus), QStringList({u"16"_s}));

    endpoint->setCurrentIndex(0);
    QCOMPARE(column(ExchangeListModel::VerifyStatus), QStringList({u"6"_s, u"16"_s}));
    QTest::keyClick(outcome, Qt::Key_Down); // HTTP error
    QCOMPARE(column(ExchangeListModel::HttpStatus), QStringList({u"503"_s}));
    QTest::keyClick(outcome, Qt::Key_Down); // Network error
    QCOMPARE(outcome->currentText(), u"Network error"_s);
    QCOMPARE(column(ExchangeListModel::HttpStatus), QStringList({u"none"_s}));
    QCOMPARE(column(ExchangeListModel::Path),
             QStringList({u"/communication/nexmo/verify/control"_s}));

    // New exchanges that match appear; others do not.
    outcome->setCurrentIndex(0);
    endpoint->setCurrentIndex(endpoint->findText(u"Search"_s));
    QCOMPARE(table()->model()->rowCount(), 2);
    const auto found = run<SearchResult>([&](VerifyClient::Callback<SearchResult> done) {
        return m_client->search(m_requestId, this, std::move(done));
    });
    QVERIFY(found && found->ok());
    QCOMPARE(table()->model()->rowCount(), 3);

    // The keyboard moves through the rows and the detail follows.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Home);
    QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(table()->currentIndex().row(), 1);
    QVERIFY(text("summaryLabel").contains(u"HTTP status: 503"));
}

void tst_InspectorView::revealPinOnlyInTheSandbox()
{
    auto *reveal = m_view->findChild<QPushButton *>(u"revealPinButton"_s);
    QVERIFY(reveal);
    // Not for an exchange without a PIN.
    selectRow(rowOf(u"/communication/nexmo/verify"_s));
    QVERIFY(!reveal->isVisible());

    const int rightCheck = rowOf(u"/check"_s, 0);
    selectRow(rightCheck);
    QVERIFY(reveal->isVisible());
    QVERIFY(text("requestText").contains(u"code = [redacted]"));
    QVERIFY(!text("requestText").contains(m_pins.first()));
    QTest::keyClick(m_view.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(reveal->isChecked()); // a mnemonic clicks after a short animation
    QVERIFY2(text("requestText").contains(u"code = " + m_pins.first()),
             qPrintable(text("requestText")));
    // The cURL copy carries the revealed PIN...
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"'code=" + m_pins.first() + u'\''));
    // ...but only for this exchange.
    selectRow(rowOf(u"/check"_s, 1));
    QVERIFY(!reveal->isChecked());
    QVERIFY(text("requestText").contains(u"code = [redacted]"));
    selectRow(rightCheck);
    QVERIFY(reveal->isChecked());

    // Leaving the Sandbox hides the PIN and the button.
    m_view->setSandboxActive(false);
    QVERIFY(!reveal->isVisible());
    QVERIFY(text("requestText").contains(u"code = [redacted]"));
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"'code=[redacted]'"));
    m_view->setSandboxActive(true);
    QVERIFY(reveal->isVisible());
    QVERIFY(!reveal->isChecked()); // asked again, not remembered

    // Exchanges made in another profile never offer it, even back in the Sandbox.
    ApiConfig production = m_client->config();
    production.profileName = u"KPN production"_s;
    production.sandbox = false;
    m_client->setConfig(production);
    const auto checked = run<CheckResult>([&](VerifyClient::Callback<CheckResult> done) {
        return m_client->check(m_requestId, m_pins.first(), this, std::move(done));
    });
    QVERIFY(checked);
    QCOMPARE(column(ExchangeListModel::Profile).first(), u"KPN production"_s);
    selectRow(0);
    QVERIFY(!reveal->isVisible());
}

void tst_InspectorView::copyAsCurlCarriesTheVariables()
{
    auto *copy = m_view->findChild<QPushButton *>(u"copyCurlButton"_s);
    QVERIFY(copy);
    selectRow(rowOf(u"accesstoken?grant_type=client_credentials"_s));
    QTest::mouseClick(copy, Qt::LeftButton);
    QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.contains(u"--data-urlencode \"client_secret=$KPN_CLIENT_SECRET\""),
             qPrintable(curl));
    QVERIFY(curl.contains(u"--data-urlencode 'client_id=sandbox-client'"));
    QVERIFY(text("statusLabel").contains(u"KPN_CLIENT_SECRET"));

    selectRow(rowOf(u"/communication/nexmo/verify"_s));
    // Ctrl+Shift+C from anywhere in the view.
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.startsWith(u"# Set KPN_TOKEN"), qPrintable(curl));
    QVERIFY(curl.contains(u"-H \"Authorization: Bearer $KPN_TOKEN\""));
    QVERIFY(curl.contains(u"--data-urlencode 'brand=Desk & Co'"));
    QVERIFY(curl.contains(u"'" + m_server->baseUrl().toString() + u"/communication/nexmo/verify'"));
    QVERIFY(text("statusLabel").contains(u"KPN_TOKEN"));
}

void tst_InspectorView::exportsSelectionAndAllAsHar()
{
    auto *exportAll = m_view->findChild<QPushButton *>(u"exportAllButton"_s);
    auto *exportSelection = m_view->findChild<QPushButton *>(u"exportSelectionButton"_s);
    QVERIFY(exportAll && exportSelection);
    QVERIFY(!exportSelection->isEnabled()); // nothing selected yet

    const QString all = m_dir.filePath(u"all.har"_s);
    Dialogs::setNextFileName(all);
    QTest::mouseClick(exportAll, Qt::LeftButton);
    QFile file(all);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject log =
        QJsonDocument::fromJson(file.readAll()).object().value(u"log"_s).toObject();
    QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
    QCOMPARE(log.value(u"creator"_s)[u"name"_s].toString(), u"Verify Desk"_s);
    const QJsonArray entries = log.value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 8);
    // Oldest first, as recorded.
    QVERIFY(entries.first()[u"request"_s][u"url"_s].toString().contains(u"accesstoken"));
    QCOMPARE(entries.at(6)[u"response"_s][u"status"_s].toInt(), 200);
    QCOMPARE(entries.at(7)[u"response"_s][u"status"_s].toInt(), 0);
    QVERIFY(text("statusLabel").contains(u"Exported 8 exchange"));

    // Two rows selected with Ctrl+click; Ctrl+E exports them.
    selectRow(rowOf(u"/communication/nexmo/verify"_s));
    const QRect second = table()->visualRect(
        table()->model()->index(rowOf(u"/check"_s, 1), ExchangeListModel::Method));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier, second.center());
    QCOMPARE(m_view->selectedExchangeIds().size(), 2);
    QVERIFY(exportSelection->isEnabled());
    const QString some = m_dir.filePath(u"some.har"_s);
    Dialogs::setNextFileName(some);
    QTest::keyClick(table(), Qt::Key_E, Qt::ControlModifier);
    QFile selected(some);
    QVERIFY(selected.open(QIODevice::ReadOnly));
    const QJsonArray two = QJsonDocument::fromJson(selected.readAll())
                               .object()
                               .value(u"log"_s)[u"entries"_s]
                               .toArray();
    QCOMPARE(two.size(), 2);
    QVERIFY(two.at(0)[u"request"_s][u"url"_s].toString().endsWith(u"/verify"));
    QVERIFY(two.at(1)[u"request"_s][u"url"_s].toString().endsWith(u"/check"));

    // Cancelling the file dialog writes nothing.
    Dialogs::setNextFileName(QString());
    QTest::mouseClick(exportAll, Qt::LeftButton);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), 2);

    // A place that cannot be written: a warning, not a crash.
    Dialogs::setNextFileName(m_dir.filePath(u"missing/dir/x.har"_s));
    QTest::mouseClick(exportAll, Qt::LeftButton);
    QVERIFY2(Dialogs::lastText().contains(u"could not be written"),
             qPrintable(Dialogs::lastText()));
}

void tst_InspectorView::selectExchangeClearsHidingFilters()
{
    const QList<ExchangeLog::Entry> entries = m_log->entries();
    const quint64 requestId = entries.at(1).id; // the request
    auto *endpoint = m_view->findChild<QComboBox *>(u"endpointCombo"_s);
    endpoint->setCurrentIndex(endpoint->findText(u"Check"_s));
    QCOMPARE(table()->model()->rowCount(), 2);
    QVERIFY(m_view->selectExchange(requestId));
    QCOMPARE(endpoint->currentIndex(), 0);
    QCOMPARE(m_view->currentExchangeId(), requestId);
    QVERIFY(text("summaryLabel").contains(u"Verify status: 0"));
    // A visible one keeps the filter.
    endpoint->setCurrentIndex(endpoint->findText(u"Check"_s));
    QVERIFY(m_view->selectExchange(entries.at(2).id));
    QCOMPARE(endpoint->currentText(), u"Check"_s);
    QVERIFY(!m_view->selectExchange(9999));
}

void tst_InspectorView::clearEmptiesTheList()
{
    selectRow(0);
    auto *clear = m_view->findChild<QPushButton *>(u"clearButton"_s);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(table()->model()->rowCount(), 0);
    QCOMPARE(m_log->size(), 0);
    QVERIFY(text("summaryLabel").startsWith(u"No exchanges yet"));
    QVERIFY(text("requestText").isEmpty());
    QVERIFY(!clear->isEnabled());
    QVERIFY(!m_view->findChild<QPushButton *>(u"copyCurlButton"_s)->isEnabled());
    QVERIFY(!m_view->findChild<QPushButton *>(u"exportAllButton"_s)->isEnabled());
    // The next call appears again.
    const auto found = run<SearchResult>([&](VerifyClient::Callback<SearchResult> done) {
        return m_client->search(m_requestId, this, std::move(done));
    });
    QVERIFY(found);
    QCOMPARE(table()->model()->rowCount(), 1);
}

void tst_InspectorView::noSecretTokenOrPinInAnyViewCopyOrExport()
{
    QStringList forbidden = m_tokensSeen;
    forbidden.append(kSecret);
    for (const QString &value : std::as_const(forbidden))
        QVERIFY(!value.isEmpty());

    // Every cell, tooltip, label and text of every exchange.
    QString everything = allVisibleText();
    // Every exchange copied as cURL.
    for (int row = 0; row < table()->model()->rowCount(); ++row) {
        selectRow(row);
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY(curl.startsWith(u"curl ") || curl.startsWith(u"# "));
        everything += curl;
    }
    // Everything exported.
    const QString fileName = m_dir.filePath(u"everything.har"_s);
    Dialogs::setNextFileName(fileName);
    QTest::keyClick(m_view.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray har = file.readAll();
    QVERIFY(har.contains("[redacted]"));
    everything += QString::fromUtf8(har);

    QVERIFY(everything.contains(u"code = [redacted]"));
    QVERIFY(everything.contains(u"'code=[redacted]'"));
    for (const QString &value : std::as_const(forbidden))
        QVERIFY2(!everything.contains(value), qPrintable(u"found: "_s + value));
    // A PIN in any spelling a form, JSON or a shell word would give it.
    for (const QString &pin : std::as_const(m_pins)) {
        const QStringList forms {u"="_s + pin,  u"= "_s + pin, u"\""_s + pin,
                                 pin + u"\""_s, u"'"_s + pin,  u": "_s + pin};
        for (const QString &form : forms)
            QVERIFY2(!everything.contains(form), qPrintable(u"found: "_s + form));
    }
}

QTEST_MAIN(tst_InspectorView)
#include "tst_InspectorView.moc"
