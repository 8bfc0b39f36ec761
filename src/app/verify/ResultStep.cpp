#include "ResultStep.h"

#include "Icons.h"
#include "ScrollAreaFit.h"
#include "Verification.h"
#include "ui_ResultStep.h"
#include "verification/PriceText.h"
#include "verification/VerificationSession.h"

#include <QEvent>

using State = VerificationSession::State;

ResultStep::ResultStep(const Verification *verification, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultStep>())
{
    m_ui->setupUi(this);
    Icons::applyNamed(this);
    // In a short window (large fonts) the result scrolls up and down rather than making the
    // window taller than the screen.
    ScrollAreaFit::fitWidth(m_ui->resultScroll);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ResultStep::newRequested);
    connect(m_ui->sameNumberButton, &QPushButton::clicked, this, &ResultStep::sameNumberRequested);

    const VerificationSession *session = verification->session();
    const State state = session->state();
    if (state == State::Verified)
        m_resultIcon = Icons::icon(Icons::Name::Verified, Icons::Tone::Success);
    else if (state == State::Failed)
        m_resultIcon = Icons::icon(Icons::Name::Failed, Icons::Tone::Danger);
    else if (state == State::Cancelled)
        m_resultIcon = Icons::icon(Icons::Name::Cancelled);
    else if (state == State::Expired)
        m_resultIcon = Icons::icon(Icons::Name::Timer, Icons::Tone::Warning);
    else
        m_resultIcon = Icons::icon(Icons::Name::Warning, Icons::Tone::Warning);
    showResultIcon();
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

void ResultStep::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The icon is a picture taken in the palette's colours: taken again when the theme changes.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        showResultIcon();
}

void ResultStep::showResultIcon()
{
    m_ui->resultIcon->setPixmap(m_resultIcon.pixmap(QSize(40, 40), devicePixelRatioF()));
}

void ResultStep::focusNewButton()
{
    m_ui->newButton->setFocus(Qt::OtherFocusReason);
}
