// The sandbox over real HTTP: a SandboxServer on loopback driven through QNetworkAccessManager,
// covering tokens, both route flavours, the Verify rules, the workflows, faults and bad input.

#include "HttpHeaders.h"
#include "SandboxServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Pairs = QList<std::pair<QString, QString>>;
using RawHeaders = HttpHeaders::List;

const QString kTokenPath = u"/oauth/client_credential/accesstoken"_s;
const QString kKpn = u"/communication/nexmo/verify"_s;
const QByteArray kGrant = QByteArrayLiteral("grant_type=client_credentials");
const QByteArray kForm = QByteArrayLiteral("application/x-www-form-urlencoded");
const QByteArray kJsonType = QByteArrayLiteral("application/json");
const QString kClientId = u"sandbox-client"_s;
const QString kClientSecret = u"sandbox-secret"_s;
const QString kNumber = u"31612345678"_s;
const QString kOtherNumber = u"447700900100"_s;
constexpr quint32 kSeed = 20240521;
// Wall time hardly moves the virtual clock, so virtual times are exact and only advance moves them.
constexpr double kFrozenTimeScale = 1e-9;
constexpr int kReplyTimeoutMs = 15'000;

const QRegularExpression kDateFormat(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"_s);

QByteArray formEncode(const Pairs &pairs)
{
    QByteArray encoded;
    for (const auto &[key, value] : pairs) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

// Repeated keys become arrays, the way a JSON client sends `request_ids`.
QByteArray jsonEncode(const Pairs &pairs)
{
    QJsonObject object;
    for (const auto &[key, value] : pairs) {
        if (!object.contains(key)) {
            object.insert(key, value);
            continue;
        }
        const QJsonValue existing = object.value(key);
        QJsonArray array = existing.isArray() ? existing.toArray() : QJsonArray {existing};
        array.append(value);
        object.insert(key, array);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Pairs pairsFrom(const QStringList &flat)
{
    Pairs pairs;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
        pairs.append({flat.at(i), flat.at(i + 1)});
    return pairs;
}

QByteArray basicAuth(const QString &user, const QString &password)
{
    return QByteArrayLiteral("Basic ") + QString(user + u':' + password).toUtf8().toBase64();
}

// A code of the same length that is certainly not `code`.
QString wrongCode(const QString &code)
{
    QString wrong;
    for (const QChar digit : code)
        wrong.append(QChar(u'0' + static_cast<char16_t>((digit.digitValue() + 1) % 10)));
    return wrong;
}

qint64 atMs(const QJsonValue &message)
{
    return QDateTime::fromString(message.toObject().value(u"at"_s).toString(), Qt::ISODateWithMs)
        .toMSecsSinceEpoch();
}

QString vendorDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

struct Response
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(), [&name](const auto &pair) {
            return pair.first.compare(name, Qt::CaseInsensitive) == 0;
        });
    }
    bool isJson() const
    {
        QJsonParseError error;
        QJsonDocument::fromJson(body, &error);
        return error.error == QJsonParseError::NoError;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString value(const QString &key) const { return json().value(key).toString(); }
};

enum class Carry { Query, Form, Json };
enum class Credentials { Params, Basic };

} // namespace

Q_DECLARE_METATYPE(Carry)
Q_DECLARE_METATYPE(Credentials)

class tst_SandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // tokens and authentication
    void tokenSuccess();
    void tokenErrors_data();
    void tokenErrors();
    void tokenWithHttpBasic();
    void tokenTtlAndExpiry();
    void invalidAccessToken_data();
    void invalidAccessToken();

    // routes
    void kpnRoutes_data();
    void kpnRoutes();
    void vendorRoutes_data();
    void vendorRoutes();
    void vendorCredentials_data();
    void vendorCredentials();

    // request
    void requestValidation_data();
    void requestValidation();
    void countryFormatting_data();
    void countryFormatting();
    void pinExpiryMultipleRule_data();
    void pinExpiryMultipleRule();
    void pinCodeNotSupported();
    void demoNumbers_data();
    void demoNumbers();
    void concurrentRequest_data();
    void concurrentRequest();

    // check
    void checkWrongCodes();
    void checkSuccess();
    void checkErrors_data();
    void checkErrors();
    void newPinResetsAttempts();

    // control
    void cancelWindow();
    void cancelAfterSecondEvent();
    void triggerNextEvent();
    void triggerNextEventWithNothingLeft();
    void controlErrors_data();
    void controlErrors();

    // search
    void searchOne();
    void searchSeveral();
    void searchLimits();

    // workflows
    void workflows_data();
    void workflows();
    void customNextEventWait();
    void requestLivesWhileItsPinIsValid_data();
    void requestLivesWhileItsPinIsValid();
    void eventsFallDueWithoutCalls();

    // the vendor's limits and delays
    void searchWindowAfterCompletion();
    void searchWindowForSeveralIds();
    void throttlingAboveThirtyPerSecond();
    void throttlingCountsTheAccountNotTheRoute();

    // PSD2
    void psd2Request();
    void psd2Validation_data();
    void psd2Validation();
    void psd2VendorFlavourOnly();

    // faults
    void faultHttpStatus_data();
    void faultHttpStatus();
    void faultBody_data();
    void faultBody();
    void faultClosedConnection();
    void faultDelayPastTransferTimeout();
    void faultVerifyStatus_data();
    void faultVerifyStatus();
    void faultConcurrentCarriesARequestId();
    void faultExpireTokens_data();
    void faultExpireTokens();
    void faultCountAndPath();
    void faultEndpoint();
    void faultProcessed_data();
    void faultProcessed();
    void faultListAndClear();
    void faultInvalid_data();
    void faultInvalid();

    // bad input
    void unknownRoute_data();
    void unknownRoute();
    void wrongMethod_data();
    void wrongMethod();
    void malformedJsonBody_data();
    void malformedJsonBody();
    void unsupportedContentType();
    void bodyTooLarge_data();
    void bodyTooLarge();
    void badRequestsLeaveLiveRequestAlone();

    void reset();

private:
    static sandbox::SandboxOptions options();
    bool startServer(const sandbox::SandboxOptions &options);
    Response send(const QByteArray &method, const QString &path, const QByteArray &query = {},
                  const QByteArray &body = {}, const QByteArray &contentType = {},
                  const RawHeaders &headers = {}, int transferTimeoutMs = 0);
    Response fetchToken(const QByteArray &query, const QByteArray &body,
                        const RawHeaders &headers = {});
    QString newToken();
    Response kpn(const QString &endpoint, const Pairs &params, const QString &token = {});
    Response vendor(const QString &path, Pairs params, const QByteArray &method = "POST",
                    Carry carry = Carry::Form, Credentials credentials = Credentials::Params);
    Response requestVerification(const QString &number, const Pairs &extra = {});
    QString startVerification(const QString &number = kNumber, const Pairs &extra = {});
    Response check(const QString &id, const QString &code);
    Response control(const QString &id, const QString &command);
    QJsonObject search(const QString &id);
    QJsonArray messages(const QString &number = kNumber);
    QString lastCode(const QString &number = kNumber);
    bool advance(qint64 seconds);
    Response addFaults(const QByteArray &json);
    void walkWorkflow(const QString &id, const QStringList &channels, const QList<int> &times,
                      const QList<int> &newPin, int expireAt);

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QString m_token;
};

// --- fixture ----------------------------------------------------------------------------------

sandbox::SandboxOptions tst_SandboxServer::options()
{
    sandbox::SandboxOptions options;
    options.seed = kSeed;
    options.timeScale = kFrozenTimeScale;
    // Most tests search right after a verification completes: they switch search's 101 minute
    // off explicitly; searchWindowAfterCompletion() tests it with the default.
    options.simulator.instantSearch = true;
    return options;
}

bool tst_SandboxServer::startServer(const sandbox::SandboxOptions &options)
{
    m_nam->clearConnectionCache();
    m_server.reset();
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    if (!m_server->listen(0))
        return false;
    m_token = newToken();
    return !m_token.isEmpty();
}

void tst_SandboxServer::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    QVERIFY(startServer(options()));
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
}

void tst_SandboxServer::cleanup()
{
    m_nam.reset();
    m_server.reset();
    m_token.clear();
}

Response tst_SandboxServer::send(const QByteArray &method, const QString &path,
                                 const QByteArray &query, const QByteArray &body,
                                 const QByteArray &contentType, const RawHeaders &headers,
                                 int transferTimeoutMs)
{
    QByteArray url = m_server->baseUrl().toEncoded() + QUrl::toPercentEncoding(path, "/");
    if (!query.isEmpty())
        url += '?' + query;
    QNetworkRequest request(QUrl::fromEncoded(url));
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(transferTimeoutMs);

    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Response response;
    if (!reply->isFinished() && !finished.wait(kReplyTimeoutMs)) {
        QTest::qFail("no answer from the sandbox", __FILE__, __LINE__);
        reply->abort();
        reply->deleteLater();
        return response;
    }
    response.finished = true;
    response.error = reply->error();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return response;
}

Response tst_SandboxServer::fetchToken(const QByteArray &query, const QByteArray &body,
                                       const RawHeaders &headers)
{
    return send("POST", kTokenPath, query, body, kForm, headers);
}

QString tst_SandboxServer::newToken()
{
    const Response response = fetchToken(
        kGrant, formEncode({{u"client_id"_s, kClientId}, {u"client_secret"_s, kClientSecret}}));
    return response.status == 200 ? response.value(u"access_token"_s) : QString();
}

Response tst_SandboxServer::kpn(const QString &endpoint, const Pairs &params, const QString &token)
{
    const QString bearer = token.isEmpty() ? m_token : token;
    return send("POST", kKpn + endpoint, {}, formEncode(params), kForm,
                {{"Authorization", "Bearer " + bearer.toLatin1()}});
}

Response tst_SandboxServer::vendor(const QString &path, Pairs params, const QByteArray &method,
                                   Carry carry, Credentials credentials)
{
    RawHeaders headers;
    if (credentials == Credentials::Basic) {
        headers.append({"Authorization", basicAuth(kClientId, kClientSecret)});
    } else {
        params.prepend({u"api_secret"_s, kClientSecret});
        params.prepend({u"api_key"_s, kClientId});
    }
    switch (carry) {
    case Carry::Query:
        return send(method, path, formEncode(params), {}, {}, headers);
    case Carry::Form:
        return send(method, path, {}, formEncode(params), kForm, headers);
    case Carry::Json:
        break;
    }
    return send(method, path, {}, jsonEncode(params), kJsonType, headers);
}

Response tst_SandboxServer::requestVerification(const QString &number, const Pairs &extra)
{
    Pairs params {{u"number"_s, number}, {u"brand"_s, u"Acme"_s}};
    params.append(extra);
    return kpn({}, params);
}

QString tst_SandboxServer::startVerification(const QString &number, const Pairs &extra)
{
    const Response response = requestVerification(number, extra);
    if (response.status != 200 || response.value(u"status"_s) != u"0") {
        QTest::qFail(qPrintable(u"the request was refused: "_s + QString::fromUtf8(response.body)),
                     __FILE__, __LINE__);
        return {};
    }
    return response.value(u"request_id"_s);
}

Response tst_SandboxServer::check(const QString &id, const QString &code)
{
    return kpn(u"/check"_s, {{u"request_id"_s, id}, {u"code"_s, code}});
}

Response tst_SandboxServer::control(const QString &id, const QString &command)
{
    return kpn(u"/control"_s, {{u"request_id"_s, id}, {u"cmd"_s, command}});
}

QJsonObject tst_SandboxServer::search(const QString &id)
{
    return kpn(u"/search"_s, {{u"request_id"_s, id}}).json();
}

QJsonArray tst_SandboxServer::messages(const QString &number)
{
    return send("GET", u"/_sandbox/messages"_s, formEncode({{u"number"_s, number}})).array();
}

QString tst_SandboxServer::lastCode(const QString &number)
{
    const QJsonArray list = messages(number);
    return list.isEmpty() ? QString() : list.last().toObject().value(u"code"_s).toString();
}

bool tst_SandboxServer::advance(qint64 seconds)
{
    const Response response =
        send("POST", u"/_sandbox/clock/advance"_s, "seconds=" + QByteArray::number(seconds));
    return response.status == 200;
}

Response tst_SandboxServer::addFaults(const QByteArray &json)
{
    return send("POST", u"/_sandbox/faults"_s, {}, json, kJsonType);
}

// Steps the clock to each expected event: nothing a second early, the right channel at the right
// virtual time, a new PIN exactly where expected, and EXPIRED (with its date) at the end.
void tst_SandboxServer::walkWorkflow(const QString &id, const QStringList &channels,
                                     const QList<int> &times, const QList<int> &newPin,
                                     int expireAt)
{
    QJsonArray list = messages();
    QCOMPARE(list.size(), 1);
    const QJsonObject first = list.first().toObject();
    QCOMPARE(first.value(u"request_id"_s).toString(), id);
    QCOMPARE(first.value(u"channel"_s).toString(), channels.first());
    QVERIFY(first.value(u"text"_s).toString().contains(first.value(u"code"_s).toString())
            || channels.first() == u"tts");
    const qint64 start = atMs(first);

    qint64 now = 0;
    for (int i = 1; i < times.size(); ++i) {
        QVERIFY(advance(times.at(i) - 1 - now));
        QCOMPARE(messages().size(), i);
        QVERIFY(advance(1));
        now = times.at(i);
        list = messages();
        QCOMPARE(list.size(), i + 1);
        const QJsonObject message = list.at(i).toObject();
        QCOMPARE(message.value(u"channel"_s).toString(), channels.at(i));
        QCOMPARE(atMs(message) - start, qint64(times.at(i)) * 1000);
        const QString code = message.value(u"code"_s).toString();
        const QString previous = list.at(i - 1).toObject().value(u"code"_s).toString();
        if (newPin.at(i) != 0)
            QVERIFY2(code != previous, qPrintable(u"event %1 kept the PIN"_s.arg(i)));
        else
            QCOMPARE(code, previous);
    }

    QVERIFY(advance(expireAt - 1 - now));
    QJsonObject entry = search(id);
    QCOMPARE(entry.value(u"status"_s).toString(), u"IN PROGRESS"_s);
    QVERIFY(!entry.contains(u"date_finalized"_s));
    QVERIFY(advance(1));
    entry = search(id);
    QCOMPARE(entry.value(u"status"_s).toString(), u"EXPIRED"_s);
    QCOMPARE(entry.value(u"date_finalized"_s).toString(), vendorDate(start + expireAt * 1000LL));
    const QJsonArray events = entry.value(u"events"_s).toArray();
    QCOMPARE(events.size(), channels.size());
    for (int i = 0; i < channels.size(); ++i)
        QCOMPARE(events.at(i).toObject().value(u"type"_s).toString(), channels.at(i));
    QCOMPARE(messages().size(), channels.size());
    // Nothing more is ever sent.
    QVERIFY(advance(3600));
    QCOMPARE(messages().size(), channels.size());
}

