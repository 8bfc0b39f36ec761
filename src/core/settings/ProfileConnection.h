#pragma once

#include "Profile.h"
#include "api/ApiConfig.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class ExchangeLog;
class NetworkActivity;
class SecretStore;
class SessionClock;
class Settings;
class SkippableClock;
class TokenClient;
class VerifyClient;

// Where the in-process sandbox listens and the credentials it accepts: the Sandbox profile's
// endpoints, known only at run time.
struct SandboxEndpoint
{
    QUrl baseUrl;
    QString clientId;
    QString clientSecret;
};

// One profile's way to the API: its own network manager (its proxy), token client, Verify client
// and clock, configured from the profile (the in-process sandbox's endpoints for the Sandbox) and
// its secret from SecretStore. A verification keeps the connection it was sent with for all its
// life, whichever profile is selected later.
class ProfileConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileConnection)

public:
    enum class State {
        Ready, // the client is configured for the profile
        LoadingSecret, // waiting for the keychain
        MissingSecret, // no secret stored for this profile yet
        SecretUnavailable, // the keychain failed and nothing was kept for this session
    };
    Q_ENUM(State)

    ProfileConnection(QString profileId, Settings *settings, SecretStore *secrets, ExchangeLog *log,
                      SandboxEndpoint sandbox, QObject *parent = nullptr);
    ~ProfileConnection() override;

    // The client configuration for `profile` with `secret` (ignored for the Sandbox).
    static ApiConfig configFor(const Profile &profile, const QString &secret,
                               const SandboxEndpoint &sandbox);

    QString profileId() const { return m_profileId; }
    // The profile as last read from the settings (kept when the profile is removed later).
    Profile profile() const { return m_profile; }
    State state() const { return m_state; }
    // A translated sentence for the states other than Ready.
    QString problem() const;
    // Why nothing can be sent with this profile now (no secret, no consumer key, no URL), as a
    // translated sentence; empty when it can. Said before any cost is confirmed.
    QString sendProblem() const;

    TokenClient *tokens() const { return m_tokens.get(); }
    VerifyClient *client() const { return m_client.get(); }
    NetworkActivity *network() const { return m_network.get(); }
    // The time this profile's verifications count down in: the wall clock, plus what was skipped
    // on the Sandbox's simulator. Tests may put a clock of their own (not owned; null: back to
    // the profile's own), before a verification starts.
    SessionClock *clock() const;
    void setClock(SessionClock *clock);
    // The simulator's clock was moved on: this profile's clock follows (never back).
    void skipClock(qint64 ms);

    // Reads the profile and its secret again, then configures the client.
    void apply();

Q_SIGNALS:
    void stateChanged(ProfileConnection::State state);
    // The profile's clock was moved on by skipClock().
    void clockSkipped(qint64 ms);

private:
    void setState(State state);
    void configure(const ApiConfig &config);

    QString m_profileId;
    Settings *m_settings;
    SecretStore *m_secrets;
    SandboxEndpoint m_sandbox;
    std::unique_ptr<NetworkActivity> m_network;
    std::unique_ptr<TokenClient> m_tokens;
    std::unique_ptr<VerifyClient> m_client;
    SkippableClock *m_ownClock;
    QPointer<SessionClock> m_clock;
    Profile m_profile;
    State m_state = State::LoadingSecret;
    QString m_secretError;
    quint64 m_generation = 0;
};
