#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The parameters of a Verify request, as KPN's Swagger and the vendor's spec name them.
// Empty strings and unset optionals are not sent (the server's defaults apply).
struct VerifyRequest
{
    Q_DECLARE_TR_FUNCTIONS(VerifyRequest)

public:
    QString number; // E.164 digits without '+', e.g. 31612345678
    QString brand; // at most 18 characters, shown in the message
    QString country; // two letters, when number is not in international form
    QString senderId; // at most 11 characters
    std::optional<int> codeLength; // 4 or 6
    QString language; // lg, e.g. nl-nl
    std::optional<int> pinExpiry; // 60..3600 seconds
    std::optional<int> nextEventWait; // 60..900 seconds
    std::optional<int> workflowId; // 1..7

    // The first value outside the vendor's rules, as an InvalidInput error naming its field
    // ("number", "brand", "country", "sender_id", "code_length", "lg", "pin_expiry",
    // "next_event_wait", "workflow_id"); nothing when every value may be sent.
    std::optional<ApiError> validate() const;
    // The locales the vendor accepts for lg.
    static const QStringList &languages();
};
