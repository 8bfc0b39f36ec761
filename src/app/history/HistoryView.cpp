#include "HistoryView.h"

#include "Appearance.h"
#include "Dialogs.h"
#include "FlowLayout.h"
#include "Icons.h"
#include "SelectedRows.h"
#include "TimeText.h"
#include "api/VerifyClient.h"
#include "history/HistoryCsvExport.h"
#include "history/HistoryFormatter.h"
#include "history/HistoryModel.h"
#include "history/HistoryQuery.h"
#include "history/HistoryStore.h"
#include "ui_HistoryView.h"
#include "verify/ErrorLink.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr int kAny = -1;
constexpr int kFilterDelayMs = 250;

enum Page { TablePage, EmptyPage };
} // namespace

HistoryView::HistoryView(HistoryStore *store, HistoryRefresh::ClientFor clientFor, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryView>())
    , m_store(store)
    , m_online(bool(clientFor))
    , m_model(new HistoryModel(store, this))
    , m_refresh(new HistoryRefresh(store, std::move(clientFor), this))
    , m_filterTimer(new QTimer(this))
{
    Q_ASSERT(store);
    m_ui->setupUi(this);
    Icons::applyNamed(this);
    setUpLayout();
    setUpFilterChoices();
    setUpTable();
    applyFilters();
    connectFilters();
    createActions();
    createMoreMenu();
    connectButtons();
    connectModels();
    updateEmptyState();
    showCurrent();
}

HistoryView::~HistoryView() = default;

void HistoryView::setUpLayout()
{
    m_ui->progressRow->hide();
    m_ui->messageLabel->hide();
    m_ui->detailsText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    // The filter groups and the action buttons move to another row where a translation or a large
    // font needs the room, instead of making the window wider than the screen.
    auto *filterFlow = new FlowLayout(m_ui->filterRow);
    filterFlow->setContentsMargins(0, 0, 0, 0);
    filterFlow->addWidget(m_ui->profileGroup);
    filterFlow->addWidget(m_ui->dateGroup);
    auto *actionFlow = new FlowLayout(m_ui->actionRow);
    actionFlow->setContentsMargins(0, 0, 0, 0);
    for (QWidget *button : {static_cast<QWidget *>(m_ui->copyIdButton),
                            static_cast<QWidget *>(m_ui->refreshSelectionButton),
                            static_cast<QWidget *>(m_ui->refreshUnfinishedButton),
                            static_cast<QWidget *>(m_ui->verifyAgainButton),
                            static_cast<QWidget *>(m_ui->moreButton)})
        actionFlow->addWidget(button);
}

// The statuses, the last 30 days and the profiles the history has.
void HistoryView::setUpFilterChoices()
{
    m_ui->statusCombo->addItem(tr("All"), kAny);
    using Status = HistoryRecord::Status;
    for (Status status : {Status::InProgress, Status::Verified, Status::Failed, Status::Expired,
                          Status::Cancelled, Status::Error})
        m_ui->statusCombo->addItem(HistoryRecord::statusName(status), int(status));
    const QDate today = QDate::currentDate();
    m_ui->fromEdit->setDate(today.addDays(-30));
    m_ui->toEdit->setDate(today);
    reloadProfiles();
}

void HistoryView::setUpTable()
{
    // The model sorts in SQL: the header asks it, newest first to begin with.
    m_ui->table->setModel(m_model);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsClickable(true);
    header->setSortIndicator(HistoryModel::Date, Qt::DescendingOrder);
    m_ui->table->setSortingEnabled(true);
    setColumnWidths();
    // What an agent reads first stays in view in a narrow window: when, which number and what
    // became of it, then the brand; the long request ID comes last (it is copied, not read).
    header->moveSection(header->visualIndex(HistoryModel::RequestId),
                        HistoryModel::ColumnCount - 1);
    header->moveSection(header->visualIndex(HistoryModel::Status),
                        header->visualIndex(HistoryModel::Brand));
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 6);
}

