#include "Profile.h"

#include "EnumKeys.h"
#include "api/SpecLimits.h"
#include "api/VerifyRequest.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslSocket>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// A CA file is small; anything bigger is not what the user meant to pick.
constexpr qint64 kMaxCaFileBytes = qint64(4) * 1024 * 1024;

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

bool outside(int value, int min, int max)
{
    return value < min || value > max;
}

bool hasUserInfo(const QUrl &url)
{
    return !url.userName().isEmpty() || !url.password().isEmpty();
}

// A password in a URL would be kept in the settings file in plain text and sent wherever the URL
// goes; the secret fields keep it in the keychain.
void checkUrlCredentials(const Profile &p, Profile::Errors &errors)
{
    if (isHttpUrlWithHost(p.tokenUrl) && hasUserInfo(p.tokenUrl))
        errors.insert(Profile::Field::TokenUrl,
                      Profile::tr("Remove the user name and password from the token URL: "
                                  "credentials belong in the credential fields, where they are "
                                  "kept secret."));
    if (isHttpUrlWithHost(p.apiBaseUrl) && hasUserInfo(p.apiBaseUrl))
        errors.insert(Profile::Field::ApiBaseUrl,
                      Profile::tr("Remove the user name and password from the API base URL: "
                                  "credentials belong in the credential fields, where they are "
                                  "kept secret."));
}

// The URLs and the client id, which the Sandbox does without.
void checkEndpoints(const Profile &p, Profile::Errors &errors)
{
    // The vendor's flavour has no token: its URL, if one is left, is not used.
    if (p.usesTokenUrl() && !isHttpUrlWithHost(p.tokenUrl))
        errors.insert(Profile::Field::TokenUrl,
                      Profile::tr("The token URL is not valid: it must start with http:// or "
                                  "https:// and name a host."));
    if (!isHttpUrlWithHost(p.apiBaseUrl))
        errors.insert(Profile::Field::ApiBaseUrl,
                      Profile::tr("The API base URL is not valid: it must start with http:// or "
                                  "https:// and name a host."));
    if (p.clientId.trimmed().isEmpty())
        errors.insert(Profile::Field::ClientId,
                      p.usesTokenUrl() ? Profile::tr("Enter the client id (consumer key).")
                                       : Profile::tr("Enter the API key."));
    checkUrlCredentials(p, errors);
}

void checkRequestDefaults(const Profile::RequestDefaults &d, Profile::Errors &errors)
{
    using Field = Profile::Field;
    if (d.brand.size() > SpecLimits::kMaxBrandLength)
        errors.insert(Field::Brand,
                      Profile::tr("The brand can be at most %1 characters long.")
                          .arg(SpecLimits::kMaxBrandLength));
    static const QRegularExpression countryPattern(u"^[A-Za-z]{2}$"_s);
    if (!d.country.isEmpty() && !countryPattern.match(d.country).hasMatch())
        errors.insert(Field::Country,
                      Profile::tr("The country must be a two-letter code such as NL, or empty."));
    if (d.codeLength != SpecLimits::kShortCodeLength && d.codeLength != SpecLimits::kLongCodeLength)
        errors.insert(Field::CodeLength,
                      Profile::tr("The code length must be %1 or %2 digits.")
                          .arg(SpecLimits::kShortCodeLength)
                          .arg(SpecLimits::kLongCodeLength));
    if (!d.language.isEmpty() && !VerifyRequest::languages().contains(d.language.toLower()))
        errors.insert(
            Field::Language,
            Profile::tr("The language \"%1\" is not one the API speaks.").arg(d.language));
    if (outside(d.workflowId, SpecLimits::kMinWorkflowId, SpecLimits::kMaxWorkflowId))
        errors.insert(Field::WorkflowId,
                      Profile::tr("The workflow must be between %1 and %2.")
                          .arg(SpecLimits::kMinWorkflowId)
                          .arg(SpecLimits::kMaxWorkflowId));
    if (outside(d.pinExpirySeconds, SpecLimits::kMinPinExpiry, SpecLimits::kMaxPinExpiry))
        errors.insert(Field::PinExpiry,
                      Profile::tr("The PIN expiry must be between %1 and %2 seconds.")
                          .arg(SpecLimits::kMinPinExpiry)
                          .arg(SpecLimits::kMaxPinExpiry));
    if (outside(d.nextEventWaitSeconds, SpecLimits::kMinNextEventWait,
                SpecLimits::kMaxNextEventWait))
        errors.insert(
            Field::NextEventWait,
            Profile::tr("The wait before the next event must be between %1 and %2 seconds.")
                .arg(SpecLimits::kMinNextEventWait)
                .arg(SpecLimits::kMaxNextEventWait));
    if (d.senderId.size() > SpecLimits::kMaxSenderIdLength)
        errors.insert(Field::SenderId,
                      Profile::tr("The sender id can be at most %1 characters long.")
                          .arg(SpecLimits::kMaxSenderIdLength));
}

// The timeout and the proxy.
void checkConnection(const Profile &p, Profile::Errors &errors)
{
    if (outside(p.timeoutSeconds, Profile::kMinTimeoutSeconds, Profile::kMaxTimeoutSeconds))
        errors.insert(Profile::Field::Timeout,
                      Profile::tr("The timeout must be between %1 and %2 seconds.")
                          .arg(Profile::kMinTimeoutSeconds)
                          .arg(Profile::kMaxTimeoutSeconds));
    if (p.proxyMode != Profile::ProxyMode::Manual)
        return;
    if (p.proxyHost.trimmed().isEmpty() || p.proxyHost.contains(u' '))
        errors.insert(Profile::Field::ProxyHost, Profile::tr("Enter the proxy's host name."));
    if (outside(p.proxyPort, 1, 65535))
        errors.insert(Profile::Field::ProxyPort,
                      Profile::tr("The proxy port must be between 1 and 65535."));
}

