#include "PinRequest.h"

#include "SpecLanguages.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QStringList PinRequest::languagesOf(Kind kind)
{
    return SpecLanguages::of(kind == Kind::Verification ? SpecLanguages::Call::Request
                                                        : SpecLanguages::Call::Psd2);
}

QString PinRequest::sentNumber() const
{
    QString digits = number.trimmed();
    if (digits.startsWith(u'+'))
        digits.remove(0, 1);
    return digits;
}

QList<std::pair<QString, QVariant>> PinRequest::sentOptions() const
{
    QList<std::pair<QString, QVariant>> options;
    if (codeLength)
        options.append({u"code_length"_s, *codeLength});
    if (!language.isEmpty())
        options.append({u"lg"_s, language});
    if (pinExpiry)
        options.append({u"pin_expiry"_s, *pinExpiry});
    if (nextEventWait)
        options.append({u"next_event_wait"_s, *nextEventWait});
    if (workflowId)
        options.append({u"workflow_id"_s, *workflowId});
    return options;
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
    if (codeLength && *codeLength != SpecLimits::kShortCodeLength
        && *codeLength != SpecLimits::kLongCodeLength) {
        return ApiError::invalidInput(u"code_length"_s,
                                      tr("The code length must be %1 or %2 digits.")
                                          .arg(SpecLimits::kShortCodeLength)
                                          .arg(SpecLimits::kLongCodeLength));
    }
    return std::nullopt;
}

namespace {

// The InvalidInput error of `parameter` when `value` is set and outside min..max; `sentence` names
// the limits as %1 and %2.
std::optional<ApiError> outsideError(const std::optional<int> &value, int min, int max,
                                     const QString &parameter, const QString &sentence)
{
    if (value && (*value < min || *value > max))
        return ApiError::invalidInput(parameter, sentence.arg(min).arg(max));
    return std::nullopt;
}

} // namespace

std::optional<ApiError> PinRequest::timingError() const
{
    if (auto error =
            outsideError(pinExpiry, SpecLimits::kMinPinExpiry, SpecLimits::kMaxPinExpiry,
                         u"pin_expiry"_s, tr("The PIN expiry must be between %1 and %2 seconds.")))
        return error;
    return outsideError(nextEventWait, SpecLimits::kMinNextEventWait, SpecLimits::kMaxNextEventWait,
                        u"next_event_wait"_s,
                        tr("The wait before the next message must be between %1 and %2 seconds."));
}

std::optional<ApiError> PinRequest::languageError(const QStringList &accepted,
                                                  const QString &sentence) const
{
    if (!language.isEmpty() && !accepted.contains(language))
        return ApiError::invalidInput(u"lg"_s, sentence.arg(language));
    return std::nullopt;
}

std::optional<ApiError> PinRequest::workflowError() const
{
    return outsideError(workflowId, SpecLimits::kMinWorkflowId, SpecLimits::kMaxWorkflowId,
                        u"workflow_id"_s, tr("The workflow must be between %1 and %2."));
}
