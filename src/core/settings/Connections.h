#pragma once

#include "ProfileConnection.h"

#include <QHash>
#include <QObject>

#include <memory>

class ExchangeLog;
class SecretStore;
class Settings;

// The connection of every profile, each made when first needed and kept for the session, so that
// a verification never changes profile under its feet; the selected profile's is active().
class Connections : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connections)

public:
    Connections(Settings *settings, SecretStore *secrets, ExchangeLog *log, SandboxEndpoint sandbox,
                QObject *parent = nullptr);
    ~Connections() override;

    // The connection of the profile `profileId`, made now if need be; null for an unknown id
    // that has no connection yet.
    ProfileConnection *connection(const QString &profileId);
    // The selected profile's connection.
    ProfileConnection *active();
    // The client configuration for a profile that may not be saved yet ("Test connection").
    ApiConfig configFor(const Profile &profile, const QString &secret) const;
    const SandboxEndpoint &sandbox() const { return m_sandbox; }
    // Calls in flight over every connection, for the activity light.
    int inFlight() const;

Q_SIGNALS:
    // Another profile was selected: its connection.
    void activeChanged(ProfileConnection *connection);
    // The selected profile's connection changed state (its secret arrived, or is missing).
    void activeStateChanged(ProfileConnection::State state);
    // The selected profile's token was fetched or dropped.
    void activeTokenChanged();
    void inFlightChanged(int count);

private:
    void follow(ProfileConnection *connection);

    Settings *m_settings;
    SecretStore *m_secrets;
    ExchangeLog *m_log;
    SandboxEndpoint m_sandbox;
    QHash<QString, ProfileConnection *> m_connections; // children of this
};
