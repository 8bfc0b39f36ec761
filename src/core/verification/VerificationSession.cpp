#include "VerificationSession.h"

#include "EnumKeys.h"
#include "Logging.h"
#include "SessionClock.h"
#include "WallClock.h"
#include "api/ApiJob.h"
#include "api/SpecLimits.h"
#include "api/VerifyClient.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using State = VerificationSession::State;

constexpr EnumKey<State> kStateKeys[] = {
    {State::Idle, "idle", QT_TRANSLATE_NOOP("VerificationSession", "Not started")},
    {State::Sending, "sending", QT_TRANSLATE_NOOP("VerificationSession", "Sending the PIN")},
    {State::WaitingForCode, "waiting",
     QT_TRANSLATE_NOOP("VerificationSession", "Waiting for the code")},
    {State::Verified, "verified", QT_TRANSLATE_NOOP("VerificationSession", "Verified")},
    {State::Failed, "failed",
     QT_TRANSLATE_NOOP("VerificationSession", "Failed: too many wrong codes")},
    {State::Cancelled, "cancelled", QT_TRANSLATE_NOOP("VerificationSession", "Cancelled")},
    {State::Expired, "expired", QT_TRANSLATE_NOOP("VerificationSession", "Expired")},
    {State::Error, "error", QT_TRANSLATE_NOOP("VerificationSession", "Not started: an error")},
};

// Whole seconds until `ms`, rounded up, never below zero.
int secondsUntil(qint64 ms)
{
    return ms <= 0 ? 0 : static_cast<int>((ms + 999) / 1000);
}

// Whether a request that failed this way may still have reached Verify and sent a message.
// Refusals before Verify (credentials, token, TLS, the gateway's 4xx) and Verify's own business
// errors sent nothing; a lost connection, a timeout, a server error or a damaged answer may have.
bool mayHaveBeenSent(const ApiError &error)
{
    // Not a switch: kinds the client adds later (refusals before any call) count as not sent.
    using Kind = ApiError::Kind;
    const Kind kind = error.kind();
    if (kind == Kind::Network || kind == Kind::Timeout || kind == Kind::MalformedAnswer
        || kind == Kind::Aborted) {
        return true;
    }
    if (kind == Kind::Http || kind == Kind::GatewayFault)
        return error.httpStatus() == 0 || error.httpStatus() >= 500;
    return false;
}

VerifyStatus::Code businessStatus(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Business ? error.verifyStatus().code()
                                                    : VerifyStatus::Code::Unknown;
}

ApiError notFound(const QString &errorText, const QString &requestId)
{
    return ApiError::business(VerifyStatus(VerifyStatus::Code::NoResponseFound), errorText,
                              requestId);
}

} // namespace

VerificationSession::VerificationSession(VerifyClient *client, SessionClock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock ? clock : new WallClock(this))
{
    connect(m_clock, &SessionClock::ticked, this, &VerificationSession::onTick);
}

VerificationSession::~VerificationSession()
{
    // Answers to calls still under way must not reach a half-destroyed session.
    ++m_epoch;
}

void VerificationSession::setRefreshInterval(int seconds)
{
    m_refreshSeconds = std::max(kMinRefreshGapMs / 1000, seconds);
}

qint64 VerificationSession::now() const
{
    return m_clock->nowMs();
}

QString VerificationSession::number() const
{
    if (!m_lastSearch.number.isEmpty())
        return m_lastSearch.number;
    return m_request.sentNumber();
}

int VerificationSession::codeLength() const
{
    return m_haveRequest ? m_request.codeLength.value_or(SpecLimits::kShortCodeLength) : 0;
}

int VerificationSession::attemptsLeft() const
{
    return std::max(0, kAttemptsPerPin - m_wrongForPin);
}

// --- what is allowed ------------------------------------------------------------------------

VerificationSession::Availability VerificationSession::availability(Action action) const
{
    switch (action) {
    case Action::Send:
        return sendAvailability();
    case Action::Check:
    case Action::Cancel:
    case Action::NextEvent:
        return runningAvailability(action);
    case Action::Refresh:
        return refreshAvailability();
    case Action::Resume:
        if (isBusy() || m_state == State::Sending)
            return {false, waitReason()};
        if (m_state == State::WaitingForCode)
            return {false, tr("This session already follows request %1").arg(m_requestId)};
        return {true, {}};
    }
    return {false, {}};
}

