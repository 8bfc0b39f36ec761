#include "ResultStep.h"

#include "Verification.h"
#include "ui_ResultStep.h"
#include "verification/PriceText.h"
#include "verification/VerificationSession.h"

#include <QStyle>

using State = VerificationSession::State;

ResultStep::ResultStep(const Verification *verification, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultStep>())
{
    m_ui->setupUi(this);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ResultStep::newRequested);
    connect(m_ui->sameNumberButton, &QPushButton::clicked, this, &ResultStep::sameNumberRequested);

    const VerificationSession *session = verification->session();
    const State state = session->state();
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxWarning;
    if (state == State::Verified)
        icon = QStyle::SP_DialogApplyButton;
    else if (state == State::Failed)
        icon = QStyle::SP_MessageBoxCritical;
    else if (state == State::Cancelled)
        icon = QStyle::SP_DialogCancelButton;
    m_ui->resultIcon->setPixmap(style()->standardIcon(icon).pixmap(32, 32));
    m_ui->resultIcon->setAccessibleName(VerificationSession::stateLabel(state));
    m_ui->resultTitle->setText(VerificationSession::stateLabel(state));
    m_ui->resultDetail->setText(session->statusMessage());
    m_ui->timeline->showSession(session);
    m_ui->resultNumber->setText(tr("Number %1, request %2 (profile %3)")
                                    .arg(verification->displayNumber(), session->requestId(),
                                         verification->profile().name));

    QString price;
    if (!session->price().isEmpty()) {
        price = tr("Price: %1").arg(PriceText::format(session->price(), session->currency()));
    } else if (!session->estimatedPriceMessagesSent().isEmpty()) {
        price = tr("Messages sent cost about %1 %2")
                    .arg(session->estimatedPriceMessagesSent(), session->currency());
    } else {
        price = tr("Price: not reported");
    }
    m_ui->priceLabel->setText(price);
    const qint64 durationMs = session->durationMs();
    if (durationMs >= 0) {
        const qint64 seconds = durationMs / 1000;
        m_ui->durationLabel->setText(
            seconds >= 60 ? tr("Duration: %1 min %2 s").arg(seconds / 60).arg(seconds % 60)
                          : tr("Duration: %1 s").arg(seconds));
    } else {
        m_ui->durationLabel->setText(tr("Duration: unknown"));
    }
}

ResultStep::~ResultStep() = default;

void ResultStep::focusNewButton()
{
    m_ui->newButton->setFocus(Qt::OtherFocusReason);
}
