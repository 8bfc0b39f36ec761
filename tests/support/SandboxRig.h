#pragma once

#include "SandboxControl.h"
#include "SandboxServer.h"
#include "api/ApiConfig.h"
#include "api/ExchangeLog.h"
#include "api/TokenClient.h"
#include "api/VerifyClient.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>

#include <memory>
#include <optional>

// A sandbox server on loopback and a client wired to it as the app wires one: a network manager,
// an exchange log, a token client and a Verify client configured for the sandbox's KPN routes
// with its default credentials. Core and widget tests build on it.
class SandboxRig
{
public:
    explicit SandboxRig(const sandbox::SandboxOptions &options = {},
                        const std::optional<QSslConfiguration> &tls = std::nullopt);
    ~SandboxRig();
    Q_DISABLE_COPY_MOVE(SandboxRig)

    // False when the server could not take a loopback port.
    bool isListening() const { return m_listening; }
    // The client configuration the rig starts with: the server's KPN routes, `sandbox-client`
    // and `sandbox-secret`, a 5-second timeout.
    ApiConfig config() const;

    sandbox::SandboxServer &server() { return *m_server; }
    SandboxControl &control() { return *m_control; }
    QNetworkAccessManager &nam() { return *m_nam; }
    ExchangeLog &log() { return *m_log; }
    TokenClient &tokens() { return *m_tokens; }
    VerifyClient &client() { return *m_client; }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    bool m_listening = false;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ExchangeLog> m_log;
    std::unique_ptr<TokenClient> m_tokens;
    std::unique_ptr<VerifyClient> m_client;
};
