#include "SandboxPhone.h"

#include "ui_SandboxPhone.h"

#include <QDateTime>
#include <QLocale>

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
}

SandboxPhone::~SandboxPhone() = default;

int SandboxPhone::messageCount() const
{
    return m_ui->messages->count();
}

void SandboxPhone::addMessage(const QString &requestId, const QString &number,
                              const QString &channel, const QString &text, const QString &code)
{
    Q_UNUSED(code)
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    const QString heading = channel == u"tts" ? tr("Call to +%1 at %2").arg(number, time)
                                              : tr("SMS to +%1 at %2").arg(number, time);
    auto *item = new QListWidgetItem(tr("%1\n%2").arg(heading, text));
    item->setToolTip(tr("Request %1").arg(requestId));
    m_ui->messages->insertItem(0, item);
    m_ui->clearButton->setEnabled(true);
}
