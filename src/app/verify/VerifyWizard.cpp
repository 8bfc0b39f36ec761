#include "VerifyWizard.h"

#include "Dialogs.h"
#include "ErrorLink.h"
#include "EuroAmount.h"
#include "Icons.h"
#include "Logging.h"
#include "NumberStep.h"
#include "PinStep.h"
#include "ResultStep.h"
#include "TimeText.h"
#include "Verification.h"
#include "api/Psd2Request.h"
#include "api/VerifyRequest.h"
#include "history/HistoryStore.h"
#include "history/LiveVerification.h"
#include "settings/Connections.h"
#include "ui_VerifyWizard.h"
#include "verification/VerificationSession.h"

#include <QHeaderView>
#include <QTreeWidget>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

using State = VerificationSession::State;
using Action = VerificationSession::Action;

namespace {

enum Column { NumberColumn, BrandColumn, ProfileColumn, StatusColumn, TimeLeftColumn };

// At most this many rows of the list show at once; it scrolls beyond.
constexpr int kVisibleRows = 4;

} // namespace

VerifyWizard::VerifyWizard(Connections *connections, HistoryStore *history, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::VerifyWizard>())
    , m_connections(connections)
    , m_history(history)
    , m_numberStep(new NumberStep(this))
{
    m_ui->setupUi(this);
    Icons::applyNamed(this);
    m_ui->steps->addWidget(m_numberStep);
    connect(m_numberStep, &NumberStep::sendRequested, this, &VerifyWizard::send);
    connect(m_numberStep, &NumberStep::resumeRequested, this, &VerifyWizard::resumeRunning);
    connect(m_numberStep, &NumberStep::showExchangeRequested, this,
            &VerifyWizard::showExchangeRequested);
    connect(m_numberStep, &NumberStep::kindChanged, this, &VerifyWizard::updateStepLabel);

    connect(m_ui->newVerificationButton, &QPushButton::clicked, this,
            &VerifyWizard::newVerification);
    QHeaderView *header = m_ui->runningList->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    connect(
        m_ui->runningList, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *item) {
            if (!item)
                return;
            const auto found =
                std::find_if(m_entries.cbegin(), m_entries.cend(),
                             [item](const Entry &entry) { return entry.item == item; });
            if (found != m_entries.cend())
                showVerification(found->verification, false);
        },
        // After the list has finished moving: showing one may close another's row.
        Qt::QueuedConnection);
    // Arrow keys go through the list; a click, Enter or a double click goes to the step.
    for (const auto signal : {&QTreeWidget::itemClicked, &QTreeWidget::itemActivated}) {
        connect(
            m_ui->runningList, signal, this, [this] { focusMainControl(); }, Qt::QueuedConnection);
    }
    m_ui->runningList->hide();
    // The selected profile until the window says otherwise.
    if (ProfileConnection *active = m_connections->active())
        setProfile(active->profile());
    else
        m_numberStep->setDefaults(Profile::RequestDefaults {});
    showPage(m_numberStep);
    // The number is what the user types first: the focus is there when the window opens.
    m_numberStep->focusNumber();
}

VerifyWizard::~VerifyWizard()
{
    // The pages show the verifications: they go first.
    for (const Entry &entry : std::as_const(m_entries)) {
        delete entry.pin;
        delete entry.result;
    }
}

// --- what the window asks --------------------------------------------------------------------

void VerifyWizard::setProfile(const Profile &profile)
{
    if (m_haveProfile && profile == m_profile)
        return;
    const bool newDefaults = !m_haveProfile || profile.defaults != m_profile.defaults;
    m_profile = profile;
    m_haveProfile = true;
    if (newDefaults)
        m_numberStep->setDefaults(profile.defaults);
    m_numberStep->setPaymentOffered(offersPsd2(profile.flavour));
}

void VerifyWizard::setCostlyActionGuard(std::function<bool(const Profile &, const QString &)> guard)
{
    m_guard = std::move(guard);
}

