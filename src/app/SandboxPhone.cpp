#include "SandboxPhone.h"

#include "SandboxServer.h"
#include "ui_SandboxPhone.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

SandboxPhone::SandboxPhone(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SandboxPhone>())
{
    m_ui->setupUi(this);
    m_ui->clearButton->setEnabled(false);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        m_ui->messages->clear();
        m_ui->clearButton->setEnabled(false);
    });
    m_ui->skipButton->setText(tr("S&kip %1 s").arg(kSkipSeconds));
    m_ui->skipButton->setToolTip(
        tr("Move the sandbox's clock on by %1 seconds: messages that fall due are delivered")
            .arg(kSkipSeconds));
    connect(m_ui->skipButton, &QPushButton::clicked, this, [this] { skip(kSkipSeconds); });
    connect(m_ui->skipToNextButton, &QPushButton::clicked, this, &SandboxPhone::skipToNextEvent);
    updateSkipButtons();
}

SandboxPhone::~SandboxPhone() = default;

void SandboxPhone::setSandbox(sandbox::SandboxServer *server)
{
    m_sandbox = server;
    updateSkipButtons();
}

QSize SandboxPhone::sizeHint() const
{
    constexpr int kPhoneChars = 26;
    return {std::max(minimumSizeHint().width(), fontMetrics().averageCharWidth() * kPhoneChars),
            QWidget::sizeHint().height()};
}

int SandboxPhone::messageCount() const
{
    return m_ui->messages->count();
}

QString SandboxPhone::messageText(int row) const
{
    const QListWidgetItem *item = m_ui->messages->item(row);
    return item ? item->text() : QString();
}

void SandboxPhone::addMessage(const QString &requestId, const QString &number,
                              const QString &channel, const QString &text, const QString &code,
                              const QString &sender)
{
    Q_UNUSED(code)
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    QString shown;
    if (channel == u"tts") {
        shown = tr("Call to +%1 at %2\nCall: %3").arg(number, time, text);
    } else if (!sender.isEmpty()) {
        shown = tr("SMS to +%1 at %2\nFrom: %3\n%4").arg(number, time, sender, text);
    } else {
        shown = tr("SMS to +%1 at %2\n%3").arg(number, time, text);
    }
    auto *item = new QListWidgetItem(shown);
    item->setToolTip(tr("Request %1").arg(requestId));
    m_ui->messages->insertItem(0, item);
    m_ui->clearButton->setEnabled(true);
    updateSkipButtons();
}

int SandboxPhone::skip(qint64 seconds)
{
    if (!m_sandbox || seconds <= 0)
        return 0;
    const int fired = m_sandbox->advanceClock(seconds);
    Q_EMIT clockAdvanced(seconds);
    updateSkipButtons();
    return fired;
}

qint64 SandboxPhone::skipToNextEvent()
{
    if (!m_sandbox)
        return 0;
    const qint64 seconds = m_sandbox->secondsToNextEvent();
    if (seconds < 0) {
        updateSkipButtons();
        return 0;
    }
    // At least one second, so that an event due right now fires too.
    const qint64 step = std::max<qint64>(1, seconds);
    skip(step);
    return step;
}

void SandboxPhone::updateSkipButtons()
{
    m_ui->skipButton->setEnabled(m_sandbox != nullptr);
    const qint64 next = m_sandbox ? m_sandbox->secondsToNextEvent() : -1;
    m_ui->skipToNextButton->setEnabled(next >= 0);
    m_ui->skipToNextButton->setToolTip(
        next >= 0 ? tr("Move the sandbox's clock on to the next message (in %1 s)").arg(next)
                  : tr("No message is scheduled"));
}
