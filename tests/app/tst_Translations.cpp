// The Dutch translation as a user and a translator meet it: the embedded catalogue turns the real
// main window Dutch, the source catalogue has no unfinished or empty entry and keeps every %N, and
// Qt's own Dutch catalogue is found where the app looks for it.

#include "AppHarness.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "verify/VerifyWizard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Every %1…%99 and %n a message carries, %L1 counted as %1.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(\\d{1,2}|n)"_s);
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(u", "_s);
}

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form, or one
    bool unfinished = false;
    bool obsolete = false;
    bool numerus = false; // "%n" with plural forms
};

// Reads translations/*.ts as lupdate writes it: context > message > source, translation with
// either text or numerusform children, and a type attribute for unfinished or obsolete entries.
QList<TsMessage> readTs(QIODevice *device, QString *error)
{
    QList<TsMessage> messages;
    QXmlStreamReader xml(device);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = TsMessage {};
            current.context = context;
            current.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(u"type"_s);
            current.unfinished = type == u"unfinished";
            current.obsolete = type == u"obsolete" || type == u"vanished";
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    current.translations.append(xml.readElementText());
            }
            if (current.translations.isEmpty())
                current.translations.append(text);
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void mainWindowSpeaksDutch();
    void countriesHaveTheirDutchNames();
    void sourceCatalogueIsComplete();
    void qtOwnDutchCatalogueLoads();
    void englishPluralsAreWhole();

private:
    std::unique_ptr<QTranslator> m_translator;
};

void tst_Translations::cleanup()
{
    if (m_translator) {
        QApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
}

void tst_Translations::mainWindowSpeaksDutch()
{
    m_translator = std::make_unique<QTranslator>();
    QVERIFY2(m_translator->load(u":/i18n/verifydesk_nl.qm"_s),
             "the Dutch catalogue is not embedded under :/i18n");
    QVERIFY(!m_translator->isEmpty());
    QCOMPARE(m_translator->language(), u"nl_NL"_s);
    QVERIFY(QApplication::installTranslator(m_translator.get()));

    // Installed before the services exist, as main() does, so that built-in names are Dutch too.
    Dialogs::resetTestState();
    AppHarness harness;
    MainWindow window(harness.services());
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 5);
    QCOMPARE(navigation->item(0)->text(), u"Verifiëren"_s);
    QCOMPARE(navigation->item(1)->text(), u"Geschiedenis"_s);
    QCOMPARE(navigation->item(2)->text(), u"Inspector"_s);
    QCOMPARE(navigation->item(3)->text(), u"Console"_s);
    QCOMPARE(navigation->item(4)->text(), u"Instellingen"_s);

    auto *fileMenu = window.findChild<QMenu *>(u"menuFile"_s);
    QVERIFY(fileMenu);
    QCOMPARE(fileMenu->title(), u"&Bestand"_s);
    auto *viewMenu = window.findChild<QMenu *>(u"menuView"_s);
    QVERIFY(viewMenu);
    QCOMPARE(viewMenu->title(), u"Bee&ld"_s);
    // The menu built in code, not from the form, is translated as well.
    QStringList menuTitles;
    for (QAction *action : window.menuBar()->actions())
        menuTitles << action->text();
    QVERIFY2(menuTitles.contains(u"&Profiel"_s), qPrintable(menuTitles.join(u" | "_s)));

    window.showArea(MainWindow::Area::Settings);
    auto *save = window.findChild<QPushButton *>(u"saveButton"_s);
    QVERIFY(save);
    QCOMPARE(save->text(), u"&Opslaan"_s);

    // The banner comes from code with an argument, not from a form.
    QVERIFY2(window.bannerText().contains(u"geen echte berichten"_s),
             qPrintable(window.bannerText()));
}

