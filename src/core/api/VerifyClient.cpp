#include "VerifyClient.h"

#include "AnswerText.h"
#include "ExchangeLog.h"
#include "FormBody.h"
#include "HttpCall.h"
#include "Logging.h"
#include "TokenClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// A request's form, starting with its number as the API takes it.
FormBody numberForm(const PinRequest &params)
{
    FormBody form;
    form.add(u"number"_s, params.sentNumber());
    return form;
}

// The options a verification request and a payment confirmation share, each only when given.
void addSharedOptions(FormBody *form, const PinRequest &params)
{
    for (const auto &[name, value] : params.sentOptions())
        form->add(name, value.toString());
}

HttpResponse noResponse()
{
    return {};
}

} // namespace

// A clean answer arrives before its exchange is recorded (HttpCall::Options::
// recordAfterDelivering): its body masked as the log masks it, for an error that shows it.
HttpResponse VerifyClient::masked(const HttpResponse &response) const
{
    HttpResponse copy = response;
    if (copy.maskedBody.isNull() && m_log)
        copy.maskedBody = m_log->redact(response.body);
    return copy;
}

struct VerifyClient::SearchState
{
    QStringList ids; // in the order asked, without duplicates
    int next = 0; // index of the first id of the next batch
    QHash<QString, SearchResult> results;
    std::function<void(const Outcome<QList<SearchResult>> &)> deliver;
};

