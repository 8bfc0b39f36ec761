#pragma once

#include "VerifyStatus.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

struct HttpResponse;

// Why an API call failed: a kind to branch on, a translated sentence for the user (what happened
// and what to do) and the raw detail for the inspector. Never holds a secret, token or PIN.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Network, // no connection, host not found, connection closed
        Timeout, // the transfer timeout fired
        Tls, // the TLS handshake failed or the certificate was refused
        Http, // an HTTP error without a recognised body (HTML page, plain text)
        GatewayFault, // KPN's gateway refused the call ({transactionId,status,...} or an Apigee
                      // fault)
        InvalidToken, // the access token is unknown or expired
        InvalidClient, // the client id / secret pair is refused
        Business, // HTTP 200 with a Verify status other than 0
        MalformedAnswer, // the answer could not be understood
        Aborted, // the caller aborted the call
        InvalidInput, // a value of the call is not valid; nothing was sent (see field())
        Config, // the profile's connection settings cannot be used (CA file, proxy)
    };

    ApiError() = default;
    ApiError(Kind kind, QString message);

    Kind kind() const { return m_kind; }
    // One translated sentence: what happened and what to do.
    QString message() const { return m_message; }

    // Raw detail.
    int httpStatus() const { return m_httpStatus; }
    QString bodyExcerpt() const { return m_bodyExcerpt; } // redacted, at most 2 KB
    QString serverText() const { return m_serverText; } // error_text, faultstring, message ...
    QString serverCode() const { return m_serverCode; } // errorcode, ErrorCode, name ...
    // Verify's status when kind() is Business (WrongCode, NoResponseFound ...); Unknown otherwise.
    VerifyStatus verifyStatus() const { return m_verifyStatus; }
    // The same status as the answer wrote it ("1", "16", "101" ...): for logs and storage.
    QString businessStatus() const { return m_verifyStatus.rawCode(); }
    // The request_id the answer named, if any (check errors, status 10).
    QString requestId() const { return m_requestId; }
    // The ExchangeLog entry of the exchange that failed (for a link to the inspector); 0: none.
    quint64 exchangeId() const { return m_exchangeId; }
    void setExchangeId(quint64 id) { m_exchangeId = id; }
    // Seconds the server asked to wait (Retry-After), or -1.
    int retryAfterSeconds() const { return m_retryAfter; }
    // The parameter at fault when kind() is InvalidInput ("number", "brand" ...).
    QString field() const { return m_field; }
    // The certificate problems Qt reported when kind() is Tls.
    QStringList tlsErrors() const { return m_tlsErrors; }

    // Everything above in a few lines, for the inspector and logs.
    QString detail() const;
    // The stable key of a kind ("network", "invalid-token" ...), as history stores it.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);

    // Classifies a failed exchange: network, timeout, TLS, Apigee fault, gateway envelope,
    // invalid_client, 429 with Retry-After, HTML error page ...
    static ApiError fromResponse(const HttpResponse &response);

    // How an exchange ended below HTTP: Answered when the server gave an HTTP status.
    enum class Transport { Answered, Timeout, Tls, Proxy, Closed, Unreachable };
    static Transport classifyTransport(const HttpResponse &response);

    // What an error body says, in one of the formats the services answer with.
    struct ServerFault
    {
        Kind kind = Kind::GatewayFault;
        QString code; // errorcode, ErrorCode / error, name
        QString text; // faultstring, Error / error_description, message and info
        bool rateLimited = false; // the gateway's spike arrest or quota
    };
    // Apigee, in front of the API: {"fault":{"faultstring":…,"detail":{"errorcode":…}}}
    static std::optional<ServerFault> parseApigeeFault(const QJsonObject &object);
    // The token endpoint: {"ErrorCode":…,"Error":…} or RFC 6749's {"error":…,
    // "error_description":…}
    static std::optional<ServerFault> parseOAuthError(const QJsonObject &object);
    // KPN's gateway envelope: {"transactionId":…,"status":…,"name":…,"message":…,"info":…}
    static std::optional<ServerFault> parseGatewayEnvelope(const QJsonObject &object);
    // The vendor's API (api.nexmo.com), RFC 7807 style: {"type":…,"title":…,"detail":…,
    // "instance":…}; a 401 is its API key and secret refused.
    static std::optional<ServerFault> parseVendorProblem(const QJsonObject &object, int httpStatus);
    // HTTP 200 with a Verify status other than Success.
    static ApiError business(const VerifyStatus &status, const QString &errorText,
                             const QString &requestId = {});
    static ApiError business(const QString &status, const QString &errorText,
                             const QString &requestId = {});
    // The answer arrived but is not what the API documents.
    static ApiError malformed(const QString &reason, const HttpResponse &response);
    static ApiError aborted();
    // A value the user entered is not valid: `message` names the field and the allowed values.
    static ApiError invalidInput(const QString &field, const QString &message);
    // The profile's connection settings cannot be used.
    static ApiError config(const QString &message);

    // A plain-language sentence for a Verify business status.
    static QString businessMessage(const VerifyStatus &status);
    static QString businessMessage(const QString &status);

    static constexpr qsizetype kMaxExcerptBytes = 2048;

private:
    void setRaw(const HttpResponse &response);
    void setFault(const ServerFault &fault);
    static QString transportMessage(Transport transport, const HttpResponse &response);
    static QString apigeeMessage(const ServerFault &fault, int httpStatus, int retryAfter);
    static QString oauthMessage(const ServerFault &fault);
    static QString httpMessage(const HttpResponse &response, int retryAfter);

    Kind m_kind = Kind::Network;
    QString m_message;
    int m_httpStatus = 0;
    quint64 m_exchangeId = 0;
    QString m_bodyExcerpt;
    QString m_qtError;
    QString m_serverText;
    QString m_serverCode;
    VerifyStatus m_verifyStatus;
    QString m_requestId;
    int m_retryAfter = -1;
    QString m_field;
    QStringList m_tlsErrors;
};