void tst_Translations::countriesHaveTheirDutchNames()
{
    LanguageScope dutch(u"nl"_s);
    QVERIFY(dutch.isInstalled());
    Dialogs::resetTestState();
    AppHarness harness;
    MainWindow window(harness.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *countries = window.verifyWizard()->findChild<QComboBox *>(u"countryCombo"_s);
    QVERIFY(countries);
    QStringList names;
    for (int i = 0; i < countries->count(); ++i)
        names << countries->itemText(i);
    const QString all = names.join(u" | "_s);
    for (const QString &name : {u"Duitsland (+49)"_s, u"België (+32)"_s, u"Nederland (+31)"_s,
                                u"Verenigd Koninkrijk (+44)"_s, u"Zwitserland (+41)"_s})
        QVERIFY2(names.contains(name), qPrintable(name + u" not in "_s + all));
    QVERIFY2(!names.contains(u"Germany (+49)"_s), qPrintable(all));
    // In the order of their Dutch names, with the Netherlands chosen.
    for (qsizetype i = 1; i < names.size(); ++i)
        QVERIFY2(QString::localeAwareCompare(names.at(i - 1), names.at(i)) <= 0, qPrintable(all));
    QCOMPARE(countries->currentText(), u"Nederland (+31)"_s);
}

void tst_Translations::sourceCatalogueIsComplete()
{
    QFile file(QStringLiteral(VERIFYDESK_TS_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QString error;
    const QList<TsMessage> messages = readTs(&file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);

    QStringList problems;
    for (const TsMessage &message : messages) {
        if (message.obsolete)
            continue;
        const QString where = u"%1: \"%2\""_s.arg(message.context, message.source);
        if (message.unfinished)
            problems << where + u" is unfinished"_s;
        const QSet<QString> expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            if (translation.isEmpty()) {
                problems << where + u" has an empty translation"_s;
                continue;
            }
            const QSet<QString> actual = placeholders(translation);
            if (actual != expected)
                problems << where
                        + u" has placeholders {%1} in \"%2\", the source {%3}"_s.arg(
                            sorted(actual), translation, sorted(expected));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u"\n"_s)));
}

void tst_Translations::qtOwnDutchCatalogueLoads()
{
    const QString directory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(directory + u"/qtbase_nl.qm"_s))
        QSKIP(qPrintable(
            u"qtbase_nl.qm is not in %1: install qt6-translations-l10n"_s.arg(directory)));

    // Loaded the way main() loads it.
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(QLocale(u"nl"_s), u"qtbase"_s, u"_"_s, directory));
    QVERIFY(QApplication::installTranslator(m_translator.get()));
    // A string Qt's own dialogs show.
    QCOMPARE(QApplication::translate("QPlatformTheme", "Cancel"), u"Annuleren"_s);
}

void tst_Translations::englishPluralsAreWhole()
{
    // Every "%n …(s)" message has its English singular and plural, as the Dutch ones do.
    QList<TsMessage> catalogues[2];
    const char *files[] = {VERIFYDESK_TS_FILE, VERIFYDESK_EN_TS_FILE};
    for (int i = 0; i < 2; ++i) {
        QFile file(QString::fromUtf8(files[i]));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QString error;
        catalogues[i] = readTs(&file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const auto plurals = [](const QList<TsMessage> &messages) {
        QStringList found;
        for (const TsMessage &message : messages) {
            if (message.numerus && !message.obsolete)
                found.append(message.context + u": "_s + message.source);
        }
        found.sort();
        return found;
    };
    QVERIFY(!plurals(catalogues[0]).isEmpty());
    QCOMPARE(plurals(catalogues[1]), plurals(catalogues[0]));
    for (const TsMessage &message : std::as_const(catalogues[1])) {
        const QString where = u"%1: \"%2\""_s.arg(message.context, message.source);
        QVERIFY2(message.numerus, qPrintable(where + u" is not a plural"_s));
        QVERIFY2(!message.unfinished, qPrintable(where + u" is unfinished"_s));
        QCOMPARE(message.translations.size(), 2);
        for (const QString &form : message.translations) {
            QVERIFY2(!form.contains(u"(s)"_s), qPrintable(where + u": "_s + form));
            QCOMPARE(placeholders(form), placeholders(message.source));
        }
    }

    // Loaded the way main() loads it, under every language.
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(u"verifydesk_en"_s, u":/i18n"_s));
    QVERIFY(QApplication::installTranslator(m_translator.get()));
    QCOMPARE(QApplication::translate("SettingsPanel", "%n second(s)", nullptr, 1), u"1 second"_s);
    QCOMPARE(QApplication::translate("SettingsPanel", "%n second(s)", nullptr, 2), u"2 seconds"_s);
    QCOMPARE(QApplication::translate("HistoryView", "Copied %n request ID(s).", nullptr, 1),
             u"Copied 1 request ID."_s);
}

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
