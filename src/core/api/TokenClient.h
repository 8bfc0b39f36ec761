#pragma once

#include "ApiConfig.h"
#include "ApiError.h"
#include "ConnectionSettings.h"
#include "Outcome.h"
#include "TokenInfo.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class ExchangeLog;
class HttpCall;
struct HttpResponse;
class QNetworkAccessManager;

// OAuth client credentials for the API: fetches an access token, caches it until shortly before
// it expires and shares one token request among every caller waiting for it.
class TokenClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenClient)

public:
    using Callback = std::function<void(const Outcome<QString> &)>;
    // Monotonic milliseconds; replaceable so tests can move time on.
    using Clock = std::function<qint64()>;

    static constexpr int kMarginSeconds = 60;
    static constexpr qint64 kMaxLifetimeSeconds = qint64(365) * 24 * 3600;
    static constexpr int kMaxNetworkRetries = 2;

    TokenClient(QNetworkAccessManager *nam, ExchangeLog *log, QObject *parent = nullptr);
    ~TokenClient() override;

    // New endpoints or credentials: the cached token and a remembered InvalidClient are dropped.
    // The proxy is set on the injected QNetworkAccessManager (give each profile its own); a CA
    // file or proxy that cannot be used makes every fetch fail with connectionError().
    void setConfig(const ApiConfig &config);
    const ConnectionSettings &connection() const { return m_connection; }
    // The profile's connection settings cannot be used (kind Config), or nothing.
    const std::optional<ApiError> &connectionError() const { return m_connection.error(); }
    const ApiConfig &config() const { return m_config; }
    void setClock(Clock clock);
    // Delays before the network retries of a token call (back-off).
    void setRetryDelays(QList<int> delaysMs);

    // Calls back once, from the event loop, with a valid token or an ApiError. At most one token
    // request is in flight however many callers wait. Nothing is called once `context` is gone.
    void fetchToken(QObject *context, Callback callback);

    // Drops the cached token (the next call fetches a new one).
    void invalidate();
    // Drops the cached token only if it is still `token`: many calls refused with the same token
    // cause one renewal.
    void invalidate(const QString &token);

    bool hasToken() const;
    // The cached token when fetchToken() would give it without asking the server (valid, and no
    // refused client remembered); empty otherwise. For a caller that may use it at once.
    QString usableToken() const;
    // Seconds until the cached token expires (as the server counts), or -1 without one.
    qint64 remainingSeconds() const;
    bool isFetching() const { return m_fetching; }
    // What the last successful token answer said (products, lifetime); invalid before one.
    const TokenInfo &tokenInfo() const { return m_info; }

Q_SIGNALS:
    // A token was obtained or dropped.
    void tokenChanged();
    // The fetch ended in an error (not emitted for aborted fetches).
    void tokenFailed(const ApiError &error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };

    void startRequest();
    void onResponse(const HttpResponse &response);
    void deliver(const Outcome<QString> &outcome);
    void deliverLater(QObject *context, Callback callback, const Outcome<QString> &outcome);
    bool tokenUsable() const;
    qint64 now() const;

    QNetworkAccessManager *m_nam;
    QPointer<ExchangeLog> m_log;
    ApiConfig m_config;
    ConnectionSettings m_connection;
    TokenInfo m_info;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    QList<int> m_retryDelays {500, 1500};

    QString m_token;
    qint64 m_expiresAtMs = 0; // local clock
    qint64 m_renewAtMs = 0; // expiry minus the margin
    std::optional<ApiError> m_clientError; // InvalidClient is not retried until setConfig()
    QList<Waiter> m_waiters;
    QPointer<HttpCall> m_inFlight;
    bool m_fetching = false;
    qint64 m_requestStartedMs = 0;
    int m_attempt = 0;
    quint64 m_generation = 0;
};