QString VerificationSession::waitReason()
{
    return tr("Waiting for the server's answer to the previous call");
}

QString VerificationSession::notRunningReason() const
{
    switch (m_state) {
    case State::Idle:
        return tr("No request has been sent yet");
    case State::Sending:
        return waitReason();
    case State::Error:
        return tr("No verification is running");
    default:
        return tr("This verification has ended: %1").arg(stateLabel(m_state));
    }
}

VerificationSession::Availability VerificationSession::sendAvailability() const
{
    if (isBusy() || m_state == State::Sending)
        return {false, waitReason()};
    if (m_state == State::WaitingForCode) {
        return {false,
                tr("A verification is already running: check its code, cancel it or "
                   "wait until it ends")};
    }
    if (m_state == State::Error && m_sendProblem == SendProblem::Unknown) {
        return {true,
                tr("It is unknown whether the first request went out. If it did, sending "
                   "again sends no second message: the API answers with the running request, "
                   "which you can then continue.")};
    }
    if (m_state == State::Error && m_sendProblem == SendProblem::Concurrent) {
        return {true,
                tr("A request for this number is still running: continue it, or send again "
                   "once it has ended.")};
    }
    return {true, {}};
}

// Check, cancel and next event: only while the request runs and no other call is under way.
VerificationSession::Availability VerificationSession::runningAvailability(Action action) const
{
    if (isBusy())
        return {false, waitReason()};
    if (m_state != State::WaitingForCode)
        return {false, notRunningReason()};
    if (action == Action::Check && attemptsLeft() == 0)
        return {false, tr("No attempts left for this PIN")};
    if (action == Action::Cancel && eventsSent() >= 2)
        return {false, tr("Cancel is no longer possible: the second message has gone out")};
    if (action == Action::Cancel && now() - m_requestedAtMs < qint64(kCancelAfterSeconds) * 1000)
        return {false, tr("Cancel is possible from 30 s after the request")};
    if (action == Action::NextEvent && eventsSent() >= m_workflow.eventCount())
        return {false, tr("No more events left")};
    return {true, {}};
}

VerificationSession::Availability VerificationSession::refreshAvailability() const
{
    if (m_requestId.isEmpty()) {
        if (m_state == State::Sending)
            return {false, waitReason()};
        if (m_state == State::Error && m_sendProblem == SendProblem::Unknown) {
            return {false,
                    tr("No request id is known to search for: continue the request by "
                       "its id, or send again")};
        }
        return {false, tr("Nothing to refresh: no request has been sent yet")};
    }
    if (isBusy() && m_state != State::WaitingForCode && !isFinal(m_state))
        return {false, waitReason()};
    return {true, {}};
}

QString VerificationSession::validateCode(const QString &code) const
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the code the customer reads out");
    const bool digitsOnly = std::all_of(trimmed.cbegin(), trimmed.cend(),
                                        [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digitsOnly)
        return tr("The code has digits only");
    const int length = codeLength();
    if (length != 0 && trimmed.size() != length)
        return tr("The code has %1 digits").arg(length);
    if (length == 0 && trimmed.size() != SpecLimits::kShortCodeLength
        && trimmed.size() != SpecLimits::kLongCodeLength)
        return tr("The code has %1 or %2 digits")
            .arg(SpecLimits::kShortCodeLength)
            .arg(SpecLimits::kLongCodeLength);
    return {};
}

// --- actions --------------------------------------------------------------------------------

bool VerificationSession::send(const VerifyRequest &request)
{
    return start(request, [this, request](auto done) {
        return m_client->request(request, this, std::move(done));
    });
}

bool VerificationSession::send(const Psd2Request &request)
{
    return start(request, [this, request](auto done) {
        return m_client->requestPsd2(request, this, std::move(done));
    });
}

