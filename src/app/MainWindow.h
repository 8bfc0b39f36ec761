#pragma once

#include "AppServices.h"
#include "settings/Profile.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QActionGroup;
class QComboBox;
class QLabel;
class QTimer;
class ApiConsole;
class AreaPage;
class HistoryView;
class InspectorView;
class SandboxControlPanel;
struct HistoryRecord;
class SandboxPhone;
class SettingsPanel;
class VerifyWizard;

namespace Ui {
class MainWindow;
}

// The application's window: the profile switcher and banner, the areas Verify, History, Inspector,
// Console and Settings, the sandbox phone and the status bar (profile, token life, network
// activity).
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // In the order of the list of areas; Ctrl+1 to Ctrl+4 show the first four, Ctrl+, Settings.
    enum class Area { Verify, History, Inspector, Console, Settings };

    explicit MainWindow(const AppServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    Area currentArea() const;
    void showArea(Area area);
    // The count on an area's icon in the list of areas: Verify's verifications still running,
    // the Inspector's exchanges recorded since it was last shown; 0 for none.
    int areaBadge(Area area) const;

    // Switches the active profile; a production profile asks first. Returns whether it switched.
    bool switchProfile(const QString &id);
    // Asks before an action that sends an SMS or makes a call on a production profile.
    bool confirmCostlyAction(const Profile &profile, const QString &what);

    SandboxPhone *sandboxPhone() const { return m_phone; }
    // The History, Inspector and Settings pages are built when first shown (or asked for here),
    // so that starting the window builds only the Verify page.
    SettingsPanel *settingsPanel();
    InspectorView *inspector();
    HistoryView *history();
    ApiConsole *console();
    VerifyWizard *verifyWizard() const { return m_wizard; }
    QString bannerText() const;
    QString statusProfileText() const;
    QString statusTokenText() const;
    QString statusSharingText() const; // empty when the history is this computer's file

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpVerifyPage();
    void setUpNavigation();
    void setUpMenuActions();
    void restoreWindow();
    void onAreaChosen(int row);
    void updateRunningBadge();
    void setUnreadExchanges(int count);
    void showAbout();
    void showShortcuts();
    void setUpStatusBar();
    void setUpProfileSwitcher();
    void refreshProfiles();
    void showActiveProfile();
    void updateTokenLabel();
    void updateActivityLabel();
    void updateSharingLabel();
    void updatePhoneDock();
    // Asks before quitting while verifications may still succeed; false to stay.
    bool confirmQuitWithRunning();
    // A shared history's outbox still holds verifications: says so before quitting.
    bool confirmQuitWithUnshared();
    void ensureArea(Area area);
    // The page of `area`; null until it is built.
    AreaPage *areaPage(Area area) const;
    HistoryView *makeHistoryView();
    QWidget *makeConsole();
    // History's "Verify again": the record's number and brand, or its payment, in the wizard.
    void verifyAgain(const HistoryRecord &record);
    // The inspector, with the exchange an error links to selected.
    void showExchange(quint64 id);
    void updateTabOrder();
    // Gives the keyboard to `area`'s page: where it last was there, or the page's main control.
    void focusArea(Area area);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    AppServices m_services;
    SandboxPhone *m_phone;
    SandboxControlPanel *m_controls;
    SettingsPanel *m_settingsPanel = nullptr;
    // Per page (by index), the widget that last had the keyboard there.
    QHash<int, QPointer<QWidget>> m_pageFocus;
    int m_unreadExchanges = 0;
    InspectorView *m_inspector = nullptr;
    HistoryView *m_history = nullptr;
    ApiConsole *m_console = nullptr;
    VerifyWizard *m_wizard = nullptr;
    QComboBox *m_profileCombo;
    QActionGroup *m_profileActions;
    QLabel *m_profileLabel;
    QLabel *m_tokenLabel;
    QLabel *m_activityLabel;
    QLabel *m_sharingLabel; // a shared history's state; hidden for this computer's file
    QTimer *m_tokenTimer;
    // Whether the Sandbox was in play when the phone was last shown or hidden; none before.
    std::optional<bool> m_sandboxInPlay;
};
