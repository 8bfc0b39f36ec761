#include "Profile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslSocket>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// A CA file is small; anything bigger is not what the user meant to pick.
constexpr qint64 kMaxCaFileBytes = 4 * 1024 * 1024;

bool isColour(const QString &text)
{
    static const QRegularExpression pattern(u"^#[0-9A-Fa-f]{6}$"_s);
    return pattern.match(text).hasMatch();
}

bool isHttpUrlWithHost(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty();
}

} // namespace

QString Profile::sandboxId()
{
    return u"sandbox"_s;
}

QString Profile::kpnProductionId()
{
    return u"kpn-production"_s;
}

QUrl Profile::kpnTokenUrl()
{
    return QUrl(
        u"https://api-prd.kpn.com/oauth/client_credential/accesstoken?grant_type=client_credentials"_s);
}

QUrl Profile::kpnApiBaseUrl()
{
    return QUrl(u"https://api-prd.kpn.com/communication/nexmo/verify"_s);
}

QStringList Profile::supportedLanguages()
{
    // The lg values of the vendor's specification.
    return {u"ar-xa"_s, u"cs-cz"_s,  u"cy-cy"_s, u"cy-gb"_s, u"da-dk"_s, u"de-de"_s, u"el-gr"_s,
            u"en-au"_s, u"en-gb"_s,  u"en-in"_s, u"en-us"_s, u"es-es"_s, u"es-mx"_s, u"es-us"_s,
            u"fi-fi"_s, u"fil-ph"_s, u"fr-ca"_s, u"fr-fr"_s, u"hi-in"_s, u"hu-hu"_s, u"id-id"_s,
            u"is-is"_s, u"it-it"_s,  u"ja-jp"_s, u"ko-kr"_s, u"nb-no"_s, u"nl-nl"_s, u"pl-pl"_s,
            u"pt-br"_s, u"pt-pt"_s,  u"ro-ro"_s, u"ru-ru"_s, u"sv-se"_s, u"th-th"_s, u"tr-tr"_s,
            u"vi-vn"_s, u"yue-cn"_s, u"zh-cn"_s, u"zh-tw"_s};
}

QString Profile::productionColour()
{
    return u"#c62828"_s;
}

QString Profile::defaultColour()
{
    return u"#1a7f37"_s;
}

QString Profile::bannerColour() const
{
    // Production is a warning, not a taste: a colour picked (or stored) for the profile never
    // makes a production banner look like a safe one.
    if (production)
        return productionColour();
    return isColour(colour) ? colour : defaultColour();
}

Profile Profile::sandbox()
{
    Profile p;
    p.id = sandboxId();
    p.name = tr("Sandbox");
    p.kind = Kind::Sandbox;
    p.defaults.brand = u"Verify Desk"_s;
    p.colour = u"#2e7d32"_s;
    p.proxyMode = ProxyMode::None; // the server listens on loopback
    return p;
}

Profile Profile::kpnProduction()
{
    Profile p;
    p.id = kpnProductionId();
    p.name = tr("KPN production");
    p.kind = Kind::KpnProduction;
    p.tokenUrl = kpnTokenUrl();
    p.apiBaseUrl = kpnApiBaseUrl();
    p.colour = productionColour();
    p.production = true;
    return p;
}

Profile Profile::custom(const QString &name)
{
    Profile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = name;
    p.kind = Kind::Custom;
    p.colour = u"#1565c0"_s;
    return p;
}

