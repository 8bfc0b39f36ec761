#pragma once

#include "ApiError.h"
#include "PinRequest.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The parameters of a Verify request, as KPN's Swagger and the vendor's spec name them: the
// number and options every PIN request has, a brand and a sender id.
// Empty strings and unset optionals are not sent (the server's defaults apply).
struct VerifyRequest : PinRequest
{
    Q_DECLARE_TR_FUNCTIONS(VerifyRequest)

public:
    VerifyRequest() = default;
    // A request for `pin`'s number with its options, naming `brandName`.
    VerifyRequest(const PinRequest &pin, const QString &brandName);

    QString brand; // at most SpecLimits::kMaxBrandLength characters, shown in the message
    QString senderId; // at most SpecLimits::kMaxSenderIdLength characters

    // The first value outside the vendor's rules, as an InvalidInput error naming its field
    // ("number", "brand", "country", "sender_id", "code_length", "lg", "pin_expiry",
    // "next_event_wait", "workflow_id"); nothing when every value may be sent.
    std::optional<ApiError> validate() const;
    // The locales the vendor accepts for lg.
    static const QStringList &languages();
};