bool VerificationSession::start(const PinRequest &request, const RequestCall &call)
{
    if (!isAllowed(Action::Send))
        return false;
    clearRequest();
    m_request = request;
    m_haveRequest = true;
    m_workflow =
        Workflow::fromRequest(request.workflowId, request.pinExpiry, request.nextEventWait);
    setState(State::Sending);

    const quint64 epoch = m_epoch;
    ApiJob *job = call([this, epoch](const Outcome<RequestResult> &outcome) {
        if (epoch != m_epoch)
            return;
        setActionJob(nullptr);
        if (!outcome) {
            const ApiError &error = outcome.error();
            m_sendProblem = mayHaveBeenSent(error) ? SendProblem::Unknown : SendProblem::NotSent;
            fail(u"request"_s, error);
            setState(State::Error);
            return;
        }
        const RequestResult &result = outcome.value();
        if (result.alreadyInProgress()) {
            m_liveRequestId = result.requestId;
            m_sendProblem = SendProblem::Concurrent;
            fail(u"request"_s,
                 ApiError::business(result.status, result.errorText, result.requestId));
            setState(State::Error);
            Q_EMIT resumeOffered(m_liveRequestId);
            return;
        }
        enterWaiting(result.requestId, now());
        addEvent({m_workflow.channels().value(0),
                  m_requestedAtMs,
                  TimelineEvent::Source::Estimated,
                  {},
                  true});
        Q_EMIT timelineChanged();
        record(newRecord(SessionRecord::Kind::Requested));
        startSearch(false);
    });
    setActionJob(job);
    return true;
}

bool VerificationSession::check(const QString &code)
{
    if (!isAllowed(Action::Check) || !validateCode(code).isEmpty())
        return false;
    ++m_generation;
    const quint64 epoch = m_epoch;
    ApiJob *job = m_client->check(
        m_requestId, code.trimmed(), this, [this, epoch](const Outcome<CheckResult> &outcome) {
            if (epoch != m_epoch)
                return;
            setActionJob(nullptr);
            if (outcome) {
                const CheckResult &result = outcome.value();
                m_price = result.price;
                m_currency = result.currency;
                m_estimatedMessagesPrice = result.estimatedPriceMessagesSent;
                m_durationMs = now() - m_requestedAtMs;
                SessionRecord entry = newRecord(SessionRecord::Kind::Check);
                entry.detail = VerifyStatus::checkStatusName(VerifyStatus::CheckStatus::Valid);
                entry.attemptsLeft = attemptsLeft();
                record(entry);
                Q_EMIT codeChecked(true, attemptsLeft());
                finish(State::Verified);
                return;
            }
            const ApiError &error = outcome.error();
            if (error.kind() == ApiError::Kind::Aborted)
                return;
            const VerifyStatus::Code status = businessStatus(error);
            if (status == VerifyStatus::Code::WrongCode) {
                setWrongAttempts(m_wrongForPin + 1);
                SessionRecord entry = newRecord(SessionRecord::Kind::Check);
                entry.detail = VerifyStatus::checkStatusName(VerifyStatus::CheckStatus::Invalid);
                entry.attemptsLeft = attemptsLeft();
                record(entry);
                Q_EMIT codeChecked(false, attemptsLeft());
                // The third wrong code for a PIN ends the request (FAILED), as documented.
                if (attemptsLeft() == 0)
                    finish(State::Failed);
                else
                    startSearch(false);
                return;
            }
            if (status == VerifyStatus::Code::Unprocessable)
                m_endSeenMs = now();
            fail(u"check"_s, error);
            if (status == VerifyStatus::Code::TooManyWrongCodes) {
                setWrongAttempts(kAttemptsPerPin);
                finish(State::Failed);
                return;
            }
            // Unprocessable (expired, cancelled or verified already) or a failed call: search says
            // which, and whether a code that may have arrived was counted.
            startSearch(false);
        });
    setActionJob(job);
    return true;
}

bool VerificationSession::cancel()
{
    if (!isAllowed(Action::Cancel))
        return false;
    control(true);
    return true;
}

bool VerificationSession::triggerNextEvent()
{
    if (!isAllowed(Action::NextEvent))
        return false;
    control(false);
    return true;
}

