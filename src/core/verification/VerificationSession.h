#pragma once

#include "SessionRecord.h"
#include "TimelineEvent.h"
#include "Workflow.h"
#include "api/ApiError.h"
#include "api/Outcome.h"
#include "api/Psd2Request.h"
#include "api/RequestResult.h"
#include "api/SearchResult.h"
#include "api/VerifyRequest.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class ApiJob;
class SessionClock;
class VerifyClient;

// The state machine of one verification: send, wait for the code, check it, cancel or move on to
// the next message, until it is verified, failed, cancelled or expired. It says which action is
// allowed when (and why not), counts the attempts left for the current PIN, runs the countdowns
// from an injectable clock, refreshes itself through search while waiting, and exposes what it
// would record in the history. It never sends a request or trigger_next_event on its own.
class VerificationSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationSession)

public:
    enum class State {
        Idle, // nothing sent yet
        Sending, // the request is on its way
        WaitingForCode, // the request runs: the customer reads back the PIN
        Verified,
        Failed, // too many wrong codes
        Cancelled,
        Expired,
        Error, // the request could not be sent, may or may not have gone out, or was status 10
    };
    Q_ENUM(State)

    enum class Action { Send, Check, Cancel, NextEvent, Refresh, Resume };
    Q_ENUM(Action)

    // Why the session is in State::Error.
    enum class SendProblem {
        None,
        NotSent, // refused before anything went out (business error, gateway 4xx, credentials)
        Unknown, // network error, timeout or a damaged answer: it may have gone out
        Concurrent, // status 10: a request for this number is still running (liveRequestId())
        NotFound, // resume: search does not know the request id
    };
    Q_ENUM(SendProblem)

    struct Availability
    {
        bool allowed = false;
        // Translated. When refused: why. When allowed: empty, or a caveat to show with it.
        QString reason;
    };

    // Seconds; -1 when it does not apply. All of them are approximate but the cancel window,
    // since the API documents the timings of its workflows without promising them.
    struct Countdowns
    {
        int untilCancelAllowed = -1; // 0 once cancel is allowed, -1 once it no longer can be
        int untilPinExpires = -1;
        int untilNextEvent = -1; // -1 when no message is left
        int untilRequestExpires = -1;
    };

    static constexpr int kAttemptsPerPin = 3;
    static constexpr int kCancelAfterSeconds = 30;
    static constexpr int kDefaultRefreshSeconds = 15;
    // Automatic searches never come closer together than this, whatever the clock does.
    static constexpr int kMinRefreshGapMs = 1000;
    // The vendor's search answers 101 "No response found" right after a request completes: "wait
    // 60 seconds and try again" (vonage-verify-v1.openapi.yml). A 101 within this many seconds of
    // an end the session knows of (its predicted end passed, or a check or control answered 6)
    // is "not available yet", and search is tried again when the time is up.
    static constexpr int kSearchAfterEndSeconds = 61;

    // `clock` may be null: the session then uses its own WallClock. Neither is owned.
    explicit VerificationSession(VerifyClient *client, SessionClock *clock = nullptr,
                                 QObject *parent = nullptr);
    ~VerificationSession() override;

    // Seconds between searches while waiting for the code (at least 1; default 15).
    void setRefreshInterval(int seconds);

    // --- actions: each returns false (and changes nothing) when availability() refuses it ---
    // Sends a new request; from Idle, Error and the final states (a new verification).
    bool send(const VerifyRequest &request);
    // Sends a PSD2 payment confirmation instead (a Vonage profile), followed as a request is.
    bool send(const Psd2Request &request);
    // Checks the code the customer read back; `code` must be 4 or 6 digits (the request's length).
    bool check(const QString &code);
    bool cancel();
    bool triggerNextEvent();
    // Searches now (coalesced with a search already under way).
    bool refresh();
    // Follows a request that is already running: the live request of status 10 when `requestId`
    // is empty. `request` describes it when known (timings for the countdowns); by default the
    // last request this session tried to send.
    bool resume(const QString &requestId = {}, const std::optional<PinRequest> &request = {});
    // Back to Idle, forgetting everything; a call under way is abandoned (not undone).
    void reset();

    Availability availability(Action action) const;
    bool isAllowed(Action action) const { return availability(action).allowed; }
    // Translated message for a code that cannot be checked as typed; empty when it can.
    QString validateCode(const QString &code) const;

    // --- what the session knows ---
    State state() const { return m_state; }
    SendProblem sendProblem() const { return m_sendProblem; }
    // A call (request, check, control, or the search of a resume) is under way.
    bool isBusy() const { return !m_actionJob.isNull(); }
    bool isRefreshing() const { return !m_searchJob.isNull(); }
    QString requestId() const { return m_requestId; }
    QString liveRequestId() const { return m_liveRequestId; } // status 10
    QString number() const;
    Workflow workflow() const { return m_workflow; }
    int codeLength() const;
    int attemptsLeft() const;
    int eventsSent() const { return static_cast<int>(m_events.size()); }
    std::optional<ApiError> lastError() const { return m_lastError; }
    SearchResult lastSearch() const { return m_lastSearch; }
    // The session clock's time now (ms since the epoch): what the timeline's times are read in.
    qint64 clockMs() const { return now(); }
    // How far the session clock runs ahead of the wall clock (a sandbox's skipped time): a
    // timeline time less this is the real time the desk shows.
    qint64 skippedMs() const;
    // The real time at which the session's clock showed `clockMs` (see SessionClock::realMsAt).
    qint64 realMsAt(qint64 clockMs) const;
    // The request has ended and search has no answer for it yet (the vendor's minute after
    // completion): the session searches again on its own, at this clock time; 0 otherwise.
    qint64 resultExpectedAtMs() const { return m_searchAgainAtMs; }
    // Session-clock time of the request (or of its submission, for a resumed one); 0 before.
    qint64 requestedAtMs() const { return m_requestedAtMs; }
    qint64 pinIssuedAtMs() const { return m_pinIssuedAtMs; }
    // Success: exact decimal texts as the server wrote them.
    QString price() const { return m_price; }
    QString currency() const { return m_currency; }
    QString estimatedPriceMessagesSent() const { return m_estimatedMessagesPrice; }
    // From the request to its end, when it has ended; -1 before.
    qint64 durationMs() const { return m_durationMs; }

    Countdowns countdowns() const;
    // Messages sent so far, then the one the workflow predicts next (if any).
    QList<TimelineEvent> timeline() const;
    // timeline(), then every later message the workflow still plans while waiting for the code,
    // each timed as if nothing is triggered by hand (and marked when it would carry a new PIN).
    QList<TimelineEvent> plannedTimeline() const;
    // When the request ends if nothing more is triggered and no code is right (Workflow::endMs);
    // none before the first message.
    std::optional<qint64> requestEndsAtMs() const { return requestExpiresMs(); }
    // Everything recorded so far, oldest first.
    QList<SessionRecord> records() const { return m_records; }

    // Translated one-line description of the state, e.g. "Waiting for the code".
    static QString stateLabel(State state);
    // Untranslated, for records and logs: "waiting", "verified" ...
    static QString stateName(State state);
    static std::optional<State> stateFromName(QStringView name);
    static bool isFinal(State state);
    // A translated sentence on where the session stands and what to do now.
    QString statusMessage() const;

