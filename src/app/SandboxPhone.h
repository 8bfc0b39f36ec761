#pragma once

#include <QDateTime>
#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class SandboxPhone;
}

namespace sandbox {
class SandboxServer;
}

// The customer's phone as the built-in Sandbox "delivers" to it: every SMS and call a bubble with
// its channel, time and text, newest first, with controls that move the sandbox's clock on so
// that demos of the waiting rules are quick.
class SandboxPhone : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxPhone)

public:
    static constexpr int kSkipSeconds = 30;

    // What the sandbox delivered, as the phone received it.
    struct Message
    {
        QDateTime receivedAt;
        QString requestId;
        QString number; // digits, with the country code
        QString channel; // "sms" or "tts"
        QString text;
        QString sender; // an SMS's "from"; may be empty
    };

    explicit SandboxPhone(QWidget *parent = nullptr);
    ~SandboxPhone() override;

    // The in-process sandbox whose clock the skip buttons move; not owned. Null disables them.
    void setSandbox(sandbox::SandboxServer *server);

    // About as wide as a phone's screen: the word-wrapped hint above the messages would otherwise
    // ask for half the window.
    QSize sizeHint() const override;

    int messageCount() const;
    // The text of message `row` as shown, newest first.
    QString messageText(int row) const;
    // Shows `message` on top of the others.
    void showMessage(const Message &message);

public Q_SLOTS:
    void addMessage(const QString &requestId, const QString &number, const QString &channel,
                    const QString &text, const QString &code, const QString &sender = {});
    // Moves the sandbox's clock on by `seconds`; returns the events that fired.
    int skip(qint64 seconds);
    // Moves the sandbox's clock on to the next scheduled event; returns the seconds skipped.
    qint64 skipToNextEvent();

Q_SIGNALS:
    // The sandbox's clock was moved on by `seconds` from this panel.
    void clockAdvanced(qint64 seconds);

private:
    void updateSkipButtons();

    const std::unique_ptr<Ui::SandboxPhone> m_ui;
    QStandardItemModel *m_messages; // newest first
    sandbox::SandboxServer *m_sandbox = nullptr;
};