VerifyClient::VerifyClient(QNetworkAccessManager *nam, TokenClient *tokens, ExchangeLog *log,
                           QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_log(log)
    , m_guard(new RateGuard(this))
{ }

VerifyClient::~VerifyClient() = default;

void VerifyClient::setConfig(const ApiConfig &config)
{
    m_config = config;
    m_endpoints.clear();
    m_tokens->setConfig(config);
    if (m_nam != nullptr)
        m_tokens->connection().applyTo(m_nam);
}

void VerifyClient::setSearchRetryDelays(QList<int> delaysMs)
{
    m_searchRetryDelays = std::move(delaysMs);
}

void VerifyClient::setThrottleRetryDelays(QList<int> delaysMs)
{
    m_throttleRetryDelays = std::move(delaysMs);
}

QString VerifyClient::commandName(Command command)
{
    return command == Command::Cancel ? u"cancel"_s : u"trigger_next_event"_s;
}

VerifyClient::Endpoint VerifyClient::endpoint(const QString &name) const
{
    // Made once per endpoint and configuration: QUrl's path handling and formatting are not free.
    const auto known = m_endpoints.constFind(name);
    if (known != m_endpoints.cend())
        return *known;
    QUrl url = m_config.apiBaseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (m_config.flavour == ApiFlavour::VonageKey) {
        // The vendor's routes: /verify/json, /verify/check/json, /verify/psd2/json …
        path += u"/verify"_s;
        if (!name.isEmpty())
            path += u'/' + name;
        path += u"/json"_s;
    } else if (!name.isEmpty()) {
        path += u'/' + name;
    }
    url.setPath(path);
    return *m_endpoints.insert(name, {url, url.toString(QUrl::FullyEncoded)});
}

template<typename T>
ApiJob *VerifyClient::newJob(QObject *context, Callback<T> done,
                             std::function<void(const Outcome<T> &)> *deliver)
{
    auto *job = new ApiJob(this);
    QPointer<QObject> guard = context ? context : this;
    if (context)
        connect(context, &QObject::destroyed, job, &ApiJob::abort);
    QPointer<ApiJob> jobGuard = job;
    *deliver = [jobGuard, guard, done = std::move(done)](const Outcome<T> &outcome) {
        if (!jobGuard || !jobGuard->finish())
            return;
        if (guard && !outcome.ok() && outcome.error().exchangeId() == 0
            && jobGuard->m_lastExchangeId != 0) {
            // A business error comes from an answer that parsed: link it to that exchange.
            ApiError error = outcome.error();
            error.setExchangeId(jobGuard->m_lastExchangeId);
            done(Outcome<T>(error));
        } else if (guard) {
            done(outcome);
        }
        jobGuard->emitFinished();
    };
    job->m_fail = [deliver = *deliver](const ApiError &error) {
        deliver(error);
    };
    return job;
}

void VerifyClient::send(ApiJob *job, const Call &call, JsonDone done)
{
    if (const auto &error = m_tokens->connectionError()) {
        QTimer::singleShot(0, job, [done, error = *error] { done(error); });
        return;
    }
    if (!call.lane) {
        post(job, call, std::move(done), !call.tokenRenewed);
        return;
    }
    QPointer<ApiJob> guard = job;
    // Each callback here runs at most once: what it holds is moved on, not copied (a copy of
    // `done` copies the whole chain of callbacks behind it).
    const quint64 ticket =
        m_guard->enqueue(*call.lane, job, [this, guard, call, done = std::move(done)]() mutable {
            if (guard && !guard->isFinished())
                post(guard, call, std::move(done), !call.tokenRenewed);
        });
    // An aborted job leaves the queue at once and uses no turn.
    QPointer<RateGuard> rateGuard = m_guard;
    connect(job, &ApiJob::finished, m_guard, [rateGuard, ticket] {
        if (rateGuard)
            rateGuard->cancel(ticket);
    });
}

void VerifyClient::post(ApiJob *job, const Call &call, JsonDone done, bool mayRenewToken)
{
    QPointer<ApiJob> guard = job;
    auto withToken = [this, guard, call, done = std::move(done),
                      mayRenewToken](const Outcome<QString> &token) mutable {
        if (!guard || guard->isFinished())
            return;
        if (!token) {
            done(token.error());
            return;
        }
        const Endpoint target = endpoint(call.endpoint);
        const QString &used = token.value();
        HttpCall *http = HttpCall::post(m_nam, m_log, networkRequest(target, used), call.body,
                                        m_config.timeoutMs, callOptions(call, target), guard,
                                        [this, guard, call, done = std::move(done), mayRenewToken,
                                         used](const HttpResponse &response) mutable {
                                            if (!guard || guard->isFinished())
                                                return;
                                            guard->setCall(nullptr);
                                            if (response.exchangeId != 0)
                                                guard->m_lastExchangeId = response.exchangeId;
                                            onResponse(guard, call, std::move(done), mayRenewToken,
                                                       used, response);
                                        });
        guard->setCall(http);
    };
    // The vendor's flavour has no token: the key and secret go with every call.
    if (m_config.flavour == ApiFlavour::VonageKey) {
        // Masked wherever it shows up, as the token client does with the client secret.
        if (m_log)
            m_log->addSecret(m_config.clientSecret.toUtf8());
        withToken(QString());
        return;
    }
    // A valid token is used at once; fetchToken() would hand it over a turn of the event loop
    // later (its callers expect never to be called back from within it).
    if (const QString token = m_tokens->usableToken(); !token.isEmpty()) {
        withToken(token);
        return;
    }
    m_tokens->fetchToken(job, std::move(withToken));
}

QNetworkRequest VerifyClient::networkRequest(const Endpoint &target, const QString &token) const
{
    QNetworkRequest request(target.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (m_config.flavour == ApiFlavour::VonageKey) {
        // HTTP Basic with the API key and secret (the vendor's spec: basicAuth, or api_key and
        // api_secret parameters; a header keeps them out of the body the inspector shows).
        const QByteArray pair = m_config.clientId.toUtf8() + ':' + m_config.clientSecret.toUtf8();
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Basic " + pair.toBase64());
    } else {
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8());
    }
    m_tokens->connection().applyTo(request);
    return request;
}

HttpCall::Options VerifyClient::callOptions(const Call &call, const Endpoint &target) const
{
    HttpCall::Options options;
    options.atMostOnce = call.atMostOnce;
    options.proxyName = m_tokens->connection().proxyName();
    options.urlText = target.text;
    options.profile = m_config.profileName;
    options.sandbox = m_config.sandbox;
    // The next call of a chain (request → check → search) goes out before this exchange is
    // masked and stored.
    options.recordAfterDelivering = true;
    return options;
}

void VerifyClient::onResponse(ApiJob *job, const Call &call, JsonDone done, bool mayRenewToken,
                              const QString &usedToken, const HttpResponse &response)
{
    if (call.raw)
        *call.raw = masked(response);
    const bool failed = response.networkError != QNetworkReply::NoError
        || response.httpStatus >= 400 || response.httpStatus == 0;
    if (!failed) {
        const Outcome<QJsonObject> answer = answerObject(response);
        if (answer && retryThrottled(job, call, done, answer.value()))
            return;
        done(answer);
        return;
    }
    const ApiError error = ApiError::fromResponse(response);
    // Apigee refuses an unknown or expired token before the call reaches Verify, so even an
    // SMS-sending call is safe to send again, once. It waits for its turn at the rate guard like
    // any call: to the vendor it is one more request.
    if (error.kind() == ApiError::Kind::InvalidToken && mayRenewToken
        && m_config.flavour == ApiFlavour::KpnOAuth) {
        qCInfo(lcApi) << "access token refused; renewing it and retrying once";
        m_tokens->invalidate(usedToken);
        Call again = call;
        again.tokenRenewed = true;
        send(job, again, std::move(done));
        return;
    }
    if (error.httpStatus() == 429 && call.lane) {
        m_guard->holdFor(*call.lane,
                         error.retryAfterSeconds() >= 0 ? qint64(error.retryAfterSeconds()) * 1000
                                                        : m_guard->interval(*call.lane));
    }
    done(error);
}

bool VerifyClient::retryThrottled(ApiJob *job, const Call &call, JsonDone &done,
                                  const QJsonObject &answer)
{
    const int retries =
        std::min<int>(kMaxThrottleRetries, static_cast<int>(m_throttleRetryDelays.size()));
    if (VerifyStatus::fromString(answerText(answer, u"status"_s)).code()
            != VerifyStatus::Code::Throttled
        || call.throttledBefore >= retries || !job || job->isFinished())
        return false;
    // Status 1: refused before it did anything (no SMS went out), so safe to send again.
    const int delay = m_throttleRetryDelays.at(call.throttledBefore);
    qCInfo(lcApi) << call.endpoint << "throttled; retry" << call.throttledBefore + 1 << "in"
                  << delay << "ms";
    Call again = call;
    ++again.throttledBefore;
    QPointer<ApiJob> guard = job;
    QTimer::singleShot(delay, job, [this, guard, again, done = std::move(done)]() mutable {
        if (guard && !guard->isFinished())
            send(guard, again, std::move(done));
    });
    return true;
}

Outcome<QJsonObject> VerifyClient::answerObject(const HttpResponse &response) const
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::malformed(parseError.errorString(), masked(response));
    if (!doc.isObject())
        return ApiError::malformed(tr("the answer is not a JSON object"), masked(response));
    QJsonObject object = doc.object();
    if (!object.contains(u"status"_s) && !object.contains(u"verification_requests"_s))
        return ApiError::malformed(tr("no status in the answer"), masked(response));
    return object;
}

