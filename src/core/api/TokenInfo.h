#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// What the last token answer said besides the token itself: the API products the application may
// use and the token's lifetime (shown by "Test connection"). Never holds the token.
struct TokenInfo
{
    QStringList products; // from api_product_list_json, e.g. "Nexmo Verify"
    qint64 lifetimeSeconds = 0; // expires_in
    QDateTime issuedAt; // issued_at (UTC), invalid when the answer had none
    QString tokenType; // "Bearer"
    QString status; // "approved"
    QString applicationName;

    bool isValid() const { return lifetimeSeconds > 0; }
};