Q_SIGNALS:
    void stateChanged(VerificationSession::State state);
    // Which actions are allowed (or their reasons) may have changed.
    void availabilityChanged();
    void busyChanged(bool busy);
    // Every tick of the clock while waiting for the code, and whenever a timing changes.
    void countdownsChanged();
    void timelineChanged();
    void attemptsLeftChanged(int attemptsLeft);
    // The result of a check: valid, or wrong with the attempts left for this PIN.
    void codeChecked(bool valid, int attemptsLeft);
    void errorOccurred(const ApiError &error);
    // Status 10: the running request for this number can be resumed.
    void resumeOffered(const QString &requestId);
    void recorded(const SessionRecord &record);

private:
    struct KnownEvent
    {
        Workflow::Channel channel = Workflow::Channel::Sms;
        qint64 atMs = 0;
        TimelineEvent::Source source = TimelineEvent::Source::Estimated;
        QString id;
        bool newPin = false;
    };

    static QString waitReason();
    QString notRunningReason() const;
    Availability sendAvailability() const;
    Availability runningAvailability(Action action) const;
    Availability refreshAvailability() const;

    void onTick();
    void startSearch(bool byHand);
    void onSearchResult(const SearchResult &result, bool byHand, quint64 generation,
                        bool recordNews = true);
    void applyEvents(const SearchResult &result);
    void applyChecks(const SearchResult &result);
    void addEvent(KnownEvent event);
    void finish(State state);
    void enterWaiting(const QString &requestId, qint64 requestedAtMs);
    void setState(State state);
    void setActionJob(ApiJob *job);
    void setWrongAttempts(int wrong);
    void fail(const QString &call, const ApiError &error);
    void record(SessionRecord record);
    SessionRecord newRecord(SessionRecord::Kind kind) const;
    qint64 now() const;
    qint64 toSessionTime(const QDateTime &serverDate) const;
    std::optional<qint64> nextEventDueMs() const;
    std::optional<qint64> requestExpiresMs() const;
    // A 101 for the request: "not available yet" within a minute of an end the session knows of
    // (search again when the minute is up), else not found.
    void onUnknownInSearch(const SearchResult &result);
    // When the session knows the request ended (endSeen, or the predicted end has passed).
    std::optional<qint64> knownEndMs() const;
    void control(bool cancel);
    void clearRequest();
    // send() of either kind: `followed` for the countdowns, `call` puts it on the wire.
    using RequestCall =
        std::function<ApiJob *(std::function<void(const Outcome<RequestResult> &)>)>;
    bool start(const PinRequest &followed, const RequestCall &call);

    VerifyClient *m_client;
    SessionClock *m_clock;
    int m_refreshSeconds = kDefaultRefreshSeconds;

    State m_state = State::Idle;
    SendProblem m_sendProblem = SendProblem::None;
    PinRequest m_request;
    bool m_haveRequest = false;
    Workflow m_workflow;
    QString m_requestId;
    QString m_liveRequestId;
    qint64 m_requestedAtMs = 0;
    QDateTime m_serverSubmitted; // date_submitted as search reports it
    qint64 m_pinIssuedAtMs = 0;
    int m_wrongForPin = 0;
    QList<KnownEvent> m_events;
    SearchResult m_lastSearch;
    std::optional<ApiError> m_lastError;
    QString m_price;
    QString m_currency;
    QString m_estimatedMessagesPrice;
    qint64 m_durationMs = -1;
    QList<SessionRecord> m_records;

    QPointer<ApiJob> m_actionJob;
    QPointer<ApiJob> m_searchJob;
    bool m_searchPending = false;
    bool m_pendingByHand = false;
    qint64 m_lastSearchStartMs = 0;
    qint64 m_endSeenMs = 0; // when a check or control answered that the request had ended; 0: not
    qint64 m_searchAgainAtMs = 0; // after a 101 that came too soon after the end; 0: none
    // Bumped by reset(): answers to calls of an earlier verification are dropped.
    quint64 m_epoch = 0;
    // Bumped by every action: a search that started before it may be stale and is not trusted.
    quint64 m_generation = 0;
};
