#include "MainWindow.h"

#include "Appearance.h"
#include "Dialogs.h"
#include "Icons.h"
#include "Logging.h"
#include "ModeBar.h"
#include "NetworkActivity.h"
#include "ReadableWidth.h"
#include "SandboxPhone.h"
#include "SandboxServer.h"
#include "ScrollAreaFit.h"
#include "about/AboutDialog.h"
#include "about/ShortcutsDialog.h"
#include "api/ExchangeLog.h"
#include "api/TokenClient.h"
#include "api/VerifyClient.h"
#include "console/ApiConsole.h"
#include "history/HistoryStore.h"
#include "history/HistoryView.h"
#include "inspector/InspectorView.h"
#include "sandbox/SandboxControlPanel.h"
#include "settings/Connections.h"
#include "settings/OperatorIdentity.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "settings/SettingsPanel.h"
#include "ui_MainWindow.h"
#include "verify/EuroAmount.h"
#include "verify/Verification.h"
#include "verify/VerifyWizard.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QtMath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString remainingText(qint64 seconds)
{
    if (seconds >= 3600)
        return MainWindow::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    if (seconds >= 60)
        return MainWindow::tr("%1 min").arg(seconds / 60);
    return MainWindow::tr("%1 s").arg(seconds);
}

} // namespace

MainWindow::MainWindow(const AppServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_services(services)
    , m_phone(new SandboxPhone(this))
    , m_controls(new SandboxControlPanel(this))
    , m_profileCombo(new QComboBox(this))
    , m_profileActions(new QActionGroup(this))
    , m_profileLabel(new QLabel(this))
    , m_tokenLabel(new QLabel(this))
    , m_activityLabel(new QLabel(this))
    , m_sharingLabel(new QLabel(this))
    , m_tokenTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    Icons::applyNamed(this);
    // Light / Dark / System, applied now and whenever the setting changes.
    new Appearance(m_services.settings, this);
    setWindowIcon(QIcon(u":/verifydesk/icons/verifydesk.svg"_s));
    setUpVerifyPage();
    setUpNavigation();
    setUpMenuActions();
    setUpProfileSwitcher();
    setUpStatusBar();
    showActiveProfile();
    updateTabOrder();
    restoreWindow();
}

