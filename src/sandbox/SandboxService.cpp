#include "SandboxService.h"

#include "Clock.h"
#include "Simulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

const QByteArray kContentType = QByteArrayLiteral("Content-Type");
const QByteArray kJson = QByteArrayLiteral("application/json;charset=UTF-8");
const QString kKpnVerify = u"/communication/nexmo/verify"_s;
constexpr qint64 kMaxAdvanceSeconds = 10LL * 365 * 24 * 3600;

HttpResponse jsonResponse(int status, const QJsonDocument &doc)
{
    return {status, {{kContentType, kJson}}, doc.toJson(QJsonDocument::Compact), 0, false};
}

HttpResponse jsonResponse(int status, const QJsonObject &object)
{
    return jsonResponse(status, QJsonDocument(object));
}

HttpResponse fromReply(const Reply &reply)
{
    return jsonResponse(reply.httpStatus, reply.body);
}

QString reasonPhrase(int status)
{
    static const QHash<int, QString> phrases = {
        {400, u"Bad Request"_s},        {401, u"Unauthorized"_s},
        {403, u"Forbidden"_s},          {404, u"Not Found"_s},
        {405, u"Method Not Allowed"_s}, {408, u"Request Timeout"_s},
        {413, u"Payload Too Large"_s},  {415, u"Unsupported Media Type"_s},
        {429, u"Too Many Requests"_s},  {500, u"Internal Server Error"_s},
        {502, u"Bad Gateway"_s},        {503, u"Service Unavailable"_s},
        {504, u"Gateway Timeout"_s}};
    return phrases.value(status, u"Error"_s);
}

// Why Apigee refuses an access token.
enum class TokenFault { Missing, Unknown, Expired };

// Apigee's answers, in the words of its "OAuth HTTP error response reference": no Bearer header
// at all is oauth.v2.InvalidAccessToken; a Bearer token it does not know (made up, or forgotten
// long after it expired) is keymanagement.service.invalid_access_token; an expired one it still
// knows is keymanagement.service.access_token_expired.
HttpResponse apigeeFault(TokenFault why)
{
    QString code = u"oauth.v2.InvalidAccessToken"_s;
    QString text = u"Invalid access token"_s;
    if (why == TokenFault::Unknown) {
        code = u"keymanagement.service.invalid_access_token"_s;
        text = u"Invalid Access Token"_s;
    } else if (why == TokenFault::Expired) {
        code = u"keymanagement.service.access_token_expired"_s;
        text = u"Access Token expired"_s;
    }
    const QJsonObject fault {{u"faultstring"_s, text},
                             {u"detail"_s, QJsonObject {{u"errorcode"_s, code}}}};
    return jsonResponse(401, QJsonObject {{u"fault"_s, fault}});
}

QByteArray mimeType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

// user and password of an HTTP Basic Authorization header.
std::optional<std::pair<QString, QString>> basicCredentials(const HttpRequest &request)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (!authorization.startsWith("Basic ") && !authorization.startsWith("basic "))
        return std::nullopt;
    const auto result = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    const QByteArray &decoded = result.decoded;
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    return std::pair {QString::fromUtf8(decoded.left(colon)),
                      QString::fromUtf8(decoded.mid(colon + 1))};
}

// An id and a secret from the parameters named, or from a Basic Authorization header when the
// parameters give neither.
std::pair<QString, QString> credentials(const HttpRequest &request, const Params &params,
                                        const QString &idKey, const QString &secretKey)
{
    std::pair<QString, QString> given {params.value(idKey), params.value(secretKey)};
    if (given.first.isEmpty() && given.second.isEmpty())
        return basicCredentials(request).value_or(given);
    return given;
}

} // namespace