void VerifyWizard::setAuthor(const QString &operatorName, const QString &workstation)
{
    m_operatorName = operatorName;
    m_workstation = workstation;
}

bool VerifyWizard::prefill(const QString &number, const QString &brand, const QString &reference)
{
    newVerification();
    m_numberStep->prefill(number, brand);
    m_numberStep->setReference(reference);
    m_numberStep->focusSend();
    return true;
}

bool VerifyWizard::prefillPayment(const QString &number, const QString &payee, qint64 amountCents,
                                  const QString &reference)
{
    newVerification();
    const bool offered = m_numberStep->prefillPayment(number, payee, amountCents);
    m_numberStep->setReference(reference);
    if (!offered)
        m_numberStep->showSendError(
            tr("That was a payment confirmation (PSD2) to %1; the selected profile's API has no "
               "PSD2. Choose a Vonage profile to confirm a payment, or send a verification.")
                .arg(payee));
    m_numberStep->focusSend();
    return offered;
}

VerificationSession *VerifyWizard::session() const
{
    if (Verification *current = currentVerification())
        return current->session();
    return m_pending ? m_pending->session() : nullptr;
}

Verification *VerifyWizard::currentVerification() const
{
    QWidget *page = m_ui->steps->currentWidget();
    for (const Entry &entry : m_entries) {
        if (page && (page == entry.pin || page == entry.result))
            return entry.verification;
    }
    return nullptr;
}

QList<Verification *> VerifyWizard::verifications() const
{
    QList<Verification *> all;
    for (const Entry &entry : m_entries)
        all.append(entry.verification);
    return all;
}

QStringList VerifyWizard::runningDescriptions() const
{
    QStringList running;
    if (m_pending && m_pending->maySucceed())
        running.append(m_pending->description());
    for (const Entry &entry : m_entries) {
        if (entry.verification->maySucceed())
            running.append(entry.verification->description());
    }
    return running;
}

int VerifyWizard::runningCount() const
{
    int count = m_pending && m_pending->maySucceed() ? 1 : 0;
    for (const Entry &entry : m_entries) {
        if (entry.verification->maySucceed())
            ++count;
    }
    return count;
}

void VerifyWizard::updateRunningCount()
{
    const int count = runningCount();
    if (count == m_runningCount)
        return;
    m_runningCount = count;
    Q_EMIT runningCountChanged(count);
}

VerifyWizard::Step VerifyWizard::currentStep() const
{
    const QWidget *page = m_ui->steps->currentWidget();
    for (const Entry &entry : m_entries) {
        if (page == entry.pin)
            return Step::Pin;
        if (page == entry.result)
            return Step::Result;
    }
    return Step::Number;
}

void VerifyWizard::focusMainControl()
{
    Verification *current = currentVerification();
    const Entry *entry = current ? entryFor(current) : nullptr;
    if (entry && entry->result)
        entry->result->focusNewButton();
    else if (entry && entry->pin)
        entry->pin->focusPin();
    else
        m_numberStep->focusNumber();
}

int VerifyWizard::countdownAnnouncements() const
{
    const Entry *entry = entryFor(currentVerification());
    return entry && entry->pin ? entry->pin->countdownAnnouncements() : 0;
}

void VerifyWizard::newVerification()
{
    closeFinishedOnScreen();
    showPage(m_numberStep);
    // A number typed before and not sent is kept, selected: typing replaces it.
    m_numberStep->focusNumber();
    m_numberStep->selectNumber();
}

void VerifyWizard::showVerification(Verification *verification)
{
    showVerification(verification, true);
}

void VerifyWizard::showVerification(Verification *verification, bool takeKeyboard)
{
    const Entry *entry = entryFor(verification);
    if (!entry)
        return;
    if (currentVerification() != verification)
        closeFinishedOnScreen();
    entry = entryFor(verification); // closing may have moved the list
    showPage(entry->result ? static_cast<QWidget *>(entry->result) : entry->pin);
    if (takeKeyboard)
        focusMainControl();
}

