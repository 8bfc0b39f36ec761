#include "SandboxControl.h"
#include "SandboxServer.h"
#include "api/ExchangeLog.h"
#include "api/TokenClient.h"
#include "inspector/CurlCommand.h"
#include "inspector/HarExport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

int tokenExchanges(const ExchangeLog &log)
{
    int count = 0;
    for (const ExchangeLog::Entry &entry : log.entries()) {
        if (entry.url.contains(u"/oauth/client_credential/accesstoken"))
            ++count;
    }
    return count;
}

QString allText(const ExchangeLog &log)
{
    QStringList texts;
    for (const ExchangeLog::Entry &entry : log.entries())
        texts.append(entry.toText());
    return texts.join(u'\n');
}

} // namespace

class tst_TokenClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fetchesKpnStringValuedToken();
    void fiftyCallsInARowCostOneRequest();
    void concurrentCallersShareOneRequest();
    void renewsBeforeTheTokenExpires();
    void shortLivedTokenIsRenewed();
    void invalidateDropsTheToken();
    void invalidateOnlyTheRefusedToken();
    void badClientFailsOnceWithoutLooping();
    void retriesNetworkErrorsWithBackOff();
    void givesUpAfterTwoNetworkRetries();
    void doesNotRetryHttpErrors();
    void malformedTokenAnswer();
    void absurdLifetimeIsRenewedWithinAYear();
    void deadContextIsNotCalled();
    void logHoldsNoSecretNorToken();
    void errorExcerptHidesAnEchoedSecret();
    void urlPasswordIsNeverShown();
    void tokenInfoKeepsProductsAndLifetime();
    void caFileThatIsNotPemFailsWithoutACall();
    void closedProxyIsNamedInTheError();

private:
    ApiConfig config(const QString &secret = u"sandbox-secret"_s) const;
    Outcome<QString> fetch(TokenClient &client);
    void startServer(int ttl = 3599);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ExchangeLog> m_log;
    std::unique_ptr<TokenClient> m_client;
    qint64 m_now = 0;
};

void tst_TokenClient::startServer(int ttl)
{
    m_client.reset();
    sandbox::SandboxOptions options;
    options.simulator.tokenTtlSeconds = ttl;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_server->listen(0));
    m_control = std::make_unique<SandboxControl>(m_server->baseUrl());
    m_client = std::make_unique<TokenClient>(m_nam.get(), m_log.get());
    m_client->setConfig(config());
    m_client->setClock([this] { return m_now; });
    m_client->setRetryDelays({10, 20});
}

void tst_TokenClient::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<ExchangeLog>();
    m_now = 1'000'000;
    startServer();
}

void tst_TokenClient::cleanup()
{
    m_client.reset();
    m_control.reset();
    m_server.reset();
    m_log.reset();
    m_nam.reset();
}

ApiConfig tst_TokenClient::config(const QString &secret) const
{
    ApiConfig config;
    config.tokenUrl = m_server->baseUrl().resolved(
        QUrl(u"/oauth/client_credential/accesstoken?grant_type=client_credentials"_s));
    config.apiBaseUrl = m_server->baseUrl().resolved(QUrl(u"/communication/nexmo/verify"_s));
    config.clientId = u"sandbox-client"_s;
    config.clientSecret = secret;
    config.timeoutMs = 3000;
    return config;
}

Outcome<QString> tst_TokenClient::fetch(TokenClient &client)
{
    std::optional<Outcome<QString>> result;
    int calls = 0;
    client.fetchToken(this, [&](const Outcome<QString> &outcome) {
        result = outcome;
        ++calls;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10'000);
    }();
    // Exactly one answer, also after the event loop had time to deliver a second one.
    QCoreApplication::processEvents();
    [&] {
        QCOMPARE(calls, 1);
    }();
    return result.value_or(Outcome<QString>(ApiError::aborted()));
}

void tst_TokenClient::fetchesKpnStringValuedToken()
{
    QSignalSpy changed(m_client.get(), &TokenClient::tokenChanged);
    QCOMPARE(m_client->remainingSeconds(), -1);
    const Outcome<QString> token = fetch(*m_client);
    QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().detail()));
    QCOMPARE(token.value().size(), 28);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_client->hasToken());
    QCOMPARE(m_client->remainingSeconds(), 3599);
    m_now += 99'000;
    QCOMPARE(m_client->remainingSeconds(), 3500);

    // What was sent: the form body of KPN's token endpoint.
    const ExchangeLog::Entry entry = m_log->entries().constFirst();
    QCOMPARE(entry.method, QByteArray("POST"));
    QVERIFY(entry.url.endsWith(u"?grant_type=client_credentials"));
    QVERIFY(entry.requestBody.startsWith("client_id=sandbox-client&client_secret="));
    QCOMPARE(entry.status, 200);
}

