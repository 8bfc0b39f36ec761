#include "ApiConsole.h"

#include "Appearance.h"
#include "Dialogs.h"
#include "EnumKeys.h"
#include "FlowLayout.h"
#include "HttpHeaders.h"
#include "Icons.h"
#include "Logging.h"
#include "SendShortcut.h"
#include "SensitiveKeys.h"
#include "api/ExchangeLog.h"
#include "api/Redactor.h"
#include "api/SavedCalls.h"
#include "api/TokenClient.h"
#include "api/VerifyClient.h"
#include "settings/Connections.h"
#include "ui_ApiConsole.h"
#include "verify/ErrorLink.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTabBar>
#include <QTableWidgetItem>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace {

using Operation = ApiConsole::Operation;

// What each operation does, under the list.
constexpr EnumName<Operation> kDescriptions[] = {
    {Operation::Token,
     QT_TRANSLATE_NOOP("ApiConsole",
                       "A new access token, fetched with the profile's consumer key "
                       "and secret; it is shown masked.")},
    {Operation::Request,
     QT_TRANSLATE_NOOP("ApiConsole",
                       "Sends a PIN by SMS or call: on a production profile it "
                       "reaches a customer and costs money.")},
    {Operation::Psd2,
     QT_TRANSLATE_NOOP("ApiConsole",
                       "Sends a PIN for a payment by SMS or call: on a production "
                       "profile it reaches a customer and costs money.")},
    {Operation::Check,
     QT_TRANSLATE_NOOP("ApiConsole",
                       "Checks the code the customer received; a wrong code uses up a try.")},
    {Operation::Search,
     QT_TRANSLATE_NOOP("ApiConsole",
                       "Looks up requests: one request_id, or request_ids repeated "
                       "(add a row for each).")},
    {Operation::Control,
     QT_TRANSLATE_NOOP("ApiConsole",
                       "cmd is cancel or trigger_next_event (which sends the next SMS or call).")},
};

// One parameter as the vendor's spec lists it (vonage-verify-v1.openapi.yml): its name, the
// spec's example or default, and whether the operation requires it (ticked at first).
struct SpecParameter
{
    QString name;
    QString example;
    bool required;
};

QList<SpecParameter> specParameters(Operation operation)
{
    // The options a request and a PSD2 request share, untouched until ticked.
    const QList<SpecParameter> options = {
        {u"country"_s, u"NL"_s, false},
        {u"code_length"_s, u"4"_s, false},
        {u"lg"_s, u"nl-nl"_s, false},
        {u"pin_expiry"_s, u"300"_s, false},
        {u"next_event_wait"_s, u"300"_s, false},
        {u"workflow_id"_s, u"1"_s, false},
    };
    switch (operation) {
    case Operation::Token:
        return {};
    case Operation::Request:
        return QList<SpecParameter> {{u"number"_s, u"31612345678"_s, true},
                                     {u"brand"_s, u"Acme Inc"_s, true},
                                     {u"sender_id"_s, u"ACME"_s, false}}
        + options;
    case Operation::Psd2:
        return QList<SpecParameter> {{u"number"_s, u"31612345678"_s, true},
                                     {u"payee"_s, u"Acme Inc"_s, true},
                                     {u"amount"_s, u"48.00"_s, true}}
        + options;
    case Operation::Check:
        return {{u"request_id"_s, QString(), true},
                {u"code"_s, QString(), true},
                {u"ip_address"_s, u"123.0.0.255"_s, false}};
    case Operation::Search:
        return {{u"request_id"_s, QString(), true}, {u"request_ids"_s, QString(), false}};
    case Operation::Control:
        return {{u"request_id"_s, QString(), true}, {u"cmd"_s, u"cancel"_s, true}};
    }
    return {};
}

QString headerLines(const HttpHeaders::List &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers) {
        lines.append(u"%1: %2"_s.arg(QString::fromLatin1(name),
                                     QString::fromUtf8(Redactor::redactHeader(name, value))));
    }
    return lines.join(u'\n');
}

} // namespace