template<typename T>
void VerifyClient::sendReading(ApiJob *job, const Call &call,
                               std::function<void(const Outcome<T> &)> deliver,
                               std::function<Outcome<T>(const QJsonObject &)> read)
{
    send(
        job, call,
        [deliver = std::move(deliver), read = std::move(read)](const Outcome<QJsonObject> &answer) {
            deliver(answer ? read(answer.value()) : Outcome<T>(answer.error()));
        });
}

Outcome<VerifyStatus> VerifyClient::answerStatus(const QJsonObject &object)
{
    const VerifyStatus status = VerifyStatus::fromString(answerText(object, u"status"_s));
    if (status.rawCode().isEmpty())
        return ApiError::malformed(tr("no status in the answer"), noResponse());
    return status;
}

Outcome<RequestResult> VerifyClient::readRequestAnswer(const QJsonObject &object)
{
    const Outcome<VerifyStatus> status = answerStatus(object);
    if (!status)
        return status.error();
    RequestResult result;
    result.status = status.value();
    result.requestId = answerText(object, u"request_id"_s);
    result.errorText = answerText(object, u"error_text"_s);
    if ((result.status.isSuccess() || result.alreadyInProgress()) && !result.requestId.isEmpty())
        return result;
    if (result.status.isSuccess())
        return ApiError::malformed(tr("no request_id in the answer"), noResponse());
    return ApiError::business(result.status, result.errorText, result.requestId);
}