// Widths from the font instead of ResizeToContents, which would measure every fetched row.
void HistoryView::setColumnWidths()
{
    QHeaderView *header = m_ui->table->horizontalHeader();
    const QFontMetrics metrics = m_ui->table->fontMetrics();
    const int padding = metrics.horizontalAdvance(u"MM"_s);
    // The wider of the column's title and `sample`.
    const auto fit = [header, &metrics, padding](int column, const QString &sample) {
        const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(
            column,
            qMax(header->fontMetrics().horizontalAdvance(title), metrics.horizontalAdvance(sample))
                + padding);
    };
    const auto sized = [header, &metrics, padding](int column, const QString &sample) {
        header->resizeSection(column, metrics.horizontalAdvance(sample) + padding);
    };
    sized(HistoryModel::Date,
          TimeText::dateTime(QDateTime(QDate(2000, 12, 28), QTime(23, 59, 59))));
    sized(HistoryModel::Number, u"+31 6 12345678"_s);
    // A typical brand whole; a long one (up to 18 characters) is elided, whole in the details.
    sized(HistoryModel::Brand, u"Verify Desk BV"_s);
    sized(HistoryModel::RequestId, u"0123456789abcdef0123456789abcdef"_s);
    // A name and a ticket number whole; longer ones are elided, whole in the details.
    fit(HistoryModel::Operator, u"Anna de Vries"_s);
    fit(HistoryModel::Reference, u"INC-0012345"_s);
    // Status holds every status whole, also marked as not yet shared with the team, and an
    // error's few words ("Error: Number blocked"; longer ones are elided, whole in the tooltip);
    // the counts need less.
    HistoryRecord refused;
    refused.status = HistoryRecord::Status::Error;
    HistoryEvent why;
    why.kind = HistoryEvent::Kind::Error;
    why.detail = {{u"kind"_s, u"business"_s}, {u"verify_status"_s, u"7"_s}};
    QString widestStatus = HistoryFormatter::statusText(refused, {why});
    for (const HistoryRecord::Status status :
         {HistoryRecord::Status::InProgress, HistoryRecord::Status::Verified,
          HistoryRecord::Status::Failed, HistoryRecord::Status::Expired,
          HistoryRecord::Status::Cancelled}) {
        const QString unshared =
            HistoryModel::unsharedStatusText(HistoryRecord::statusName(status));
        if (metrics.horizontalAdvance(unshared) > metrics.horizontalAdvance(widestStatus))
            widestStatus = unshared;
    }
    fit(HistoryModel::Status, widestStatus);
    fit(HistoryModel::Attempts, u"999"_s);
    fit(HistoryModel::Duration, u"59 min 59 s"_s);
}

void HistoryView::connectFilters()
{
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &HistoryView::applyFilters);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_ui->filterEdit, &QLineEdit::returnPressed, this, &HistoryView::applyFilters);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilters);
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilters);
    connect(m_ui->dateCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromEdit->setEnabled(on);
        m_ui->toEdit->setEnabled(on);
        applyFilters();
    });
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &HistoryView::applyFilters);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &HistoryView::applyFilters);
}