void VerificationSession::control(bool cancel)
{
    ++m_generation;
    const quint64 epoch = m_epoch;
    const VerifyClient::Command command =
        cancel ? VerifyClient::Command::Cancel : VerifyClient::Command::TriggerNextEvent;
    const QString name = VerifyClient::commandName(command);
    ApiJob *job = m_client->control(
        m_requestId, command, this,
        [this, epoch, cancel, name](const Outcome<ControlResult> &outcome) {
            if (epoch != m_epoch)
                return;
            setActionJob(nullptr);
            if (outcome) {
                if (!cancel) {
                    const int index = eventsSent();
                    addEvent({m_workflow.channels().value(index, Workflow::Channel::Tts),
                              now(),
                              TimelineEvent::Source::Triggered,
                              {},
                              false});
                    Q_EMIT timelineChanged();
                    Q_EMIT countdownsChanged();
                }
                SessionRecord entry = newRecord(SessionRecord::Kind::Control);
                entry.detail = name;
                entry.eventsSent = eventsSent();
                record(entry);
                if (cancel)
                    finish(State::Cancelled);
                else
                    startSearch(false);
                return;
            }
            if (outcome.error().kind() == ApiError::Kind::Aborted)
                return;
            if (businessStatus(outcome.error()) == VerifyStatus::Code::Unprocessable)
                m_endSeenMs = now();
            fail(u"control:%1"_s.arg(name), outcome.error());
            // 19 (too early, too late, nothing left), 6 (no longer running) or a failed call:
            // search tells what happened to the request.
            startSearch(false);
        });
    setActionJob(job);
}

bool VerificationSession::refresh()
{
    if (!isAllowed(Action::Refresh))
        return false;
    startSearch(true);
    return true;
}

bool VerificationSession::resume(const QString &requestId, const std::optional<PinRequest> &request)
{
    if (!isAllowed(Action::Resume))
        return false;
    const QString id = requestId.trimmed().isEmpty() ? m_liveRequestId : requestId.trimmed();
    if (id.isEmpty())
        return false;
    const SendProblem problemBefore = m_sendProblem;
    const QString liveBefore = m_liveRequestId;
    const PinRequest assumed = request.value_or(m_request);
    const bool haveRequest = request.has_value() || m_haveRequest;
    clearRequest();
    m_request = assumed;
    m_haveRequest = haveRequest;
    m_workflow =
        Workflow::fromRequest(assumed.workflowId, assumed.pinExpiry, assumed.nextEventWait);

    const quint64 epoch = m_epoch;
    ApiJob *job = m_client->search(
        id, this,
        [this, epoch, id, problemBefore, liveBefore](const Outcome<SearchResult> &outcome) {
            if (epoch != m_epoch)
                return;
            setActionJob(nullptr);
            const bool unknown = outcome
                ? !outcome.value().isKnown()
                : businessStatus(outcome.error()) == VerifyStatus::Code::NoResponseFound;
            if (unknown) {
                m_requestId.clear();
                m_sendProblem = SendProblem::NotFound;
                fail(u"search"_s,
                     outcome ? notFound(outcome.value().errorText, id) : outcome.error());
                setState(State::Error);
                return;
            }
            if (!outcome) {
                if (outcome.error().kind() == ApiError::Kind::Aborted)
                    return;
                // Back where the user was, so that they can try again.
                m_sendProblem = problemBefore;
                m_liveRequestId = liveBefore;
                fail(u"search"_s, outcome.error());
                Q_EMIT availabilityChanged();
                return;
            }
            const SearchResult &result = outcome.value();
            m_serverSubmitted = result.dateSubmitted;
            const qint64 submitted =
                result.dateSubmitted.isValid() ? result.dateSubmitted.toMSecsSinceEpoch() : now();
            enterWaiting(id, submitted);
            m_lastSearchStartMs = now();
            SessionRecord entry = newRecord(SessionRecord::Kind::Resumed);
            entry.number = result.number;
            entry.eventsSent = static_cast<int>(result.events.size());
            record(entry);
            onSearchResult(result, false, m_generation, false);
        });
    setActionJob(job);
    return true;
}

void VerificationSession::reset()
{
    clearRequest();
    m_request = {};
    m_haveRequest = false;
    m_workflow = Workflow();
    m_records.clear();
    setState(State::Idle);
    Q_EMIT timelineChanged();
    Q_EMIT countdownsChanged();
}

void VerificationSession::clearRequest()
{
    ++m_epoch;
    ++m_generation;
    // Abandoned calls end at once; their callbacks see the new epoch and do nothing.
    if (ApiJob *job = m_actionJob)
        job->abort();
    if (ApiJob *job = m_searchJob)
        job->abort();
    m_searchJob = nullptr;
    m_searchPending = false;
    m_pendingByHand = false;
    setActionJob(nullptr);
    m_sendProblem = SendProblem::None;
    m_requestId.clear();
    m_liveRequestId.clear();
    m_requestedAtMs = 0;
    m_serverSubmitted = {};
    m_pinIssuedAtMs = 0;
    m_endSeenMs = 0;
    m_searchAgainAtMs = 0;
    setWrongAttempts(0);
    m_events.clear();
    m_lastSearch = {};
    m_lastError.reset();
    m_price.clear();
    m_currency.clear();
    m_estimatedMessagesPrice.clear();
    m_durationMs = -1;
}

