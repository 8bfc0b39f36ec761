#include "CountryNames.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

QString CountryNames::displayName(const QString &region, const QLocale &uiLocale)
{
    const QByteArray code = region.trimmed().toUpper().toLatin1();
    if (code.isEmpty())
        return {};
    // "nl_NL", "en_US": ICU reads Qt's locale names as they are.
    const icu::Locale language(uiLocale.name().toLatin1().constData());
    const icu::Locale place("", code.constData());
    icu::UnicodeString name;
    place.getDisplayCountry(language, name);
    // Without a name for the region ICU gives the code back.
    if (!name.isBogus() && !name.isEmpty()
        && name != icu::UnicodeString::fromUTF8(code.constData()))
        return QString::fromUtf16(name.getBuffer(), name.length());
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    return territory == QLocale::AnyTerritory ? region : QLocale::territoryToString(territory);
}