// The wizard in place of its placeholder, and the sandbox phone beside it.
void MainWindow::setUpVerifyPage()
{
    m_ui->phoneDockContents->layout()->addWidget(m_phone);
    m_ui->verifyLayout->removeWidget(m_ui->verifyPlaceholder);
    delete m_ui->verifyPlaceholder;
    // Made on its page: moving it there would take away the focus it gives its number field.
    m_wizard = new VerifyWizard(m_services.connections, m_services.history, m_ui->verifyPage);
    m_ui->verifyLayout->addWidget(m_wizard);
    // A column of a readable width, centred, however wide the window.
    ReadableWidth::install(m_wizard, ReadableWidth::kFormEms);
    m_wizard->setCostlyActionGuard([this](const Profile &profile, const QString &what) {
        return confirmCostlyAction(profile, what);
    });
    // Who sends, for the history: the name in Settings (changed at any time) and this computer.
    const auto setAuthor = [this] {
        m_wizard->setAuthor(m_services.settings->operatorName(), OperatorIdentity::workstation());
    };
    setAuthor();
    connect(m_services.settings, &Settings::operatorNameChanged, m_wizard, setAuthor);
    m_phone->setSandbox(m_services.sandbox);
    // The demo controls under the phone, shown when asked for (View menu).
    m_ui->controlsScroll->setWidget(m_controls);
    // Scrolled up and down only: as wide as the panel, its scroll bar beside it.
    m_ui->controlsScroll->setMinimumWidth(
        m_controls->minimumSizeHint().width()
        + m_ui->controlsScroll->verticalScrollBar()->sizeHint().width());
    splitDockWidget(m_ui->phoneDock, m_ui->controlsDock, Qt::Vertical);
    m_ui->controlsDock->hide();
    // Shown, the controls take most of the height: the phone needs room for a message or two.
    connect(m_ui->controlsDock->toggleViewAction(), &QAction::triggered, this, [this](bool shown) {
        if (!shown)
            return;
        const int height = m_ui->phoneDock->height() + m_ui->controlsDock->height();
        resizeDocks({m_ui->phoneDock, m_ui->controlsDock}, {height * 2 / 5, height * 3 / 5},
                    Qt::Vertical);
    });
    m_controls->setSandbox(m_services.sandbox);
    // A skip moves the sandbox's clock: the Sandbox profile's verifications follow it, and no
    // other profile's.
    const auto skipSandboxClock = [this](qint64 seconds) {
        if (ProfileConnection *sandbox = m_services.connections->connection(Profile::sandboxId()))
            sandbox->skipClock(seconds * 1000);
    };
    connect(m_phone, &SandboxPhone::clockAdvanced, this, skipSandboxClock);
    connect(m_controls, &SandboxControlPanel::clockAdvanced, this, skipSandboxClock);
    connect(m_wizard, &VerifyWizard::verificationsChanged, this, &MainWindow::updatePhoneDock);
    // A verification's steps are made as it goes on, at the end of the window's focus chain:
    // shown, they are put back in the page's place in it.
    connect(m_wizard, &VerifyWizard::currentVerificationChanged, this, &MainWindow::updateTabOrder);
    connect(m_ui->actionNewVerification, &QAction::triggered, this, [this] {
        showArea(Area::Verify);
        m_wizard->newVerification();
    });
    connect(m_wizard, &VerifyWizard::showExchangeRequested, this, &MainWindow::showExchange);
    connect(m_services.sandbox, &sandbox::SandboxServer::messageDelivered, m_phone,
            &SandboxPhone::addMessage);
    // Where an area's own shortcuts work, as the shortcuts window says.
    m_wizard->setProperty("shortcutArea", tr("Verify"));
    m_phone->setProperty("shortcutArea", tr("Sandbox phone"));
    m_controls->setProperty("shortcutArea", tr("Sandbox controls"));
}

// A page is built just before it is first shown. When the keyboard was on the page left
// behind, it goes to where it last was on the page shown, or to that page's main control;
// when it was elsewhere (the list of areas, the profile switcher), it stays there.
void MainWindow::setUpNavigation()
{
    ModeBar *bar = m_ui->navigation;
    connect(bar, &QListWidget::currentRowChanged, this, &MainWindow::onAreaChosen);
    bar->setCurrentRow(0);
    // Each area's menu action shows it. The area's icon goes with both the action and the bar's
    // entry, the action's shortcut into the bar's tooltip.
    struct AreaEntry
    {
        Area area;
        QAction *action;
        Icons::Name icon;
    };
    const AreaEntry areas[] = {
        {Area::Verify, m_ui->actionShowVerify, Icons::Name::Verify},
        {Area::History, m_ui->actionShowHistory, Icons::Name::History},
        {Area::Inspector, m_ui->actionShowInspector, Icons::Name::Inspector},
        {Area::Console, m_ui->actionShowConsole, Icons::Name::Console},
        {Area::Settings, m_ui->actionShowSettings, Icons::Name::Settings},
    };
    for (const auto &[area, action, iconName] : areas) {
        const QIcon icon = Icons::icon(iconName);
        action->setIcon(icon);
        bar->setArea(static_cast<int>(area), icon, action->shortcut());
        connect(action, &QAction::triggered, this, [this, area = area] { showArea(area); });
    }
    // As wide as its longest name in the current language and font: never clipped, and no wider
    // when a page leaves room to spare.
    bar->setFixedWidth(bar->preferredWidth());

    // What waits in an area, counted on its icon: the verifications still running, and the
    // exchanges recorded since the inspector was last shown.
    connect(m_wizard, &VerifyWizard::runningCountChanged, this, &MainWindow::updateRunningBadge);
    if (m_services.exchanges) {
        connect(m_services.exchanges, &ExchangeLog::appended, this, [this] {
            if (currentArea() != Area::Inspector)
                setUnreadExchanges(m_unreadExchanges + 1);
        });
        connect(m_services.exchanges, &ExchangeLog::cleared, this,
                [this] { setUnreadExchanges(0); });
    }
    updateRunningBadge();
}

