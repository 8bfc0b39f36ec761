#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// Times as the GUI shows them, in every area: the locale's own formats with seconds, in local
// time. A 12-hour locale keeps its AM/PM ("6:35:09 AM"); others read "06:35:09".
class TimeText
{
public:
    // A time of day with seconds, as in the PIN step's timeline and the Sandbox phone.
    static QString timeOfDay(const QDateTime &at, const QLocale &locale = QLocale());
    static QString timeOfDay(qint64 msSinceEpoch, const QLocale &locale = QLocale());
    // The locale's short date and the time of day with seconds, as in the History.
    static QString dateTime(const QDateTime &at, const QLocale &locale = QLocale());

    // A countdown in minutes and seconds: "4:05", "0:42".
    static QString countdown(int seconds);

    // The formats behind them (QLocale / QDateTime::toString syntax).
    static QString timeFormat(const QLocale &locale = QLocale());
    static QString dateTimeFormat(const QLocale &locale = QLocale());
};
