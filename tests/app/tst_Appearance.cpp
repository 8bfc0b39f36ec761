// How the main window looks and is reached: the Light / Dark / System theme switched live through
// the palette, error text that reads on both themes and carries a sign, labels with buddies,
// named icon-only buttons, the keyboard shortcuts window, 150% fonts in a 1024x700 window in
// English and in Dutch, whose words are longer, and forms that keep a readable measure in a
// 1920x1080 window.

#include "AppHarness.h"
#include "Appearance.h"
#include "DeferredIconStyle.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "ReadableWidth.h"
#include "SandboxPhone.h"
#include "about/ShortcutsDialog.h"
#include "history/HistoryModel.h"
#include "history/HistoryRecord.h"
#include "history/HistoryView.h"
#include "settings/SettingsPanel.h"
#include "verification/VerificationSession.h"
#include "verify/PinStep.h"
#include "verify/Timeline.h"
#include "verify/VerifyWizard.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QtMath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A label's visible text as the user reads it, or empty for pictures.
QString shownText(const QLabel *label)
{
    if (label->text().isEmpty())
        return {};
    if (label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()))) {
        QTextDocument doc;
        doc.setHtml(label->text());
        return doc.toPlainText();
    }
    return label->text();
}

// The visible buttons, fields and lists of a page that its layouts place, leaving out what sits
// inside a scroll area (it scrolls) or is part of another control (a line edit's clear button).
QList<QWidget *> laidOutControls(QWidget *page)
{
    QList<QWidget *> controls;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisible()
            || !(qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
                 || qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
                 || qobject_cast<QAbstractScrollArea *>(widget)))
            continue;
        bool part = false;
        for (QWidget *parent = widget->parentWidget(); parent && parent != page;
             parent = parent->parentWidget()) {
            part = part || qobject_cast<QAbstractScrollArea *>(parent)
                || qobject_cast<QComboBox *>(parent) || qobject_cast<QLineEdit *>(parent)
                || qobject_cast<QAbstractSpinBox *>(parent);
        }
        if (!part)
            controls.append(widget);
    }
    return controls;
}

// The labels under `root` whose text does not fit: wider than the label when it is on one line,
// taller when it wraps.
QStringList cutLabels(const QWidget *root)
{
    QStringList cut;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = shownText(label);
        if (!label->isVisible() || text.isEmpty())
            continue;
        if (!label->wordWrap() && label->sizeHint().width() > label->width() + 1) {
            cut << u"%1 \"%2\": needs %3 px, has %4"_s.arg(label->objectName(), text)
                       .arg(label->sizeHint().width())
                       .arg(label->width());
        } else if (label->wordWrap()
                   && label->heightForWidth(label->width()) > label->height() + 1) {
            cut << u"%1 \"%2\": needs %3 px high at %4, has %5"_s.arg(label->objectName(), text)
                       .arg(label->heightForWidth(label->width()))
                       .arg(label->width())
                       .arg(label->height());
        }
    }
    // A list's rows are cut where the widest is wider than what the list shows of it.
    for (const QListWidget *list : root->findChildren<QListWidget *>()) {
        if (list->isVisible() && list->sizeHintForColumn(0) > list->viewport()->width() + 1) {
            cut << u"%1: rows need %2 px, has %3"_s.arg(list->objectName())
                       .arg(list->sizeHintForColumn(0))
                       .arg(list->viewport()->width());
        }
    }
    return cut;
}

bool hasMnemonic(const QLabel *label)
{
    const QString text = label->text();
    if (Qt::mightBeRichText(text))
        return false;
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return true;
            ++i;
        }
    }
    return false;
}

} // namespace

class tst_Appearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void themeSwitchesThePaletteLive();
    void themeChoiceInTheSettingsPanel();
    void errorsReadOnBothThemesAndCarryASign();
    void bannerTextReadsOnEveryProfileColour();
    void mnemonicLabelsHaveBuddies();
    void iconOnlyButtonsHaveNames();
    void pinFieldAndCountdownsAreDescribed();
    void shortcutsWindowListsTheShortcuts();
    void shortcutsWindowListsEveryActionOnce_data();
    void shortcutsWindowListsEveryActionOnce();
    void largeFontsFitIn1024x700_data();
    void largeFontsFitIn1024x700();
    void historyKeepsWhatIsReadInViewIn1024x700();
    void formsKeepAReadableMeasure_data();
    void formsKeepAReadableMeasure();

private:
    void makeWindow();
    // The window builds History, Inspector and Settings when first shown: build them all, for the
    // checks that go over every page.
    void buildEveryPage();
    // A verification on the Sandbox, up to its PIN step (which each verification has its own).
    void startVerification();
    // ... and on to its result, after three wrong codes.
    void failVerification();
    template<typename T> T *child(const QString &name) const
    {
        auto *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }

    std::unique_ptr<AppHarness> m_harness;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<LanguageScope> m_language;
    QFont m_originalFont;
};

void tst_Appearance::init()
{
    Dialogs::resetTestState();
    m_originalFont = QApplication::font();
    m_harness = std::make_unique<AppHarness>();
}

