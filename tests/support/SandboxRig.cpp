#include "SandboxRig.h"

using namespace Qt::StringLiterals;

SandboxRig::SandboxRig(const sandbox::SandboxOptions &options,
                       const std::optional<QSslConfiguration> &tls)
    : m_server(std::make_unique<sandbox::SandboxServer>(options))
{
    if (tls)
        m_server->setTls(*tls);
    m_listening = m_server->listen(0);
    m_control = std::make_unique<SandboxControl>(m_server->baseUrl());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<ExchangeLog>();
    m_tokens = std::make_unique<TokenClient>(m_nam.get(), m_log.get());
    m_client = std::make_unique<VerifyClient>(m_nam.get(), m_tokens.get(), m_log.get());
    m_client->setConfig(config());
}

SandboxRig::~SandboxRig()
{
    // The Verify client's calls go before the token client they wait on, and both before the
    // network manager that carries them and the server that answers them.
    m_client.reset();
    m_tokens.reset();
    m_log.reset();
    m_nam.reset();
    m_control.reset();
    m_server.reset();
}

ApiConfig SandboxRig::config() const
{
    ApiConfig config;
    config.tokenUrl = m_server->baseUrl().resolved(
        QUrl(u"/oauth/client_credential/accesstoken?grant_type=client_credentials"_s));
    config.apiBaseUrl = m_server->baseUrl().resolved(QUrl(u"/communication/nexmo/verify"_s));
    config.clientId = u"sandbox-client"_s;
    config.clientSecret = u"sandbox-secret"_s;
    config.timeoutMs = 5000;
    return config;
}
