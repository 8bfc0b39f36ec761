#pragma once

#include "Profile.h"
#include "api/ApiConfig.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class ExchangeLog;
class SecretStore;
class Settings;
class VerifyClient;

// Applies the active profile to the API client: its endpoints (the in-process sandbox's for the
// Sandbox profile), its consumer key, its secret from SecretStore and its timeout.
class ProfileConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileConnection)

public:
    enum class State {
        Ready, // the client is configured for the active profile
        LoadingSecret, // waiting for the keychain
        MissingSecret, // no secret stored for this profile yet
        SecretUnavailable, // the keychain failed and nothing was kept for this session
    };
    Q_ENUM(State)

    ProfileConnection(Settings *settings, SecretStore *secrets, VerifyClient *client,
                      QObject *parent = nullptr);

    // Where the in-process sandbox listens, and the credentials it accepts.
    void setSandbox(const QUrl &baseUrl, const QString &clientId, const QString &clientSecret);
    // Exchanges are stamped with the active profile (and keep PINs only on the Sandbox).
    void setExchangeLog(ExchangeLog *log);

    // The client configuration for `profile` with `secret` (ignored for the Sandbox).
    ApiConfig configFor(const Profile &profile, const QString &secret) const;

    Profile profile() const { return m_profile; }
    State state() const { return m_state; }
    // A translated sentence for the states other than Ready.
    QString problem() const;

    // Reads the active profile and its secret again, then configures the client.
    void apply();

Q_SIGNALS:
    void stateChanged(ProfileConnection::State state);

private:
    void setState(State state);

    Settings *m_settings;
    SecretStore *m_secrets;
    VerifyClient *m_client;
    QPointer<ExchangeLog> m_log;
    QUrl m_sandboxUrl;
    QString m_sandboxClientId;
    QString m_sandboxSecret;
    Profile m_profile;
    State m_state = State::LoadingSecret;
    QString m_secretError;
    quint64 m_generation = 0;
};