void tst_Appearance::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_harness->services());
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_Appearance::startVerification()
{
    VerifyWizard *wizard = m_window->verifyWizard();
    auto *number = wizard->findChild<QLineEdit *>(u"numberEdit"_s);
    QTest::keyClicks(number, u"0612345678"_s);
    QTest::keyClick(number, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(wizard->currentStep(), VerifyWizard::Step::Pin);
}

void tst_Appearance::failVerification()
{
    VerifyWizard *wizard = m_window->verifyWizard();
    QTRY_VERIFY(!wizard->session()->isBusy());
    const QString wrong = m_window->findChild<SandboxPhone *>()->messageText(0).contains(u"0000"_s)
        ? u"1111"_s
        : u"0000"_s;
    for (int i = 0; i < 3 && wizard->currentStep() == VerifyWizard::Step::Pin; ++i) {
        auto *pin = child<QLineEdit>(u"pinEdit"_s);
        QTest::keyClicks(pin, wrong);
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY(wizard->currentStep() != VerifyWizard::Step::Pin
                    || (!wizard->session()->isBusy() && pin->text().isEmpty()));
    }
    QTRY_COMPARE(wizard->currentStep(), VerifyWizard::Step::Result);
}

void tst_Appearance::buildEveryPage()
{
    QVERIFY(m_window->history());
    QVERIFY(m_window->inspector());
    QVERIFY(m_window->settingsPanel());
}

void tst_Appearance::cleanup()
{
    if (m_harness)
        m_harness->settings().setTheme(Settings::Theme::System);
    m_window.reset();
    m_harness.reset();
    m_language.reset();
    QApplication::setFont(m_originalFont);
    Appearance::apply(Settings::Theme::System);
}

void tst_Appearance::themeSwitchesThePaletteLive()
{
    makeWindow();
    startVerification();
    failVerification();
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    const QColor systemText = QApplication::palette().color(QPalette::WindowText);
    auto *panel = m_window->settingsPanel();

    m_harness->settings().setTheme(Settings::Theme::Dark);
    const QPalette dark = Appearance::darkPalette();
    QCOMPARE(QApplication::palette().color(QPalette::Window), dark.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::WindowText), dark.color(QPalette::WindowText));
    QCOMPARE(DeferredIconStyle::nameOf(QApplication::style()).toLower(), u"fusion"_s);
    // The open window follows as soon as the event loop turns, down to its hidden pages.
    QTRY_COMPARE(panel->palette().color(QPalette::Window), dark.color(QPalette::Window));
    QCOMPARE(m_window->palette().color(QPalette::Base), dark.color(QPalette::Base));
    // Headings in bold or large included: the wizard's step, the PIN step's number, the result.
    QList<const QLabel *> headings = {child<QLabel>(u"stepLabel"_s),
                                      child<QLabel>(u"resultTitle"_s)};
    if (const auto *pinStep = m_window->findChild<PinStep *>())
        headings.append(pinStep->findChild<QLabel *>(u"numberLabel"_s));
    for (const QLabel *heading : std::as_const(headings)) {
        QVERIFY(heading);
        QTRY_VERIFY2(heading->palette().color(QPalette::WindowText)
                         == dark.color(QPalette::WindowText),
                     qPrintable(heading->objectName()));
        // ... and drawn in it (a style sheet on a label kept the colours it was polished with).
        const QImage drawn = const_cast<QLabel *>(heading)->grab().toImage();
        int lightest = 0;
        for (int y = 0; y < drawn.height(); ++y) {
            for (int x = 0; x < drawn.width(); ++x)
                lightest = std::max(lightest, qGray(drawn.pixel(x, y)));
        }
        QVERIFY2(lightest > 160,
                 qPrintable(u"%1: lightest grey %2"_s.arg(heading->objectName()).arg(lightest)));
    }
    QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.3);
    QVERIFY(contrastRatio(dark.color(QPalette::Text), dark.color(QPalette::Base)) >= 7.0);
    QVERIFY(contrastRatio(dark.color(QPalette::Disabled, QPalette::Text),
                          dark.color(QPalette::Disabled, QPalette::Base))
            >= 3.0);

    m_harness->settings().setTheme(Settings::Theme::Light);
    const QPalette light = Appearance::lightPalette();
    QCOMPARE(QApplication::palette().color(QPalette::Window), light.color(QPalette::Window));
    QTRY_COMPARE(panel->palette().color(QPalette::WindowText), light.color(QPalette::WindowText));
    QVERIFY(contrastRatio(light.color(QPalette::Text), light.color(QPalette::Base)) >= 7.0);

    m_harness->settings().setTheme(Settings::Theme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    QCOMPARE(QApplication::palette().color(QPalette::WindowText), systemText);
    QTRY_COMPARE(panel->palette().color(QPalette::Window), systemWindow);
}

void tst_Appearance::themeChoiceInTheSettingsPanel()
{
    makeWindow();
    m_window->showArea(MainWindow::Area::Settings);
    m_window->settingsPanel()->showGeneralSettings();
    auto *combo = child<QComboBox>(u"themeCombo"_s);
    QVERIFY(combo);
    QVERIFY(combo->isVisible());
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->currentData().toInt(), static_cast<int>(Settings::Theme::System));

    // Reached with the label's mnemonic, changed with the arrow keys, applied at once.
    auto *label = child<QLabel>(u"themeLabel"_s);
    QCOMPARE(label->buddy(), combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // Light
    QTest::keyClick(combo, Qt::Key_Down); // Dark
    QCOMPARE(m_harness->settings().theme(), Settings::Theme::Dark);
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             Appearance::darkPalette().color(QPalette::Window));

    // A change made elsewhere shows in the panel.
    m_harness->settings().setTheme(Settings::Theme::Light);
    QCOMPARE(combo->currentData().toInt(), static_cast<int>(Settings::Theme::Light));
}

