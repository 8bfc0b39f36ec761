// Alt+letter does what it says: in every state of every page, in English and in Dutch, a visible
// mnemonic that acts (a menu title, a button, a check box, a group box, a tab, the Sandbox phone's
// buttons) has its letter to itself. When two share a letter Qt only moves the focus between
// them, so a button would no longer be pressed. Labels, whose mnemonic moves the focus to their
// field anyway, may share a letter with one other label (Alt+letter again reaches the second),
// never with something that acts: the Settings page has more fields than the alphabet has
// letters left.

#include "AppHarness.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "SandboxPhone.h"
#include "console/ApiConsole.h"
#include "settings/SettingsPanel.h"
#include "verification/VerificationSession.h"
#include "verify/VerifyWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

struct Mnemonic
{
    QKeySequence keys;
    QString owner; // what the user sees: the text, and the object's name
    bool moveFocusOnly = false; // a label, whose letter moves the focus to its buddy
};

QString describe(const QObject *object, const QString &text)
{
    return u"\"%1\" (%2)"_s.arg(text, object->objectName());
}

void add(QList<Mnemonic> &into, const QObject *object, const QString &text)
{
    if (Qt::mightBeRichText(text))
        return;
    const QKeySequence keys = QKeySequence::mnemonic(text);
    if (!keys.isEmpty())
        into.append(
            {keys, describe(object, text), qobject_cast<const QLabel *>(object) != nullptr});
}

// Every mnemonic the window answers to as it is shown now. Disabled controls count too: they
// become enabled as the user goes on, and their letter must still be theirs.
QList<Mnemonic> visibleMnemonics(QMainWindow *window)
{
    QList<Mnemonic> found;
    for (const QAction *menu : window->menuBar()->actions()) {
        if (menu->isVisible())
            add(found, menu, menu->text());
    }
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->buddy())
                add(found, label, label->text());
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            add(found, button, button->text());
        } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
            add(found, group, group->title());
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(found, tabs, tabs->tabText(i));
            }
        }
    }
    return found;
}

QStringList clashes(const QList<Mnemonic> &mnemonics)
{
    QMap<QString, QList<Mnemonic>> byKeys;
    for (const Mnemonic &m : mnemonics)
        byKeys[m.keys.toString(QKeySequence::PortableText)].append(m);
    QStringList out;
    for (auto it = byKeys.cbegin(); it != byKeys.cend(); ++it) {
        const QList<Mnemonic> &sharing = it.value();
        const bool labelsOnly = std::all_of(sharing.cbegin(), sharing.cend(),
                                            [](const Mnemonic &m) { return m.moveFocusOnly; });
        if (sharing.size() < 2 || (labelsOnly && sharing.size() == 2))
            continue;
        QStringList owners;
        for (const Mnemonic &m : sharing)
            owners.append(m.owner);
        out.append(it.key() + u": "_s + owners.join(u", "_s));
    }
    return out;
}

} // namespace

class tst_Mnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void uniqueInEveryState_data();
    void uniqueInEveryState();
    void clashesAreFound();

private:
    template<typename T> T *child(const QString &name) const
    {
        auto *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    void sendPin();

    std::unique_ptr<AppHarness> m_harness;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<LanguageScope> m_language;
};

void tst_Mnemonics::init()
{
    Dialogs::resetTestState();
}

void tst_Mnemonics::cleanup()
{
    m_window.reset();
    m_harness.reset();
    m_language.reset();
}

void tst_Mnemonics::sendPin()
{
    sendPinFromStepOne(m_window.get());
}

void tst_Mnemonics::uniqueInEveryState_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("state");
    const QStringList states = {u"number"_s,
                                u"options"_s,
                                u"pin"_s,
                                u"pin, SMS next"_s,
                                u"result"_s,
                                u"history"_s,
                                u"history, no match"_s,
                                u"inspector"_s,
                                u"console"_s,
                                u"console, answered"_s,
                                u"settings"_s,
                                u"new profile"_s,
                                u"new Vonage profile"_s,
                                u"no keychain"_s,
                                u"shared history"_s};
    for (const QString &language : {u"en"_s, u"nl"_s}) {
        for (const QString &state : states) {
            QTest::addRow("%s %s", qPrintable(language), qPrintable(state)) << language << state;
        }
    }
}

