#include "RequestSamples.h"
#include "SandboxRig.h"
#include "api/ExchangeLog.h"
#include "api/TokenClient.h"
#include "api/VerifyClient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

const QString kNumber = u"31612345678"_s;

int exchangesTo(const ExchangeLog &log, const QString &path)
{
    int count = 0;
    for (const ExchangeLog::Entry &entry : log.entries()) {
        const QString withoutQuery = entry.url.section(u'?', 0, 0);
        if (withoutQuery.endsWith(path))
            ++count;
    }
    return count;
}

int tokenExchanges(const ExchangeLog &log)
{
    return exchangesTo(log, u"/oauth/client_credential/accesstoken"_s);
}

} // namespace

class tst_VerifyClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void requestSendsEveryParameterAsAForm();
    void theSandboxAcceptsEveryLanguageTheClientOffers();
    void throttledCallsAreSentAgain_data();
    void throttledCallsAreSentAgain();
    void throttledTooOftenIsTheError();
    void theSandboxsOwnLimitIsWaitedOut();
    void fullFlowGivesTypedResults();
    void fiftyCallsAndTenConcurrentCostOneToken();
    void tenConcurrentCallsFromColdShareOneToken();
    void validTokenPutsTheCallOnTheWireAtOnce();
    void expiredTokenIsRenewedAndTheCallRetried();
    void tokenExpiringMidFlowSendsOneSms();
    void forgottenTokenIsRenewedAndTheCallRetried();
    void refusedTokenIsRetriedOnlyOnce();
    void callRetriedWithARenewedTokenWaitsItsTurn();
    void badClientFailsOnce();
    void demoNumbersGiveBusinessErrors_data();
    void demoNumbersGiveBusinessErrors();
    void concurrentRequestCarriesTheLiveRequestId();
    void wrongCodesThenTooMany();
    void checkAfterSuccessGivesSix();
    void cancelTooEarlyThenInTimeThenTooLate();
    void triggerNextEventWithNothingLeft();
    void searchReportsUnknownIds();
    void searchOf25IdsMakesThreeCalls();
    void faultsEndInOneError_data();
    void faultsEndInOneError();
    void requestIsNeverRetriedOnAServerError();
    void abortEndsTheCallOnce();
    void finishedJobIsGoneBeforeTheNextTurn();
    void loggedAnswersHoldOnlyTheirOwnBytes();
    void destroyedContextIsNotCalled();
    void exchangeLogOfAWholeFlowHoldsNoSecret();
    void errorsNameTheExchangeThatFailed();
    void answerReachesTheCallerBeforeItsExchangeIsRecorded();
    void exchangesStayInIdOrderWhenACallbackEndsAnother();

    void rateGuardQueuesRequestsAndSearchesInOrder();
    void queuedCallCanBeAborted();
    void retryAfterHoldsTheNextSearches();
    void rateGuardOnItsRealClockKeepsTheOrder();
    void closedConnectionAfterAnSmsSendsOneSms();
    void closedConnectionIsNotResentForCheckOrControl();
    void invalidRequestIsNotSent_data();
    void invalidRequestIsNotSent();
    void searchIsRetriedAfterNetworkErrorsAnd503();
    void searchGivesUpAfterTwoRetries();
    void searchRetryWaitsForRetryAfter();
    void requestCheckAndControlAreNotRetried();
    void manualProxyCarriesEveryCall();
    void closedProxyGivesANetworkErrorNamingIt();
    void caFileThatIsNotPemIsAConfigError();
    void pemCaFileIsTrustedOnTopOfTheSystem();
    void tlsFailureIsATlsError();

private:
    template<typename T>
    Outcome<T> run(const std::function<ApiJob *(VerifyClient::Callback<T>)> &start);
    Outcome<RequestResult> request(const QString &number, int workflow = 0);
    Outcome<CheckResult> check(const QString &requestId, const QString &code);
    Outcome<SearchResult> search(const QString &requestId);
    Outcome<ControlResult> control(const QString &requestId, VerifyClient::Command command);
    QString currentToken();
    QString wrongCode(const QString &number);
    // Moves the rate guard's driven clock on and lets it start what is due.
    void passGuardTime(qint64 ms);
    void setRateLimits(qint64 ms);

    std::unique_ptr<SandboxRig> m_rig;
    // The rig's parts, named for the tests.
    sandbox::SandboxServer *m_server = nullptr;
    SandboxControl *m_control = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    ExchangeLog *m_log = nullptr;
    TokenClient *m_tokens = nullptr;
    VerifyClient *m_client = nullptr;
    ApiConfig m_config;
    qint64 m_guardNow = 0;
    QList<qint64> m_wakeUps;
};

void tst_VerifyClient::init()
{
    sandbox::SandboxOptions options;
    // These flows search right after a check or cancel: search's 101 minute after completion
    // (the vendor's rule, on by default in the sandbox) is switched off for them.
    options.simulator.instantSearch = true;
    m_rig = std::make_unique<SandboxRig>(options);
    QVERIFY(m_rig->isListening());
    m_server = &m_rig->server();
    m_control = &m_rig->control();
    m_nam = &m_rig->nam();
    m_log = &m_rig->log();
    m_tokens = &m_rig->tokens();
    m_client = &m_rig->client();
    m_tokens->setRetryDelays({10, 20});
    // A "Throttled" answer is sent again after a back-off; short here, so tests do not wait.
    m_client->setThrottleRetryDelays({10, 20, 40});
    m_config = m_rig->config();
    m_config.proxyMode = ApiConfig::ProxyMode::None;
    m_client->setConfig(m_config);
    // The rate guard runs on a clock the tests drive; the limits are off except in the tests of
    // the guard, so that the other tests do not wait a second per request.
    m_guardNow = 0;
    m_wakeUps.clear();
    m_client->rateGuard()->setClock([this] { return m_guardNow; });
    m_client->rateGuard()->setWakeUp([this](qint64 delay) { m_wakeUps.append(delay); });
    setRateLimits(0);
}

void tst_VerifyClient::passGuardTime(qint64 ms)
{
    m_guardNow += ms;
    m_client->rateGuard()->pump();
}

void tst_VerifyClient::setRateLimits(qint64 ms)
{
    m_client->rateGuard()->setInterval(RateGuard::Lane::Request, ms);
    m_client->rateGuard()->setInterval(RateGuard::Lane::Search, ms);
}

void tst_VerifyClient::cleanup()
{
    m_rig.reset();
}

