#pragma once

#include "AreaPage.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class ExchangeFilterModel;
class ExchangeListModel;
class ExchangeLog;
class QAction;

namespace Ui {
class InspectorView;
}

// The HTTP inspector: every exchange of the API client, newest first, filterable, with its
// headers, bodies, timing and error sentence; copy as cURL, export as HAR, clear. Shows only
// what the exchange log holds, so secrets are already masked; the PIN of a Sandbox exchange can
// be revealed while the Sandbox profile is active.
class InspectorView : public QWidget, public AreaPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorView)

public:
    explicit InspectorView(ExchangeLog *log, QWidget *parent = nullptr);
    ~InspectorView() override;

    // "Reveal PIN" is offered only while the active profile is the Sandbox.
    void setSandboxActive(bool active);

    // Shows exchange `id` (clearing the filters if they hide it), so that an error elsewhere can
    // link to the exchange that caused it. False when the exchange is no longer in the log.
    bool selectExchange(quint64 id);
    // The exchange shown in the detail pane, 0 when none.
    quint64 currentExchangeId() const;
    // Gives the keyboard to the table, where the arrow keys choose an exchange.
    void focusMainControl() override;
    QList<quint64> selectedExchangeIds() const;

public Q_SLOTS:
    void copyAsCurl();
    void exportSelection();
    void exportAll();
    void clear();

private:
    void setUpLayout();
    void setUpFilters();
    void connectSignals();
    void createShortcuts();
    void showCurrent();
    void updateActions();
    void applyFilters();
    void setRevealed(bool revealed);
    void exportEntries(const QList<quint64> &ids);
    QString revealedPin(quint64 id) const;
    QAction *addShortcut(const QKeySequence &keys, void (InspectorView::*slot)());

    const std::unique_ptr<Ui::InspectorView> m_ui;
    QPointer<ExchangeLog> m_log;
    ExchangeListModel *m_model;
    ExchangeFilterModel *m_filter;
    QSet<quint64> m_revealed;
    bool m_sandboxActive = false;
};