void MainWindow::updateRunningBadge()
{
    const int running = m_wizard->runningCount();
    //: Verifications still running, said after the name of the Verify area ("Verify, 2 running").
    const QString meaning = tr("%n running", nullptr, running);
    m_ui->navigation->setBadge(static_cast<int>(Area::Verify), running, meaning);
}

void MainWindow::setUnreadExchanges(int count)
{
    m_unreadExchanges = count;
    //: HTTP exchanges not yet seen, said after the name of the Inspector ("Inspector, 3 new").
    const QString meaning = tr("%n new", nullptr, count);
    m_ui->navigation->setBadge(static_cast<int>(Area::Inspector), count, meaning);
}

int MainWindow::areaBadge(Area area) const
{
    return m_ui->navigation->badge(static_cast<int>(area));
}

void MainWindow::onAreaChosen(int row)
{
    if (row < 0)
        return;
    QWidget *left = m_ui->pages->currentWidget();
    QWidget *focused = QApplication::focusWidget();
    const bool focusOnPage = !focused || (left && left->isAncestorOf(focused));
    if (focused && left && left->isAncestorOf(focused))
        m_pageFocus[m_ui->pages->currentIndex()] = focused;
    ensureArea(static_cast<Area>(row));
    m_ui->pages->setCurrentIndex(row);
    if (static_cast<Area>(row) == Area::Inspector)
        setUnreadExchanges(0);
    if (focusOnPage)
        focusArea(static_cast<Area>(row));
}

void MainWindow::setUpMenuActions()
{
    // The dock's own toggle takes the place, text and shortcut of the form's action, which goes:
    // left behind it would list its shortcut as working everywhere.
    const auto useDockToggle = [this](QDockWidget *dock, QAction *&formAction) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setText(formAction->text());
        toggle->setShortcut(formAction->shortcut());
        m_ui->menuView->insertAction(formAction, toggle);
        delete formAction;
        formAction = nullptr;
    };
    useDockToggle(m_ui->phoneDock, m_ui->actionShowPhone);
    useDockToggle(m_ui->controlsDock, m_ui->actionShowControls);
    m_ui->phoneDock->toggleViewAction()->setIcon(Icons::icon(Icons::Name::Phone));
    m_ui->controlsDock->toggleViewAction()->setIcon(Icons::icon(Icons::Name::Sandbox));
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    // F1 and Ctrl+? list every shortcut, read from the actions themselves.
    m_ui->actionShortcuts->setShortcuts(
        {QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Question)});
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
}