template<typename T>
Outcome<T> tst_VerifyClient::run(const std::function<ApiJob *(VerifyClient::Callback<T>)> &start)
{
    std::optional<Outcome<T>> result;
    int calls = 0;
    QPointer<ApiJob> job = start([&](const Outcome<T> &outcome) {
        result = outcome;
        ++calls;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15'000);
    }();
    // Exactly one end, also once the event loop had the chance to deliver another.
    QCoreApplication::processEvents();
    [&] {
        QCOMPARE(calls, 1);
    }();
    [&] {
        QTRY_VERIFY(job.isNull());
    }(); // the job cleans up after itself
    return result.value_or(Outcome<T>(ApiError::aborted()));
}

Outcome<RequestResult> tst_VerifyClient::request(const QString &number, int workflow)
{
    VerifyRequest params;
    params.number = number;
    params.brand = u"VerifyDesk"_s;
    if (workflow != 0)
        params.workflowId = workflow;
    return run<RequestResult>([&](VerifyClient::Callback<RequestResult> done) {
        return m_client->request(params, this, std::move(done));
    });
}

Outcome<CheckResult> tst_VerifyClient::check(const QString &requestId, const QString &code)
{
    return run<CheckResult>([&](VerifyClient::Callback<CheckResult> done) {
        return m_client->check(requestId, code, this, std::move(done));
    });
}

Outcome<SearchResult> tst_VerifyClient::search(const QString &requestId)
{
    return run<SearchResult>([&](VerifyClient::Callback<SearchResult> done) {
        return m_client->search(requestId, this, std::move(done));
    });
}

Outcome<ControlResult> tst_VerifyClient::control(const QString &requestId,
                                                 VerifyClient::Command command)
{
    return run<ControlResult>([&](VerifyClient::Callback<ControlResult> done) {
        return m_client->control(requestId, command, this, std::move(done));
    });
}

QString tst_VerifyClient::currentToken()
{
    QString token;
    bool done = false;
    m_tokens->fetchToken(this, [&](const Outcome<QString> &outcome) {
        token = outcome.ok() ? outcome.value() : QString();
        done = true;
    });
    [&] {
        QTRY_VERIFY(done);
    }();
    return token;
}

QString tst_VerifyClient::wrongCode(const QString &number)
{
    const QString right = m_control->lastCode(number);
    return right == u"0000" ? u"1111"_s : u"0000"_s;
}

// The client's list and the simulator's are separate readings of the spec; they must agree.
void tst_VerifyClient::theSandboxAcceptsEveryLanguageTheClientOffers()
{
    int n = 0;
    for (const QString &language : VerifyRequest::languages()) {
        VerifyRequest params;
        params.number = u"316120000%1"_s.arg(n++, 2, 10, QLatin1Char('0'));
        params.brand = u"VerifyDesk"_s;
        params.language = language;
        const Outcome<RequestResult> result =
            run<RequestResult>([&](VerifyClient::Callback<RequestResult> done) {
                return m_client->request(params, this, std::move(done));
            });
        QVERIFY2(result.ok(), qPrintable(language));
        QVERIFY2(result.value().status.isSuccess(), qPrintable(language));
    }
}

void tst_VerifyClient::requestSendsEveryParameterAsAForm()
{
    VerifyRequest params;
    params.number = u"+31612345678"_s;
    params.brand = u"Desk & Co"_s;
    params.country = u"NL"_s;
    params.senderId = u"VerifyDesk"_s;
    RequestSamples::setEveryOption(params);
    const Outcome<RequestResult> result =
        run<RequestResult>([&](VerifyClient::Callback<RequestResult> done) {
            return m_client->request(params, this, std::move(done));
        });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    QVERIFY(result.value().status.isSuccess());
    QVERIFY(!result.value().alreadyInProgress());
    QCOMPARE(result.value().requestId.size(), 32);

    const ExchangeLog::Entry entry = m_log->entries().constLast();
    QVERIFY(entry.url.endsWith(u"/communication/nexmo/verify"));
    QCOMPARE(entry.requestBody,
             QByteArray("number=31612345678&brand=Desk%20%26%20Co&country=NL&sender_id=VerifyDesk"
                        "&code_length=6&lg=nl-nl&pin_expiry=240&next_event_wait=120"
                        "&workflow_id=2"));
    bool bearer = false;
    for (const auto &[name, value] : entry.requestHeaders) {
        if (name == "Authorization")
            bearer = value.startsWith("Bearer [redacted] #");
        if (name == "Content-Type")
            QCOMPARE(value, QByteArray("application/x-www-form-urlencoded"));
    }
    QVERIFY(bearer);
    // The parameters reached the sandbox: a six-digit code in Dutch.
    const QJsonArray messages = m_control->messages(kNumber);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().toObject().value(u"code"_s).toString().size(), 6);
    QVERIFY(messages.first().toObject().value(u"text"_s).toString().startsWith(u"Uw Desk & Co"));
}

void tst_VerifyClient::fullFlowGivesTypedResults()
{
    const Outcome<RequestResult> requested = request(kNumber);
    QVERIFY(requested.ok());
    const QString id = requested.value().requestId;
    const Outcome<CheckResult> checked = check(id, m_control->lastCode(kNumber));
    QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().detail()));
    QCOMPARE(checked.value().requestId, id);
    QCOMPARE(checked.value().price, u"0.10000000"_s);
    QCOMPARE(checked.value().currency, u"EUR"_s);
    QCOMPARE(checked.value().estimatedPriceMessagesSent, u"0.03330000"_s);
    QVERIFY(checked.value().eventId.startsWith(u"0A"));

    const Outcome<SearchResult> found = search(id);
    QVERIFY(found.ok());
    const SearchResult &result = found.value();
    QVERIFY(result.isKnown());
    QCOMPARE(result.status, SearchResult::Status::Success);
    QCOMPARE(result.statusText, u"SUCCESS"_s);
    QCOMPARE(result.requestId, id);
    QCOMPARE(result.number, kNumber);
    QCOMPARE(result.price, u"0.10000000"_s);
    QCOMPARE(result.currency, u"EUR"_s);
    QVERIFY(result.dateSubmitted.isValid());
    QCOMPARE(result.dateSubmitted.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(result.dateSubmitted.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(result.dateFinalized.isValid());
    QCOMPARE(result.checks.size(), 1);
    QVERIFY(result.checks.first().valid());
    QVERIFY(result.checks.first().date.isValid());
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(result.events.first().type, u"sms"_s);
    QCOMPARE(result.events.first().id, checked.value().eventId);
}

void tst_VerifyClient::fiftyCallsAndTenConcurrentCostOneToken()
{
    // Sixty calls as fast as the client goes: the vendor's limit of 30 a second would refuse
    // some, and this test is about tokens, so the limit is off.
    m_server->simulator().setCallsPerSecond(0);
    const QString id = request(kNumber).value().requestId;
    for (int i = 0; i < 50; ++i)
        QVERIFY(search(id).ok());
    int ended = 0;
    for (int i = 0; i < 10; ++i) {
        m_client->search(id, this, [&ended](const Outcome<SearchResult> &outcome) {
            QVERIFY(outcome.ok());
            ++ended;
        });
    }
    QTRY_COMPARE(ended, 10);
    QCOMPARE(exchangesTo(*m_log, u"/search"_s), 60);
    QCOMPARE(tokenExchanges(*m_log), 1);
}

void tst_VerifyClient::tenConcurrentCallsFromColdShareOneToken()
{
    int ok = 0;
    for (int i = 0; i < 10; ++i) {
        VerifyRequest params;
        params.number = u"3161234560%1"_s.arg(i);
        params.brand = u"VerifyDesk"_s;
        m_client->request(params, this, [&ok](const Outcome<RequestResult> &outcome) {
            if (outcome.ok() && outcome.value().status.isSuccess())
                ++ok;
        });
    }
    QTRY_COMPARE(ok, 10);
    QCOMPARE(tokenExchanges(*m_log), 1);
}

void tst_VerifyClient::validTokenPutsTheCallOnTheWireAtOnce()
{
    const QString id = request(kNumber).value().requestId;
    m_tokens->invalidate();
    // Without a token the call waits for one.
    int ended = 0;
    QPointer<ApiJob> cold =
        m_client->search(id, this, [&ended](const Outcome<SearchResult> &found) {
            QVERIFY(found.ok());
            ++ended;
        });
    QCOMPARE(cold->exchanges(), 0);
    QTRY_COMPARE(ended, 1);
    // With one, the call is sent before search() returns, and still calls back from the event
    // loop, once.
    QVERIFY(m_tokens->hasToken());
    QPointer<ApiJob> warm =
        m_client->search(id, this, [&ended](const Outcome<SearchResult> &found) {
            QVERIFY(found.ok());
            ++ended;
        });
    QCOMPARE(warm->exchanges(), 1);
    QCOMPARE(ended, 1);
    QTRY_COMPARE(ended, 2);
    QTRY_VERIFY(warm.isNull());
    QCOMPARE(ended, 2);
    QCOMPARE(tokenExchanges(*m_log), 2);
}

void tst_VerifyClient::expiredTokenIsRenewedAndTheCallRetried()
{
    const QString id = request(kNumber).value().requestId;
    const QString first = currentToken();
    QVERIFY(m_control->advance(3600)); // past the sandbox token's 3599 s
    const Outcome<SearchResult> found = search(id);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().detail()));
    QCOMPARE(found.value().status, SearchResult::Status::Expired);
    QCOMPARE(tokenExchanges(*m_log), 2);
    QVERIFY(currentToken() != first);
    const QList<ExchangeLog::Entry> entries = m_log->entries();
    QCOMPARE(entries.at(entries.size() - 3).status, 401);
    QVERIFY(entries.at(entries.size() - 3).responseBody.contains("Access Token expired"));

    // Ten calls refused at once with the same expired token renew it once.
    QVERIFY(m_control->advance(3600));
    int ok = 0;
    for (int i = 0; i < 10; ++i) {
        m_client->search(id, this, [&ok](const Outcome<SearchResult> &outcome) {
            if (outcome.ok())
                ++ok;
        });
    }
    QTRY_COMPARE(ok, 10);
    QCOMPARE(tokenExchanges(*m_log), 3);
}