void tst_Appearance::errorsReadOnBothThemesAndCarryASign()
{
    makeWindow();
    m_window->showArea(MainWindow::Area::Settings);
    // A new profile with no endpoints: saving shows messages next to the fields.
    QTest::mouseClick(child<QPushButton>(u"addButton"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    const QString message = m_window->settingsPanel()->fieldError(Profile::Field::TokenUrl);
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.startsWith(u"⚠"_s), qPrintable(message));

    QLabel *error = nullptr;
    for (QLabel *label : m_window->settingsPanel()->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text() == message)
            error = label;
    }
    QVERIFY(error);
    QVERIFY(error->property("error").toBool());

    for (const Settings::Theme theme : {Settings::Theme::Light, Settings::Theme::Dark}) {
        m_harness->settings().setTheme(theme);
        QTRY_COMPARE(error->palette().color(QPalette::WindowText),
                     Appearance::errorColour(QApplication::palette()));
        const QColor text = error->palette().color(QPalette::WindowText);
        const QColor window = error->palette().color(QPalette::Window);
        QVERIFY2(contrastRatio(text, window) >= 4.5,
                 qPrintable(u"%1 on %2"_s.arg(text.name(), window.name())));
        // Not the ordinary text colour: the colour adds to the sign, it does not replace it.
        QVERIFY(text != QApplication::palette().color(QPalette::WindowText));
    }
}

void tst_Appearance::bannerTextReadsOnEveryProfileColour()
{
    makeWindow();
    buildEveryPage();
    auto *colours = child<QComboBox>(u"colourCombo"_s);
    QVERIFY(colours->count() > 0);
    for (int i = 0; i < colours->count(); ++i) {
        const QColor background(colours->itemData(i).toString());
        QVERIFY(background.isValid());
        const QColor text = Appearance::textColourOn(background);
        QVERIFY2(contrastRatio(text, background) >= 4.5,
                 qPrintable(u"%1 on %2"_s.arg(text.name(), background.name())));
    }
    // A light colour someone typed into the settings file still gets readable text.
    QCOMPARE(Appearance::textColourOn(QColor(u"#ffeb3b"_s)), QColor(Qt::black));
    auto *banner = child<QLabel>(u"profileBanner"_s);
    QVERIFY(banner->styleSheet().contains(Appearance::textColourOn(QColor(u"#1a7f37"_s)).name()));
}

void tst_Appearance::mnemonicLabelsHaveBuddies()
{
    makeWindow();
    buildEveryPage();
    int checked = 0;
    for (const QLabel *label : m_window->findChildren<QLabel *>()) {
        if (!hasMnemonic(label))
            continue;
        ++checked;
        QVERIFY2(label->buddy(),
                 qPrintable(u"%1 (\"%2\") has a mnemonic and no buddy"_s.arg(label->objectName(),
                                                                             label->text())));
        QVERIFY(label->buddy()->focusPolicy() != Qt::NoFocus);
    }
    QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));
}

void tst_Appearance::iconOnlyButtonsHaveNames()
{
    makeWindow();
    buildEveryPage();
    startVerification();
    int iconOnly = 0;
    for (const QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
        if (!qobject_cast<const QToolButton *>(button)
            && !qobject_cast<const QPushButton *>(button))
            continue;
        // Qt's own buttons (toolbar extension, line edit clear button) name themselves.
        if (button->objectName().startsWith(u"qt_"_s)
            || qobject_cast<const QLineEdit *>(button->parentWidget()))
            continue;
        const bool showsText = !button->text().isEmpty()
            && (!qobject_cast<const QToolButton *>(button)
                || static_cast<const QToolButton *>(button)->toolButtonStyle()
                    != Qt::ToolButtonIconOnly
                || button->icon().isNull());
        if (showsText)
            continue;
        ++iconOnly;
        QVERIFY2(!button->accessibleName().isEmpty(),
                 qPrintable(u"%1 has no accessible name"_s.arg(button->objectName())));
    }
    QVERIFY(iconOnly >= 1); // the wizard's copy button at least
}

void tst_Appearance::pinFieldAndCountdownsAreDescribed()
{
    makeWindow();
    startVerification();
    auto *pin = child<QLineEdit>(u"pinEdit"_s);
    QVERIFY(!pin->accessibleName().isEmpty());
    QVERIFY(!pin->accessibleDescription().isEmpty());
    // The countdowns are told by the widgets that show them: the Cancel button and the timeline.
    for (const QString &name : {u"cancelButton"_s, u"timelineList"_s}) {
        auto *countdown = child<QWidget>(name);
        QVERIFY(countdown);
        QTRY_VERIFY2(!countdown->accessibleDescription().isEmpty(), qPrintable(name));
    }
    QVERIFY(!child<QWidget>(u"timelineList"_s)->accessibleName().isEmpty());
}

