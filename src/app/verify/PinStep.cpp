#include "PinStep.h"

#include "Appearance.h"
#include "Dialogs.h"
#include "ErrorLink.h"
#include "EuroAmount.h"
#include "FlowLayout.h"
#include "Icons.h"
#include "ScrollAreaFit.h"
#include "TimeText.h"
#include "Verification.h"
#include "api/ApiError.h"
#include "ui_PinStep.h"
#include "verification/VerificationSession.h"
#include "verification/Workflow.h"

#include <QAccessible>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QRegularExpressionValidator>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

using State = VerificationSession::State;
using Action = VerificationSession::Action;

namespace {

// The last message that carried a new PIN after the first one: a renewal.
std::optional<TimelineEvent> latestRenewal(const QList<TimelineEvent> &timeline)
{
    std::optional<TimelineEvent> renewal;
    for (const TimelineEvent &event : timeline) {
        if (event.isSent() && event.newPin && event.index > 0)
            renewal = event;
    }
    return renewal;
}

} // namespace

PinStep::PinStep(Verification *verification, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PinStep>())
    , m_verification(verification)
{
    m_ui->setupUi(this);
    Icons::applyNamed(this);
    arrangeRows();
    connectActions();
    showWhatIsVerified();
    followSession();
    start();
}

namespace {

// Lays `widgets` out in `row` from left to right, wrapping to another line where it is narrow.
void flowInto(QWidget *row, std::initializer_list<QWidget *> widgets)
{
    auto *flow = new FlowLayout(row);
    flow->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        flow->addWidget(widget);
}

} // namespace

void PinStep::arrangeRows()
{
    // The buttons change their text as the request goes on ("Cancel (in 28 s)"): they move to a
    // second row where that needs the room, instead of widening the window.
    flowInto(m_ui->actionsRow,
             {m_ui->checkButton, m_ui->cancelButton, m_ui->nextEventButton, m_ui->refreshButton,
              m_ui->leaveButton});
    // In a short window (large fonts) the step scrolls up and down rather than squeezing the
    // timeline or making the window taller than the screen.
    ScrollAreaFit::fitWidth(m_ui->pinScroll);
    // The request id is long: the profile, then the id, go to a line of their own when narrow.
    flowInto(
        m_ui->requestIdRow,
        {m_ui->requestIdCaption, m_ui->requestIdLabel, m_ui->copyIdButton, m_ui->profileLabel});
    // The PIN field and the actions follow the timeline's rows; spare height goes below them.
    m_ui->pinStepLayout->addStretch(1);
}

void PinStep::connectActions()
{
    ErrorLink::follow(m_ui->actionError, this, &PinStep::showExchangeRequested);
    for (QLabel *label : {m_ui->pinError, m_ui->actionError})
        Appearance::markAsError(label);
    connect(m_ui->copyIdButton, &QToolButton::clicked, this, &PinStep::copyRequestId);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &PinStep::check);
    m_ui->pinEdit->setAccessibleDescription(
        tr("Type the digits the customer reads out, then press Enter to check them."));
    connect(m_ui->pinEdit, &QLineEdit::returnPressed, this, &PinStep::check);
    connect(m_ui->pinEdit, &QLineEdit::textEdited, this,
            [this] { Appearance::setMessage(m_ui->pinError, {}); });
    connect(m_ui->pinEdit, &QLineEdit::inputRejected, this, [this] {
        Appearance::setMessage(
            m_ui->pinError,
            tr("The code has %1 digits, nothing else.").arg(session()->codeLength()));
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &PinStep::cancel);
    connect(m_ui->nextEventButton, &QPushButton::clicked, this, &PinStep::nextEvent);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &PinStep::refresh);
    connect(m_ui->leaveButton, &QPushButton::clicked, this, &PinStep::leaveRequested);
}

void PinStep::showWhatIsVerified()
{
    const Verification *verification = m_verification;
    if (const std::optional<Psd2Request> &payment = verification->payment()) {
        m_ui->numberLabel->setText(tr("%1, payment of %2 to %3")
                                       .arg(verification->displayNumber(),
                                            EuroAmount::display(payment->amountCents),
                                            payment->payee));
    } else {
        m_ui->numberLabel->setText(
            verification->brand().isEmpty()
                ? verification->displayNumber()
                : tr("%1, brand %2").arg(verification->displayNumber(), verification->brand()));
    }
    const Profile &profile = verification->profile();
    m_ui->profileLabel->setText(u"<span style=\"color:%1\">■</span> %2"_s.arg(
        profile.bannerColour(), profile.name.toHtmlEscaped()));
    m_ui->profileLabel->setToolTip(tr("This verification runs on the profile \"%1\", whichever "
                                      "profile is selected now.")
                                       .arg(profile.name));
}