void tst_VerifyClient::tokenExpiringMidFlowSendsOneSms()
{
    QVERIFY(currentToken().size() > 0);
    QVERIFY(m_control->addFaults(R"([{"path":"/communication/nexmo/verify","expire_tokens":true,)"
                                 R"("count":1}])"));
    const Outcome<RequestResult> result = request(kNumber);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    QCOMPARE(tokenExchanges(*m_log), 2);
    QCOMPARE(exchangesTo(*m_log, u"/communication/nexmo/verify"_s), 2);
    // The refused call never reached Verify: one SMS, one live request.
    QCOMPARE(m_control->messages(kNumber).size(), 1);
}

void tst_VerifyClient::forgottenTokenIsRenewedAndTheCallRetried()
{
    const QString first = currentToken();
    QVERIFY(m_control->reset()); // the sandbox forgets every token
    const Outcome<SearchResult> found = search(u"0123456789abcdef0123456789abcdef"_s);
    QVERIFY(found.ok());
    QVERIFY(!found.value().isKnown());
    QCOMPARE(tokenExchanges(*m_log), 2);
    QVERIFY(currentToken() != first);
    // Apigee's answer to a Bearer token it does not know.
    QVERIFY(m_log->entries()
                .at(m_log->size() - 3)
                .responseBody.contains("keymanagement.service.invalid_access_token"));
}

void tst_VerifyClient::refusedTokenIsRetriedOnlyOnce()
{
    QVERIFY(m_control->addFaults(
        R"([{"path":"/search","status":401,"count":5,"body":"{\"fault\":{\"faultstring\":\"Invalid access token\",\"detail\":{\"errorcode\":\"oauth.v2.InvalidAccessToken\"}}}"}])"));
    const Outcome<SearchResult> found = search(u"abc"_s);
    QVERIFY(!found.ok());
    QCOMPARE(found.error().kind(), ApiError::Kind::InvalidToken);
    QCOMPARE(exchangesTo(*m_log, u"/search"_s), 2);
    QCOMPARE(tokenExchanges(*m_log), 2);
}

void tst_VerifyClient::callRetriedWithARenewedTokenWaitsItsTurn()
{
    // To the vendor the call sent again with the new token is one more request: it waits for the
    // request lane like any other, instead of going out right behind the refused one.
    setRateLimits(1000);
    QVERIFY(currentToken().size() > 0);
    QVERIFY(m_control->addFaults(R"([{"path":"/communication/nexmo/verify","expire_tokens":true,)"
                                 R"("count":1}])"));
    VerifyRequest params;
    params.number = kNumber;
    params.brand = u"VerifyDesk"_s;
    std::optional<Outcome<RequestResult>> result;
    m_client->request(params, this,
                      [&result](const Outcome<RequestResult> &outcome) { result = outcome; });
    QTRY_COMPARE(m_client->rateGuard()->waiting(RateGuard::Lane::Request), 1);
    QCOMPARE(exchangesTo(*m_log, u"/communication/nexmo/verify"_s), 1); // the refused one
    QVERIFY(!result.has_value());

    passGuardTime(999);
    QCOMPARE(m_client->rateGuard()->waiting(RateGuard::Lane::Request), 1);
    passGuardTime(1);
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detail()));
    QCOMPARE(exchangesTo(*m_log, u"/communication/nexmo/verify"_s), 2);
    QCOMPARE(tokenExchanges(*m_log), 2);
    QCOMPARE(m_control->messages(kNumber).size(), 1);
}

void tst_VerifyClient::badClientFailsOnce()
{
    ApiConfig bad = m_config;
    bad.clientSecret = u"not-the-secret"_s;
    m_client->setConfig(bad);
    const Outcome<RequestResult> first = request(kNumber);
    QVERIFY(!first.ok());
    QCOMPARE(first.error().kind(), ApiError::Kind::InvalidClient);
    QVERIFY(!first.error().message().isEmpty());
    const Outcome<SearchResult> second = search(u"abc"_s);
    QCOMPARE(second.error().kind(), ApiError::Kind::InvalidClient);
    QCOMPARE(tokenExchanges(*m_log), 1);
    QCOMPARE(m_log->size(), 1); // nothing reached the Verify API
}

void tst_VerifyClient::throttledCallsAreSentAgain_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("request") << u"/communication/nexmo/verify"_s;
    QTest::newRow("check") << u"/communication/nexmo/verify/check"_s;
    QTest::newRow("search") << u"/communication/nexmo/verify/search"_s;
}

// Status 1 "Throttled" (the spec: more than 30 calls a second) refuses a call before it does
// anything: the client sends it again after a short back-off, and the caller sees the answer.
void tst_VerifyClient::throttledCallsAreSentAgain()
{
    QFETCH(QString, path);
    const bool isRequest = path.endsWith(u"/verify"_s);
    QString id;
    if (!isRequest) {
        id = request(kNumber).value().requestId;
        QVERIFY(!id.isEmpty());
    }
    QVERIFY(m_control->addFaults(
        u"[{\"path\":\"%1\",\"verify_status\":\"1\",\"count\":2}]"_s.arg(path).toUtf8()));
    m_log->clear();
    if (isRequest) {
        const Outcome<RequestResult> sent = request(kNumber);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().detail()));
    } else if (path.endsWith(u"/check"_s)) {
        const Outcome<CheckResult> checked = check(id, m_control->lastCode(kNumber));
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().detail()));
    } else {
        const Outcome<SearchResult> found = search(id);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().detail()));
        QCOMPARE(found.value().status, SearchResult::Status::InProgress);
    }
    QCOMPARE(exchangesTo(*m_log, path), 3); // two "Throttled", then the answer
    QCOMPARE(m_control->messages(kNumber).size(), 1); // one SMS, however often it was sent
}

void tst_VerifyClient::throttledTooOftenIsTheError()
{
    QVERIFY(m_control->addFaults(
        R"([{"path":"/communication/nexmo/verify","verify_status":"1","count":10}])"));
    m_log->clear();
    const Outcome<RequestResult> result = request(kNumber);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ApiError::Kind::Business);
    QCOMPARE(result.error().businessStatus(), u"1"_s);
    QCOMPARE(exchangesTo(*m_log, u"/communication/nexmo/verify"_s),
             1 + VerifyClient::kMaxThrottleRetries);
    QCOMPARE(m_control->messages(kNumber).size(), 0);

    m_client->setThrottleRetryDelays({});
    QVERIFY(m_control->clearFaults());
    QVERIFY(
        m_control->addFaults(R"([{"path":"/communication/nexmo/verify","verify_status":"1"}])"));
    m_log->clear();
    QCOMPARE(request(kNumber).error().businessStatus(), u"1"_s);
    QCOMPARE(exchangesTo(*m_log, u"/communication/nexmo/verify"_s), 1);
}

// The sandbox's own limit, 30 calls a second per account on its clock: the 31st call is refused,
// and once the sandbox's second has passed the client's next try goes through.
void tst_VerifyClient::theSandboxsOwnLimitIsWaitedOut()
{
    // A sandbox whose clock only moves when told, so that 30 calls fall in one of its seconds.
    sandbox::SandboxOptions options;
    options.timeScale = 1e-9;
    SandboxRig rig(options);
    QVERIFY(rig.isListening());
    VerifyClient &client = rig.client();
    client.rateGuard()->setInterval(RateGuard::Lane::Request, 0);
    client.rateGuard()->setInterval(RateGuard::Lane::Search, 0);
    client.setSearchRetryDelays({});
    client.setThrottleRetryDelays({300, 300, 300});
    VerifyRequest verify;
    verify.number = kNumber;
    verify.brand = u"Acme"_s;
    std::optional<Outcome<RequestResult>> sent;
    client.request(verify, this, [&sent](const Outcome<RequestResult> &o) { sent = o; });
    QTRY_VERIFY(sent.has_value());
    QVERIFY(sent->ok());
    const QString id = sent->value().requestId;
    for (int i = 1; i < 30; ++i) {
        std::optional<Outcome<SearchResult>> found;
        client.search(id, this, [&found](const Outcome<SearchResult> &o) { found = o; });
        QTRY_VERIFY(found.has_value());
        QVERIFY(found->ok());
    }
    rig.log().clear();
    std::optional<Outcome<SearchResult>> found;
    client.search(id, this, [&found](const Outcome<SearchResult> &o) { found = o; });
    QTRY_COMPARE(exchangesTo(rig.log(), u"/search"_s), 1);
    QVERIFY(!found.has_value());
    QVERIFY(rig.log().entries().constLast().responseBody.contains("Throttled"));
    QVERIFY(rig.control().advance(1));
    QTRY_VERIFY(found.has_value());
    QVERIFY2(found->ok(), qPrintable(found->ok() ? QString() : found->error().detail()));
    QCOMPARE(exchangesTo(rig.log(), u"/search"_s), 2);
}