void tst_Appearance::shortcutsWindowListsTheShortcuts()
{
    // In a font larger than the default, as the desktop of many users has it.
    QFont big = QApplication::font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    QApplication::setFont(big);
    makeWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) && dialog->isVisible());
    const QStringList rows = dialog->rows();
    // A row lists every key of its action: "F1 or Ctrl+?".
    auto listed = [&rows](const QKeySequence &keys) {
        const QString text = keys.toString(QKeySequence::NativeText);
        return std::any_of(rows.cbegin(), rows.cend(), [&text](const QString &row) {
            return row.section(u'\t', 1).split(u" or "_s).contains(text);
        });
    };
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_2),
          QKeySequence(Qt::CTRL | Qt::Key_3), QKeySequence(Qt::CTRL | Qt::Key_Comma),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QKeySequence(Qt::Key_F1),
          QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Q),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}) {
        QVERIFY2(listed(keys), qPrintable(keys.toString() + u"\n"_s + rows.join(u'\n')));
    }
    QVERIFY(rows.contains(u"Show Verify\tCtrl+1"_s) || rows.contains(u"Verify\tCtrl+1"_s));
    // Every row names what the keys do.
    for (const QString &row : rows)
        QVERIFY2(!row.startsWith(u'\t'), qPrintable(row));
    // The phone's shortcut is the View menu's, listed there once, not as working everywhere.
    QStringList phonePlaces;
    for (const ShortcutsDialog::Entry &entry : ShortcutsDialog::collect(m_window.get())) {
        if (entry.keys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)))
            phonePlaces << entry.action + u": "_s + entry.where;
    }
    QCOMPARE(phonePlaces, QStringList({u"Sandbox phone: View menu"_s}));
    // Both columns are read whole as the window opens, without scrolling sideways.
    const auto *tree = dialog->findChild<QTreeWidget *>();
    QVERIFY(tree);
    const QAbstractItemView *view = tree; // sizeHintForColumn() is public here

    const QHeaderView *header = tree->header();
    QVERIFY2(header->sectionSize(1) >= view->sizeHintForColumn(1),
             qPrintable(u"%1 < %2"_s.arg(header->sectionSize(1)).arg(view->sizeHintForColumn(1))));
    QVERIFY2(header->sectionViewportPosition(1) + header->sectionSize(1)
                 <= view->viewport()->width(),
             qPrintable(u"%1 + %2 > %3"_s.arg(header->sectionViewportPosition(1))
                            .arg(header->sectionSize(1))
                            .arg(view->viewport()->width())));
    qWarning() << header->sectionSize(0) << header->sectionSize(1) << view->sizeHintForColumn(1)
               << view->viewport()->width() << dialog->size() << dialog->font();
    QVERIFY(header->sectionSize(0) >= view->sizeHintForColumn(0) - tree->indentation());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<ShortcutsDialog *>());
}

void tst_Appearance::shortcutsWindowListsEveryActionOnce_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("running"); // a verification is on its PIN step
    // What the PIN step and the Sandbox phone answer to, grouped by where.
    QTest::addColumn<QStringList>("pinStep");
    QTest::addColumn<QStringList>("phone");
    const QStringList pinStep = {u"Check\tAlt+C or Enter in the PIN field"_s,
                                 u"Cancel request\tAlt+A"_s, u"Call now\tAlt+N"_s,
                                 u"Send next SMS now\tAlt+N"_s};
    const QStringList phone = {u"Skip 30 s\tAlt+K"_s, u"Skip to next event\tAlt+X"_s};
    QTest::newRow("en, no verification") << u"en"_s << false << pinStep << phone;
    QTest::newRow("en, on the PIN step") << u"en"_s << true << pinStep << phone;
    QTest::newRow("nl, no verification")
        << u"nl"_s << false
        << QStringList({u"Controleren\tAlt+C of Enter in het pincodeveld"_s,
                        u"Aanvraag annuleren\tAlt+A"_s, u"Nu bellen\tAlt+N"_s,
                        u"Volgende sms nu versturen\tAlt+N"_s})
        << QStringList({u"30 s vooruit\tAlt+V"_s, u"Naar volgende stap\tAlt+S"_s});
}

