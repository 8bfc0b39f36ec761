#pragma once

class ExchangeLog;
class HistoryStore;
class NetworkActivity;
class ProfileConnection;
class SecretStore;
class Settings;
class TokenClient;
class VerifyClient;

namespace sandbox {
class SandboxServer;
}

// The services the composition root builds and the windows use; none is owned here.
struct AppServices
{
    Settings *settings = nullptr;
    SecretStore *secrets = nullptr;
    ProfileConnection *connection = nullptr;
    NetworkActivity *network = nullptr;
    ExchangeLog *exchanges = nullptr;
    TokenClient *tokens = nullptr;
    VerifyClient *client = nullptr;
    sandbox::SandboxServer *sandbox = nullptr;
    HistoryStore *history = nullptr;
};