Outcome<CheckResult> VerifyClient::readCheckAnswer(const QJsonObject &object,
                                                   const QString &requestId)
{
    const Outcome<VerifyStatus> status = answerStatus(object);
    if (!status)
        return status.error();
    CheckResult result;
    result.requestId = answerText(object, u"request_id"_s);
    if (!status.value().isSuccess()) {
        return ApiError::business(status.value(), answerText(object, u"error_text"_s),
                                  result.requestId.isEmpty() ? requestId : result.requestId);
    }
    result.eventId = answerText(object, u"event_id"_s);
    result.price = answerText(object, u"price"_s);
    result.currency = answerText(object, u"currency"_s);
    result.estimatedPriceMessagesSent = answerText(object, u"estimated_price_messages_sent"_s);
    return result;
}

Outcome<ControlResult> VerifyClient::readControlAnswer(const QJsonObject &object,
                                                       const QString &requestId)
{
    const Outcome<VerifyStatus> status = answerStatus(object);
    if (!status)
        return status.error();
    if (!status.value().isSuccess())
        return ApiError::business(status.value(), answerText(object, u"error_text"_s), requestId);
    return ControlResult {status.value(), answerText(object, u"command"_s)};
}

ApiJob *VerifyClient::request(const VerifyRequest &params, QObject *context,
                              Callback<RequestResult> done)
{
    std::function<void(const Outcome<RequestResult> &)> deliver;
    ApiJob *job = newJob<RequestResult>(context, std::move(done), &deliver);
    if (const std::optional<ApiError> invalid = params.validate()) {
        qCInfo(lcApi) << "request not sent: invalid" << invalid->field();
        QTimer::singleShot(0, job, [deliver, error = *invalid] { deliver(error); });
        return job;
    }

    FormBody form = numberForm(params);
    form.add(u"brand"_s, params.brand);
    if (!params.country.isEmpty())
        form.add(u"country"_s, params.country);
    if (!params.senderId.isEmpty())
        form.add(u"sender_id"_s, params.senderId);
    addSharedOptions(&form, params);

    Call call;
    call.body = form.toByteArray();
    call.lane = RateGuard::Lane::Request;
    call.atMostOnce = true;
    sendReading<RequestResult>(job, call, std::move(deliver), &readRequestAnswer);
    return job;
}

ApiJob *VerifyClient::requestPsd2(const Psd2Request &params, QObject *context,
                                  Callback<RequestResult> done)
{
    std::function<void(const Outcome<RequestResult> &)> deliver;
    ApiJob *job = newJob<RequestResult>(context, std::move(done), &deliver);
    std::optional<ApiError> refused = params.validate();
    if (!refused && !offersPsd2(m_config.flavour)) {
        refused = ApiError::config(tr("This profile's API has no payment confirmation (PSD2): "
                                      "only the vendor's API (a Vonage profile) offers it."));
    }
    if (refused) {
        qCInfo(lcApi) << "PSD2 request not sent:"
                      << (refused->field().isEmpty() ? u"flavour"_s : refused->field());
        QTimer::singleShot(0, job, [deliver, error = *refused] { deliver(error); });
        return job;
    }

    FormBody form = numberForm(params);
    form.add(u"payee"_s, params.payee);
    form.add(u"amount"_s, params.amountText());
    if (!params.country.isEmpty())
        form.add(u"country"_s, params.country);
    addSharedOptions(&form, params);

    Call call;
    call.endpoint = u"psd2"_s;
    call.body = form.toByteArray();
    call.lane = RateGuard::Lane::Request;
    call.atMostOnce = true; // sends an SMS or makes a call
    sendReading<RequestResult>(job, call, std::move(deliver), &readRequestAnswer);
    return job;
}