void tst_Appearance::shortcutsWindowListsEveryActionOnce()
{
    QFETCH(QString, language);
    QFETCH(bool, running);
    QFETCH(QStringList, pinStep);
    QFETCH(QStringList, phone);
    if (language != u"en"_s) {
        m_language = std::make_unique<LanguageScope>(language);
        QVERIFY(m_language->isInstalled());
        m_harness = std::make_unique<AppHarness>(); // after the language: see LanguageScope
    }
    makeWindow();
    if (running)
        startVerification();
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) && dialog->isVisible());
    const QStringList rows = dialog->rows();
    QStringList listing;
    for (const QString &group : dialog->groups())
        listing << u"["_s + group + u"]"_s << dialog->rows(group);
    const QString all = listing.join(u'\n');

    // Each action once in each place, whatever number of keys or widgets does it.
    QSet<QString> seen;
    for (const ShortcutsDialog::Entry &entry : ShortcutsDialog::collect(m_window.get())) {
        const QString key = entry.where + u": "_s + entry.action.toLower();
        QVERIFY2(!seen.contains(key), qPrintable(key + u"\n"_s + all));
        seen.insert(key);
    }
    QCOMPARE(QSet<QString>(rows.cbegin(), rows.cend()).size(), rows.size());

    // The PIN step's keys, whether one is on screen or not, under a heading of their own.
    const QString pinGroup =
        language == u"en"_s ? u"Verify: PIN step"_s : u"Verifiëren: pincodestap"_s;
    const QStringList pinRows = dialog->rows(pinGroup);
    for (const QString &row : pinStep)
        QVERIFY2(pinRows.contains(row), qPrintable(row + u"\n"_s + all));
    const QStringList phoneRows =
        dialog->rows(language == u"en"_s ? u"Sandbox phone"_s : u"Sandbox-telefoon"_s);
    for (const QString &row : phone)
        QVERIFY2(phoneRows.contains(row), qPrintable(row + u"\n"_s + all));
    // The places follow the window: its menus first, the PIN step after the rest of Verify.
    const QStringList groups = dialog->groups();
    QVERIFY2(groups.indexOf(pinGroup)
                 == groups.indexOf(language == u"en"_s ? u"Verify"_s : u"Verifiëren"_s) + 1,
             qPrintable(groups.join(u", "_s)));
}

void tst_Appearance::largeFontsFitIn1024x700_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<MainWindow::Area>("area");
    QTest::addColumn<Settings::Theme>("theme");
    // What the user did first: nothing, opened the wizard's request options, or sent a PIN (the
    // wizard's PIN step, whose texts change as the request goes on, a message on the phone, rows
    // in the history and the inspector).
    QTest::addColumn<QString>("before");
    for (const QString &language : {u"en"_s, u"nl"_s}) {
        const QByteArray lang = language.toLatin1();
        QTest::addRow("%s verify", lang.constData())
            << language << MainWindow::Area::Verify << Settings::Theme::Light << QString();
        QTest::addRow("%s verify options", lang.constData())
            << language << MainWindow::Area::Verify << Settings::Theme::Light << u"options"_s;
        QTest::addRow("%s verify PIN step", lang.constData())
            << language << MainWindow::Area::Verify << Settings::Theme::Dark << u"send"_s;
        // A second PIN to a number with one running: step 1 says so and offers to continue it.
        QTest::addRow("%s verify same number again", lang.constData())
            << language << MainWindow::Area::Verify << Settings::Theme::Light << u"again"_s;
        QTest::addRow("%s history", lang.constData())
            << language << MainWindow::Area::History << Settings::Theme::Dark << u"send"_s;
        QTest::addRow("%s inspector", lang.constData())
            << language << MainWindow::Area::Inspector << Settings::Theme::Light << u"send"_s;
        QTest::addRow("%s console", lang.constData())
            << language << MainWindow::Area::Console << Settings::Theme::Dark << QString();
        QTest::addRow("%s verify result", lang.constData())
            << language << MainWindow::Area::Verify << Settings::Theme::Light << u"fail"_s;
        QTest::addRow("%s settings", lang.constData())
            << language << MainWindow::Area::Settings << Settings::Theme::Dark << QString();
        // The other tabs of Settings (General, History).
        QTest::addRow("%s settings tab 2", lang.constData())
            << language << MainWindow::Area::Settings << Settings::Theme::Light << u"tab 1"_s;
        QTest::addRow("%s settings tab 3", lang.constData())
            << language << MainWindow::Area::Settings << Settings::Theme::Dark << u"tab 2"_s;
    }
}