ApiConsole::ApiConsole(Connections *connections, ExchangeLog *log, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApiConsole>())
    , m_connections(connections)
    , m_log(log)
    , m_useIdMenu(new QMenu(this))
{
    m_ui->setupUi(this);
    Icons::applyNamed(this);
    m_ui->parameterTable->horizontalHeader()->setSectionResizeMode(0,
                                                                   QHeaderView::ResizeToContents);
    m_ui->busyBar->hide();
    m_ui->stopButton->hide();
    m_ui->useIdButton->setMenu(m_useIdMenu);
    m_ui->useIdButton->setEnabled(false);
    m_ui->explanationLabel->hide();
    // The form's order puts the answer's views after the tab widget's last child, its own views
    // included, so that Tab left the page from the tabs: they follow the tabs.
    setTabOrder(m_ui->answerTabs->tabBar(), m_ui->bodyView);
    setTabOrder(m_ui->bodyView, m_ui->headersView);
    addSendShortcut(this, tr("Send the call"), &ApiConsole::send);
    m_ui->sendButton->setToolTip(tr("Send the call with the selected profile (Ctrl+Return)"));

    for (Operation target : {Operation::Check, Operation::Search, Operation::Control}) {
        QAction *action = m_useIdMenu->addAction(apiCallName(target));
        connect(action, &QAction::triggered, this, [this, target] { useRequestIdIn(target); });
    }

    setUpParameters();
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ApiConsole::send);
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->abort();
        if (m_tokenCall) {
            delete m_tokenCall;
            showError(tr("Stopped: the answer is no longer awaited."), 0);
            setBusy(false);
        }
    });
    ErrorLink::follow(m_ui->explanationLabel, this, &ApiConsole::showExchangeRequested);
    setUpSavedCalls();
    connect(m_connections, &Connections::activeChanged, this, &ApiConsole::refreshSaved);
    connect(m_connections, &Connections::activeChanged, this, &ApiConsole::fillOperations);
    connect(m_connections, &Connections::activeStateChanged, this, &ApiConsole::fillOperations);
    fillOperations();
}

// The operation's table of parameters: filled when the operation changes, rows added and removed.
void ApiConsole::setUpParameters()
{
    connect(m_ui->operationCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            fillParameters(static_cast<Operation>(m_ui->operationCombo->itemData(index).toInt()));
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        addRow(QString(), QString(), true);
        const int row = m_ui->parameterTable->rowCount() - 1;
        m_ui->parameterTable->setCurrentCell(row, 0);
        m_ui->parameterTable->setFocus();
        m_ui->parameterTable->editItem(m_ui->parameterTable->item(row, 0));
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->parameterTable->currentRow();
        if (row < 0)
            return;
        m_ui->parameterTable->removeRow(row);
        m_ui->parameterTable->setFocus();
        updateButtons();
    });
    connect(m_ui->parameterTable, &QTableWidget::currentCellChanged, this,
            &ApiConsole::updateButtons);
}

void ApiConsole::setUpSavedCalls()
{
    // The box with its label, then the buttons, moving to another row where a translation or a
    // large font needs the room.
    auto *flow = new FlowLayout(m_ui->savedRow);
    flow->setContentsMargins(0, 0, 0, 0);
    auto *box = new QHBoxLayout;
    box->addWidget(m_ui->savedLabel);
    box->addWidget(m_ui->savedCombo);
    flow->addLayout(box);
    for (QWidget *button :
         {static_cast<QWidget *>(m_ui->runButton), static_cast<QWidget *>(m_ui->saveButton),
          static_cast<QWidget *>(m_ui->forgetButton), static_cast<QWidget *>(m_ui->exportButton),
          static_cast<QWidget *>(m_ui->importButton)})
        flow->addWidget(button);
    connect(m_ui->savedCombo, &QComboBox::activated, this, [this] { loadSaved(); });
    connect(m_ui->runButton, &QPushButton::clicked, this, [this] {
        if (loadSaved())
            send();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ApiConsole::saveCurrent);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &ApiConsole::forgetSaved);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ApiConsole::exportSaved);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ApiConsole::importSaved);
    m_ui->savedCombo->lineEdit()->setPlaceholderText(tr("Name of the call"));
    // Its text field is read by the combo box's name too.
    m_ui->savedCombo->lineEdit()->setAccessibleName(m_ui->savedCombo->accessibleName());
    m_ui->savedMessage->hide();
}

