#pragma once

#include "ApiConfig.h"
#include "ApiError.h"
#include "ApiJob.h"
#include "CheckResult.h"
#include "ControlResult.h"
#include "HttpCall.h"
#include "Outcome.h"
#include "Psd2Request.h"
#include "RateGuard.h"
#include "RawAnswer.h"
#include "RequestResult.h"
#include "SearchResult.h"
#include "VerifyRequest.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class ExchangeLog;
class FormBody;
struct HttpResponse;
class TokenClient;
class QNetworkAccessManager;

// The Verify API: request, check, search and control. Each call is asynchronous, returns its
// ApiJob and ends in exactly one callback with a typed result or an ApiError. A call refused for
// its access token is retried once with a new token; a search may be retried after a network
// error, 503 or 429. A call Verify answers with status 1 "Throttled" (more than 30 calls a second
// on the account, vonage-verify-v1.openapi.yml) was refused before it did anything, so any call,
// request, check, search or control, is sent again after a short back-off: 1 s, 2 s, then 4 s
// (setThrottleRetryDelays()), through the rate guard again; the fourth "Throttled" is the
// callback's error. Nothing else is retried, and request, check and control are sent so that
// Qt cannot re-send them either: a call that can send an SMS never goes out twice on its own.
// Requests and searches pass the profile's RateGuard.
class VerifyClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyClient)

public:
    template<typename T> using Callback = std::function<void(const Outcome<T> &)>;

    enum class Command { Cancel, TriggerNextEvent };

    static constexpr int kMaxIdsPerSearch = 10;
    static constexpr int kMaxSearchRetries = 2;
    static constexpr int kMaxThrottleRetries = 3;

    VerifyClient(QNetworkAccessManager *nam, TokenClient *tokens, ExchangeLog *log,
                 QObject *parent = nullptr);
    ~VerifyClient() override;

    // Also configures the token client.
    void setConfig(const ApiConfig &config);
    const ApiConfig &config() const { return m_config; }
    // The profile's limits on requests and searches (owned by this client).
    RateGuard *rateGuard() const { return m_guard; }
    // Delays before the retries of a search (back-off); one retry per entry, at most
    // kMaxSearchRetries. Empty: searches are not retried.
    void setSearchRetryDelays(QList<int> delaysMs);
    // Delays before a call answered status 1 "Throttled" is sent again; one retry per entry, at
    // most kMaxThrottleRetries. Empty: a throttled call is the callback's error at once.
    void setThrottleRetryDelays(QList<int> delaysMs);

    // Callbacks run from the event loop (an abort() runs its callback at once); none runs once
    // `context` is gone, and the call is then aborted.
    // A request is validated first (VerifyRequest::validate()): an InvalidInput error, no HTTP.
    ApiJob *request(const VerifyRequest &request, QObject *context, Callback<RequestResult> done);
    // A PSD2 payment confirmation (the vendor's psd2 route): validated first as a request is
    // (Psd2Request::validate()), and a Config error, no HTTP, on a flavour that does not offer
    // it (offersPsd2()). Sent as a request is (at most once, through the request lane); its
    // answer is a request's, and check, search and control follow its id.
    ApiJob *requestPsd2(const Psd2Request &request, QObject *context, Callback<RequestResult> done);
    ApiJob *check(const QString &requestId, const QString &code, QObject *context,
                  Callback<CheckResult> done);
    ApiJob *search(const QString &requestId, QObject *context, Callback<SearchResult> done);
    // Any number of ids: split into calls of at most 10, merged in the order given (duplicates
    // once); unknown ids come back as results with isKnown() false.
    ApiJob *search(const QStringList &requestIds, QObject *context,
                   Callback<QList<SearchResult>> done);
    ApiJob *control(const QString &requestId, Command command, QObject *context,
                    Callback<ControlResult> done);

    // One call sent as given, for the API console: `params` go into the form body in their
    // order (repeated keys allowed) unvalidated, so that the API's own answer to any value comes
    // back. `endpointName` is the route: empty for a request, "check", "search", "control" or
    // "psd2". It goes the profile's way (token, a refused token renewed once, or the vendor's
    // Basic credentials), through the rate guard (request and psd2 on the request lane, search
    // on the search lane) and the exchange log; all but a search are sent at most once, and
    // nothing is retried, not even when Verify answers "Throttled". The value is any HTTP
    // answer (its error set when it is not a clean one); the error is no answer at all
    // (network, timeout, token, abort).
    ApiJob *sendRaw(const QString &endpointName, const QList<std::pair<QString, QString>> &params,
                    QObject *context, Callback<RawAnswer> done);

    static QString commandName(Command command);

