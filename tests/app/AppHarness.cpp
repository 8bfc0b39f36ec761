#include "AppHarness.h"

#include "InputGuard.h"

#include <QTest>

using namespace Qt::StringLiterals;

AppHarness::AppHarness()
{
    InputGuard::install(); // as main() does: the wheel and Enter as the app takes them
    sandbox::SandboxOptions options;
    options.timeScale = 1e-9; // virtual time moves only through /_sandbox/clock/advance
    options.seed = 1234;
    m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
    if (!m_sandbox->listen(0))
        qFatal("the sandbox cannot listen on loopback");
    m_settings = std::make_unique<Settings>(settingsPath());
    auto keychain = std::make_unique<FakeSecretBackend>();
    m_keychain = keychain.get();
    m_secrets = std::make_unique<SecretStore>(std::move(keychain), m_dir.path());
    m_network = std::make_unique<NetworkActivity>();
    m_exchanges = std::make_unique<ExchangeLog>();
    m_connections = std::make_unique<Connections>(
        m_settings.get(), m_secrets.get(), m_exchanges.get(),
        SandboxEndpoint {m_sandbox->baseUrl(), options.simulator.clientId,
                         options.simulator.clientSecret});
    m_connections->active();
    m_history = std::make_unique<HistoryStore>(m_dir.filePath(u"history.sqlite"_s));
    if (!m_history->open())
        qFatal("the history store cannot open in the test directory");
}

AppServices AppHarness::services() const
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

Profile AppHarness::sandboxBackedProfile(const QString &name) const
{
    Profile profile = Profile::custom(name);
    profile.tokenUrl = m_sandbox->baseUrl().resolved(
        QUrl(u"/oauth/client_credential/accesstoken?grant_type=client_credentials"_s));
    profile.apiBaseUrl = m_sandbox->baseUrl().resolved(QUrl(u"/communication/nexmo/verify"_s));
    profile.clientId = u"sandbox-client"_s;
    return profile;
}

Profile AppHarness::addSandboxBackedProfile(const QString &name, bool production,
                                            const QUrl &sandboxUrl)
{
    Profile profile = sandboxBackedProfile(name);
    if (!sandboxUrl.isEmpty()) {
        profile.tokenUrl = sandboxUrl.resolved(
            QUrl(u"/oauth/client_credential/accesstoken?grant_type=client_credentials"_s));
        profile.apiBaseUrl = sandboxUrl.resolved(QUrl(u"/communication/nexmo/verify"_s));
    }
    profile.production = production;
    QString error;
    if (!m_settings->addProfile(profile, &error))
        qFatal("the profile cannot be added: %s", qPrintable(error));
    profile = *m_settings->profileByName(name);
    bool written = false;
    m_secrets->writeSecret(profile.id, u"sandbox-secret"_s, m_settings.get(),
                           [&written](const SecretStore::Result &result) {
                               if (!result.ok)
                                   qFatal("the secret cannot be stored");
                               written = true;
                           });
    if (!QTest::qWaitFor([&written] { return written; }, 5000))
        qFatal("the secret was not stored");
    ProfileConnection *connection = m_connections->connection(profile.id);
    connection->apply();
    if (!QTest::qWaitFor(
            [connection] { return connection->state() == ProfileConnection::State::Ready; }, 5000))
        qFatal("the profile's connection did not get ready");
    return profile;
}

LanguageScope::LanguageScope(const QString &language)
{
    if (language == u"en"_s)
        return;
    m_translator = std::make_unique<QTranslator>();
    m_installed = m_translator->load(QLocale(language), u"verifydesk"_s, u"_"_s, u":/i18n"_s)
        && QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(QLocale(language));
}

LanguageScope::~LanguageScope()
{
    if (!m_translator)
        return;
    QCoreApplication::removeTranslator(m_translator.get());
    QLocale::setDefault(m_previous);
}