QString ApiConsole::activeProfileId() const
{
    ProfileConnection *connection = m_connections->active();
    return connection ? connection->profileId() : QString();
}

void ApiConsole::setSavedCallsFile(const QString &path)
{
    m_saved = std::make_unique<SavedCalls>(path);
    QString error;
    if (!m_saved->load(&error))
        showSavedMessage(error, true);
    refreshSaved();
}

QStringList ApiConsole::savedCallNames() const
{
    QStringList names;
    for (int i = 0; i < m_ui->savedCombo->count(); ++i)
        names.append(m_ui->savedCombo->itemText(i));
    return names;
}

QString ApiConsole::savedMessageText() const
{
    return m_ui->savedMessage->isHidden() ? QString() : m_ui->savedMessage->text();
}

void ApiConsole::showSavedMessage(const QString &text, bool error)
{
    m_ui->savedMessage->setText(error ? Appearance::errorText(text) : text);
    m_ui->savedMessage->setVisible(!text.isEmpty());
}

// The selected profile's saved calls in the box, the name typed kept.
void ApiConsole::refreshSaved()
{
    const bool usable = m_saved != nullptr;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->savedCombo), static_cast<QWidget *>(m_ui->runButton),
          static_cast<QWidget *>(m_ui->saveButton), static_cast<QWidget *>(m_ui->forgetButton),
          static_cast<QWidget *>(m_ui->exportButton), static_cast<QWidget *>(m_ui->importButton)})
        w->setEnabled(usable);
    if (!usable)
        return;
    const QString typed = m_ui->savedCombo->currentText();
    const QSignalBlocker blocker(m_ui->savedCombo);
    m_ui->savedCombo->clear();
    for (const SavedCall &call : m_saved->calls(activeProfileId()))
        m_ui->savedCombo->addItem(call.name);
    m_ui->savedCombo->setCurrentIndex(m_ui->savedCombo->findText(typed));
    m_ui->savedCombo->setEditText(typed);
}

bool ApiConsole::loadSaved()
{
    if (!m_saved)
        return false;
    const QString name = m_ui->savedCombo->currentText().trimmed();
    const std::optional<SavedCall> call = m_saved->call(activeProfileId(), name);
    if (!call) {
        showSavedMessage(name.isEmpty()
                             ? tr("Choose a saved call first.")
                             : tr("There is no saved call \"%1\" for this profile.").arg(name),
                         true);
        return false;
    }
    const std::optional<Operation> operation = apiCallFromKey(call->operation);
    if (!operation || !selectOperation(*operation)) {
        showSavedMessage(tr("This profile's API has no such operation."), true);
        return false;
    }
    // The spec's rows untouched and unticked, the saved ones ticked in their order.
    QTableWidget *table = m_ui->parameterTable;
    for (int row = 0; row < table->rowCount(); ++row)
        table->item(row, 0)->setCheckState(Qt::Unchecked);
    for (const auto &[key, value] : call->params) {
        bool placed = false;
        for (int row = 0; row < table->rowCount() && !placed; ++row) {
            QTableWidgetItem *nameItem = table->item(row, 0);
            if (nameItem->text() == key && nameItem->checkState() == Qt::Unchecked) {
                nameItem->setCheckState(Qt::Checked);
                table->item(row, 1)->setText(value);
                placed = true;
            }
        }
        if (!placed)
            addRow(key, value, true);
    }
    showSavedMessage(tr("Loaded \"%1\".").arg(call->name), false);
    return true;
}

