#pragma once

#include <QString>

// A correct code: the verification succeeded. Money stays as the exact decimal text the server
// wrote ("0.10000000"); format it for display, never compute with a double.
struct CheckResult
{
    QString requestId;
    QString eventId;
    QString price;
    QString currency;
    QString estimatedPriceMessagesSent;
};