private:
    using JsonDone = std::function<void(const Outcome<QJsonObject> &)>;
    struct SearchState;
    struct Call
    {
        QString endpoint;
        QByteArray body;
        std::optional<RateGuard::Lane> lane; // passes the rate guard
        bool atMostOnce = false; // may have an effect: never sent twice by Qt
        int throttledBefore = 0; // how many times Verify answered this call "Throttled"
        bool tokenRenewed = false; // sent again after its token was refused: not once more
        std::shared_ptr<HttpResponse> raw; // sendRaw(): receives the last answer as it came
    };

    template<typename T>
    ApiJob *newJob(QObject *context, Callback<T> done,
                   std::function<void(const Outcome<T> &)> *deliver);
    // Waits for the call's turn at the rate guard, then posts it.
    void send(ApiJob *job, const Call &call, JsonDone done);
    void post(ApiJob *job, const Call &call, JsonDone done, bool mayRenewToken = true);
    // Sends the call and reads its answer with `read`.
    template<typename T>
    void sendReading(ApiJob *job, const Call &call, std::function<void(const Outcome<T> &)> deliver,
                     std::function<Outcome<T>(const QJsonObject &)> read);
    void searchNextBatch(ApiJob *job, const std::shared_ptr<SearchState> &state);
    void searchBatch(ApiJob *job, const std::shared_ptr<SearchState> &state,
                     const QStringList &batch, int attempt);
    // Schedules the batch again after a failure a search may retry; false when it may not.
    bool retrySearch(ApiJob *job, const std::shared_ptr<SearchState> &state,
                     const QStringList &batch, int attempt, const ApiError &error);
    // Keeps the results of one search answer for the ids of `batch`.
    static std::optional<ApiError> takeSearchAnswer(SearchState &state, const QStringList &batch,
                                                    const QJsonObject &object);
    struct Endpoint
    {
        QUrl url;
        QString text; // url, FullyEncoded: as the exchange log shows it
    };
    QNetworkRequest networkRequest(const Endpoint &target, const QString &token) const;
    HttpCall::Options callOptions(const Call &call, const Endpoint &target) const;
    // The end of one exchange; a token refused by the gateway is renewed and the call sent once
    // more if `mayRenewToken`.
    void onResponse(ApiJob *job, const Call &call, JsonDone done, bool mayRenewToken,
                    const QString &usedToken, const HttpResponse &response);
    // Sends the call again later when Verify answered it "Throttled" and retries are left.
    bool retryThrottled(ApiJob *job, const Call &call, JsonDone &done, const QJsonObject &answer);
    // The JSON object of a clean answer, or why the answer is not one.
    Outcome<QJsonObject> answerObject(const HttpResponse &response) const;
    // The typed answers of each endpoint: a result, or the business status or defect it has.
    static Outcome<VerifyStatus> answerStatus(const QJsonObject &object);
    static Outcome<RequestResult> readRequestAnswer(const QJsonObject &object);
    static Outcome<CheckResult> readCheckAnswer(const QJsonObject &object,
                                                const QString &requestId);
    static Outcome<ControlResult> readControlAnswer(const QJsonObject &object,
                                                    const QString &requestId);
    Endpoint endpoint(const QString &name) const;
    HttpResponse masked(const HttpResponse &response) const;

    QNetworkAccessManager *m_nam;
    TokenClient *m_tokens;
    QPointer<ExchangeLog> m_log;
    ApiConfig m_config;
    mutable QHash<QString, Endpoint> m_endpoints; // endpoint() of each one used so far
    RateGuard *m_guard;
    QList<int> m_searchRetryDelays {500, 1500};
    QList<int> m_throttleRetryDelays {1000, 2000, 4000};
};