void tst_Appearance::largeFontsFitIn1024x700()
{
    QFETCH(QString, language);
    QFETCH(MainWindow::Area, area);
    QFETCH(Settings::Theme, theme);
    QFETCH(QString, before);
    if (language != u"en"_s) {
        m_language = std::make_unique<LanguageScope>(language);
        QVERIFY(m_language->isInstalled());
        m_harness = std::make_unique<AppHarness>(); // after the language: see LanguageScope
    }
    m_harness->settings().setTheme(theme);
    // Run as tst_Appearance_FontDpi144, on a 1024x700 screen at 144 DPI, fonts are 150 % the way
    // a desktop makes them: Qt scales the whole window by 1.5, so that the screen is 683x467
    // (device-independent) pixels. Otherwise the font alone is enlarged, on a 1024x700 screen.
    const bool screenAt150 = qEnvironmentVariableIsSet("QT_FONT_DPI");
    if (!screenAt150) {
        QFont big = QApplication::font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        QApplication::setFont(big);
    }
    m_window = std::make_unique<MainWindow>(m_harness->services());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The title bar and the window's frame take about 40 screen pixels.
    const qreal scale = m_window->devicePixelRatioF();
    const QSize screen =
        screenAt150 ? m_window->screen()->availableGeometry().size() : QSize(1024, 700);
    const QSize room = screen - QSize(0, qCeil(40 / scale));
    if (screenAt150) {
        QVERIFY2(qFuzzyCompare(scale, 1.5), qPrintable(QString::number(scale)));
        // The first start opens within the screen, title bar included.
        QVERIFY2(m_window->width() <= room.width() && m_window->height() <= room.height(),
                 qPrintable(u"opens at %1x%2"_s.arg(m_window->width()).arg(m_window->height())));
    }
    m_window->resize(room);
    if (before == u"options"_s) {
        QTest::keyClicks(child<QLineEdit>(u"numberEdit"_s), u"0612345678"_s);
        QTest::mouseClick(child<QToolButton>(u"optionsToggle"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QWidget>(u"optionsPanel"_s)->isVisible());
    } else if (before == u"send"_s || before == u"fail"_s || before == u"again"_s) {
        auto *wizard = m_window->findChild<VerifyWizard *>();
        QTest::keyClicks(child<QLineEdit>(u"numberEdit"_s), u"0612345678"_s);
        QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
        QTRY_COMPARE(wizard->currentStep(), VerifyWizard::Step::Pin);
        QTRY_VERIFY(wizard->session()->eventsSent() > 0 && !wizard->session()->isBusy());
        QTRY_COMPARE(m_window->findChild<SandboxPhone *>()->messageCount(), 1);
        if (before == u"fail"_s)
            failVerification();
        if (before == u"again"_s) {
            QTest::mouseClick(child<QPushButton>(u"newVerificationButton"_s), Qt::LeftButton);
            QTRY_COMPARE(wizard->currentStep(), VerifyWizard::Step::Number);
            QTest::keyClicks(child<QLineEdit>(u"numberEdit"_s), u"0612345678"_s);
            QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
            QTRY_VERIFY(child<QWidget>(u"resumeBox"_s)->isVisible());
            // Scrolled into view, where the step scrolls.
            QTRY_VERIFY(!child<QWidget>(u"resumeButton"_s)->visibleRegion().isEmpty());
        }
    }
    m_window->showArea(area);
    if (before.startsWith(u"tab "_s)) {
        auto *tabs = m_window->settingsPanel()->findChild<QTabWidget *>(u"sections"_s);
        QVERIFY(tabs);
        tabs->setCurrentIndex(before.mid(4).toInt());
    }
    QTest::qWait(50);

    // The window keeps its size: nothing forces it wider or taller than the screen it is for.
    auto *pages = child<QStackedWidget>(u"pages"_s);
    const QSize needed = m_window->minimumSizeHint();
    const QString sizes =
        u"%1x%2, needs at least %3x%4, its page %5 px wide"_s.arg(m_window->width())
            .arg(m_window->height())
            .arg(needed.width())
            .arg(needed.height())
            .arg(pages->currentWidget()->minimumSizeHint().width())
        % u", on a screen of %1x%2"_s.arg(screen.width()).arg(screen.height());
    QVERIFY2(m_window->width() <= room.width() && m_window->height() <= room.height(),
             qPrintable(sizes));
    QVERIFY2(needed.width() <= room.width() && needed.height() <= room.height(), qPrintable(sizes));

    // Every control has its room: none squeezed below its smallest size, outside the page or on
    // top of another (rows that wrap push what follows down).
    QWidget *page = pages->currentWidget();
    const QList<QWidget *> controls = laidOutControls(page);
    QVERIFY(!controls.isEmpty());
    for (qsizetype i = 0; i < controls.size(); ++i) {
        const QWidget *control = controls.at(i);
        const QRect where(control->mapTo(page, QPoint(0, 0)), control->size());
        const QString name = control->objectName();
        QVERIFY2(page->rect().contains(where), qPrintable(u"%1 is outside its page"_s.arg(name)));
        QVERIFY2(control->width() >= control->minimumSizeHint().width(),
                 qPrintable(u"%1: needs %2 px, has %3"_s.arg(name)
                                .arg(control->minimumSizeHint().width())
                                .arg(control->width())));
        for (qsizetype j = i + 1; j < controls.size(); ++j) {
            const QWidget *other = controls.at(j);
            QVERIFY2(!where.intersects(QRect(other->mapTo(page, QPoint(0, 0)), other->size())),
                     qPrintable(u"%1 overlaps %2"_s.arg(name, other->objectName())));
        }
    }

    // What scrolls up and down is as wide as its contents: nothing is clipped at the right.
    for (const QScrollArea *scroll : page->findChildren<QScrollArea *>()) {
        if (!scroll->isVisible() || !scroll->widget()
            || scroll->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
            continue;
        QVERIFY2(scroll->viewport()->width() >= scroll->widget()->minimumSizeHint().width(),
                 qPrintable(u"%1: %2 px for contents of at least %3"_s.arg(scroll->objectName())
                                .arg(scroll->viewport()->width())
                                .arg(scroll->widget()->minimumSizeHint().width())));
    }

    QList<QLabel *> labels = page->findChildren<QLabel *>();
    labels.append(child<QLabel>(u"profileBanner"_s));
    int checked = 0;
    for (const QLabel *label : std::as_const(labels)) {
        if (!label->isVisible() || label->wordWrap() || shownText(label).isEmpty())
            continue;
        ++checked;
        QVERIFY2(label->sizeHint().width() <= label->width() + 1,
                 qPrintable(
                     u"%1 \"%2\": needs %3 px, has %4"_s.arg(label->objectName(), shownText(label))
                         .arg(label->sizeHint().width())
                         .arg(label->width())));
    }
    QVERIFY(checked > 0);
    // A timeline (the PIN step, the result) shows three rows whole at least.
    for (const Timeline *timeline : page->findChildren<Timeline *>()) {
        if (!timeline->isVisible() || timeline->count() == 0)
            continue;
        const int rows = std::min(timeline->count(), 3);
        const int needed = timeline->visualItemRect(timeline->item(rows - 1)).bottom()
            - timeline->visualItemRect(timeline->item(0)).top() + 1;
        QVERIFY2(timeline->viewport()->height() >= needed,
                 qPrintable(u"%1: %2 px for %3 rows of %4 px"_s.arg(timeline->objectName())
                                .arg(timeline->viewport()->height())
                                .arg(rows)
                                .arg(needed)));
    }
    // Nor is a label that wraps given fewer lines than its text needs, on the page, on the phone
    // beside it or in the status bar.
    const QStringList cut = cutLabels(page) + cutLabels(m_window->findChild<SandboxPhone *>())
        + cutLabels(m_window->statusBar());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
}

void tst_Appearance::historyKeepsWhatIsReadInViewIn1024x700()
{
    QFont big = QApplication::font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    QApplication::setFont(big);
    makeWindow(); // on the Sandbox: the phone takes its share of the width
    startVerification(); // the table shows once there is a row
    m_window->showArea(MainWindow::Area::History);
    auto *table = m_window->history()->findChild<QTableView *>(u"table"_s);
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    const QHeaderView *header = table->horizontalHeader();
    // Date, number, brand and what became of it are read without scrolling sideways; the request
    // ID, copied rather than read, is last.
    for (int column :
         {HistoryModel::Date, HistoryModel::Number, HistoryModel::Brand, HistoryModel::Status}) {
        QVERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column)
                     <= table->viewport()->width(),
                 qPrintable(
                     u"column %1 ends at %2 of %3"_s.arg(column)
                         .arg(header->sectionViewportPosition(column) + header->sectionSize(column))
                         .arg(table->viewport()->width())));
    }
    QCOMPARE(header->visualIndex(HistoryModel::RequestId), HistoryModel::ColumnCount - 1);
}

