#pragma once

#include "ApiError.h"
#include "SpecLimits.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <utility>

// What every request for a PIN names, a verification (VerifyRequest) and a payment confirmation
// (Psd2Request) alike: the number it goes to and how the PIN is sent. A session follows this part.
// Empty strings and unset optionals are not sent (the server's defaults apply).
struct PinRequest
{
    Q_DECLARE_TR_FUNCTIONS(PinRequest)

public:
    QString number; // E.164 digits without '+', e.g. 31612345678
    QString country; // two letters, when number is not in international form
    std::optional<int> codeLength; // 4 or 6
    QString language; // lg, from the kind's languages()
    std::optional<int> pinExpiry; // 60..3600 seconds
    std::optional<int> nextEventWait; // 60..900 seconds
    std::optional<int> workflowId; // 1..7

    // The number as the request sends it: trimmed, without a leading '+'.
    QString sentNumber() const;
    // The options that are set, under the API's parameter names, in the order a request sends
    // them (code_length, lg, pin_expiry, next_event_wait, workflow_id): numbers as ints, the
    // language as a string.
    QList<std::pair<QString, QVariant>> sentOptions() const;

protected:
    enum class Kind { Verification, PaymentConfirmation };
    // The lg codes the vendor's spec lists for a kind's call, in the spec's order.
    static QStringList languagesOf(Kind kind);

    // The checks of the fields above, for a kind's validate(): each the InvalidInput error of
    // the first value outside the vendor's rules, or nothing.
    std::optional<ApiError> numberError() const;
    std::optional<ApiError> countryError() const;
    std::optional<ApiError> codeLengthError() const;
    // pin_expiry, then next_event_wait.
    std::optional<ApiError> timingError() const;
    std::optional<ApiError> workflowError() const;
    // The language against the kind's own list; `sentence` names the language as %1.
    std::optional<ApiError> languageError(const QStringList &accepted,
                                          const QString &sentence) const;
};