// --- tokens -----------------------------------------------------------------------------------

void tst_SandboxServer::tokenSuccess()
{
    const Response response = fetchToken(
        kGrant, formEncode({{u"client_id"_s, kClientId}, {u"client_secret"_s, kClientSecret}}));
    QCOMPARE(response.error, QNetworkReply::NoError);
    QCOMPARE(response.status, 200);
    QVERIFY(response.header("Content-Type").startsWith("application/json"));
    const QJsonObject json = response.json();

    const QStringList keys = {u"refresh_token_expires_in"_s,
                              u"api_product_list"_s,
                              u"api_product_list_json"_s,
                              u"organization_name"_s,
                              u"developer_email"_s,
                              u"token_type"_s,
                              u"issued_at"_s,
                              u"client_id"_s,
                              u"access_token"_s,
                              u"application_name"_s,
                              u"scope"_s,
                              u"expires_in"_s,
                              u"refresh_count"_s,
                              u"status"_s};
    for (const QString &key : keys)
        QVERIFY2(json.contains(key), qPrintable(key));
    // KPN's gateway writes every value as a string; the product list also comes as a list of them.
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() == u"api_product_list_json") {
            QVERIFY(it.value().isArray());
            const QJsonArray products = it.value().toArray();
            QVERIFY(!products.isEmpty());
            for (const QJsonValue &product : products)
                QVERIFY(product.isString());
            continue;
        }
        QVERIFY2(it.value().isString(), qPrintable(it.key()));
    }
    QCOMPARE(json.value(u"expires_in"_s).toString(), u"3599"_s);
    QCOMPARE(json.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(json.value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(json.value(u"client_id"_s).toString(), kClientId);
    QCOMPARE(json.value(u"refresh_token_expires_in"_s).toString(), u"0"_s);

    const QString issuedAt = json.value(u"issued_at"_s).toString();
    QVERIFY2(QRegularExpression(u"^[0-9]{13}$"_s).match(issuedAt).hasMatch(), qPrintable(issuedAt));
    // Milliseconds since the epoch: the server's clock started at wall time when the test began.
    const qint64 issued = issuedAt.toLongLong();
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(issued <= wall);
    QVERIFY(issued > wall - 600'000);

    const QString token = json.value(u"access_token"_s).toString();
    QVERIFY(!token.isEmpty());
    QVERIFY(token != m_token);
    const Response call = kpn(u"/search"_s, {{u"request_id"_s, u"unknown"_s}}, token);
    QCOMPARE(call.status, 200);
    QCOMPARE(call.value(u"status"_s), u"101"_s);
}

void tst_SandboxServer::tokenErrors_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("error");

    const QByteArray good =
        formEncode({{u"client_id"_s, kClientId}, {u"client_secret"_s, kClientSecret}});
    const QString invalidClient = u"invalid_client"_s;
    const QString clientIsInvalid = u"ClientId is Invalid"_s;
    QTest::newRow("wrong secret") << kGrant
                                  << formEncode({{u"client_id"_s, kClientId},
                                                 {u"client_secret"_s, u"nope"_s}})
                                  << 401 << invalidClient << clientIsInvalid;
    QTest::newRow("unknown client")
        << kGrant
        << formEncode({{u"client_id"_s, u"someone"_s}, {u"client_secret"_s, kClientSecret}}) << 401
        << invalidClient << clientIsInvalid;
    QTest::newRow("swapped pair") << kGrant
                                  << formEncode({{u"client_id"_s, kClientSecret},
                                                 {u"client_secret"_s, kClientId}})
                                  << 401 << invalidClient << clientIsInvalid;
    QTest::newRow("no credentials")
        << kGrant << QByteArray() << 401 << invalidClient << clientIsInvalid;
    QTest::newRow("missing grant_type")
        << QByteArray() << good << 400 << u"invalid_request"_s << u"Required param : grant_type"_s;
    QTest::newRow("empty grant_type") << QByteArray("grant_type=") << good << 400
                                      << u"invalid_request"_s << u"Required param : grant_type"_s;
    QTest::newRow("password grant_type")
        << QByteArray("grant_type=password") << good << 400 << u"invalid_request"_s
        << u"Unsupported grant type : password"_s;
}

void tst_SandboxServer::tokenErrors()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    QFETCH(QString, error);

    const Response response = fetchToken(query, body);
    QCOMPARE(response.status, status);
    QVERIFY(response.header("Content-Type").startsWith("application/json"));
    const QJsonObject json = response.json();
    QCOMPARE(json.value(u"ErrorCode"_s).toString(), errorCode);
    QCOMPARE(json.value(u"Error"_s).toString(), error);
    QVERIFY(!json.contains(u"access_token"_s));
}

void tst_SandboxServer::tokenWithHttpBasic()
{
    const Response response =
        fetchToken(kGrant, {}, {{"Authorization", basicAuth(kClientId, kClientSecret)}});
    QCOMPARE(response.status, 200);
    const QString token = response.value(u"access_token"_s);
    QVERIFY(!token.isEmpty());
    QCOMPARE(kpn(u"/search"_s, {{u"request_id"_s, u"x"_s}}, token).status, 200);

    const Response wrong =
        fetchToken(kGrant, {}, {{"Authorization", basicAuth(kClientId, u"nope"_s)}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.value(u"ErrorCode"_s), u"invalid_client"_s);
}

void tst_SandboxServer::tokenTtlAndExpiry()
{
    sandbox::SandboxOptions custom = options();
    custom.simulator.tokenTtlSeconds = 120;
    QVERIFY(startServer(custom));

    const Response response = fetchToken(
        kGrant, formEncode({{u"client_id"_s, kClientId}, {u"client_secret"_s, kClientSecret}}));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.value(u"expires_in"_s), u"120"_s);
    const QString token = response.value(u"access_token"_s);
    const Pairs searchUnknown {{u"request_id"_s, u"unknown"_s}};

    QCOMPARE(kpn(u"/search"_s, searchUnknown, token).status, 200);
    QVERIFY(advance(119));
    QCOMPARE(kpn(u"/search"_s, searchUnknown, token).status, 200);
    QVERIFY(advance(1));
    const Response expired = kpn(u"/search"_s, searchUnknown, token);
    QCOMPARE(expired.status, 401);
    const QJsonObject fault = expired.json().value(u"fault"_s).toObject();
    QCOMPARE(fault.value(u"faultstring"_s).toString(), u"Access Token expired"_s);
    QCOMPARE(fault.value(u"detail"_s).toObject().value(u"errorcode"_s).toString(),
             u"keymanagement.service.access_token_expired"_s);

    // No refresh: a new token is minted and works.
    const QString fresh = newToken();
    QVERIFY(!fresh.isEmpty());
    QCOMPARE(kpn(u"/search"_s, searchUnknown, fresh).status, 200);
}

void tst_SandboxServer::invalidAccessToken_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("faultString");
    QTest::addColumn<QString>("errorCode");
    // Apigee: no Bearer token at all is oauth.v2.InvalidAccessToken; a Bearer token it never
    // issued is keymanagement.service.invalid_access_token.
    const QString missing = u"oauth.v2.InvalidAccessToken"_s;
    QTest::newRow("missing Authorization") << QByteArray() << u"Invalid access token"_s << missing;
    QTest::newRow("unknown token")
        << QByteArray("Bearer notatokenthesandboxissued") << u"Invalid Access Token"_s
        << u"keymanagement.service.invalid_access_token"_s;
    QTest::newRow("empty bearer") << QByteArray("Bearer ") << u"Invalid access token"_s << missing;
    QTest::newRow("client credentials as Basic")
        << basicAuth(kClientId, kClientSecret) << u"Invalid access token"_s << missing;
}

void tst_SandboxServer::invalidAccessToken()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, faultString);
    QFETCH(QString, errorCode);
    RawHeaders headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const QByteArray body = formEncode({{u"number"_s, kNumber},
                                        {u"brand"_s, u"Acme"_s},
                                        {u"request_id"_s, u"x"_s},
                                        {u"code"_s, u"1234"_s},
                                        {u"cmd"_s, u"cancel"_s}});
    for (const QString &endpoint : {u""_s, u"/check"_s, u"/search"_s, u"/control"_s}) {
        const Response response = send("POST", kKpn + endpoint, {}, body, kForm, headers);
        QCOMPARE(response.status, 401);
        const QJsonObject fault = response.json().value(u"fault"_s).toObject();
        QCOMPARE(fault.value(u"faultstring"_s).toString(), faultString);
        QCOMPARE(fault.value(u"detail"_s).toObject().value(u"errorcode"_s).toString(), errorCode);
    }
    QVERIFY(messages().isEmpty());
}

// --- routes -----------------------------------------------------------------------------------

void tst_SandboxServer::kpnRoutes_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("suffix");
    for (const QString &suffix : {QString(), u"/"_s}) {
        for (const QString &endpoint : {u""_s, u"/check"_s, u"/search"_s, u"/control"_s}) {
            const QString name = kKpn + endpoint + suffix;
            QTest::newRow(qPrintable(name)) << endpoint << suffix;
        }
    }
}

void tst_SandboxServer::kpnRoutes()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, suffix);
    const QString id = startVerification(kOtherNumber);
    QVERIFY(!id.isEmpty());

    // Each endpoint answers in its own way, so the answer proves where the call was routed.
    const QString path = kKpn + endpoint + suffix;
    const QByteArray auth = "Bearer " + m_token.toLatin1();
    const auto post = [&](const Pairs &params) {
        return send("POST", path, {}, formEncode(params), kForm, {{"Authorization", auth}});
    };
    if (endpoint.isEmpty()) {
        const Response response = post({{u"number"_s, kNumber}, {u"brand"_s, u"Acme"_s}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.value(u"status"_s), u"0"_s);
        QCOMPARE(response.value(u"request_id"_s).size(), 32);
        QCOMPARE(messages().size(), 1);
    } else if (endpoint == u"/check") {
        const Response response =
            post({{u"request_id"_s, id}, {u"code"_s, wrongCode(lastCode(kOtherNumber))}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.value(u"status"_s), u"16"_s);
    } else if (endpoint == u"/search") {
        const Response response = post({{u"request_id"_s, id}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.value(u"request_id"_s), id);
        QCOMPARE(response.value(u"status"_s), u"IN PROGRESS"_s);
    } else {
        const Response response =
            post({{u"request_id"_s, id}, {u"cmd"_s, u"trigger_next_event"_s}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.value(u"status"_s), u"0"_s);
        QCOMPARE(response.value(u"command"_s), u"trigger_next_event"_s);
        QCOMPARE(messages(kOtherNumber).size(), 2);
    }
}

void tst_SandboxServer::vendorRoutes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<Carry>("carry");
    QTest::addColumn<Credentials>("credentials");

    QTest::newRow("GET, query, api_key")
        << QByteArray("GET") << Carry::Query << Credentials::Params;
    QTest::newRow("GET, query, Basic") << QByteArray("GET") << Carry::Query << Credentials::Basic;
    QTest::newRow("POST, query, api_key")
        << QByteArray("POST") << Carry::Query << Credentials::Params;
    QTest::newRow("POST, form, api_key")
        << QByteArray("POST") << Carry::Form << Credentials::Params;
    QTest::newRow("POST, form, Basic") << QByteArray("POST") << Carry::Form << Credentials::Basic;
    QTest::newRow("POST, JSON, api_key")
        << QByteArray("POST") << Carry::Json << Credentials::Params;
    QTest::newRow("POST, JSON, Basic") << QByteArray("POST") << Carry::Json << Credentials::Basic;
}

void tst_SandboxServer::vendorRoutes()
{
    QFETCH(QByteArray, method);
    QFETCH(Carry, carry);
    QFETCH(Credentials, credentials);

    const Response request =
        vendor(u"/verify/json"_s,
               {{u"number"_s, kNumber}, {u"brand"_s, u"Acme"_s}, {u"workflow_id"_s, u"6"_s}},
               method, carry, credentials);
    QCOMPARE(request.status, 200);
    QCOMPARE(request.value(u"status"_s), u"0"_s);
    const QString id = request.value(u"request_id"_s);
    QCOMPARE(id.size(), 32);
    QCOMPARE(messages().size(), 1);

    const Response found =
        vendor(u"/verify/search/json"_s, {{u"request_id"_s, id}}, method, carry, credentials);
    QCOMPARE(found.status, 200);
    QCOMPARE(found.value(u"status"_s), u"IN PROGRESS"_s);
    QCOMPARE(found.value(u"request_id"_s), id);

    const Response early =
        vendor(u"/verify/control/json"_s, {{u"request_id"_s, id}, {u"cmd"_s, u"cancel"_s}}, method,
               carry, credentials);
    QCOMPARE(early.status, 200);
    QCOMPARE(early.value(u"status"_s), u"19"_s);

    const QString code = lastCode();
    const Response wrong =
        vendor(u"/verify/check/json"_s, {{u"request_id"_s, id}, {u"code"_s, wrongCode(code)}},
               method, carry, credentials);
    QCOMPARE(wrong.value(u"status"_s), u"16"_s);
    const Response right =
        vendor(u"/verify/check/json"_s, {{u"request_id"_s, id}, {u"code"_s, code}}, method, carry,
               credentials);
    QCOMPARE(right.status, 200);
    QCOMPARE(right.value(u"status"_s), u"0"_s);
    QCOMPARE(search(id).value(u"status"_s).toString(), u"SUCCESS"_s);
}

void tst_SandboxServer::vendorCredentials_data()
{
    QTest::addColumn<QStringList>("credentials");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("errorText");

    QTest::newRow("none") << QStringList() << QByteArray() << u"2"_s << u"Missing api_key"_s;
    QTest::newRow("api_secret only") << QStringList {u"api_secret"_s, kClientSecret} << QByteArray()
                                     << u"2"_s << u"Missing api_key"_s;
    QTest::newRow("empty api_key")
        << QStringList {u"api_key"_s, QString(), u"api_secret"_s, kClientSecret} << QByteArray()
        << u"2"_s << u"Missing api_key"_s;
    QTest::newRow("api_key only") << QStringList {u"api_key"_s, kClientId} << QByteArray() << u"2"_s
                                  << u"Missing api_secret"_s;
    QTest::newRow("wrong api_key")
        << QStringList {u"api_key"_s, u"someone"_s, u"api_secret"_s, kClientSecret} << QByteArray()
        << u"4"_s << QString();
    QTest::newRow("wrong api_secret")
        << QStringList {u"api_key"_s, kClientId, u"api_secret"_s, u"nope"_s} << QByteArray()
        << u"4"_s << QString();
    QTest::newRow("wrong Basic") << QStringList() << basicAuth(kClientId, u"nope"_s) << u"4"_s
                                 << QString();
    QTest::newRow("Bearer token instead")
        << QStringList() << QByteArray("Bearer abc") << u"2"_s << u"Missing api_key"_s;
}

void tst_SandboxServer::vendorCredentials()
{
    QFETCH(QStringList, credentials);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, status);
    QFETCH(QString, errorText);

    RawHeaders headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    Pairs params = pairsFrom(credentials);
    params.append({{u"number"_s, kNumber},
                   {u"brand"_s, u"Acme"_s},
                   {u"request_id"_s, u"0123456789abcdef0123456789abcdef"_s},
                   {u"code"_s, u"1234"_s},
                   {u"cmd"_s, u"cancel"_s}});
    for (const QString &path : {u"/verify/json"_s, u"/verify/check/json"_s,
                                u"/verify/search/json"_s, u"/verify/control/json"_s}) {
        const Response response = send("POST", path, {}, formEncode(params), kForm, headers);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.value(u"status"_s), status);
        if (!errorText.isEmpty()) {
            QCOMPARE(response.value(u"error_text"_s), errorText);
        } else {
            // The vendor's texts for bad credentials differ between request and the others.
            QCOMPARE(response.value(u"error_text"_s),
                     path == u"/verify/json" ? u"Invalid credentials were provided"_s
                                             : u"Bad credentials"_s);
        }
    }
    QVERIFY(messages().isEmpty());
}