ApiJob *VerifyClient::check(const QString &requestId, const QString &code, QObject *context,
                            Callback<CheckResult> done)
{
    std::function<void(const Outcome<CheckResult> &)> deliver;
    ApiJob *job = newJob<CheckResult>(context, std::move(done), &deliver);
    Call call;
    call.endpoint = u"check"_s;
    call.body = FormBody().add(u"request_id"_s, requestId).add(u"code"_s, code).toByteArray();
    call.atMostOnce = true; // a second check of a right code gives 6, of a wrong one costs a try
    sendReading<CheckResult>(job, call, std::move(deliver), [requestId](const QJsonObject &object) {
        return readCheckAnswer(object, requestId);
    });
    return job;
}

ApiJob *VerifyClient::control(const QString &requestId, Command command, QObject *context,
                              Callback<ControlResult> done)
{
    std::function<void(const Outcome<ControlResult> &)> deliver;
    ApiJob *job = newJob<ControlResult>(context, std::move(done), &deliver);
    Call call;
    call.endpoint = u"control"_s;
    call.body = FormBody()
                    .add(u"request_id"_s, requestId)
                    .add(u"cmd"_s, commandName(command))
                    .toByteArray();
    call.atMostOnce = true; // trigger_next_event sends a message
    sendReading<ControlResult>(
        job, call, std::move(deliver),
        [requestId](const QJsonObject &object) { return readControlAnswer(object, requestId); });
    return job;
}

ApiJob *VerifyClient::sendRaw(const QString &endpointName,
                              const QList<std::pair<QString, QString>> &params, QObject *context,
                              Callback<RawAnswer> done)
{
    std::function<void(const Outcome<RawAnswer> &)> deliver;
    ApiJob *job = newJob<RawAnswer>(context, std::move(done), &deliver);
    FormBody form;
    for (const auto &[key, value] : params)
        form.add(key, value);
    Call call;
    call.endpoint = endpointName;
    call.body = form.toByteArray();
    if (endpointName.isEmpty() || endpointName == u"psd2")
        call.lane = RateGuard::Lane::Request;
    else if (endpointName == u"search")
        call.lane = RateGuard::Lane::Search;
    call.atMostOnce = endpointName != u"search";
    call.throttledBefore = kMaxThrottleRetries; // "Throttled" is the answer shown, not retried
    call.raw = std::make_shared<HttpResponse>();
    qCInfo(lcApi).noquote() << "raw call to"
                            << (endpointName.isEmpty() ? u"request"_s : endpointName) << "with"
                            << params.size() << "parameters";
    send(job, call, [deliver, raw = call.raw](const Outcome<QJsonObject> &answer) {
        // An HTTP answer of any kind is the value; no answer at all is the error.
        if (raw->httpStatus == 0 && !answer)
            deliver(answer.error());
        else
            deliver(RawAnswer::fromResponse(*raw));
    });
    return job;
}

ApiJob *VerifyClient::search(const QString &requestId, QObject *context,
                             Callback<SearchResult> done)
{
    return search(QStringList {requestId}, context,
                  [done = std::move(done)](const Outcome<QList<SearchResult>> &outcome) {
                      if (!outcome)
                          done(outcome.error());
                      else
                          done(outcome.value().constFirst());
                  });
}

ApiJob *VerifyClient::search(const QStringList &requestIds, QObject *context,
                             Callback<QList<SearchResult>> done)
{
    auto state = std::make_shared<SearchState>();
    ApiJob *job = newJob<QList<SearchResult>>(context, std::move(done), &state->deliver);
    for (const QString &id : requestIds) {
        const QString trimmed = id.trimmed();
        if (!trimmed.isEmpty() && !state->ids.contains(trimmed))
            state->ids.append(trimmed);
    }
    if (state->ids.isEmpty()) {
        QTimer::singleShot(0, job, [state] {
            state->deliver(ApiError::business(
                VerifyStatus(VerifyStatus::Code::MissingParameter),
                u"Your request is incomplete and missing the mandatory parameter "
                u"`request_id`"_s));
        });
        return job;
    }
    searchNextBatch(job, state);
    return job;
}

void VerifyClient::searchNextBatch(ApiJob *job, const std::shared_ptr<SearchState> &state)
{
    const QStringList batch = state->ids.mid(state->next, kMaxIdsPerSearch);
    state->next += static_cast<int>(batch.size());
    searchBatch(job, state, batch, 0);
}

