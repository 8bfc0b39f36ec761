#include "TimeText.h"

using namespace Qt::StringLiterals;

namespace {

// `format` without its time zone ("t", "tt" … outside quoted literals) and what only framed it:
// "h:mm:ss AP t" → "h:mm:ss AP", "HH:mm:ss (t)" → "HH:mm:ss", "t HH:mm:ss" → "HH:mm:ss".
QString withoutTimeZone(const QString &format)
{
    QString out;
    out.reserve(format.size());
    bool quoted = false;
    for (const QChar c : format) {
        if (c == u'\'')
            quoted = !quoted;
        else if (!quoted && c == u't')
            continue;
        out.append(c);
    }
    for (const QString &frame : {u"()"_s, u"[]"_s})
        out.remove(frame);
    out = out.trimmed();
    while (out.endsWith(u',')) {
        out.chop(1);
        out = out.trimmed();
    }
    return out;
}

} // namespace

QString TimeText::timeOfDay(const QDateTime &at, const QLocale &locale)
{
    if (!at.isValid())
        return {};
    return locale.toString(at.toLocalTime().time(), timeFormat(locale));
}

QString TimeText::timeOfDay(qint64 msSinceEpoch, const QLocale &locale)
{
    return timeOfDay(QDateTime::fromMSecsSinceEpoch(msSinceEpoch), locale);
}

QString TimeText::countdown(int seconds)
{
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

QString TimeText::dateTime(const QDateTime &at, const QLocale &locale)
{
    if (!at.isValid())
        return {};
    return locale.toString(at.toLocalTime(), dateTimeFormat(locale));
}

QString TimeText::timeFormat(const QLocale &locale)
{
    // The long format is the locale's time with seconds; it ends (or starts) with the zone, which
    // is always the user's own here.
    return withoutTimeZone(locale.timeFormat(QLocale::LongFormat));
}

QString TimeText::dateTimeFormat(const QLocale &locale)
{
    // The locale's short date and time, its time given seconds.
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    const QString shortTime = locale.timeFormat(QLocale::ShortFormat);
    const qsizetype at = format.indexOf(shortTime);
    if (shortTime.isEmpty() || at < 0)
        return locale.dateFormat(QLocale::ShortFormat) + u' ' + timeFormat(locale);
    return format.replace(at, shortTime.size(), timeFormat(locale));
}
