#include "InspectorView.h"

#include "Dialogs.h"
#include "FlowLayout.h"
#include "Icons.h"
#include "ScrollAreaFit.h"
#include "SelectedRows.h"
#include "api/ExchangeLog.h"
#include "inspector/CurlCommand.h"
#include "inspector/ExchangeFilterModel.h"
#include "inspector/ExchangeFormatter.h"
#include "inspector/ExchangeListModel.h"
#include "inspector/HarExport.h"
#include "ui_InspectorView.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>

using namespace Qt::StringLiterals;

namespace {
constexpr int kAll = -1;
} // namespace

InspectorView::InspectorView(ExchangeLog *log, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InspectorView>())
    , m_log(log)
    , m_model(new ExchangeListModel(log, this))
    , m_filter(new ExchangeFilterModel(this))
{
    m_ui->setupUi(this);
    Icons::applyNamed(this);
    setUpLayout();
    setUpFilters();
    connectSignals();
    createShortcuts();
    showCurrent();
}

void InspectorView::setUpLayout()
{
    // The buttons move to another row where a translation or a large font needs the room,
    // instead of making the window wider than the screen.
    auto *actionFlow = new FlowLayout(m_ui->actionRow);
    actionFlow->setContentsMargins(0, 0, 0, 0);
    actionFlow->setAlignment(Qt::AlignRight);
    for (QWidget *button :
         {static_cast<QWidget *>(m_ui->copyCurlButton),
          static_cast<QWidget *>(m_ui->exportSelectionButton),
          static_cast<QWidget *>(m_ui->exportAllButton), static_cast<QWidget *>(m_ui->clearButton)})
        actionFlow->addWidget(button);
    m_filter->setSourceModel(m_model);
    m_ui->table->setModel(m_filter);

    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ExchangeListModel::Path, QHeaderView::Stretch);
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 6);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->requestText->setFont(fixed);
    m_ui->responseText->setFont(fixed);
    // The list and the exchange's detail share the height; in the detail, the bodies take what
    // the summary and the explanation leave, and those scroll where the window is short.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    ScrollAreaFit::fitHeight(m_ui->summaryScroll);
}

// The endpoint and outcome filters above the table.
void InspectorView::setUpFilters()
{
    using Endpoint = ExchangeFormatter::Endpoint;
    m_ui->endpointCombo->addItem(tr("All"), kAll);
    for (Endpoint endpoint :
         {Endpoint::Token, Endpoint::Request, Endpoint::Check, Endpoint::Search, Endpoint::Control})
        m_ui->endpointCombo->addItem(ExchangeFormatter::endpointName(endpoint),
                                     static_cast<int>(endpoint));
    using OutcomeKind = ExchangeFormatter::OutcomeKind;
    m_ui->outcomeCombo->addItem(tr("All"), kAll);
    for (OutcomeKind outcome : {OutcomeKind::Ok, OutcomeKind::BusinessError, OutcomeKind::HttpError,
                                OutcomeKind::NetworkError})
        m_ui->outcomeCombo->addItem(ExchangeFormatter::outcomeName(outcome),
                                    static_cast<int>(outcome));
    connect(m_ui->endpointCombo, &QComboBox::currentIndexChanged, this,
            &InspectorView::applyFilters);
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this,
            &InspectorView::applyFilters);
}

void InspectorView::connectSignals()
{
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &InspectorView::copyAsCurl);
    connect(m_ui->exportSelectionButton, &QPushButton::clicked, this,
            &InspectorView::exportSelection);
    connect(m_ui->exportAllButton, &QPushButton::clicked, this, &InspectorView::exportAll);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &InspectorView::clear);
    connect(m_ui->revealPinButton, &QPushButton::toggled, this, &InspectorView::setRevealed);

    QItemSelectionModel *selection = m_ui->table->selectionModel();
    connect(selection, &QItemSelectionModel::currentRowChanged, this, &InspectorView::showCurrent);
    connect(selection, &QItemSelectionModel::selectionChanged, this, &InspectorView::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &InspectorView::showCurrent);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &InspectorView::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &InspectorView::updateActions);
    if (m_log)
        connect(m_log, &ExchangeLog::cleared, this, [this] { m_revealed.clear(); });
}

// Keyboard: the table's Ctrl+C copies the cURL command; the rest work anywhere in the view.
void InspectorView::createShortcuts()
{
    auto *copy = new QAction(tr("Copy as cURL"), m_ui->table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &InspectorView::copyAsCurl);
    m_ui->table->addAction(copy);
    // Named, so that Help > Keyboard shortcuts lists them.
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &InspectorView::copyAsCurl)
        ->setText(tr("Copy as cURL"));
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), &InspectorView::exportSelection)
        ->setText(tr("Export selection as HAR"));
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &InspectorView::exportAll)
        ->setText(tr("Export all as HAR"));
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), &InspectorView::clear)
        ->setText(tr("Clear the exchanges"));
}

InspectorView::~InspectorView() = default;

QAction *InspectorView::addShortcut(const QKeySequence &keys, void (InspectorView::*slot)())
{
    auto *action = new QAction(this);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void InspectorView::setSandboxActive(bool active)
{
    if (m_sandboxActive == active)
        return;
    m_sandboxActive = active;
    if (!active)
        m_revealed.clear(); // leaving the Sandbox hides every PIN again
    showCurrent();
}

bool InspectorView::selectExchange(quint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_ui->endpointCombo->setCurrentIndex(0);
        m_ui->outcomeCombo->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_ui->table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->table->scrollTo(index);
    return true;
}

void InspectorView::focusMainControl()
{
    m_ui->table->setFocus(Qt::OtherFocusReason);
}

quint64 InspectorView::currentExchangeId() const
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ExchangeListModel::IdRole).toULongLong() : 0;
}

