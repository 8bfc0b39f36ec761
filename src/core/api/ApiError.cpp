#include "ApiError.h"

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

} // namespace

ApiError::ApiError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{ }

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Http:
        return u"http"_s;
    case Kind::GatewayFault:
        return u"gateway"_s;
    case Kind::InvalidToken:
        return u"invalid-token"_s;
    case Kind::InvalidClient:
        return u"invalid-client"_s;
    case Kind::Business:
        return u"business"_s;
    case Kind::MalformedAnswer:
        return u"malformed"_s;
    case Kind::Aborted:
        return u"aborted"_s;
    case Kind::InvalidInput:
        return u"invalid-input"_s;
    case Kind::Config:
        return u"config"_s;
    }
    return u"unknown"_s;
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

    const bool timedOut = response.timedOut || response.networkError == QNetworkReply::TimeoutError
        || (response.networkError == QNetworkReply::OperationCanceledError
            && response.httpStatus == 0);
    if (timedOut) {
        error.m_kind = Kind::Timeout;
        error.m_message = tr("The server did not answer in time. Check your connection and try "
                             "again; for a PIN request, search for it first, since it may have "
                             "been sent.");
        return error;
    }
    if (isTlsError(response.networkError) || !response.sslErrors.isEmpty()) {
        error.m_kind = Kind::Tls;
        const QString reasons =
            response.sslErrors.isEmpty() ? response.errorString : response.sslErrors.join(u"; "_s);
        error.m_message = tr("A secure connection to the server could not be made (%1). Check the "
                             "profile's URL, the proxy and the extra certificates, then try again.")
                              .arg(reasons);
        return error;
    }
    // Through a manual proxy, a refused connection or unknown host is the proxy's.
    const bool proxyUnreachable = !response.proxy.isEmpty()
        && (response.networkError == QNetworkReply::ConnectionRefusedError
            || response.networkError == QNetworkReply::HostNotFoundError);
    if (response.httpStatus == 0 && (isProxyError(response.networkError) || proxyUnreachable)) {
        error.m_kind = Kind::Network;
        const QString proxy = response.proxy.isEmpty() ? tr("the proxy") : response.proxy;
        error.m_message = tr("The proxy %1 could not be used (%2). Check the proxy in the "
                             "profile's connection settings, then try again.")
                              .arg(proxy, response.errorString);
        return error;
    }
    if (response.httpStatus == 0
        && (response.networkError == QNetworkReply::RemoteHostClosedError
            || response.networkError == QNetworkReply::ContentReSendError)) {
        error.m_kind = Kind::Network;
        error.m_message = tr("The server closed the connection before it answered (%1). The call "
                             "may have reached it: for a PIN request, search for it before "
                             "trying again.")
                              .arg(response.errorString);
        return error;
    }
    if (response.httpStatus == 0) {
        error.m_kind = Kind::Network;
        error.m_message = tr("The server could not be reached (%1). Check your network connection, "
                             "the proxy and the profile's URL, then try again.")
                              .arg(response.errorString);
        return error;
    }

    const int status = response.httpStatus;
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonObject object = doc.object();

    // Apigee: {"fault":{"faultstring":"...","detail":{"errorcode":"..."}}}
    if (object.value(u"fault"_s).isObject()) {
        const QJsonObject fault = object.value(u"fault"_s).toObject();
        error.m_serverText = stringValue(fault, u"faultstring"_s);
        error.m_serverCode = stringValue(fault.value(u"detail"_s).toObject(), u"errorcode"_s);
        const QString code = error.m_serverCode.toLower();
        const QString text = error.m_serverText.toLower();
        if (code.contains(u"invalidaccesstoken") || code.contains(u"access_token_expired")
            || code.contains(u"invalid_access_token") || code.contains(u"accesstokenexpired")
            || text.contains(u"access token")) {
            error.m_kind = Kind::InvalidToken;
            error.m_message = tr("The access token was refused (%1). A new token is fetched "
                                 "automatically; if this keeps happening, check the profile's "
                                 "client id and secret.")
                                  .arg(error.m_serverText);
            return error;
        }
        if (code.contains(u"invalidapikey") || code.contains(u"invalid_client")
            || code.contains(u"invalidclient")) {
            error.m_kind = Kind::InvalidClient;
            error.m_message = tr("The gateway does not accept this application's credentials "
                                 "(%1). Check the client id and secret in the profile.")
                                  .arg(error.m_serverText);
            return error;
        }
        error.m_kind = Kind::GatewayFault;
        if (status == 429 || code.contains(u"spikearrest") || code.contains(u"quota")) {
            error.m_message = error.m_retryAfter >= 0
                ? tr("The gateway is limiting the number of calls. Wait %1 seconds and try "
                     "again.")
                      .arg(error.m_retryAfter)
                : tr("The gateway is limiting the number of calls. Wait a little and try "
                     "again.");
        } else {
            error.m_message = tr("The gateway refused the call with HTTP %1 (%2). Try again "
                                 "later; if it persists, show the inspector's detail to your "
                                 "administrator.")
                                  .arg(status)
                                  .arg(error.m_serverText);
        }
        return error;
    }

    // OAuth: {"ErrorCode":"invalid_client","Error":"ClientId is Invalid"} or RFC 6749's shape.
    const QString oauthCode = stringValue(object, u"ErrorCode"_s).isEmpty()
        ? stringValue(object, u"error"_s)
        : stringValue(object, u"ErrorCode"_s);
    if (!oauthCode.isEmpty()) {
        error.m_serverCode = oauthCode;
        error.m_serverText = stringValue(object, u"Error"_s).isEmpty()
            ? stringValue(object, u"error_description"_s)
            : stringValue(object, u"Error"_s);
        if (oauthCode.compare(u"invalid_client"_s, Qt::CaseInsensitive) == 0
            || oauthCode.compare(u"unauthorized_client"_s, Qt::CaseInsensitive) == 0) {
            error.m_kind = Kind::InvalidClient;
            error.m_message = tr("The client id or client secret is not accepted (%1). Check both "
                                 "in the profile's credentials; nothing is retried until they "
                                 "change.")
                                  .arg(error.m_serverText);
            return error;
        }
        error.m_kind = Kind::GatewayFault;
        error.m_message = tr("The token service refused the request (%1: %2). Check the profile's "
                             "token URL and credentials.")
                              .arg(oauthCode, error.m_serverText);
        return error;
    }

    // KPN's gateway envelope: {transactionId, status, name, message, info}
    if (object.contains(u"transactionId"_s)
        || (object.contains(u"message"_s) && object.contains(u"name"_s))) {
        error.m_kind = Kind::GatewayFault;
        error.m_serverCode = stringValue(object, u"name"_s);
        error.m_serverText = stringValue(object, u"message"_s);
        const QString info = stringValue(object, u"info"_s);
        if (!info.isEmpty())
            error.m_serverText = error.m_serverText + u' ' + info;
    } else {
        error.m_kind = Kind::Http;
    }

    if (status == 429) {
        error.m_message = error.m_retryAfter >= 0
            ? tr("Too many calls were made in a short time. Wait %1 seconds and try again.")
                  .arg(error.m_retryAfter)
            : tr("Too many calls were made in a short time. Wait a little and try again.");
    } else if (status == 401 || status == 403) {
        error.m_message = tr("The server refused access (HTTP %1). Check that the profile's "
                             "application may use the Verify API.")
                              .arg(status);
    } else if (status == 404) {
        error.m_message = tr("The server does not know this address (HTTP 404). Check the "
                             "profile's API base URL.");
    } else if (status >= 500) {
        error.m_message = looksLikeHtml(response)
            ? tr("The server answered with an error page (HTTP %1) instead of data. The "
                 "service may be down: try again in a few minutes.")
                  .arg(status)
            : tr("The server had a problem (HTTP %1). Try again in a few minutes; for a PIN "
                 "request, search for it first, since it may have been sent.")
                  .arg(status);
    } else {
        error.m_message = looksLikeHtml(response)
            ? tr("The server answered with an error page (HTTP %1) instead of data. Check "
                 "the profile's URLs and proxy.")
                  .arg(status)
            : tr("The server refused the call (HTTP %1). Check the values you entered and "
                 "the profile's settings.")
                  .arg(status);
    }
    if (!error.m_serverText.isEmpty() && error.m_kind == Kind::GatewayFault)
        error.m_message = tr("%1 The server said: \u201c%2\u201d.")
                              .arg(error.m_message, error.m_serverText.trimmed());
    return error;
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