void tst_Appearance::formsKeepAReadableMeasure_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("fontScale");
    QTest::addColumn<MainWindow::Area>("area");
    // What the user did first: nothing, sent a PIN (the wizard on its PIN step), had a
    // verification fail (its result, a row in the history, exchanges in the inspector), or
    // opened the General or the History tab of the settings.
    QTest::addColumn<QString>("before");
    const struct
    {
        const char *name;
        MainWindow::Area area;
        const char *before;
    } states[] = {
        {"verify", MainWindow::Area::Verify, ""},
        {"PIN step", MainWindow::Area::Verify, "send"},
        {"result", MainWindow::Area::Verify, "result"},
        {"history", MainWindow::Area::History, "result"},
        {"inspector", MainWindow::Area::Inspector, "result"},
        {"console", MainWindow::Area::Console, ""},
        {"settings", MainWindow::Area::Settings, ""},
        {"settings general", MainWindow::Area::Settings, "general settings"},
        {"settings history", MainWindow::Area::Settings, "history settings"},
    };
    for (const char *language : {"en", "nl"}) {
        for (const auto &[size, scale] :
             {std::pair(QSize(1024, 700), 1.5), std::pair(QSize(1920, 1080), 1.0)}) {
            for (const auto &state : states) {
                QTest::addRow("%s %dx%d %s", language, size.width(), size.height(), state.name)
                    << QString::fromLatin1(language) << size << scale << state.area
                    << QString::fromLatin1(state.before);
            }
        }
    }
}

