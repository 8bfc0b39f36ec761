#include "api/ApiError.h"
#include "api/HttpResponse.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiError::Kind)

// ApiError's classification of what a server can answer. The same answers come from the
// sandbox in tst_VerifyClient; these tables pin down the shapes the sandbox does not produce.
class tst_ApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data();
    void classifies();
    void retryAfterAsDate();
    void excerptIsBoundedAndRedacted();
    void businessCarriesStatus();
    void everyBusinessStatusHasASentence();
};

void tst_ApiError::classifies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("serverCode");
    QTest::addColumn<int>("retrySeconds");

    const int none = QNetworkReply::NoError;
    const QByteArray json = "application/json";
    QTest::newRow("apigee invalid token")
        << 401 << int(QNetworkReply::AuthenticationRequiredError) << json
        << QByteArray(
               R"({"fault":{"faultstring":"Invalid access token","detail":{"errorcode":"oauth.v2.InvalidAccessToken"}}})")
        << QByteArray() << ApiError::Kind::InvalidToken << u"oauth.v2.InvalidAccessToken"_s << -1;
    QTest::newRow("apigee expired token on another status")
        << 400 << int(QNetworkReply::ProtocolInvalidOperationError) << json
        << QByteArray(
               R"({"fault":{"faultstring":"Access Token expired","detail":{"errorcode":"keymanagement.service.access_token_expired"}}})")
        << QByteArray() << ApiError::Kind::InvalidToken
        << u"keymanagement.service.access_token_expired"_s << -1;
    QTest::newRow("apigee spike arrest")
        << 429 << none << json
        << QByteArray(
               R"({"fault":{"faultstring":"Spike arrest violation","detail":{"errorcode":"policies.ratelimit.SpikeArrestViolation"}}})")
        << QByteArray("7") << ApiError::Kind::GatewayFault
        << u"policies.ratelimit.SpikeArrestViolation"_s << 7;
    QTest::newRow("invalid client")
        << 401 << int(QNetworkReply::AuthenticationRequiredError) << json
        << QByteArray(R"({"ErrorCode":"invalid_client","Error":"ClientId is Invalid"})")
        << QByteArray() << ApiError::Kind::InvalidClient << u"invalid_client"_s << -1;
    QTest::newRow("rfc6749 invalid client")
        << 400 << int(QNetworkReply::ProtocolInvalidOperationError) << json
        << QByteArray(R"({"error":"invalid_client","error_description":"bad"})") << QByteArray()
        << ApiError::Kind::InvalidClient << u"invalid_client"_s << -1;
    // The vendor's API with a wrong API key or secret in the Basic header.
    QTest::newRow("vendor 401")
        << 401 << int(QNetworkReply::AuthenticationRequiredError) << json
        << QByteArray(
               R"({"type":"https://developer.nexmo.com/api-errors#unauthorized","title":"Unauthorized","detail":"You did not provide correct credentials.","instance":"797a8f199c45014ab7b08bfe9cc1c12c"})")
        << QByteArray() << ApiError::Kind::InvalidClient << u"Unauthorized"_s << -1;
    QTest::newRow("vendor problem 500")
        << 500 << int(QNetworkReply::InternalServerError) << json
        << QByteArray(
               R"({"type":"https://developer.nexmo.com/api-errors#internal","title":"Internal Error","detail":"Something went wrong."})")
        << QByteArray() << ApiError::Kind::Http << u"Internal Error"_s << -1;
    QTest::newRow("gateway envelope 503")
        << 503 << int(QNetworkReply::ServiceUnavailableError) << json
        << QByteArray(
               R"({"transactionId":"x","status":"503","name":"Service Unavailable","message":"down","info":""})")
        << QByteArray() << ApiError::Kind::GatewayFault << u"Service Unavailable"_s << -1;
    QTest::newRow("gateway 429 retry-after")
        << 429 << int(QNetworkReply::UnknownContentError) << json
        << QByteArray(
               R"({"transactionId":"x","status":"429","name":"Too Many Requests","message":"slow down","info":""})")
        << QByteArray("30") << ApiError::Kind::GatewayFault << u"Too Many Requests"_s << 30;
    QTest::newRow("html 502") << 502 << int(QNetworkReply::UnknownServerError)
                              << QByteArray("text/html")
                              << QByteArray("<html><body><h1>Bad Gateway</h1></body></html>")
                              << QByteArray() << ApiError::Kind::Http << QString() << -1;
    QTest::newRow("plain 500") << 500 << int(QNetworkReply::InternalServerError)
                               << QByteArray("text/plain") << QByteArray("oops") << QByteArray()
                               << ApiError::Kind::Http << QString() << -1;
    QTest::newRow("refused") << 0 << int(QNetworkReply::ConnectionRefusedError) << QByteArray()
                             << QByteArray() << QByteArray() << ApiError::Kind::Network << QString()
                             << -1;
    QTest::newRow("closed") << 0 << int(QNetworkReply::RemoteHostClosedError) << QByteArray()
                            << QByteArray() << QByteArray() << ApiError::Kind::Network << QString()
                            << -1;
    QTest::newRow("tls") << 0 << int(QNetworkReply::SslHandshakeFailedError) << QByteArray()
                         << QByteArray() << QByteArray() << ApiError::Kind::Tls << QString() << -1;
    QTest::newRow("timeout") << 0 << int(QNetworkReply::TimeoutError) << QByteArray()
                             << QByteArray() << QByteArray() << ApiError::Kind::Timeout << QString()
                             << -1;
}

void tst_ApiError::classifies()
{
    QFETCH(int, status);
    QFETCH(int, networkError);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, serverCode);
    QFETCH(int, retrySeconds);

    HttpResponse response;
    response.httpStatus = status;
    response.networkError = static_cast<QNetworkReply::NetworkError>(networkError);
    response.errorString = u"Qt says no"_s;
    if (!contentType.isEmpty())
        response.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    if (!retryAfter.isEmpty())
        response.headers.append({QByteArrayLiteral("Retry-After"), retryAfter});
    response.body = body;

    const ApiError error = ApiError::fromResponse(response);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.serverCode(), serverCode);
    QCOMPARE(error.retryAfterSeconds(), retrySeconds);
    QCOMPARE(error.httpStatus(), status);
    QVERIFY(error.message().endsWith(u'.'));
    QVERIFY(error.message().size() > 30);
    if (retrySeconds > 0)
        QVERIFY(error.message().contains(QString::number(retrySeconds)));
    QVERIFY(error.detail().contains(ApiError::kindName(kind)));
    if (QByteArray(QTest::currentDataTag()) == "vendor 401") {
        // Says which credentials, and what the vendor said.
        QVERIFY2(error.message().contains(u"API key or secret"), qPrintable(error.message()));
        QVERIFY(error.message().contains(u"You did not provide correct credentials."));
    }
}

