// Verify Desk: the composition root. Builds the services and hands them to the main window.

#include "MainWindow.h"
#include "SandboxServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Verify Desk"_s);
    QApplication::setOrganizationName(u"Verify Desk"_s);
    QApplication::setApplicationVersion(QStringLiteral(VERIFYDESK_VERSION));
    QApplication::setDesktopFileName(u"verifydesk"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Verify phone numbers with the Nexmo Verify API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        u"lang"_s, QApplication::translate("main", "User interface language (en, nl)."), u"code"_s);
    parser.addOption(langOption);
    parser.process(app);

    QLocale locale;
    if (parser.isSet(langOption))
        locale = QLocale(parser.value(langOption));
    QLocale::setDefault(locale);
    installTranslations(app, locale);

    sandbox::SandboxServer sandbox;
    if (!sandbox.listen(0)) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Verify Desk"),
            QApplication::translate("main",
                                    "The built-in Sandbox could not listen on a "
                                    "loopback port. Check that 127.0.0.1 is available."));
    }

    MainWindow window(&sandbox);
    window.show();
    return app.exec();
}