// --- step 1: sending -------------------------------------------------------------------------

void VerifyWizard::send()
{
    if (currentStep() != Step::Number)
        return;
    if (m_pending && m_pending->maySucceed())
        return; // the answer to the last Send is on its way
    // A verification, or a payment confirmation (PSD2) where the profile's API offers it.
    const bool payment = m_numberStep->isPaymentConfirmation();
    VerifyRequest request;
    Psd2Request paymentRequest;
    const auto build = [&] {
        return payment ? m_numberStep->buildRequest(&paymentRequest)
                       : m_numberStep->buildRequest(&request);
    };
    if (!build())
        return;
    const std::optional<QString> reference = m_numberStep->takeReference();
    if (!reference)
        return;
    ProfileConnection *connection = m_connections->connection(m_profile.id);
    if (!connection) {
        m_numberStep->showSendError(tr("The profile \"%1\" no longer exists.").arg(m_profile.name));
        return;
    }
    // What stops a send is said before any cost is confirmed.
    const QString problem = connection->sendProblem();
    if (!problem.isEmpty()) {
        m_numberStep->showSendError(problem);
        return;
    }
    const QString number = m_numberStep->number().internationalFormat();
    if (!payment && offerColleaguesVerification(request, number, *reference))
        return;
    if (m_numberStep->smsCannotArrive()) {
        // A text message never reaches a fixed line: call instead, or send nothing.
        if (!Dialogs::confirm(this, tr("Fixed line"),
                              tr("%1 is a fixed line: a text message does not arrive there. "
                                 "Call instead, with workflow 7 (call only), for this request?")
                                  .arg(number),
                              tr("&Call instead"))) {
            m_numberStep->showSendError(
                tr("Not sent: a fixed line cannot receive the SMS of workflow %1.")
                    .arg((payment ? paymentRequest.workflowId : request.workflowId).value_or(1)));
            return;
        }
        m_numberStep->useVoiceWorkflow();
        if (!build())
            return;
    }
    const QString what = payment
        ? tr("Send a PIN to %1 to confirm the payment of %2 to %3.")
              .arg(number, EuroAmount::display(paymentRequest.amountCents), paymentRequest.payee)
        : tr("Send a PIN to %1.").arg(number);
    if (!allowedToSpend(connection->profile(), what)) {
        m_numberStep->showSendError(tr("Not sent: nothing went out."));
        return;
    }
    m_numberStep->hideResumeOffer();
    startPending(connection);
    if (payment)
        m_pending->send(paymentRequest, number, *reference);
    else
        m_pending->send(request, number, *reference);
    updateSendAvailability();
}

void VerifyWizard::startPending(ProfileConnection *connection)
{
    m_pending = std::make_unique<Verification>(connection, m_history, this);
    m_pending->setAuthor(m_operatorName, m_workstation);
    VerificationSession *session = m_pending->session();
    connect(session, &VerificationSession::stateChanged, this,
            &VerifyWizard::onPendingStateChanged);
    connect(session, &VerificationSession::resumeOffered, this, &VerifyWizard::offerResume);
}

void VerifyWizard::offerResume(const QString &requestId)
{
    m_resumeListed = nullptr;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.verification->session()->requestId() == requestId)
            m_resumeListed = entry.verification;
    }
    if (m_resumeListed) {
        m_numberStep->offerResume(
            tr("The verification for %1 is already running here (request %2). Continue it "
               "instead of sending a new one.")
                .arg(m_pending->displayNumber(), requestId));
        updateSendAvailability();
        return;
    }
    m_numberStep->offerResume(
        tr("A verification for %1 is still running (request %2). Continue it here instead "
           "of sending a new one; its PIN is still valid.")
            .arg(m_pending->displayNumber(), requestId));
    updateSendAvailability();
}