void tst_ApiError::retryAfterAsDate()
{
    HttpResponse response;
    response.httpStatus = 429;
    response.networkError = QNetworkReply::UnknownContentError;
    response.headers.append(
        {QByteArrayLiteral("Retry-After"),
         QDateTime::currentDateTimeUtc().addSecs(120).toString(Qt::RFC2822Date).toLatin1()});
    const ApiError error = ApiError::fromResponse(response);
    QVERIFY(error.retryAfterSeconds() >= 118 && error.retryAfterSeconds() <= 120);
}

void tst_ApiError::excerptIsBoundedAndRedacted()
{
    HttpResponse response;
    response.httpStatus = 500;
    response.networkError = QNetworkReply::InternalServerError;
    response.body =
        R"({"access_token":"abcdefghijkl","client_secret":"s3cr3t-value","code":"1234","x":")"
        + QByteArray(5000, 'x') + "\"}";
    const ApiError error = ApiError::fromResponse(response);
    QVERIFY(error.bodyExcerpt().toUtf8().size() <= ApiError::kMaxExcerptBytes);
    QVERIFY(!error.bodyExcerpt().contains(u"abcdefghijkl"));
    QVERIFY(!error.bodyExcerpt().contains(u"s3cr3t-value"));
    QVERIFY(!error.bodyExcerpt().contains(u"1234"));
}

void tst_ApiError::businessCarriesStatus()
{
    const ApiError error =
        ApiError::business(u"16"_s, u"The code inserted does not match"_s, u"abc"_s);
    QCOMPARE(error.kind(), ApiError::Kind::Business);
    QCOMPARE(error.businessStatus(), u"16"_s);
    QCOMPARE(error.requestId(), u"abc"_s);
    QCOMPARE(error.serverText(), u"The code inserted does not match"_s);
    QVERIFY(!error.message().isEmpty());
}

void tst_ApiError::everyBusinessStatusHasASentence()
{
    const QString fallback = ApiError::businessMessage(u"999"_s);
    QVERIFY(fallback.contains(u"999"));
    for (const char *status : {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "15", "16", "17",
                               "18", "19", "20", "29", "101"}) {
        const QString message = ApiError::businessMessage(QString::fromLatin1(status));
        QVERIFY2(message
                     != ApiError::businessMessage(u"999"_s).replace(u"999"_s,
                                                                    QString::fromLatin1(status)),
                 status);
        QVERIFY(message.endsWith(u'.'));
    }
}

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_ApiError.moc"
