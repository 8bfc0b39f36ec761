#include "ApiError.h"

#include "EnumKeys.h"
#include "HttpResponse.h"
#include "Redactor.h"
#include "VerifyStatus.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

using Kind = ApiError::Kind;

// As stored in the history's error events and shown in details.
constexpr EnumKey<Kind> kKindKeys[] = {
    {Kind::Network, "network"},
    {Kind::Timeout, "timeout"},
    {Kind::Tls, "tls"},
    {Kind::Http, "http"},
    {Kind::GatewayFault, "gateway"},
    {Kind::InvalidToken, "invalid-token"},
    {Kind::InvalidClient, "invalid-client"},
    {Kind::Business, "business"},
    {Kind::MalformedAnswer, "malformed"},
    {Kind::Aborted, "aborted"},
    {Kind::InvalidInput, "invalid-input"},
    {Kind::Config, "config"},
};

// Retry-After: delay-seconds or an HTTP-date.
int parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    // A date centuries ahead would overflow an int into a negative wait.
    return static_cast<int>(std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(when.toUTC()),
                                               0, std::numeric_limits<int>::max()));
}

bool looksLikeHtml(const HttpResponse &response)
{
    const QByteArray type = response.header("Content-Type").toLower();
    const QByteArray start = response.body.trimmed().left(64).toLower();
    return type.contains("html") || start.startsWith("<!doctype") || start.startsWith("<html");
}

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

bool isProxyError(QNetworkReply::NetworkError error)
{
    return error >= QNetworkReply::ProxyConnectionRefusedError
        && error <= QNetworkReply::UnknownProxyError;
}

QString stringValue(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

// The first of two keys that has a value.
QString firstString(const QJsonObject &object, const QString &key, const QString &fallback)
{
    const QString value = stringValue(object, key);
    return value.isEmpty() ? stringValue(object, fallback) : value;
}

bool containsAny(const QString &text, std::initializer_list<QStringView> parts)
{
    return std::any_of(parts.begin(), parts.end(),
                       [&text](QStringView part) { return text.contains(part); });
}

} // namespace

ApiError::ApiError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{ }

QString ApiError::kindName(Kind kind)
{
    return keyOf(kKindKeys, kind);
}

std::optional<ApiError::Kind> ApiError::kindFromName(QStringView name)
{
    return enumOf(kKindKeys, name);
}

QString ApiError::detail() const
{
    QStringList lines {u"kind: %1"_s.arg(kindName(m_kind))};
    if (m_httpStatus != 0)
        lines.append(u"http status: %1"_s.arg(m_httpStatus));
    if (!businessStatus().isEmpty())
        lines.append(u"verify status: %1"_s.arg(businessStatus()));
    if (!m_serverCode.isEmpty())
        lines.append(u"server code: %1"_s.arg(m_serverCode));
    if (!m_serverText.isEmpty())
        lines.append(u"server text: %1"_s.arg(m_serverText));
    if (!m_requestId.isEmpty())
        lines.append(u"request_id: %1"_s.arg(m_requestId));
    if (!m_field.isEmpty())
        lines.append(u"field: %1"_s.arg(m_field));
    for (const QString &tlsError : m_tlsErrors)
        lines.append(u"tls error: %1"_s.arg(tlsError));
    if (m_retryAfter >= 0)
        lines.append(u"retry after: %1 s"_s.arg(m_retryAfter));
    if (!m_qtError.isEmpty())
        lines.append(u"qt error: %1"_s.arg(m_qtError));
    if (!m_bodyExcerpt.isEmpty())
        lines.append(u"body: %1"_s.arg(m_bodyExcerpt));
    return lines.join(u'\n');
}