// --- request ----------------------------------------------------------------------------------

void tst_SandboxServer::requestValidation_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("errorText");

    const auto missing = [](const QString &name) {
        return u"Your request is incomplete and missing the mandatory parameter `%1`"_s.arg(name);
    };
    const auto invalid = [](const QString &name) {
        return u"Invalid value for param: %1"_s.arg(name);
    };
    const auto with = [](const QStringList &extra) {
        return QStringList {u"number"_s, kNumber, u"brand"_s, u"Acme"_s} + extra;
    };
    const QString ok = u"0"_s;

    QTest::newRow("missing number")
        << QStringList {u"brand"_s, u"Acme"_s} << u"2"_s << missing(u"number"_s);
    QTest::newRow("empty number") << QStringList {u"number"_s, QString(), u"brand"_s, u"Acme"_s}
                                  << u"2"_s << missing(u"number"_s);
    QTest::newRow("missing brand")
        << QStringList {u"number"_s, kNumber} << u"2"_s << missing(u"brand"_s);
    QTest::newRow("blank brand") << QStringList {u"number"_s, kNumber, u"brand"_s, u"   "_s}
                                 << u"2"_s << missing(u"brand"_s);
    QTest::newRow("brand of 18") << QStringList {u"number"_s, kNumber, u"brand"_s,
                                                 QString(18, u'B')}
                                 << ok << QString();
    QTest::newRow("brand of 19") << QStringList {u"number"_s, kNumber, u"brand"_s,
                                                 QString(19, u'B')}
                                 << u"3"_s << invalid(u"brand"_s);
    QTest::newRow("sender_id of 11")
        << with({u"sender_id"_s, QString(11, u'S')}) << ok << QString();
    QTest::newRow("sender_id of 12")
        << with({u"sender_id"_s, QString(12, u'S')}) << u"3"_s << invalid(u"sender_id"_s);
    QTest::newRow("code_length 4") << with({u"code_length"_s, u"4"_s}) << ok << QString();
    QTest::newRow("code_length 6") << with({u"code_length"_s, u"6"_s}) << ok << QString();
    QTest::newRow("code_length 5")
        << with({u"code_length"_s, u"5"_s}) << u"3"_s << invalid(u"code_length"_s);
    QTest::newRow("code_length 8")
        << with({u"code_length"_s, u"8"_s}) << u"3"_s << invalid(u"code_length"_s);
    QTest::newRow("code_length abc")
        << with({u"code_length"_s, u"abc"_s}) << u"3"_s << invalid(u"code_length"_s);
    QTest::newRow("lg nl-nl") << with({u"lg"_s, u"nl-nl"_s}) << ok << QString();
    QTest::newRow("lg yue-cn") << with({u"lg"_s, u"yue-cn"_s}) << ok << QString();
    QTest::newRow("lg xx-yy") << with({u"lg"_s, u"xx-yy"_s}) << u"3"_s << invalid(u"lg"_s);
    QTest::newRow("lg english") << with({u"lg"_s, u"english"_s}) << u"3"_s << invalid(u"lg"_s);
    QTest::newRow("pin_expiry 59")
        << with({u"pin_expiry"_s, u"59"_s}) << u"3"_s << invalid(u"pin_expiry"_s);
    QTest::newRow("pin_expiry 60") << with({u"pin_expiry"_s, u"60"_s}) << ok << QString();
    QTest::newRow("pin_expiry 3600") << with({u"pin_expiry"_s, u"3600"_s}) << ok << QString();
    QTest::newRow("pin_expiry 3601")
        << with({u"pin_expiry"_s, u"3601"_s}) << u"3"_s << invalid(u"pin_expiry"_s);
    QTest::newRow("pin_expiry soon")
        << with({u"pin_expiry"_s, u"soon"_s}) << u"3"_s << invalid(u"pin_expiry"_s);
    QTest::newRow("next_event_wait 59")
        << with({u"next_event_wait"_s, u"59"_s}) << u"3"_s << invalid(u"next_event_wait"_s);
    QTest::newRow("next_event_wait 60") << with({u"next_event_wait"_s, u"60"_s}) << ok << QString();
    QTest::newRow("next_event_wait 900")
        << with({u"next_event_wait"_s, u"900"_s}) << ok << QString();
    QTest::newRow("next_event_wait 901")
        << with({u"next_event_wait"_s, u"901"_s}) << u"3"_s << invalid(u"next_event_wait"_s);
    QTest::newRow("workflow_id 0")
        << with({u"workflow_id"_s, u"0"_s}) << u"3"_s << invalid(u"workflow_id"_s);
    QTest::newRow("workflow_id 1") << with({u"workflow_id"_s, u"1"_s}) << ok << QString();
    QTest::newRow("workflow_id 7") << with({u"workflow_id"_s, u"7"_s}) << ok << QString();
    QTest::newRow("workflow_id 8")
        << with({u"workflow_id"_s, u"8"_s}) << u"3"_s << invalid(u"workflow_id"_s);
    QTest::newRow("workflow_id x")
        << with({u"workflow_id"_s, u"x"_s}) << u"3"_s << invalid(u"workflow_id"_s);

    const auto number = [](const QString &value) {
        return QStringList {u"number"_s, value, u"brand"_s, u"Acme"_s};
    };
    QTest::newRow("number with +") << number(u"+31612345678"_s) << ok << QString();
    QTest::newRow("number national") << number(u"0612345678"_s) << u"3"_s << invalid(u"number"_s);
    QTest::newRow("number with spaces")
        << number(u"31 6 1234 5678"_s) << u"3"_s << invalid(u"number"_s);
    QTest::newRow("number with dashes")
        << number(u"31-612-345678"_s) << u"3"_s << invalid(u"number"_s);
    QTest::newRow("number with letters")
        << number(u"3161234567a"_s) << u"3"_s << invalid(u"number"_s);
    QTest::newRow("number of 7 digits") << number(u"3161234"_s) << u"3"_s << invalid(u"number"_s);
    QTest::newRow("number of 8 digits") << number(u"31612345"_s) << ok << QString();
    QTest::newRow("number of 15 digits") << number(u"316123456789012"_s) << ok << QString();
    QTest::newRow("number of 16 digits")
        << number(u"3161234567890123"_s) << u"3"_s << invalid(u"number"_s);
    QTest::newRow("unknown country")
        << with({u"country"_s, u"XX"_s}) << u"3"_s << invalid(u"country"_s);
}

void tst_SandboxServer::requestValidation()
{
    QFETCH(QStringList, params);
    QFETCH(QString, status);
    QFETCH(QString, errorText);

    const Response response = kpn({}, pairsFrom(params));
    QCOMPARE(response.status, 200);
    const QJsonObject json = response.json();
    QCOMPARE(json.value(u"status"_s).toString(), status);
    if (status == u"0") {
        QCOMPARE(json.value(u"request_id"_s).toString().size(), 32);
        QVERIFY(!json.contains(u"error_text"_s));
        QCOMPARE(send("GET", u"/_sandbox/messages"_s).array().size(), 1);
    } else {
        QCOMPARE(json.value(u"error_text"_s).toString(), errorText);
        QVERIFY(json.value(u"request_id"_s).toString().isEmpty());
        QVERIFY(send("GET", u"/_sandbox/messages"_s).array().isEmpty());
    }
}

void tst_SandboxServer::countryFormatting_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("e164");

    QTest::newRow("NL national") << u"NL"_s << u"0612345678"_s << u"31612345678"_s;
    QTest::newRow("NL without trunk 0") << u"NL"_s << u"612345678"_s << u"31612345678"_s;
    QTest::newRow("NL already E.164") << u"NL"_s << u"31612345678"_s << u"31612345678"_s;
    QTest::newRow("nl lower case") << u"nl"_s << u"0612345678"_s << u"31612345678"_s;
    QTest::newRow("GB national") << u"GB"_s << u"07700900123"_s << u"447700900123"_s;
    QTest::newRow("DE national") << u"DE"_s << u"015112345678"_s << u"4915112345678"_s;
}

void tst_SandboxServer::countryFormatting()
{
    QFETCH(QString, country);
    QFETCH(QString, number);
    QFETCH(QString, e164);

    const QString id = startVerification(number, {{u"country"_s, country}});
    QVERIFY(!id.isEmpty());
    QCOMPARE(search(id).value(u"number"_s).toString(), e164);
    const QJsonArray list = messages(e164);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"number"_s).toString(), e164);
}

void tst_SandboxServer::pinExpiryMultipleRule_data()
{
    // Workflow 4 (SMS, SMS) with the waits given: whether the second event brings a new PIN shows
    // which pin_expiry the sandbox applied.
    QTest::addColumn<int>("pinExpiry");
    QTest::addColumn<int>("nextEventWait");
    QTest::addColumn<int>("secondAt");
    QTest::addColumn<bool>("newPin");

    QTest::newRow("multiple: 240 of 120 keeps the PIN") << 240 << 120 << 120 << false;
    QTest::newRow("not a multiple: 250 of 100 becomes 100") << 250 << 100 << 100 << true;
    QTest::newRow("not a multiple: 330 of 300 becomes 300") << 330 << 300 << 300 << true;
    QTest::newRow("equal: 120 of 120") << 120 << 120 << 120 << true;
    // Workflow 4's own first wait is 120 s.
    QTest::newRow("pin_expiry alone: 400") << 400 << 0 << 120 << false;
    QTest::newRow("pin_expiry alone: 90") << 90 << 0 << 120 << true;
    QTest::newRow("next_event_wait alone: 60 keeps the default 300") << 0 << 60 << 60 << false;
}

void tst_SandboxServer::pinExpiryMultipleRule()
{
    QFETCH(int, pinExpiry);
    QFETCH(int, nextEventWait);
    QFETCH(int, secondAt);
    QFETCH(bool, newPin);

    Pairs extra {{u"workflow_id"_s, u"4"_s}, {u"code_length"_s, u"6"_s}};
    if (pinExpiry > 0)
        extra.append({u"pin_expiry"_s, QString::number(pinExpiry)});
    if (nextEventWait > 0)
        extra.append({u"next_event_wait"_s, QString::number(nextEventWait)});
    const QString id = startVerification(kNumber, extra);
    QVERIFY(!id.isEmpty());
    const QString first = lastCode();
    QCOMPARE(first.size(), 6);

    QVERIFY(advance(secondAt - 1));
    QCOMPARE(messages().size(), 1);
    QVERIFY(advance(1));
    const QJsonArray list = messages();
    QCOMPARE(list.size(), 2);
    QCOMPARE(atMs(list.at(1)) - atMs(list.at(0)), secondAt * 1000LL);
    const QString second = lastCode();
    if (newPin) {
        QVERIFY(second != first);
        // The old PIN no longer verifies; the new one does.
        QCOMPARE(check(id, first).value(u"status"_s), u"16"_s);
    } else {
        QCOMPARE(second, first);
    }
    QCOMPARE(check(id, second).value(u"status"_s), u"0"_s);
}

void tst_SandboxServer::pinCodeNotSupported()
{
    const Response response = requestVerification(kNumber, {{u"pin_code"_s, u"1234"_s}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.value(u"status"_s), u"20"_s);
    QCOMPARE(response.value(u"error_text"_s),
             u"This account does not support the parameter: pin_code."_s);
    QVERIFY(messages().isEmpty());
}

void tst_SandboxServer::demoNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("errorText");

    QTest::newRow("1") << u"447700900001"_s << u"1"_s << u"Throttled"_s;
    QTest::newRow("5") << u"447700900005"_s << u"5"_s << u"Internal Error"_s;
    QTest::newRow("6") << u"447700900006"_s << u"6"_s
                       << u"The Vonage platform was unable to process this message for the "
                          u"following reason: The request could not be routed."_s;
    QTest::newRow("7") << u"447700900007"_s << u"7"_s
                       << u"The number you are trying to verify is blacklisted for verification."_s;
    QTest::newRow("8") << u"447700900008"_s << u"8"_s
                       << u"The api_key you supplied is for an account that has been barred from "
                          u"submitting messages."_s;
    QTest::newRow("9") << u"447700900009"_s << u"9"_s << u"Partner quota exceeded"_s;
    QTest::newRow("15") << u"447700900015"_s << u"15"_s
                        << u"The destination number is not in a supported network"_s;
    QTest::newRow("29") << u"447700900029"_s << u"29"_s
                        << u"Your Vonage account is still in demo mode. While in demo mode you "
                           u"must add target numbers to the approved list for your account. Add "
                           u"funds to your account to remove this limitation."_s;
    // The same endings on Dutch mobile numbers, which phone-number checkers accept.
    QTest::newRow("NL 7")
        << u"31619999907"_s << u"7"_s
        << u"The number you are trying to verify is blacklisted for verification."_s;
    QTest::newRow("NL 15") << u"31619999915"_s << u"15"_s
                           << u"The destination number is not in a supported network"_s;
    QTest::newRow("NL 1") << u"31619999901"_s << u"1"_s << u"Throttled"_s;
}