// Why the CA file cannot be used (translated); empty when it can.
QString caFileProblem(const QString &caFile)
{
    const QFileInfo info(caFile);
    QFile file(caFile);
    if (!info.exists() || !info.isFile())
        return Profile::tr("The CA file \"%1\" does not exist.").arg(caFile);
    if (info.size() > kMaxCaFileBytes || !file.open(QIODevice::ReadOnly))
        return Profile::tr("The CA file \"%1\" cannot be read.").arg(caFile);
    const QByteArray data = file.readAll();
    // Without a TLS backend nothing can be parsed; the marker is all there is to check.
    const bool parsed =
        !QSslSocket::supportsSsl() || !QSslCertificate::fromData(data, QSsl::Pem).isEmpty();
    if (!data.contains("-----BEGIN CERTIFICATE-----") || !parsed)
        return Profile::tr("The CA file \"%1\" holds no PEM certificate.").arg(caFile);
    return QString();
}

// What each field is called where the user is told about it.
constexpr EnumName<Profile::Field> kFieldNames[] = {
    {Profile::Field::Name, QT_TRANSLATE_NOOP("Profile", "Name")},
    {Profile::Field::TokenUrl, QT_TRANSLATE_NOOP("Profile", "Token URL")},
    {Profile::Field::ApiBaseUrl, QT_TRANSLATE_NOOP("Profile", "API base URL")},
    {Profile::Field::ClientId, QT_TRANSLATE_NOOP("Profile", "Client id")},
    {Profile::Field::Brand, QT_TRANSLATE_NOOP("Profile", "Brand")},
    {Profile::Field::Country, QT_TRANSLATE_NOOP("Profile", "Country")},
    {Profile::Field::CodeLength, QT_TRANSLATE_NOOP("Profile", "Code length")},
    {Profile::Field::Language, QT_TRANSLATE_NOOP("Profile", "Language")},
    {Profile::Field::WorkflowId, QT_TRANSLATE_NOOP("Profile", "Workflow")},
    {Profile::Field::PinExpiry, QT_TRANSLATE_NOOP("Profile", "PIN expiry")},
    {Profile::Field::NextEventWait, QT_TRANSLATE_NOOP("Profile", "Next event wait")},
    {Profile::Field::SenderId, QT_TRANSLATE_NOOP("Profile", "Sender id")},
    {Profile::Field::Timeout, QT_TRANSLATE_NOOP("Profile", "Timeout")},
    {Profile::Field::ProxyHost, QT_TRANSLATE_NOOP("Profile", "Proxy host")},
    {Profile::Field::ProxyPort, QT_TRANSLATE_NOOP("Profile", "Proxy port")},
    {Profile::Field::CaFile, QT_TRANSLATE_NOOP("Profile", "CA file")},
    {Profile::Field::Colour, QT_TRANSLATE_NOOP("Profile", "Colour")},
};

constexpr EnumName<Profile::Kind> kKindNames[] = {
    {Profile::Kind::Sandbox, QT_TRANSLATE_NOOP("Profile", "Sandbox (built in)")},
    {Profile::Kind::KpnProduction, QT_TRANSLATE_NOOP("Profile", "KPN production")},
    {Profile::Kind::Custom, QT_TRANSLATE_NOOP("Profile", "Custom")},
    {Profile::Kind::Vonage, QT_TRANSLATE_NOOP("Profile", "Vonage (API key and secret)")},
};

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

QUrl Profile::vonageApiBaseUrl()
{
    return QUrl(u"https://api.nexmo.com"_s);
}

std::optional<ApiFlavour> Profile::fixedFlavour(Kind kind)
{
    switch (kind) {
    case Kind::KpnProduction:
        return ApiFlavour::KpnOAuth;
    case Kind::Vonage:
        return ApiFlavour::VonageKey;
    case Kind::Sandbox:
    case Kind::Custom:
        break;
    }
    return std::nullopt;
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

Profile Profile::vonage(const QString &name)
{
    Profile p = custom(name);
    p.kind = Kind::Vonage;
    p.flavour = ApiFlavour::VonageKey;
    p.apiBaseUrl = vonageApiBaseUrl();
    p.colour = productionColour();
    p.production = true; // every SMS and call costs money on the vendor's account
    return p;
}

Profile::Errors Profile::validate() const
{
    Errors errors;
    if (name.trimmed().isEmpty())
        errors.insert(Field::Name, tr("Give the profile a name."));
    if (!isSandbox())
        checkEndpoints(*this, errors);
    checkRequestDefaults(defaults, errors);
    checkConnection(*this, errors);
    if (!caFile.isEmpty()) {
        const QString caFileError = caFileProblem(caFile);
        if (!caFileError.isEmpty())
            errors.insert(Field::CaFile, caFileError);
    }
    if (!isColour(colour))
        errors.insert(Field::Colour, tr("The colour must be written as #rrggbb."));
    return errors;
}

QString Profile::fieldName(Field field)
{
    return nameOf("Profile", kFieldNames, field);
}

QString Profile::kindName(Kind kind)
{
    return nameOf("Profile", kKindNames, kind);
}

bool operator==(const Profile &a, const Profile &b)
{
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.tokenUrl == b.tokenUrl
        && a.apiBaseUrl == b.apiBaseUrl && a.clientId == b.clientId && a.flavour == b.flavour
        && a.defaults == b.defaults && a.timeoutSeconds == b.timeoutSeconds
        && a.proxyMode == b.proxyMode && a.proxyHost == b.proxyHost && a.proxyPort == b.proxyPort
        && a.caFile == b.caFile && a.colour == b.colour && a.production == b.production;
}
