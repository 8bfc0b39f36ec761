#pragma once

#include "ApiFlavour.h"

#include <QString>
#include <QUrl>

// Where and as whom the API client talks: one profile's endpoints, credentials and connection.
struct ApiConfig
{
    enum class ProxyMode {
        System, // the platform's proxy settings (http_proxy, no_proxy ...)
        None, // always a direct connection
        Manual, // proxyHost:proxyPort, an HTTP proxy
    };

    // How the profile authenticates and which routes it uses.
    ApiFlavour flavour = ApiFlavour::KpnOAuth;
    // The OAuth client-credentials endpoint (KpnOAuth only); grant_type=client_credentials is added
    // when missing.
    QUrl tokenUrl;
    // The Verify base, e.g. https://api-prd.kpn.com/communication/nexmo/verify
    QUrl apiBaseUrl;
    QString clientId;
    QString clientSecret;
    // Transfer timeout of every HTTP call: the call fails when no byte moves for this long.
    int timeoutMs = 15'000;

    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost; // Manual only
    int proxyPort = 0; // Manual only, 1..65535
    // Extra CA certificates (PEM), trusted on top of the system's; empty: the system's only.
    QString caFile;

    // The profile these settings belong to, stamped on every exchange in the log; `sandbox`
    // when it is the built-in Sandbox (whose PINs the inspector may reveal).
    QString profileName;
    bool sandbox = false;

    friend bool operator==(const ApiConfig &a, const ApiConfig &b)
    {
        return a.flavour == b.flavour && a.tokenUrl == b.tokenUrl && a.apiBaseUrl == b.apiBaseUrl
            && a.clientId == b.clientId && a.clientSecret == b.clientSecret
            && a.timeoutMs == b.timeoutMs && a.proxyMode == b.proxyMode
            && a.proxyHost == b.proxyHost && a.proxyPort == b.proxyPort && a.caFile == b.caFile
            && a.profileName == b.profileName && a.sandbox == b.sandbox;
    }
    friend bool operator!=(const ApiConfig &a, const ApiConfig &b) { return !(a == b); }
};