void tst_Mnemonics::uniqueInEveryState()
{
    QFETCH(QString, language);
    QFETCH(QString, state);
    m_language = std::make_unique<LanguageScope>(language);
    QVERIFY(m_language->isInstalled());
    m_harness = std::make_unique<AppHarness>();
    m_window = std::make_unique<MainWindow>(m_harness->services());
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    if (state == u"options"_s) {
        QTest::mouseClick(child<QToolButton>(u"optionsToggle"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QWidget>(u"optionsPanel"_s)->isVisible());
    } else if (state == u"pin, SMS next"_s) {
        // Workflow 2 (SMS, SMS, call): the next event is an SMS, and the button says so.
        auto *workflow = child<QComboBox>(u"workflowCombo"_s);
        workflow->setCurrentIndex(workflow->findData(2));
        sendPin();
        QCOMPARE(child<QPushButton>(u"nextEventButton"_s)->text(),
                 QCoreApplication::translate("PinStep", "Send &next SMS now"));
    } else if (state == u"pin"_s || state.startsWith(u"history"_s) || state == u"inspector"_s) {
        sendPin();
        if (state.startsWith(u"history"_s))
            m_window->showArea(MainWindow::Area::History);
        if (state == u"history, no match"_s) {
            // A filter that finds nothing: the empty state offers to show everything.
            QTest::keyClicks(child<QLineEdit>(u"filterEdit"_s), u"no such verification"_s);
            QTRY_VERIFY(child<QPushButton>(u"resetFiltersButton"_s)->isVisible());
        } else if (state == u"inspector"_s)
            m_window->showArea(MainWindow::Area::Inspector);
    } else if (state == u"result"_s) {
        sendPin();
        auto *phone = m_window->findChild<SandboxPhone *>();
        QTRY_COMPARE(phone->messageCount(), 1);
        const QRegularExpressionMatch pin =
            QRegularExpression(u"\\b(\\d{4,6})\\b"_s).match(phone->messageText(0));
        QVERIFY2(pin.hasMatch(), qPrintable(phone->messageText(0)));
        QTest::keyClicks(child<QLineEdit>(u"pinEdit"_s), pin.captured(1));
        QTest::keyClick(child<QLineEdit>(u"pinEdit"_s), Qt::Key_Return);
        QTRY_COMPARE(m_window->findChild<VerifyWizard *>()->currentStep(),
                     VerifyWizard::Step::Result);
    } else if (state.startsWith(u"console"_s)) {
        // The API console, and with an answer whose request id can be carried on.
        m_window->showArea(MainWindow::Area::Console);
        if (state == u"console, answered"_s) {
            ApiConsole *console = m_window->console();
            QTest::mouseClick(console->findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
            QTRY_VERIFY(console->findChild<QPushButton *>(u"useIdButton"_s)->isEnabled());
        }
    } else if (state == u"settings"_s) {
        m_window->showArea(MainWindow::Area::Settings);
    } else if (state.startsWith(u"new "_s)) {
        m_window->showArea(MainWindow::Area::Settings);
        QTest::mouseClick(child<QPushButton>(u"addButton"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QLineEdit>(u"nameEdit"_s)->isEnabled());
        if (state == u"new Vonage profile"_s) {
            // The vendor's kind: its credential labels instead of KPN's.
            auto *kind = m_window->settingsPanel()->findChild<QComboBox *>(u"profileKindCombo"_s);
            QVERIFY(kind);
            kind->setFocus();
            QTest::keyClick(kind, Qt::Key_Down);
            QTRY_VERIFY(!child<QLineEdit>(u"tokenUrlEdit"_s)->isVisible());
        }
    } else if (state == u"no keychain"_s) {
        m_harness->keychain()->setFailure(SecretBackend::Error::Unavailable,
                                          u"The name org.freedesktop.secrets was not provided"_s);
        Profile profile = m_harness->sandboxBackedProfile(u"Offline"_s);
        QString error;
        QVERIFY2(m_harness->settings().addProfile(profile, &error), qPrintable(error));
        m_window->showArea(MainWindow::Area::Settings);
        m_window->settingsPanel()->selectProfile(
            m_harness->settings().profileByName(u"Offline"_s)->id);
        QTRY_VERIFY(child<QRadioButton>(u"fileRadio"_s)->isVisible());
    } else if (state == u"shared history"_s) {
        // The team database's fields, shown once the shared history is chosen.
        m_window->showArea(MainWindow::Area::Settings);
        m_window->settingsPanel()->showHistorySettings();
        auto *place = child<QComboBox>(u"historyPlaceCombo"_s);
        place->setFocus();
        QTest::keyClick(place, Qt::Key_Down);
        QTRY_VERIFY(child<QLineEdit>(u"teamHostEdit"_s)->isVisible());
    }
    QTest::qWait(20);

    const QList<Mnemonic> mnemonics = visibleMnemonics(m_window.get());
    QVERIFY(mnemonics.size() >= 8); // the menus, the profile switcher and the page's own
    const QStringList found = clashes(mnemonics);
    QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u'\n')));
}