void PinStep::followSession()
{
    VerificationSession *s = session();
    connect(s, &VerificationSession::availabilityChanged, this, &PinStep::updateActions);
    connect(s, &VerificationSession::busyChanged, this, &PinStep::updateActions);
    connect(s, &VerificationSession::attemptsLeftChanged, this, &PinStep::updateActions);
    connect(s, &VerificationSession::countdownsChanged, this, &PinStep::updateCountdowns);
    connect(s, &VerificationSession::timelineChanged, this, &PinStep::updateTimeline);
    connect(s, &VerificationSession::timelineChanged, this, &PinStep::updatePinMessage);
    connect(s, &VerificationSession::codeChecked, this, &PinStep::onCodeChecked);
    connect(s, &VerificationSession::errorOccurred, this, &PinStep::onError);
    // A failed search ends without availabilityChanged; the refresh button comes back.
    connect(s, &VerificationSession::errorOccurred, this, &PinStep::updateActions);
    connect(s, &VerificationSession::stateChanged, this, [this](State state) {
        if (state == State::WaitingForCode)
            start();
    });
}

PinStep::~PinStep() = default;

QList<ShortcutsDialog::Entry> PinStep::shortcuts()
{
    // From the texts the buttons show (the form's, and updateActions()'s), so that each language
    // lists its own letters.
    const QString where = tr("PIN step");
    return {ShortcutsDialog::buttonEntry(tr("&Check"), where, tr("Enter in the PIN field")),
            ShortcutsDialog::buttonEntry(tr("C&ancel request"), where),
            ShortcutsDialog::buttonEntry(tr("Call &now"), where),
            ShortcutsDialog::buttonEntry(tr("Send &next SMS now"), where),
            ShortcutsDialog::buttonEntry(tr("R&efresh"), where),
            ShortcutsDialog::buttonEntry(tr("&Leave…"), where)};
}

QString PinStep::shownTime(qint64 sessionMs) const
{
    // Real time, as the phone and the History show it, however far the Sandbox was skipped.
    return TimeText::timeOfDay(session()->realMsAt(sessionMs));
}

VerificationSession *PinStep::session() const
{
    return m_verification->session();
}

void PinStep::setCostlyActionGuard(std::function<bool(const QString &)> guard)
{
    m_guard = std::move(guard);
}

void PinStep::focusPin()
{
    m_ui->pinEdit->setFocus(Qt::OtherFocusReason);
    m_ui->pinScroll->ensureWidgetVisible(m_ui->pinEdit);
}

void PinStep::start()
{
    const int length = session()->codeLength();
    m_ui->pinEdit->clear();
    m_announcedCancel = m_announcedPinExpiry = m_announcedNextEvent = kNotAnnounced;
    m_toldPinExpiry.clear();
    m_toldNextEvent.clear();
    m_ui->pinEdit->setMaxLength(length);
    m_ui->pinEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"[0-9]{0,%1}"_s.arg(length)), m_ui->pinEdit));
    m_ui->pinEdit->setPlaceholderText(tr("%1 digits").arg(length));
    for (QLabel *label : {m_ui->pinError, m_ui->pinNote, m_ui->actionError, m_ui->actionNote})
        Appearance::setMessage(label, {});
    m_wrongCodeAtMs = -1;
    m_renewalNotedAtMs = -1;
    updateTimeline();
    updatePinMessage();
    updateCountdowns();
    updateActions();
}

void PinStep::check()
{
    const QString code = m_ui->pinEdit->text();
    const QString problem = session()->validateCode(code);
    if (!problem.isEmpty()) {
        Appearance::setMessage(m_ui->pinError, problem);
        m_ui->pinEdit->setFocus();
        return;
    }
    if (!session()->check(code)) {
        // While a call is under way its own answer follows; a "waiting" note would outlive it.
        if (!session()->isBusy())
            Appearance::setMessage(m_ui->pinError, session()->availability(Action::Check).reason);
        return;
    }
    Appearance::setMessage(m_ui->pinError, {});
    Appearance::setMessage(m_ui->actionError, {});
}

void PinStep::onCodeChecked(bool valid, int attemptsLeft)
{
    if (valid)
        return;
    m_ui->pinEdit->clear();
    Appearance::setMessage(m_ui->pinNote, {});
    m_wrongCodeAtMs = session()->clockMs();
    m_attemptsAfterWrongCode = attemptsLeft;
    updatePinMessage();
    m_ui->pinEdit->setFocus();
}