void tst_SandboxServer::demoNumbers()
{
    QFETCH(QString, number);
    QFETCH(QString, status);
    QFETCH(QString, errorText);

    const Response response = requestVerification(number);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.value(u"status"_s), status);
    QCOMPARE(response.value(u"error_text"_s), errorText);
    QVERIFY(messages(number).isEmpty());
    // The vendor's own way of writing the number (with +) reaches the same outcome.
    QCOMPARE(requestVerification(u'+' + number).value(u"status"_s), status);
}

void tst_SandboxServer::concurrentRequest_data()
{
    QTest::addColumn<QString>("ending");
    QTest::newRow("verified") << u"verified"_s;
    QTest::newRow("failed") << u"failed"_s;
    QTest::newRow("cancelled") << u"cancelled"_s;
    QTest::newRow("expired") << u"expired"_s;
}

void tst_SandboxServer::concurrentRequest()
{
    QFETCH(QString, ending);

    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    const Response again = requestVerification(kNumber);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.value(u"status"_s), u"10"_s);
    QCOMPARE(again.value(u"error_text"_s),
             u"Concurrent verifications to the same number are not allowed"_s);
    QCOMPARE(again.value(u"request_id"_s), id);
    // Also when the number is written differently.
    QCOMPARE(requestVerification(u'+' + kNumber).value(u"request_id"_s), id);
    QCOMPARE(messages().size(), 1);
    // Another number is not affected.
    QVERIFY(!startVerification(kOtherNumber).isEmpty());

    const QString code = lastCode();
    QString finalStatus;
    if (ending == u"verified") {
        QCOMPARE(check(id, code).value(u"status"_s), u"0"_s);
        finalStatus = u"SUCCESS"_s;
    } else if (ending == u"failed") {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(check(id, wrongCode(code)).value(u"status"_s), u"16"_s);
        finalStatus = u"FAILED"_s;
    } else if (ending == u"cancelled") {
        QVERIFY(advance(30));
        QCOMPARE(control(id, u"cancel"_s).value(u"status"_s), u"0"_s);
        finalStatus = u"CANCELLED"_s;
    } else {
        QVERIFY(advance(605));
        finalStatus = u"EXPIRED"_s;
    }
    QCOMPARE(search(id).value(u"status"_s).toString(), finalStatus);

    const Response next = requestVerification(kNumber);
    QCOMPARE(next.value(u"status"_s), u"0"_s);
    const QString nextId = next.value(u"request_id"_s);
    QCOMPARE(nextId.size(), 32);
    QVERIFY(nextId != id);
    QCOMPARE(search(nextId).value(u"status"_s).toString(), u"IN PROGRESS"_s);
}

// --- check ------------------------------------------------------------------------------------

void tst_SandboxServer::checkWrongCodes()
{
    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    const QString code = lastCode();
    const QString wrong = wrongCode(code);

    for (int i = 0; i < 3; ++i) {
        const Response response = check(id, wrong);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.value(u"status"_s), u"16"_s);
        QCOMPARE(response.value(u"error_text"_s),
                 u"The code inserted does not match the expected value"_s);
        QCOMPARE(response.value(u"request_id"_s), id);
    }
    QJsonObject entry = search(id);
    QCOMPARE(entry.value(u"status"_s).toString(), u"FAILED"_s);
    QVERIFY(entry.value(u"date_finalized"_s).toString().contains(kDateFormat));

    // Even the right code is refused now.
    const Response after = check(id, code);
    QCOMPARE(after.value(u"status"_s), u"17"_s);
    QCOMPARE(after.value(u"error_text"_s),
             u"The wrong code was provided too many times. Request terminated"_s);
    QCOMPARE(check(id, wrong).value(u"status"_s), u"17"_s);

    entry = search(id);
    QCOMPARE(entry.value(u"status"_s).toString(), u"FAILED"_s);
    const QJsonArray checks = entry.value(u"checks"_s).toArray();
    QCOMPARE(checks.size(), 3);
    for (const QJsonValue &value : checks) {
        QCOMPARE(value.toObject().value(u"status"_s).toString(), u"INVALID"_s);
        QCOMPARE(value.toObject().value(u"code"_s).toString(), wrong);
    }
    // A failed request sends nothing more.
    QVERIFY(advance(1000));
    QCOMPARE(messages().size(), 1);
}

void tst_SandboxServer::checkSuccess()
{
    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    const QString code = lastCode();
    QCOMPARE(code.size(), 4);

    const Response response = check(id, code);
    QCOMPARE(response.status, 200);
    const QJsonObject json = response.json();
    QCOMPARE(json.value(u"status"_s).toString(), u"0"_s);
    QCOMPARE(json.value(u"request_id"_s).toString(), id);
    QCOMPARE(json.value(u"price"_s).toString(), u"0.10000000"_s);
    QCOMPARE(json.value(u"currency"_s).toString(), u"EUR"_s);
    QVERIFY(!json.contains(u"error_text"_s));
    const QString eventId = json.value(u"event_id"_s).toString();
    QVERIFY(!eventId.isEmpty());
    QVERIFY(json.value(u"estimated_price_messages_sent"_s).isString());

    const QJsonObject entry = search(id);
    QCOMPARE(entry.value(u"status"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(entry.value(u"price"_s).toString(), u"0.10000000"_s);
    const QJsonArray events = entry.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.last().toObject().value(u"id"_s).toString(), eventId);
    const QJsonArray checks = entry.value(u"checks"_s).toArray();
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks.first().toObject().value(u"status"_s).toString(), u"VALID"_s);
    QCOMPARE(checks.first().toObject().value(u"code"_s).toString(), code);

    // A check after success is not found any more.
    const Response again = check(id, code);
    QCOMPARE(again.value(u"status"_s), u"6"_s);
    QCOMPARE(again.value(u"error_text"_s),
             u"The Vonage platform was unable to process this message for the following reason: "
             u"Request '%1' was not found or it has been verified already."_s.arg(id));
    // And nothing more is sent.
    QVERIFY(advance(1000));
    QCOMPARE(messages().size(), 1);
}

void tst_SandboxServer::checkErrors_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("errorText");

    const QString unknown = u"0123456789abcdef0123456789abcdef"_s;
    QTest::newRow("unknown id") << QStringList {u"request_id"_s, unknown, u"code"_s, u"1234"_s}
                                << u"6"_s
                                << u"The Vonage platform was unable to process this message for "
                                   u"the following reason: Request '%1' was not found or it has "
                                   u"been verified already."_s.arg(unknown);
    QTest::newRow("missing request_id")
        << QStringList {u"code"_s, u"1234"_s} << u"2"_s
        << u"Your request is incomplete and missing the mandatory parameter `request_id`"_s;
    QTest::newRow("missing code")
        << QStringList {u"request_id"_s, u"LIVE"_s} << u"2"_s
        << u"Your request is incomplete and missing the mandatory parameter `code`"_s;
    QTest::newRow("empty code")
        << QStringList {u"request_id"_s, u"LIVE"_s, u"code"_s, QString()} << u"2"_s
        << u"Your request is incomplete and missing the mandatory parameter `code`"_s;
    QTest::newRow("code with letters")
        << QStringList {u"request_id"_s, u"LIVE"_s, u"code"_s, u"12ab"_s} << u"3"_s
        << u"Invalid value for param: code"_s;
    QTest::newRow("code too short") << QStringList {u"request_id"_s, u"LIVE"_s, u"code"_s, u"123"_s}
                                    << u"3"_s << u"Invalid value for param: code"_s;
    QTest::newRow("code too long")
        << QStringList {u"request_id"_s, u"LIVE"_s, u"code"_s, u"1234567"_s} << u"3"_s
        << u"Invalid value for param: code"_s;
}

void tst_SandboxServer::checkErrors()
{
    QFETCH(QStringList, params);
    QFETCH(QString, status);
    QFETCH(QString, errorText);

    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    params.replaceInStrings(u"LIVE"_s, id);
    const Response response = kpn(u"/check"_s, pairsFrom(params));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.value(u"status"_s), status);
    QCOMPARE(response.value(u"error_text"_s), errorText);
    // None of these counts as an attempt on the live request.
    const QJsonObject entry = search(id);
    QCOMPARE(entry.value(u"status"_s).toString(), u"IN PROGRESS"_s);
    QVERIFY(entry.value(u"checks"_s).toArray().isEmpty());
}

void tst_SandboxServer::newPinResetsAttempts()
{
    // Workflow 1 with the default pin_expiry of 300 s: SMS at 0, TTS at 125, TTS at 305.
    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    const QString oldPin = lastCode();

    QCOMPARE(check(id, wrongCode(oldPin)).value(u"status"_s), u"16"_s);
    QVERIFY(advance(300));
    // The PIN has expired: even the code that was sent no longer matches.
    QCOMPARE(check(id, oldPin).value(u"status"_s), u"16"_s);
    QCOMPARE(search(id).value(u"status"_s).toString(), u"IN PROGRESS"_s);

    QVERIFY(advance(5));
    QCOMPARE(messages().size(), 3);
    const QString newPin = lastCode();
    QVERIFY(newPin != oldPin);
    // A new PIN gets three attempts of its own: two wrong ones leave the request alive.
    QCOMPARE(check(id, wrongCode(newPin)).value(u"status"_s), u"16"_s);
    QCOMPARE(check(id, wrongCode(newPin)).value(u"status"_s), u"16"_s);
    QCOMPARE(search(id).value(u"status"_s).toString(), u"IN PROGRESS"_s);
    QCOMPARE(check(id, newPin).value(u"status"_s), u"0"_s);
    const QJsonObject entry = search(id);
    QCOMPARE(entry.value(u"status"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(entry.value(u"checks"_s).toArray().size(), 5);
}

// --- control ----------------------------------------------------------------------------------

void tst_SandboxServer::cancelWindow()
{
    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    const QString tooEarly =
        u"Verification request ['%1'] can't be cancelled within the first 30 seconds."_s.arg(id);

    Response response = control(id, u"cancel"_s);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.value(u"status"_s), u"19"_s);
    QCOMPARE(response.value(u"error_text"_s), tooEarly);
    QVERIFY(advance(29));
    response = control(id, u"cancel"_s);
    QCOMPARE(response.value(u"status"_s), u"19"_s);
    QCOMPARE(response.value(u"error_text"_s), tooEarly);
    QCOMPARE(search(id).value(u"status"_s).toString(), u"IN PROGRESS"_s);

    QVERIFY(advance(1));
    response = control(id, u"cancel"_s);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.value(u"status"_s), u"0"_s);
    QCOMPARE(response.value(u"command"_s), u"cancel"_s);
    QVERIFY(!response.json().contains(u"error_text"_s));

    const QJsonObject entry = search(id);
    QCOMPARE(entry.value(u"status"_s).toString(), u"CANCELLED"_s);
    const qint64 start = atMs(messages().first());
    QCOMPARE(entry.value(u"date_finalized"_s).toString(), vendorDate(start + 30'000));
    // No more events after a cancel, and the code is no longer accepted.
    QVERIFY(advance(1000));
    QCOMPARE(messages().size(), 1);
    QCOMPARE(check(id, lastCode()).value(u"status"_s), u"6"_s);
    QCOMPARE(control(id, u"cancel"_s).value(u"status"_s), u"6"_s);
}

void tst_SandboxServer::cancelAfterSecondEvent()
{
    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    QVERIFY(advance(124));
    QVERIFY(advance(1));
    QCOMPARE(messages().size(), 2);

    const Response response = control(id, u"cancel"_s);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.value(u"status"_s), u"19"_s);
    QCOMPARE(response.value(u"error_text"_s),
             u"Verification request  ['%1'] can't be cancelled now. Too many attempts to "
             u"re-deliver have already been made."_s.arg(id));
    QCOMPARE(search(id).value(u"status"_s).toString(), u"IN PROGRESS"_s);
    // The workflow goes on.
    QVERIFY(advance(180));
    QCOMPARE(messages().size(), 3);
}

void tst_SandboxServer::triggerNextEvent()
{
    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    QVERIFY(advance(10));

    Response response = control(id, u"trigger_next_event"_s);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.value(u"status"_s), u"0"_s);
    QCOMPARE(response.value(u"command"_s), u"trigger_next_event"_s);
    QJsonArray list = messages();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).toObject().value(u"channel"_s).toString(), u"tts"_s);
    QCOMPARE(atMs(list.at(1)) - atMs(list.at(0)), 10'000LL);
    // The same PIN, still valid, spoken this time.
    QCOMPARE(list.at(1).toObject().value(u"code"_s).toString(),
             list.at(0).toObject().value(u"code"_s).toString());

    QCOMPARE(control(id, u"trigger_next_event"_s).value(u"status"_s), u"0"_s);
    list = messages();
    QCOMPARE(list.size(), 3);
    QCOMPARE(atMs(list.at(2)) - atMs(list.at(0)), 10'000LL);

    response = control(id, u"trigger_next_event"_s);
    QCOMPARE(response.value(u"status"_s), u"19"_s);
    QCOMPARE(response.value(u"error_text"_s),
             u"No more events are left to execute for the request ['%1']"_s.arg(id));
    QCOMPARE(messages().size(), 3);
    QCOMPARE(search(id).value(u"events"_s).toArray().size(), 3);
    QCOMPARE(search(id).value(u"status"_s).toString(), u"IN PROGRESS"_s);
    QCOMPARE(check(id, lastCode()).value(u"status"_s), u"0"_s);
}

void tst_SandboxServer::triggerNextEventWithNothingLeft()
{
    const QString id = startVerification(kNumber, {{u"workflow_id"_s, u"6"_s}});
    QVERIFY(!id.isEmpty());
    const Response response = control(id, u"trigger_next_event"_s);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.value(u"status"_s), u"19"_s);
    QCOMPARE(response.value(u"error_text"_s),
             u"No more events are left to execute for the request ['%1']"_s.arg(id));
    QCOMPARE(messages().size(), 1);
}