// The check itself: two buttons with the same letter are reported, with both names; labels are
// held to their own rule.
void tst_Mnemonics::clashesAreFound()
{
    QMainWindow window;
    auto *central = new QWidget(&window);
    auto *one = new QPushButton(u"&Save"_s, central);
    one->setObjectName(u"one"_s);
    auto *two = new QPushButton(u"&Send"_s, central);
    two->setObjectName(u"two"_s);
    two->move(0, 40);
    auto *escaped = new QPushButton(u"R&&D"_s, central); // no mnemonic at all
    escaped->move(0, 80);
    window.setCentralWidget(central);
    window.menuBar()->addMenu(u"&Settings"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList found = clashes(visibleMnemonics(&window));
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().startsWith(u"Alt+S: "_s), qPrintable(found.first()));
    QVERIFY(found.first().contains(u"(one)"_s));
    QVERIFY(found.first().contains(u"(two)"_s));
    QVERIFY(found.first().contains(u"\"&Settings\""_s));

    two->hide();
    window.menuBar()->clear();
    QVERIFY(clashes(visibleMnemonics(&window)).isEmpty());

    // Two labels may share a letter, a third may not, and a label never shares with a button.
    auto label = [central](const QString &text, const QString &name, int y) {
        auto *field = new QLineEdit(central);
        field->move(200, y);
        auto *l = new QLabel(text, central);
        l->setObjectName(name);
        l->setBuddy(field);
        l->move(0, y);
        l->show();
        field->show();
        return l;
    };
    label(u"&Name:"_s, u"name"_s, 120);
    label(u"Nu&mber:"_s, u"number"_s, 160);
    label(u"Na&me:"_s, u"nameAgain"_s, 200);
    QVERIFY(clashes(visibleMnemonics(&window)).isEmpty());
    QLabel *third = label(u"Ti&me:"_s, u"time"_s, 240);
    QCOMPARE(clashes(visibleMnemonics(&window)).size(), 1);
    third->hide();
    label(u"&Route:"_s, u"route"_s, 280);
    QVERIFY(clashes(visibleMnemonics(&window)).isEmpty());
    one->setText(u"&Run"_s);
    const QStringList withButton = clashes(visibleMnemonics(&window));
    QCOMPARE(withButton.size(), 1);
    QVERIFY2(withButton.first().startsWith(u"Alt+R: "_s), qPrintable(withButton.first()));
}

QTEST_MAIN(tst_Mnemonics)
#include "tst_Mnemonics.moc"
