#pragma once

#include "ApiError.h"
#include "HttpHeaders.h"
#include "VerifyStatus.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct HttpResponse;

// The answer to one call sent as given (VerifyClient::sendRaw(), the API console): what the
// server said, its body masked as the exchange log masks it, and what it means.
struct RawAnswer
{
    int httpStatus = 0;
    HttpHeaders::List headers;
    QByteArray body; // masked: every known secret and token
    qint64 durationMs = 0;
    quint64 exchangeId = 0; // its entry in the exchange log, 0 when none was recorded
    // The answer's Verify "status" ("3", "101"; words for a search's state), Unknown without one.
    VerifyStatus status;
    // Why the answer is not a clean Verify answer (an HTTP error, a gateway fault, a body that is
    // not a JSON object with a status), or nothing.
    std::optional<ApiError> error;
    // The request_id the answer names (a search's first), or empty.
    QString requestId;
    // The answer's own words on an error (error_text), or empty.
    QString errorText;

    // From a response whose body is already masked.
    static RawAnswer fromResponse(const HttpResponse &response);
    // The body as indented JSON, or as it came when it is not JSON.
    QString prettyBody() const;
};