void ApiConsole::saveCurrent()
{
    if (!m_saved)
        return;
    SavedCall call;
    call.name = m_ui->savedCombo->currentText().trimmed();
    if (call.name.isEmpty()) {
        showSavedMessage(tr("Type a name for the call in the box first."), true);
        m_ui->savedCombo->setFocus();
        return;
    }
    call.operation = apiCallKey(operation());
    call.params = parameters();
    QStringList dropped;
    for (const auto &[key, value] : std::as_const(call.params)) {
        if (SensitiveKeys::contains(key) && !value.isEmpty())
            dropped.append(key);
    }
    QString error;
    if (!m_saved->put(activeProfileId(), call, &error)) {
        showSavedMessage(error, true);
        return;
    }
    refreshSaved();
    showSavedMessage(dropped.isEmpty()
                         ? tr("Saved \"%1\".").arg(call.name)
                         : tr("Saved \"%1\", without the value of %2: secrets and PINs are "
                              "never saved.")
                               .arg(call.name, dropped.join(u", "_s)),
                     false);
}

void ApiConsole::forgetSaved()
{
    if (!m_saved)
        return;
    const QString name = m_ui->savedCombo->currentText().trimmed();
    if (!m_saved->call(activeProfileId(), name)) {
        showSavedMessage(tr("There is no saved call \"%1\" for this profile.").arg(name), true);
        return;
    }
    QString error;
    if (!m_saved->remove(activeProfileId(), name, &error)) {
        showSavedMessage(error, true);
        return;
    }
    m_ui->savedCombo->setEditText(QString());
    refreshSaved();
    showSavedMessage(tr("Forgot \"%1\".").arg(name), false);
}

void ApiConsole::exportSaved()
{
    if (!m_saved)
        return;
    const QList<SavedCall> calls = m_saved->calls(activeProfileId());
    if (calls.isEmpty()) {
        showSavedMessage(tr("This profile has no saved calls to export."), true);
        return;
    }
    const QString path = Dialogs::saveFileName(this, tr("Export saved calls"),
                                               u"saved-calls.json"_s, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!SavedCalls::writeExport(path, calls, &error)) {
        showSavedMessage(error, true);
        return;
    }
    showSavedMessage(tr("Saved calls exported to %2: %1.")
                         .arg(QLocale().toString(calls.size()), QDir::toNativeSeparators(path)),
                     false);
}

