#include "api/ApiError.h"
#include "api/HttpResponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiError::Kind)
Q_DECLARE_METATYPE(ApiError::Transport)

// The pieces ApiError::fromResponse() is made of: the transport classifier and one parser per
// error format. Each parser answers only for its own format, whatever else the body holds.
class tst_ApiErrorFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transport_data();
    void transport();
    void apigeeFault_data();
    void apigeeFault();
    void oauthError_data();
    void oauthError();
    void gatewayEnvelope_data();
    void gatewayEnvelope();
    void kindNamesRoundTrip();
};

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

void addFaultColumns()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
}

void compareFault(const std::optional<ApiError::ServerFault> &fault)
{
    QFETCH(bool, matches);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, text);
    QCOMPARE(fault.has_value(), matches);
    if (!fault)
        return;
    QCOMPARE(fault->kind, kind);
    QCOMPARE(fault->code, code);
    QCOMPARE(fault->text, text);
}

} // namespace

void tst_ApiErrorFormats::transport_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<bool>("sslErrors");
    QTest::addColumn<ApiError::Transport>("expected");

    using N = QNetworkReply;
    using T = ApiError::Transport;
    QTest::newRow("answered 500") << 500 << int(N::InternalServerError) << false << QString()
                                  << false << T::Answered;
    QTest::newRow("answered 401") << 401 << int(N::AuthenticationRequiredError) << false
                                  << QString() << false << T::Answered;
    QTest::newRow("transfer timeout")
        << 0 << int(N::OperationCanceledError) << true << QString() << false << T::Timeout;
    QTest::newRow("timeout error")
        << 0 << int(N::TimeoutError) << false << QString() << false << T::Timeout;
    QTest::newRow("cancelled, no status")
        << 0 << int(N::OperationCanceledError) << false << QString() << false << T::Timeout;
    QTest::newRow("handshake") << 0 << int(N::SslHandshakeFailedError) << false << QString()
                               << false << T::Tls;
    QTest::newRow("certificate errors")
        << 0 << int(N::UnknownNetworkError) << false << QString() << true << T::Tls;
    QTest::newRow("proxy refused")
        << 0 << int(N::ProxyConnectionRefusedError) << false << QString() << false << T::Proxy;
    QTest::newRow("refused through a proxy") << 0 << int(N::ConnectionRefusedError) << false
                                             << u"proxy.example:3128"_s << false << T::Proxy;
    QTest::newRow("host not found through a proxy")
        << 0 << int(N::HostNotFoundError) << false << u"proxy.example:3128"_s << false << T::Proxy;
    QTest::newRow("closed") << 0 << int(N::RemoteHostClosedError) << false << QString() << false
                            << T::Closed;
    QTest::newRow("content resend")
        << 0 << int(N::ContentReSendError) << false << QString() << false << T::Closed;
    QTest::newRow("refused") << 0 << int(N::ConnectionRefusedError) << false << QString() << false
                             << T::Unreachable;
    QTest::newRow("host not found")
        << 0 << int(N::HostNotFoundError) << false << QString() << false << T::Unreachable;
}

void tst_ApiErrorFormats::transport()
{
    QFETCH(int, httpStatus);
    QFETCH(int, networkError);
    QFETCH(bool, timedOut);
    QFETCH(QString, proxy);
    QFETCH(bool, sslErrors);
    QFETCH(ApiError::Transport, expected);

    HttpResponse response;
    response.httpStatus = httpStatus;
    response.networkError = static_cast<QNetworkReply::NetworkError>(networkError);
    response.timedOut = timedOut;
    response.proxy = proxy;
    if (sslErrors)
        response.sslErrors = QStringList {u"The certificate has expired"_s};
    QCOMPARE(ApiError::classifyTransport(response), expected);
}

void tst_ApiErrorFormats::apigeeFault_data()
{
    addFaultColumns();
    using K = ApiError::Kind;
    QTest::newRow("invalid access token") << QByteArray(
        R"({"fault":{"faultstring":"Invalid access token","detail":{"errorcode":"oauth.v2.InvalidAccessToken"}}})")
                                          << true << K::InvalidToken
                                          << u"oauth.v2.InvalidAccessToken"_s
                                          << u"Invalid access token"_s;
    QTest::newRow("token named only in the text")
        << QByteArray(R"({"fault":{"faultstring":"Access Token expired","detail":{}}})") << true
        << K::InvalidToken << QString() << u"Access Token expired"_s;
    QTest::newRow("invalid api key") << QByteArray(
        R"({"fault":{"faultstring":"Invalid ApiKey","detail":{"errorcode":"oauth.v2.InvalidApiKey"}}})")
                                     << true << K::InvalidClient << u"oauth.v2.InvalidApiKey"_s
                                     << u"Invalid ApiKey"_s;
    QTest::newRow("spike arrest") << QByteArray(
        R"({"fault":{"faultstring":"Spike arrest violation","detail":{"errorcode":"policies.ratelimit.SpikeArrestViolation"}}})")
                                  << true << K::GatewayFault
                                  << u"policies.ratelimit.SpikeArrestViolation"_s
                                  << u"Spike arrest violation"_s;
    QTest::newRow("fault not an object")
        << QByteArray(R"({"fault":"x"})") << false << K::GatewayFault << QString() << QString();
    QTest::newRow("oauth body") << QByteArray(R"({"error":"invalid_client"})") << false
                                << K::GatewayFault << QString() << QString();
}

