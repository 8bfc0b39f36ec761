#include "TokenClient.h"

#include "ExchangeLog.h"
#include "FormBody.h"
#include "HttpCall.h"
#include "Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// KPN writes every value as a string; accept a number too.
std::optional<qint64> integerValue(const QJsonValue &value)
{
    if (value.isDouble()) {
        // Only whole numbers a qint64 holds: a hostile 3.6e55 must not become undefined behaviour.
        const double number = value.toDouble();
        constexpr double limit = 9.0e18;
        if (!(number > -limit && number < limit))
            return std::nullopt;
        return static_cast<qint64>(number);
    }
    bool ok = false;
    const qint64 number = value.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

// api_product_list_json: a JSON array, or (KPN writes every value as a string) its text.
QStringList productList(const QJsonValue &value)
{
    QJsonArray array;
    if (value.isArray()) {
        array = value.toArray();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isArray()) {
            array = doc.array();
        } else {
            // "[Nexmo Verify, Other]", the form of api_product_list.
            QString inner = text;
            if (inner.startsWith(u'[') && inner.endsWith(u']'))
                inner = inner.mid(1, inner.size() - 2);
            QStringList products;
            for (const QString &part : inner.split(u',', Qt::SkipEmptyParts)) {
                if (!part.trimmed().isEmpty())
                    products.append(part.trimmed());
            }
            return products;
        }
    }
    QStringList products;
    for (const QJsonValue entry : std::as_const(array)) {
        if (entry.isString() && !entry.toString().isEmpty())
            products.append(entry.toString());
    }
    return products;
}

TokenInfo parseInfo(const QJsonObject &object, qint64 expiresIn)
{
    TokenInfo info;
    info.lifetimeSeconds = expiresIn;
    QJsonValue products = object.value(u"api_product_list_json"_s);
    if (products.isUndefined())
        products = object.value(u"api_product_list"_s);
    info.products = productList(products);
    if (const auto issued = integerValue(object.value(u"issued_at"_s)); issued && *issued > 0)
        info.issuedAt = QDateTime::fromMSecsSinceEpoch(*issued, Qt::UTC);
    info.tokenType = object.value(u"token_type"_s).toString();
    info.status = object.value(u"status"_s).toString();
    info.applicationName = object.value(u"application_name"_s).toString();
    return info;
}

} // namespace

