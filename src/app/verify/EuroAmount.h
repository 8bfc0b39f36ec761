#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// A payment's amount in euro cents as the desk shows and reads it: currency formatting in the
// user's locale ("€ 48,50" in Dutch, "€48.50" in English), and what an agent types ("48,50",
// "48.50", "€ 1.234,50").
class EuroAmount
{
public:
    // The amount in the locale's currency format with the euro sign and two decimals.
    static QString display(qint64 cents, const QLocale &locale = QLocale());
    // The amount in the locale's number format without a currency ("48,50"), for the field.
    static QString edit(qint64 cents, const QLocale &locale = QLocale());
    // The cents of a typed amount: the locale's format first, then a point as the decimal
    // separator; a euro sign or "EUR" around it is allowed. Nothing when it is not an amount of
    // whole cents (more than two decimals, letters, a negative number).
    static std::optional<qint64> parse(const QString &text, const QLocale &locale = QLocale());
};