void tst_VerifyClient::demoNumbersGiveBusinessErrors_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("status");
    for (const char *status : {"1", "5", "6", "7", "8", "9", "15", "29"}) {
        const QString code = QString::fromLatin1(status);
        QTest::addRow("status %s", status) << u"4477009000%1"_s.arg(code, 2, u'0') << code;
    }
}

void tst_VerifyClient::demoNumbersGiveBusinessErrors()
{
    QFETCH(QString, number);
    QFETCH(QString, status);
    const Outcome<RequestResult> result = request(number);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ApiError::Kind::Business);
    QCOMPARE(result.error().businessStatus(), status);
    QCOMPARE(result.error().message(), ApiError::businessMessage(status));
    QVERIFY(!result.error().serverText().isEmpty());
    QCOMPARE(m_control->messages(number).size(), 0);
}

void tst_VerifyClient::concurrentRequestCarriesTheLiveRequestId()
{
    const Outcome<RequestResult> first = request(kNumber);
    QVERIFY(first.ok());
    const Outcome<RequestResult> second = request(kNumber);
    QVERIFY(second.ok());
    QVERIFY(second.value().alreadyInProgress());
    QCOMPARE(second.value().status.code(), VerifyStatus::Code::ConcurrentVerification);
    QCOMPARE(second.value().requestId, first.value().requestId);
    QVERIFY(!second.value().errorText.isEmpty());
    QCOMPARE(m_control->messages(kNumber).size(), 1);
}

void tst_VerifyClient::wrongCodesThenTooMany()
{
    const QString id = request(kNumber).value().requestId;
    const QString wrong = wrongCode(kNumber);
    for (int i = 0; i < 3; ++i) {
        const Outcome<CheckResult> result = check(id, wrong);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::Business);
        QCOMPARE(result.error().businessStatus(), u"16"_s);
        QCOMPARE(result.error().requestId(), id);
    }
    const Outcome<CheckResult> blocked = check(id, m_control->lastCode(kNumber));
    QCOMPARE(blocked.error().businessStatus(), u"17"_s);
    const Outcome<SearchResult> found = search(id);
    QCOMPARE(found.value().status, SearchResult::Status::Failed);
    QCOMPARE(found.value().checks.size(), 3);
    QVERIFY(!found.value().checks.first().valid());
}

void tst_VerifyClient::checkAfterSuccessGivesSix()
{
    const QString id = request(kNumber).value().requestId;
    const QString code = m_control->lastCode(kNumber);
    QVERIFY(check(id, code).ok());
    const Outcome<CheckResult> again = check(id, code);
    QCOMPARE(again.error().kind(), ApiError::Kind::Business);
    QCOMPARE(again.error().businessStatus(), u"6"_s);
}

void tst_VerifyClient::cancelTooEarlyThenInTimeThenTooLate()
{
    const QString id = request(kNumber).value().requestId;
    const Outcome<ControlResult> early = control(id, VerifyClient::Command::Cancel);
    QCOMPARE(early.error().kind(), ApiError::Kind::Business);
    QCOMPARE(early.error().businessStatus(), u"19"_s);
    QVERIFY(m_control->advance(31));
    const Outcome<ControlResult> cancelled = control(id, VerifyClient::Command::Cancel);
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled.value().command, u"cancel"_s);
    QVERIFY(cancelled.value().status.isSuccess());
    QCOMPARE(search(id).value().status, SearchResult::Status::Cancelled);

    const QString late = request(u"31612345679"_s).value().requestId;
    QVERIFY(m_control->advance(31));
    const Outcome<ControlResult> next = control(late, VerifyClient::Command::TriggerNextEvent);
    QVERIFY(next.ok());
    QCOMPARE(next.value().command, u"trigger_next_event"_s);
    QCOMPARE(m_control->messages(u"31612345679"_s).size(), 2);
    const Outcome<ControlResult> tooLate = control(late, VerifyClient::Command::Cancel);
    QCOMPARE(tooLate.error().businessStatus(), u"19"_s);
}

void tst_VerifyClient::triggerNextEventWithNothingLeft()
{
    const QString id = request(kNumber, 6).value().requestId; // SMS only
    const Outcome<ControlResult> result = control(id, VerifyClient::Command::TriggerNextEvent);
    QCOMPARE(result.error().kind(), ApiError::Kind::Business);
    QCOMPARE(result.error().businessStatus(), u"19"_s);
    QCOMPARE(m_control->messages(kNumber).size(), 1);
}

void tst_VerifyClient::searchReportsUnknownIds()
{
    const QString unknown = u"ffffffffffffffffffffffffffffffff"_s;
    const Outcome<SearchResult> one = search(unknown);
    QVERIFY(one.ok());
    QVERIFY(!one.value().isKnown());
    QCOMPARE(one.value().requestId, unknown);

    const auto many = [this](const QStringList &ids) {
        return run<QList<SearchResult>>([&](VerifyClient::Callback<QList<SearchResult>> done) {
            return m_client->search(ids, this, std::move(done));
        });
    };
    const Outcome<QList<SearchResult>> none = many({unknown, u"eeee"_s});
    QVERIFY(none.ok());
    QCOMPARE(none.value().size(), 2);
    QVERIFY(!none.value().at(0).isKnown() && !none.value().at(1).isKnown());
    QCOMPARE(none.value().at(1).requestId, u"eeee"_s);

    const QString known = request(kNumber).value().requestId;
    const Outcome<QList<SearchResult>> mixed = many({unknown, known, known});
    QVERIFY(mixed.ok());
    QCOMPARE(mixed.value().size(), 2);
    QVERIFY(!mixed.value().at(0).isKnown());
    QCOMPARE(mixed.value().at(1).requestId, known);
    QCOMPARE(mixed.value().at(1).status, SearchResult::Status::InProgress);
}

void tst_VerifyClient::searchOf25IdsMakesThreeCalls()
{
    QStringList ids;
    for (int i = 0; i < 25; ++i) {
        const Outcome<RequestResult> result =
            request(u"3161000%1"_s.arg(i, 4, 10, QLatin1Char('0')));
        QVERIFY(result.ok());
        ids.append(result.value().requestId);
    }
    int exchanges = 0;
    const Outcome<QList<SearchResult>> found =
        run<QList<SearchResult>>([&](VerifyClient::Callback<QList<SearchResult>> done) {
            ApiJob *job = m_client->search(ids, this, std::move(done));
            connect(job, &ApiJob::finished, this,
                    [&exchanges, job] { exchanges = job->exchanges(); });
            return job;
        });
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().detail()));
    QCOMPARE(found.value().size(), 25);
    for (int i = 0; i < 25; ++i) {
        QCOMPARE(found.value().at(i).requestId, ids.at(i));
        QCOMPARE(found.value().at(i).status, SearchResult::Status::InProgress);
    }
    QCOMPARE(exchanges, 3);
    QCOMPARE(exchangesTo(*m_log, u"/search"_s), 3);
    // Never more than ten ids per call, so never status 18.
    for (const ExchangeLog::Entry &entry : m_log->entries()) {
        if (entry.url.endsWith(u"/search"))
            QVERIFY(entry.requestBody.count("request_ids=") <= 10);
    }
}