bool VerifyWizard::offerColleaguesVerification(const VerifyRequest &request,
                                               const QString &displayNumber,
                                               const QString &reference)
{
    m_colleague.reset();
    if (!m_history || !m_history->isShared())
        return false;
    if (std::exchange(m_colleagueWarnedFor, QString()) == request.number)
        return false; // warned, and Send pressed again: a new PIN it is
    const auto live =
        LiveVerification::find(*m_history, request.number, m_operatorName, m_workstation);
    if (!live || live->requestId.isEmpty())
        return false;
    m_colleague = Colleague {live->requestId, request, displayNumber, reference};
    m_colleagueWarnedFor = request.number;
    m_numberStep->offerResume(
        tr("%1 already has a PIN on its way: %2 (request %3). Continue that verification here, "
           "or press Send PIN again for a new PIN (the first one then stops working).")
            .arg(displayNumber, LiveVerification::describe(*live), live->requestId));
    updateSendAvailability();
    return true;
}

void VerifyWizard::resumeRunning()
{
    m_numberStep->hideResumeOffer();
    if (m_colleague) {
        const Colleague colleague = *std::exchange(m_colleague, std::nullopt);
        m_colleagueWarnedFor.clear();
        ProfileConnection *connection = m_connections->connection(m_profile.id);
        if (!connection) {
            m_numberStep->showSendError(
                tr("The profile \"%1\" no longer exists.").arg(m_profile.name));
            return;
        }
        startPending(connection);
        if (!m_pending->follow(colleague.request, colleague.displayNumber, colleague.reference,
                               colleague.requestId)) {
            m_numberStep->showSendError(m_pending->session()->availability(Action::Resume).reason);
        }
        updateSendAvailability();
        return;
    }
    if (m_resumeListed) {
        // Followed here already: that one is shown, not a second copy of it.
        Verification *listed = std::exchange(m_resumeListed, nullptr);
        m_pending.reset();
        updateRunningCount();
        m_numberStep->clearMessages();
        updateSendAvailability();
        showVerification(listed);
        return;
    }
    if (!m_pending || !m_pending->resume()) {
        m_numberStep->showSendError(m_pending
                                        ? m_pending->session()->availability(Action::Resume).reason
                                        : tr("There is no running request to continue."));
    }
    updateSendAvailability();
}

void VerifyWizard::onPendingStateChanged()
{
    if (!m_pending)
        return;
    VerificationSession *session = m_pending->session();
    switch (session->state()) {
    case State::Idle:
        break;
    case State::Sending:
        m_numberStep->showSendError(session->statusMessage());
        break;
    case State::Error:
        m_numberStep->showSendError(session->statusMessage(),
                                    session->lastError() ? session->lastError()->exchangeId() : 0);
        break;
    case State::WaitingForCode:
    case State::Verified:
    case State::Failed:
    case State::Cancelled:
    case State::Expired: {
        Verification *running = m_pending.release();
        disconnect(session, &VerificationSession::stateChanged, this,
                   &VerifyWizard::onPendingStateChanged);
        // The agent may have gone on meanwhile (another verification, another number typed):
        // the answer then joins the list without taking the screen or the keyboard.
        const bool waitedForIt = currentStep() == Step::Number
            && m_numberStep->number().e164Digits() == session->number();
        if (waitedForIt)
            m_numberStep->clearNumber();
        else
            m_numberStep->clearMessages();
        adopt(running, waitedForIt);
        break;
    }
    }
    updateSendAvailability();
    updateRunningCount();
}

void VerifyWizard::updateSendAvailability()
{
    const bool sending = m_pending && m_pending->session()->state() == State::Sending;
    m_numberStep->setSendAvailable(!sending,
                                   sending ? tr("The request is on its way.") : QString());
    m_numberStep->setResumeAvailable(
        m_colleague || (m_pending && m_pending->session()->isAllowed(Action::Resume)));
}