void tst_TokenClient::fiftyCallsInARowCostOneRequest()
{
    QString first;
    for (int i = 0; i < 50; ++i) {
        const Outcome<QString> token = fetch(*m_client);
        QVERIFY(token.ok());
        if (first.isEmpty())
            first = token.value();
        QCOMPARE(token.value(), first);
        m_now += 10'000; // 500 s in all: well within the token's life
    }
    QCOMPARE(tokenExchanges(*m_log), 1);
}

void tst_TokenClient::concurrentCallersShareOneRequest()
{
    QList<QString> tokens;
    for (int i = 0; i < 10; ++i) {
        m_client->fetchToken(this, [&tokens](const Outcome<QString> &outcome) {
            tokens.append(outcome.ok() ? outcome.value() : QString());
        });
    }
    QVERIFY(m_client->isFetching());
    QTRY_COMPARE(tokens.size(), 10);
    for (const QString &token : std::as_const(tokens)) {
        QVERIFY(!token.isEmpty());
        QCOMPARE(token, tokens.first());
    }
    QCOMPARE(tokenExchanges(*m_log), 1);
}

void tst_TokenClient::renewsBeforeTheTokenExpires()
{
    const Outcome<QString> first = fetch(*m_client);
    QVERIFY(first.ok());
    // Within the margin of 60 s before expiry the token is renewed, not used.
    m_now += (3599 - 61) * 1000LL;
    QCOMPARE(fetch(*m_client).value(), first.value());
    m_now += 2000;
    QVERIFY(!m_client->hasToken());
    const Outcome<QString> second = fetch(*m_client);
    QVERIFY(second.ok());
    QVERIFY(second.value() != first.value());
    QCOMPARE(tokenExchanges(*m_log), 2);
}

void tst_TokenClient::shortLivedTokenIsRenewed()
{
    startServer(10);
    const Outcome<QString> first = fetch(*m_client);
    QVERIFY(first.ok());
    QCOMPARE(m_client->remainingSeconds(), 10);
    // A life shorter than twice the margin: renewed after half of it.
    m_now += 4000;
    QCOMPARE(fetch(*m_client).value(), first.value());
    m_now += 2000;
    const Outcome<QString> second = fetch(*m_client);
    QVERIFY(second.ok());
    QVERIFY(second.value() != first.value());
    QCOMPARE(tokenExchanges(*m_log), 2);
}

void tst_TokenClient::invalidateDropsTheToken()
{
    QVERIFY(m_client->usableToken().isEmpty());
    const Outcome<QString> first = fetch(*m_client);
    QCOMPARE(m_client->usableToken(), first.value());
    QSignalSpy changed(m_client.get(), &TokenClient::tokenChanged);
    m_client->invalidate();
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_client->hasToken());
    QVERIFY(m_client->usableToken().isEmpty());
    QCOMPARE(m_client->remainingSeconds(), -1);
    const Outcome<QString> second = fetch(*m_client);
    QVERIFY(second.ok());
    QVERIFY(second.value() != first.value());
    QCOMPARE(tokenExchanges(*m_log), 2);
}

void tst_TokenClient::invalidateOnlyTheRefusedToken()
{
    const QString first = fetch(*m_client).value();
    m_client->invalidate(first);
    const QString second = fetch(*m_client).value();
    // A late refusal of the old token must not drop the new one.
    m_client->invalidate(first);
    QVERIFY(m_client->hasToken());
    QCOMPARE(fetch(*m_client).value(), second);
    QCOMPARE(tokenExchanges(*m_log), 2);
}

void tst_TokenClient::badClientFailsOnceWithoutLooping()
{
    m_client->setConfig(config(u"wrong-secret"_s));
    QSignalSpy failed(m_client.get(), &TokenClient::tokenFailed);
    const Outcome<QString> token = fetch(*m_client);
    QVERIFY(!token.ok());
    QCOMPARE(token.error().kind(), ApiError::Kind::InvalidClient);
    QVERIFY(m_client->usableToken().isEmpty());
    QCOMPARE(token.error().httpStatus(), 401);
    QCOMPARE(token.error().serverCode(), u"invalid_client"_s);
    QVERIFY(!token.error().message().isEmpty());
    QCOMPARE(failed.count(), 1);
    // Asking again does not hammer the token service with the same bad pair.
    const Outcome<QString> again = fetch(*m_client);
    QCOMPARE(again.error().kind(), ApiError::Kind::InvalidClient);
    QCOMPARE(tokenExchanges(*m_log), 1);
    // New credentials are tried.
    m_client->setConfig(config());
    QVERIFY(fetch(*m_client).ok());
    QCOMPARE(tokenExchanges(*m_log), 2);
}

