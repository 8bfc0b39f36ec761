#include "Psd2Request.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

const QStringList &Psd2Request::languages()
{
    static const QStringList list = languagesOf(Kind::PaymentConfirmation);
    return list;
}

QString Psd2Request::amountText() const
{
    const qint64 cents = std::max<qint64>(0, amountCents);
    return u"%1.%2"_s.arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

std::optional<ApiError> Psd2Request::validate() const
{
    // The fields in the order the form shows them.
    if (std::optional<ApiError> error = numberError())
        return error;
    if (payee.trimmed().isEmpty() || payee.size() > SpecLimits::kMaxPayeeLength) {
        return ApiError::invalidInput(
            u"payee"_s,
            tr("The payee must be 1 to %1 characters; the message names it as the one the "
               "payment goes to.")
                .arg(SpecLimits::kMaxPayeeLength));
    }
    if (amountCents <= 0 || amountCents > kMaxAmountCents) {
        return ApiError::invalidInput(
            u"amount"_s,
            tr("The amount must be more than 0 and at most %1; the message names it.")
                .arg(QLocale().toCurrencyString(double(kMaxAmountCents) / 100, u"\u20ac"_s, 2)));
    }
    if (std::optional<ApiError> error = countryError())
        return error;
    if (std::optional<ApiError> error = codeLengthError())
        return error;
    if (std::optional<ApiError> error = timingError())
        return error;
    if (std::optional<ApiError> error = workflowError())
        return error;
    return languageError(
        languages(),
        tr("The language \u201c%1\u201d is not one a payment confirmation can be sent in; "
           "choose one from the list, such as nl-nl, or leave it empty."));
}