void tst_SandboxServer::controlErrors_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("errorText");

    const QString unknown = u"0123456789abcdef0123456789abcdef"_s;
    QTest::newRow("bad cmd") << QStringList {u"request_id"_s, u"LIVE"_s, u"cmd"_s, u"pause"_s}
                             << u"3"_s << u"Invalid value for param: cmd"_s;
    QTest::newRow("unknown id cancel")
        << QStringList {u"request_id"_s, unknown, u"cmd"_s, u"cancel"_s} << u"6"_s
        << u"The requestId '%1' does not exist or its no longer active."_s.arg(unknown);
    QTest::newRow("unknown id trigger")
        << QStringList {u"request_id"_s, unknown, u"cmd"_s, u"trigger_next_event"_s} << u"6"_s
        << u"The requestId '%1' does not exist or its no longer active."_s.arg(unknown);
    QTest::newRow("missing cmd")
        << QStringList {u"request_id"_s, u"LIVE"_s} << u"2"_s
        << u"Your request is incomplete and missing the mandatory parameter `cmd`"_s;
    QTest::newRow("missing request_id")
        << QStringList {u"cmd"_s, u"cancel"_s} << u"2"_s
        << u"Your request is incomplete and missing the mandatory parameter `request_id`"_s;
}

void tst_SandboxServer::controlErrors()
{
    QFETCH(QStringList, params);
    QFETCH(QString, status);
    QFETCH(QString, errorText);

    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    QVERIFY(advance(60));
    params.replaceInStrings(u"LIVE"_s, id);
    const Response response = kpn(u"/control"_s, pairsFrom(params));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.value(u"status"_s), status);
    QCOMPARE(response.value(u"error_text"_s), errorText);
    QCOMPARE(search(id).value(u"status"_s).toString(), u"IN PROGRESS"_s);
    QCOMPARE(messages().size(), 1);
}

// --- search -----------------------------------------------------------------------------------

void tst_SandboxServer::searchOne()
{
    const QString id = startVerification(kNumber, {{u"sender_id"_s, u"ACME"_s}});
    QVERIFY(!id.isEmpty());
    const QString wrong = wrongCode(lastCode());
    QVERIFY(advance(20));
    QCOMPARE(check(id, wrong).value(u"status"_s), u"16"_s);

    const Response response = kpn(u"/search"_s, {{u"request_id"_s, id}});
    QCOMPARE(response.status, 200);
    const QJsonObject entry = response.json();
    QVERIFY(!entry.contains(u"verification_requests"_s));
    QCOMPARE(entry.value(u"request_id"_s).toString(), id);
    QCOMPARE(entry.value(u"status"_s).toString(), u"IN PROGRESS"_s);
    QCOMPARE(entry.value(u"number"_s).toString(), kNumber);
    QCOMPARE(entry.value(u"sender_id"_s).toString(), u"ACME"_s);
    QCOMPARE(entry.value(u"currency"_s).toString(), u"EUR"_s);
    QVERIFY(entry.value(u"price"_s).isString());
    QVERIFY(
        entry.value(u"account_id"_s).toString().contains(QRegularExpression(u"^[0-9a-f]{8}$"_s)));
    QVERIFY(!entry.contains(u"date_finalized"_s));

    const qint64 start = atMs(messages().first());
    QCOMPARE(entry.value(u"date_submitted"_s).toString(), vendorDate(start));
    QCOMPARE(entry.value(u"first_event_date"_s).toString(), vendorDate(start));
    QCOMPARE(entry.value(u"last_event_date"_s).toString(), vendorDate(start));
    for (const QString &key : {u"date_submitted"_s, u"first_event_date"_s, u"last_event_date"_s})
        QVERIFY2(entry.value(key).toString().contains(kDateFormat), qPrintable(key));

    const QJsonArray checks = entry.value(u"checks"_s).toArray();
    QCOMPARE(checks.size(), 1);
    const QJsonObject checkEntry = checks.first().toObject();
    QCOMPARE(checkEntry.value(u"code"_s).toString(), wrong);
    QCOMPARE(checkEntry.value(u"status"_s).toString(), u"INVALID"_s);
    QCOMPARE(checkEntry.value(u"date_received"_s).toString(), vendorDate(start + 20'000));
    QVERIFY(checkEntry.contains(u"ip_address"_s));

    const QJsonArray events = entry.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toObject().value(u"type"_s).toString(), u"sms"_s);
    QVERIFY(!events.first().toObject().value(u"id"_s).toString().isEmpty());

    // A single unknown id answers with status 101.
    const Response unknown = kpn(u"/search"_s, {{u"request_id"_s, u"nosuchrequest"_s}});
    QCOMPARE(unknown.status, 200);
    QCOMPARE(unknown.value(u"status"_s), u"101"_s);
    QCOMPARE(unknown.value(u"error_text"_s), u"No response found"_s);
}

void tst_SandboxServer::searchSeveral()
{
    const QString first = startVerification(kNumber);
    const QString second = startVerification(kOtherNumber);
    QVERIFY(!first.isEmpty());
    QVERIFY(!second.isEmpty());

    Response response = kpn(u"/search"_s, {{u"request_ids"_s, first}, {u"request_ids"_s, second}});
    QCOMPARE(response.status, 200);
    QJsonArray entries = response.json().value(u"verification_requests"_s).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(u"request_id"_s).toString(), first);
    QCOMPARE(entries.at(0).toObject().value(u"number"_s).toString(), kNumber);
    QCOMPARE(entries.at(1).toObject().value(u"request_id"_s).toString(), second);
    QCOMPARE(entries.at(1).toObject().value(u"number"_s).toString(), kOtherNumber);
    for (const QJsonValue &entry : std::as_const(entries)) {
        QCOMPARE(entry.toObject().value(u"status"_s).toString(), u"IN PROGRESS"_s);
        QVERIFY(entry.toObject().value(u"checks"_s).isArray());
        QVERIFY(entry.toObject().value(u"events"_s).isArray());
    }

    // The same through the vendor's GET with repeated query keys, and a JSON array.
    for (const Carry carry : {Carry::Query, Carry::Json}) {
        response = vendor(u"/verify/search/json"_s,
                          {{u"request_ids"_s, first}, {u"request_ids"_s, second}},
                          carry == Carry::Query ? "GET" : "POST", carry);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value(u"verification_requests"_s).toArray().size(), 2);
    }

    // A mix of known and unknown ids: the unknown one says 101.
    response = kpn(u"/search"_s, {{u"request_ids"_s, first}, {u"request_ids"_s, u"nosuchid"_s}});
    QCOMPARE(response.status, 200);
    entries = response.json().value(u"verification_requests"_s).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(u"status"_s).toString(), u"IN PROGRESS"_s);
    const QJsonObject missing = entries.at(1).toObject();
    QCOMPARE(missing.value(u"request_id"_s).toString(), u"nosuchid"_s);
    QCOMPARE(missing.value(u"status"_s).toString(), u"101"_s);
    QCOMPARE(missing.value(u"error_text"_s).toString(), u"No response found"_s);

    // All unknown: 101 for the call.
    response = kpn(u"/search"_s, {{u"request_ids"_s, u"a1"_s}, {u"request_ids"_s, u"b2"_s}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.value(u"status"_s), u"101"_s);
    QCOMPARE(response.value(u"error_text"_s), u"No response found"_s);
    QVERIFY(!response.json().contains(u"verification_requests"_s));
}

void tst_SandboxServer::searchLimits()
{
    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    Pairs ten {{u"request_ids"_s, id}};
    for (int i = 1; i < 10; ++i)
        ten.append({u"request_ids"_s, u"unknown%1"_s.arg(i)});

    Response response = kpn(u"/search"_s, ten);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value(u"verification_requests"_s).toArray().size(), 10);

    Pairs eleven = ten;
    eleven.append({u"request_ids"_s, u"unknown10"_s});
    response = kpn(u"/search"_s, eleven);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.value(u"status"_s), u"18"_s);
    QCOMPARE(response.value(u"error_text"_s), u"Too many request_ids provided"_s);

    response = kpn(u"/search"_s, {});
    QCOMPARE(response.value(u"status"_s), u"2"_s);
    QCOMPARE(response.value(u"error_text"_s),
             u"Your request is incomplete and missing the mandatory parameter `request_id`"_s);
}

// --- workflows --------------------------------------------------------------------------------

void tst_SandboxServer::workflows_data()
{
    QTest::addColumn<int>("workflow");
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<QList<int>>("times");
    QTest::addColumn<QList<int>>("newPin");
    QTest::addColumn<int>("expireAt");

    const QString sms = u"sms"_s;
    const QString tts = u"tts"_s;
    // The waits of the vendor's guide "Workflows and Events". The default pin_expiry is 300 s: an
    // event at or after 300 s brings a new PIN (the third of workflows 1 and 2, at 305 s), and a
    // request ends at the end of its last wait, or later while its PIN is still valid (workflows
    // 3 and 4 end at 300 s, when their first PIN expires).
    QTest::newRow("1: SMS, TTS, TTS") << 1 << QStringList {sms, tts, tts}
                                      << QList<int> {0, 125, 305} << QList<int> {0, 0, 1} << 605;
    QTest::newRow("2: SMS, SMS, TTS") << 2 << QStringList {sms, sms, tts}
                                      << QList<int> {0, 125, 305} << QList<int> {0, 0, 1} << 605;
    QTest::newRow("3: TTS, TTS") << 3 << QStringList {tts, tts} << QList<int> {0, 150}
                                 << QList<int> {0, 0} << 300;
    QTest::newRow("4: SMS, SMS") << 4 << QStringList {sms, sms} << QList<int> {0, 120}
                                 << QList<int> {0, 0} << 300;
    QTest::newRow("5: SMS, TTS") << 5 << QStringList {sms, tts} << QList<int> {0, 125}
                                 << QList<int> {0, 0} << 425;
    QTest::newRow("6: SMS") << 6 << QStringList {sms} << QList<int> {0} << QList<int> {0} << 300;
    QTest::newRow("7: TTS") << 7 << QStringList {tts} << QList<int> {0} << QList<int> {0} << 300;
}

void tst_SandboxServer::workflows()
{
    QFETCH(int, workflow);
    QFETCH(QStringList, channels);
    QFETCH(QList<int>, times);
    QFETCH(QList<int>, newPin);
    QFETCH(int, expireAt);

    const QString id = startVerification(kNumber, {{u"workflow_id"_s, QString::number(workflow)}});
    QVERIFY(!id.isEmpty());
    walkWorkflow(id, channels, times, newPin, expireAt);
    if (QTest::currentTestFailed())
        return;
    // The number is free again (with a new token: the first one has expired by now).
    m_token = newToken();
    QCOMPARE(requestVerification(kNumber).value(u"status"_s), u"0"_s);
}

void tst_SandboxServer::customNextEventWait()
{
    // next_event_wait replaces every wait; pin_expiry 120 is a multiple of 60, so each PIN lives
    // for two events. The last wait ends at 180 s, but the PIN sent at 120 s is valid until 240 s,
    // and so is the request.
    const QString id = startVerification(
        kNumber,
        {{u"next_event_wait"_s, u"60"_s}, {u"pin_expiry"_s, u"120"_s}, {u"workflow_id"_s, u"1"_s}});
    QVERIFY(!id.isEmpty());
    walkWorkflow(id, {u"sms"_s, u"tts"_s, u"tts"_s}, {0, 60, 120}, {0, 0, 1}, 240);
}

void tst_SandboxServer::requestLivesWhileItsPinIsValid_data()
{
    // The guide "Workflows and Events": a request stays active "until either the PIN has expired
    // or three incorrect codes have been sent", not only until its last wait ends.
    QTest::addColumn<Pairs>("extra");
    QTest::addColumn<int>("lastWaitEndsAt");
    QTest::addColumn<int>("pinExpiresAt");

    QTest::newRow("workflow 6, pin_expiry 3600")
        << Pairs {{u"workflow_id"_s, u"6"_s}, {u"pin_expiry"_s, u"3600"_s}} << 300 << 3600;
    QTest::newRow("workflow 1, pin_expiry 300, next_event_wait 60")
        << Pairs {{u"pin_expiry"_s, u"300"_s}, {u"next_event_wait"_s, u"60"_s}} << 180 << 300;
}

void tst_SandboxServer::requestLivesWhileItsPinIsValid()
{
    QFETCH(Pairs, extra);
    QFETCH(int, lastWaitEndsAt);
    QFETCH(int, pinExpiresAt);

    // The right PIN in the last second it is valid verifies.
    QString id = startVerification(kNumber, extra);
    QVERIFY(!id.isEmpty());
    QString pin = lastCode();
    QVERIFY(advance(lastWaitEndsAt + 20));
    QCOMPARE(search(id).value(u"status"_s).toString(), u"IN PROGRESS"_s);
    QVERIFY(advance(pinExpiresAt - 1 - lastWaitEndsAt - 20));
    m_token = newToken(); // an hour may have passed
    QCOMPARE(search(id).value(u"status"_s).toString(), u"IN PROGRESS"_s);
    QCOMPARE(check(id, pin).value(u"status"_s), u"0"_s);

    // A second later the request has expired, at the PIN's expiry.
    m_token = newToken();
    id = startVerification(kNumber, extra);
    QVERIFY(!id.isEmpty());
    pin = lastCode();
    const qint64 start = atMs(messages().last());
    QVERIFY(advance(pinExpiresAt));
    m_token = newToken();
    const QJsonObject entry = search(id);
    QCOMPARE(entry.value(u"status"_s).toString(), u"EXPIRED"_s);
    QCOMPARE(entry.value(u"date_finalized"_s).toString(),
             vendorDate(start + pinExpiresAt * 1000LL));
    QCOMPARE(check(id, pin).value(u"status"_s), u"6"_s);
}

void tst_SandboxServer::eventsFallDueWithoutCalls()
{
    // With virtual time running 100 times faster than real time, the server's own ticker fires
    // the second event of workflow 1 (125 s, 1.25 s of real time) with no API call, and reports it
    // as delivered.
    sandbox::SandboxOptions fast = options();
    fast.timeScale = 100;
    QVERIFY(startServer(fast));
    QSignalSpy delivered(m_server.get(), &sandbox::SandboxServer::messageDelivered);

    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered.at(0).at(0).toString(), id);
    QCOMPARE(delivered.at(0).at(1).toString(), kNumber);
    QCOMPARE(delivered.at(0).at(2).toString(), u"sms"_s);
    const QString code = delivered.at(0).at(4).toString();
    QCOMPARE(code.size(), 4);
    QVERIFY(delivered.at(0).at(3).toString().contains(code));

    QTRY_VERIFY_WITH_TIMEOUT(delivered.size() >= 2, 10'000);
    QCOMPARE(delivered.at(1).at(0).toString(), id);
    QCOMPARE(delivered.at(1).at(2).toString(), u"tts"_s);
    QCOMPARE(delivered.at(1).at(4).toString(), code);
}

