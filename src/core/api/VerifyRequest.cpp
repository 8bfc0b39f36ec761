#include "VerifyRequest.h"

using namespace Qt::StringLiterals;

const QStringList &VerifyRequest::languages()
{
    // vonage-verify-v1.openapi.yml, the request's lg.
    static const QStringList list {
        u"ar-xa"_s, u"cs-cz"_s,  u"cy-cy"_s, u"cy-gb"_s, u"da-dk"_s, u"de-de"_s, u"el-gr"_s,
        u"en-au"_s, u"en-gb"_s,  u"en-in"_s, u"en-us"_s, u"es-es"_s, u"es-mx"_s, u"es-us"_s,
        u"fi-fi"_s, u"fil-ph"_s, u"fr-ca"_s, u"fr-fr"_s, u"hi-in"_s, u"hu-hu"_s, u"id-id"_s,
        u"is-is"_s, u"it-it"_s,  u"ja-jp"_s, u"ko-kr"_s, u"nb-no"_s, u"nl-nl"_s, u"pl-pl"_s,
        u"pt-br"_s, u"pt-pt"_s,  u"ro-ro"_s, u"ru-ru"_s, u"sv-se"_s, u"th-th"_s, u"tr-tr"_s,
        u"vi-vn"_s, u"yue-cn"_s, u"zh-cn"_s, u"zh-tw"_s,
    };
    return list;
}

std::optional<ApiError> VerifyRequest::validate() const
{
    QString digits = number.trimmed();
    if (digits.startsWith(u'+'))
        digits.remove(0, 1);
    const bool allDigits = !digits.isEmpty()
        && std::all_of(digits.cbegin(), digits.cend(),
                       [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!allDigits || digits.size() < 7 || digits.size() > 15) {
        return ApiError::invalidInput(
            u"number"_s,
            tr("The phone number must be 7 to 15 digits in international form, such as "
               "31612345678 (no spaces; a leading + is allowed)."));
    }
    if (brand.trimmed().isEmpty() || brand.size() > 18) {
        return ApiError::invalidInput(
            u"brand"_s,
            tr("The brand must be 1 to %1 characters; it is shown in the message.").arg(18));
    }
    if (!country.isEmpty()
        && (country.size() != 2 || !country.at(0).isLetter() || !country.at(1).isLetter())) {
        return ApiError::invalidInput(
            u"country"_s, tr("The country must be a two-letter code such as NL, or empty."));
    }
    if (senderId.size() > 11) {
        return ApiError::invalidInput(u"sender_id"_s,
                                      tr("The sender id must be at most %1 characters.").arg(11));
    }
    if (codeLength && *codeLength != 4 && *codeLength != 6) {
        return ApiError::invalidInput(u"code_length"_s,
                                      tr("The code length must be %1 or %2 digits.").arg(4).arg(6));
    }
    if (!language.isEmpty() && !languages().contains(language)) {
        return ApiError::invalidInput(
            u"lg"_s,
            tr("The language \u201c%1\u201d is not one the Verify service offers; choose one "
               "from the list, such as nl-nl, or leave it empty.")
                .arg(language));
    }
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
    if (workflowId && (*workflowId < 1 || *workflowId > 7)) {
        return ApiError::invalidInput(u"workflow_id"_s,
                                      tr("The workflow must be between %1 and %2.").arg(1).arg(7));
    }
    return std::nullopt;
}