Profile::Errors Profile::validate() const
{
    Errors errors;

    if (name.trimmed().isEmpty())
        errors.insert(Field::Name, tr("Give the profile a name."));

    if (!isSandbox()) {
        if (!isHttpUrlWithHost(tokenUrl))
            errors.insert(Field::TokenUrl,
                          tr("The token URL is not valid: it must start with http:// or "
                             "https:// and name a host."));
        if (!isHttpUrlWithHost(apiBaseUrl))
            errors.insert(Field::ApiBaseUrl,
                          tr("The API base URL is not valid: it must start with http:// or "
                             "https:// and name a host."));
        if (clientId.trimmed().isEmpty())
            errors.insert(Field::ClientId, tr("Enter the client id (consumer key)."));
    }

    if (defaults.brand.size() > kMaxBrandLength)
        errors.insert(Field::Brand,
                      tr("The brand can be at most %1 characters long.").arg(kMaxBrandLength));

    static const QRegularExpression countryPattern(u"^[A-Za-z]{2}$"_s);
    if (!defaults.country.isEmpty() && !countryPattern.match(defaults.country).hasMatch())
        errors.insert(Field::Country,
                      tr("The country must be a two-letter code such as NL, or empty."));

    if (defaults.codeLength != 4 && defaults.codeLength != 6)
        errors.insert(Field::CodeLength, tr("The code length must be 4 or 6 digits."));

    if (!defaults.language.isEmpty() && !supportedLanguages().contains(defaults.language.toLower()))
        errors.insert(Field::Language,
                      tr("The language \"%1\" is not one the API speaks.").arg(defaults.language));

    if (defaults.workflowId < kMinWorkflowId || defaults.workflowId > kMaxWorkflowId)
        errors.insert(
            Field::WorkflowId,
            tr("The workflow must be between %1 and %2.").arg(kMinWorkflowId).arg(kMaxWorkflowId));

    if (defaults.pinExpirySeconds < kMinPinExpiry || defaults.pinExpirySeconds > kMaxPinExpiry)
        errors.insert(Field::PinExpiry,
                      tr("The PIN expiry must be between %1 and %2 seconds.")
                          .arg(kMinPinExpiry)
                          .arg(kMaxPinExpiry));

    if (defaults.nextEventWaitSeconds < kMinNextEventWait
        || defaults.nextEventWaitSeconds > kMaxNextEventWait)
        errors.insert(Field::NextEventWait,
                      tr("The wait before the next event must be between %1 and %2 seconds.")
                          .arg(kMinNextEventWait)
                          .arg(kMaxNextEventWait));

    if (defaults.senderId.size() > kMaxSenderIdLength)
        errors.insert(
            Field::SenderId,
            tr("The sender id can be at most %1 characters long.").arg(kMaxSenderIdLength));

    if (timeoutSeconds < kMinTimeoutSeconds || timeoutSeconds > kMaxTimeoutSeconds)
        errors.insert(Field::Timeout,
                      tr("The timeout must be between %1 and %2 seconds.")
                          .arg(kMinTimeoutSeconds)
                          .arg(kMaxTimeoutSeconds));

    if (proxyMode == ProxyMode::Manual) {
        if (proxyHost.trimmed().isEmpty() || proxyHost.contains(u' '))
            errors.insert(Field::ProxyHost, tr("Enter the proxy's host name."));
        if (proxyPort < 1 || proxyPort > 65535)
            errors.insert(Field::ProxyPort, tr("The proxy port must be between 1 and 65535."));
    }

    if (!caFile.isEmpty()) {
        const QFileInfo info(caFile);
        QFile file(caFile);
        if (!info.exists() || !info.isFile()) {
            errors.insert(Field::CaFile, tr("The CA file \"%1\" does not exist.").arg(caFile));
        } else if (info.size() > kMaxCaFileBytes || !file.open(QIODevice::ReadOnly)) {
            errors.insert(Field::CaFile, tr("The CA file \"%1\" cannot be read.").arg(caFile));
        } else {
            const QByteArray data = file.readAll();
            // Without a TLS backend nothing can be parsed; the marker is all there is to check.
            const bool parsed =
                !QSslSocket::supportsSsl() || !QSslCertificate::fromData(data, QSsl::Pem).isEmpty();
            if (!data.contains("-----BEGIN CERTIFICATE-----") || !parsed)
                errors.insert(Field::CaFile,
                              tr("The CA file \"%1\" holds no PEM certificate.").arg(caFile));
        }
    }

    if (!isColour(colour))
        errors.insert(Field::Colour, tr("The colour must be written as #rrggbb."));

    return errors;
}

QString Profile::fieldName(Field field)
{
    switch (field) {
    case Field::Name:
        return tr("Name");
    case Field::TokenUrl:
        return tr("Token URL");
    case Field::ApiBaseUrl:
        return tr("API base URL");
    case Field::ClientId:
        return tr("Client id");
    case Field::Brand:
        return tr("Brand");
    case Field::Country:
        return tr("Country");
    case Field::CodeLength:
        return tr("Code length");
    case Field::Language:
        return tr("Language");
    case Field::WorkflowId:
        return tr("Workflow");
    case Field::PinExpiry:
        return tr("PIN expiry");
    case Field::NextEventWait:
        return tr("Next event wait");
    case Field::SenderId:
        return tr("Sender id");
    case Field::Timeout:
        return tr("Timeout");
    case Field::ProxyHost:
        return tr("Proxy host");
    case Field::ProxyPort:
        return tr("Proxy port");
    case Field::CaFile:
        return tr("CA file");
    case Field::Colour:
        return tr("Colour");
    }
    return QString();
}

QString Profile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Sandbox:
        return tr("Sandbox (built in)");
    case Kind::KpnProduction:
        return tr("KPN production");
    case Kind::Custom:
        return tr("Custom");
    }
    return QString();
}

bool operator==(const Profile &a, const Profile &b)
{
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.tokenUrl == b.tokenUrl
        && a.apiBaseUrl == b.apiBaseUrl && a.clientId == b.clientId && a.defaults == b.defaults
        && a.timeoutSeconds == b.timeoutSeconds && a.proxyMode == b.proxyMode
        && a.proxyHost == b.proxyHost && a.proxyPort == b.proxyPort && a.caFile == b.caFile
        && a.colour == b.colour && a.production == b.production;
}
