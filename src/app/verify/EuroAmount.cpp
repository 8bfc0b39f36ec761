#include "EuroAmount.h"

#include <cmath>

using namespace Qt::StringLiterals;

QString EuroAmount::display(qint64 cents, const QLocale &locale)
{
    return locale.toCurrencyString(double(cents) / 100, u"\u20ac"_s, 2);
}

QString EuroAmount::edit(qint64 cents, const QLocale &locale)
{
    return locale.toString(double(cents) / 100, 'f', 2);
}

std::optional<qint64> EuroAmount::parse(const QString &text, const QLocale &locale)
{
    QString number = text;
    number.remove(u'\u20ac');
    number.remove(u"EUR"_s, Qt::CaseInsensitive);
    // A space, a no-break space or a narrow one may stand between the sign and the digits.
    number.remove(u' ').remove(u'\u00a0').remove(u'\u202f');
    if (number.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = locale.toDouble(number, &ok);
    if (!ok)
        value = QLocale::c().toDouble(number, &ok);
    if (!ok || !std::isfinite(value) || value < 0 || value >= 1e13)
        return std::nullopt;
    const double cents = value * 100;
    const auto rounded = static_cast<qint64>(std::llround(cents));
    // Whole cents only: 48.505 is not an amount a bank would confirm.
    if (std::abs(cents - double(rounded)) > 0.05)
        return std::nullopt;
    return rounded;
}
