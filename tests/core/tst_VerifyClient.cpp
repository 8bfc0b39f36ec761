#include "SandboxControl.h"
#include "SandboxServer.h"
#include "api/ExchangeLog.h"
#include "api/TokenClient.h"
#include "api/VerifyClient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

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
    void fullFlowGivesTypedResults();
    void fiftyCallsAndTenConcurrentCostOneToken();
    void tenConcurrentCallsFromColdShareOneToken();
    void expiredTokenIsRenewedAndTheCallRetried();
    void tokenExpiringMidFlowSendsOneSms();
    void forgottenTokenIsRenewedAndTheCallRetried();
    void refusedTokenIsRetriedOnlyOnce();
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
    void destroyedContextIsNotCalled();
    void exchangeLogOfAWholeFlowHoldsNoSecret();

private:
    template<typename T>
    Outcome<T> run(const std::function<ApiJob *(VerifyClient::Callback<T>)> &start);
    Outcome<RequestResult> request(const QString &number, int workflow = 0);
    Outcome<CheckResult> check(const QString &requestId, const QString &code);
    Outcome<SearchResult> search(const QString &requestId);
    Outcome<ControlResult> control(const QString &requestId, VerifyClient::Command command);
    QString currentToken();
    QString wrongCode(const QString &number);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ExchangeLog> m_log;
    std::unique_ptr<TokenClient> m_tokens;
    std::unique_ptr<VerifyClient> m_client;
    ApiConfig m_config;
};

void tst_VerifyClient::init()
{
    m_server = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_server->listen(0));
    m_control = std::make_unique<SandboxControl>(m_server->baseUrl());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<ExchangeLog>();
    m_tokens = std::make_unique<TokenClient>(m_nam.get(), m_log.get());
    m_tokens->setRetryDelays({10, 20});
    m_client = std::make_unique<VerifyClient>(m_nam.get(), m_tokens.get(), m_log.get());
    m_config.tokenUrl = m_server->baseUrl().resolved(
        QUrl(u"/oauth/client_credential/accesstoken?grant_type=client_credentials"_s));
    m_config.apiBaseUrl = m_server->baseUrl().resolved(QUrl(u"/communication/nexmo/verify"_s));
    m_config.clientId = u"sandbox-client"_s;
    m_config.clientSecret = u"sandbox-secret"_s;
    m_config.timeoutMs = 5000;
    m_client->setConfig(m_config);
}

void tst_VerifyClient::cleanup()
{
    m_client.reset();
    m_tokens.reset();
    m_log.reset();
    m_nam.reset();
    m_control.reset();
    m_server.reset();
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

void tst_VerifyClient::requestSendsEveryParameterAsAForm()
{
    VerifyRequest params;
    params.number = u"+31612345678"_s;
    params.brand = u"Desk & Co"_s;
    params.country = u"NL"_s;
    params.senderId = u"VerifyDesk"_s;
    params.codeLength = 6;
    params.language = u"nl-nl"_s;
    params.pinExpiry = 240;
    params.nextEventWait = 120;
    params.workflowId = 2;
    const Outcome<RequestResult> result =
        run<RequestResult>([&](VerifyClient::Callback<RequestResult> done) {
            return m_client->request(params, this, std::move(done));
        });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    QCOMPARE(result.value().status, u"0"_s);
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
            if (outcome.ok() && outcome.value().status == u"0")
                ++ok;
        });
    }
    QTRY_COMPARE(ok, 10);
    QCOMPARE(tokenExchanges(*m_log), 1);
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
    QVERIFY(m_log->entries().at(m_log->size() - 3).responseBody.contains("Invalid access token"));
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
    QCOMPARE(second.value().status, u"10"_s);
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
    QCOMPARE(cancelled.value().status, u"0"_s);
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

    // The client keeps working.
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
    job->abort(); // no second end
    QCOMPARE(calls, 1);
    QTRY_VERIFY(job.isNull());
    QTRY_COMPARE(exchangesTo(*m_log, u"/search"_s), 1); // recorded as aborted
    QCOMPARE(m_log->entries().constLast().error, u"aborted"_s);
    QCOMPARE(calls, 1);
    QVERIFY(search(id).ok());
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

QTEST_GUILESS_MAIN(tst_VerifyClient)
#include "tst_VerifyClient.moc"