void ApiError::setRaw(const HttpResponse &response)
{
    m_httpStatus = response.httpStatus;
    m_exchangeId = response.exchangeId;
    m_qtError = response.networkError == QNetworkReply::NoError ? QString() : response.errorString;
    // The log's masking knows the secrets and tokens in use; without a log, mask by key only.
    QByteArray excerpt =
        response.exchangeId != 0 ? response.maskedBody : Redactor::redactBody(response.body);
    if (excerpt.size() > kMaxExcerptBytes) {
        excerpt.truncate(kMaxExcerptBytes);
        // Do not cut a UTF-8 sequence in half.
        while (!excerpt.isEmpty() && (static_cast<uchar>(excerpt.back()) & 0xC0) == 0x80)
            excerpt.chop(1);
        if (!excerpt.isEmpty() && static_cast<uchar>(excerpt.back()) >= 0xC0)
            excerpt.chop(1);
    }
    m_bodyExcerpt = QString::fromUtf8(excerpt);
    m_retryAfter = parseRetryAfter(response.header("Retry-After"));
    m_tlsErrors = response.sslErrors;
}

ApiError ApiError::aborted()
{
    return {Kind::Aborted,
            tr("The call was cancelled before it finished. Nothing more will happen "
               "for it; start it again when you are ready.")};
}

ApiError ApiError::invalidInput(const QString &field, const QString &message)
{
    ApiError error(Kind::InvalidInput, message);
    error.m_field = field;
    return error;
}

ApiError ApiError::config(const QString &message)
{
    return {Kind::Config, message};
}

ApiError ApiError::malformed(const QString &reason, const HttpResponse &response)
{
    ApiError error(Kind::MalformedAnswer,
                   tr("The server's answer could not be understood (%1). The call may or may not "
                      "have taken effect: search for the request before trying again, and show "
                      "the inspector's detail to your administrator if it happens again.")
                       .arg(reason));
    error.setRaw(response);
    return error;
}

ApiError ApiError::fromResponse(const HttpResponse &response)
{
    if (response.aborted)
        return aborted();

    ApiError error;
    error.setRaw(response);

    const Transport transport = classifyTransport(response);
    if (transport != Transport::Answered) {
        error.m_kind = transport == Transport::Timeout ? Kind::Timeout
            : transport == Transport::Tls              ? Kind::Tls
                                                       : Kind::Network;
        error.m_message = transportMessage(transport, response);
        return error;
    }

    const QJsonObject object = QJsonDocument::fromJson(response.body).object();
    if (const std::optional<ServerFault> fault = parseApigeeFault(object)) {
        error.setFault(*fault);
        error.m_message = apigeeMessage(*fault, response.httpStatus, error.m_retryAfter);
        return error;
    }
    if (const std::optional<ServerFault> fault = parseOAuthError(object)) {
        error.setFault(*fault);
        error.m_message = oauthMessage(*fault);
        return error;
    }
    if (const std::optional<ServerFault> problem = parseVendorProblem(object, response.httpStatus);
        problem && problem->kind == Kind::InvalidClient) {
        error.setFault(*problem);
        error.m_message = tr("The API key or secret is not accepted (%1). Check both in the "
                             "profile's credentials.")
                              .arg(problem->text);
        return error;
    }
    error.m_kind = Kind::Http;
    std::optional<ServerFault> envelope = parseGatewayEnvelope(object);
    if (!envelope)
        envelope = parseVendorProblem(object, response.httpStatus);
    if (envelope)
        error.setFault(*envelope);
    error.m_message = httpMessage(response, error.m_retryAfter);
    if (envelope && !error.m_serverText.isEmpty())
        error.m_message = tr("%1 The server said: \u201c%2\u201d.")
                              .arg(error.m_message, error.m_serverText.trimmed());
    return error;
}

void ApiError::setFault(const ServerFault &fault)
{
    m_kind = fault.kind;
    m_serverCode = fault.code;
    m_serverText = fault.text;
}