// All or nothing: a file that is not a set of saved calls changes nothing and says why.
void ApiConsole::importSaved()
{
    if (!m_saved)
        return;
    const QString path =
        Dialogs::openFileName(this, tr("Import saved calls"), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<QList<SavedCall>> calls = SavedCalls::readImport(path, &error);
    if (!calls || !m_saved->putAll(activeProfileId(), *calls, &error)) {
        showSavedMessage(tr("%1 Nothing was imported.").arg(error), true);
        return;
    }
    refreshSaved();
    showSavedMessage(tr("Saved calls imported from %2: %1.")
                         .arg(QLocale().toString(calls->size()), QDir::toNativeSeparators(path)),
                     false);
}

ApiConsole::~ApiConsole()
{
    // A call in flight ends now, its answer unread: nothing of this page is left to show it.
    m_closing = true;
    if (m_job)
        m_job->abort();
}

void ApiConsole::setCostlyActionGuard(std::function<bool(const Profile &, const QString &)> guard)
{
    m_guard = std::move(guard);
}

void ApiConsole::focusMainControl()
{
    m_ui->operationCombo->setFocus(Qt::OtherFocusReason);
}

QString ApiConsole::endpointName(Operation operation)
{
    // The client's endpoint names are the operations' keys; a request is its base route and a
    // token is not a Verify call.
    if (operation == Operation::Token || operation == Operation::Request)
        return {};
    return apiCallKey(operation);
}

// The operations the selected profile's API offers: a token only where there is one to fetch
// (KPN's flavour), PSD2 only on the vendor's.
void ApiConsole::fillOperations()
{
    ProfileConnection *connection = m_connections->active();
    const Profile profile = connection ? connection->profile() : Profile();
    const ApiFlavour flavour =
        connection ? connection->client()->config().flavour : ApiFlavour::KpnOAuth;
    QList<Operation> offered;
    if (profile.usesTokenUrl())
        offered.append(Operation::Token);
    offered.append({Operation::Request, Operation::Check, Operation::Search, Operation::Control});
    if (offersPsd2(flavour))
        offered.append(Operation::Psd2);

    QList<Operation> shown;
    for (int i = 0; i < m_ui->operationCombo->count(); ++i)
        shown.append(static_cast<Operation>(m_ui->operationCombo->itemData(i).toInt()));
    if (shown == offered)
        return;
    const std::optional<Operation> before =
        shown.isEmpty() ? std::optional<Operation>(Operation::Request) : operation();
    {
        const QSignalBlocker blocker(m_ui->operationCombo);
        m_ui->operationCombo->clear();
        for (Operation op : std::as_const(offered))
            m_ui->operationCombo->addItem(apiCallName(op), static_cast<int>(op));
    }
    const int index = m_ui->operationCombo->findData(static_cast<int>(*before));
    m_ui->operationCombo->setCurrentIndex(-1);
    m_ui->operationCombo->setCurrentIndex(
        index >= 0 ? index : m_ui->operationCombo->findData(static_cast<int>(Operation::Request)));
}

ApiConsole::Operation ApiConsole::operation() const
{
    return static_cast<Operation>(m_ui->operationCombo->currentData().toInt());
}

bool ApiConsole::selectOperation(Operation operation)
{
    const int index = m_ui->operationCombo->findData(static_cast<int>(operation));
    if (index < 0)
        return false;
    if (index == m_ui->operationCombo->currentIndex())
        fillParameters(operation);
    else
        m_ui->operationCombo->setCurrentIndex(index);
    return true;
}

void ApiConsole::fillParameters(Operation operation)
{
    m_ui->parameterTable->setRowCount(0);
    for (const SpecParameter &parameter : specParameters(operation))
        addRow(parameter.name, parameter.example, parameter.required);
    const bool token = operation == Operation::Token;
    m_ui->parameterTable->setEnabled(!token);
    m_ui->addButton->setEnabled(!token);
    m_ui->descriptionLabel->setText(nameOf("ApiConsole", kDescriptions, operation));
    updateButtons();
}

void ApiConsole::addRow(const QString &name, const QString &value, bool ticked)
{
    QTableWidget *table = m_ui->parameterTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setFlags(nameItem->flags() | Qt::ItemIsUserCheckable);
    nameItem->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    table->setItem(row, 0, nameItem);
    table->setItem(row, 1, new QTableWidgetItem(value));
    updateButtons();
}

void ApiConsole::setParameter(const QString &name, const QString &value)
{
    QTableWidget *table = m_ui->parameterTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        QTableWidgetItem *nameItem = table->item(row, 0);
        if (nameItem && nameItem->text() == name) {
            nameItem->setCheckState(Qt::Checked);
            table->item(row, 1)->setText(value);
            return;
        }
    }
    addRow(name, value, true);
}

QList<std::pair<QString, QString>> ApiConsole::parameters() const
{
    QList<std::pair<QString, QString>> params;
    const QTableWidget *table = m_ui->parameterTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *nameItem = table->item(row, 0);
        const QTableWidgetItem *valueItem = table->item(row, 1);
        if (!nameItem || nameItem->checkState() != Qt::Checked || nameItem->text().isEmpty())
            continue;
        params.append({nameItem->text(), valueItem ? valueItem->text() : QString()});
    }
    return params;
}

