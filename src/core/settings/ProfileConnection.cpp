#include "ProfileConnection.h"

#include "SecretStore.h"
#include "Settings.h"
#include "api/ExchangeLog.h"
#include "api/VerifyClient.h"

using namespace Qt::StringLiterals;

ProfileConnection::ProfileConnection(Settings *settings, SecretStore *secrets, VerifyClient *client,
                                     QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_client(client)
{
    connect(m_settings, &Settings::activeProfileChanged, this, &ProfileConnection::apply);
    connect(m_settings, &Settings::profilesChanged, this, [this] {
        // An edit of the active profile (a new URL, key or timeout) applies at once.
        if (!(m_settings->activeProfile() == m_profile))
            apply();
    });
}

void ProfileConnection::setSandbox(const QUrl &baseUrl, const QString &clientId,
                                   const QString &clientSecret)
{
    m_sandboxUrl = baseUrl;
    m_sandboxClientId = clientId;
    m_sandboxSecret = clientSecret;
}

void ProfileConnection::setExchangeLog(ExchangeLog *log)
{
    m_log = log;
}

ApiConfig ProfileConnection::configFor(const Profile &profile, const QString &secret) const
{
    ApiConfig config;
    config.timeoutMs = profile.timeoutSeconds * 1000;
    if (profile.isSandbox()) {
        config.proxyMode = ApiConfig::ProxyMode::None; // loopback never goes through a proxy
        config.tokenUrl = m_sandboxUrl.resolved(
            QUrl(u"/oauth/client_credential/accesstoken?grant_type=client_credentials"_s));
        config.apiBaseUrl = m_sandboxUrl.resolved(QUrl(u"/communication/nexmo/verify"_s));
        config.clientId = m_sandboxClientId;
        config.clientSecret = m_sandboxSecret;
        return config;
    }
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
        return tr("Reading the consumer secret of \"%1\" from the keychain…").arg(m_profile.name);
    case State::MissingSecret:
        return tr("No consumer secret is stored for \"%1\". Enter it under Settings.")
            .arg(m_profile.name);
    case State::SecretUnavailable:
        return tr("The consumer secret of \"%1\" could not be read: %2")
            .arg(m_profile.name, m_secretError);
    }
    return {};
}

void ProfileConnection::apply()
{
    m_profile = m_settings->activeProfile();
    const quint64 generation = ++m_generation;
    if (m_log)
        m_log->setProfile(m_profile.name, m_profile.isSandbox());
    if (m_profile.isSandbox()) {
        m_client->setConfig(configFor(m_profile, {}));
        setState(State::Ready);
        return;
    }
    // Until the secret arrives, calls must not go out with the previous profile's credentials.
    m_client->setConfig(configFor(m_profile, {}));
    setState(State::LoadingSecret);
    m_secrets->readSecret(m_profile.id, this,
                          [this, generation](const SecretStore::Result &result) {
                              if (generation != m_generation)
                                  return; // another profile became active meanwhile
                              if (!result.ok) {
                                  m_secretError = result.errorText;
                                  setState(State::SecretUnavailable);
                                  return;
                              }
                              if (!result.found) {
                                  setState(State::MissingSecret);
                                  return;
                              }
                              m_client->setConfig(configFor(m_profile, result.secret));
                              setState(State::Ready);
                          });
}

void ProfileConnection::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}