// --- state ----------------------------------------------------------------------------------

void VerificationSession::enterWaiting(const QString &requestId, qint64 requestedAtMs)
{
    m_requestId = requestId;
    m_liveRequestId.clear();
    m_sendProblem = SendProblem::None;
    m_lastError.reset();
    m_requestedAtMs = requestedAtMs;
    m_pinIssuedAtMs = requestedAtMs;
    setWrongAttempts(0);
    m_events.clear();
    setState(State::WaitingForCode);
}

void VerificationSession::finish(State state)
{
    if (isFinal(m_state))
        return;
    if (m_durationMs < 0 && m_requestedAtMs > 0)
        m_durationMs = now() - m_requestedAtMs;
    SessionRecord entry = newRecord(SessionRecord::Kind::Outcome);
    entry.detail = stateName(state);
    entry.eventsSent = eventsSent();
    entry.durationMs = m_durationMs;
    if (state == State::Verified) {
        entry.price = m_price;
        entry.currency = m_currency;
        entry.estimatedPriceMessagesSent = m_estimatedMessagesPrice;
    }
    setState(state);
    record(entry);
    Q_EMIT countdownsChanged();
    Q_EMIT timelineChanged();
}

void VerificationSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcVerification) << "verification" << m_requestId << "is now" << stateName(state);
    Q_EMIT stateChanged(state);
    Q_EMIT availabilityChanged();
}

void VerificationSession::setActionJob(ApiJob *job)
{
    const bool before = isBusy();
    m_actionJob = job && !job->isFinished() ? job : nullptr;
    if (before != isBusy()) {
        Q_EMIT busyChanged(isBusy());
        Q_EMIT availabilityChanged();
    }
}

void VerificationSession::setWrongAttempts(int wrong)
{
    const int clamped = std::clamp(wrong, 0, kAttemptsPerPin);
    if (clamped == m_wrongForPin)
        return;
    m_wrongForPin = clamped;
    Q_EMIT attemptsLeftChanged(attemptsLeft());
    Q_EMIT availabilityChanged();
}

void VerificationSession::fail(const QString &call, const ApiError &error)
{
    m_lastError = error;
    qCInfo(lcVerification) << call << "failed:" << ApiError::kindName(error.kind())
                           << error.businessStatus();
    SessionRecord entry = newRecord(SessionRecord::Kind::Error);
    entry.detail = call;
    entry.verifyStatus = error.verifyStatus();
    entry.errorKind = ApiError::kindName(error.kind());
    entry.message = error.message();
    if (entry.requestId.isEmpty())
        entry.requestId = error.requestId();
    record(entry);
    Q_EMIT errorOccurred(error);
}

qint64 VerificationSession::skippedMs() const
{
    return m_clock->skippedMs();
}

qint64 VerificationSession::realMsAt(qint64 clockMs) const
{
    return m_clock->realMsAt(clockMs);
}

SessionRecord VerificationSession::newRecord(SessionRecord::Kind kind) const
{
    SessionRecord entry;
    entry.kind = kind;
    // Real time: a sandbox's skipped time moves its countdowns, not the history's order.
    entry.atMs = now() - m_clock->skippedMs();
    entry.requestId = m_requestId;
    entry.number = number();
    entry.workflowId = m_workflow.id();
    return entry;
}

void VerificationSession::record(SessionRecord entry)
{
    m_records.append(entry);
    Q_EMIT recorded(entry);
}

// --- refreshing through search ----------------------------------------------------------------

void VerificationSession::onTick()
{
    if (m_state != State::WaitingForCode)
        return;
    Q_EMIT countdownsChanged();
    Q_EMIT availabilityChanged(); // the cancel window opens with time
    if (isBusy() || isRefreshing())
        return;
    const qint64 t = now();
    const qint64 sinceLast = t - m_lastSearchStartMs;
    bool due = sinceLast >= qint64(m_refreshSeconds) * 1000;
    // A predicted message or the predicted end has passed since the last search: look now.
    const std::optional<qint64> again =
        m_searchAgainAtMs > 0 ? std::optional(m_searchAgainAtMs) : std::nullopt;
    for (const std::optional<qint64> &moment : {nextEventDueMs(), requestExpiresMs(), again}) {
        if (moment && *moment <= t && m_lastSearchStartMs < *moment)
            due = true;
    }
    if (due && sinceLast >= kMinRefreshGapMs)
        startSearch(false);
}

