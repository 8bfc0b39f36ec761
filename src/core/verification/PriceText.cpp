#include "PriceText.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

int PriceText::decimals(const QString &price)
{
    // The server writes prices with a dot whatever the locale; a comma would be ambiguous.
    static const QRegularExpression plainDecimal(u"^[+-]?\\d+(\\.\\d+)?$"_s);
    const QString text = price.trimmed();
    if (!plainDecimal.match(text).hasMatch())
        return -1;
    const qsizetype dot = text.indexOf(u'.');
    qsizetype significant = 0;
    if (dot >= 0) {
        qsizetype end = text.size();
        while (end > dot + 1 && text.at(end - 1) == u'0')
            --end;
        significant = end - dot - 1;
    }
    return static_cast<int>(std::clamp<qsizetype>(significant, 2, kMaxDecimals));
}

QString PriceText::format(const QString &price, const QString &currency)
{
    const QString text = price.trimmed();
    if (text.isEmpty())
        return {};
    const int places = decimals(text);
    QString amount = places < 0 ? text : QLocale().toString(text.toDouble(), 'f', places);
    if (currency.trimmed().isEmpty())
        return amount;
    //: An amount and its currency code, e.g. "0.10 EUR"
    return tr("%1 %2").arg(amount, currency.trimmed());
}
