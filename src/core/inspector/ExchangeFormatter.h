#pragma once

#include "api/ApiCall.h"
#include "api/ExchangeLog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

// Reads a recorded exchange for the inspector: which endpoint and outcome it was, its Verify
// status, its bodies as readable text (JSON pretty-printed, forms as fields) and its error
// sentence. Works on already masked entries only.
class ExchangeFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeFormatter)

public:
    // The API call an exchange was (the same value as its ApiCall), or Other: a route the
    // inspector does not name (among them the vendor's PSD2 route).
    enum class Endpoint {
        Token = int(ApiCall::Token),
        Request = int(ApiCall::Request),
        Check = int(ApiCall::Check),
        Search = int(ApiCall::Search),
        Control = int(ApiCall::Control),
        Other,
    };
    enum class OutcomeKind { Ok, BusinessError, HttpError, NetworkError };
    using Fields = QList<std::pair<QString, QString>>;

    static Endpoint endpoint(const ExchangeLog::Entry &entry);
    static OutcomeKind outcome(const ExchangeLog::Entry &entry);
    static QString endpointName(Endpoint endpoint);
    static QString outcomeName(OutcomeKind outcome);

    // The URL's path (and query), without scheme and host.
    static QString path(const ExchangeLog::Entry &entry);
    // Verify's "status" of the answer ("0", "16" ...), empty when the answer has none.
    static QString verifyStatus(const ExchangeLog::Entry &entry);
    // The value of a header (first match, case-insensitive), empty when absent.
    static QByteArray header(const ExchangeLog::Headers &headers, const QByteArray &name);

    // key=value&... decoded into fields, in order, repeated keys kept.
    static Fields formFields(const QByteArray &body);
    static bool isForm(const QByteArray &body, const QByteArray &contentType);
    // A body as text: JSON indented, a form as "key = value" lines, anything else as it is.
    // `revealedPin`, when given, replaces the masked code field of a form.
    static QString bodyText(const QByteArray &body, const QByteArray &contentType,
                            const QString &revealedPin = {});
    static QString headersText(const ExchangeLog::Headers &headers);

    // One translated sentence when the exchange failed (network, HTTP, business), else empty.
    static QString errorSentence(const ExchangeLog::Entry &entry);
    // Time, method, URL, status, duration, profile: a few translated lines.
    static QString summaryText(const ExchangeLog::Entry &entry);
    static QString requestText(const ExchangeLog::Entry &entry, const QString &revealedPin = {});
    static QString responseText(const ExchangeLog::Entry &entry);
};
