#include "PhoneNumber.h"

#include "CountryNames.h"
#include "EnumKeys.h"
#include "Logging.h"
#include "PhoneEngine.h"

#include <QLocale>

using namespace Qt::StringLiterals;

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

// The sentence for each error but NotValidForRegion, which names the region; none for None.
constexpr EnumName<PhoneNumber::Error> kErrorTexts[] = {
    {PhoneNumber::Error::Empty, QT_TRANSLATE_NOOP("PhoneNumber", "Enter a phone number.")},
    {PhoneNumber::Error::NotANumber,
     QT_TRANSLATE_NOOP("PhoneNumber",
                       "This is not a phone number. Use digits only, optionally "
                       "starting with + and the country code.")},
    {PhoneNumber::Error::InvalidCountryCode,
     QT_TRANSLATE_NOOP("PhoneNumber",
                       "The country code is not known. Start an international "
                       "number with + or 00 followed by a valid country code.")},
    {PhoneNumber::Error::TooShort,
     QT_TRANSLATE_NOOP("PhoneNumber", "This phone number is too short.")},
    {PhoneNumber::Error::TooLong,
     QT_TRANSLATE_NOOP("PhoneNumber", "This phone number is too long.")},
    {PhoneNumber::Error::ModuleMissing,
     QT_TRANSLATE_NOOP("PhoneNumber",
                       "Phone numbers cannot be read: the phone-number module of Verify Desk is "
                       "missing or damaged. Reinstall Verify Desk.")},
};

constexpr EnumName<PhoneNumber::Type> kTypeNames[] = {
    {PhoneNumber::Type::Mobile, QT_TRANSLATE_NOOP("PhoneNumber", "mobile")},
    {PhoneNumber::Type::FixedLine, QT_TRANSLATE_NOOP("PhoneNumber", "landline")},
    {PhoneNumber::Type::FixedLineOrMobile, QT_TRANSLATE_NOOP("PhoneNumber", "landline or mobile")},
    {PhoneNumber::Type::TollFree, QT_TRANSLATE_NOOP("PhoneNumber", "toll-free")},
    {PhoneNumber::Type::PremiumRate, QT_TRANSLATE_NOOP("PhoneNumber", "premium rate")},
    {PhoneNumber::Type::SharedCost, QT_TRANSLATE_NOOP("PhoneNumber", "shared cost")},
    {PhoneNumber::Type::Voip, QT_TRANSLATE_NOOP("PhoneNumber", "internet telephony (VoIP)")},
    {PhoneNumber::Type::Personal, QT_TRANSLATE_NOOP("PhoneNumber", "personal number")},
    {PhoneNumber::Type::Pager, QT_TRANSLATE_NOOP("PhoneNumber", "pager")},
    {PhoneNumber::Type::Uan, QT_TRANSLATE_NOOP("PhoneNumber", "company number (UAN)")},
    {PhoneNumber::Type::Voicemail, QT_TRANSLATE_NOOP("PhoneNumber", "voicemail")},
    {PhoneNumber::Type::Unknown, QT_TRANSLATE_NOOP("PhoneNumber", "unknown")},
};

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

    const phone::Parsed parsed = phone::engine().parse(input, region);
    result.m_error = parsed.error;
    if (parsed.parseError != 0)
        qCDebug(lcPhone) << "phone number not parsed, error" << parsed.parseError;
    if (!parsed.callingCodeRegion.isEmpty())
        result.m_errorRegion = parsed.callingCodeRegion;
    if (parsed.error != Error::None)
        return result;
    result.m_valid = parsed.valid;
    return result;
}

PhoneNumber::RegionDialling PhoneNumber::regionDialling(const QString &regionCode)
{
    return phone::engine().regionDialling(regionCode.trimmed().toUpper());
}

QString PhoneNumber::errorText() const
{
    return errorText(m_error, m_errorRegion);
}

QString PhoneNumber::errorText(Error error, const QString &regionCode)
{
    if (error != Error::NotValidForRegion)
        return nameOf("PhoneNumber", kErrorTexts, error);
    if (QLocale::codeToTerritory(regionCode) == QLocale::AnyTerritory)
        return tr("This phone number does not exist.");
    return tr("This is not an existing phone number in %1.")
        .arg(CountryNames::displayName(regionCode));
}

QString PhoneNumber::typeName(Type type)
{
    return nameOf("PhoneNumber", kTypeNames, type);
}

bool PhoneNumber::canReceiveSms() const
{
    return isValid() && (m_valid.type == Type::Mobile || m_valid.type == Type::FixedLineOrMobile);
}

QString PhoneNumber::e164Digits() const
{
    return m_valid.e164.startsWith(u'+') ? m_valid.e164.mid(1) : m_valid.e164;
}
