#pragma once

#include "AppContext.h"
#include "FakeSecretBackend.h"
#include "NetworkActivity.h"
#include "SandboxServer.h"
#include "api/ExchangeLog.h"
#include "api/TokenClient.h"
#include "api/VerifyClient.h"
#include "history/HistoryStore.h"
#include "history/TeamDatabase.h"
#include "settings/Connections.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QColor>
#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>

class MainWindow;

// Every service the main window needs, wired by AppContext as for main.cpp but on a temporary
// settings file and history, an in-memory keychain that tests can make fail, and an in-process
// sandbox whose clock moves only when the test advances it.
class AppHarness
{
public:
    AppHarness();
    // The same with the history in the team's shared database `team` (its outbox in the
    // harness's folder), as Settings would have it.
    explicit AppHarness(const TeamDatabase &team);

    AppServices services() const { return m_context->services(); }
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("verifydesk.ini")); }
    QString configDir() const { return m_dir.path(); }
    FakeSecretBackend *keychain() const { return m_keychain; }
    sandbox::SandboxServer &sandbox() { return m_context->sandbox(); }
    Settings &settings() { return m_context->settings(); }
    SecretStore &secrets() { return m_context->secrets(); }
    Connections &connections() { return m_context->connections(); }
    // The selected profile's connection, client and token client.
    ProfileConnection &connection() { return *connections().active(); }
    ExchangeLog &exchanges() { return m_context->exchanges(); }
    VerifyClient &client() { return *connection().client(); }
    TokenClient &tokens() { return *connection().tokens(); }
    HistoryStore &history() { return m_context->history(); }

    // Another simulator like the harness's own (virtual time moves only when advanced), for a
    // second profile's endpoints.
    static std::unique_ptr<sandbox::SandboxServer> makeSandbox();

    // The main window on this harness's services at 1024x700, shown and active; null when the
    // window did not become active.
    std::unique_ptr<MainWindow> openMainWindow();

    // A custom profile that talks to the in-process sandbox through the KPN routes.
    Profile sandboxBackedProfile(const QString &name) const;
    // Such a profile (on `sandboxUrl`, this harness's sandbox when empty) saved with its secret,
    // once its connection is ready to send. Returns it as stored (with its id).
    Profile addSandboxBackedProfile(const QString &name, bool production = false,
                                    const QUrl &sandboxUrl = {});

private:
    void start();

    QTemporaryDir m_dir;
    FakeSecretBackend *m_keychain = nullptr; // owned by the context's SecretStore
    std::unique_ptr<AppContext> m_context;
};

// In `window`'s Verify area: types 0612345678 in step 1, sends it, and waits until the PIN step
// shows and the sandbox's first message has gone out. Check QTest::currentTestFailed() after.
void sendPinFromStepOne(MainWindow *window);

// The WCAG contrast ratio of two colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);

// The app's own catalogue for `language` installed and its locale made the default, as main()
// does for --lang, until this is destroyed. Made before the services, so that their built-in
// names are translated too. English is the source language: nothing is installed for it.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    Q_DISABLE_COPY_MOVE(LanguageScope)

    // False when the catalogue of a language other than English did not load.
    bool isInstalled() const { return m_installed; }

private:
    QLocale m_previous;
    std::unique_ptr<QTranslator> m_translator;
    bool m_installed = true;
};
