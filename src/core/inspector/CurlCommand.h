#pragma once

#include "api/ExchangeLog.h"

#include <QCoreApplication>
#include <QString>

// Copies one recorded exchange as a bash cURL command that makes the same call. Secrets stay
// out of it: the access token is "$KPN_TOKEN", the client secret "$KPN_CLIENT_SECRET", the vendor's
// API key and secret "$VONAGE_API_KEY:$VONAGE_API_SECRET", and a masked PIN stays masked unless
// the caller passes the revealed one.
class CurlCommand
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)

public:
    static QString tokenVariable() { return QStringLiteral("KPN_TOKEN"); }
    static QString clientSecretVariable() { return QStringLiteral("KPN_CLIENT_SECRET"); }
    static QString clientIdVariable() { return QStringLiteral("KPN_CLIENT_ID"); }
    // The vendor's API key and secret (a Vonage profile's Basic credentials or api_secret).
    static QString apiKeyVariable() { return QStringLiteral("VONAGE_API_KEY"); }
    static QString apiSecretVariable() { return QStringLiteral("VONAGE_API_SECRET"); }

    // Comment lines first (how to set the variables), then the command, one option a line.
    static QString fromEntry(const ExchangeLog::Entry &entry, const QString &revealedPin = {});

    // `text` as one bash word in single quotes.
    static QString quote(const QString &text);

    // What the command needs set or replaced before it runs.
    struct Needs
    {
        bool token = false; // $KPN_TOKEN
        bool secret = false; // $KPN_CLIENT_SECRET (and $KPN_CLIENT_ID)
        bool apiSecret = false; // $VONAGE_API_SECRET (and $VONAGE_API_KEY)
        bool pinMasked = false; // the PIN is still the mask
    };

private:
    static QStringList setupComments(const QString &url, const Needs &needs);
};