bool VerifyWizard::allowedToSpend(const Profile &profile, const QString &what)
{
    if (!profile.production)
        return true;
    const bool confirmed = m_guard
        ? m_guard(profile, what)
        : Dialogs::confirm(this, tr("Production"), what, tr("Send"), QMessageBox::Warning);
    qCInfo(lcApp).noquote().nospace() << "production send on profile \"" << profile.name << "\" "
                                      << (confirmed ? "confirmed" : "declined") << " by the user";
    return confirmed;
}

// --- the verifications listed ----------------------------------------------------------------

void VerifyWizard::adopt(Verification *verification, bool show)
{
    Entry entry;
    entry.verification = verification;
    entry.showWhenReady = show;
    entry.item = new QTreeWidgetItem(m_ui->runningList);
    connect(verification, &Verification::changed, this, [this, verification] {
        if (const Entry *e = entryFor(verification))
            updateRow(*e);
    });
    connect(verification->session(), &VerificationSession::stateChanged, this,
            [this, verification] { onEntryStateChanged(verification); });
    m_entries.append(entry);
    m_ui->runningList->show();
    updateListHeight();
    onEntryStateChanged(verification);
    Q_EMIT verificationsChanged();
}

void VerifyWizard::onEntryStateChanged(Verification *verification)
{
    Entry *entry = entryFor(verification);
    if (!entry)
        return;
    const State state = verification->session()->state();
    const bool onScreen = currentVerification() == verification;
    const bool showNow = !entry->pin && !entry->result && entry->showWhenReady;
    if (VerificationSession::isFinal(state)) {
        if (entry->result)
            return;
        entry->result = new ResultStep(verification, this);
        connect(entry->result, &ResultStep::newRequested, this, [this, verification] {
            close(verification);
            newVerification();
        });
        connect(entry->result, &ResultStep::sameNumberRequested, this, [this, verification] {
            const QString number = verification->session()->number();
            // A payment confirmation's payee is not a brand: the form keeps its own.
            const QString brand = verification->payment() ? QString() : verification->brand();
            close(verification);
            prefill(number, brand);
        });
        m_ui->steps->addWidget(entry->result);
        if (onScreen || showNow) {
            showPage(entry->result);
            entry->result->focusNewButton();
        }
        if (entry->pin) {
            // Kept until the verification is closed: the step may be in the middle of its own
            // question (Leave…) when its verification ends.
            m_ui->steps->removeWidget(entry->pin);
            entry->pin->hide();
        }
    } else if (state == State::WaitingForCode && !entry->pin) {
        entry->pin = new PinStep(verification, this);
        // The profile as it is when asked: "Production" may have been ticked since the send.
        entry->pin->setCostlyActionGuard([this, verification](const QString &what) {
            return allowedToSpend(verification->currentProfile(), what);
        });
        connect(entry->pin, &PinStep::showExchangeRequested, this,
                &VerifyWizard::showExchangeRequested);
        connect(entry->pin, &PinStep::leaveRequested, this,
                [this, verification] { leave(verification); });
        m_ui->steps->addWidget(entry->pin);
        if (showNow) {
            showPage(entry->pin);
            entry->pin->focusPin();
        }
    }
    updateRow(*entryFor(verification));
    updateRunningCount();
}

void VerifyWizard::updateRow(const Entry &entry)
{
    const Verification *verification = entry.verification;
    const VerificationSession *session = verification->session();
    QTreeWidgetItem *item = entry.item;
    item->setText(NumberColumn, verification->displayNumber());
    item->setText(BrandColumn, verification->brand());
    item->setText(ProfileColumn, verification->profile().name);
    item->setText(StatusColumn, VerificationSession::stateLabel(session->state()));
    const int left =
        session->state() == State::WaitingForCode ? session->countdowns().untilPinExpires : -1;
    item->setText(TimeLeftColumn, left >= 0 ? tr("~%1").arg(TimeText::countdown(left)) : tr("–"));
    item->setData(TimeLeftColumn, Qt::AccessibleTextRole,
                  left >= 0 ? tr("about %n second(s)", nullptr, left) : tr("none"));
}