QList<quint64> InspectorView::selectedExchangeIds() const
{
    return selectedRowValues<quint64>(m_ui->table, ExchangeListModel::IdRole);
}

QString InspectorView::revealedPin(quint64 id) const
{
    if (!m_sandboxActive || !m_log || !m_revealed.contains(id))
        return {};
    return m_log->revealPin(id);
}

void InspectorView::applyFilters()
{
    const int endpoint = m_ui->endpointCombo->currentData().toInt();
    const int outcome = m_ui->outcomeCombo->currentData().toInt();
    m_filter->setEndpointFilter(
        endpoint == kAll ? std::nullopt
                         : std::optional(static_cast<ExchangeFormatter::Endpoint>(endpoint)));
    m_filter->setOutcomeFilter(
        outcome == kAll ? std::nullopt
                        : std::optional(static_cast<ExchangeFormatter::OutcomeKind>(outcome)));
    showCurrent();
}

void InspectorView::showCurrent()
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_ui->errorLabel->clear();
        m_ui->errorLabel->hide();
        m_ui->requestText->clear();
        m_ui->responseText->clear();
        m_ui->revealPinButton->hide();
        updateActions();
        return;
    }
    const ExchangeLog::Entry &entry = m_model->entryAt(m_filter->mapToSource(current).row());
    const bool canReveal = m_sandboxActive && entry.sandbox && entry.pinRevealable;
    m_ui->revealPinButton->setVisible(canReveal);
    {
        const QSignalBlocker blocker(m_ui->revealPinButton);
        m_ui->revealPinButton->setChecked(canReveal && m_revealed.contains(entry.id));
    }
    m_ui->summaryLabel->setText(ExchangeFormatter::summaryText(entry));
    const QString sentence = ExchangeFormatter::errorSentence(entry);
    m_ui->errorLabel->setText(sentence);
    m_ui->errorLabel->setVisible(!sentence.isEmpty());
    m_ui->requestText->setPlainText(ExchangeFormatter::requestText(entry, revealedPin(entry.id)));
    m_ui->responseText->setPlainText(ExchangeFormatter::responseText(entry));
    updateActions();
}

void InspectorView::updateActions()
{
    const bool hasCurrent = m_ui->table->selectionModel()->currentIndex().isValid();
    if (!hasCurrent)
        m_ui->summaryLabel->setText(m_model->rowCount() == 0
                                        ? tr("No exchanges yet. Calls to the API appear here.")
                                        : tr("Select an exchange to see its detail."));
    m_ui->copyCurlButton->setEnabled(hasCurrent);
    m_ui->exportSelectionButton->setEnabled(m_ui->table->selectionModel()->hasSelection());
    m_ui->exportAllButton->setEnabled(m_filter->rowCount() > 0);
    m_ui->clearButton->setEnabled(m_model->rowCount() > 0);
}

void InspectorView::setRevealed(bool revealed)
{
    const quint64 id = currentExchangeId();
    if (id == 0)
        return;
    if (revealed && m_sandboxActive)
        m_revealed.insert(id);
    else
        m_revealed.remove(id);
    showCurrent();
}

void InspectorView::copyAsCurl()
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const ExchangeLog::Entry &entry = m_model->entryAt(m_filter->mapToSource(current).row());
    QGuiApplication::clipboard()->setText(CurlCommand::fromEntry(entry, revealedPin(entry.id)));
    m_ui->statusLabel->setText(
        tr("Copied exchange #%1 as a cURL command. Set %2 before running it.")
            .arg(entry.id)
            .arg(ExchangeFormatter::endpoint(entry) == ExchangeFormatter::Endpoint::Token
                     ? CurlCommand::clientSecretVariable()
                     : CurlCommand::tokenVariable()));
}

void InspectorView::exportSelection()
{
    const QList<quint64> ids = selectedExchangeIds();
    if (!ids.isEmpty())
        exportEntries(ids);
}

void InspectorView::exportAll()
{
    QList<quint64> ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids.append(m_filter->index(row, 0).data(ExchangeListModel::IdRole).toULongLong());
    if (!ids.isEmpty())
        exportEntries(ids);
}

void InspectorView::exportEntries(const QList<quint64> &ids)
{
    // Oldest first, as HAR viewers expect.
    QList<ExchangeLog::Entry> entries;
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        const ExchangeLog::Entry &entry = m_model->entryAt(row);
        if (ids.contains(entry.id))
            entries.append(entry);
    }
    const QString suggested = QDir::home().filePath(
        u"verifydesk-%1.har"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    const QString fileName = Dialogs::saveFileName(this, tr("Export as HAR"), suggested,
                                                   tr("HTTP Archive (*.har);;All files (*)"));
    if (fileName.isEmpty())
        return;
    HarExport::Creator creator;
    if (!QCoreApplication::applicationVersion().isEmpty())
        creator.version = QCoreApplication::applicationVersion();
    QString error;
    if (!HarExport::save(fileName, entries, creator, &error)) {
        Dialogs::warning(this, tr("Export as HAR"), error);
        return;
    }
    m_ui->statusLabel->setText(
        tr("Exported %n exchange(s) to %1.", nullptr, static_cast<int>(entries.size()))
            .arg(QDir::toNativeSeparators(fileName)));
}

void InspectorView::clear()
{
    if (m_log)
        m_log->clear();
    m_revealed.clear();
    m_ui->statusLabel->clear();
    showCurrent();
}
