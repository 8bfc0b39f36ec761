#include "PhoneNumber.h"

#include "Logging.h"

#include <QLocale>

#include <phonenumbers/phonenumberutil.h>
#include <string>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// Digits, white space and the separators people write numbers with; anything else (letters
// above all) means the text is not a plain phone number.
bool hasOnlyPhoneCharacters(const QString &input)
{
    for (const QChar c : input) {
        if (c.isDigit() || c.isSpace() || c.category() == QChar::Punctuation_Dash)
            continue;
        switch (c.unicode()) {
        case u'+':
        case u'(':
        case u')':
        case u'.':
        case u'/':
            continue;
        default:
            return false;
        }
    }
    return true;
}

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

} // namespace

PhoneNumber PhoneNumber::parse(const QString &input, const QString &defaultRegion)
{
    PhoneNumber result;
    result.m_input = input;
    const QString region = defaultRegion.trimmed().toUpper();
    result.m_errorRegion = region;

    if (input.trimmed().isEmpty()) {
        result.m_error = Error::Empty;
        return result;
    }
    if (!hasOnlyPhoneCharacters(input)) {
        result.m_error = Error::NotANumber;
        return result;
    }

    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const auto parseError = util.Parse(input.toStdString(), region.toStdString(), &number);
    if (parseError != PhoneNumberUtil::NO_PARSING_ERROR) {
        result.m_error = errorFrom(parseError);
        qCDebug(lcPhone) << "phone number not parsed, error" << int(parseError);
        return result;
    }

    std::string numberRegion;
    util.GetRegionCodeForCountryCode(number.country_code(), &numberRegion);
    if (numberRegion != "ZZ" && numberRegion != "001")
        result.m_errorRegion = QString::fromStdString(numberRegion);

    if (!util.IsValidNumber(number)) {
        result.m_error = invalidReason(util, number);
        return result;
    }

    result.m_error = Error::None;
    result.m_type = typeFrom(util.GetNumberType(number));
    result.m_e164 = format(util, number, PhoneNumberUtil::E164);
    result.m_national = format(util, number, PhoneNumberUtil::NATIONAL);
    result.m_international = format(util, number, PhoneNumberUtil::INTERNATIONAL);
    result.m_countryCallingCode = number.country_code();
    std::string regionOfNumber;
    util.GetRegionCodeForNumber(number, &regionOfNumber);
    result.m_regionCode = QString::fromStdString(regionOfNumber);
    if (result.m_regionCode == u"ZZ"_s || result.m_regionCode == u"001"_s)
        result.m_regionCode.clear(); // non-geographic numbers (+800, +882 …) have no region
    return result;
}

QString PhoneNumber::errorText() const
{
    return errorText(m_error, m_errorRegion);
}

QString PhoneNumber::errorText(Error error, const QString &regionCode)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("Enter a phone number.");
    case Error::NotANumber:
        return tr("This is not a phone number. Use digits only, optionally starting with + and "
                  "the country code.");
    case Error::InvalidCountryCode:
        return tr("The country code is not known. Start an international number with + or 00 "
                  "followed by a valid country code.");
    case Error::TooShort:
        return tr("This phone number is too short.");
    case Error::TooLong:
        return tr("This phone number is too long.");
    case Error::NotValidForRegion: {
        const QLocale::Territory territory = QLocale::codeToTerritory(regionCode);
        if (territory == QLocale::AnyTerritory)
            return tr("This phone number does not exist.");
        return tr("This is not an existing phone number in %1.")
            .arg(QLocale::territoryToString(territory));
    }
    }
    return {};
}

QString PhoneNumber::typeName(Type type)
{
    switch (type) {
    case Type::Mobile:
        return tr("mobile");
    case Type::FixedLine:
        return tr("landline");
    case Type::FixedLineOrMobile:
        return tr("landline or mobile");
    case Type::TollFree:
        return tr("toll-free");
    case Type::PremiumRate:
        return tr("premium rate");
    case Type::SharedCost:
        return tr("shared cost");
    case Type::Voip:
        return tr("internet telephony (VoIP)");
    case Type::Personal:
        return tr("personal number");
    case Type::Pager:
        return tr("pager");
    case Type::Uan:
        return tr("company number (UAN)");
    case Type::Voicemail:
        return tr("voicemail");
    case Type::Unknown:
        break;
    }
    return tr("unknown");
}

bool PhoneNumber::canReceiveSms() const
{
    return isValid() && (m_type == Type::Mobile || m_type == Type::FixedLineOrMobile);
}

QString PhoneNumber::e164Digits() const
{
    return m_e164.startsWith(u'+') ? m_e164.mid(1) : m_e164;
}