void MainWindow::showAbout()
{
    AboutDialog::StorageLocations where;
    where.settingsFile = Settings::defaultFilePath();
    where.historyFile = HistoryStore::defaultFilePath();
    where.keychainService = SecretStore::serviceName();
    where.secretsFallbackFile = m_services.secrets->fallbackFilePath();
    auto *about = new AboutDialog(where, this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::showShortcuts()
{
    // The list is read from the pages' own shortcuts: build the pages not shown yet.
    for (Area area : {Area::History, Area::Inspector, Area::Console, Area::Settings})
        ensureArea(area);
    auto *shortcuts = new ShortcutsDialog(this, this);
    shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    shortcuts->open();
}

void MainWindow::restoreWindow()
{
    // The first start opens within the screen, however large the pages would like to be, and
    // leaves room for the title bar and the frame the window system adds (about 40 screen
    // pixels, fewer device-independent ones when the screen is scaled).
    if (!restoreGeometry(m_services.settings->windowGeometry())) {
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const qreal scale = screen->devicePixelRatio();
            const QSize frame(qCeil(8 / scale), qCeil(40 / scale));
            resize(QSize(1100, 720).boundedTo(screen->availableSize() - frame));
        }
    }
    restoreState(m_services.settings->windowState());
    // A phone put away last time comes back while the Sandbox is in play: its messages carry
    // the PINs, and a newcomer on the Sandbox would not know where to look.
    m_sandboxInPlay.reset();
    updatePhoneDock();
}

MainWindow::~MainWindow()
{
    // The services outlive the window. What they report while its pages are destroyed (a call
    // its page aborts, a count of calls in flight) must not reach a window that is no longer
    // one: the pages go in QWidget's destructor, after this one.
    const QList<QObject *> services = {m_services.settings, m_services.connections,
                                       m_services.network, m_services.exchanges};
    for (QObject *service : services) {
        if (service)
            disconnect(service, nullptr, this, nullptr);
    }
}

SettingsPanel *MainWindow::settingsPanel()
{
    ensureArea(Area::Settings);
    return m_settingsPanel;
}

InspectorView *MainWindow::inspector()
{
    ensureArea(Area::Inspector);
    return m_inspector;
}

ApiConsole *MainWindow::console()
{
    ensureArea(Area::Console);
    return m_console;
}

void MainWindow::showExchange(quint64 id)
{
    showArea(Area::Inspector);
    if (!inspector()->selectExchange(id))
        statusBar()->showMessage(tr("That exchange is no longer in the inspector."), 5000);
}

HistoryView *MainWindow::history()
{
    ensureArea(Area::History);
    return m_history;
}

void MainWindow::updateTabOrder()
{
    // Tab goes from the page shown to the Sandbox phone, the profile switcher and the areas list,
    // and round to the page: the window's reading order, starting where the work is. Widgets made
    // later (the pages, the phone's own) join the window's focus chain at its end, wherever they
    // sit, so the order is set again whenever a page is built.
    QList<QWidget *> chain;
    for (QWidget *w = nextInFocusChain(); w != this; w = w->nextInFocusChain()) {
        // A widget with a focus proxy is reached through its proxy.
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            chain.append(w);
    }
    QWidget *last = nullptr;
    for (const QWidget *part :
         {static_cast<QWidget *>(m_ui->pages), static_cast<QWidget *>(m_ui->phoneDock),
          static_cast<QWidget *>(m_profileCombo), static_cast<QWidget *>(m_ui->navigation)}) {
        for (QWidget *w : std::as_const(chain)) {
            if (w != part && !part->isAncestorOf(w))
                continue;
            if (last)
                setTabOrder(last, w);
            last = w;
        }
    }
}

void MainWindow::ensureArea(Area area)
{
    if (areaPage(area))
        return; // built already; Verify's with the window
    // Each page replaces the placeholder label of its .ui page.
    const auto install = [this](QLayout *layout, auto *&placeholder, QWidget *page) {
        layout->removeWidget(placeholder);
        delete placeholder;
        placeholder = nullptr;
        layout->addWidget(page);
        updateTabOrder();
    };
    switch (area) {
    case Area::Verify:
        return;
    case Area::History:
        m_history = makeHistoryView();
        install(m_ui->historyLayout, m_ui->historyPlaceholder, m_history);
        return;
    case Area::Inspector:
        m_inspector = new InspectorView(m_services.exchanges, m_ui->inspectorPage);
        m_inspector->setProperty("shortcutArea", tr("Inspector"));
        m_inspector->setSandboxActive(m_services.settings->activeProfile().isSandbox());
        install(m_ui->inspectorLayout, m_ui->inspectorPlaceholder, m_inspector);
        return;
    case Area::Console:
        install(m_ui->consoleLayout, m_ui->consolePlaceholder, makeConsole());
        return;
    case Area::Settings:
        m_settingsPanel =
            new SettingsPanel(m_services.settings, m_services.secrets, m_services.connections,
                              m_services.network, m_ui->settingsPage);
        m_settingsPanel->setProperty("shortcutArea", tr("Settings"));
        install(m_ui->settingsLayout, m_ui->settingsPlaceholder, m_settingsPanel);
        ReadableWidth::install(m_settingsPanel, ReadableWidth::kPageEms);
        return;
    }
}

// The History area's view.
HistoryView *MainWindow::makeHistoryView()
{
    // A verification is refreshed through the profile it was sent with.
    auto *history = new HistoryView(
        m_services.history,
        [connections = m_services.connections](const QString &profileId,
                                               QString *problem) -> VerifyClient * {
            ProfileConnection *connection = connections->connection(profileId);
            if (!connection) {
                *problem = tr("The profile they were sent with is no longer there.");
                return nullptr;
            }
            *problem = connection->sendProblem();
            return problem->isEmpty() ? connection->client() : nullptr;
        },
        m_ui->historyPage);
    history->setProperty("shortcutArea", tr("History"));
    // Every profile's secret is read now, so that a refresh finds their connections ready.
    for (const Profile &profile : m_services.settings->profiles())
        m_services.connections->connection(profile.id);
    connect(history, &HistoryView::verifyAgainRequested, this, &MainWindow::verifyAgain);
    connect(history, &HistoryView::showExchangeRequested, this, &MainWindow::showExchange);
    return history;
}

// The Console area, in a scroll area of its own.
QWidget *MainWindow::makeConsole()
{
    m_console = new ApiConsole(m_services.connections, m_services.exchanges, m_ui->consolePage);
    m_console->setProperty("shortcutArea", tr("Console"));
    // Costly calls on a production profile ask as the wizard's do.
    m_console->setCostlyActionGuard([this](const Profile &profile, const QString &what) {
        return confirmCostlyAction(profile, what);
    });
    connect(m_console, &ApiConsole::showExchangeRequested, this, &MainWindow::showExchange);
    // Beside the secrets' fallback file: the app's configuration folder (a test's own).
    m_console->setSavedCallsFile(
        QFileInfo(m_services.secrets->fallbackFilePath()).dir().filePath(u"saved-calls.json"_s));
    // A tall form: in a short window (large fonts) it scrolls up and down instead of making the
    // window taller than the screen.
    auto *scroll = new QScrollArea(m_ui->consolePage);
    scroll->setObjectName(u"consoleScroll"_s);
    scroll->setFocusPolicy(Qt::NoFocus); // the form's fields take the keyboard
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_console);
    ScrollAreaFit::fitWidth(scroll);
    return scroll;
}

