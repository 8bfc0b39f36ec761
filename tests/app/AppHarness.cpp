#include "AppHarness.h"

#include "MainWindow.h"
#include "SandboxPhone.h"
#include "SecretSupport.h"
#include "verification/VerificationSession.h"
#include "verify/VerifyWizard.h"

#include <QLineEdit>
#include <QPushButton>
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
    // The app's flows and History search right after a check or cancel: search's 101 minute
    // after completion (the vendor's rule, on by default in the sandbox) is switched off here.
    options.simulator.instantSearch = true;
    // Virtual time stands still in these tests, so every call would fall in the same second: the
    // vendor's limit of 30 calls a second is switched off too (a test of it turns it back on).
    options.simulator.callsPerSecond = 0;
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
    start();
}

AppHarness::AppHarness(const TeamDatabase &team)
{
    {
        Settings settings(settingsPath());
        settings.setSharedHistory(true);
        settings.setTeamDatabase(team);
    }
    start();
    if (!team.password.isEmpty())
        qFatal("AppHarness: a team database password would have to come from the keychain");
}

void AppHarness::start()
{
    AppContext::Options options;
    options.settingsPath = settingsPath();
    options.configDir = m_dir.path();
    options.historyPath = m_dir.filePath(u"history.sqlite"_s);
    auto keychain = std::make_unique<FakeSecretBackend>();
    m_keychain = keychain.get();
    options.keychain = std::move(keychain);
    options.sandbox = testSandboxOptions();
    m_context = AppContext::create(std::move(options));
    if (!m_context->sandboxListening())
        qFatal("the sandbox cannot listen on loopback");
    if (!m_context->history().open())
        qFatal("the history store cannot open in the test directory");
}

Profile AppHarness::sandboxBackedProfile(const QString &name) const
{
    Profile profile = Profile::custom(name);
    profile.tokenUrl = m_context->sandbox().baseUrl().resolved(
        QUrl(u"/oauth/client_credential/accesstoken?grant_type=client_credentials"_s));
    profile.apiBaseUrl =
        m_context->sandbox().baseUrl().resolved(QUrl(u"/communication/nexmo/verify"_s));
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
    if (!settings().addProfile(profile, &error))
        qFatal("the profile cannot be added: %s", qPrintable(error));
    profile = *settings().profileByName(name);
    if (!storeSecret(secrets(), profile.id, u"sandbox-secret"_s))
        qFatal("the secret was not stored");
    ProfileConnection *connection = connections().connection(profile.id);
    connection->apply();
    if (!QTest::qWaitFor(
            [connection] { return connection->state() == ProfileConnection::State::Ready; }, 5000))
        qFatal("the profile's connection did not get ready");
    return profile;
}

LanguageScope::LanguageScope(const QString &language)
{
    m_translator = std::make_unique<QTranslator>();
    // English has a catalogue of its plurals only.
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

std::unique_ptr<MainWindow> AppHarness::openMainWindow()
{
    auto window = std::make_unique<MainWindow>(services());
    window->resize(1024, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

void sendPinFromStepOne(MainWindow *window)
{
    VerifyWizard *wizard = window->verifyWizard();
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("numberEdit")),
                     QStringLiteral("0612345678"));
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("sendButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(wizard->currentStep(), VerifyWizard::Step::Pin);
    QTRY_VERIFY(wizard->session()->eventsSent() > 0 && !wizard->session()->isBusy());
    QTRY_COMPARE(window->sandboxPhone()->messageCount(), 1);
}
