#pragma once

#include <QCoreApplication>
#include <QString>

// The price of a request as the user reads it: the server's exact decimal string (Verify sends
// "0.10000000") in the user's locale, with the digits that matter and at least cents.
class PriceText
{
    Q_DECLARE_TR_FUNCTIONS(PriceText)

public:
    // "0.10000000", "EUR" → "0.10 EUR" in English, "0,10 EUR" in Dutch; "0.0525" keeps its four
    // decimals. A price that is not a plain decimal number is shown as it came; an empty price
    // gives an empty text.
    static QString format(const QString &price, const QString &currency);

    // The decimals `price` is shown with: its significant ones, at least 2, at most kMaxDecimals;
    // -1 when `price` is not a plain decimal number ("12", "-0.5", "0.0525"; not "1e-3", "0,10").
    static int decimals(const QString &price);

    // Beyond this a double no longer holds the server's digits exactly; no price has that many.
    static constexpr int kMaxDecimals = 12;
};
