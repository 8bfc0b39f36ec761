#pragma once

class Connections;
class ExchangeLog;
class HistoryStore;
class NetworkActivity;
class SecretStore;
class Settings;

namespace sandbox {
class SandboxServer;
}

// The services the composition root builds and the windows use; none is owned here.
struct AppServices
{
    Settings *settings = nullptr;
    SecretStore *secrets = nullptr;
    // Every profile's connection to the API; each verification keeps the one it was sent with.
    Connections *connections = nullptr;
    // For what is not a profile's own call ("Test connection" of a profile being edited).
    NetworkActivity *network = nullptr;
    ExchangeLog *exchanges = nullptr;
    sandbox::SandboxServer *sandbox = nullptr;
    HistoryStore *history = nullptr;
};
