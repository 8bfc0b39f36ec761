#pragma once

#include "ApiError.h"
#include "PinRequest.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The parameters of a PSD2 payment confirmation (the vendor's /verify/psd2/json): the message
// names the payee and the amount in euros instead of a brand, in a language of its own list.
// Only the vendor's API offers it (offersPsd2()); its answer is a Verify request's, and check,
// search and control follow it as any other. Empty strings and unset optionals are not sent.
struct Psd2Request : PinRequest
{
    Q_DECLARE_TR_FUNCTIONS(Psd2Request)

public:
    // The largest amount sent, in cents (999 999 999.99 euros).
    static constexpr qint64 kMaxAmountCents = 99'999'999'999;

    QString payee; // at most SpecLimits::kMaxPayeeLength characters, named in the message
    qint64 amountCents = 0; // the payment in euro cents; more than 0

    // The first value outside the vendor's rules, as an InvalidInput error naming its field
    // ("number", "payee", "amount", "country", "code_length", "pin_expiry", "next_event_wait",
    // "workflow_id", "lg"); nothing when every value may be sent.
    std::optional<ApiError> validate() const;
    // The amount as the API takes it: euros with two decimals and a point ("48.00").
    QString amountText() const;
    // The locales the vendor accepts for a PSD2 request's lg (shorter than a request's).
    static const QStringList &languages();
};
