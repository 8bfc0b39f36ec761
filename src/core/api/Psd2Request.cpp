#include "Psd2Request.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

const QStringList &Psd2Request::languages()
{
    // vonage-verify-v1.openapi.yml, psd2Request's lg.
    static const QStringList list {
        u"en-gb"_s, u"bg-bg"_s, u"cs-cz"_s, u"da-dk"_s, u"de-de"_s, u"ee-et"_s, u"el-gr"_s,
        u"es-es"_s, u"fi-fi"_s, u"fr-fr"_s, u"ga-ie"_s, u"hu-hu"_s, u"it-it"_s, u"lv-lv"_s,
        u"lt-lt"_s, u"mt-mt"_s, u"nl-nl"_s, u"pl-pl"_s, u"sk-sk"_s, u"sl-si"_s, u"sv-se"_s,
    };
    return list;
}

VerifyRequest Psd2Request::followed() const
{
    VerifyRequest request;
    request.number = number;
    request.country = country;
    request.codeLength = codeLength;
    request.language = language;
    request.pinExpiry = pinExpiry;
    request.nextEventWait = nextEventWait;
    request.workflowId = workflowId;
    return request;
}

QString Psd2Request::amountText() const
{
    const qint64 cents = std::max<qint64>(0, amountCents);
    return u"%1.%2"_s.arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

std::optional<ApiError> Psd2Request::validate() const
{
    // Number, country, code length and timings follow a request's rules (its brand is not sent,
    // its language list is another); the fields in the order the form shows them.
    VerifyRequest common = followed();
    common.brand = u"-"_s;
    common.language.clear();
    std::optional<ApiError> commonError = common.validate();
    if (commonError && commonError->field() == u"number")
        return commonError;
    if (payee.trimmed().isEmpty() || payee.size() > kMaxPayeeLength) {
        return ApiError::invalidInput(
            u"payee"_s,
            tr("The payee must be 1 to %1 characters; the message names it as the one the "
               "payment goes to.")
                .arg(kMaxPayeeLength));
    }
    if (amountCents <= 0 || amountCents > kMaxAmountCents) {
        return ApiError::invalidInput(
            u"amount"_s,
            tr("The amount must be more than 0 and at most %1; the message names it.")
                .arg(QLocale().toCurrencyString(double(kMaxAmountCents) / 100, u"\u20ac"_s, 2)));
    }
    if (commonError)
        return commonError;
    if (!language.isEmpty() && !languages().contains(language)) {
        return ApiError::invalidInput(
            u"lg"_s,
            tr("The language \u201c%1\u201d is not one a payment confirmation can be sent in; "
               "choose one from the list, such as nl-nl, or leave it empty.")
                .arg(language));
    }
    return std::nullopt;
}