void VerificationSession::startSearch(bool byHand)
{
    if (m_requestId.isEmpty())
        return;
    if (m_searchJob) {
        m_searchPending = true;
        m_pendingByHand = m_pendingByHand || byHand;
        return;
    }
    m_lastSearchStartMs = now();
    const quint64 epoch = m_epoch;
    const quint64 generation = m_generation;
    ApiJob *job = m_client->search(
        m_requestId, this, [this, epoch, generation, byHand](const Outcome<SearchResult> &outcome) {
            if (epoch != m_epoch)
                return;
            m_searchJob = nullptr;
            if (outcome) {
                onSearchResult(outcome.value(), byHand, generation);
            } else if (outcome.error().kind() != ApiError::Kind::Aborted) {
                fail(u"search"_s, outcome.error());
            }
            if (m_searchPending && !isFinal(m_state)) {
                const bool pendingByHand = m_pendingByHand;
                m_searchPending = false;
                m_pendingByHand = false;
                startSearch(pendingByHand);
            }
        });
    m_searchJob = job && !job->isFinished() ? job : nullptr;
}

void VerificationSession::onSearchResult(const SearchResult &result, bool byHand,
                                         quint64 generation, bool recordNews)
{
    if (generation != m_generation) {
        // A check or control went out while this search was under way: its answer may predate
        // it. Look again once the action's own search comes.
        m_searchPending = true;
        m_pendingByHand = m_pendingByHand || byHand;
        return;
    }
    if (!result.isKnown()) {
        onUnknownInSearch(result);
        return;
    }
    const State stateBefore = m_state;
    const int eventsBefore = eventsSent();
    const QString statusBefore = m_lastSearch.statusText;
    m_lastSearch = result;
    if (!m_serverSubmitted.isValid())
        m_serverSubmitted = result.dateSubmitted;
    applyEvents(result);
    applyChecks(result);

    const bool ends = !isFinal(stateBefore) && result.isFinal();
    const bool news = eventsSent() != eventsBefore || ends
        || (!statusBefore.isEmpty() && result.statusText != statusBefore);
    if ((news && recordNews) || byHand) {
        SessionRecord entry = newRecord(SessionRecord::Kind::Refresh);
        entry.detail = result.statusText;
        entry.eventsSent = eventsSent();
        record(entry);
    }
    if (!isFinal(m_state)) {
        switch (result.status) {
        case SearchResult::Status::Success:
            m_price = result.price;
            m_currency = result.currency;
            m_estimatedMessagesPrice = result.estimatedPriceMessagesSent;
            if (result.dateFinalized.isValid() && result.dateSubmitted.isValid())
                m_durationMs = result.dateSubmitted.msecsTo(result.dateFinalized);
            finish(State::Verified);
            break;
        case SearchResult::Status::Failed:
            finish(State::Failed);
            break;
        case SearchResult::Status::Expired:
            finish(State::Expired);
            break;
        case SearchResult::Status::Cancelled:
            finish(State::Cancelled);
            break;
        default:
            break;
        }
    }

    if (eventsSent() != eventsBefore)
        Q_EMIT timelineChanged();
    Q_EMIT countdownsChanged();
    Q_EMIT availabilityChanged();
}

void VerificationSession::onUnknownInSearch(const SearchResult &result)
{
    const std::optional<qint64> end = knownEndMs();
    const qint64 again = end ? *end + qint64(kSearchAfterEndSeconds) * 1000 : 0;
    if (end && now() < again) {
        // The vendor's search has nothing for a minute after completion: not an unknown id.
        m_searchAgainAtMs = again;
        fail(u"search"_s,
             ApiError(ApiError::Kind::Business,
                      tr("The request has just ended: its result is not available "
                         "yet. Try again in a minute.")));
        return;
    }
    fail(u"search"_s, notFound(result.errorText, result.requestId));
}

qint64 VerificationSession::toSessionTime(const QDateTime &serverDate) const
{
    if (m_serverSubmitted.isValid())
        return m_requestedAtMs + m_serverSubmitted.msecsTo(serverDate);
    return serverDate.toMSecsSinceEpoch();
}

