#include "AppHarness.h"

#include "InputGuard.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

sandbox::SandboxOptions testSandboxOptions()
{
    sandbox::SandboxOptions options;
    options.timeScale = 1e-9; // virtual time moves only through /_sandbox/clock/advance
    options.seed = 1234;
    return options;
}

} // namespace

std::unique_ptr<sandbox::SandboxServer> AppHarness::makeSandbox()
{
    auto server = std::make_unique<sandbox::SandboxServer>(testSandboxOptions());
    if (!server->listen(0))
        qFatal("the sandbox cannot listen on loopback");
    return server;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

AppHarness::AppHarness()
{
    InputGuard::install(); // as main() does: the wheel and Enter as the app takes them
    const sandbox::SandboxOptions options = testSandboxOptions();
    m_sandbox = makeSandbox();
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
