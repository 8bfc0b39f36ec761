#include "ProfileConnection.h"

#include "NetworkActivity.h"
#include "SecretStore.h"
#include "Settings.h"
#include "api/TokenClient.h"
#include "api/VerifyClient.h"
#include "verification/SkippableClock.h"

#include <utility>

using namespace Qt::StringLiterals;

ProfileConnection::ProfileConnection(QString profileId, Settings *settings, SecretStore *secrets,
                                     ExchangeLog *log, SandboxEndpoint sandbox, QObject *parent)
    : QObject(parent)
    , m_profileId(std::move(profileId))
    , m_settings(settings)
    , m_secrets(secrets)
    , m_sandbox(std::move(sandbox))
    , m_network(std::make_unique<NetworkActivity>())
    , m_tokens(std::make_unique<TokenClient>(m_network.get(), log))
    , m_client(std::make_unique<VerifyClient>(m_network.get(), m_tokens.get(), log))
    , m_ownClock(new SkippableClock(this))
    , m_clock(m_ownClock)
{
    connect(m_settings, &Settings::profilesChanged, this, [this] {
        // An edit of the profile (a new URL, key or timeout) applies at once; a profile that was
        // removed keeps what it had for the verifications still bound to it.
        const std::optional<Profile> now = m_settings->profile(m_profileId);
        if (now && !(*now == m_profile))
            apply();
    });
    apply();
}

ProfileConnection::~ProfileConnection()
{
    // The Verify client's calls go before the token client they wait on, and both before the
    // network manager that carries them.
    m_client.reset();
    m_tokens.reset();
}

SessionClock *ProfileConnection::clock() const
{
    return m_clock ? m_clock.data() : m_ownClock;
}

void ProfileConnection::setClock(SessionClock *clock)
{
    m_clock = clock ? clock : m_ownClock;
}

void ProfileConnection::skipClock(qint64 ms)
{
    if (ms <= 0)
        return;
    m_ownClock->skip(ms);
    Q_EMIT clockSkipped(ms);
}

ApiConfig ProfileConnection::configFor(const Profile &profile, const QString &secret,
                                       const SandboxEndpoint &sandbox)
{
    ApiConfig config;
    config.timeoutMs = profile.timeoutSeconds * 1000;
    config.profileName = profile.name;
    config.sandbox = profile.isSandbox();
    config.flavour = profile.flavour;
    if (profile.isSandbox()) {
        config.proxyMode = ApiConfig::ProxyMode::None; // loopback never goes through a proxy
        // The sandbox serves both flavours: KPN's under its gateway paths, the vendor's at the
        // root (/verify/json …), with the same key and secret.
        if (profile.usesTokenUrl()) {
            config.tokenUrl = sandbox.baseUrl.resolved(
                QUrl(u"/oauth/client_credential/accesstoken?grant_type=client_credentials"_s));
            config.apiBaseUrl = sandbox.baseUrl.resolved(QUrl(u"/communication/nexmo/verify"_s));
        } else {
            config.apiBaseUrl = sandbox.baseUrl.resolved(QUrl(u"/"_s));
        }
        config.clientId = sandbox.clientId;
        config.clientSecret = sandbox.clientSecret;
        return config;
    }
    if (profile.usesTokenUrl())
        config.tokenUrl = profile.tokenUrl;
    config.apiBaseUrl = profile.apiBaseUrl;
    config.clientId = profile.clientId;
    config.clientSecret = secret;
    switch (profile.proxyMode) {
    case Profile::ProxyMode::System:
        config.proxyMode = ApiConfig::ProxyMode::System;
        break;
    case Profile::ProxyMode::None:
        config.proxyMode = ApiConfig::ProxyMode::None;
        break;
    case Profile::ProxyMode::Manual:
        config.proxyMode = ApiConfig::ProxyMode::Manual;
        break;
    }
    config.proxyHost = profile.proxyHost;
    config.proxyPort = profile.proxyPort;
    config.caFile = profile.caFile;
    return config;
}

QString ProfileConnection::problem() const
{
    switch (m_state) {
    case State::Ready:
        return {};
    case State::LoadingSecret:
        return m_profile.usesTokenUrl()
            ? tr("Reading the consumer secret of \"%1\" from the keychain…").arg(m_profile.name)
            : tr("Reading the API secret of \"%1\" from the keychain…").arg(m_profile.name);
    case State::MissingSecret:
        return m_profile.usesTokenUrl()
            ? tr("No consumer secret is stored for \"%1\". Enter it under Settings.")
                  .arg(m_profile.name)
            : tr("No API secret is stored for \"%1\". Enter it under Settings.")
                  .arg(m_profile.name);
    case State::SecretUnavailable:
        return m_profile.usesTokenUrl() ? tr("The consumer secret of \"%1\" could not be read: %2")
                                              .arg(m_profile.name, m_secretError)
                                        : tr("The API secret of \"%1\" could not be read: %2")
                                              .arg(m_profile.name, m_secretError);
    }
    return {};
}

QString ProfileConnection::sendProblem() const
{
    if (m_state != State::Ready)
        return problem();
    if (m_profile.isSandbox())
        return {};
    if (m_profile.clientId.isEmpty() && !m_profile.usesTokenUrl())
        return tr("\"%1\" has no API key. Enter it under Settings.").arg(m_profile.name);
    if (m_profile.clientId.isEmpty())
        return tr("\"%1\" has no consumer key. Enter it under Settings.").arg(m_profile.name);
    if (!m_profile.usesTokenUrl()) {
        return m_profile.apiBaseUrl.isValid()
            ? QString()
            : tr("\"%1\" has no API base URL. Enter it under Settings.").arg(m_profile.name);
    }
    if (!m_profile.tokenUrl.isValid() || !m_profile.apiBaseUrl.isValid())
        return tr("\"%1\" has no token or Verify URL. Enter them under Settings.")
            .arg(m_profile.name);
    return {};
}

void ProfileConnection::apply()
{
    if (const std::optional<Profile> profile = m_settings->profile(m_profileId))
        m_profile = *profile;
    const quint64 generation = ++m_generation;
    if (m_profile.isSandbox()) {
        configure(configFor(m_profile, {}, m_sandbox));
        setState(State::Ready);
        return;
    }
    // The secret is read again (it may just have been saved). Meanwhile the calls of the
    // verifications bound to this profile go on with the secret known so far; none was known
    // before the first read, and calls then wait for it.
    const QString known = m_client->config().clientSecret;
    configure(configFor(m_profile, known, m_sandbox));
    if (known.isEmpty())
        setState(State::LoadingSecret);
    m_secrets->readSecret(m_profileId, this, [this, generation](const SecretStore::Result &result) {
        if (generation != m_generation)
            return; // read again meanwhile
        const QString secret = result.ok && result.found ? result.secret : QString();
        configure(configFor(m_profile, secret, m_sandbox));
        if (!result.ok) {
            m_secretError = result.errorText;
            setState(State::SecretUnavailable);
        } else {
            setState(result.found ? State::Ready : State::MissingSecret);
        }
    });
}

void ProfileConnection::configure(const ApiConfig &config)
{
    // An edit that leaves the connection as it was (a colour, the request defaults) keeps the
    // token and the calls under way.
    if (config != m_client->config())
        m_client->setConfig(config);
}

void ProfileConnection::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}