// --- the vendor's limits and delays ------------------------------------------------------------

void tst_SandboxServer::searchWindowAfterCompletion()
{
    // The vendor's spec, search status 101: "this also occurs immediately after completion, wait
    // 60 seconds and try again". On by default.
    QVERIFY(startServer(sandbox::SandboxOptions {{}, kFrozenTimeScale, kSeed}));
    QVERIFY(!m_server->instantSearch());
    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    QCOMPARE(search(id).value(u"status"_s).toString(), u"IN PROGRESS"_s);
    QCOMPARE(check(id, lastCode()).value(u"status"_s), u"0"_s);

    QJsonObject entry = search(id);
    QCOMPARE(entry.value(u"status"_s).toString(), u"101"_s);
    QCOMPARE(entry.value(u"error_text"_s).toString(), u"No response found"_s);
    QCOMPARE(entry.value(u"request_id"_s).toString(), id);
    QVERIFY(advance(59));
    QCOMPARE(search(id).value(u"status"_s).toString(), u"101"_s);
    QVERIFY(advance(1));
    entry = search(id);
    QCOMPARE(entry.value(u"status"_s).toString(), u"SUCCESS"_s);
    QVERIFY(entry.contains(u"date_finalized"_s));

    // The public switch answers at once (verify-sandbox --instant-search).
    m_token = newToken();
    const QString other = startVerification(kOtherNumber);
    QVERIFY(!other.isEmpty());
    QVERIFY(advance(31));
    QCOMPARE(control(other, u"cancel"_s).value(u"status"_s), u"0"_s);
    QCOMPARE(search(other).value(u"status"_s).toString(), u"101"_s);
    m_server->setInstantSearch(true);
    QCOMPARE(search(other).value(u"status"_s).toString(), u"CANCELLED"_s);
}

void tst_SandboxServer::searchWindowForSeveralIds()
{
    QVERIFY(startServer(sandbox::SandboxOptions {{}, kFrozenTimeScale, kSeed}));
    const QString done = startVerification();
    const QString running = startVerification(kOtherNumber);
    QVERIFY(!done.isEmpty() && !running.isEmpty());
    QCOMPARE(check(done, lastCode()).value(u"status"_s), u"0"_s);

    const auto statuses = [this](const QStringList &ids) {
        Pairs params;
        for (const QString &id : ids)
            params.append({u"request_ids"_s, id});
        const QJsonObject json = kpn(u"/search"_s, params).json();
        QStringList list;
        for (const QJsonValue &entry : json.value(u"verification_requests"_s).toArray())
            list.append(entry.toObject().value(u"status"_s).toString());
        return list.isEmpty() ? QStringList {json.value(u"status"_s).toString()} : list;
    };
    QCOMPARE(statuses({done, running}), (QStringList {u"101"_s, u"IN PROGRESS"_s}));
    // Only ids in their window (or unknown): the top-level 101.
    QCOMPARE(statuses({done, u"0123456789abcdef0123456789abcdef"_s}), QStringList {u"101"_s});
    QVERIFY(advance(60));
    QCOMPARE(statuses({done, running}), (QStringList {u"SUCCESS"_s, u"IN PROGRESS"_s}));
}

void tst_SandboxServer::throttlingAboveThirtyPerSecond()
{
    // The vendor's spec, status 1: "You are trying to send more than the maximum of 30 requests
    // per second". The frozen clock puts every call in the same second.
    const QString id = startVerification(); // the first call of this second
    QVERIFY(!id.isEmpty());
    for (int i = 2; i <= 30; ++i)
        QCOMPARE(search(id).value(u"status"_s).toString(), u"IN PROGRESS"_s);
    const Response refused = kpn(u"/search"_s, {{u"request_id"_s, id}});
    QCOMPARE(refused.status, 200);
    QCOMPARE(refused.value(u"status"_s), u"1"_s);
    QCOMPARE(refused.value(u"error_text"_s), u"Throttled"_s);
    // Every endpoint is refused alike, and a refused request sends nothing.
    const Response request = requestVerification(kOtherNumber);
    QCOMPARE(request.value(u"status"_s), u"1"_s);
    QCOMPARE(request.value(u"error_text"_s), u"Throttled"_s);
    QVERIFY(messages(kOtherNumber).isEmpty());
    QCOMPARE(control(id, u"trigger_next_event"_s).value(u"status"_s), u"1"_s);
    QCOMPARE(check(id, lastCode()).value(u"status"_s), u"1"_s);

    // A second later the account may call again.
    QVERIFY(advance(1));
    QCOMPARE(search(id).value(u"status"_s).toString(), u"IN PROGRESS"_s);

    // And with the limit off, nothing is refused.
    m_server->simulator().setCallsPerSecond(0);
    for (int i = 0; i < 40; ++i)
        QCOMPARE(search(id).value(u"status"_s).toString(), u"IN PROGRESS"_s);
}

void tst_SandboxServer::throttlingCountsTheAccountNotTheRoute()
{
    // KPN's consumer key and the vendor's api_key are the same account here: 15 calls of each
    // flavour make 30, and the 31st is refused whichever route it takes. The token endpoint and
    // the sandbox's control routes do not count.
    for (int i = 0; i < 40; ++i)
        QVERIFY(!newToken().isEmpty());
    for (int i = 0; i < 15; ++i) {
        QCOMPARE(search(u"0123456789abcdef0123456789abcdef"_s).value(u"status"_s).toString(),
                 u"101"_s);
        QCOMPARE(vendor(u"/verify/search/json"_s,
                        {{u"request_id"_s, u"0123456789abcdef0123456789abcdef"_s}})
                     .value(u"status"_s),
                 u"101"_s);
        QVERIFY(messages().isEmpty());
    }
    QCOMPARE(vendor(u"/verify/json"_s, {{u"number"_s, kNumber}, {u"brand"_s, u"Acme"_s}})
                 .value(u"status"_s),
             u"1"_s);
    QCOMPARE(requestVerification(kNumber).value(u"status"_s), u"1"_s);
}

// --- PSD2 -------------------------------------------------------------------------------------

void tst_SandboxServer::psd2Request()
{
    const Response response = vendor(u"/verify/psd2/json"_s,
                                     {{u"number"_s, kNumber},
                                      {u"payee"_s, u"Acme Inc"_s},
                                      {u"amount"_s, u"48"_s},
                                      {u"workflow_id"_s, u"4"_s}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.value(u"status"_s), u"0"_s);
    const QString id = response.value(u"request_id"_s);
    QVERIFY(id.contains(QRegularExpression(u"^[0-9a-f]{32}$"_s)));

    // Delivered to the phone like any other message, naming the payee and the amount.
    const QJsonArray list = messages();
    QCOMPARE(list.size(), 1);
    const QJsonObject message = list.first().toObject();
    QCOMPARE(message.value(u"request_id"_s).toString(), id);
    QCOMPARE(message.value(u"channel"_s).toString(), u"sms"_s);
    const QString text = message.value(u"text"_s).toString();
    const QString code = message.value(u"code"_s).toString();
    QVERIFY2(text.contains(u"Acme Inc"_s) && text.contains(u"48.00"_s) && text.contains(code),
             qPrintable(text));

    // The workflow's timings hold (workflow 4: the second SMS at 120 s), and check and search
    // work on it like on any request.
    QVERIFY(advance(120));
    QCOMPARE(messages().size(), 2);
    QCOMPARE(vendor(u"/verify/check/json"_s, {{u"request_id"_s, id}, {u"code"_s, code}})
                 .value(u"status"_s),
             u"0"_s);
    QCOMPARE(search(id).value(u"status"_s).toString(), u"SUCCESS"_s);
}

void tst_SandboxServer::psd2Validation_data()
{
    QTest::addColumn<Pairs>("params");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("errorText");

    const auto with = [](const Pairs &changes) {
        Pairs params {{u"number"_s, kNumber}, {u"payee"_s, u"Acme"_s}, {u"amount"_s, u"10.5"_s}};
        for (const auto &[key, value] : changes) {
            params.removeIf([&key = key](const auto &pair) { return pair.first == key; });
            if (!value.isNull())
                params.append({key, value});
        }
        return params;
    };
    const QString ok = u"0"_s;
    const auto missing = [](const QString &name) {
        return u"Your request is incomplete and missing the mandatory parameter `%1`"_s.arg(name);
    };
    const auto invalid = [](const QString &name) {
        return u"Invalid value for param: %1"_s.arg(name);
    };
    QTest::newRow("all there") << with({}) << ok << QString();
    QTest::newRow("no payee") << with({{u"payee"_s, QString()}}) << u"2"_s << missing(u"payee"_s);
    QTest::newRow("payee of 18") << with({{u"payee"_s, u"123456789012345678"_s}}) << ok
                                 << QString();
    QTest::newRow("payee of 19") << with({{u"payee"_s, u"1234567890123456789"_s}}) << u"3"_s
                                 << invalid(u"payee"_s);
    QTest::newRow("no amount") << with({{u"amount"_s, QString()}}) << u"2"_s
                               << missing(u"amount"_s);
    QTest::newRow("amount not a number")
        << with({{u"amount"_s, u"ten"_s}}) << u"3"_s << invalid(u"amount"_s);
    QTest::newRow("amount 0") << with({{u"amount"_s, u"0"_s}}) << u"3"_s << invalid(u"amount"_s);
    QTest::newRow("no brand needed, none read")
        << with({{u"brand"_s, u"Ignored"_s}}) << ok << QString();
    QTest::newRow("lg ga-ie (PSD2's list)") << with({{u"lg"_s, u"ga-ie"_s}}) << ok << QString();
    QTest::newRow("lg en-us (not in PSD2's list)")
        << with({{u"lg"_s, u"en-us"_s}}) << u"3"_s << invalid(u"lg"_s);
    QTest::newRow("workflow 7") << with({{u"workflow_id"_s, u"7"_s}}) << ok << QString();
    QTest::newRow("workflow 8") << with({{u"workflow_id"_s, u"8"_s}}) << u"3"_s
                                << invalid(u"workflow_id"_s);
    QTest::newRow("no number") << with({{u"number"_s, QString()}}) << u"2"_s
                               << missing(u"number"_s);
}

void tst_SandboxServer::psd2Validation()
{
    QFETCH(Pairs, params);
    QFETCH(QString, status);
    QFETCH(QString, errorText);

    const Response response = vendor(u"/verify/psd2/json"_s, params);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.value(u"status"_s), status);
    if (status == u"0") {
        QCOMPARE(messages().size(), 1);
    } else {
        QCOMPARE(response.value(u"error_text"_s), errorText);
        QVERIFY(response.json().contains(u"request_id"_s));
        QVERIFY(messages().isEmpty());
    }
}

void tst_SandboxServer::psd2VendorFlavourOnly()
{
    const Pairs params {{u"number"_s, kNumber}, {u"payee"_s, u"Acme"_s}, {u"amount"_s, u"1"_s}};
    // The vendor's spec gives PSD2 as POST only, with the vendor's credentials.
    QCOMPARE(vendor(u"/verify/psd2/json"_s, params, "GET", Carry::Query).status, 405);
    const Response json =
        vendor(u"/verify/psd2/json"_s, params, "POST", Carry::Json, Credentials::Basic);
    QCOMPARE(json.value(u"status"_s), u"0"_s);

    Pairs intruder = params;
    intruder.append({u"api_key"_s, kClientId});
    intruder.append({u"api_secret"_s, u"wrong"_s});
    const Response refused = send("POST", u"/verify/psd2/json"_s, {}, formEncode(intruder), kForm);
    QCOMPARE(refused.value(u"status"_s), u"4"_s);
    QCOMPARE(refused.value(u"error_text"_s), u"Invalid credentials were provided"_s);
    // KPN's Swagger has no PSD2 route.
    QCOMPARE(kpn(u"/psd2"_s, params).status, 404);
    QCOMPARE(messages().size(), 1);
}

// --- faults -----------------------------------------------------------------------------------

void tst_SandboxServer::faultHttpStatus_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("retryAfter");

    QTest::newRow("500") << QByteArray(R"({"status": 500})") << 500 << u"Internal Server Error"_s
                         << QByteArray();
    QTest::newRow("502") << QByteArray(R"({"status": 502})") << 502 << u"Bad Gateway"_s
                         << QByteArray();
    QTest::newRow("503") << QByteArray(R"({"status": 503})") << 503 << u"Service Unavailable"_s
                         << QByteArray();
    QTest::newRow("429 with Retry-After") << QByteArray(R"({"status": 429, "retry_after": 30})")
                                          << 429 << u"Too Many Requests"_s << QByteArray("30");
    QTest::newRow("429 without Retry-After")
        << QByteArray(R"({"status": 429})") << 429 << u"Too Many Requests"_s << QByteArray();
}

void tst_SandboxServer::faultHttpStatus()
{
    QFETCH(QByteArray, fault);
    QFETCH(int, status);
    QFETCH(QString, name);
    QFETCH(QByteArray, retryAfter);

    QCOMPARE(addFaults(fault).status, 200);
    const Response response = requestVerification(kNumber);
    QCOMPARE(response.status, status);
    QVERIFY(response.header("Content-Type").startsWith("application/json"));
    // The gateway's error shape.
    const QJsonObject json = response.json();
    QCOMPARE(json.value(u"status"_s).toString(), QString::number(status));
    QCOMPARE(json.value(u"name"_s).toString(), name);
    QVERIFY(!json.value(u"transactionId"_s).toString().isEmpty());
    QVERIFY(json.value(u"message"_s).isString());
    QVERIFY(json.value(u"info"_s).isString());
    if (retryAfter.isEmpty())
        QVERIFY(!response.hasHeader("Retry-After"));
    else
        QCOMPARE(response.header("Retry-After"), retryAfter);
    // The call never reached the API, so no SMS went out.
    QVERIFY(messages().isEmpty());

    // One response only: the next call goes through.
    const Response next = requestVerification(kNumber);
    QCOMPARE(next.status, 200);
    QCOMPARE(next.value(u"status"_s), u"0"_s);
    QCOMPARE(messages().size(), 1);
}

