// libverifydesk_phonenumber: phone::Engine over libphonenumber, loaded by phone::engine().

#include "PhoneEngine.h"

#include <QtGlobal>

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>
#include <string>

using i18n::phonenumbers::AsYouTypeFormatter;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

PhoneNumber::Type typeFrom(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::MOBILE:
        return PhoneNumber::Type::Mobile;
    case PhoneNumberUtil::FIXED_LINE:
        return PhoneNumber::Type::FixedLine;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return PhoneNumber::Type::FixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE:
        return PhoneNumber::Type::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE:
        return PhoneNumber::Type::PremiumRate;
    case PhoneNumberUtil::SHARED_COST:
        return PhoneNumber::Type::SharedCost;
    case PhoneNumberUtil::VOIP:
        return PhoneNumber::Type::Voip;
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return PhoneNumber::Type::Personal;
    case PhoneNumberUtil::PAGER:
        return PhoneNumber::Type::Pager;
    case PhoneNumberUtil::UAN:
        return PhoneNumber::Type::Uan;
    case PhoneNumberUtil::VOICEMAIL:
        return PhoneNumber::Type::Voicemail;
    case PhoneNumberUtil::UNKNOWN:
        break;
    }
    return PhoneNumber::Type::Unknown;
}

PhoneNumber::Error errorFrom(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        return PhoneNumber::Error::None;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return PhoneNumber::Error::InvalidCountryCode;
    case PhoneNumberUtil::NOT_A_NUMBER:
        return PhoneNumber::Error::NotANumber;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return PhoneNumber::Error::TooShort;
    case PhoneNumberUtil::TOO_LONG_NSN:
        return PhoneNumber::Error::TooLong;
    }
    return PhoneNumber::Error::NotANumber;
}

// Why a parsed number is not valid. libphonenumber's own length check is lenient (in NL it
// deems five digits "possible"), so the lengths of mobile and fixed-line numbers of the region
// decide between too short, too long and simply not existing.
PhoneNumber::Error invalidReason(const PhoneNumberUtil &util,
                                 const i18n::phonenumbers::PhoneNumber &number)
{
    switch (util.IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return PhoneNumber::Error::InvalidCountryCode;
    case PhoneNumberUtil::TOO_SHORT:
        return PhoneNumber::Error::TooShort;
    case PhoneNumberUtil::TOO_LONG:
        return PhoneNumber::Error::TooLong;
    default:
        break;
    }
    const auto mobile = util.IsPossibleNumberForTypeWithReason(number, PhoneNumberUtil::MOBILE);
    const auto fixed = util.IsPossibleNumberForTypeWithReason(number, PhoneNumberUtil::FIXED_LINE);
    const auto possible = [](PhoneNumberUtil::ValidationResult r) {
        return r == PhoneNumberUtil::IS_POSSIBLE || r == PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY;
    };
    if (possible(mobile) || possible(fixed))
        return PhoneNumber::Error::NotValidForRegion;
    if (mobile == PhoneNumberUtil::TOO_SHORT && fixed == PhoneNumberUtil::TOO_SHORT)
        return PhoneNumber::Error::TooShort;
    if (mobile != PhoneNumberUtil::TOO_SHORT && fixed != PhoneNumberUtil::TOO_SHORT
        && (mobile == PhoneNumberUtil::TOO_LONG || fixed == PhoneNumberUtil::TOO_LONG))
        return PhoneNumber::Error::TooLong;
    return PhoneNumber::Error::NotValidForRegion;
}

QString format(const PhoneNumberUtil &util, const i18n::phonenumbers::PhoneNumber &number,
               PhoneNumberUtil::PhoneNumberFormat form)
{
    std::string out;
    util.Format(number, form, &out);
    return QString::fromStdString(out);
}

class AsYouTypeOverLibPhoneNumber final : public phone::AsYouType
{
public:
    explicit AsYouTypeOverLibPhoneNumber(const QString &region)
        : m_formatter(PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter(region.toStdString()))
    { }

    QString format(const QString &significant, qsizetype rememberAfter,
                   int *rememberedBytes) override
    {
        m_formatter->Clear();
        std::string result;
        for (qsizetype i = 0; i < significant.size(); ++i) {
            const auto c = static_cast<i18n::phonenumbers::char32>(significant.at(i).unicode());
            if (i == rememberAfter)
                m_formatter->InputDigitAndRememberPosition(c, &result);
            else
                m_formatter->InputDigit(c, &result);
        }
        if (rememberedBytes)
            *rememberedBytes = rememberAfter < 0 ? 0 : m_formatter->GetRememberedPosition();
        return QString::fromStdString(result);
    }

private:
    std::unique_ptr<AsYouTypeFormatter> m_formatter;
};

class LibPhoneNumberEngine final : public phone::Engine
{
public:
    phone::Parsed parse(const QString &input, const QString &region) const override
    {
        phone::Parsed result;
        const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
        i18n::phonenumbers::PhoneNumber number;
        const auto parseError = util.Parse(input.toStdString(), region.toStdString(), &number);
        if (parseError != PhoneNumberUtil::NO_PARSING_ERROR) {
            result.error = errorFrom(parseError);
            result.parseError = int(parseError);
            return result;
        }

        std::string callingCodeRegion;
        util.GetRegionCodeForCountryCode(number.country_code(), &callingCodeRegion);
        if (callingCodeRegion != "ZZ" && callingCodeRegion != "001")
            result.callingCodeRegion = QString::fromStdString(callingCodeRegion);

        if (!util.IsValidNumber(number)) {
            result.error = invalidReason(util, number);
            return result;
        }

        result.error = PhoneNumber::Error::None;
        result.valid.type = typeFrom(util.GetNumberType(number));
        result.valid.e164 = format(util, number, PhoneNumberUtil::E164);
        result.valid.national = format(util, number, PhoneNumberUtil::NATIONAL);
        result.valid.international = format(util, number, PhoneNumberUtil::INTERNATIONAL);
        result.valid.countryCallingCode = number.country_code();
        std::string regionOfNumber;
        util.GetRegionCodeForNumber(number, &regionOfNumber);
        // Non-geographic numbers (+800, +882 …) have no region.
        if (regionOfNumber != "ZZ" && regionOfNumber != "001")
            result.valid.regionCode = QString::fromStdString(regionOfNumber);
        return result;
    }

    std::unique_ptr<phone::AsYouType> asYouType(const QString &region) const override
    {
        return std::make_unique<AsYouTypeOverLibPhoneNumber>(region);
    }

    PhoneNumber::RegionDialling regionDialling(const QString &region) const override
    {
        const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
        const std::string code = region.toStdString();
        std::string prefix;
        util.GetNddPrefixForRegion(code, true, &prefix);
        return {util.GetCountryCodeForRegion(code), QString::fromStdString(prefix)};
    }
};

} // namespace

extern "C" Q_DECL_EXPORT const phone::Engine *verifydesk_phone_engine()
{
    static const LibPhoneNumberEngine engine;
    return &engine;
}