void VerificationSession::applyEvents(const SearchResult &result)
{
    const int known = eventsSent();
    const int reported = static_cast<int>(result.events.size());
    for (int i = 0; i < std::min(known, reported); ++i) {
        KnownEvent &event = m_events[i];
        event.id = result.events.at(i).id;
        if (const auto channel = Workflow::channelFromName(result.events.at(i).type))
            event.channel = *channel;
    }
    const qint64 t = now();
    const qint64 lastReported =
        result.lastEventDate.isValid() ? std::min(t, toSessionTime(result.lastEventDate)) : t;
    for (int i = known; i < reported; ++i) {
        const SearchResult::Event &reportedEvent = result.events.at(i);
        KnownEvent event;
        event.id = reportedEvent.id;
        event.channel = Workflow::channelFromName(reportedEvent.type)
                            .value_or(m_workflow.channels().value(i, Workflow::Channel::Sms));
        if (i == 0 && result.firstEventDate.isValid()) {
            event.atMs = toSessionTime(result.firstEventDate);
            event.source = TimelineEvent::Source::Reported;
        } else if (i == reported - 1 && result.lastEventDate.isValid()) {
            event.atMs = lastReported;
            event.source = TimelineEvent::Source::Reported;
        } else {
            const qint64 previous = i == 0 ? m_requestedAtMs : m_events.at(i - 1).atMs;
            const int wait = i == 0 ? 0 : m_workflow.waits().value(i - 1, 0);
            event.atMs = std::min(previous + qint64(wait) * 1000, lastReported);
            event.source = TimelineEvent::Source::Estimated;
        }
        if (!m_events.isEmpty())
            event.atMs = std::max(event.atMs, m_events.constLast().atMs);
        addEvent(event);
    }
}

void VerificationSession::addEvent(KnownEvent event)
{
    // As Verify does: a message after the PIN has expired carries a new PIN, and the wrong-code
    // counter starts again.
    const qint64 pinExpiresAt = m_pinIssuedAtMs + qint64(m_workflow.pinExpirySeconds()) * 1000;
    if (m_events.isEmpty()) {
        event.newPin = true;
        m_pinIssuedAtMs = event.atMs;
    } else if (event.atMs >= pinExpiresAt) {
        event.newPin = true;
        m_pinIssuedAtMs = event.atMs;
        setWrongAttempts(0);
    } else {
        event.newPin = false;
    }
    m_events.append(event);
}

void VerificationSession::applyChecks(const SearchResult &result)
{
    if (!m_serverSubmitted.isValid() || m_state != State::WaitingForCode)
        return;
    // The server's own list is the truth on wrong codes for the current PIN; compared in whole
    // seconds since the request, as search dates them.
    const qint64 pinSecond = (m_pinIssuedAtMs - m_requestedAtMs) / 1000;
    int wrong = 0;
    for (const SearchResult::Check &check : result.checks) {
        if (!check.valid() && m_serverSubmitted.secsTo(check.date) >= pinSecond)
            ++wrong;
    }
    setWrongAttempts(wrong);
}

std::optional<qint64> VerificationSession::nextEventDueMs() const
{
    const int sent = eventsSent();
    if (sent == 0 || sent >= m_workflow.eventCount())
        return std::nullopt;
    return m_events.constLast().atMs + qint64(m_workflow.waits().value(sent - 1)) * 1000;
}

std::optional<qint64> VerificationSession::requestExpiresMs() const
{
    const int sent = eventsSent();
    if (sent == 0)
        return std::nullopt;
    return m_workflow.endMs(sent - 1, m_events.constLast().atMs, m_pinIssuedAtMs);
}

std::optional<qint64> VerificationSession::knownEndMs() const
{
    if (m_endSeenMs > 0)
        return m_endSeenMs;
    const std::optional<qint64> end = requestExpiresMs();
    if (end && *end <= now())
        return end;
    return std::nullopt;
}

// --- countdowns and timeline ----------------------------------------------------------------

