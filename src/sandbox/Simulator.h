#pragma once

#include "Params.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <set>

namespace sandbox {

class Clock;
struct NewRequest;

// What the API answers to one call: an HTTP status and a JSON object.
struct Reply
{
    int httpStatus = 200;
    QJsonObject body;
};

// An SMS sent or a call made to a customer's phone, as the simulated phone receives it.
struct Message
{
    QString requestId;
    QString number;
    QString channel; // "sms" or "tts"
    QString text;
    QString code;
    qint64 atMs = 0;
    QString sender; // the SMS's sender id ("verify" by default); empty for a call
};

struct SimulatorConfig
{
    QString clientId = QStringLiteral("sandbox-client");
    QString clientSecret = QStringLiteral("sandbox-secret");
    int tokenTtlSeconds = 3599;
    // Search answers 101 for a minute after a verification completes, as the vendor's does;
    // true answers at once (demos, tests that search right after a check).
    bool instantSearch = false;
    // Verify calls one account may make in a second before the answer is status 1 (0: no limit).
    int callsPerSecond = 30;
};

// An independent implementation of the Nexmo Verify API (v1) as KPN sells it: tokens, request,
// check, search and control with the vendor's rules, status codes and texts. Pure logic: no I/O;
// time comes from an injected Clock and events fall due when the clock says so.
class Simulator
{
public:
    enum class TokenState { Valid, Unknown, Expired };

    // How long things are remembered, so that memory stays flat in a long run (README, "The
    // sandbox"): an expired token answers "expired" for an hour, then is forgotten; at most the
    // 10,000 newest tokens are kept. A finished verification stays searchable for 24 hours of
    // virtual time, and at most the 10,000 last finished are kept.
    static constexpr qint64 kExpiredTokenMemorySeconds = 3600;
    static constexpr qsizetype kMaxTokens = 10'000;
    static constexpr qint64 kFinishedMemorySeconds = qint64(24) * 3600;
    static constexpr qsizetype kMaxFinished = 10'000;
    // The vendor's spec, Verify search, status 101: "this also occurs immediately after
    // completion, wait 60 seconds and try again".
    static constexpr qint64 kSearchDelaySeconds = 60;

    Simulator(SimulatorConfig config, Clock *clock, quint32 seed = 0);

    const SimulatorConfig &config() const { return m_config; }
    Clock &clock() const { return *m_clock; }

    // KPN's OAuth client-credentials endpoint.
    Reply issueToken(const QString &grantType, const QString &clientId,
                     const QString &clientSecret);
    TokenState tokenState(const QString &accessToken);
    // Every token issued so far expires now (a fault for "the token expired mid-flow").
    void expireAllTokens();

    // Search's 101 window after completion (on by default) and the per-second limit, switchable
    // at run time for demos and tests.
    void setInstantSearch(bool instant) { m_config.instantSearch = instant; }
    bool instantSearch() const { return m_config.instantSearch; }
    void setCallsPerSecond(int limit) { m_config.callsPerSecond = limit; }

    // Counts one Verify call of `account` (its api_key or consumer key): status 1 "Throttled"
    // when the account made its limit of calls in the last second, nothing otherwise.
    std::optional<Reply> throttle(const QString &account, const QString &endpoint);

    // The Verify calls; credentials have been checked by the caller.
    Reply request(const Params &params);
    // The vendor's PSD2 request (payment confirmation): payee and amount instead of a brand.
    Reply psd2Request(const Params &params);
    Reply check(const Params &params);
    Reply search(const Params &params);
    Reply control(const Params &params);

    // Everything delivered so far, oldest first, optionally for one number (E.164 digits).
    QList<Message> messages(const QString &number = {}) const;

    // Fires every event that is due at the clock's current time; returns how many fired.
    int processDueEvents();
    // Moves the clock forward and fires what falls due.
    int advance(qint64 seconds);
    // Whole seconds until the next event of any running verification falls due (0 when one is
    // due now); -1 when nothing is scheduled.
    qint64 secondsToNextEvent() const;
    // Forgets every token, verification, message and pending event.
    void reset();
    // What is kept now (the retention rules' tests).
    qsizetype tokenCount() const { return m_tokens.size(); }
    qsizetype verificationCount() const { return qsizetype(m_verifications.size()); }

    // Called for each message as it is delivered.
    void setMessageObserver(std::function<void(const Message &)> observer);

    // The business status a forced fault answers with, in the endpoint's own words; `params` (the
    // call's, when they could be read) name the request the answer is about.
    Reply businessError(const QString &status, const QString &endpoint, const Params &params = {});
    static QString statusText(const QString &status);
    static QString formatDate(qint64 ms);

private:
    enum class State { InProgress, Success, Failed, Expired, Cancelled };
    struct Check
    {
        qint64 atMs;
        QString code;
        bool valid;
    };
    struct Event
    {
        QString id;
        QString channel;
        qint64 atMs;
    };
    struct Verification
    {
        QString id;
        QString number;
        QString brand;
        QString payee; // PSD2 only, with the amount
        QString amount;
        QString senderId;
        QString language;
        int codeLength = 4;
        int workflowId = 1;
        QStringList steps; // channels in order
        QList<int> waits; // seconds after each step
        int pinExpirySeconds = 300;
        qint64 submittedMs = 0;
        int nextStep = 0;
        qint64 nextDueMs = 0;
        QString pin;
        qint64 pinIssuedMs = 0;
        int wrongForPin = 0;
        State state = State::InProgress;
        qint64 finalizedMs = -1;
        QList<Check> checks;
        QList<Event> events;
    };

    Reply start(const Params &params, bool psd2);
    std::optional<Reply> refuseByRules(const Params &params, const QString &number) const;
    Verification &startVerification(const NewRequest &request);
    void forgetOld();
    bool searchable(const Verification &v) const;
    void fireNext(Verification &v, qint64 atMs);
    void finalize(Verification &v, State state, qint64 atMs);
    void schedule(Verification &v, qint64 dueMs);
    void unschedule(const Verification &v);
    QJsonObject searchEntry(const Verification &v) const;
    QString accountId() const;
    QString randomDigits(int count);
    QString randomHex(int count);
    QString randomToken();

    SimulatorConfig m_config;
    Clock *m_clock;
    QRandomGenerator m_random;
    QHash<QString, qint64> m_tokens; // access token -> expiry (ms)
    std::deque<QString> m_tokenOrder; // oldest first
    std::map<QString, Verification> m_verifications;
    std::deque<std::pair<qint64, QString>> m_finished; // (finalized at, request id), oldest first
    QHash<QString, std::deque<qint64>> m_calls; // account -> its Verify calls in the last second
    QHash<QString, QString> m_liveByNumber; // number -> request id in progress
    std::set<std::pair<qint64, QString>> m_due; // (due time, request id)
    QList<Message> m_messages;
    quint64 m_eventCounter = 0;
    std::function<void(const Message &)> m_observer;
};

} // namespace sandbox