HttpResponse gatewayError(int status, const QString &message, const QString &info)
{
    return jsonResponse(
        status,
        QJsonObject {
            {u"transactionId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"status"_s, QString::number(status)},
            {u"name"_s, reasonPhrase(status)},
            {u"message"_s, message},
            {u"info"_s, info},
        });
}

std::optional<Params> readParams(const HttpRequest &request, HttpResponse *error)
{
    Params params = Params::fromFormEncoded(request.query);
    if (request.body.trimmed().isEmpty())
        return params;
    const QByteArray type = mimeType(request.header("Content-Type"));
    if (type.isEmpty() || type == "application/x-www-form-urlencoded") {
        params.append(Params::fromFormEncoded(request.body));
        return params;
    }
    if (type == "application/json" || type.endsWith("+json")) {
        QString message;
        const auto json = Params::fromJson(request.body, &message);
        if (!json) {
            *error = gatewayError(400, message);
            return std::nullopt;
        }
        params.append(*json);
        return params;
    }
    *error = gatewayError(
        415,
        u"Content type \"%1\" is not accepted; send "
        u"application/x-www-form-urlencoded or application/json."_s.arg(QString::fromLatin1(type)));
    return std::nullopt;
}

SandboxService::SandboxService(Simulator *simulator)
    : m_simulator(simulator)
{ }

std::optional<SandboxService::RouteInfo> SandboxService::match(const QString &rawPath)
{
    QString path = rawPath;
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    static const QList<QByteArray> post = {"POST"};
    static const QList<QByteArray> getPost = {"GET", "POST"};
    static const QList<QByteArray> get = {"GET"};
    static const QHash<QString, RouteInfo> routes = {
        {u"/"_s, {Route::Index, get}},
        {u"/oauth/client_credential/accesstoken"_s, {Route::Token, post}},
        {kKpnVerify, {Route::KpnRequest, post}},
        {kKpnVerify + u"/check"_s, {Route::KpnCheck, post}},
        {kKpnVerify + u"/search"_s, {Route::KpnSearch, post}},
        {kKpnVerify + u"/control"_s, {Route::KpnControl, post}},
        {u"/verify/json"_s, {Route::VendorRequest, getPost}},
        {u"/verify/check/json"_s, {Route::VendorCheck, getPost}},
        {u"/verify/search/json"_s, {Route::VendorSearch, getPost}},
        {u"/verify/control/json"_s, {Route::VendorControl, getPost}},
        // The vendor's spec gives PSD2 as POST only.
        {u"/verify/psd2/json"_s, {Route::VendorPsd2, post}},
        {u"/_sandbox/messages"_s, {Route::Messages, get}},
        {u"/_sandbox/clock/advance"_s, {Route::ClockAdvance, post}},
        {u"/_sandbox/faults"_s, {Route::Faults, {"GET", "POST", "DELETE"}}},
        {u"/_sandbox/reset"_s, {Route::Reset, post}},
    };
    const auto it = routes.constFind(path);
    if (it == routes.cend())
        return std::nullopt;
    return *it;
}

bool SandboxService::isApiRoute(Route route)
{
    return route >= Route::Token && route <= Route::VendorPsd2;
}

QString SandboxService::endpointName(Route route)
{
    switch (route) {
    case Route::Token:
        return u"token"_s;
    case Route::KpnCheck:
    case Route::VendorCheck:
        return u"check"_s;
    case Route::KpnSearch:
    case Route::VendorSearch:
        return u"search"_s;
    case Route::KpnControl:
    case Route::VendorControl:
        return u"control"_s;
    default:
        return u"request"_s;
    }
}

HttpResponse SandboxService::handle(const HttpRequest &request)
{
    const auto info = match(request.path);
    if (!info) {
        return gatewayError(
            404, u"No route for %1 %2."_s.arg(QString::fromLatin1(request.method), request.path),
            u"See GET / for the routes this sandbox serves."_s);
    }
    if (!info->methods.contains(request.method)) {
        HttpResponse response = gatewayError(
            405,
            u"%1 is not allowed on %2."_s.arg(QString::fromLatin1(request.method), request.path));
        response.headers.append({QByteArrayLiteral("Allow"), info->methods.join(", ")});
        return response;
    }
    if (request.body.size() > kMaxBodyBytes) {
        return gatewayError(413, u"The request body is larger than %1 bytes."_s.arg(kMaxBodyBytes));
    }

    std::optional<Fault> fault;
    if (isApiRoute(info->route))
        fault = m_faults.take(
            request.path, info->route == Route::VendorPsd2 ? u"psd2"_s : endpointName(info->route));
    if (fault && m_faultObserver)
        m_faultObserver(*fault, request.path);
    // Tokens expire whether or not the call itself reaches the API.
    if (fault && fault->expireTokens)
        m_simulator->expireAllTokens();
    if (fault && !fault->processed)
        return applyFault(*fault, info->route, request, std::nullopt);

    HttpResponse response = dispatch(info->route, request);
    if (fault)
        response = applyFault(*fault, info->route, request, response);
    return response;
}

HttpResponse SandboxService::dispatch(Route route, const HttpRequest &request)
{
    // The fault list is a JSON document of its own, not a set of parameters.
    if (route == Route::Faults)
        return control(route, request, Params::fromFormEncoded(request.query));
    HttpResponse error;
    const auto params = readParams(request, &error);
    if (!params)
        return error;
    switch (route) {
    case Route::Token:
        return token(request, *params);
    case Route::KpnRequest:
    case Route::KpnCheck:
    case Route::KpnSearch:
    case Route::KpnControl:
        return kpnCall(route, request, *params);
    case Route::VendorRequest:
    case Route::VendorCheck:
    case Route::VendorSearch:
    case Route::VendorControl:
    case Route::VendorPsd2:
        return vendorCall(route, request, *params);
    default:
        return control(route, request, *params);
    }
}

HttpResponse SandboxService::token(const HttpRequest &request, const Params &params)
{
    const auto [clientId, clientSecret] =
        credentials(request, params, u"client_id"_s, u"client_secret"_s);
    return fromReply(
        m_simulator->issueToken(params.value(u"grant_type"_s), clientId, clientSecret));
}

HttpResponse SandboxService::kpnCall(Route route, const HttpRequest &request, const Params &params)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return apigeeFault(TokenFault::Missing);
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    if (token.isEmpty())
        return apigeeFault(TokenFault::Missing);
    switch (m_simulator->tokenState(token)) {
    case Simulator::TokenState::Unknown:
        return apigeeFault(TokenFault::Unknown);
    case Simulator::TokenState::Expired:
        return apigeeFault(TokenFault::Expired);
    case Simulator::TokenState::Valid:
        break;
    }
    // Tokens are issued to the one client id, whose consumer key is the account.
    return verifyCall(route, m_simulator->config().clientId, params);
}