VerificationSession::Countdowns VerificationSession::countdowns() const
{
    Countdowns result;
    if (m_state != State::WaitingForCode)
        return result;
    const qint64 t = now();
    if (eventsSent() < 2)
        result.untilCancelAllowed =
            secondsUntil(m_requestedAtMs + qint64(kCancelAfterSeconds) * 1000 - t);
    result.untilPinExpires =
        secondsUntil(m_pinIssuedAtMs + qint64(m_workflow.pinExpirySeconds()) * 1000 - t);
    if (const auto next = nextEventDueMs())
        result.untilNextEvent = secondsUntil(*next - t);
    if (const auto end = requestExpiresMs())
        result.untilRequestExpires = secondsUntil(*end - t);
    return result;
}

QList<TimelineEvent> VerificationSession::timeline() const
{
    QList<TimelineEvent> events;
    for (int i = 0; i < m_events.size(); ++i) {
        const KnownEvent &known = m_events.at(i);
        events.append({i, known.channel, known.atMs, known.source, known.id, known.newPin});
    }
    if (m_state == State::WaitingForCode) {
        if (const auto next = nextEventDueMs()) {
            const int index = eventsSent();
            const bool newPin =
                *next >= m_pinIssuedAtMs + qint64(m_workflow.pinExpirySeconds()) * 1000;
            events.append({index,
                           m_workflow.channels().value(index),
                           *next,
                           TimelineEvent::Source::Predicted,
                           {},
                           newPin});
        }
    }
    return events;
}

QList<TimelineEvent> VerificationSession::plannedTimeline() const
{
    QList<TimelineEvent> events = timeline();
    if (events.isEmpty() || events.constLast().isSent())
        return events;
    // As addEvent() does: a message after the PIN in force has expired carries a new one.
    const qint64 pinLifeMs = qint64(m_workflow.pinExpirySeconds()) * 1000;
    qint64 pinIssuedMs = events.constLast().newPin ? events.constLast().atMs : m_pinIssuedAtMs;
    for (int index = events.constLast().index + 1; index < m_workflow.eventCount(); ++index) {
        const qint64 at =
            events.constLast().atMs + qint64(m_workflow.waits().value(index - 1)) * 1000;
        const bool newPin = at >= pinIssuedMs + pinLifeMs;
        if (newPin)
            pinIssuedMs = at;
        events.append({index,
                       m_workflow.channels().value(index),
                       at,
                       TimelineEvent::Source::Predicted,
                       {},
                       newPin});
    }
    return events;
}

// --- texts ----------------------------------------------------------------------------------

bool VerificationSession::isFinal(State state)
{
    return state == State::Verified || state == State::Failed || state == State::Cancelled
        || state == State::Expired;
}

QString VerificationSession::stateName(State state)
{
    return keyOf(kStateKeys, state);
}

std::optional<VerificationSession::State> VerificationSession::stateFromName(QStringView name)
{
    return enumOf(kStateKeys, name);
}

QString VerificationSession::stateLabel(State state)
{
    return nameOf("VerificationSession", kStateKeys, state);
}

QString VerificationSession::statusMessage() const
{
    switch (m_state) {
    case State::Idle:
        return tr("Enter the number and send a PIN.");
    case State::Sending:
        return tr("Sending the PIN…");
    case State::WaitingForCode:
        return tr("Waiting for the code the customer reads out: %1 of %2 attempts left for this "
                  "PIN.")
            .arg(attemptsLeft())
            .arg(kAttemptsPerPin);
    case State::Verified:
        return tr("Verified: the code was correct.");
    case State::Failed:
        return tr("Failed: a wrong code was entered three times for the same PIN. Send a new "
                  "request to try again.");
    case State::Cancelled:
        return tr("Cancelled: the customer's code no longer works.");
    case State::Expired:
        return tr("Expired: no correct code arrived in time. Send a new request to try again.");
    case State::Error:
        break;
    }
    const QString message = m_lastError ? m_lastError->message() : QString();
    switch (m_sendProblem) {
    case SendProblem::Unknown:
        return tr("It is unknown whether the request was sent (%1). Continue it by its request id "
                  "if you know it; sending again sends no second message while the first one "
                  "runs.")
            .arg(message);
    case SendProblem::Concurrent:
        return tr("A verification for this number is already running (request %1). Continue it, "
                  "or wait until it ends.")
            .arg(m_liveRequestId);
    case SendProblem::NotFound:
        return tr("No request with that id is known: check the id, or send a new request.");
    case SendProblem::NotSent:
    case SendProblem::None:
        break;
    }
    return tr("The request was not sent: %1").arg(message);
}