void tst_ApiErrorFormats::apigeeFault()
{
    QFETCH(QByteArray, body);
    const auto fault = ApiError::parseApigeeFault(json(body.constData()));
    compareFault(fault);
    if (fault)
        QCOMPARE(fault->rateLimited, fault->code.contains(u"SpikeArrest"));
}

void tst_ApiErrorFormats::oauthError_data()
{
    addFaultColumns();
    using K = ApiError::Kind;
    QTest::newRow("KPN invalid client")
        << QByteArray(R"({"ErrorCode":"invalid_client","Error":"ClientId is Invalid"})") << true
        << K::InvalidClient << u"invalid_client"_s << u"ClientId is Invalid"_s;
    QTest::newRow("RFC 6749 unauthorized client")
        << QByteArray(R"({"error":"UNAUTHORIZED_CLIENT","error_description":"no"})") << true
        << K::InvalidClient << u"UNAUTHORIZED_CLIENT"_s << u"no"_s;
    QTest::newRow("RFC 6749 other error")
        << QByteArray(R"({"error":"invalid_grant","error_description":"bad grant"})") << true
        << K::GatewayFault << u"invalid_grant"_s << u"bad grant"_s;
    QTest::newRow("ErrorCode before error")
        << QByteArray(R"({"ErrorCode":"invalid_request","error":"invalid_client"})") << true
        << K::GatewayFault << u"invalid_request"_s << QString();
    QTest::newRow("envelope") << QByteArray(R"({"transactionId":"x","name":"n","message":"m"})")
                              << false << K::GatewayFault << QString() << QString();
    QTest::newRow("empty") << QByteArray("{}") << false << K::GatewayFault << QString()
                           << QString();
}

void tst_ApiErrorFormats::oauthError()
{
    QFETCH(QByteArray, body);
    compareFault(ApiError::parseOAuthError(json(body.constData())));
}

void tst_ApiErrorFormats::gatewayEnvelope_data()
{
    addFaultColumns();
    using K = ApiError::Kind;
    QTest::newRow("with info") << QByteArray(
        R"({"transactionId":"x","status":"503","name":"Service Unavailable","message":"down","info":"later"})")
                               << true << K::GatewayFault << u"Service Unavailable"_s
                               << u"down later"_s;
    QTest::newRow("empty info") << QByteArray(
        R"({"transactionId":"x","name":"Too Many Requests","message":"slow","info":""})")
                                << true << K::GatewayFault << u"Too Many Requests"_s << u"slow"_s;
    QTest::newRow("name and message only") << QByteArray(R"({"name":"Bad","message":"no"})") << true
                                           << K::GatewayFault << u"Bad"_s << u"no"_s;
    QTest::newRow("message only") << QByteArray(R"({"message":"no"})") << false << K::GatewayFault
                                  << QString() << QString();
    QTest::newRow("not json") << QByteArray("<html></html>") << false << K::GatewayFault
                              << QString() << QString();
}

void tst_ApiErrorFormats::gatewayEnvelope()
{
    QFETCH(QByteArray, body);
    compareFault(ApiError::parseGatewayEnvelope(json(body.constData())));
}

void tst_ApiErrorFormats::kindNamesRoundTrip()
{
    using K = ApiError::Kind;
    const K all[] = {K::Network,         K::Timeout,      K::Tls,           K::Http,
                     K::GatewayFault,    K::InvalidToken, K::InvalidClient, K::Business,
                     K::MalformedAnswer, K::Aborted,      K::InvalidInput,  K::Config};
    QSet<QString> names;
    for (const K kind : all) {
        const QString name = ApiError::kindName(kind);
        QVERIFY(!name.isEmpty());
        QCOMPARE(ApiError::kindFromName(name), std::optional<K>(kind));
        names.insert(name);
    }
    QCOMPARE(names.size(), qsizetype(std::size(all)));
    // History rows written before the table keep these exact keys.
    QCOMPARE(ApiError::kindName(K::GatewayFault), u"gateway"_s);
    QCOMPARE(ApiError::kindName(K::InvalidToken), u"invalid-token"_s);
    QVERIFY(!ApiError::kindFromName(u"Network"));
}

QTEST_GUILESS_MAIN(tst_ApiErrorFormats)
#include "tst_ApiErrorFormats.moc"
