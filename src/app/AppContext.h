#pragma once

#include "AppServices.h"
#include "SandboxServer.h"
#include "settings/SecretBackend.h"

#include <QString>

class TeamHistoryStore;

#include <memory>
#include <optional>

// The one wiring of Verify Desk's services: the app's main() and the widget tests'
// tests/app/AppHarness build them here, each with its own files, keychain and sandbox.
class AppContext
{
public:
    struct Options
    {
        QString settingsPath;
        // Where SecretStore keeps the secret's fallback file.
        QString configDir;
        // The SQLite history (with a shared history: its outbox goes beside it); empty:
        // HistoryStore::defaultFilePath(). Opened by startDeferred().
        QString historyPath;
        // Null: the system keychain.
        std::unique_ptr<SecretBackend> keychain;
        sandbox::SandboxOptions sandbox;
        // Later: the port is taken now, and answering starts with startDeferred().
        sandbox::SandboxServer::Serving sandboxServing = sandbox::SandboxServer::Serving::Now;
        // The profile (its id or name) to select before any connection is made; none: as stored.
        std::optional<QString> startProfile;
    };

    // The services wired for `options`; null, with the reason in `error`, when there is no
    // profile `options.startProfile`.
    static std::unique_ptr<AppContext> create(Options options, QString *error = nullptr);
    ~AppContext();
    Q_DISABLE_COPY_MOVE(AppContext)

    AppServices services() const;
    // False when the in-process sandbox could not take a loopback port.
    bool sandboxListening() const { return m_sandboxListening; }
    // What the first paint does not need: serving the Sandbox (after Serving::Later), opening
    // the history and applying its retention. A failure is told by the history's openNotice().
    void startDeferred();

    Settings &settings() { return *m_settings; }
    SecretStore &secrets() { return *m_secrets; }
    Connections &connections() { return *m_connections; }
    NetworkActivity &network() { return *m_network; }
    ExchangeLog &exchanges() { return *m_exchanges; }
    sandbox::SandboxServer &sandbox() { return *m_sandbox; }
    HistoryStore &history() { return *m_history; }

private:
    AppContext(std::unique_ptr<Settings> settings, Options options);
    // This computer's file, or the team's shared history with its outbox, as Settings say.
    std::unique_ptr<HistoryStore> makeHistory(const Options &options);
    void openHistory();

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    bool m_sandboxListening = false;
    std::unique_ptr<NetworkActivity> m_network;
    std::unique_ptr<ExchangeLog> m_exchanges;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Connections> m_connections;
    std::unique_ptr<HistoryStore> m_history;
    TeamHistoryStore *m_team = nullptr; // m_history, when it is the team's
};
