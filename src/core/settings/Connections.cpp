#include "Connections.h"

#include "Logging.h"
#include "NetworkActivity.h"
#include "Settings.h"
#include "api/TokenClient.h"

#include <utility>

Connections::Connections(Settings *settings, SecretStore *secrets, ExchangeLog *log,
                         SandboxEndpoint sandbox, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_log(log)
    , m_sandbox(std::move(sandbox))
{
    connect(m_settings, &Settings::activeProfileChanged, this, [this] {
        const Profile profile = m_settings->activeProfile();
        qCInfo(lcConnection).noquote().nospace()
            << "active profile is now \"" << profile.name << "\" (" << profile.id
            << (profile.production ? ", production" : "") << ')';
        Q_EMIT activeChanged(active());
    });
}

Connections::~Connections()
{
    // Each connection's calls end before the settings they read go. Taken out of the hash first:
    // a call a connection aborts on its way out reports to this object, which must not reach a
    // connection already gone.
    const QHash<QString, ProfileConnection *> connections = std::exchange(m_connections, {});
    for (ProfileConnection *connection : connections)
        connection->network()->disconnect(this);
    qDeleteAll(connections);
}

ProfileConnection *Connections::connection(const QString &profileId)
{
    if (ProfileConnection *known = m_connections.value(profileId))
        return known;
    if (!m_settings->profile(profileId))
        return nullptr;
    auto *made = new ProfileConnection(profileId, m_settings, m_secrets, m_log, m_sandbox, this);
    m_connections.insert(profileId, made);
    follow(made);
    return made;
}

ProfileConnection *Connections::active()
{
    return connection(m_settings->activeProfile().id);
}

ApiConfig Connections::configFor(const Profile &profile, const QString &secret) const
{
    return ProfileConnection::configFor(profile, secret, m_sandbox);
}

int Connections::inFlight() const
{
    int count = 0;
    for (const ProfileConnection *c : m_connections)
        count += c->network()->inFlight();
    return count;
}

void Connections::follow(ProfileConnection *connection)
{
    const auto isActive = [this, connection] {
        return connection->profileId() == m_settings->activeProfileId();
    };
    connect(connection, &ProfileConnection::stateChanged, this,
            [this, isActive](ProfileConnection::State state) {
                if (isActive())
                    Q_EMIT activeStateChanged(state);
            });
    connect(connection->tokens(), &TokenClient::tokenChanged, this, [this, isActive] {
        if (isActive())
            Q_EMIT activeTokenChanged();
    });
    connect(connection->network(), &NetworkActivity::inFlightChanged, this,
            [this] { Q_EMIT inFlightChanged(inFlight()); });
}