void MainWindow::verifyAgain(const HistoryRecord &record)
{
    showArea(Area::Verify);
    // A payment confirmation keeps its payee (in the brand column) and amount with its options:
    // it is confirmed again as a payment, never as a brand.
    const auto cents =
        EuroAmount::parse(record.options.value(u"amount"_s).toString(), QLocale::c());
    if (record.options.contains(u"payee"_s) && cents)
        m_wizard->prefillPayment(record.number, record.options.value(u"payee"_s).toString(), *cents,
                                 record.reference);
    else
        m_wizard->prefill(record.number, record.brand, record.reference);
}

void MainWindow::setUpProfileSwitcher()
{
    auto *toolBar = addToolBar(tr("Profile"));
    toolBar->setObjectName(u"profileToolBar"_s);
    toolBar->setMovable(false);
    auto *label = new QLabel(tr("P&rofile:"), toolBar);
    label->setBuddy(m_profileCombo);
    label->setContentsMargins(6, 0, 6, 0);
    toolBar->addWidget(label);
    toolBar->addWidget(m_profileCombo);
    m_profileCombo->setMinimumContentsLength(18);
    m_profileCombo->setAccessibleName(tr("Active profile"));

    auto *menu = new QMenu(tr("&Profile"), this);
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), menu);
    auto *choose = menu->addAction(tr("&Switch profile…"));
    choose->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));
    connect(choose, &QAction::triggered, this, [this] {
        m_profileCombo->setFocus();
        m_profileCombo->showPopup();
    });
    menu->addSeparator();
    menu->setObjectName(u"profileMenu"_s);

    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        if (!switchProfile(m_profileCombo->itemData(index).toString()))
            showActiveProfile();
    });
    connect(m_profileActions, &QActionGroup::triggered, this, [this](QAction *action) {
        if (!switchProfile(action->data().toString()))
            showActiveProfile();
    });
    connect(m_services.settings, &Settings::profilesChanged, this, &MainWindow::refreshProfiles);
    connect(m_services.settings, &Settings::activeProfileChanged, this,
            &MainWindow::showActiveProfile);
    connect(m_services.connections, &Connections::activeStateChanged, this,
            &MainWindow::showActiveProfile);
    refreshProfiles();
}

