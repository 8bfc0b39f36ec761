#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class SandboxPhone;

namespace Ui {
class MainWindow;
}

namespace sandbox {
class SandboxServer;
}

// The application's window: the areas Verify, History, Inspector and Settings, the sandbox phone
// and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Area { Verify, History, Inspector, Settings };

    explicit MainWindow(sandbox::SandboxServer *sandbox, QWidget *parent = nullptr);
    ~MainWindow() override;

    Area currentArea() const;
    void showArea(Area area);
    SandboxPhone *sandboxPhone() const { return m_phone; }

private:
    void setUpStatusBar();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    sandbox::SandboxServer *m_sandbox;
    SandboxPhone *m_phone;
    QLabel *m_profileLabel;
    QLabel *m_tokenLabel;
    QLabel *m_activityLabel;
};
