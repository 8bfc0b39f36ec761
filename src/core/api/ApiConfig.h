#pragma once

#include <QString>
#include <QUrl>

// Where and as whom the API client talks: one profile's endpoints and credentials.
struct ApiConfig
{
    // The OAuth client-credentials endpoint; grant_type=client_credentials is added when missing.
    QUrl tokenUrl;
    // The Verify base, e.g. https://api-prd.kpn.com/communication/nexmo/verify
    QUrl apiBaseUrl;
    QString clientId;
    QString clientSecret;
    // Transfer timeout of every HTTP call: the call fails when no byte moves for this long.
    int timeoutMs = 15'000;
};