HttpResponse SandboxService::vendorCall(Route route, const HttpRequest &request,
                                        const Params &params)
{
    const auto [key, secret] = credentials(request, params, u"api_key"_s, u"api_secret"_s);
    const bool withRequestId = route != Route::VendorControl;
    // The spec's words for status 4 differ between a request and the other calls.
    const bool isRequest = route == Route::VendorRequest || route == Route::VendorPsd2;
    const auto refuse = [withRequestId](const QString &status, const QString &text) {
        QJsonObject body {{u"status"_s, status}, {u"error_text"_s, text}};
        if (withRequestId)
            body.insert(u"request_id"_s, QString());
        return jsonResponse(200, body);
    };
    if (key.isEmpty())
        return refuse(u"2"_s, u"Missing api_key"_s);
    if (secret.isEmpty())
        return refuse(u"2"_s, u"Missing api_secret"_s);
    const SimulatorConfig &config = m_simulator->config();
    if (key != config.clientId || secret != config.clientSecret) {
        return refuse(u"4"_s,
                      isRequest ? u"Invalid credentials were provided"_s : u"Bad credentials"_s);
    }
    return verifyCall(route, key, params);
}

HttpResponse SandboxService::verifyCall(Route route, const QString &account, const Params &params)
{
    if (const auto throttled = m_simulator->throttle(account, endpointName(route)))
        return fromReply(*throttled);
    switch (route) {
    case Route::KpnRequest:
    case Route::VendorRequest:
        return fromReply(m_simulator->request(params));
    case Route::VendorPsd2:
        return fromReply(m_simulator->psd2Request(params));
    case Route::KpnCheck:
    case Route::VendorCheck:
        return fromReply(m_simulator->check(params));
    case Route::KpnSearch:
    case Route::VendorSearch:
        return fromReply(m_simulator->search(params));
    default:
        return fromReply(m_simulator->control(params));
    }
}

