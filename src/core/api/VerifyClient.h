#pragma once

#include "ApiConfig.h"
#include "ApiError.h"
#include "ApiJob.h"
#include "CheckResult.h"
#include "ControlResult.h"
#include "Outcome.h"
#include "RequestResult.h"
#include "SearchResult.h"
#include "VerifyRequest.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ExchangeLog;
class FormBody;
class TokenClient;
class QNetworkAccessManager;

// The Verify API: request, check, search and control. Each call is asynchronous, returns its
// ApiJob and ends in exactly one callback with a typed result or an ApiError. A call refused for
// its access token is retried once with a new token; nothing else is retried, so a call that can
// send an SMS (request, trigger_next_event) never goes out twice on its own.
class VerifyClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyClient)

public:
    template<typename T> using Callback = std::function<void(const Outcome<T> &)>;

    enum class Command { Cancel, TriggerNextEvent };

    static constexpr int kMaxIdsPerSearch = 10;

    VerifyClient(QNetworkAccessManager *nam, TokenClient *tokens, ExchangeLog *log,
                 QObject *parent = nullptr);
    ~VerifyClient() override;

    // Also configures the token client.
    void setConfig(const ApiConfig &config);
    const ApiConfig &config() const { return m_config; }

    // Callbacks run from the event loop (an abort() runs its callback at once); none runs once
    // `context` is gone, and the call is then aborted.
    ApiJob *request(const VerifyRequest &request, QObject *context, Callback<RequestResult> done);
    ApiJob *check(const QString &requestId, const QString &code, QObject *context,
                  Callback<CheckResult> done);
    ApiJob *search(const QString &requestId, QObject *context, Callback<SearchResult> done);
    // Any number of ids: split into calls of at most 10, merged in the order given (duplicates
    // once); unknown ids come back as results with isKnown() false.
    ApiJob *search(const QStringList &requestIds, QObject *context,
                   Callback<QList<SearchResult>> done);
    ApiJob *control(const QString &requestId, Command command, QObject *context,
                    Callback<ControlResult> done);

    static QString commandName(Command command);

private:
    using JsonDone = std::function<void(const Outcome<QJsonObject> &)>;
    struct SearchState;

    template<typename T>
    ApiJob *newJob(QObject *context, Callback<T> done,
                   std::function<void(const Outcome<T> &)> *deliver);
    void post(ApiJob *job, const QString &endpoint, const QByteArray &body, JsonDone done,
              bool mayRenewToken = true);
    void searchNextBatch(ApiJob *job, const std::shared_ptr<SearchState> &state);
    QUrl endpointUrl(const QString &endpoint) const;

    QNetworkAccessManager *m_nam;
    TokenClient *m_tokens;
    QPointer<ExchangeLog> m_log;
    ApiConfig m_config;
};