void PinStep::updatePinMessage()
{
    const std::optional<TimelineEvent> renewal = latestRenewal(session()->timeline());
    if (renewal && renewal->atMs != m_renewalNotedAtMs) {
        m_renewalNotedAtMs = renewal->atMs;
        Appearance::setMessage(
            m_ui->pinNote,
            renewal->channel == Workflow::Channel::Tts
                ? tr("A new PIN went out by voice call at %1: ask the customer for that code.")
                      .arg(shownTime(renewal->atMs))
                : tr("A new PIN went out by SMS at %1: ask the customer for that code.")
                      .arg(shownTime(renewal->atMs)));
        // A wrong code typed before was about the PIN before: it no longer matters.
        if (m_wrongCodeAtMs >= 0 && renewal->atMs > m_wrongCodeAtMs) {
            m_wrongCodeAtMs = -1;
            Appearance::setMessage(m_ui->pinError, {});
        }
    }
    if (m_wrongCodeAtMs < 0)
        return;
    const int left = m_attemptsAfterWrongCode;
    const QString attempts = left > 1 ? tr("%1 attempts left for this PIN.").arg(left)
        : left == 1                   ? tr("1 attempt left for this PIN.")
                                      : tr("no attempts left for this PIN.");
    if (renewal) {
        // A code from an earlier message is refused like a wrong one (status 16).
        Appearance::setMessage(
            m_ui->pinError,
            renewal->channel == Workflow::Channel::Tts
                ? tr("✗ Wrong or expired code: the PIN was renewed, a new code went out by voice "
                     "call at %1 and the codes before it no longer work; %2")
                      .arg(shownTime(renewal->atMs), attempts)
                : tr("✗ Wrong or expired code: the PIN was renewed, a new code went out by SMS "
                     "at %1 and the codes before it no longer work; %2")
                      .arg(shownTime(renewal->atMs), attempts));
        return;
    }
    Appearance::setMessage(m_ui->pinError, tr("✗ Wrong code: %1").arg(attempts));
}

void PinStep::cancel()
{
    Appearance::setMessage(m_ui->actionError, {});
    if (!session()->cancel())
        Appearance::setMessage(m_ui->actionNote, session()->availability(Action::Cancel).reason);
}

void PinStep::nextEvent()
{
    Appearance::setMessage(m_ui->actionError, {});
    const Workflow::Channel next = session()->workflow().nextChannel(session()->eventsSent());
    const QString number = m_verification->displayNumber();
    const QString what = next == Workflow::Channel::Tts
        ? tr("Call %1 now.").arg(number)
        : tr("Send the next SMS to %1 now.").arg(number);
    if (m_guard && !m_guard(what))
        return;
    if (!session()->triggerNextEvent())
        Appearance::setMessage(m_ui->actionNote, session()->availability(Action::NextEvent).reason);
}

void PinStep::refresh()
{
    Appearance::setMessage(m_ui->actionError, {});
    if (!session()->refresh())
        Appearance::setMessage(m_ui->actionNote, session()->availability(Action::Refresh).reason);
    updateActions(); // off while the search runs, so that a hanging search is not asked twice
}

void PinStep::copyRequestId()
{
    QGuiApplication::clipboard()->setText(session()->requestId());
    Appearance::setMessage(m_ui->actionNote,
                           tr("Request id %1 copied.").arg(session()->requestId()));
}

void PinStep::updateTimeline()
{
    m_ui->timelineList->showSession(session());
}

void PinStep::updateCountdowns()
{
    const VerificationSession *s = session();
    if (s->state() != State::WaitingForCode)
        return;
    // The timeline's rows show the countdowns: the next message's and the code's, at the end.
    updateTimeline();
    updateActions();
    // Only the verification on screen speaks: one put aside would talk over the one at hand.
    if (!isVisible())
        return;
    // What screen readers are told, at thresholds: the cancel wait by the Cancel button (which
    // shows it), the code and the next message by the timeline (whose rows show them).
    const VerificationSession::Countdowns c = s->countdowns();
    const QString cancel = c.untilCancelAllowed > 0
        ? tr("Cancel allowed in %1").arg(TimeText::countdown(c.untilCancelAllowed))
        : c.untilCancelAllowed == 0 ? tr("Cancel allowed now")
                                    : tr("Cancel no longer possible");
    if (announceCountdown(c.untilCancelAllowed, &m_announcedCancel))
        tell(m_ui->cancelButton, cancel);
    const QString pin = c.untilPinExpires >= 0
        ? tr("PIN expires in ~%1").arg(TimeText::countdown(c.untilPinExpires))
        : QString();
    bool timelineTold = false;
    if (announceCountdown(c.untilPinExpires, &m_announcedPinExpiry)) {
        m_toldPinExpiry = pin;
        timelineTold = true;
    }
    // Right after the request is accepted its first message is not known yet, and the countdown
    // would read "No more messages" for that moment: told then, a screen reader would keep it.
    if (s->eventsSent() > 0) {
        QString next;
        if (c.untilNextEvent >= 0) {
            next = tr("Next event (%1) in ~%2")
                       .arg(Workflow::channelLabel(s->workflow().nextChannel(s->eventsSent())),
                            TimeText::countdown(c.untilNextEvent));
        } else if (c.untilRequestExpires >= 0) {
            next = tr("No more messages; the request ends in ~%1")
                       .arg(TimeText::countdown(c.untilRequestExpires));
        } else {
            next = tr("No more messages");
        }
        if (announceCountdown(c.untilNextEvent >= 0 ? c.untilNextEvent : c.untilRequestExpires,
                              &m_announcedNextEvent)) {
            m_toldNextEvent = next;
            timelineTold = true;
        }
    }
    if (timelineTold) {
        QStringList told;
        for (const QString &line : {m_toldPinExpiry, m_toldNextEvent}) {
            if (!line.isEmpty())
                told.append(line);
        }
        tell(m_ui->timelineList, told.join(u'\n'));
    }
}