void tst_VerifyClient::faultsEndInOneError_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("retryAfter");

    QTest::newRow("500") << QByteArray(R"({"status":500})") << ApiError::Kind::GatewayFault << 500
                         << -1;
    QTest::newRow("503") << QByteArray(R"({"status":503})") << ApiError::Kind::GatewayFault << 503
                         << -1;
    QTest::newRow("429 retry-after") << QByteArray(R"({"status":429,"retry_after":7})")
                                     << ApiError::Kind::GatewayFault << 429 << 7;
    QTest::newRow("html 502") << QByteArray(R"({"status":502,"body":"html"})")
                              << ApiError::Kind::Http << 502 << -1;
    QTest::newRow("html 200") << QByteArray(R"({"body":"html"})") << ApiError::Kind::MalformedAnswer
                              << 200 << -1;
    QTest::newRow("truncated") << QByteArray(R"({"body":"truncated"})")
                               << ApiError::Kind::MalformedAnswer << 200 << -1;
    QTest::newRow("malformed") << QByteArray(R"({"body":"malformed"})")
                               << ApiError::Kind::MalformedAnswer << 200 << -1;
    QTest::newRow("empty") << QByteArray(R"({"body":"empty"})") << ApiError::Kind::MalformedAnswer
                           << 200 << -1;
    // Qt itself sends a request again once when the connection closes before any answer byte,
    // so one closed connection is invisible; a server that keeps closing gives one error.
    QTest::newRow("closed") << QByteArray(R"({"close":true,"count":5})") << ApiError::Kind::Network
                            << 0 << -1;
    QTest::newRow("delay past the timeout")
        << QByteArray(R"({"delay_ms":1500})") << ApiError::Kind::Timeout << 0 << -1;
    QTest::newRow("forced status 5")
        << QByteArray(R"({"verify_status":"5"})") << ApiError::Kind::Business << 200 << -1;
}

void tst_VerifyClient::faultsEndInOneError()
{
    QFETCH(QByteArray, fault);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, httpStatus);
    QFETCH(int, retryAfter);

    ApiConfig config = m_config;
    config.timeoutMs = 500;
    m_client->setConfig(config);
    m_client->setSearchRetryDelays({}); // one call, one fault: the retries are tested below
    const QString id = request(kNumber).value().requestId;
    QVERIFY(!id.isEmpty());

    QByteArray withPath = fault;
    withPath.insert(1, R"("path":"/communication/nexmo/verify/search",)");
    QVERIFY(m_control->addFaults('[' + withPath + ']'));
    const Outcome<SearchResult> failed = search(id);
    QVERIFY(!failed.ok());
    const ApiError &error = failed.error();
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), httpStatus);
    QCOMPARE(error.retryAfterSeconds(), retryAfter);
    QVERIFY(error.message().size() > 20);
    QVERIFY(error.message().endsWith(u'.'));
    QVERIFY(!error.detail().isEmpty());

    // The client keeps working (after the Retry-After the guard honours).
    if (retryAfter > 0) {
        QCOMPARE(m_client->rateGuard()->msUntilFree(RateGuard::Lane::Search), retryAfter * 1000);
        passGuardTime(retryAfter * 1000);
    }
    QVERIFY(m_control->clearFaults());
    const Outcome<SearchResult> after = search(id);
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().detail()));
    QCOMPARE(after.value().status, SearchResult::Status::InProgress);
    QCOMPARE(tokenExchanges(*m_log), 1);
}

void tst_VerifyClient::requestIsNeverRetriedOnAServerError()
{
    for (const QByteArray &fault : {QByteArray(R"({"status":503,"processed":true})"),
                                    QByteArray(R"({"body":"truncated"})")}) {
        QVERIFY(m_control->reset());
        m_tokens->invalidate(); // the sandbox forgot it
        QVERIFY(!currentToken().isEmpty());
        m_log->clear();
        QByteArray withPath = fault;
        withPath.insert(1, R"("path":"/communication/nexmo/verify",)");
        QVERIFY(m_control->addFaults('[' + withPath + ']'));
        const Outcome<RequestResult> result = request(kNumber);
        QVERIFY(!result.ok());
        QCOMPARE(exchangesTo(*m_log, u"/communication/nexmo/verify"_s), 1);
        // The SMS did go out; the client must not send a second one on its own.
        QCOMPARE(m_control->messages(kNumber).size(), 1);
    }
}

void tst_VerifyClient::abortEndsTheCallOnce()
{
    const QString id = request(kNumber).value().requestId;
    QVERIFY(m_control->addFaults(R"([{"path":"/search","delay_ms":800}])"));
    int calls = 0;
    ApiError::Kind kind = ApiError::Kind::Network;
    QPointer<ApiJob> job = m_client->search(id, this, [&](const Outcome<SearchResult> &outcome) {
        ++calls;
        if (!outcome.ok())
            kind = outcome.error().kind();
    });
    QSignalSpy finished(job.data(), &ApiJob::finished);
    QTRY_COMPARE(job->exchanges(), 1); // the search is on the wire
    job->abort();
    QCOMPARE(calls, 1);
    QCOMPARE(kind, ApiError::Kind::Aborted);
    QCOMPARE(finished.count(), 1);
    QVERIFY(job.isNull()); // gone as soon as it has finished: no second end
    QCOMPARE(exchangesTo(*m_log, u"/search"_s), 1); // recorded as aborted
    QCOMPARE(m_log->entries().constLast().error, u"aborted"_s);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
    QVERIFY(search(id).ok());
}

void tst_VerifyClient::finishedJobIsGoneBeforeTheNextTurn()
{
    // A deletion posted to the event loop would wake it once more for every call.
    const QString id = request(kNumber).value().requestId;
    QPointer<ApiJob> job;
    std::optional<bool> goneByNextTurn;
    job = m_client->search(id, this, [&](const Outcome<SearchResult> &found) {
        QVERIFY(found.ok());
        QVERIFY(job); // alive while its callback runs
        QTimer::singleShot(0, this, [&] { goneByNextTurn = job.isNull(); });
    });
    QTRY_VERIFY(goneByNextTurn.has_value());
    QVERIFY(*goneByNextTurn);
}

void tst_VerifyClient::loggedAnswersHoldOnlyTheirOwnBytes()
{
    // The log keeps up to ExchangeLog::kCapacity answers: each should cost its size, not the
    // 16 KiB that QIODevice::readAll() reads a reply into and keeps.
    const QString id = request(kNumber).value().requestId;
    QVERIFY(search(id).ok());
    const ExchangeLog::Entry last = m_log->entries().constLast();
    QVERIFY(last.url.endsWith(u"/search"_s));
    QVERIFY(!last.responseBody.isEmpty());
    QVERIFY2(last.responseBody.capacity() < 2 * last.responseBody.size() + 64,
             qPrintable(u"%1 bytes held for %2"_s.arg(last.responseBody.capacity())
                            .arg(last.responseBody.size())));
}

void tst_VerifyClient::destroyedContextIsNotCalled()
{
    auto context = std::make_unique<QObject>();
    bool called = false;
    QPointer<ApiJob> job = m_client->search(
        u"abc"_s, context.get(), [&called](const Outcome<SearchResult> &) { called = true; });
    context.reset();
    QTRY_VERIFY(job.isNull());
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void tst_VerifyClient::errorsNameTheExchangeThatFailed()
{
    const auto entryFor = [this](quint64 id) {
        for (const ExchangeLog::Entry &entry : m_log->entries()) {
            if (entry.id == id)
                return entry;
        }
        return ExchangeLog::Entry();
    };
    // A business error: the answer parsed, and the error links to that exchange.
    const auto blacklisted = request(u"447700900007"_s);
    QVERIFY(!blacklisted.ok());
    QVERIFY(blacklisted.error().exchangeId() != 0);
    const ExchangeLog::Entry business = entryFor(blacklisted.error().exchangeId());
    QCOMPARE(business.id, blacklisted.error().exchangeId());
    QVERIFY(business.url.endsWith(u"/communication/nexmo/verify"_s));
    QVERIFY(business.responseBody.contains("\"7\""));

    // A gateway error on a search: the last exchange of the call.
    m_client->setSearchRetryDelays({});
    QVERIFY(m_control->addFaults(R"([{"path":"/search","status":503}])"));
    const auto refused = search(u"abc"_s);
    QVERIFY(!refused.ok());
    const ExchangeLog::Entry gateway = entryFor(refused.error().exchangeId());
    QCOMPARE(gateway.status, 503);
    QVERIFY(gateway.url.endsWith(u"/search"_s));

    // An answer that is not JSON, with HTTP 200: recorded after the callback, yet the error names
    // the exchange and shows the body as the log masks it.
    QVERIFY(m_control->clearFaults());
    QVERIFY(m_control->addFaults(R"([{"path":"/search","body":"html"}])"));
    const auto html = search(u"abc"_s);
    QVERIFY(!html.ok());
    QCOMPARE(html.error().kind(), ApiError::Kind::MalformedAnswer);
    const ExchangeLog::Entry page = entryFor(html.error().exchangeId());
    QCOMPARE(page.status, 200);
    QVERIFY(page.responseBody.startsWith("<!DOCTYPE html>"));
    QVERIFY2(html.error().detail().contains(u"body: <!DOCTYPE html>"),
             qPrintable(html.error().detail()));
}

void tst_VerifyClient::answerReachesTheCallerBeforeItsExchangeIsRecorded()
{
    // A call that the callback makes goes on the wire before the log masks and stores the
    // exchange that answered; the error still names that exchange, recorded right after.
    const QString id = request(kNumber).value().requestId;
    const int before = m_log->size();
    std::optional<int> loggedDuringCallback;
    quint64 named = 0;
    m_client->check(id, wrongCode(kNumber), this, [&](const Outcome<CheckResult> &checked) {
        loggedDuringCallback = m_log->size();
        named = checked.ok() ? 0 : checked.error().exchangeId();
    });
    QTRY_VERIFY(loggedDuringCallback.has_value());
    QCOMPARE(*loggedDuringCallback, before);
    QCOMPARE(m_log->size(), before + 1);
    const ExchangeLog::Entry last = m_log->entries().constLast();
    QVERIFY(named != 0);
    QCOMPARE(last.id, named);
    QVERIFY(last.url.endsWith(u"/check"_s));
    QVERIFY(last.requestBody.contains("code=[redacted]"));
    QVERIFY(last.responseBody.contains("\"16\""));
}

void tst_VerifyClient::exchangesStayInIdOrderWhenACallbackEndsAnother()
{
    // The check's exchange gets its id when its answer arrives; the search that its callback
    // aborts is recorded at once, before the check's: the log still lists them in id order.
    const QString id = request(kNumber).value().requestId;
    QVERIFY(m_control->addFaults(R"([{"path":"/search","delay_ms":800}])"));
    QPointer<ApiJob> slow = m_client->search(id, this, [](const Outcome<SearchResult> &) {});
    QTRY_COMPARE(slow->exchanges(), 1);
    bool checked = false;
    m_client->check(id, wrongCode(kNumber), this, [&](const Outcome<CheckResult> &) {
        slow->abort();
        checked = true;
    });
    QTRY_VERIFY(checked);
    const QList<ExchangeLog::Entry> entries = m_log->entries();
    QVERIFY(entries.size() >= 3);
    const ExchangeLog::Entry &first = entries.at(entries.size() - 2);
    const ExchangeLog::Entry &second = entries.constLast();
    QVERIFY(first.url.endsWith(u"/check"_s));
    QVERIFY(second.url.endsWith(u"/search"_s));
    QCOMPARE(second.error, u"aborted"_s);
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).id < entries.at(i).id);
}