void tst_TokenClient::retriesNetworkErrorsWithBackOff()
{
    QVERIFY(m_control->addFaults(R"([{"path":"/oauth","close":true,"count":1}])"));
    const Outcome<QString> token = fetch(*m_client);
    QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().detail()));
    QVERIFY(tokenExchanges(*m_log) <= 2);
}

void tst_TokenClient::givesUpAfterTwoNetworkRetries()
{
    QVERIFY(m_control->addFaults(R"([{"path":"/oauth","close":true,"count":20}])"));
    const Outcome<QString> token = fetch(*m_client);
    QVERIFY(!token.ok());
    QCOMPARE(token.error().kind(), ApiError::Kind::Network);
    QCOMPARE(tokenExchanges(*m_log), 1 + TokenClient::kMaxNetworkRetries);
    QVERIFY(m_control->clearFaults());
    QVERIFY(fetch(*m_client).ok());
}

void tst_TokenClient::doesNotRetryHttpErrors()
{
    QVERIFY(m_control->addFaults(R"([{"path":"/oauth","status":503,"body":"html"}])"));
    const Outcome<QString> token = fetch(*m_client);
    QVERIFY(!token.ok());
    QCOMPARE(token.error().kind(), ApiError::Kind::Http);
    QCOMPARE(token.error().httpStatus(), 503);
    QCOMPARE(tokenExchanges(*m_log), 1);
    QVERIFY(fetch(*m_client).ok());
}

void tst_TokenClient::malformedTokenAnswer()
{
    QVERIFY(m_control->addFaults(R"([{"path":"/oauth","body":"truncated"}])"));
    const Outcome<QString> token = fetch(*m_client);
    QVERIFY(!token.ok());
    QCOMPARE(token.error().kind(), ApiError::Kind::MalformedAnswer);
    QVERIFY(!m_client->hasToken());
    QVERIFY(fetch(*m_client).ok());
}

void tst_TokenClient::absurdLifetimeIsRenewedWithinAYear()
{
    // 3.6e16 seconds: in milliseconds past any qint64 clock.
    QVERIFY(
        m_control->addFaults(R"([{"path":"/oauth","body":"{\"access_token\":\"LongLivedToken\",)"
                             R"(\"expires_in\":\"35991521039195424\"}"}])"));
    const Outcome<QString> first = fetch(*m_client);
    QVERIFY(first.ok());
    QCOMPARE(first.value(), u"LongLivedToken"_s);
    QCOMPARE(m_client->tokenInfo().lifetimeSeconds, 35991521039195424LL);
    QCOMPARE(m_client->remainingSeconds(), TokenClient::kMaxLifetimeSeconds);
    m_now += (TokenClient::kMaxLifetimeSeconds - TokenClient::kMarginSeconds + 1) * 1000;
    const Outcome<QString> second = fetch(*m_client);
    QVERIFY(second.ok());
    QVERIFY(second.value() != first.value());
    QCOMPARE(tokenExchanges(*m_log), 2);
}

void tst_TokenClient::deadContextIsNotCalled()
{
    auto context = std::make_unique<QObject>();
    bool called = false;
    m_client->fetchToken(context.get(), [&called](const Outcome<QString> &) { called = true; });
    context.reset();
    QTRY_VERIFY(!m_client->isFetching());
    QCoreApplication::processEvents();
    QVERIFY(!called);
    QVERIFY(m_client->hasToken()); // the token is still cached for the next caller
}

void tst_TokenClient::logHoldsNoSecretNorToken()
{
    const Outcome<QString> first = fetch(*m_client);
    m_client->invalidate();
    const Outcome<QString> second = fetch(*m_client);
    QVERIFY(first.ok() && second.ok());
    const QString text = allText(*m_log);
    QVERIFY(text.contains(u"client_secret=[redacted]"));
    QVERIFY(text.contains(u"\"access_token\":\"[redacted]\""));
    QVERIFY(!text.contains(u"sandbox-secret"));
    QVERIFY(!text.contains(first.value()));
    QVERIFY(!text.contains(second.value()));
}

void tst_TokenClient::errorExcerptHidesAnEchoedSecret()
{
    // A gateway that echoes what it was sent must not put the secret into the error's detail.
    QVERIFY(m_control->addFaults(
        R"([{"path":"/oauth","status":500,"body":"bad pair: sandbox-client / sandbox-secret"}])"));
    const Outcome<QString> token = fetch(*m_client);
    QVERIFY(!token.ok());
    QVERIFY(token.error().bodyExcerpt().contains(u"sandbox-client"_s));
    QVERIFY(!token.error().bodyExcerpt().contains(u"sandbox-secret"_s));
    QVERIFY(!token.error().detail().contains(u"sandbox-secret"_s));
    QVERIFY(!token.error().message().contains(u"sandbox-secret"_s));
}

