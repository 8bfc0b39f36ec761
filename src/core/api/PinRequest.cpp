#include "PinRequest.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The calls of the spec that take an lg: verifyRequest, psd2Request.
enum Accepts { Request = 1, Psd2 = 2, Both = Request | Psd2 };

// The lg codes of vonage-verify-v1.openapi.yml and the calls that accept each. In the order of
// the spec's lists, psd2Request's own codes where its list has them.
const struct
{
    QStringView code;
    Accepts accepts;
} kLanguages[] = {
    {u"ar-xa", Request},  {u"bg-bg", Psd2},     {u"cs-cz", Both},    {u"cy-cy", Request},
    {u"cy-gb", Request},  {u"da-dk", Both},     {u"de-de", Both},    {u"ee-et", Psd2},
    {u"el-gr", Both},     {u"en-au", Request},  {u"en-gb", Both},    {u"en-in", Request},
    {u"en-us", Request},  {u"es-es", Both},     {u"es-mx", Request}, {u"es-us", Request},
    {u"fi-fi", Both},     {u"fil-ph", Request}, {u"fr-ca", Request}, {u"fr-fr", Both},
    {u"ga-ie", Psd2},     {u"hi-in", Request},  {u"hu-hu", Both},    {u"id-id", Request},
    {u"is-is", Request},  {u"it-it", Both},     {u"ja-jp", Request}, {u"ko-kr", Request},
    {u"lv-lv", Psd2},     {u"lt-lt", Psd2},     {u"mt-mt", Psd2},    {u"nb-no", Request},
    {u"nl-nl", Both},     {u"pl-pl", Both},     {u"pt-br", Request}, {u"pt-pt", Request},
    {u"ro-ro", Request},  {u"ru-ru", Request},  {u"sk-sk", Psd2},    {u"sl-si", Psd2},
    {u"sv-se", Both},     {u"th-th", Request},  {u"tr-tr", Request}, {u"vi-vn", Request},
    {u"yue-cn", Request}, {u"zh-cn", Request},  {u"zh-tw", Request},
};

} // namespace

QStringList PinRequest::languagesOf(Kind kind)
{
    const Accepts wanted = kind == Kind::Verification ? Request : Psd2;
    QStringList codes;
    for (const auto &language : kLanguages) {
        if (language.accepts & wanted)
            codes.append(language.code.toString());
    }
    // psd2Request's list starts with its default.
    if (kind == Kind::PaymentConfirmation)
        codes.move(codes.indexOf(u"en-gb"), 0);
    return codes;
}

QString PinRequest::sentNumber() const
{
    QString digits = number.trimmed();
    if (digits.startsWith(u'+'))
        digits.remove(0, 1);
    return digits;
}

std::optional<ApiError> PinRequest::numberError() const
{
    const QString digits = sentNumber();
    const bool allDigits = !digits.isEmpty()
        && std::all_of(digits.cbegin(), digits.cend(),
                       [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!allDigits || digits.size() < 7 || digits.size() > 15) {
        return ApiError::invalidInput(
            u"number"_s,
            tr("The phone number must be 7 to 15 digits in international form, such as "
               "31612345678 (no spaces; a leading + is allowed)."));
    }
    return std::nullopt;
}

std::optional<ApiError> PinRequest::countryError() const
{
    if (!country.isEmpty()
        && (country.size() != 2 || !country.at(0).isLetter() || !country.at(1).isLetter())) {
        return ApiError::invalidInput(
            u"country"_s, tr("The country must be a two-letter code such as NL, or empty."));
    }
    return std::nullopt;
}

std::optional<ApiError> PinRequest::codeLengthError() const
{
    if (codeLength && *codeLength != 4 && *codeLength != 6) {
        return ApiError::invalidInput(u"code_length"_s,
                                      tr("The code length must be %1 or %2 digits.").arg(4).arg(6));
    }
    return std::nullopt;
}

std::optional<ApiError> PinRequest::timingError() const
{
    if (pinExpiry && (*pinExpiry < 60 || *pinExpiry > 3600)) {
        return ApiError::invalidInput(
            u"pin_expiry"_s,
            tr("The PIN expiry must be between %1 and %2 seconds.").arg(60).arg(3600));
    }
    if (nextEventWait && (*nextEventWait < 60 || *nextEventWait > 900)) {
        return ApiError::invalidInput(
            u"next_event_wait"_s,
            tr("The wait before the next message must be between %1 and %2 seconds.")
                .arg(60)
                .arg(900));
    }
    return std::nullopt;
}

std::optional<ApiError> PinRequest::workflowError() const
{
    if (workflowId && (*workflowId < 1 || *workflowId > 7)) {
        return ApiError::invalidInput(u"workflow_id"_s,
                                      tr("The workflow must be between %1 and %2.").arg(1).arg(7));
    }
    return std::nullopt;
}