void tst_VerifyClient::exchangeLogOfAWholeFlowHoldsNoSecret()
{
    QStringList tokens {currentToken()};
    const QString id = request(kNumber).value().requestId;
    const QString pin = m_control->lastCode(kNumber);
    QVERIFY(!check(id, wrongCode(kNumber)).ok());
    QVERIFY(m_control->advance(3600)); // token expires; the PIN too, so trigger a new one
    m_tokens->invalidate();
    const QString late = request(u"31612345679"_s).value().requestId;
    tokens.append(currentToken());
    const QString pin2 = m_control->lastCode(u"31612345679"_s);
    QVERIFY(check(late, pin2).ok());
    QVERIFY(search(late).ok());
    QVERIFY(search(id).ok());
    QVERIFY(!control(id, VerifyClient::Command::Cancel).ok());

    QStringList texts;
    for (const ExchangeLog::Entry &entry : m_log->entries())
        texts.append(entry.toText());
    const QString text = texts.join(u'\n');
    QVERIFY(text.contains(u"code=[redacted]"));
    QVERIFY(text.contains(u"\"code\":\"[redacted]\""));
    QVERIFY(!text.contains(u"sandbox-secret"));
    for (const QString &token : std::as_const(tokens)) {
        QVERIFY(!token.isEmpty());
        QVERIFY(!text.contains(token));
    }
    QVERIFY(!text.contains(u"code=" + pin));
    QVERIFY(!text.contains(u"code=" + pin2));
    QVERIFY(!text.contains(u"\"code\":\"" + pin2));
    QVERIFY(!text.contains(u"\"code\":\"" + wrongCode(kNumber)));
}

namespace {

QStringList bodiesTo(const ExchangeLog &log, const QString &path)
{
    QStringList bodies;
    for (const ExchangeLog::Entry &entry : log.entries()) {
        if (entry.url.section(u'?', 0, 0).endsWith(path))
            bodies.append(QString::fromUtf8(entry.requestBody));
    }
    return bodies;
}

} // namespace

void tst_VerifyClient::rateGuardQueuesRequestsAndSearchesInOrder()
{
    QVERIFY(!currentToken().isEmpty());
    setRateLimits(1000);
    const QStringList numbers {u"31611111111"_s, u"31622222222"_s, u"31633333333"_s};
    const QStringList ids {u"aaaa"_s, u"bbbb"_s, u"cccc"_s};
    QStringList ended;
    for (int i = 0; i < 3; ++i) {
        VerifyRequest params;
        params.number = numbers.at(i);
        params.brand = u"VerifyDesk"_s;
        m_client->request(params, this, [&ended, i](const Outcome<RequestResult> &outcome) {
            QVERIFY(outcome.ok());
            ended.append(u"request %1"_s.arg(i));
        });
        m_client->search(ids.at(i), this, [&ended, i](const Outcome<SearchResult> &outcome) {
            QVERIFY(outcome.ok());
            ended.append(u"search %1"_s.arg(i));
        });
    }
    // One of each kind goes at once; the others wait, queued rather than failed.
    QTRY_COMPARE(ended.size(), 2);
    QCOMPARE(m_client->rateGuard()->waiting(RateGuard::Lane::Request), 2);
    QCOMPARE(m_client->rateGuard()->waiting(RateGuard::Lane::Search), 2);
    QCOMPARE(m_wakeUps.constLast(), 1000);
    passGuardTime(999);
    QTest::qWait(50);
    QCOMPARE(ended.size(), 2);
    QCOMPARE(exchangesTo(*m_log, u"/communication/nexmo/verify"_s), 1);
    QCOMPARE(exchangesTo(*m_log, u"/search"_s), 1);
    passGuardTime(1);
    QTRY_COMPARE(ended.size(), 4);
    passGuardTime(1000);
    QTRY_COMPARE(ended.size(), 6);
    QCOMPARE(m_client->rateGuard()->waiting(RateGuard::Lane::Request), 0);

    const QStringList requests = bodiesTo(*m_log, u"/communication/nexmo/verify"_s);
    QCOMPARE(requests.size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(requests.at(i).startsWith(u"number=" + numbers.at(i)));
    QCOMPARE(bodiesTo(*m_log, u"/search"_s),
             QStringList({u"request_id=aaaa"_s, u"request_id=bbbb"_s, u"request_id=cccc"_s}));
    QCOMPARE(tokenExchanges(*m_log), 1);
}

void tst_VerifyClient::queuedCallCanBeAborted()
{
    QVERIFY(!currentToken().isEmpty());
    setRateLimits(1000);
    const QStringList numbers {u"31611111111"_s, u"31622222222"_s, u"31633333333"_s};
    QList<std::optional<ApiError::Kind>> ends(3);
    QList<QPointer<ApiJob>> jobs;
    for (int i = 0; i < 3; ++i) {
        VerifyRequest params;
        params.number = numbers.at(i);
        params.brand = u"VerifyDesk"_s;
        jobs.append(
            m_client->request(params, this, [&ends, i](const Outcome<RequestResult> &outcome) {
                ends[i] = outcome.ok() ? ApiError::Kind::Network : outcome.error().kind();
            }));
    }
    QCOMPARE(m_client->rateGuard()->waiting(RateGuard::Lane::Request), 2);
    jobs.at(1)->abort();
    QCOMPARE(ends.at(1), std::optional<ApiError::Kind>(ApiError::Kind::Aborted));
    QCOMPARE(m_client->rateGuard()->waiting(RateGuard::Lane::Request), 1);
    QTRY_VERIFY(ends.at(0).has_value());
    passGuardTime(1000); // the aborted call used no turn: the third goes now
    QTRY_VERIFY(ends.at(2).has_value());
    QTRY_VERIFY(jobs.at(1).isNull());
    QCOMPARE(bodiesTo(*m_log, u"/communication/nexmo/verify"_s).size(), 2);
    QCOMPARE(m_control->messages(numbers.at(0)).size(), 1);
    QCOMPARE(m_control->messages(numbers.at(1)).size(), 0);
    QCOMPARE(m_control->messages(numbers.at(2)).size(), 1);
}

void tst_VerifyClient::retryAfterHoldsTheNextSearches()
{
    m_client->setSearchRetryDelays({});
    QVERIFY(m_control->addFaults(R"([{"path":"/search","status":429,"retry_after":5}])"));
    const Outcome<SearchResult> refused = search(u"abcd"_s);
    QCOMPARE(refused.error().httpStatus(), 429);
    QCOMPARE(refused.error().retryAfterSeconds(), 5);
    // Searches wait for the Retry-After; requests are another lane and go on.
    bool searched = false;
    m_client->search(u"abcd"_s, this, [&searched](const Outcome<SearchResult> &outcome) {
        QVERIFY(outcome.ok());
        searched = true;
    });
    QCOMPARE(m_client->rateGuard()->waiting(RateGuard::Lane::Search), 1);
    QVERIFY(request(kNumber).ok());
    passGuardTime(4999);
    QTest::qWait(50);
    QVERIFY(!searched);
    QCOMPARE(exchangesTo(*m_log, u"/search"_s), 1);
    passGuardTime(1);
    QTRY_VERIFY(searched);
    QCOMPARE(exchangesTo(*m_log, u"/search"_s), 2);
}

void tst_VerifyClient::rateGuardOnItsRealClockKeepsTheOrder()
{
    // The guard's own clock and timer: a short interval so that real time passes only a little.
    m_client->rateGuard()->setClock({});
    m_client->rateGuard()->setWakeUp({});
    setRateLimits(100);
    QStringList order;
    const QStringList ids {u"a1"_s, u"a2"_s, u"a3"_s, u"a4"_s};
    for (const QString &id : ids) {
        m_client->search(id, this, [&order, id](const Outcome<SearchResult> &outcome) {
            QVERIFY(outcome.ok());
            order.append(id);
        });
    }
    QTRY_COMPARE(order.size(), 4);
    QCOMPARE(order, ids);
    QCOMPARE(bodiesTo(*m_log, u"/search"_s).size(), 4);
    QCOMPARE(m_client->rateGuard()->waiting(RateGuard::Lane::Search), 0);
}

void tst_VerifyClient::closedConnectionAfterAnSmsSendsOneSms()
{
    // A kept-alive connection exists (the token call), as in the field.
    QVERIFY(!currentToken().isEmpty());
    QVERIFY(search(u"warm"_s).ok());
    // The sandbox handles the request, sends the SMS, then closes without answering.
    QVERIFY(m_control->addFaults(R"([{"path":"/communication/nexmo/verify","close":true,)"
                                 R"("processed":true,"count":1}])"));
    const Outcome<RequestResult> result = request(kNumber);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ApiError::Kind::Network);
    QVERIFY(result.error().message().contains(u"search for it"));
    QCOMPARE(exchangesTo(*m_log, u"/communication/nexmo/verify"_s), 1);
    // Qt did not send it a second time: one SMS, and the number has one live request.
    QCOMPARE(m_control->messages(kNumber).size(), 1);
    const Outcome<RequestResult> again = request(kNumber);
    QVERIFY(again.ok());
    QVERIFY(again.value().alreadyInProgress());
    QCOMPARE(m_control->messages(kNumber).size(), 1);

    // The idempotent search stays on Qt's normal path, which sends it again by itself.
    m_client->setSearchRetryDelays({});
    QVERIFY(m_control->addFaults(R"([{"path":"/search","close":true,"count":1}])"));
    QVERIFY(search(again.value().requestId).ok());
    QCOMPARE(exchangesTo(*m_log, u"/search"_s), 2);
}

