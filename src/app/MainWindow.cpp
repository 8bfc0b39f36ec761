#include "MainWindow.h"

#include "SandboxPhone.h"
#include "SandboxServer.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

MainWindow::MainWindow(sandbox::SandboxServer *sandbox, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_sandbox(sandbox)
    , m_phone(new SandboxPhone(this))
    , m_profileLabel(new QLabel(this))
    , m_tokenLabel(new QLabel(this))
    , m_activityLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/verifydesk/icons/verifydesk.svg")));
    m_ui->phoneDockContents->layout()->addWidget(m_phone);
    m_ui->profileBanner->hide();

    m_ui->verifyPlaceholder->setText(
        tr("<h2>Verify a phone number</h2>"
           "<p>You are on the built-in <b>Sandbox</b>: a simulator of the Verify API that runs "
           "inside Verify Desk at %1. Nothing you do here sends a real SMS or costs money, and "
           "every message the sandbox delivers appears on the sandbox phone at the right.</p>"
           "<p>To work with the real API, add a profile with your KPN consumer key and secret "
           "under Settings.</p>")
            .arg(m_sandbox->baseUrl().toString().toHtmlEscaped()));

    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages,
            &QStackedWidget::setCurrentIndex);
    m_ui->navigation->setCurrentRow(0);
    connect(m_ui->actionShowVerify, &QAction::triggered, this, [this] { showArea(Area::Verify); });
    connect(m_ui->actionShowHistory, &QAction::triggered, this,
            [this] { showArea(Area::History); });
    connect(m_ui->actionShowInspector, &QAction::triggered, this,
            [this] { showArea(Area::Inspector); });
    connect(m_ui->actionShowSettings, &QAction::triggered, this,
            [this] { showArea(Area::Settings); });
    m_ui->menuView->insertAction(m_ui->actionShowPhone, m_ui->phoneDock->toggleViewAction());
    m_ui->menuView->removeAction(m_ui->actionShowPhone);
    m_ui->phoneDock->toggleViewAction()->setShortcut(m_ui->actionShowPhone->shortcut());
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Verify Desk"),
            tr("<h3>Verify Desk %1</h3><p>A desktop client for the Nexmo Verify API "
               "as sold through KPN's API Store.</p><p>Built with Qt %2.</p>")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });

    connect(m_sandbox, &sandbox::SandboxServer::messageDelivered, m_phone,
            &SandboxPhone::addMessage);
    setUpStatusBar();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpStatusBar()
{
    m_profileLabel->setText(tr("Profile: Sandbox"));
    m_profileLabel->setToolTip(
        tr("The built-in simulator at %1").arg(m_sandbox->baseUrl().toString()));
    m_tokenLabel->setText(tr("Token: none yet"));
    m_activityLabel->setText(tr("Idle"));
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_tokenLabel);
    statusBar()->addPermanentWidget(m_activityLabel);
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_ui->pages->currentIndex());
}

void MainWindow::showArea(Area area)
{
    m_ui->navigation->setCurrentRow(static_cast<int>(area));
}
