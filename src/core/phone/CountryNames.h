#pragma once

#include <QLocale>
#include <QString>

// Country and region names in the user interface's language, from ICU's locale data: Qt knows
// them only in English ("Germany" where Dutch reads "Duitsland").
class CountryNames
{
public:
    // The name of the ISO 3166 region `region` ("DE") in the language of `uiLocale`. Falls back
    // to Qt's English name when ICU has none, and to the code itself for an unknown region.
    static QString displayName(const QString &region, const QLocale &uiLocale = QLocale());
};