TokenClient::TokenClient(QNetworkAccessManager *nam, ExchangeLog *log, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_log(log)
{
    m_elapsed.start();
}

TokenClient::~TokenClient() = default;

void TokenClient::setConfig(const ApiConfig &config)
{
    ++m_generation;
    if (m_inFlight)
        m_inFlight->abort();
    m_inFlight = nullptr;
    m_fetching = false;
    m_config = config;
    m_connection = ConnectionSettings(config);
    m_connection.applyTo(m_nam);
    m_clientError.reset();
    m_info = TokenInfo();
    const bool hadToken = !m_token.isEmpty();
    m_token.clear();
    if (hadToken)
        Q_EMIT tokenChanged();
    if (!m_waiters.isEmpty()) {
        m_fetching = true;
        m_attempt = 0;
        startRequest();
    }
}

void TokenClient::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void TokenClient::setRetryDelays(QList<int> delaysMs)
{
    m_retryDelays = std::move(delaysMs);
}

qint64 TokenClient::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

bool TokenClient::hasToken() const
{
    return tokenUsable();
}

QString TokenClient::usableToken() const
{
    return !m_clientError && tokenUsable() ? m_token : QString();
}

bool TokenClient::tokenUsable() const
{
    return !m_token.isEmpty() && now() < m_renewAtMs;
}

qint64 TokenClient::remainingSeconds() const
{
    if (m_token.isEmpty())
        return -1;
    return std::max<qint64>(0, (m_expiresAtMs - now()) / 1000);
}

void TokenClient::invalidate()
{
    if (m_token.isEmpty())
        return;
    m_token.clear();
    qCInfo(lcApi) << "access token dropped";
    Q_EMIT tokenChanged();
}

void TokenClient::invalidate(const QString &token)
{
    if (!m_token.isEmpty() && token == m_token)
        invalidate();
}

void TokenClient::deliverLater(QObject *context, Callback callback, const Outcome<QString> &outcome)
{
    QTimer::singleShot(0, context ? context : this,
                       [callback = std::move(callback), outcome] { callback(outcome); });
}

void TokenClient::fetchToken(QObject *context, Callback callback)
{
    if (m_clientError) {
        deliverLater(context, std::move(callback), *m_clientError);
        return;
    }
    if (tokenUsable()) {
        deliverLater(context, std::move(callback), m_token);
        return;
    }
    m_waiters.append({context ? context : this, std::move(callback)});
    if (!m_fetching) {
        m_fetching = true;
        m_attempt = 0;
        startRequest();
    }
}

void TokenClient::startRequest()
{
    if (m_connection.error()) {
        const ApiError error = *m_connection.error();
        m_fetching = false;
        QTimer::singleShot(0, this, [this, error, generation = m_generation] {
            if (generation == m_generation && !m_fetching)
                deliver(error);
        });
        return;
    }
    if (!m_config.tokenUrl.isValid() || m_config.clientId.isEmpty()
        || m_config.clientSecret.isEmpty()) {
        const ApiError error(ApiError::Kind::InvalidClient,
                             tr("The profile has no token URL, client id or client secret. Enter "
                                "them in the profile's credentials."));
        m_fetching = false;
        // From the event loop, like every other answer.
        QTimer::singleShot(0, this, [this, error, generation = m_generation] {
            if (generation == m_generation && !m_fetching)
                deliver(error);
        });
        return;
    }

    QUrl url = m_config.tokenUrl;
    QUrlQuery query(url);
    if (!query.hasQueryItem(u"grant_type"_s)) {
        query.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    m_connection.applyTo(request);
    const QByteArray body = FormBody()
                                .add(u"client_id"_s, m_config.clientId)
                                .add(u"client_secret"_s, m_config.clientSecret)
                                .toByteArray();
    if (m_log)
        m_log->addSecret(m_config.clientSecret.toUtf8());

    m_requestStartedMs = now();
    qCInfo(lcApi) << "requesting an access token, attempt" << m_attempt + 1;
    HttpCall::Options options;
    options.proxyName = m_connection.proxyName();
    options.profile = m_config.profileName;
    options.sandbox = m_config.sandbox;
    m_inFlight = HttpCall::post(m_nam, m_log, request, body, m_config.timeoutMs, options, this,
                                [this, generation = m_generation](const HttpResponse &response) {
                                    if (generation == m_generation)
                                        onResponse(response);
                                });
}

void TokenClient::onResponse(const HttpResponse &response)
{
    m_inFlight = nullptr;
    const bool failed = response.networkError != QNetworkReply::NoError
        || response.httpStatus >= 400 || response.httpStatus == 0;
    if (failed) {
        const ApiError error = ApiError::fromResponse(response);
        // Only a call that never got an answer is retried: the token call is idempotent.
        if (error.kind() == ApiError::Kind::Network && m_attempt < kMaxNetworkRetries) {
            const int delay =
                m_retryDelays.value(m_attempt, m_retryDelays.isEmpty() ? 0 : m_retryDelays.last());
            ++m_attempt;
            qCInfo(lcApi) << "token request failed on the network; retrying in" << delay << "ms";
            QTimer::singleShot(delay, this, [this, generation = m_generation] {
                if (generation == m_generation && m_fetching)
                    startRequest();
            });
            return;
        }
        if (error.kind() == ApiError::Kind::InvalidClient)
            m_clientError = error;
        qCWarning(lcApi) << "token request failed:" << ApiError::kindName(error.kind())
                         << response.httpStatus;
        m_fetching = false;
        Q_EMIT tokenFailed(error);
        deliver(error);
        return;
    }

    QJsonParseError parseError {};
    const QJsonObject object = QJsonDocument::fromJson(response.body, &parseError).object();
    const QString token = object.value(u"access_token"_s).toString();
    const auto expiresIn = integerValue(object.value(u"expires_in"_s));
    if (parseError.error != QJsonParseError::NoError || token.isEmpty() || !expiresIn
        || *expiresIn <= 0) {
        const ApiError error =
            ApiError::malformed(parseError.error != QJsonParseError::NoError
                                    ? parseError.errorString()
                                    : tr("no access_token or expires_in in the token answer"),
                                response);
        m_fetching = false;
        Q_EMIT tokenFailed(error);
        deliver(error);
        return;
    }

    if (m_log)
        m_log->addSecret(token.toUtf8());
    m_token = token;
    // A lifetime beyond a year is renewed after a year: the clock arithmetic stays in range
    // whatever a server claims.
    const qint64 lifetime = std::min<qint64>(*expiresIn, kMaxLifetimeSeconds);
    const qint64 margin = std::min<qint64>(kMarginSeconds, lifetime / 2);
    m_expiresAtMs = m_requestStartedMs + lifetime * 1000;
    m_renewAtMs = m_expiresAtMs - margin * 1000;
    m_info = parseInfo(object, *expiresIn);
    m_fetching = false;
    qCInfo(lcApi) << "access token obtained, valid for" << *expiresIn << "s";
    Q_EMIT tokenChanged();
    deliver(m_token);
}

void TokenClient::deliver(const Outcome<QString> &outcome)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(outcome);
    }
}