HttpResponse SandboxService::control(Route route, const HttpRequest &request, const Params &params)
{
    switch (route) {
    case Route::Index: {
        const QJsonArray verify {QString(u"POST "_s + kKpnVerify),
                                 QString(u"POST "_s + kKpnVerify + u"/check"_s),
                                 QString(u"POST "_s + kKpnVerify + u"/search"_s),
                                 QString(u"POST "_s + kKpnVerify + u"/control"_s)};
        const QJsonObject kpn {
            {u"token"_s,
             u"POST /oauth/client_credential/accesstoken?grant_type=client_credentials"_s},
            {u"verify"_s, verify}};
        const QJsonArray vendor {u"GET|POST /verify/json"_s, u"GET|POST /verify/check/json"_s,
                                 u"GET|POST /verify/search/json"_s,
                                 u"GET|POST /verify/control/json"_s, u"POST /verify/psd2/json"_s};
        const QJsonArray sandbox {u"GET /_sandbox/messages[?number=N]"_s,
                                  u"POST /_sandbox/clock/advance?seconds=S"_s,
                                  u"GET|POST|DELETE /_sandbox/faults"_s, u"POST /_sandbox/reset"_s};
        return jsonResponse(200,
                            QJsonObject {{u"name"_s, u"verify-sandbox"_s},
                                         {u"kpn"_s, kpn},
                                         {u"vendor"_s, vendor},
                                         {u"sandbox"_s, sandbox}});
    }
    case Route::Messages: {
        m_simulator->processDueEvents();
        QJsonArray list;
        for (const Message &message : m_simulator->messages(params.value(u"number"_s).trimmed())) {
            list.append(QJsonObject {{u"request_id"_s, message.requestId},
                                     {u"number"_s, message.number},
                                     {u"channel"_s, message.channel},
                                     {u"text"_s, message.text},
                                     {u"code"_s, message.code},
                                     {u"at"_s,
                                      QDateTime::fromMSecsSinceEpoch(message.atMs, Qt::UTC)
                                          .toString(Qt::ISODateWithMs)}});
        }
        return jsonResponse(200, QJsonDocument(list));
    }
    case Route::ClockAdvance: {
        bool ok = false;
        const qint64 seconds = params.value(u"seconds"_s).trimmed().toLongLong(&ok);
        if (!ok || seconds < 0 || seconds > kMaxAdvanceSeconds) {
            return gatewayError(
                400, u"seconds must be a whole number from 0 to %1."_s.arg(kMaxAdvanceSeconds));
        }
        const int fired = m_simulator->advance(seconds);
        const qint64 now = m_simulator->clock().nowMs();
        return jsonResponse(
            200,
            QJsonObject {{u"now"_s,
                          QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs)},
                         {u"fired"_s, fired}});
    }
    case Route::Faults: {
        if (request.method == "POST") {
            QString message;
            if (!m_faults.add(request.body, &message))
                return gatewayError(400, message);
        } else if (request.method == "DELETE") {
            m_faults.clear();
        }
        return jsonResponse(200, QJsonObject {{u"pending"_s, m_faults.toJson()}});
    }
    case Route::Reset:
        m_simulator->reset();
        m_faults.clear();
        return jsonResponse(200, QJsonObject {{u"status"_s, u"reset"_s}});
    default:
        return gatewayError(500, u"Unhandled route."_s);
    }
}

HttpResponse SandboxService::applyFault(const Fault &fault, Route route, const HttpRequest &request,
                                        const std::optional<HttpResponse> &base) const
{
    HttpResponse response = base.value_or(jsonResponse(200, QJsonObject {}));
    if (!fault.verifyStatus.isEmpty()) {
        HttpResponse unreadable;
        const Params params = readParams(request, &unreadable).value_or(Params());
        const Reply reply =
            m_simulator->businessError(fault.verifyStatus, endpointName(route), params);
        response = jsonResponse(fault.httpStatus != 0 ? fault.httpStatus : 200, reply.body);
    } else if (fault.httpStatus != 0) {
        response = gatewayError(fault.httpStatus,
                                u"Injected fault: %1."_s.arg(reasonPhrase(fault.httpStatus)),
                                u"The sandbox was asked to fail this call."_s);
    }

    if (fault.body == u"html") {
        const QString title = u"%1 %2"_s.arg(response.status).arg(reasonPhrase(response.status));
        response.body =
            u"<!DOCTYPE html><html><head><title>%1</title></head><body><h1>%1</h1>"
            u"<p>The server could not complete your request.</p></body></html>"_s.arg(title)
                .toUtf8();
        response.headers = {{kContentType, QByteArrayLiteral("text/html; charset=UTF-8")}};
    } else if (fault.body == u"truncated") {
        response.body = response.body.left(std::max<qsizetype>(1, response.body.size() / 2));
    } else if (fault.body == u"malformed") {
        response.body = QByteArrayLiteral("{\"status\": \"0\", \"request_id\": [\"");
    } else if (fault.body == u"empty") {
        response.body.clear();
    } else if (!fault.body.isEmpty()) {
        response.body = fault.body.toUtf8();
    }
    if (!fault.contentType.isEmpty()) {
        response.headers.removeIf([](const auto &header) { return header.first == kContentType; });
        response.headers.append({kContentType, fault.contentType.toUtf8()});
    }
    if (fault.retryAfter >= 0)
        response.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfter)});
    response.delayMs = fault.delayMs;
    response.closeConnection = fault.close;
    return response;
}

} // namespace sandbox