void tst_VerifyClient::closedConnectionIsNotResentForCheckOrControl()
{
    const QString id = request(kNumber).value().requestId;
    const QString wrong = wrongCode(kNumber);
    QVERIFY(m_control->addFaults(R"([{"path":"/check","close":true,"processed":true,"count":1}])"));
    const Outcome<CheckResult> checked = check(id, wrong);
    QCOMPARE(checked.error().kind(), ApiError::Kind::Network);
    // One wrong code counted, not two.
    QCOMPARE(search(id).value().checks.size(), 1);

    QVERIFY(m_control->advance(31));
    QVERIFY(
        m_control->addFaults(R"([{"path":"/control","close":true,"processed":true,"count":1}])"));
    const Outcome<ControlResult> next = control(id, VerifyClient::Command::TriggerNextEvent);
    QCOMPARE(next.error().kind(), ApiError::Kind::Network);
    QCOMPARE(m_control->messages(kNumber).size(), 2); // one next event, not two
}

void tst_VerifyClient::invalidRequestIsNotSent_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("number too short") << u"number"_s << u"123456"_s;
    QTest::newRow("number too long") << u"number"_s << u"3161234567890123"_s;
    QTest::newRow("number with spaces") << u"number"_s << u"31 6 1234 5678"_s;
    QTest::newRow("number empty") << u"number"_s << QString();
    QTest::newRow("brand empty") << u"brand"_s << QString();
    QTest::newRow("brand 19") << u"brand"_s << u"ABCDEFGHIJKLMNOPQRS"_s;
    QTest::newRow("country") << u"country"_s << u"NLD"_s;
    QTest::newRow("sender_id 12") << u"sender_id"_s << u"ABCDEFGHIJKL"_s;
    QTest::newRow("code_length 5") << u"code_length"_s << u"5"_s;
    QTest::newRow("lg unknown") << u"lg"_s << u"xx-xx"_s;
    QTest::newRow("lg upper case") << u"lg"_s << u"NL-NL"_s;
    QTest::newRow("pin_expiry 59") << u"pin_expiry"_s << u"59"_s;
    QTest::newRow("pin_expiry 3601") << u"pin_expiry"_s << u"3601"_s;
    QTest::newRow("next_event_wait 59") << u"next_event_wait"_s << u"59"_s;
    QTest::newRow("next_event_wait 901") << u"next_event_wait"_s << u"901"_s;
    QTest::newRow("workflow 0") << u"workflow_id"_s << u"0"_s;
    QTest::newRow("workflow 8") << u"workflow_id"_s << u"8"_s;
}

void tst_VerifyClient::invalidRequestIsNotSent()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    VerifyRequest params;
    params.number = kNumber;
    params.brand = u"VerifyDesk"_s;
    params.codeLength = 6;
    params.language = u"nl-nl"_s;
    params.pinExpiry = 3600;
    params.nextEventWait = 60;
    params.workflowId = 7;
    params.senderId = u"ABCDEFGHIJK"_s;
    QVERIFY(!params.validate().has_value()); // every bound itself is allowed
    if (field == u"number")
        params.number = value;
    else if (field == u"brand")
        params.brand = value;
    else if (field == u"country")
        params.country = value;
    else if (field == u"sender_id")
        params.senderId = value;
    else if (field == u"code_length")
        params.codeLength = value.toInt();
    else if (field == u"lg")
        params.language = value;
    else if (field == u"pin_expiry")
        params.pinExpiry = value.toInt();
    else if (field == u"next_event_wait")
        params.nextEventWait = value.toInt();
    else if (field == u"workflow_id")
        params.workflowId = value.toInt();
    const Outcome<RequestResult> result =
        run<RequestResult>([&](VerifyClient::Callback<RequestResult> done) {
            return m_client->request(params, this, std::move(done));
        });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ApiError::Kind::InvalidInput);
    QCOMPARE(result.error().field(), field);
    QVERIFY(result.error().message().endsWith(u'.'));
    QVERIFY(result.error().detail().contains(field));
    QCOMPARE(m_log->size(), 0); // not even a token call
}

void tst_VerifyClient::searchIsRetriedAfterNetworkErrorsAnd503()
{
    m_client->setSearchRetryDelays({10, 20});
    ApiConfig config = m_config;
    config.timeoutMs = 500;
    m_client->setConfig(config);
    const QString id = request(kNumber).value().requestId;
    for (const QByteArray &fault : {QByteArray(R"([{"path":"/search","status":503}])"),
                                    QByteArray(R"([{"path":"/search","delay_ms":1500}])")}) {
        m_log->clear();
        QVERIFY(m_control->addFaults(fault));
        int exchanges = 0;
        const Outcome<SearchResult> found =
            run<SearchResult>([&](VerifyClient::Callback<SearchResult> done) {
                ApiJob *job = m_client->search(id, this, std::move(done));
                connect(job, &ApiJob::finished, this,
                        [&exchanges, job] { exchanges = job->exchanges(); });
                return job;
            });
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().detail()));
        QCOMPARE(found.value().requestId, id);
        QCOMPARE(exchanges, 2);
        QCOMPARE(exchangesTo(*m_log, u"/search"_s), 2);
    }
}