bool PinStep::announceCountdown(int seconds, int *lastThreshold)
{
    // Screen readers hear a countdown when it starts and when it crosses 60, 30, 10 and 0 seconds,
    // not every second: the shown texts change every second, silently.
    int threshold = -1;
    for (const int t : {0, 10, 30, 60}) {
        if (seconds >= 0 && seconds <= t) {
            threshold = t;
            break;
        }
    }
    if (seconds > 60)
        threshold = 61; // still above every threshold
    if (threshold == *lastThreshold)
        return false;
    const bool first = *lastThreshold == kNotAnnounced;
    *lastThreshold = threshold;
    // Back above 60 s (a new PIN): wait for the next crossing.
    return first || threshold <= 60;
}

void PinStep::tell(QWidget *widget, const QString &text)
{
    widget->setAccessibleDescription(text);
    ++m_countdownAnnouncements;
#if QT_CONFIG(accessibility)
    QAccessibleEvent description(widget, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&description);
#endif
}

void PinStep::updateActions()
{
    const VerificationSession *s = session();
    if (s->state() != State::WaitingForCode)
        return;
    m_ui->statusLabel->setText(s->statusMessage());
    m_ui->requestIdLabel->setText(s->requestId());

    const VerificationSession::Availability check = s->availability(Action::Check);
    m_ui->checkButton->setEnabled(check.allowed);
    m_ui->checkButton->setToolTip(check.reason);

    const VerificationSession::Availability cancel = s->availability(Action::Cancel);
    const int untilCancel = s->countdowns().untilCancelAllowed;
    m_ui->cancelButton->setEnabled(cancel.allowed);
    m_ui->cancelButton->setText(!cancel.allowed && untilCancel > 0 && !s->isBusy()
                                    ? tr("C&ancel (in %1 s)").arg(untilCancel)
                                    : tr("C&ancel request"));
    m_ui->cancelButton->setToolTip(cancel.reason);

    const VerificationSession::Availability next = s->availability(Action::NextEvent);
    const Workflow::Channel channel = s->workflow().nextChannel(s->eventsSent());
    m_ui->nextEventButton->setText(channel == Workflow::Channel::Tts ? tr("Call &now")
                                                                     : tr("Send &next SMS now"));
    m_ui->nextEventButton->setEnabled(next.allowed);
    m_ui->nextEventButton->setToolTip(next.reason);

    const VerificationSession::Availability refresh = s->availability(Action::Refresh);
    m_ui->refreshButton->setEnabled(refresh.allowed && !s->isRefreshing());
    m_ui->refreshButton->setToolTip(refresh.reason);

    // The reasons in words next to the buttons, not only in tooltips.
    QStringList notes;
    if (!s->isBusy()) {
        // While the Cancel button counts down to the time it is allowed, it says so itself.
        if (!cancel.allowed && untilCancel < 0)
            notes.append(cancel.reason);
        if (!next.allowed)
            notes.append(next.reason);
    }
    Appearance::setMessage(m_ui->actionNote, notes.join(u'\n'));
}

void PinStep::onError(const ApiError &error)
{
    // A wrong code is said at the PIN field by onCodeChecked.
    if (error.kind() == ApiError::Kind::Business
        && error.verifyStatus().code() == VerifyStatus::Code::WrongCode)
        return;
    // Nothing went wrong when the result of a request just ended is not out yet: said as a note,
    // with the time the session looks again.
    if (const qint64 again = session()->resultExpectedAtMs();
        error.kind() == ApiError::Kind::Business && session()->clockMs() < again) {
        Appearance::setMessage(m_ui->actionError, {});
        Appearance::setMessage(m_ui->pinNote,
                               tr("The request has ended; its result comes from the API at about "
                                  "%1 and is shown then.")
                                   .arg(shownTime(again)));
        return;
    }
    Appearance::setMessage(m_ui->actionError, ErrorLink::text(error));
}