void tst_SandboxServer::faultBody_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("parses");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("processed");

    QTest::newRow("HTML error page") << QByteArray(R"({"status": 502, "body": "html"})") << 502
                                     << QByteArray("text/html") << false << QByteArray() << false;
    QTest::newRow("truncated JSON")
        << QByteArray(R"({"body": "truncated"})") << 200 << QByteArray("application/json") << false
        << QByteArray() << true;
    QTest::newRow("malformed JSON")
        << QByteArray(R"({"body": "malformed"})") << 200 << QByteArray("application/json") << false
        << QByteArray() << true;
    QTest::newRow("empty body") << QByteArray(R"({"body": "empty"})") << 200
                                << QByteArray("application/json") << false << QByteArray() << true;
    QTest::newRow("literal body") << QByteArray(R"({"body": "upstream said no"})") << 200
                                  << QByteArray("application/json") << false
                                  << QByteArray("upstream said no") << true;
    QTest::newRow("wrong content type") << QByteArray(R"({"content_type": "text/plain"})") << 200
                                        << QByteArray("text/plain") << true << QByteArray() << true;
}

void tst_SandboxServer::faultBody()
{
    QFETCH(QByteArray, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, parses);
    QFETCH(QByteArray, body);
    QFETCH(bool, processed);

    QCOMPARE(addFaults(fault).status, 200);
    const Response response = requestVerification(kNumber);
    QCOMPARE(response.error == QNetworkReply::NoError, status < 400);
    QCOMPARE(response.status, status);
    QVERIFY2(response.header("Content-Type").startsWith(contentType),
             response.header("Content-Type").constData());
    QCOMPARE(response.isJson(), parses);
    if (!body.isEmpty())
        QCOMPARE(response.body, body);
    if (QTest::currentDataTag() == QByteArrayView("HTML error page")) {
        QVERIFY(response.body.startsWith("<!DOCTYPE html>"));
        QVERIFY(response.body.contains("502 Bad Gateway"));
    } else if (QTest::currentDataTag() == QByteArrayView("truncated JSON")) {
        QVERIFY(!response.body.isEmpty());
        QVERIFY(response.body.startsWith("{"));
    } else if (QTest::currentDataTag() == QByteArrayView("empty body")) {
        QVERIFY(response.body.isEmpty());
    } else if (parses) {
        QCOMPARE(response.value(u"status"_s), u"0"_s);
    }

    // A damaged answer to a call the API did process: the SMS went out and the request is live.
    QCOMPARE(messages().size(), processed ? 1 : 0);
    const Response again = requestVerification(kNumber);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.value(u"status"_s), processed ? u"10"_s : u"0"_s);
}

void tst_SandboxServer::faultClosedConnection()
{
    // QNetworkAccessManager sends a request again when its connection closes before the answer,
    // so every connection is closed until the client gives up.
    QCOMPARE(addFaults(R"({"close": true, "count": 10})").status, 200);
    const Response response = requestVerification(kNumber);
    QVERIFY(response.finished);
    QCOMPARE(response.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(response.status, 0);
    QVERIFY(response.body.isEmpty());
    const QJsonArray pending =
        send("GET", u"/_sandbox/faults"_s).json().value(u"pending"_s).toArray();
    QCOMPARE(pending.size(), 1);
    const int attempts = 10 - pending.first().toObject().value(u"count"_s).toInt();
    QVERIFY2(attempts >= 1 && attempts <= 3, qPrintable(QString::number(attempts)));
    // A closed connection stands in for the answer: the call never reached the API.
    QVERIFY(messages().isEmpty());

    // The server keeps serving.
    QCOMPARE(send("DELETE", u"/_sandbox/faults"_s).status, 200);
    QCOMPARE(requestVerification(kNumber).value(u"status"_s), u"0"_s);
    QCOMPARE(messages().size(), 1);
}

void tst_SandboxServer::faultDelayPastTransferTimeout()
{
    QCOMPARE(addFaults(R"({"delay_ms": 1500})").status, 200);
    const Response timedOut =
        send("POST", kKpn + u"/search"_s, {}, formEncode({{u"request_id"_s, u"x"_s}}), kForm,
             {{"Authorization", "Bearer " + m_token.toLatin1()}}, 200);
    QVERIFY(timedOut.finished);
    QVERIFY2(timedOut.error == QNetworkReply::OperationCanceledError
                 || timedOut.error == QNetworkReply::TimeoutError,
             qPrintable(QString::number(timedOut.error)));

    // The server answers others while the abandoned answer waits.
    QCOMPARE(search(u"x"_s).value(u"status"_s).toString(), u"101"_s);

    // A delayed answer that the client waits for arrives intact; by then the abandoned one has
    // fallen due for a connection that is gone.
    QCOMPARE(addFaults(R"({"delay_ms": 1800})").status, 200);
    QElapsedTimer elapsed;
    elapsed.start();
    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    QVERIFY(elapsed.elapsed() >= 1700);
    QCOMPARE(messages().size(), 1);
    QCOMPARE(search(id).value(u"status"_s).toString(), u"IN PROGRESS"_s);
}

void tst_SandboxServer::faultVerifyStatus_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("errorText");

    QTest::newRow("request 7") << QByteArray(R"({"verify_status": "7"})") << QString() << u"7"_s
                               << u"The number you are trying to verify is blacklisted for "
                                  u"verification."_s;
    QTest::newRow("request 9 as a number") << QByteArray(R"({"verify_status": 9})") << QString()
                                           << u"9"_s << u"Partner quota exceeded"_s;
    QTest::newRow("request 1") << QByteArray(R"({"verify_status": "1"})") << QString() << u"1"_s
                               << u"Throttled"_s;
    QTest::newRow("check 17") << QByteArray(R"({"verify_status": "17", "path": "/check"})")
                              << u"/check"_s << u"17"_s
                              << u"The wrong code was provided too many times. Request "
                                 u"terminated"_s;
    QTest::newRow("search 101") << QByteArray(R"({"verify_status": "101"})") << u"/search"_s
                                << u"101"_s << u"No response found"_s;
    QTest::newRow("control 19") << QByteArray(R"({"verify_status": "19"})") << u"/control"_s
                                << u"19"_s
                                << u"No more events are left to execute for the request"_s;
    // Each endpoint in its own words, as the vendor's spec shows them.
    QTest::newRow("request 4") << QByteArray(R"({"verify_status": "4"})") << QString() << u"4"_s
                               << u"Invalid credentials were provided"_s;
    QTest::newRow("check 4") << QByteArray(R"({"verify_status": "4"})") << u"/check"_s << u"4"_s
                             << u"Bad credentials"_s;
    QTest::newRow("request 6")
        << QByteArray(R"({"verify_status": "6"})") << QString() << u"6"_s
        << u"The Vonage platform was unable to process this message for the following reason: "
           u"The request could not be routed."_s;
    QTest::newRow("check 6")
        << QByteArray(R"({"verify_status": "6"})") << u"/check"_s << u"6"_s
        << u"The Vonage platform was unable to process this message for the following reason: "
           u"Request 'x' was not found or it has been verified already."_s;
    QTest::newRow("control 6") << QByteArray(R"({"verify_status": "6"})") << u"/control"_s << u"6"_s
                               << u"The requestId 'x' does not exist or its no longer active."_s;
}

void tst_SandboxServer::faultVerifyStatus()
{
    QFETCH(QByteArray, fault);
    QFETCH(QString, endpoint);
    QFETCH(QString, status);
    QFETCH(QString, errorText);

    QCOMPARE(addFaults(fault).status, 200);
    const Response response = kpn(endpoint,
                                  {{u"number"_s, kNumber},
                                   {u"brand"_s, u"Acme"_s},
                                   {u"request_id"_s, u"x"_s},
                                   {u"code"_s, u"1234"_s},
                                   {u"cmd"_s, u"cancel"_s}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.value(u"status"_s), status);
    QCOMPARE(response.value(u"error_text"_s), errorText);
    QVERIFY(messages().isEmpty());
}

void tst_SandboxServer::faultConcurrentCarriesARequestId()
{
    // The vendor's answer 10 names the verification in progress: an injected one does too, that
    // of the number's live request when there is one, else a made-up id of the same form.
    QCOMPARE(addFaults(R"({"verify_status": "10"})").status, 200);
    const Response made = requestVerification(kOtherNumber);
    QCOMPARE(made.value(u"status"_s), u"10"_s);
    QCOMPARE(made.value(u"error_text"_s),
             u"Concurrent verifications to the same number are not allowed"_s);
    QVERIFY(made.value(u"request_id"_s).contains(QRegularExpression(u"^[0-9a-f]{32}$"_s)));
    QVERIFY(messages(kOtherNumber).isEmpty());

    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    QCOMPARE(addFaults(R"({"verify_status": "10"})").status, 200);
    const Response live = requestVerification(kNumber);
    QCOMPARE(live.value(u"status"_s), u"10"_s);
    QCOMPARE(live.value(u"request_id"_s), id);
}

void tst_SandboxServer::faultExpireTokens_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<int>("firstStatus");
    QTest::newRow("expire, then handle") << QByteArray(R"({"expire_tokens": true})") << 401;
    QTest::newRow("expire with a 503 answer")
        << QByteArray(R"({"expire_tokens": true, "status": 503})") << 503;
}

void tst_SandboxServer::faultExpireTokens()
{
    QFETCH(QByteArray, fault);
    QFETCH(int, firstStatus);

    const Pairs unknown {{u"request_id"_s, u"x"_s}};
    QCOMPARE(kpn(u"/search"_s, unknown).status, 200);
    QCOMPARE(addFaults(fault).status, 200);

    const Response first = kpn(u"/search"_s, unknown);
    QCOMPARE(first.status, firstStatus);
    // The token stays expired after the fault is used up.
    const Response second = kpn(u"/search"_s, unknown);
    QCOMPARE(second.status, 401);
    QCOMPARE(second.json().value(u"fault"_s).toObject().value(u"faultstring"_s).toString(),
             u"Access Token expired"_s);

    const QString fresh = newToken();
    QVERIFY(!fresh.isEmpty());
    QCOMPARE(kpn(u"/search"_s, unknown, fresh).status, 200);
}

void tst_SandboxServer::faultCountAndPath()
{
    QCOMPARE(addFaults(R"({"path": "/check", "status": 503, "count": 2})").status, 200);
    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    QCOMPARE(search(id).value(u"status"_s).toString(), u"IN PROGRESS"_s);

    const QString wrong = wrongCode(lastCode());
    QCOMPARE(check(id, wrong).status, 503);
    QJsonArray pending = send("GET", u"/_sandbox/faults"_s).json().value(u"pending"_s).toArray();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().toObject().value(u"count"_s).toInt(), 1);
    QCOMPARE(check(id, wrong).status, 503);
    pending = send("GET", u"/_sandbox/faults"_s).json().value(u"pending"_s).toArray();
    QVERIFY(pending.isEmpty());

    // The faulted checks never reached the API: this is the first wrong attempt it sees.
    const Response third = check(id, wrong);
    QCOMPARE(third.status, 200);
    QCOMPARE(third.value(u"status"_s), u"16"_s);
    QCOMPARE(search(id).value(u"checks"_s).toArray().size(), 1);

    // The vendor flavour's path matches the filter as well.
    QCOMPARE(addFaults(R"({"path": "/check", "status": 500})").status, 200);
    QCOMPARE(
        vendor(u"/verify/json"_s, {{u"number"_s, kOtherNumber}, {u"brand"_s, u"Acme"_s}}).status,
        200);
    QCOMPARE(vendor(u"/verify/check/json"_s, {{u"request_id"_s, id}, {u"code"_s, wrong}}).status,
             500);
}

void tst_SandboxServer::faultEndpoint()
{
    // KPN's request path is a prefix of its check path: only the endpoint tells them apart.
    QCOMPARE(addFaults(R"({"endpoint": "request", "status": 503, "count": 2})").status, 200);
    QCOMPARE(requestVerification(kNumber).status, 503);
    QCOMPARE(addFaults(R"({"endpoint": "check", "status": 502})").status, 200);
    QCOMPARE(send("GET", u"/_sandbox/faults"_s).json().value(u"pending"_s).toArray().size(), 2);
    // The vendor flavour's request is the same endpoint.
    QCOMPARE(
        vendor(u"/verify/json"_s, {{u"number"_s, kOtherNumber}, {u"brand"_s, u"Acme"_s}}).status,
        503);
    const QString live = startVerification();
    QVERIFY(!live.isEmpty());
    QCOMPARE(search(live).value(u"status"_s).toString(), u"IN PROGRESS"_s);
    QCOMPARE(check(live, wrongCode(lastCode())).status, 502);
    QCOMPARE(check(live, wrongCode(lastCode())).status, 200);
}

void tst_SandboxServer::faultProcessed_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("sent");

    QTest::newRow("500, not processed by default")
        << QByteArray(R"({"status": 500})") << 500 << false;
    QTest::newRow("500, processed")
        << QByteArray(R"({"status": 500, "processed": true})") << 500 << true;
    QTest::newRow("truncated, processed by default")
        << QByteArray(R"({"body": "truncated"})") << 200 << true;
    QTest::newRow("truncated, not processed")
        << QByteArray(R"({"body": "truncated", "processed": false})") << 200 << false;
    QTest::newRow("delay, not processed")
        << QByteArray(R"({"delay_ms": 10, "processed": false})") << 200 << false;
    QTest::newRow("closed, processed")
        << QByteArray(R"({"close": true, "processed": true, "count": 10})") << 0 << true;
    QTest::newRow("verify_status, not processed by default")
        << QByteArray(R"({"verify_status": "5"})") << 200 << false;
}

void tst_SandboxServer::faultProcessed()
{
    QFETCH(QByteArray, fault);
    QFETCH(int, status);
    QFETCH(bool, sent);

    QCOMPARE(addFaults(fault).status, 200);
    const Response response = requestVerification(kNumber);
    QVERIFY(response.finished);
    QCOMPARE(response.status, status);
    QCOMPARE(messages().size(), sent ? 1 : 0);
}

