#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class SandboxPhone;
}

// The customer's phone as the built-in Sandbox "delivers" to it: every SMS and call, newest first.
class SandboxPhone : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxPhone)

public:
    explicit SandboxPhone(QWidget *parent = nullptr);
    ~SandboxPhone() override;

    int messageCount() const;

public Q_SLOTS:
    void addMessage(const QString &requestId, const QString &number, const QString &channel,
                    const QString &text, const QString &code);

private:
    const std::unique_ptr<Ui::SandboxPhone> m_ui;
};
