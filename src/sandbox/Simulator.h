#pragma once

#include "Params.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

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
};

// An independent implementation of the Nexmo Verify API (v1) as KPN sells it: tokens, request,
// check, search and control with the vendor's rules, status codes and texts. Pure logic: no I/O;
// time comes from an injected Clock and events fall due when the clock says so.
class Simulator
{
public:
    enum class TokenState { Valid, Unknown, Expired };

    Simulator(SimulatorConfig config, Clock *clock, quint32 seed = 0);

    const SimulatorConfig &config() const { return m_config; }
    Clock &clock() const { return *m_clock; }

    // KPN's OAuth client-credentials endpoint.
    Reply issueToken(const QString &grantType, const QString &clientId,
                     const QString &clientSecret);
    TokenState tokenState(const QString &accessToken);
    // Every token issued so far expires now (a fault for "the token expired mid-flow").
    void expireAllTokens();

    // The Verify calls; credentials have been checked by the caller.
    Reply request(const Params &params);
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

    // Called for each message as it is delivered.
    void setMessageObserver(std::function<void(const Message &)> observer);

    // The business status a forced fault answers with, with the vendor's text.
    static Reply businessError(const QString &status, const QString &endpoint);
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

    std::optional<Reply> refuseByRules(const Params &params, const QString &number) const;
    Verification &startVerification(const NewRequest &request);
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
    std::map<QString, Verification> m_verifications;
    QHash<QString, QString> m_liveByNumber; // number -> request id in progress
    std::set<std::pair<qint64, QString>> m_due; // (due time, request id)
    QList<Message> m_messages;
    quint64 m_eventCounter = 0;
    std::function<void(const Message &)> m_observer;
};

} // namespace sandbox