ApiError::Transport ApiError::classifyTransport(const HttpResponse &response)
{
    const QNetworkReply::NetworkError code = response.networkError;
    const bool timedOut = response.timedOut || code == QNetworkReply::TimeoutError
        || (code == QNetworkReply::OperationCanceledError && response.httpStatus == 0);
    if (timedOut)
        return Transport::Timeout;
    if (isTlsError(code) || !response.sslErrors.isEmpty())
        return Transport::Tls;
    if (response.httpStatus != 0)
        return Transport::Answered;
    // Through a manual proxy, a refused connection or unknown host is the proxy's.
    const bool proxyUnreachable = !response.proxy.isEmpty()
        && (code == QNetworkReply::ConnectionRefusedError
            || code == QNetworkReply::HostNotFoundError);
    if (isProxyError(code) || proxyUnreachable)
        return Transport::Proxy;
    if (code == QNetworkReply::RemoteHostClosedError || code == QNetworkReply::ContentReSendError)
        return Transport::Closed;
    return Transport::Unreachable;
}

QString ApiError::transportMessage(Transport transport, const HttpResponse &response)
{
    switch (transport) {
    case Transport::Timeout:
        return tr("The server did not answer in time. Check your connection and try "
                  "again; for a PIN request, search for it first, since it may have "
                  "been sent.");
    case Transport::Tls:
        return tr("A secure connection to the server could not be made (%1). Check the "
                  "profile's URL, the proxy and the extra certificates, then try again.")
            .arg(response.sslErrors.isEmpty() ? response.errorString
                                              : response.sslErrors.join(u"; "_s));
    case Transport::Proxy:
        return tr("The proxy %1 could not be used (%2). Check the proxy in the "
                  "profile's connection settings, then try again.")
            .arg(response.proxy.isEmpty() ? tr("the proxy") : response.proxy, response.errorString);
    case Transport::Closed:
        return tr("The server closed the connection before it answered (%1). The call "
                  "may have reached it: for a PIN request, search for it before "
                  "trying again.")
            .arg(response.errorString);
    case Transport::Unreachable:
    case Transport::Answered:
        break;
    }
    return tr("The server could not be reached (%1). Check your network connection, "
              "the proxy and the profile's URL, then try again.")
        .arg(response.errorString);
}

std::optional<ApiError::ServerFault> ApiError::parseApigeeFault(const QJsonObject &object)
{
    if (!object.value(u"fault"_s).isObject())
        return std::nullopt;
    const QJsonObject fault = object.value(u"fault"_s).toObject();
    ServerFault result;
    result.text = stringValue(fault, u"faultstring"_s);
    result.code = stringValue(fault.value(u"detail"_s).toObject(), u"errorcode"_s);
    const QString code = result.code.toLower();
    if (containsAny(code,
                    {u"invalidaccesstoken", u"access_token_expired", u"invalid_access_token",
                     u"accesstokenexpired"})
        || result.text.toLower().contains(u"access token")) {
        result.kind = Kind::InvalidToken;
    } else if (containsAny(code, {u"invalidapikey", u"invalid_client", u"invalidclient"})) {
        result.kind = Kind::InvalidClient;
    }
    result.rateLimited = containsAny(code, {u"spikearrest", u"quota"});
    return result;
}

std::optional<ApiError::ServerFault> ApiError::parseOAuthError(const QJsonObject &object)
{
    ServerFault result;
    result.code = firstString(object, u"ErrorCode"_s, u"error"_s);
    if (result.code.isEmpty())
        return std::nullopt;
    result.text = firstString(object, u"Error"_s, u"error_description"_s);
    if (result.code.compare(u"invalid_client"_s, Qt::CaseInsensitive) == 0
        || result.code.compare(u"unauthorized_client"_s, Qt::CaseInsensitive) == 0) {
        result.kind = Kind::InvalidClient;
    }
    return result;
}

std::optional<ApiError::ServerFault> ApiError::parseGatewayEnvelope(const QJsonObject &object)
{
    if (!object.contains(u"transactionId"_s)
        && !(object.contains(u"message"_s) && object.contains(u"name"_s))) {
        return std::nullopt;
    }
    ServerFault result;
    result.code = stringValue(object, u"name"_s);
    result.text = stringValue(object, u"message"_s);
    const QString info = stringValue(object, u"info"_s);
    if (!info.isEmpty())
        result.text = result.text + u' ' + info;
    return result;
}