void VerifyWizard::updateListHeight()
{
    QTreeWidget *list = m_ui->runningList;
    const int rows = std::clamp(int(m_entries.size()), 1, kVisibleRows);
    const int rowHeight = std::max(list->sizeHintForRow(0), list->fontMetrics().height() + 4);
    list->setFixedHeight(list->header()->sizeHint().height() + rows * rowHeight
                         + 2 * list->frameWidth() + 2);
}

void VerifyWizard::showPage(QWidget *page)
{
    m_ui->steps->setCurrentWidget(page);
    const Verification *current = currentVerification();
    {
        const QSignalBlocker blocker(m_ui->runningList);
        const Entry *entry = entryFor(current);
        m_ui->runningList->setCurrentItem(entry ? entry->item : nullptr);
        if (!entry)
            m_ui->runningList->clearSelection();
    }
    updateStepLabel();
    // On step 1 the button would start what is already on screen.
    m_ui->newVerificationButton->setEnabled(currentStep() != Step::Number);
    Q_EMIT currentVerificationChanged();
}

void VerifyWizard::updateStepLabel()
{
    switch (currentStep()) {
    case Step::Number:
        m_ui->stepLabel->setText(m_numberStep->isPaymentConfirmation()
                                     ? tr("Step 1 of 3: number, payee and amount")
                                     : tr("Step 1 of 3: number and brand"));
        break;
    case Step::Pin:
        m_ui->stepLabel->setText(tr("Step 2 of 3: the PIN the customer reads out"));
        break;
    case Step::Result:
        m_ui->stepLabel->setText(tr("Step 3 of 3: the result"));
        break;
    }
}

void VerifyWizard::leave(Verification *verification)
{
    if (verification->maySucceed()) {
        if (!Dialogs::confirm(this, tr("Leave the verification"),
                              tr("The verification of %1 may still succeed. Leave it? It stays "
                                 "in the History as in progress, where its status can be "
                                 "refreshed; the PIN cannot be checked here any more.")
                                  .arg(verification->description()),
                              tr("&Leave")))
            return;
        // It may have ended while the question was open: its result is shown, not thrown away.
        if (!verification->maySucceed()) {
            showVerification(verification);
            return;
        }
    }
    close(verification);
    newVerification();
}

void VerifyWizard::close(Verification *verification)
{
    const auto found =
        std::find_if(m_entries.begin(), m_entries.end(), [verification](const Entry &entry) {
            return entry.verification == verification;
        });
    if (found == m_entries.end())
        return;
    const Entry entry = *found;
    m_entries.erase(found);
    if (m_ui->steps->currentWidget() == entry.pin || m_ui->steps->currentWidget() == entry.result)
        m_ui->steps->setCurrentWidget(m_numberStep);
    // A page may be closing from its own button's click: it goes once that has returned.
    for (QWidget *page :
         {static_cast<QWidget *>(entry.pin), static_cast<QWidget *>(entry.result)}) {
        if (!page)
            continue;
        m_ui->steps->removeWidget(page);
        page->hide();
        page->deleteLater();
    }
    {
        // The list would move its current row to a neighbour, and show that one.
        const QSignalBlocker blocker(m_ui->runningList);
        delete entry.item;
    }
    delete entry.verification.data();
    m_ui->runningList->setVisible(!m_entries.isEmpty());
    updateListHeight();
    Q_EMIT verificationsChanged();
    updateRunningCount();
}

void VerifyWizard::closeFinishedOnScreen()
{
    Verification *current = currentVerification();
    if (current && VerificationSession::isFinal(current->session()->state()))
        close(current);
}

VerifyWizard::Entry *VerifyWizard::entryFor(const Verification *verification)
{
    for (Entry &entry : m_entries) {
        if (verification && entry.verification == verification)
            return &entry;
    }
    return nullptr;
}

const VerifyWizard::Entry *VerifyWizard::entryFor(const Verification *verification) const
{
    for (const Entry &entry : m_entries) {
        if (verification && entry.verification == verification)
            return &entry;
    }
    return nullptr;
}
