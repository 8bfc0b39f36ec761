#pragma once

#include "api/ApiFlavour.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QUrl>

#include <optional>

// One set of endpoints, credentials (the client id only: the secret lives in SecretStore), request
// defaults and connection options the app talks to the API with. A plain value, like ApiConfig.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    enum class Kind {
        Sandbox, // built in: the in-process simulator; its URLs are only known at run time
        KpnProduction, // pre-filled with KPN's endpoints; costs money
        Custom, // any endpoints, either flavour
        Vonage, // the vendor's own API: its base URL, API key and secret; costs money
    };

    enum class ProxyMode {
        System, // the platform's proxy settings
        None, // direct connection
        Manual, // proxyHost:proxyPort (HTTP proxy)
    };

    // The fields validate() can complain about, so that the message goes next to the right widget.
    enum class Field {
        Name,
        TokenUrl,
        ApiBaseUrl,
        ClientId,
        Brand,
        Country,
        CodeLength,
        Language,
        WorkflowId,
        PinExpiry,
        NextEventWait,
        SenderId,
        Timeout,
        ProxyHost,
        ProxyPort,
        CaFile,
        Colour,
    };
    // Translated, one sentence per field in error; empty when the profile is valid.
    using Errors = QMap<Field, QString>;

    // The options a verification request starts with; the user may change them per request.
    struct RequestDefaults
    {
        QString brand; // shown in the message, <= 18 characters; may be empty here
        QString country; // ISO 3166 alpha-2 or empty
        int codeLength = 4; // 4 or 6
        QString language; // lg, e.g. "nl-nl"; empty: the API picks from the number
        int workflowId = 1; // 1..7
        int pinExpirySeconds = 300; // pin_expiry, 60..3600
        int nextEventWaitSeconds = 300; // next_event_wait, 60..900
        QString senderId; // sender_id, <= 11 characters; empty: the API's default

        friend bool operator==(const RequestDefaults &a, const RequestDefaults &b)
        {
            return a.brand == b.brand && a.country == b.country && a.codeLength == b.codeLength
                && a.language == b.language && a.workflowId == b.workflowId
                && a.pinExpirySeconds == b.pinExpirySeconds
                && a.nextEventWaitSeconds == b.nextEventWaitSeconds && a.senderId == b.senderId;
        }
        friend bool operator!=(const RequestDefaults &a, const RequestDefaults &b)
        {
            return !(a == b);
        }
    };

    static constexpr int kMinTimeoutSeconds = 1;
    static constexpr int kMaxTimeoutSeconds = 300;

    static QString sandboxId(); // "sandbox"
    static QString kpnProductionId(); // "kpn-production"
    static QUrl kpnTokenUrl();
    static QUrl kpnApiBaseUrl();
    // The vendor's API (https://api.nexmo.com), whose routes are /verify/json and so on.
    static QUrl vonageApiBaseUrl();
    // The flavour a kind speaks whatever is stored (KPN production: KPN's; Vonage: the vendor's);
    // nullopt for the kinds that speak either (the Sandbox, custom profiles).
    static std::optional<ApiFlavour> fixedFlavour(Kind kind);
    // The banner red of every production profile ("#c62828"); no colour choice overrides it.
    static QString productionColour();
    // The banner green used when a profile's colour is not a valid "#rrggbb" ("#1a7f37").
    static QString defaultColour();

    // The built-in Sandbox profile: no URLs (the app fills them from the server it starts), no
    // client id (the sandbox's own is used). It can be edited but never deleted.
    static Profile sandbox();
    // KPN production, with KPN's token and Verify URLs and the production flag on.
    static Profile kpnProduction();
    // A new custom profile with a fresh id.
    static Profile custom(const QString &name);
    // A new profile for the vendor's API with a fresh id: its base URL, the vendor's flavour (API
    // key and secret, no token URL) and the production flag on.
    static Profile vonage(const QString &name);

    QString id;
    QString name;
    Kind kind = Kind::Custom;
    QUrl tokenUrl;
    QUrl apiBaseUrl;
    QString clientId; // the consumer key
    // What the profile speaks: KPN's OAuth routes or the vendor's API key routes.
    ApiFlavour flavour = ApiFlavour::KpnOAuth;
    RequestDefaults defaults;
    int timeoutSeconds = 15;
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    int proxyPort = 0;
    QString caFile; // extra PEM CA certificates; empty: the system's
    QString colour; // "#rrggbb", the banner colour chosen for when the profile is not production
    bool production = false; // ask before anything that sends an SMS or makes a call

    bool isSandbox() const { return kind == Kind::Sandbox; }
    bool isRemovable() const { return kind != Kind::Sandbox; }
    // Whether the profile gets a token from its token URL (KPN's flavour) or sends its API key
    // and secret with every call (the vendor's).
    bool usesTokenUrl() const { return flavour == ApiFlavour::KpnOAuth; }
    // The colour to show: productionColour() when production, else colour or defaultColour().
    QString bannerColour() const;

    // Checks every field; reads caFile from disk when one is given (a small local file).
    Errors validate() const;
    bool isValid() const { return validate().isEmpty(); }

    // A translated label of the field, for messages that list them.
    static QString fieldName(Field field);
    static QString kindName(Kind kind);

    friend bool operator==(const Profile &a, const Profile &b);
    friend bool operator!=(const Profile &a, const Profile &b) { return !(a == b); }
};