std::optional<ApiError::ServerFault> ApiError::parseVendorProblem(const QJsonObject &object,
                                                                  int httpStatus)
{
    if (!object.contains(u"type"_s) || !object.contains(u"title"_s))
        return std::nullopt;
    ServerFault result;
    result.kind = httpStatus == 401 ? Kind::InvalidClient : Kind::Http;
    result.code = stringValue(object, u"title"_s);
    result.text = stringValue(object, u"detail"_s);
    if (result.text.isEmpty())
        result.text = result.code;
    return result;
}

QString ApiError::apigeeMessage(const ServerFault &fault, int httpStatus, int retryAfter)
{
    if (fault.kind == Kind::InvalidToken) {
        return tr("The access token was refused (%1). A new token is fetched "
                  "automatically; if this keeps happening, check the profile's "
                  "client id and secret.")
            .arg(fault.text);
    }
    if (fault.kind == Kind::InvalidClient) {
        return tr("The gateway does not accept this application's credentials "
                  "(%1). Check the client id and secret in the profile.")
            .arg(fault.text);
    }
    if (httpStatus == 429 || fault.rateLimited) {
        return retryAfter >= 0
            ? tr("The gateway is limiting the number of calls. Wait %1 seconds and try "
                 "again.")
                  .arg(retryAfter)
            : tr("The gateway is limiting the number of calls. Wait a little and try "
                 "again.");
    }
    return tr("The gateway refused the call with HTTP %1 (%2). Try again "
              "later; if it persists, show the inspector's detail to your "
              "administrator.")
        .arg(httpStatus)
        .arg(fault.text);
}

QString ApiError::oauthMessage(const ServerFault &fault)
{
    if (fault.kind == Kind::InvalidClient) {
        return tr("The client id or client secret is not accepted (%1). Check both "
                  "in the profile's credentials; nothing is retried until they "
                  "change.")
            .arg(fault.text);
    }
    return tr("The token service refused the request (%1: %2). Check the profile's "
              "token URL and credentials.")
        .arg(fault.code, fault.text);
}

QString ApiError::httpMessage(const HttpResponse &response, int retryAfter)
{
    const int status = response.httpStatus;
    if (status == 429) {
        return retryAfter >= 0
            ? tr("Too many calls were made in a short time. Wait %1 seconds and try again.")
                  .arg(retryAfter)
            : tr("Too many calls were made in a short time. Wait a little and try again.");
    }
    if (status == 401 || status == 403) {
        return tr("The server refused access (HTTP %1). Check that the profile's "
                  "application may use the Verify API.")
            .arg(status);
    }
    if (status == 404) {
        return tr("The server does not know this address (HTTP 404). Check the "
                  "profile's API base URL.");
    }
    if (status >= 500) {
        return looksLikeHtml(response)
            ? tr("The server answered with an error page (HTTP %1) instead of data. The "
                 "service may be down: try again in a few minutes.")
                  .arg(status)
            : tr("The server had a problem (HTTP %1). Try again in a few minutes; for a PIN "
                 "request, search for it first, since it may have been sent.")
                  .arg(status);
    }
    return looksLikeHtml(response)
        ? tr("The server answered with an error page (HTTP %1) instead of data. Check "
             "the profile's URLs and proxy.")
              .arg(status)
        : tr("The server refused the call (HTTP %1). Check the values you entered and "
             "the profile's settings.")
              .arg(status);
}

ApiError ApiError::business(const VerifyStatus &status, const QString &errorText,
                            const QString &requestId)
{
    ApiError error(Kind::Business, businessMessage(status));
    error.m_verifyStatus = status;
    error.m_serverText = errorText;
    error.m_requestId = requestId;
    error.m_httpStatus = 200;
    return error;
}

ApiError ApiError::business(const QString &status, const QString &errorText,
                            const QString &requestId)
{
    return business(VerifyStatus::fromString(status), errorText, requestId);
}

QString ApiError::businessMessage(const VerifyStatus &status)
{
    // One table of statuses for the whole app: VerifyStatus explains each and says what to do.
    return tr("%1 %2").arg(status.explanation(), status.nextStep());
}

QString ApiError::businessMessage(const QString &status)
{
    return businessMessage(VerifyStatus::fromString(status));
}