void MainWindow::refreshProfiles()
{
    auto *menu = findChild<QMenu *>(u"profileMenu"_s);
    for (QAction *action : m_profileActions->actions()) {
        m_profileActions->removeAction(action);
        delete action;
    }
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    const QList<Profile> profiles = m_services.settings->profiles();
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &profile = profiles.at(i);
        const QIcon icon =
            profile.production ? Icons::icon(Icons::Name::Warning, Icons::Tone::Warning) : QIcon();
        m_profileCombo->addItem(icon, profile.name, profile.id);
        auto *action = new QAction(icon, profile.name, m_profileActions);
        action->setCheckable(true);
        action->setData(profile.id);
        if (i < 9)
            action->setShortcut(QKeySequence(u"Ctrl+Alt+%1"_s.arg(i + 1)));
        menu->addAction(action);
    }
    showActiveProfile();
}

bool MainWindow::switchProfile(const QString &id)
{
    const std::optional<Profile> profile = m_services.settings->profile(id);
    if (!profile)
        return false;
    if (id == m_services.settings->activeProfileId())
        return true;
    if (profile->production
        && !Dialogs::confirm(this, tr("Switch to a production profile"),
                             tr("\"%1\" is a production profile: every verification sends a real "
                                "SMS or call to a customer and costs money. Switch to it?")
                                 .arg(profile->name),
                             tr("&Switch"), QMessageBox::Warning)) {
        qCInfo(lcApp).noquote().nospace()
            << "switch to production profile \"" << profile->name << "\" declined by the user";
        return false;
    }
    return m_services.settings->setActiveProfileId(id);
}

bool MainWindow::confirmCostlyAction(const Profile &profile, const QString &what)
{
    if (!profile.production)
        return true;
    return Dialogs::confirm(this, tr("Production"),
                            tr("%1\n\nThis uses the production profile \"%2\": a real customer is "
                               "contacted and KPN charges for it. Go ahead?")
                                .arg(what, profile.name),
                            tr("&Send"), QMessageBox::Warning);
}