// A token URL with user info ("https://me:password@host/..."): the password reaches neither the
// log and inspector, nor the HAR and cURL exports, nor the error (Qt's own error text quotes the
// URL, decoded).
void tst_TokenClient::urlPasswordIsNeverShown()
{
    const QString password = u"Pa55 w0rd"_s;
    ApiConfig withUserInfo = config();
    withUserInfo.tokenUrl.setUserName(u"me"_s);
    withUserInfo.tokenUrl.setPassword(password);
    m_client->setConfig(withUserInfo);
    QVERIFY(m_control->addFaults(R"([{"path":"/oauth","status":500,"body":"html"}])"));
    const Outcome<QString> failed = fetch(*m_client);
    QVERIFY(!failed.ok());
    QVERIFY(fetch(*m_client).ok());

    const QStringList spellings = {password, u"Pa55%20w0rd"_s, u"Pa55"_s};
    const QList<ExchangeLog::Entry> entries = m_log->entries();
    QCOMPARE(entries.size(), 2);
    QStringList shown = {failed.error().message(), failed.error().detail(),
                         QString::fromUtf8(HarExport::toJson(entries, {}))};
    for (const ExchangeLog::Entry &entry : entries)
        shown << entry.toText() << CurlCommand::fromEntry(entry);
    for (const QString &text : std::as_const(shown)) {
        for (const QString &spelling : spellings)
            QVERIFY2(!text.contains(spelling), qPrintable(text));
    }
    QVERIFY2(entries.constFirst().url.startsWith(
                 m_server->baseUrl().toString().replace(u"://"_s, u"://me:[redacted]@"_s)),
             qPrintable(entries.constFirst().url));
}

void tst_TokenClient::tokenInfoKeepsProductsAndLifetime()
{
    QVERIFY(!m_client->tokenInfo().isValid());
    const Outcome<QString> token = fetch(*m_client);
    QVERIFY(token.ok());
    const TokenInfo info = m_client->tokenInfo();
    QVERIFY(info.isValid());
    QCOMPARE(info.products, QStringList {u"Nexmo Verify"_s});
    QCOMPARE(info.lifetimeSeconds, 3599);
    QCOMPARE(info.tokenType, u"Bearer"_s);
    QCOMPARE(info.status, u"approved"_s);
    QCOMPARE(info.applicationName, u"verify-desk-sandbox"_s);
    QVERIFY(info.issuedAt.isValid());
    QCOMPARE(info.issuedAt.timeSpec(), Qt::UTC);

    // A short-lived token's lifetime is the new one's; new settings forget the old answer.
    startServer(120);
    QVERIFY(fetch(*m_client).ok());
    QCOMPARE(m_client->tokenInfo().lifetimeSeconds, 120);
    m_client->setConfig(config());
    QVERIFY(!m_client->tokenInfo().isValid());
}

void tst_TokenClient::caFileThatIsNotPemFailsWithoutACall()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("\x30\x82\x01\x0a not PEM");
    file.close();
    ApiConfig bad = config();
    bad.caFile = file.fileName();
    m_client->setConfig(bad);
    QVERIFY(m_client->connectionError().has_value());
    const Outcome<QString> token = fetch(*m_client);
    QVERIFY(!token.ok());
    QCOMPARE(token.error().kind(), ApiError::Kind::Config);
    QVERIFY(token.error().message().contains(u"PEM"));
    QCOMPARE(tokenExchanges(*m_log), 0);
    // A good config works again.
    m_client->setConfig(config());
    QVERIFY(fetch(*m_client).ok());
}

void tst_TokenClient::closedProxyIsNamedInTheError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    ApiConfig viaProxy = config();
    viaProxy.tokenUrl = QUrl(u"http://api.example.invalid/oauth/client_credential/accesstoken"_s);
    viaProxy.proxyMode = ApiConfig::ProxyMode::Manual;
    viaProxy.proxyHost = u"127.0.0.1"_s;
    viaProxy.proxyPort = port;
    m_client->setConfig(viaProxy);
    const Outcome<QString> token = fetch(*m_client);
    QVERIFY(!token.ok());
    QCOMPARE(token.error().kind(), ApiError::Kind::Network);
    QVERIFY2(token.error().message().contains(u"127.0.0.1:%1"_s.arg(port)),
             qPrintable(token.error().message()));
    QCOMPARE(tokenExchanges(*m_log), 1 + TokenClient::kMaxNetworkRetries);
}

QTEST_GUILESS_MAIN(tst_TokenClient)
#include "tst_TokenClient.moc"
