// Verify Desk: the composition root. Builds the services and hands them to the main window.

#include "AppServices.h"
#include "DeferredIconStyle.h"
#include "Dialogs.h"
#include "InputGuard.h"
#include "MainWindow.h"
#include "NetworkActivity.h"
#include "SandboxServer.h"
#include "api/ExchangeLog.h"
#include "history/HistoryStore.h"
#include "phone/PhoneNumber.h"
#include "settings/Connections.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <sys/stat.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

void installTranslations(QApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"verifydesk"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(own);
}

// The language from --lang, else the setting, else the system's.
QLocale chooseLocale(const QString &langOption, const QString &settingsPath)
{
    if (!langOption.isEmpty())
        return QLocale(langOption);
    // Read before the Settings object exists: its built-in names are translated on creation.
    const Settings::Language language = Settings::storedLanguage(settingsPath);
    if (language != Settings::Language::System)
        return QLocale(Settings::languageCode(language));
    return QLocale();
}

// Runs a function on the next turn of the event loop after the watched window has painted for
// the first time: work the first paint does not need, and for bench/ the quit that times a start
// from process start to first paint. A window that is not painted within a second (started
// minimised, say) gets the function then.
class AfterFirstPaint : public QObject
{
    Q_DISABLE_COPY_MOVE(AfterFirstPaint)

public:
    AfterFirstPaint(QObject *watched, std::function<void()> then)
        : QObject(watched)
        , m_then(std::move(then))
    {
        watched->installEventFilter(this);
        QTimer::singleShot(1000, this, &AfterFirstPaint::run);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, &AfterFirstPaint::run);
        }
        return false;
    }

private:
    void run()
    {
        if (!m_then)
            return;
        parent()->removeEventFilter(this);
        const std::function<void()> then = std::exchange(m_then, nullptr);
        then();
    }

    std::function<void()> m_then;
};

} // namespace

int main(int argc, char *argv[])
{
    // Everything Verify Desk writes (settings, the history with customers' numbers, exports, the
    // secret's fallback file) is readable by the user only.
    ::umask(S_IRWXG | S_IRWXO);
    QApplication app(argc, argv);
    // The style QApplication would pick, with the icons the window does not show at first read
    // when first drawn: the first image read loads every image-format plugin.
    QApplication::setStyle(new DeferredIconStyle);
    // The wheel and Enter as every window takes them; tests/app/AppHarness does the same.
    InputGuard::install();
    QApplication::setApplicationName(u"Verify Desk"_s);
    QApplication::setOrganizationName(u"verifydesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(VERIFYDESK_VERSION));
    QApplication::setDesktopFileName(u"nl.verifydesk.VerifyDesk"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Verify phone numbers with the Nexmo Verify API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        u"profile"_s,
        QApplication::translate("main", "Start with the profile named NAME (or with that id)."),
        u"NAME"_s);
    const QCommandLineOption langOption(
        u"lang"_s, QApplication::translate("main", "User interface language: en or nl."),
        u"CODE"_s);
    QCommandLineOption quitAfterFirstPaintOption(u"quit-after-first-paint"_s,
                                                 u"Quit after the first paint (for benchmarks)."_s);
    quitAfterFirstPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // Reads a number as the wizard does and prints its E.164 form: the installation check uses it
    // to see that the installed binary finds its phone-number module.
    QCommandLineOption checkNumberOption(
        u"check-number"_s, u"Print the E.164 form of NUMBER (read in NL) and exit."_s, u"NUMBER"_s);
    checkNumberOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({profileOption, langOption, quitAfterFirstPaintOption, checkNumberOption});
    parser.process(app);
    if (parser.isSet(checkNumberOption)) {
        const PhoneNumber number = PhoneNumber::parse(parser.value(checkNumberOption));
        QTextStream(number.isValid() ? stdout : stderr)
            << (number.isValid() ? number.e164() : number.errorText()) << Qt::endl;
        return number.isValid() ? 0 : 1;
    }

    if (parser.isSet(langOption) && !Settings::languageFromCode(parser.value(langOption))) {
        QTextStream(stderr) << QApplication::translate("main",
                                                       "Unknown language \"%1\": use en or nl.")
                                   .arg(parser.value(langOption))
                            << Qt::endl;
        return 2;
    }

    const QString configDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(configDir);
    const QString settingsPath = Settings::defaultFilePath();
    const QLocale locale = chooseLocale(parser.value(langOption), settingsPath);
    QLocale::setDefault(locale);
    installTranslations(app, locale);

    Settings settings(settingsPath);
    if (parser.isSet(profileOption)) {
        // A profile's id ("sandbox", "kpn-production") or its name.
        auto profile = settings.profile(parser.value(profileOption));
        if (!profile)
            profile = settings.profileByName(parser.value(profileOption));
        if (!profile) {
            QStringList names;
            for (const Profile &p : settings.profiles())
                names.append(p.name);
            QTextStream(stderr) << QApplication::translate("main",
                                                           "There is no profile named \"%1\". "
                                                           "Profiles: %2.")
                                       .arg(parser.value(profileOption), names.join(u", "_s))
                                << Qt::endl;
            return 2;
        }
        settings.setActiveProfileId(profile->id);
    }

    sandbox::SandboxOptions sandboxOptions;
    sandbox::SandboxServer sandboxServer(sandboxOptions);
    // The port is taken now (the Sandbox profile needs its URL); the HTTP server is made after
    // the first paint, and a request made before that waits for it.
    const bool sandboxListening = sandboxServer.listen(0, sandbox::SandboxServer::Serving::Later);

    NetworkActivity network;
    ExchangeLog exchanges;
    SecretStore secrets(SecretStore::createKeychainBackend(), configDir);
    Connections connections(&settings, &secrets, &exchanges,
                            {sandboxServer.baseUrl(), sandboxOptions.simulator.clientId,
                             sandboxOptions.simulator.clientSecret});
    connections.active(); // the selected profile's secret is read now

    // Opened after the first paint (below): the window does not read it before that.
    HistoryStore history(HistoryStore::defaultFilePath());

    AppServices services;
    services.history = &history;
    services.settings = &settings;
    services.secrets = &secrets;
    services.connections = &connections;
    services.network = &network;
    services.exchanges = &exchanges;
    services.sandbox = &sandboxServer;

    MainWindow window(services);
    // What the first paint does not need: serving the Sandbox, opening the history, and the
    // notices about either or about the settings file.
    const auto afterFirstPaint = [&] {
        sandboxServer.serve();
        history.open(); // a failure is shown by the history view and announced below
        history.applyRetention(settings.historyRetentionDays());
        if (!sandboxListening) {
            Dialogs::warning(&window, QApplication::translate("main", "Sandbox"),
                             QApplication::translate("main",
                                                     "The built-in Sandbox could not listen on a "
                                                     "loopback port. Check that 127.0.0.1 is "
                                                     "available."));
        }
        if (!history.openNotice().isEmpty())
            Dialogs::warning(&window, QApplication::translate("main", "History"),
                             history.openNotice());
        if (!settings.loadNotice().isEmpty())
            Dialogs::information(&window, QApplication::translate("main", "Settings"),
                                 settings.loadNotice());
    };
    // The benchmark times process start to first paint: it quits then, before the deferred work.
    if (parser.isSet(quitAfterFirstPaintOption))
        new AfterFirstPaint(&window, [] { QCoreApplication::quit(); });
    else
        new AfterFirstPaint(&window, afterFirstPaint);
    window.show();
    return app.exec();
}