void MainWindow::showActiveProfile()
{
    const Profile profile = m_services.settings->activeProfile();
    {
        const QSignalBlocker blocker(m_profileCombo);
        m_profileCombo->setCurrentIndex(m_profileCombo->findData(profile.id));
    }
    for (QAction *action : m_profileActions->actions())
        action->setChecked(action->data().toString() == profile.id);

    const QString colour = profile.bannerColour();
    QString banner;
    if (profile.isSandbox())
        banner = tr("Sandbox: simulated API, no real messages, no cost.");
    else if (profile.production)
        banner = tr("PRODUCTION: %1. Every verification sends a real SMS or call and costs money.")
                     .arg(profile.name);
    else
        banner = tr("Profile: %1 (%2)").arg(profile.name, profile.apiBaseUrl.host());
    ProfileConnection *connection = m_services.connections->active();
    const QString problem = connection ? connection->problem() : QString();
    if (!problem.isEmpty())
        banner = tr("%1 %2").arg(banner, problem);
    m_ui->profileBanner->setText(banner);
    m_ui->profileBanner->setStyleSheet(
        u"QLabel { background: %1; color: %2; font-weight: %3; }"_s.arg(
            colour, Appearance::textColourOn(QColor(colour)).name(),
            profile.production ? u"bold"_s : u"normal"_s));
    m_ui->profileBanner->setAccessibleName(banner);
    m_ui->profileBanner->show();

    m_profileLabel->setText(
        tr("<span style=\"color:%1\">■</span> %2").arg(colour, profile.name.toHtmlEscaped()));
    m_profileLabel->setToolTip(
        profile.isSandbox()
            ? tr("The built-in simulator at %1").arg(m_services.sandbox->baseUrl().toString())
            : profile.apiBaseUrl.toString());
    if (m_inspector)
        m_inspector->setSandboxActive(profile.isSandbox());
    m_wizard->setProfile(profile);
    updatePhoneDock();
    updateTokenLabel();
}

void MainWindow::updatePhoneDock()
{
    // The phone is there while the Sandbox is in play: selected, or the profile of a verification
    // the wizard lists (whose PIN only the phone shows), on screen or not. It shows when that
    // begins and hides when it ends; in between, the user's choice stands.
    const QList<Verification *> listed = m_wizard->verifications();
    const auto onSandbox = [](const Verification *verification) {
        return verification && verification->profile().isSandbox();
    };
    const bool inPlay = m_services.settings->activeProfile().isSandbox()
        || std::any_of(listed.cbegin(), listed.cend(), onSandbox);
    m_ui->phoneDock->toggleViewAction()->setEnabled(inPlay);
    // The controls are there only on request, and never without the Sandbox.
    m_ui->controlsDock->toggleViewAction()->setEnabled(inPlay);
    if (!inPlay)
        m_ui->controlsDock->hide();
    if (m_sandboxInPlay && *m_sandboxInPlay == inPlay)
        return;
    m_sandboxInPlay = inPlay;
    m_ui->phoneDock->setVisible(inPlay);
}

void MainWindow::setUpStatusBar()
{
    m_profileLabel->setTextFormat(Qt::RichText);
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_sharingLabel);
    statusBar()->addPermanentWidget(m_tokenLabel);
    statusBar()->addPermanentWidget(m_activityLabel);
    updateActivityLabel();
    updateSharingLabel();
    connect(m_services.history, &HistoryStore::sharingChanged, this,
            &MainWindow::updateSharingLabel);
    connect(m_services.network, &NetworkActivity::inFlightChanged, this,
            &MainWindow::updateActivityLabel);
    connect(m_services.connections, &Connections::inFlightChanged, this,
            &MainWindow::updateActivityLabel);
    connect(m_services.connections, &Connections::activeTokenChanged, this,
            &MainWindow::updateTokenLabel);
    m_tokenTimer->setInterval(1000);
    connect(m_tokenTimer, &QTimer::timeout, this, &MainWindow::updateTokenLabel);
    m_tokenTimer->start();
    updateTokenLabel();
}

void MainWindow::updateActivityLabel()
{
    const int count = m_services.network->inFlight() + m_services.connections->inFlight();
    m_activityLabel->setText(count > 0 ? tr("Working… (%1)").arg(count) : tr("Idle"));
}

