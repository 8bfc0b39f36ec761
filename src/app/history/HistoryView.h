#pragma once

#include "AreaPage.h"
#include "history/HistoryRecord.h"
#include "history/HistoryRefresh.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class HistoryModel;
class HistoryStore;
class QAction;
class QActionGroup;
class QTimer;
class VerifyClient;
struct HistoryQuery;

namespace Ui {
class HistoryView;
}

// The history area: every stored verification in a table that sorts and filters in SQL, the
// details of the selected one, and the actions on them (copy the request id, refresh the status
// through search, verify again, export to CSV, clear the history).
class HistoryView : public QWidget, public AreaPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    // `clientFor` gives the client of the profile a verification was sent with, for refreshes.
    HistoryView(HistoryStore *store, HistoryRefresh::ClientFor clientFor,
                QWidget *parent = nullptr);
    ~HistoryView() override;

    // Region national numbers are typed and shown in ("NL" by default).
    void setDefaultRegion(const QString &region);

    HistoryModel *model() const { return m_model; }
    QList<qint64> selectedIds() const;
    // The verification shown in the details pane, nothing when none.
    std::optional<HistoryRecord> currentRecord() const;
    bool isRefreshing() const { return m_refresh->isRunning(); }
    // The inline message (a failed refresh or export, a result), empty when hidden.
    QString message() const;
    // Gives the keyboard to the table, where the arrow keys choose a verification.
    void focusMainControl() override;

public Q_SLOTS:
    void copyRequestId();
    void refreshSelection();
    void refreshUnfinished();
    void cancelRefresh();
    void verifyAgain();
    void exportSelection();
    void exportAll();
    void clearHistory();
    void resetFilters();

Q_SIGNALS:
    // "Verify again": the wizard should open pre-filled with this number, brand and options.
    void verifyAgainRequested(const HistoryRecord &record);
    // The link of a failed refresh's message: the inspector should show this exchange.
    void showExchangeRequested(quint64 exchangeId);

private:
    void setUpLayout();
    void setUpFilterChoices();
    void setUpTable();
    void setColumnWidths();
    void connectFilters();
    void createActions();
    void createMoreMenu();
    void connectButtons();
    void connectModels();
    void applyFilters();
    void showCurrent();
    void updateActions();
    void updateEmptyState();
    void reloadProfiles();
    void startRefresh(const QStringList &requestIds);
    void onRefreshProgress(int done, int total);
    void onRefreshFinished(HistoryRefresh::Result result, const QString &error);
    void exportQuery(const HistoryQuery &query);
    // An error with an exchange id links to that exchange in the inspector.
    void showMessage(const QString &text, bool error, quint64 exchangeId = 0);
    void hideMessage();
    // The store's notice (empty: none any more) as the inline message.
    void showStoreNotice(const QString &notice);
    QStringList selectedRequestIds() const;
    QAction *makeAction(const QString &text, const QList<QKeySequence> &keys,
                        void (HistoryView::*slot)(), bool inContextMenu);

    const std::unique_ptr<Ui::HistoryView> m_ui;
    HistoryStore *const m_store;
    bool m_online = false;
    bool m_showingNotice = false; // the message is the store's notice
    HistoryModel *m_model;
    HistoryRefresh *m_refresh;
    QTimer *m_filterTimer;
    QString m_region = QStringLiteral("NL");
    QAction *m_copyAction = nullptr;
    QAction *m_refreshSelectionAction = nullptr;
    QAction *m_refreshUnfinishedAction = nullptr;
    QAction *m_verifyAgainAction = nullptr;
    QAction *m_exportSelectionAction = nullptr;
    QAction *m_exportAllAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_clearAction = nullptr;
    QActionGroup *m_separatorGroup = nullptr; // the CSV separator, one checked
};