// Actions: buttons, shortcuts anywhere in the view, and the table's context menu.
void HistoryView::createActions()
{
    m_copyAction = makeAction(tr("Copy Request ID"),
                              {QKeySequence::Copy, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                              &HistoryView::copyRequestId, true);
    m_refreshSelectionAction = makeAction(tr("Refresh Selection"), {QKeySequence(Qt::Key_F5)},
                                          &HistoryView::refreshSelection, true);
    m_refreshUnfinishedAction =
        makeAction(tr("Refresh Unfinished"), {QKeySequence(Qt::SHIFT | Qt::Key_F5)},
                   &HistoryView::refreshUnfinished, true);
    m_verifyAgainAction =
        makeAction(tr("Verify Again…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
                   &HistoryView::verifyAgain, true);
    m_exportSelectionAction =
        makeAction(tr("E&xport Selection…"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                   &HistoryView::exportSelection, true);
    m_exportSelectionAction->setObjectName(u"exportSelectionAction"_s);
    m_exportSelectionAction->setToolTip(
        tr("Save the selected verifications as a CSV file (Ctrl+E)."));
    m_exportAllAction =
        makeAction(tr("Export &All…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
                   &HistoryView::exportAll, false);
    m_exportAllAction->setObjectName(u"exportAllAction"_s);
    m_exportAllAction->setToolTip(
        tr("Save every verification in the history as a CSV file (Ctrl+Shift+E)."));
    m_cancelAction = makeAction(tr("Cancel Refresh"), {QKeySequence(Qt::Key_Escape)},
                                &HistoryView::cancelRefresh, false);
    makeAction(tr("Find"), {QKeySequence::Find}, nullptr, false);
    m_ui->table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

// Export, the CSV separator and clearing: one menu button instead of a second row of buttons.
void HistoryView::createMoreMenu()
{
    auto *more = new QMenu(m_ui->moreButton);
    more->setObjectName(u"moreMenu"_s);
    more->setToolTipsVisible(true);
    more->addAction(m_exportSelectionAction);
    more->addAction(m_exportAllAction);
    more->addSeparator();
    m_separatorGroup = new QActionGroup(this);
    const auto addSeparatorChoice = [&](const QString &text, QChar separator, const QString &name) {
        auto *action = new QAction(text, m_separatorGroup);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setData(QString(separator));
        action->setToolTip(tr("Separate the fields of exported CSV files with this character."));
        more->addAction(action);
        return action;
    };
    addSeparatorChoice(tr("CSV Separator: &Semicolon (;)"), u';', u"semicolonAction"_s)
        ->setChecked(true);
    addSeparatorChoice(tr("CSV Separator: &Comma (,)"), u',', u"commaAction"_s);
    more->addSeparator();
    m_clearAction = new QAction(tr("C&lear History…"), this);
    m_clearAction->setObjectName(u"clearAction"_s);
    m_clearAction->setToolTip(tr("Delete every stored verification, after a confirmation."));
    connect(m_clearAction, &QAction::triggered, this, &HistoryView::clearHistory);
    more->addAction(m_clearAction);
    m_ui->moreButton->setMenu(more);
}

void HistoryView::connectButtons()
{
    connect(m_ui->copyIdButton, &QPushButton::clicked, this, &HistoryView::copyRequestId);
    connect(m_ui->refreshSelectionButton, &QPushButton::clicked, this,
            &HistoryView::refreshSelection);
    connect(m_ui->refreshUnfinishedButton, &QPushButton::clicked, this,
            &HistoryView::refreshUnfinished);
    connect(m_ui->verifyAgainButton, &QPushButton::clicked, this, &HistoryView::verifyAgain);
    connect(m_ui->cancelRefreshButton, &QPushButton::clicked, this, &HistoryView::cancelRefresh);
    connect(m_ui->resetFiltersButton, &QPushButton::clicked, this, &HistoryView::resetFilters);
}

// The refresh, the table's selection, the model and the store.
void HistoryView::connectModels()
{
    connect(m_refresh, &HistoryRefresh::progressChanged, this, &HistoryView::onRefreshProgress);
    connect(m_refresh, &HistoryRefresh::finished, this, &HistoryView::onRefreshFinished);
    m_ui->messageLabel->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    ErrorLink::follow(m_ui->messageLabel, this, &HistoryView::showExchangeRequested);

    QItemSelectionModel *selection = m_ui->table->selectionModel();
    connect(selection, &QItemSelectionModel::currentRowChanged, this, &HistoryView::showCurrent);
    connect(selection, &QItemSelectionModel::selectionChanged, this, &HistoryView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateEmptyState);
    connect(m_store, &HistoryStore::verificationAdded, this, &HistoryView::reloadProfiles);
    connect(m_store, &HistoryStore::historyReset, this, &HistoryView::reloadProfiles);
    // What the store finds after opening (a team server gone or back, a damaged file moved
    // aside by the check after opening) is said here, where the rows it concerns are.
    connect(m_store, &HistoryStore::openNoticeChanged, this, &HistoryView::showStoreNotice);
    showStoreNotice(m_store->openNotice());
    connect(m_store, &HistoryStore::verificationChanged, this, [this](qint64 id) {
        const auto current = currentRecord();
        if (current && current->id == id)
            showCurrent();
    });
}

QAction *HistoryView::makeAction(const QString &text, const QList<QKeySequence> &keys,
                                 void (HistoryView::*slot)(), bool inContextMenu)
{
    auto *action = new QAction(text, this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    else // Find
        connect(action, &QAction::triggered, this, [this] {
            m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
            m_ui->filterEdit->selectAll();
        });
    QWidget::addAction(action);
    if (inContextMenu)
        m_ui->table->addAction(action);
    return action;
}

void HistoryView::setDefaultRegion(const QString &region)
{
    if (region.isEmpty() || region == m_region)
        return;
    m_region = region;
    m_model->setDisplayRegion(region);
    applyFilters();
}

void HistoryView::reloadProfiles()
{
    const QString current = m_ui->profileCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    m_ui->profileCombo->addItem(tr("All"), QString());
    const QList<std::pair<QString, QString>> profiles = m_store->profiles();
    for (const auto &[id, name] : profiles)
        m_ui->profileCombo->addItem(name.isEmpty() ? id : name, id);
    const int index = m_ui->profileCombo->findData(current);
    m_ui->profileCombo->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isEmpty())
        applyFilters(); // the profile filtered on is gone
}

void HistoryView::applyFilters()
{
    m_filterTimer->stop();
    HistoryQuery query = m_model->query(); // keeps the sort the header chose
    query.text = m_ui->filterEdit->text().trimmed();
    query.defaultRegion = m_region;
    query.statuses.clear();
    const int status = m_ui->statusCombo->currentData().toInt();
    if (status != kAny)
        query.statuses.append(static_cast<HistoryRecord::Status>(status));
    query.profileId = m_ui->profileCombo->currentData().toString();
    query.from = {};
    query.to = {};
    if (m_ui->dateCheck->isChecked()) {
        // Whole local days, the last one included.
        query.from = m_ui->fromEdit->date().startOfDay().toUTC();
        query.to = m_ui->toEdit->date().addDays(1).startOfDay().toUTC();
    }
    query.ids.clear();
    m_model->setQuery(query);
}

void HistoryView::resetFilters()
{
    {
        const QSignalBlocker a(m_ui->filterEdit);
        const QSignalBlocker b(m_ui->statusCombo);
        const QSignalBlocker c(m_ui->profileCombo);
        const QSignalBlocker d(m_ui->dateCheck);
        m_ui->filterEdit->clear();
        m_ui->statusCombo->setCurrentIndex(0);
        m_ui->profileCombo->setCurrentIndex(0);
        m_ui->dateCheck->setChecked(false);
        m_ui->fromEdit->setEnabled(false);
        m_ui->toEdit->setEnabled(false);
    }
    applyFilters();
}

void HistoryView::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_ui->stack->setCurrentIndex(TablePage);
        updateActions();
        return;
    }
    if (!m_store->isOpen()) {
        const QString notice = m_store->openNotice();
        m_ui->emptyLabel->setText(notice.isEmpty()
                                      ? tr("The history is not available.")
                                      : tr("The history is not available. %1").arg(notice));
        m_ui->resetFiltersButton->hide();
    } else if (m_store->count(HistoryQuery()) == 0) {
        m_ui->emptyLabel->setText(
            tr("No verifications yet. Every verification you start is kept here, so that you "
               "can look it up later."));
        m_ui->resetFiltersButton->hide();
    } else {
        m_ui->emptyLabel->setText(tr("No verification matches the filters."));
        m_ui->resetFiltersButton->show();
    }
    m_ui->stack->setCurrentIndex(EmptyPage);
    updateActions();
}

QList<qint64> HistoryView::selectedIds() const
{
    return selectedRowValues<qint64>(m_ui->table, HistoryModel::IdRole);
}

QStringList HistoryView::selectedRequestIds() const
{
    QList<QModelIndex> rows = m_ui->table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &row : std::as_const(rows)) {
        const QString id = row.data(HistoryModel::RequestIdRole).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

std::optional<HistoryRecord> HistoryView::currentRecord() const
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->recordAt(current.row());
}

void HistoryView::focusMainControl()
{
    m_ui->table->setFocus(Qt::OtherFocusReason);
}

QString HistoryView::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void HistoryView::showCurrent()
{
    const auto current = currentRecord();
    if (!current) {
        m_ui->detailsText->setPlainText(tr("Select a verification to see its events, checks "
                                           "and the last search answer."));
        updateActions();
        return;
    }
    // The stored row, not the model's copy: the events and the last search are read fresh.
    const HistoryRecord record = m_store->record(current->id).value_or(*current);
    const QString number =
        m_model->index(m_ui->table->selectionModel()->currentIndex().row(), HistoryModel::Number)
            .data()
            .toString();
    m_ui->detailsText->setPlainText(
        HistoryFormatter::detailsText(record, m_store->events(record.id), number));
    updateActions();
}

void HistoryView::updateActions()
{
    const bool open = m_store->isOpen();
    const bool refreshing = m_refresh->isRunning();
    const bool online = m_online;
    const bool hasSelection = m_ui->table->selectionModel()->hasSelection();
    const bool hasRequestId = !selectedRequestIds().isEmpty();
    const bool hasCurrent = currentRecord().has_value();
    const bool hasRows = m_model->rowCount() > 0;

    m_copyAction->setEnabled(hasRequestId);
    m_refreshSelectionAction->setEnabled(open && online && hasRequestId && !refreshing);
    m_refreshUnfinishedAction->setEnabled(open && online && !refreshing);
    m_verifyAgainAction->setEnabled(hasCurrent);
    m_exportSelectionAction->setEnabled(open && hasSelection);
    // Export All writes the whole history, also when the filters show nothing of it.
    m_exportAllAction->setEnabled(open && (hasRows || m_store->count(HistoryQuery()) > 0));
    m_cancelAction->setEnabled(refreshing); // Esc belongs to the widgets otherwise

    m_ui->copyIdButton->setEnabled(m_copyAction->isEnabled());
    m_ui->refreshSelectionButton->setEnabled(m_refreshSelectionAction->isEnabled());
    m_ui->refreshUnfinishedButton->setEnabled(m_refreshUnfinishedAction->isEnabled());
    m_ui->verifyAgainButton->setEnabled(m_verifyAgainAction->isEnabled());
    m_clearAction->setEnabled(open);
}

void HistoryView::showMessage(const QString &text, bool error, quint64 exchangeId)
{
    // An error carries a sign and its own colours, white on dark red, which read on both themes.
    const QString shown = error ? Appearance::errorText(text) : text;
    if (error && exchangeId != 0) {
        m_ui->messageLabel->setTextFormat(Qt::RichText);
        m_ui->messageLabel->setText(ErrorLink::withExchange(shown, exchangeId));
    } else {
        m_ui->messageLabel->setTextFormat(Qt::PlainText);
        m_ui->messageLabel->setText(shown);
    }
    m_ui->messageLabel->setProperty("error", error);
    m_ui->messageLabel->setStyleSheet(
        error ? u"color: #ffffff; background: #b3261e; padding: 4px;"_s : QString());
    m_ui->messageLabel->setAccessibleName(error ? tr("Error") : tr("Message"));
    m_ui->messageLabel->show();
}

void HistoryView::showStoreNotice(const QString &notice)
{
    updateEmptyState();
    if (!m_store->isOpen())
        return; // the empty page says it
    if (!notice.isEmpty()) {
        showMessage(notice, true);
        m_showingNotice = true;
    } else if (std::exchange(m_showingNotice, false)) {
        hideMessage();
    }
}

void HistoryView::hideMessage()
{
    m_ui->messageLabel->clear();
    m_ui->messageLabel->hide();
}

void HistoryView::copyRequestId()
{
    const QStringList ids = selectedRequestIds();
    if (ids.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    showMessage(tr("Copied %n request ID(s).", nullptr, int(ids.size())), false);
}

void HistoryView::refreshSelection()
{
    startRefresh(selectedRequestIds());
}

void HistoryView::refreshUnfinished()
{
    const QStringList ids = m_store->unfinishedRequestIds();
    if (ids.isEmpty()) {
        showMessage(tr("No verification is in progress; there is nothing to refresh."), false);
        return;
    }
    startRefresh(ids);
}

void HistoryView::startRefresh(const QStringList &requestIds)
{
    if (m_refresh->isRunning() || requestIds.isEmpty())
        return;
    hideMessage();
    m_ui->refreshProgress->setRange(0, int(requestIds.size()));
    m_ui->refreshProgress->setValue(0);
    m_ui->refreshProgress->setFormat(tr("Refreshing: %v of %m"));
    m_ui->progressRow->show();
    if (!m_refresh->start(requestIds)) {
        m_ui->progressRow->hide();
        showMessage(tr("The status refresh could not start: there is no connection to the "
                       "Verify API."),
                    true);
    }
    updateActions();
}

void HistoryView::cancelRefresh()
{
    m_refresh->cancel();
}

void HistoryView::onRefreshProgress(int done, int total)
{
    m_ui->refreshProgress->setRange(0, total);
    m_ui->refreshProgress->setValue(done);
}

void HistoryView::onRefreshFinished(HistoryRefresh::Result result, const QString &error)
{
    const int done = m_refresh->done();
    const int total = m_refresh->total();
    m_ui->progressRow->hide();
    switch (result) {
    case HistoryRefresh::Result::Done:
        showMessage(tr("Refreshed the status of %n verification(s).", nullptr, done), false);
        break;
    case HistoryRefresh::Result::Cancelled:
        showMessage(tr("Refresh cancelled after %1 of %2 verifications; those are kept.")
                        .arg(QLocale().toString(done), QLocale().toString(total)),
                    false);
        break;
    case HistoryRefresh::Result::Failed:
        showMessage(
            tr("Refreshed %1 of %2 verifications. %3")
                .arg(QLocale().toString(m_refresh->refreshed()), QLocale().toString(total), error),
            true, m_refresh->failedExchangeId());
        break;
    }
    updateActions();
}

void HistoryView::verifyAgain()
{
    if (const auto record = currentRecord())
        Q_EMIT verifyAgainRequested(*record);
}

void HistoryView::exportSelection()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    HistoryQuery query;
    query.ids = ids;
    query.sortColumn = m_model->query().sortColumn;
    query.sortOrder = m_model->query().sortOrder;
    exportQuery(query);
}

void HistoryView::exportAll()
{
    // Every verification, whatever the filters show, in the table's order.
    HistoryQuery query;
    query.sortColumn = m_model->query().sortColumn;
    query.sortOrder = m_model->query().sortOrder;
    exportQuery(query);
}

void HistoryView::exportQuery(const HistoryQuery &query)
{
    const QString suggested = QDir::home().filePath(
        tr("verifications-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString fileName = Dialogs::saveFileName(this, tr("Export History"), suggested,
                                                   tr("CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty())
        return;
    const QChar separator = m_separatorGroup->checkedAction()->data().toString().at(0);
    QString error;
    qint64 rows = 0;
    if (!HistoryCsvExport::exportToFile(*m_store, query, fileName, separator, &error, &rows)) {
        showMessage(error, true);
        return;
    }
    showMessage(tr("Exported %n verification(s) to %1.", nullptr, int(rows))
                    .arg(QDir::toNativeSeparators(fileName)),
                false);
}

void HistoryView::clearHistory()
{
    const qint64 count = m_store->count(HistoryQuery());
    if (!Dialogs::confirm(this, tr("Clear History"),
                          tr("Delete all %n stored verification(s) and their events? This "
                             "cannot be undone.",
                             nullptr, int(count)),
                          tr("Clear History"), QMessageBox::Warning))
        return;
    m_refresh->cancel();
    if (!m_store->clear()) {
        showMessage(tr("The history could not be cleared. %1").arg(m_store->lastError()), true);
        return;
    }
    hideMessage();
}