void MainWindow::updateSharingLabel()
{
    const HistoryStore *history = m_services.history;
    m_sharingLabel->setVisible(history->isShared());
    if (!history->isShared())
        return;
    const int waiting = history->unsharedCount();
    if (!history->isAway() && waiting == 0) {
        m_sharingLabel->setText(tr("Team history: shared"));
        m_sharingLabel->setToolTip(history->location());
        return;
    }
    // Unreachable with the sign of an error, so that it does not rest on colour.
    m_sharingLabel->setText(
        history->isAway() ? Appearance::errorText(
            tr("Team history unreachable: %n not yet shared", nullptr, waiting))
                          : tr("Team history: %n not yet shared", nullptr, waiting));
    m_sharingLabel->setToolTip(
        tr("%1\nVerifications made here are kept on this computer and shared when the team "
           "history can be reached.")
            .arg(history->location()));
}

void MainWindow::updateTokenLabel()
{
    // The selected profile's token; the others renew theirs when their verifications need it.
    ProfileConnection *connection = m_services.connections->active();
    // The vendor's flavour sends its API key and secret with every call: no token to count down.
    if (connection && !connection->profile().usesTokenUrl()) {
        m_tokenLabel->setText(tr("Token: none needed (API key)"));
        return;
    }
    const qint64 remaining = connection ? connection->tokens()->remainingSeconds() : -1;
    m_tokenLabel->setText(remaining >= 0 ? tr("Token: %1 left").arg(remainingText(remaining))
                                         : tr("Token: none yet"));
}

QString MainWindow::bannerText() const
{
    return m_ui->profileBanner->text();
}

QString MainWindow::statusProfileText() const
{
    return m_profileLabel->text();
}

QString MainWindow::statusTokenText() const
{
    return m_tokenLabel->text();
}

QString MainWindow::statusSharingText() const
{
    return m_sharingLabel->isVisibleTo(this) ? m_sharingLabel->text() : QString();
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_ui->pages->currentIndex());
}

void MainWindow::focusArea(Area area)
{
    const QPointer<QWidget> last = m_pageFocus.value(static_cast<int>(area));
    if (last && last->isVisible() && last->isEnabled()) {
        last->setFocus(Qt::OtherFocusReason);
        return;
    }
    AreaPage *page = areaPage(area);
    Q_ASSERT(page); // an area is built before it is shown
    page->focusMainControl();
}

AreaPage *MainWindow::areaPage(Area area) const
{
    switch (area) {
    case Area::Verify:
        return m_wizard;
    case Area::History:
        return m_history;
    case Area::Inspector:
        return m_inspector;
    case Area::Console:
        return m_console;
    case Area::Settings:
        return m_settingsPanel;
    }
    return nullptr;
}

void MainWindow::showArea(Area area)
{
    m_ui->navigation->setCurrentRow(static_cast<int>(area));
}

bool MainWindow::confirmQuitWithRunning()
{
    const QStringList running = m_wizard->runningDescriptions();
    if (running.isEmpty())
        return true;
    QStringList lines;
    for (const QString &description : running)
        lines.append(tr("• %1").arg(description));
    return Dialogs::confirm(
        this, tr("Quit Verify Desk"),
        tr("Still running, and the customer may still be verified:\n%1\n\nQuit anyway? They stay "
           "in the History as in progress, where their status can be refreshed; their PINs "
           "cannot be checked after quitting.")
            .arg(lines.join(u'\n')),
        tr("&Quit"), QMessageBox::Warning);
}

bool MainWindow::confirmQuitWithUnshared()
{
    const int waiting = m_services.history->unsharedCount();
    if (waiting == 0)
        return true;
    return Dialogs::confirm(
        this, tr("Quit Verify Desk"),
        tr("Waiting for the team history (%1 cannot be reached): %n verification(s) made "
           "here, kept on this computer and shared when Verify Desk next reaches it. Quit "
           "anyway?",
           nullptr, waiting)
            .arg(m_services.history->location()),
        tr("&Quit"), QMessageBox::Warning);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmQuitWithRunning() || !confirmQuitWithUnshared()) {
        event->ignore();
        return;
    }
    m_services.settings->setWindowGeometry(saveGeometry());
    m_services.settings->setWindowState(saveState());
    m_services.settings->sync();
    QMainWindow::closeEvent(event);
}
