#include "VerifyRequest.h"

using namespace Qt::StringLiterals;

VerifyRequest::VerifyRequest(const PinRequest &pin, const QString &brandName)
    : PinRequest(pin)
    , brand(brandName)
{ }

const QStringList &VerifyRequest::languages()
{
    static const QStringList list = languagesOf(Kind::Verification);
    return list;
}

std::optional<ApiError> VerifyRequest::validate() const
{
    if (std::optional<ApiError> error = numberError())
        return error;
    if (brand.trimmed().isEmpty() || brand.size() > SpecLimits::kMaxBrandLength) {
        return ApiError::invalidInput(
            u"brand"_s,
            tr("The brand must be 1 to %1 characters; it is shown in the message.")
                .arg(SpecLimits::kMaxBrandLength));
    }
    if (std::optional<ApiError> error = countryError())
        return error;
    if (senderId.size() > SpecLimits::kMaxSenderIdLength) {
        return ApiError::invalidInput(
            u"sender_id"_s,
            tr("The sender id must be at most %1 characters.").arg(SpecLimits::kMaxSenderIdLength));
    }
    if (std::optional<ApiError> error = codeLengthError())
        return error;
    if (std::optional<ApiError> error =
            languageError(languages(),
                          tr("The language \u201c%1\u201d is not one the Verify service offers; "
                             "choose one from the list, such as nl-nl, or leave it empty.")))
        return error;
    if (std::optional<ApiError> error = timingError())
        return error;
    return workflowError();
}