void tst_VerifyClient::searchGivesUpAfterTwoRetries()
{
    m_client->setSearchRetryDelays({10, 20, 30}); // a third delay is ignored: two retries at most
    QVERIFY(m_control->addFaults(R"([{"path":"/search","status":503,"count":10}])"));
    const Outcome<SearchResult> found = search(u"abcd"_s);
    QVERIFY(!found.ok());
    QCOMPARE(found.error().httpStatus(), 503);
    QCOMPARE(exchangesTo(*m_log, u"/search"_s), 3);
    // A 500 is not a reason to retry.
    m_log->clear();
    QVERIFY(m_control->clearFaults());
    QVERIFY(m_control->addFaults(R"([{"path":"/search","status":500,"count":10}])"));
    QCOMPARE(search(u"abcd"_s).error().httpStatus(), 500);
    QCOMPARE(exchangesTo(*m_log, u"/search"_s), 1);
}

void tst_VerifyClient::searchRetryWaitsForRetryAfter()
{
    m_client->setSearchRetryDelays({10, 20});
    QVERIFY(m_control->addFaults(R"([{"path":"/search","status":429,"retry_after":4}])"));
    std::optional<Outcome<SearchResult>> result;
    m_client->search(u"abcd"_s, this,
                     [&result](const Outcome<SearchResult> &outcome) { result = outcome; });
    // The retry waits in the guard until the Retry-After has passed.
    QTRY_COMPARE(m_client->rateGuard()->waiting(RateGuard::Lane::Search), 1);
    QCOMPARE(exchangesTo(*m_log, u"/search"_s), 1);
    QVERIFY(!result.has_value());
    passGuardTime(4000);
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok());
    QVERIFY(!result->value().isKnown());
    QCOMPARE(exchangesTo(*m_log, u"/search"_s), 2);
}

void tst_VerifyClient::requestCheckAndControlAreNotRetried()
{
    m_client->setSearchRetryDelays({10, 20});
    const QString id = request(kNumber).value().requestId;
    QVERIFY(m_control->addFaults(R"([{"path":"/check","status":503},)"
                                 R"({"path":"/control","status":503},)"
                                 R"({"path":"/communication/nexmo/verify","status":429}])"));
    QCOMPARE(check(id, u"1234"_s).error().httpStatus(), 503);
    QCOMPARE(control(id, VerifyClient::Command::Cancel).error().httpStatus(), 503);
    QCOMPARE(request(u"31699999999"_s).error().httpStatus(), 429);
    QCOMPARE(exchangesTo(*m_log, u"/check"_s), 1);
    QCOMPARE(exchangesTo(*m_log, u"/control"_s), 1);
    QCOMPARE(exchangesTo(*m_log, u"/communication/nexmo/verify"_s), 2);
}

void tst_VerifyClient::manualProxyCarriesEveryCall()
{
    // The sandbox stands in for an HTTP proxy: it gets "POST http://host/path" and answers
    // itself, so the calls to a host that does not exist can only have gone through the proxy.
    ApiConfig config = m_config;
    config.tokenUrl = QUrl(
        u"http://verify.example.invalid/oauth/client_credential/accesstoken?grant_type=client_credentials"_s);
    config.apiBaseUrl = QUrl(u"http://verify.example.invalid/communication/nexmo/verify"_s);
    config.proxyMode = ApiConfig::ProxyMode::Manual;
    config.proxyHost = m_server->baseUrl().host();
    config.proxyPort = m_server->baseUrl().port();
    m_client->setConfig(config);
    QCOMPARE(m_nam->proxy().type(), QNetworkProxy::HttpProxy);
    const Outcome<RequestResult> result = request(kNumber);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    QVERIFY(search(result.value().requestId).ok());
    QCOMPARE(tokenExchanges(*m_log), 1);
    QCOMPARE(m_control->messages(kNumber).size(), 1);

    // Back to no proxy: the same host is now looked up directly and cannot be found.
    config.proxyMode = ApiConfig::ProxyMode::None;
    m_client->setConfig(config);
    QCOMPARE(m_nam->proxy().type(), QNetworkProxy::NoProxy);
    QCOMPARE(search(u"abcd"_s).error().kind(), ApiError::Kind::Network);
}

void tst_VerifyClient::closedProxyGivesANetworkErrorNamingIt()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there any more
    ApiConfig config = m_config;
    config.tokenUrl = QUrl(u"http://verify.example.invalid/oauth/client_credential/accesstoken"_s);
    config.apiBaseUrl = QUrl(u"http://verify.example.invalid/communication/nexmo/verify"_s);
    config.proxyMode = ApiConfig::ProxyMode::Manual;
    config.proxyHost = u"127.0.0.1"_s;
    config.proxyPort = port;
    m_client->setConfig(config);
    const Outcome<SearchResult> found = search(u"abcd"_s);
    QVERIFY(!found.ok());
    QCOMPARE(found.error().kind(), ApiError::Kind::Network);
    QVERIFY2(found.error().message().contains(u"127.0.0.1:%1"_s.arg(port)),
             qPrintable(found.error().message()));
    QVERIFY(found.error().message().contains(u"proxy"));

    // A manual proxy without a port is a settings error, before anything is sent.
    m_log->clear();
    config.proxyPort = 0;
    m_client->setConfig(config);
    const Outcome<SearchResult> unset = search(u"abcd"_s);
    QCOMPARE(unset.error().kind(), ApiError::Kind::Config);
    QCOMPARE(m_log->size(), 0);
}

void tst_VerifyClient::caFileThatIsNotPemIsAConfigError()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("this is not a certificate\n");
    file.close();
    const QStringList paths {file.fileName(), file.fileName() + u".missing"_s};
    for (const QString &path : paths) {
        ApiConfig config = m_config;
        config.caFile = path;
        m_client->setConfig(config);
        QVERIFY(m_tokens->connectionError().has_value());
        const Outcome<RequestResult> result = request(kNumber);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::Config);
        QVERIFY(result.error().message().contains(path));
        QVERIFY(result.error().message().endsWith(u'.'));
    }
    QCOMPARE(m_log->size(), 0);
    QCOMPARE(m_control->messages(kNumber).size(), 0);
}

void tst_VerifyClient::pemCaFileIsTrustedOnTopOfTheSystem()
{
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    if (system.isEmpty())
        QSKIP("no system CA certificates to copy into a PEM file");
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("# an extra CA\n");
    file.write(system.first().toPem());
    file.close();
    ApiConfig config = m_config;
    config.caFile = file.fileName();
    m_client->setConfig(config);
    QVERIFY(!m_tokens->connectionError().has_value());
    QCOMPARE(m_tokens->connection().extraCaCertificates().size(), 1);
    const QList<QSslCertificate> trusted =
        m_tokens->connection().sslConfiguration().caCertificates();
    QCOMPARE(trusted.size(), system.size() + 1);
    QVERIFY(trusted.contains(system.first()));
    QVERIFY(request(kNumber).ok());
}

void tst_VerifyClient::tlsFailureIsATlsError()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    // A loopback server that answers the TLS hello with plain text: the handshake fails.
    // (The sandbox itself closes the connection on a hello, which is a network error.)
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost));
    connect(&plain, &QTcpServer::newConnection, this, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            });
        }
    });
    ApiConfig config = m_config;
    const QUrl base(u"https://127.0.0.1:%1"_s.arg(plain.serverPort()));
    config.tokenUrl = base.resolved(QUrl(u"/oauth/client_credential/accesstoken"_s));
    config.apiBaseUrl = base.resolved(QUrl(u"/communication/nexmo/verify"_s));
    m_client->setConfig(config);
    const Outcome<SearchResult> found = search(u"abcd"_s);
    QVERIFY(!found.ok());
    QVERIFY2(found.error().kind() == ApiError::Kind::Tls, qPrintable(found.error().detail()));
    QVERIFY(found.error().message().contains(u"secure connection"));
    QCOMPARE(tokenExchanges(*m_log), 1); // not retried like a network error
}

QTEST_GUILESS_MAIN(tst_VerifyClient)
#include "tst_VerifyClient.moc"
