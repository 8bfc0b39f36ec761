// PhoneNumber::parse and PhoneNumberFormatter on what a person may type. The first byte picks the
// default region; the rest is UTF-8 text.
#include "FuzzSupport.h"
#include "phone/PhoneNumber.h"
#include "phone/PhoneNumberFormatter.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

const std::array<QString, 12> kRegions {u"NL"_s, u"BE"_s, u"DE"_s, u"GB"_s, u"US"_s, u"FR"_s,
                                        u"AR"_s, u"IT"_s, u"IN"_s, u"JP"_s, u"ZZ"_s, u""_s};

// Digits and a leading '+' as the formatter counts them.
QString significant(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        const int value = c.digitValue();
        if (value >= 0)
            result.append(QChar(u'0' + value));
        else if (c == u'+' && result.isEmpty())
            result.append(c);
    }
    return result;
}

void checkParse(const QString &input, const QString &region)
{
    const PhoneNumber number = PhoneNumber::parse(input, region);
    const QString context = u"input \"%1\" region %2"_s.arg(input, region);
    FUZZ_CHECK(number.input() == input, context);
    FUZZ_CHECK(number.isValid() == (number.error() == PhoneNumber::Error::None), context);
    if (!number.isValid()) {
        FUZZ_CHECK(!number.errorText().isEmpty(), context);
        // Nothing of an invalid number can reach the API.
        FUZZ_CHECK(number.e164().isEmpty() && number.e164Digits().isEmpty()
                       && number.nationalFormat().isEmpty()
                       && number.internationalFormat().isEmpty(),
                   context);
        return;
    }
    FUZZ_CHECK(number.errorText().isEmpty(), context);
    const QString e164 = number.e164();
    FUZZ_CHECK(e164.size() >= 3 && e164.startsWith(u'+'), context + e164);
    for (qsizetype i = 1; i < e164.size(); ++i)
        FUZZ_CHECK(e164.at(i) >= u'0' && e164.at(i) <= u'9', context + e164);
    FUZZ_CHECK(number.e164Digits() == e164.mid(1), context + e164);
    FUZZ_CHECK(number.countryCallingCode() > 0
                   && e164.mid(1).startsWith(QString::number(number.countryCallingCode())),
               context + e164);
    // Only the non-geographic calling codes (international freephone, satellite, …) have no region.
    static const QList<int> nonGeographic = {800, 808, 870, 878, 881, 882, 883, 888, 979};
    FUZZ_CHECK(!number.regionCode().isEmpty()
                   || nonGeographic.contains(number.countryCallingCode()),
               context + e164);
    // The forms the app shows and sends read back as the same number.
    for (const QString &form : {e164, number.internationalFormat()}) {
        const PhoneNumber again = PhoneNumber::parse(form, region);
        FUZZ_CHECK(again.isValid() && again.e164() == e164,
                   context + u" -> %1 -> %2"_s.arg(form, again.e164()));
    }
    // The national format is not read back: libphonenumber's Argentinian national form
    // ("011 15-…") does not parse as the same number.
}

void checkFormatter(const QString &typed, const QString &region, int cursor)
{
    PhoneNumberFormatter formatter(region);
    int position = cursor;
    const QString formatted = formatter.format(typed, &position);
    const QString context = u"typed \"%1\" region %2 cursor %3"_s.arg(typed, region).arg(cursor);
    FUZZ_CHECK(position >= 0 && position <= formatted.size(),
               context + u" -> \"%1\" at %2"_s.arg(formatted).arg(position));
    // Formatting never invents digits: what it shows is the typed digits in order, with
    // separators. (libphonenumber drops some, e.g. Argentina's "15" mobile token after "011".)
    const QString typedDigits = significant(typed);
    const QString formattedDigits = significant(formatted);
    qsizetype matched = 0;
    for (qsizetype i = 0; i < typedDigits.size() && matched < formattedDigits.size(); ++i) {
        if (typedDigits.at(i) == formattedDigits.at(matched))
            ++matched;
    }
    FUZZ_CHECK(matched == formattedDigits.size(),
               context + u" -> \"%1\" (%2 vs %3)"_s.arg(formatted, formattedDigits, typedDigits));
    // Formatting what was formatted changes nothing.
    const QString twice = formatter.format(formatted);
    FUZZ_CHECK(twice == formatted, context + u" -> \"%1\" -> \"%2\""_s.arg(formatted, twice));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 256)
        return 0;
    const QString region = kRegions[data[0] % kRegions.size()];
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1,
                                            static_cast<qsizetype>(size - 1));
    checkParse(input, region);
    checkFormatter(input, region, static_cast<int>(data[0]) - 16);
    return 0;
}