void ApiConsole::updateButtons()
{
    const bool busy = isBusy();
    m_ui->sendButton->setEnabled(!busy);
    m_ui->removeButton->setEnabled(operation() != Operation::Token
                                   && m_ui->parameterTable->currentRow() >= 0);
    m_ui->useIdButton->setEnabled(!busy && !m_answerRequestId.isEmpty());
}

bool ApiConsole::isBusy() const
{
    return m_job || m_tokenCall;
}

void ApiConsole::setBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    m_ui->stopButton->setVisible(busy);
    if (busy)
        m_ui->statusLineLabel->setText(tr("Sending…"));
    updateButtons();
}

void ApiConsole::clearAnswer()
{
    m_answerRequestId.clear();
    m_ui->explanationLabel->clear();
    m_ui->explanationLabel->hide();
    m_ui->statusLineLabel->clear();
    m_ui->bodyView->clear();
    m_ui->headersView->clear();
}

QString ApiConsole::costlyDescription(Operation operation) const
{
    QString number;
    QString command;
    for (const auto &[name, value] : parameters()) {
        if (name == u"number")
            number = value;
        else if (name == u"cmd")
            command = value;
    }
    if (operation == Operation::Request)
        return tr("Send a verification request from the API console to %1.").arg(number);
    if (operation == Operation::Psd2)
        return tr("Send a payment confirmation (PSD2) from the API console to %1.").arg(number);
    if (operation == Operation::Control && command == u"trigger_next_event")
        return tr("Trigger the next SMS or call of a request from the API console.");
    return {};
}

void ApiConsole::send()
{
    if (isBusy())
        return;
    // A cell still being edited holds its text until it is committed.
    if (QWidget *editor = m_ui->parameterTable->focusWidget();
        editor && editor != m_ui->parameterTable && m_ui->parameterTable->isAncestorOf(editor)) {
        m_ui->parameterTable->setFocus();
    }
    ProfileConnection *connection = m_connections->active();
    clearAnswer();
    if (!connection) {
        showError(tr("No profile is selected."), 0);
        return;
    }
    if (const QString problem = connection->sendProblem(); !problem.isEmpty()) {
        showError(problem, 0);
        return;
    }
    const Operation op = operation();
    if (const QString costly = costlyDescription(op);
        !costly.isEmpty() && m_guard && !m_guard(connection->profile(), costly)) {
        qCInfo(lcApp) << "console call declined by the user";
        showError(tr("Not sent."), 0);
        return;
    }
    if (op == Operation::Token) {
        sendToken(connection);
        return;
    }
    m_job = connection->client()->sendRaw(
        endpointName(op), parameters(), this, [this](const Outcome<RawAnswer> &outcome) {
            if (m_closing)
                return;
            m_job = nullptr;
            setBusy(false);
            if (outcome)
                showAnswer(outcome.value());
            else
                showError(outcome.error().message(), outcome.error().exchangeId());
        });
    setBusy(true);
}

// A new token, so that its exchange shows; the answer is the exchange as the log masked it.
void ApiConsole::sendToken(ProfileConnection *connection)
{
    auto *call = new QObject(this);
    m_tokenCall = call;
    auto seen = std::make_shared<ExchangeLog::Entry>();
    const QString profileName = connection->client()->config().profileName;
    if (m_log) {
        connect(m_log, &ExchangeLog::appended, call,
                [seen, profileName](const ExchangeLog::Entry &entry) {
                    if (entry.profile == profileName)
                        *seen = entry;
                });
    }
    TokenClient *tokens = connection->tokens();
    tokens->invalidate();
    tokens->fetchToken(call, [this, call, seen, tokens](const Outcome<QString> &token) {
        call->deleteLater();
        m_tokenCall = nullptr;
        setBusy(false);
        if (!token) {
            showError(token.error().message(), token.error().exchangeId());
            return;
        }
        RawAnswer answer;
        answer.httpStatus = seen->status;
        answer.headers = seen->responseHeaders;
        answer.body = seen->responseBody;
        answer.durationMs = seen->durationMs;
        answer.exchangeId = seen->id;
        showAnswer(answer);
        const TokenInfo &info = tokens->tokenInfo();
        const QString sentence =
            tr("Token received: %1 (fingerprint %2), valid for %3 s.")
                .arg(Redactor::mask(), Redactor::fingerprint(token.value().toUtf8()),
                     QLocale().toString(info.lifetimeSeconds));
        m_ui->explanationLabel->setText(ErrorLink::withExchange(sentence, answer.exchangeId));
        m_ui->explanationLabel->show();
    });
    setBusy(true);
}

