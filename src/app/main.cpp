// Verify Desk: the composition root. Builds the services and hands them to the main window.

#include "AppContext.h"
#include "DeferredIconStyle.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "history/HistoryStore.h"
#include "history/TeamHistorySetup.h"
#include "phone/PhoneNumber.h"
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
#include <optional>
#include <sys/stat.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

void installTranslations(QApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    // English plurals under every language (a translator installed later is asked first).
    auto *plurals = new QTranslator(&app);
    if (plurals->load(u"verifydesk_en"_s, u":/i18n"_s))
        QApplication::installTranslator(plurals);
    if (locale.language() == QLocale::English)
        return;
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

// The command line as main() reads it.
struct CommandLine
{
    std::optional<QString> profile; // set when given, even empty
    std::optional<QString> lang;
    std::optional<QString> checkNumber;
    std::optional<QString> setupTeamHistory; // a libpq connection string
    bool quitAfterFirstPaint = false;
};

void setApplicationNames()
{
    QApplication::setApplicationName(u"Verify Desk"_s);
    QApplication::setOrganizationName(u"verifydesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(VERIFYDESK_VERSION));
    QApplication::setDesktopFileName(u"nl.verifydesk.VerifyDesk"_s);
}

CommandLine parseCommandLine(const QApplication &app)
{
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
    const QCommandLineOption setupTeamHistoryOption(
        u"setup-team-history"_s,
        QApplication::translate("main",
                                "Set up or update the shared team history in the PostgreSQL "
                                "database CONNINFO names (for example \"host=db.example.org "
                                "dbname=verifydesk user=admin\"; the password from PGPASSWORD or "
                                "~/.pgpass), as an account that may create tables and roles, then "
                                "exit."),
        u"CONNINFO"_s);
    parser.addOptions({profileOption, langOption, quitAfterFirstPaintOption, checkNumberOption,
                       setupTeamHistoryOption});
    parser.process(app);

    CommandLine line;
    const auto valueOf = [&parser](const QCommandLineOption &option) {
        return parser.isSet(option) ? std::optional(parser.value(option)) : std::nullopt;
    };
    line.profile = valueOf(profileOption);
    line.lang = valueOf(langOption);
    line.checkNumber = valueOf(checkNumberOption);
    line.setupTeamHistory = valueOf(setupTeamHistoryOption);
    line.quitAfterFirstPaint = parser.isSet(quitAfterFirstPaintOption);
    return line;
}

// --check-number: the number's E.164 form on stdout (0), or why it is not valid on stderr (1).
int checkNumber(const QString &text)
{
    const PhoneNumber number = PhoneNumber::parse(text);
    QTextStream(number.isValid() ? stdout : stderr)
        << (number.isValid() ? number.e164() : number.errorText()) << Qt::endl;
    return number.isValid() ? 0 : 1;
}

// --setup-team-history: runs the schema files the database lacks and says what it did (0), or
// why it could not (1).
int setupTeamHistory(const QString &conninfo)
{
    QStringList report;
    const bool ok = TeamHistorySetup::run(TeamDatabase::fromConnectionString(conninfo), &report);
    QTextStream out(ok ? stdout : stderr);
    for (const QString &line : std::as_const(report))
        out << line << Qt::endl;
    return ok ? 0 : 1;
}

// The notices about what startDeferred() did or could not do, and about the settings file.
void showStartNotices(QWidget *window, AppContext &context)
{
    if (!context.sandboxListening()) {
        Dialogs::warning(window, QApplication::translate("main", "Sandbox"),
                         QApplication::translate("main",
                                                 "The built-in Sandbox could not listen on a "
                                                 "loopback port. Check that 127.0.0.1 is "
                                                 "available."));
    }
    if (!context.history().openNotice().isEmpty())
        Dialogs::warning(window, QApplication::translate("main", "History"),
                         context.history().openNotice());
    if (!context.settings().loadNotice().isEmpty())
        Dialogs::information(window, QApplication::translate("main", "Settings"),
                             context.settings().loadNotice());
}

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
    setApplicationNames();

    const CommandLine commandLine = parseCommandLine(app);
    if (commandLine.checkNumber)
        return checkNumber(*commandLine.checkNumber);
    if (commandLine.setupTeamHistory)
        return setupTeamHistory(*commandLine.setupTeamHistory);
    if (commandLine.lang && !Settings::languageFromCode(*commandLine.lang)) {
        QTextStream(stderr) << QApplication::translate("main",
                                                       "Unknown language \"%1\": use en or nl.")
                                   .arg(*commandLine.lang)
                            << Qt::endl;
        return 2;
    }

    AppContext::Options options;
    options.configDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(options.configDir);
    options.settingsPath = Settings::defaultFilePath();
    const QLocale locale = chooseLocale(commandLine.lang.value_or(QString()), options.settingsPath);
    QLocale::setDefault(locale);
    installTranslations(app, locale);

    // The HTTP server of the Sandbox is made after the first paint, and a request made before
    // that waits for it; the history is opened then too: the window does not read it before.
    options.sandboxServing = sandbox::SandboxServer::Serving::Later;
    options.startProfile = commandLine.profile;
    QString error;
    const std::unique_ptr<AppContext> context = AppContext::create(std::move(options), &error);
    if (!context) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }

    MainWindow window(context->services());
    // The benchmark times process start to first paint: it quits then, before the deferred work.
    if (commandLine.quitAfterFirstPaint) {
        new AfterFirstPaint(&window, [] { QCoreApplication::quit(); });
    } else {
        new AfterFirstPaint(&window, [&window, &context] {
            context->startDeferred();
            showStartNotices(&window, *context);
        });
    }
    window.show();
    return app.exec();
}