void tst_Appearance::formsKeepAReadableMeasure()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(qreal, fontScale);
    QFETCH(MainWindow::Area, area);
    QFETCH(QString, before);
    if (language != u"en"_s) {
        m_language = std::make_unique<LanguageScope>(language);
        QVERIFY(m_language->isInstalled());
        m_harness = std::make_unique<AppHarness>(); // after the language: see LanguageScope
    }
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * fontScale);
    QApplication::setFont(font);
    m_window = std::make_unique<MainWindow>(m_harness->services());
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (before == u"send"_s || before == u"result"_s) {
        startVerification();
        QTRY_COMPARE(m_window->findChild<SandboxPhone *>()->messageCount(), 1);
    }
    if (before == u"result"_s)
        failVerification();
    m_window->showArea(area);
    if (before == u"general settings"_s)
        m_window->settingsPanel()->showGeneralSettings();
    if (before == u"history settings"_s)
        m_window->settingsPanel()->showHistorySettings();
    QTest::qWait(50);

    // Nothing makes the window wider or taller than the screen it is for.
    const QSize needed = m_window->minimumSizeHint();
    QVERIFY2(m_window->width() <= size.width() && m_window->height() <= size.height()
                 && needed.width() <= size.width() && needed.height() <= size.height(),
             qPrintable(u"%1x%2, needs at least %3x%4"_s.arg(m_window->width())
                            .arg(m_window->height())
                            .arg(needed.width())
                            .arg(needed.height())));

    // No text is cut, on the page, in the banner or on the phone.
    auto *pages = child<QStackedWidget>(u"pages"_s);
    QWidget *page = pages->currentWidget();
    QStringList cut = cutLabels(page) + cutLabels(m_window->findChild<SandboxPhone *>());
    const QLabel *banner = child<QLabel>(u"profileBanner"_s);
    if (!banner->wordWrap() && banner->sizeHint().width() > banner->width() + 1)
        cut << banner->text();
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));

    // Forms keep their measure: at most their cap wide, and centred when the page has more room;
    // their fields never wider.
    const QList<ReadableWidth *> capped = page->findChildren<ReadableWidth *>();
    if (area == MainWindow::Area::Verify || area == MainWindow::Area::Settings)
        QVERIFY(!capped.isEmpty());
    for (const ReadableWidth *measure : capped) {
        const QWidget *form = measure->widget();
        if (!form->isVisible())
            continue;
        const QString name = form->objectName();
        QVERIFY2(
            form->width() <= measure->maximum(),
            qPrintable(
                u"%1: %2 px, at most %3"_s.arg(name).arg(form->width()).arg(measure->maximum())));
        const QWidget *parent = form->parentWidget();
        const int left = form->x();
        const int right = parent->width() - form->geometry().right() - 1;
        if (form->width() == measure->maximum()) {
            QVERIFY2(
                qAbs(left - right) <= 1,
                qPrintable(u"%1 is not centred: %2 px left, %3 px right"_s.arg(name).arg(left).arg(
                    right)));
        }
        for (const QWidget *field : form->findChildren<QWidget *>()) {
            if (field->isVisible()
                && (qobject_cast<const QLineEdit *>(field)
                    || qobject_cast<const QComboBox *>(field)))
                QVERIFY2(field->width() <= measure->maximum(), qPrintable(field->objectName()));
        }
        // Where the window is wide, the form does not take all of it.
        if (size.width() >= 1920 && area == MainWindow::Area::Verify)
            QVERIFY2(form->width() < page->width() * 3 / 4, qPrintable(name));
    }

    // A timeline's times stay near their titles (the PIN step, the result): its rows keep a
    // narrower measure than the form around them.
    for (const Timeline *timeline : page->findChildren<Timeline *>()) {
        if (!timeline->isVisible())
            continue;
        const int cap = ReadableWidth::pixels(timeline, Timeline::kMaximumEms);
        QVERIFY2(timeline->width() <= cap,
                 qPrintable(u"%1: %2 px, at most %3"_s.arg(timeline->objectName())
                                .arg(timeline->width())
                                .arg(cap)));
        QVERIFY(timeline->width() >= timeline->minimumSizeHint().width());
    }

    // The inspector's summary of an exchange and its explanation scroll only where the window is
    // short.
    if (area == MainWindow::Area::Inspector && size.width() >= 1920) {
        auto *summary = child<QScrollArea>(u"summaryScroll"_s);
        QVERIFY(summary && summary->isVisible());
        QTRY_VERIFY2(summary->widget()->height() <= summary->viewport()->height(),
                     qPrintable(u"%1 px of summary in %2"_s.arg(summary->widget()->height())
                                    .arg(summary->viewport()->height())));
    }

    // The statuses the history shows are read whole in its Status column.
    if (area == MainWindow::Area::History) {
        auto *table = m_window->history()->findChild<QTableView *>(u"table"_s);
        QTRY_VERIFY(table->isVisible() && table->model()->rowCount() > 0);
        const QHeaderView *header = table->horizontalHeader();
        const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        QStringList statuses;
        int plainNeeded = 0; // the widest status without "not yet shared"
        for (const HistoryRecord::Status status :
             {HistoryRecord::Status::InProgress, HistoryRecord::Status::Verified,
              HistoryRecord::Status::Failed, HistoryRecord::Status::Expired,
              HistoryRecord::Status::Cancelled}) {
            statuses << HistoryRecord::statusName(status)
                     << HistoryModel::unsharedStatusText(HistoryRecord::statusName(status));
            plainNeeded = qMax(
                plainNeeded,
                table->fontMetrics().horizontalAdvance(HistoryRecord::statusName(status)) + margin);
        }
        for (int row = 0; row < table->model()->rowCount(); ++row)
            statuses << table->model()->index(row, HistoryModel::Status).data().toString();
        for (const QString &status : std::as_const(statuses)) {
            const int needed = table->fontMetrics().horizontalAdvance(status) + margin;
            QVERIFY2(header->sectionSize(HistoryModel::Status) >= needed,
                     qPrintable(u"\"%1\" needs %2 px, has %3"_s.arg(status).arg(needed).arg(
                         header->sectionSize(HistoryModel::Status))));
        }
        // ... right after the date and the number, in view without scrolling sideways: whole in
        // a wide window, and in a narrow one with large fonts at least as far as a status not
        // marked as unshared reaches.
        QCOMPARE(header->visualIndex(HistoryModel::Status), 2);
        const int start = header->sectionViewportPosition(HistoryModel::Status);
        const int end = start + header->sectionSize(HistoryModel::Status);
        const int shown = table->viewport()->width();
        QVERIFY2(size.width() >= 1920 ? end <= shown : start + plainNeeded <= shown,
                 qPrintable(u"Status from %1 to %2 of %3"_s.arg(start).arg(end).arg(shown)));
    }
}

QTEST_MAIN(tst_Appearance)
#include "tst_Appearance.moc"