void ApiConsole::showAnswer(const RawAnswer &answer)
{
    m_answerRequestId = answer.requestId;
    m_ui->statusLineLabel->setText(
        tr("HTTP %1 · %2 ms").arg(answer.httpStatus).arg(QLocale().toString(answer.durationMs)));
    m_ui->bodyView->setPlainText(answer.prettyBody());
    m_ui->headersView->setPlainText(headerLines(answer.headers));

    QString sentence;
    const VerifyStatus &status = answer.status;
    if (answer.error) {
        sentence = Appearance::errorText(answer.error->message());
    } else if (status.rawCode().isEmpty()) {
        sentence = tr("The answer has no Verify status.");
    } else if (!status.isNumeric()) {
        // A search's state, in words.
        const SearchResult::Status state = SearchResult::statusFromText(status.rawCode());
        sentence = tr("%1: %2").arg(VerifyStatus::searchStatusLabel(state),
                                    VerifyStatus::searchStatusDescription(state));
    } else if (status.isSuccess()) {
        sentence = tr("Status 0: %1").arg(status.title());
    } else {
        sentence = Appearance::errorText(
            tr("Status %1: %2. %3 %4")
                .arg(status.rawCode(), status.title(), status.explanation(), status.nextStep()));
    }
    if (!answer.errorText.isEmpty())
        sentence = tr("%1 The API says: “%2”").arg(sentence, answer.errorText);
    m_ui->explanationLabel->setText(ErrorLink::withExchange(sentence, answer.exchangeId));
    m_ui->explanationLabel->show();
    updateButtons();
}

void ApiConsole::showError(const QString &sentence, quint64 exchangeId)
{
    m_ui->statusLineLabel->setText(tr("No answer"));
    m_ui->explanationLabel->setText(
        ErrorLink::withExchange(Appearance::errorText(sentence), exchangeId));
    m_ui->explanationLabel->show();
    updateButtons();
}

QString ApiConsole::answerRequestId() const
{
    return m_answerRequestId;
}

void ApiConsole::useRequestIdIn(Operation target)
{
    const QString id = m_answerRequestId;
    if (id.isEmpty() || !selectOperation(target))
        return;
    setParameter(u"request_id"_s, id);
    // The next thing to type: the code of a check, else the Send button.
    if (target == Operation::Check) {
        for (int row = 0; row < m_ui->parameterTable->rowCount(); ++row) {
            if (m_ui->parameterTable->item(row, 0)->text() == u"code") {
                m_ui->parameterTable->setFocus();
                m_ui->parameterTable->setCurrentCell(row, 1);
                return;
            }
        }
    }
    m_ui->sendButton->setFocus();
}

QString ApiConsole::explanationText() const
{
    return QTextDocumentFragment::fromHtml(m_ui->explanationLabel->text()).toPlainText();
}

QString ApiConsole::statusLineText() const
{
    return m_ui->statusLineLabel->text();
}

QString ApiConsole::bodyText() const
{
    return m_ui->bodyView->toPlainText();
}

QString ApiConsole::headersText() const
{
    return m_ui->headersView->toPlainText();
}