void VerifyClient::searchBatch(ApiJob *job, const std::shared_ptr<SearchState> &state,
                               const QStringList &batch, int attempt)
{
    FormBody form;
    if (batch.size() == 1) {
        form.add(u"request_id"_s, batch.first());
    } else {
        for (const QString &id : batch)
            form.add(u"request_ids"_s, id);
    }
    Call call;
    call.endpoint = u"search"_s;
    call.body = form.toByteArray();
    call.lane = RateGuard::Lane::Search;
    QPointer<ApiJob> guard = job;
    send(job, call, [this, guard, state, batch, attempt](const Outcome<QJsonObject> &answer) {
        if (!answer) {
            if (!retrySearch(guard, state, batch, attempt, answer.error()))
                state->deliver(answer.error());
            return;
        }
        if (const std::optional<ApiError> error = takeSearchAnswer(*state, batch, answer.value())) {
            state->deliver(*error);
            return;
        }
        if (state->next < state->ids.size()) {
            if (guard && !guard->isFinished())
                searchNextBatch(guard, state);
            return;
        }
        QList<SearchResult> results;
        for (const QString &id : std::as_const(state->ids)) {
            const auto found = state->results.constFind(id);
            results.append(found != state->results.cend()
                               ? *found
                               : SearchResult::unknown(id,
                                                       ApiError::businessMessage(VerifyStatus(
                                                           VerifyStatus::Code::NoResponseFound))));
        }
        state->deliver(results);
    });
}

bool VerifyClient::retrySearch(ApiJob *job, const std::shared_ptr<SearchState> &state,
                               const QStringList &batch, int attempt, const ApiError &error)
{
    const bool retryable = error.kind() == ApiError::Kind::Network
        || error.kind() == ApiError::Kind::Timeout || error.httpStatus() == 503
        || error.httpStatus() == 429;
    const int retries =
        std::min<int>(kMaxSearchRetries, static_cast<int>(m_searchRetryDelays.size()));
    if (!retryable || attempt >= retries || !job || job->isFinished())
        return false;
    // Search changes nothing: safe to ask again. A 429 also holds the guard's search lane until
    // its Retry-After.
    const int delay = m_searchRetryDelays.at(attempt);
    qCInfo(lcApi) << "search failed (" << ApiError::kindName(error.kind()) << error.httpStatus()
                  << "); retry" << attempt + 1 << "in" << delay << "ms";
    QPointer<ApiJob> guard = job;
    QTimer::singleShot(delay, guard, [this, guard, state, batch, attempt] {
        if (guard && !guard->isFinished())
            searchBatch(guard, state, batch, attempt + 1);
    });
    return true;
}

std::optional<ApiError> VerifyClient::takeSearchAnswer(SearchState &state, const QStringList &batch,
                                                       const QJsonObject &object)
{
    QList<QJsonObject> entries;
    if (object.value(u"verification_requests"_s).isArray()) {
        const QJsonArray list = object.value(u"verification_requests"_s).toArray();
        for (const QJsonValue value : list)
            entries.append(value.toObject());
    } else {
        // One entry, or a Verify status: a search status is words ("IN PROGRESS"), never digits.
        const VerifyStatus status = VerifyStatus::fromString(answerText(object, u"status"_s));
        const bool numeric = !status.rawCode().isEmpty() && status.rawCode().at(0).isDigit();
        const bool noneKnown = status.code() == VerifyStatus::Code::NoResponseFound;
        const QString id = answerText(object, u"request_id"_s);
        if (numeric && !noneKnown)
            return ApiError::business(status, answerText(object, u"error_text"_s), id);
        // Status 101 without an id: none of the ids is known, and the answer names none of them.
        if (!noneKnown || !id.isEmpty())
            entries.append(object);
    }
    for (const QJsonObject &entry : std::as_const(entries)) {
        QString error;
        const SearchResult result = SearchResult::fromJson(entry, &error);
        if (!error.isEmpty())
            return ApiError::malformed(error, noResponse());
        if (batch.contains(result.requestId))
            state.results.insert(result.requestId, result);
    }
    return std::nullopt;
}
