#include "AppContext.h"

#include "InputGuard.h"
#include "NetworkActivity.h"
#include "api/ExchangeLog.h"
#include "history/HistoryStore.h"
#include "history/TeamHistoryStore.h"
#include "settings/Connections.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Selects the profile `idOrName` ("sandbox", "kpn-production" or a profile's name); false, with
// the names there are in `error`, when there is none.
bool selectProfile(Settings &settings, const QString &idOrName, QString *error)
{
    auto profile = settings.profile(idOrName);
    if (!profile)
        profile = settings.profileByName(idOrName);
    if (!profile) {
        QStringList names;
        for (const Profile &p : settings.profiles())
            names.append(p.name);
        if (error)
            *error = QCoreApplication::translate("main",
                                                 "There is no profile named \"%1\". "
                                                 "Profiles: %2.")
                         .arg(idOrName, names.join(u", "_s));
        return false;
    }
    settings.setActiveProfileId(profile->id);
    return true;
}

} // namespace

std::unique_ptr<AppContext> AppContext::create(Options options, QString *error)
{
    auto settings = std::make_unique<Settings>(options.settingsPath);
    // Selected before any connection is made, so that only its secret is read.
    if (options.startProfile && !selectProfile(*settings, *options.startProfile, error))
        return nullptr;
    return std::unique_ptr<AppContext>(new AppContext(std::move(settings), std::move(options)));
}

AppContext::AppContext(std::unique_ptr<Settings> settings, Options options)
    : m_settings(std::move(settings))
{
    // The wheel and Enter as every window takes them.
    InputGuard::install();
    m_sandbox = std::make_unique<sandbox::SandboxServer>(options.sandbox);
    // Search's minute of 101 after completion, as the vendor's, unless the Sandbox setting (or
    // the options, for tests and demos) turns it off; a change of the setting is the user's say.
    if (m_settings->sandboxInstantSearch())
        m_sandbox->setInstantSearch(true);
    QObject::connect(
        m_settings.get(), &Settings::sandboxInstantSearchChanged, m_sandbox.get(),
        [server = m_sandbox.get()](bool instant) { server->setInstantSearch(instant); });
    // The port is taken now in any case: the Sandbox profile needs its URL.
    m_sandboxListening = m_sandbox->listen(0, options.sandboxServing);
    m_network = std::make_unique<NetworkActivity>();
    m_exchanges = std::make_unique<ExchangeLog>();
    m_secrets = std::make_unique<SecretStore>(
        options.keychain ? std::move(options.keychain) : SecretStore::createKeychainBackend(),
        options.configDir);
    m_connections = std::make_unique<Connections>(
        m_settings.get(), m_secrets.get(), m_exchanges.get(),
        SandboxEndpoint {m_sandbox->baseUrl(), options.sandbox.simulator.clientId,
                         options.sandbox.simulator.clientSecret});
    m_connections->active(); // the selected profile's secret is read now
    m_history = makeHistory(options);
}

std::unique_ptr<HistoryStore> AppContext::makeHistory(const Options &options)
{
    const QString file =
        options.historyPath.isEmpty() ? HistoryStore::defaultFilePath() : options.historyPath;
    if (!m_settings->sharedHistory())
        return std::make_unique<HistoryStore>(file);
    // The outbox lives beside where the file would.
    const QString outbox = QFileInfo(file).dir().filePath(u"team-outbox.sqlite"_s);
    auto team = std::make_unique<TeamHistoryStore>(m_settings->teamDatabase(), outbox);
    m_team = team.get();
    return team;
}

AppContext::~AppContext() = default;

AppServices AppContext::services() const
{
    AppServices services;
    services.settings = m_settings.get();
    services.secrets = m_secrets.get();
    services.connections = m_connections.get();
    services.network = m_network.get();
    services.exchanges = m_exchanges.get();
    services.sandbox = m_sandbox.get();
    services.history = m_history.get();
    return services;
}

void AppContext::startDeferred()
{
    m_sandbox->serve();
    if (!m_team) {
        openHistory();
        return;
    }
    // The team database's password comes from the keychain first; without one, libpq's own
    // (PGPASSWORD, ~/.pgpass) may still serve.
    m_secrets->readSecret(QString(Settings::kTeamSecretId), m_team,
                          [this](const SecretStore::Result &result) {
                              if (result.ok && result.found)
                                  m_team->setPassword(result.secret);
                              openHistory();
                          });
}

void AppContext::openHistory()
{
    m_history->open(); // a failure is shown by the history view and told by openNotice()
    m_history->applyRetention(m_settings->historyRetentionDays());
}