void tst_SandboxServer::faultListAndClear()
{
    const QByteArray faults = R"([
        {"path": "/check", "count": 3, "status": 429, "retry_after": 7, "processed": true},
        {"verify_status": "9", "body": "html", "content_type": "text/html", "delay_ms": 5,
         "close": true, "expire_tokens": true}
    ])";
    Response response = addFaults(faults);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value(u"pending"_s).toArray().size(), 2);
    // Also a single object and the {"faults": [...]} form.
    QCOMPARE(addFaults(R"({"status": 500})").status, 200);
    QCOMPARE(addFaults(R"({"faults": [{"status": 502}]})").status, 200);

    response = send("GET", u"/_sandbox/faults"_s);
    QCOMPARE(response.status, 200);
    const QJsonArray pending = response.json().value(u"pending"_s).toArray();
    QCOMPARE(pending.size(), 4);
    const QJsonObject first = pending.at(0).toObject();
    QCOMPARE(first.value(u"path"_s).toString(), u"/check"_s);
    QCOMPARE(first.value(u"count"_s).toInt(), 3);
    QCOMPARE(first.value(u"status"_s).toInt(), 429);
    QCOMPARE(first.value(u"retry_after"_s).toInt(), 7);
    QCOMPARE(first.value(u"processed"_s).toBool(), true);
    const QJsonObject second = pending.at(1).toObject();
    QCOMPARE(second.value(u"verify_status"_s).toString(), u"9"_s);
    QCOMPARE(second.value(u"body"_s).toString(), u"html"_s);
    QCOMPARE(second.value(u"content_type"_s).toString(), u"text/html"_s);
    QCOMPARE(second.value(u"delay_ms"_s).toInt(), 5);
    QCOMPARE(second.value(u"close"_s).toBool(), true);
    QCOMPARE(second.value(u"expire_tokens"_s).toBool(), true);
    QCOMPARE(second.value(u"processed"_s).toBool(), false);
    QCOMPARE(pending.at(2).toObject().value(u"status"_s).toInt(), 500);
    QCOMPARE(pending.at(3).toObject().value(u"status"_s).toInt(), 502);

    response = send("DELETE", u"/_sandbox/faults"_s);
    QCOMPARE(response.status, 200);
    QVERIFY(response.json().value(u"pending"_s).toArray().isEmpty());
    QVERIFY(send("GET", u"/_sandbox/faults"_s).json().value(u"pending"_s).toArray().isEmpty());
    QCOMPARE(requestVerification(kNumber).value(u"status"_s), u"0"_s);
}

void tst_SandboxServer::faultInvalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{status: 500");
    QTest::newRow("unknown field") << QByteArray(R"({"status": 500, "colour": "red"})");
    QTest::newRow("changes nothing") << QByteArray(R"({"path": "/check"})");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("status 99") << QByteArray(R"({"status": 99})");
    QTest::newRow("status 600") << QByteArray(R"({"status": 600})");
    QTest::newRow("status as text") << QByteArray(R"({"status": "500"})");
    QTest::newRow("count 0") << QByteArray(R"({"status": 500, "count": 0})");
    QTest::newRow("negative delay") << QByteArray(R"({"delay_ms": -1})");
    QTest::newRow("fractional retry_after") << QByteArray(R"({"status": 429, "retry_after": 1.5})");
    QTest::newRow("not an object") << QByteArray("[1]");
    QTest::newRow("unknown endpoint") << QByteArray(R"({"endpoint": "verify", "status": 500})");
    QTest::newRow("one bad among good") << QByteArray(R"([{"status": 500}, {"bogus": 1}])");
}

void tst_SandboxServer::faultInvalid()
{
    QFETCH(QByteArray, json);
    const Response response = addFaults(json);
    QCOMPARE(response.status, 400);
    QVERIFY(!response.value(u"message"_s).isEmpty());
    QVERIFY(send("GET", u"/_sandbox/faults"_s).json().value(u"pending"_s).toArray().isEmpty());
    QCOMPARE(requestVerification(kNumber).status, 200);
}

// --- bad input --------------------------------------------------------------------------------

void tst_SandboxServer::unknownRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("GET /nowhere") << QByteArray("GET") << u"/nowhere"_s;
    QTest::newRow("POST under KPN verify") << QByteArray("POST") << kKpn + u"/cancel"_s;
    QTest::newRow("vendor xml format") << QByteArray("GET") << u"/verify/xml"_s;
    QTest::newRow("sandbox unknown") << QByteArray("POST") << u"/_sandbox/clock"_s;
}

void tst_SandboxServer::unknownRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const Response response =
        send(method, path, {}, {}, {}, {{"Authorization", "Bearer " + m_token.toLatin1()}});
    QCOMPARE(response.status, 404);
    QVERIFY(response.header("Content-Type").startsWith("application/json"));
    const QJsonObject json = response.json();
    QCOMPARE(json.value(u"status"_s).toString(), u"404"_s);
    QCOMPARE(json.value(u"name"_s).toString(), u"Not Found"_s);
    QVERIFY(json.value(u"message"_s).toString().contains(path));
    QVERIFY(!json.value(u"transactionId"_s).toString().isEmpty());
}

void tst_SandboxServer::wrongMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("GET token") << QByteArray("GET") << kTokenPath << QByteArray("POST");
    QTest::newRow("GET KPN request") << QByteArray("GET") << kKpn << QByteArray("POST");
    QTest::newRow("PUT KPN check") << QByteArray("PUT") << kKpn + u"/check"_s << QByteArray("POST");
    QTest::newRow("DELETE vendor request")
        << QByteArray("DELETE") << u"/verify/json"_s << QByteArray("GET, POST");
    QTest::newRow("PUT vendor control")
        << QByteArray("PUT") << u"/verify/control/json"_s << QByteArray("GET, POST");
    QTest::newRow("POST messages")
        << QByteArray("POST") << u"/_sandbox/messages"_s << QByteArray("GET");
    QTest::newRow("GET reset") << QByteArray("GET") << u"/_sandbox/reset"_s << QByteArray("POST");
    QTest::newRow("PUT faults") << QByteArray("PUT") << u"/_sandbox/faults"_s
                                << QByteArray("GET, POST, DELETE");
}

void tst_SandboxServer::wrongMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    const Response response = send(method, path);
    QCOMPARE(response.status, 405);
    QCOMPARE(response.header("Allow"), allow);
    QCOMPARE(response.json().value(u"status"_s).toString(), u"405"_s);
    QCOMPARE(response.json().value(u"name"_s).toString(), u"Method Not Allowed"_s);
}

void tst_SandboxServer::malformedJsonBody_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("vendor request, broken") << u"/verify/json"_s << QByteArray(R"({"number": )");
    QTest::newRow("vendor check, array") << u"/verify/check/json"_s << QByteArray(R"(["1234"])");
    QTest::newRow("vendor search, nested object")
        << u"/verify/search/json"_s << QByteArray(R"({"request_id": {"id": "x"}})");
    QTest::newRow("KPN request, broken") << kKpn << QByteArray("{number=31612345678");
    QTest::newRow("token, broken") << kTokenPath << QByteArray("{");
}

void tst_SandboxServer::malformedJsonBody()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const QByteArray query = path == kTokenPath ? kGrant : QByteArray();
    const Response response = send("POST", path, query, body, "application/json; charset=utf-8",
                                   {{"Authorization", "Bearer " + m_token.toLatin1()}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(u"status"_s).toString(), u"400"_s);
    QVERIFY(!response.json().value(u"message"_s).toString().isEmpty());
    QVERIFY(messages().isEmpty());
}

void tst_SandboxServer::unsupportedContentType()
{
    const QByteArray body = formEncode({{u"api_key"_s, kClientId},
                                        {u"api_secret"_s, kClientSecret},
                                        {u"number"_s, kNumber},
                                        {u"brand"_s, u"Acme"_s}});
    for (const QByteArray &type : {QByteArray("text/plain"), QByteArray("application/xml"),
                                   QByteArray("multipart/form-data; boundary=x")}) {
        const Response response = send("POST", u"/verify/json"_s, {}, body, type);
        QCOMPARE(response.status, 415);
        QCOMPARE(response.json().value(u"status"_s).toString(), u"415"_s);
    }
    QVERIFY(messages().isEmpty());
    // The same body with the right type works.
    QCOMPARE(send("POST", u"/verify/json"_s, {}, body, kForm).value(u"status"_s), u"0"_s);
}

void tst_SandboxServer::bodyTooLarge_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("tooLarge");
    QTest::newRow("64 KiB") << 64 * 1024 << false;
    QTest::newRow("64 KiB + 1") << 64 * 1024 + 1 << true;
    QTest::newRow("1 MiB") << 1024 * 1024 << true;
}

void tst_SandboxServer::bodyTooLarge()
{
    QFETCH(int, size);
    QFETCH(bool, tooLarge);
    QByteArray body = formEncode({{u"api_key"_s, kClientId},
                                  {u"api_secret"_s, kClientSecret},
                                  {u"number"_s, kNumber},
                                  {u"brand"_s, u"Acme"_s}})
        + "&padding=";
    body.append(size - body.size(), 'x');
    QCOMPARE(body.size(), size);

    const Response response = send("POST", u"/verify/json"_s, {}, body, kForm);
    if (tooLarge) {
        QCOMPARE(response.status, 413);
        QCOMPARE(response.json().value(u"status"_s).toString(), u"413"_s);
        QCOMPARE(response.json().value(u"name"_s).toString(), u"Payload Too Large"_s);
        QVERIFY(messages().isEmpty());
    } else {
        QCOMPARE(response.status, 200);
        QCOMPARE(response.value(u"status"_s), u"0"_s);
        QCOMPARE(messages().size(), 1);
    }
    // Served on as usual afterwards.
    QCOMPARE(search(u"x"_s).value(u"status"_s).toString(), u"101"_s);
}

void tst_SandboxServer::badRequestsLeaveLiveRequestAlone()
{
    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    const QString code = lastCode();
    const QByteArray auth = "Bearer " + m_token.toLatin1();
    const QString checkPath = kKpn + u"/check"_s;

    // A salvo of bad calls aimed at the live request and its number.
    QCOMPARE(send("POST", checkPath, {}, "{\"request_id\": ", kJsonType, {{"Authorization", auth}})
                 .status,
             400);
    QCOMPARE(send("POST", checkPath, {}, formEncode({{u"request_id"_s, id}, {u"code"_s, code}}),
                  "text/plain", {{"Authorization", auth}})
                 .status,
             415);
    QByteArray huge = formEncode({{u"request_id"_s, id}, {u"code"_s, code}}) + "&pad=";
    huge.append(70'000, 'x');
    QCOMPARE(send("POST", checkPath, {}, huge, kForm, {{"Authorization", auth}}).status, 413);
    QCOMPARE(send("GET", checkPath, formEncode({{u"request_id"_s, id}, {u"code"_s, code}}), {}, {},
                  {{"Authorization", auth}})
                 .status,
             405);
    QCOMPARE(send("POST", checkPath, {}, formEncode({{u"request_id"_s, id}, {u"code"_s, code}}),
                  kForm, {{"Authorization", "Bearer forged"}})
                 .status,
             401);
    QCOMPARE(check(id, u"12ab"_s).value(u"status"_s), u"3"_s);
    QCOMPARE(kpn(u"/check"_s, {{u"request_id"_s, id}}).value(u"status"_s), u"2"_s);
    QCOMPARE(requestVerification(kNumber, {{u"brand"_s, QString(30, u'x')}}).value(u"status"_s),
             u"10"_s);
    QCOMPARE(kpn({}, {{u"number"_s, kNumber}, {u"brand"_s, QString(30, u'x')}}).value(u"status"_s),
             u"3"_s);
    QCOMPARE(requestVerification(kNumber, {{u"pin_code"_s, u"1234"_s}}).value(u"status"_s),
             u"20"_s);
    QCOMPARE(requestVerification(kNumber, {{u"workflow_id"_s, u"9"_s}}).value(u"status"_s), u"3"_s);
    QCOMPARE(control(id, u"explode"_s).value(u"status"_s), u"3"_s);
    QCOMPARE(vendor(u"/verify/control/json"_s, {{u"request_id"_s, id}, {u"cmd"_s, u"cancel"_s}},
                    "POST", Carry::Form, Credentials::Basic)
                 .value(u"status"_s),
             u"19"_s);
    QCOMPARE(send("POST", u"/verify/control/json"_s, {},
                  formEncode({{u"api_key"_s, kClientId},
                              {u"api_secret"_s, u"wrong"_s},
                              {u"request_id"_s, id},
                              {u"cmd"_s, u"cancel"_s}}),
                  kForm)
                 .value(u"status"_s),
             u"4"_s);
    QCOMPARE(send("POST", u"/_sandbox/clock/advance"_s, "seconds=-5").status, 400);
    QCOMPARE(send("POST", u"/_sandbox/clock/advance"_s, "seconds=soon").status, 400);
    QCOMPARE(addFaults("{").status, 400);

    // The live request is exactly as it was.
    const QJsonObject entry = search(id);
    QCOMPARE(entry.value(u"status"_s).toString(), u"IN PROGRESS"_s);
    QVERIFY(entry.value(u"checks"_s).toArray().isEmpty());
    QCOMPARE(entry.value(u"events"_s).toArray().size(), 1);
    QCOMPARE(messages().size(), 1);
    QCOMPARE(lastCode(), code);
    const Response again = requestVerification(kNumber);
    QCOMPARE(again.value(u"status"_s), u"10"_s);
    QCOMPARE(again.value(u"request_id"_s), id);
    // All three attempts are still there.
    QCOMPARE(check(id, wrongCode(code)).value(u"status"_s), u"16"_s);
    QCOMPARE(check(id, wrongCode(code)).value(u"status"_s), u"16"_s);
    QCOMPARE(check(id, code).value(u"status"_s), u"0"_s);
}

void tst_SandboxServer::reset()
{
    const QString id = startVerification();
    QVERIFY(!id.isEmpty());
    QCOMPARE(messages().size(), 1);
    QCOMPARE(addFaults(R"({"path": "/control", "status": 500})").status, 200);

    const Response response = send("POST", u"/_sandbox/reset"_s);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.value(u"status"_s), u"reset"_s);

    // Tokens are gone: the old one is unknown now.
    const Response old = kpn(u"/search"_s, {{u"request_id"_s, id}});
    QCOMPARE(old.status, 401);
    QCOMPARE(old.json().value(u"fault"_s).toObject().value(u"faultstring"_s).toString(),
             u"Invalid Access Token"_s);
    m_token = newToken();
    QVERIFY(!m_token.isEmpty());
    // Verifications, messages and faults are gone.
    QCOMPARE(search(id).value(u"status"_s).toString(), u"101"_s);
    QVERIFY(messages().isEmpty());
    QVERIFY(send("GET", u"/_sandbox/messages"_s).array().isEmpty());
    QVERIFY(send("GET", u"/_sandbox/faults"_s).json().value(u"pending"_s).toArray().isEmpty());
    // The number is free, and nothing scheduled before the reset fires.
    const QString fresh = startVerification();
    QVERIFY(!fresh.isEmpty());
    QVERIFY(fresh != id);
    QVERIFY(advance(125));
    const QJsonArray list = messages();
    QCOMPARE(list.size(), 2);
    for (const QJsonValue &message : list)
        QCOMPARE(message.toObject().value(u"request_id"_s).toString(), fresh);
}

QTEST_GUILESS_MAIN(tst_SandboxServer)

#include "tst_SandboxServer.moc"
