// What a screen reader hears, and where Tab goes: in every area of the main window and every
// dialog, in English and Dutch, the accessibility tree (Qt's QAccessible interfaces, which the
// AT-SPI bridge hands to Orca) names every control that takes the keyboard and every table, list
// and tree; a label written for a field ("Name:", "&Brand") is tied to that field, so that the
// field is read with it and its Alt letter reaches it; and Tab walks each area's controls in
// reading order without wandering into hidden widgets or turning back early.

#include "AppHarness.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "SandboxPhone.h"
#include "about/AboutDialog.h"
#include "about/ShortcutsDialog.h"
#include "console/ApiConsole.h"
#include "history/HistoryView.h"
#include "inspector/InspectorView.h"
#include "sandbox/SandboxControlPanel.h"
#include "settings/SettingsPanel.h"
#include "verification/VerificationSession.h"
#include "verify/VerifyWizard.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// Within this many pixels two edges count as level: layouts differ by a few pixels between
// styles, languages and font sizes.
constexpr int kTolerance = 8;

// "QLineEdit numberEdit (in NumberStep)": the class, the object's name, and the nearest named
// ancestor for where it is.
QString describe(const QObject *object)
{
    QString where;
    for (const QObject *p = object->parent(); p; p = p->parent()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"_s)) {
            where = p->objectName();
            break;
        }
    }
    const QString name =
        object->objectName().isEmpty() ? u"(no object name)"_s : object->objectName();
    return u"%1 %2 (in %3)"_s.arg(QString::fromLatin1(object->metaObject()->className()), name,
                                  where.isEmpty() ? u"the window"_s : where);
}

bool isItemView(QAccessible::Role role)
{
    return role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree;
}

// A widget meant to be filled in or chosen from, which a label beside it would name.
bool isInput(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w))
        return false;
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QKeySequenceEdit *>(w);
}

// The control the user sees having the keyboard: a spin box or combo box rather than its inner
// line edit.
QWidget *control(QWidget *w)
{
    while (w && w->parentWidget() && w->parentWidget()->focusProxy() == w
           && (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
               || qobject_cast<QComboBox *>(w->parentWidget())))
        w = w->parentWidget();
    return w;
}

// On a screen reader's list of what can take the keyboard: a tab widget that hands the focus to
// its tab bar, or a combo box's text field, is listed as well as what it hands the focus to.
bool reachable(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

bool takesTab(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && !w->focusProxy()
        && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

// Brings the tab or stacked page holding `w` to the front, wherever the layout puts it.
void reveal(QWidget *w)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(p)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i)->isAncestorOf(w))
                    tabs->setCurrentIndex(i);
            }
        } else if (auto *stack = qobject_cast<QStackedWidget *>(p);
                   stack && !qobject_cast<QTabWidget *>(stack->parentWidget())) {
            for (int i = 0; i < stack->count(); ++i) {
                if (stack->widget(i)->isAncestorOf(w))
                    stack->setCurrentIndex(i);
            }
        }
    }
}

QRect windowRect(const QWidget *w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

// Where `w` is read when it is compared with `other`: a scroll area's content as laid out (not
// as scrolled now, which follows the focus), and a scroll area that holds `w` but not `other` as
// one block where it sits.
QRect readingRect(const QWidget *w, const QWidget *other)
{
    const QAbstractScrollArea *block = nullptr;
    QPoint scrolled;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        const auto *area = qobject_cast<const QAbstractScrollArea *>(p);
        if (!area)
            continue;
        if (!area->isAncestorOf(other))
            block = area;
        else
            scrolled +=
                QPoint(area->horizontalScrollBar()->value(), area->verticalScrollBar()->value());
    }
    return block ? windowRect(block) : windowRect(w).translated(scrolled);
}

// A radio button of an exclusive group other than the one checked: Tab enters the group at its
// checked button, and the arrow keys move within it.
bool reachedByArrows(const QWidget *w)
{
    const auto *radio = qobject_cast<const QRadioButton *>(w);
    if (!radio || radio->isChecked() || !radio->autoExclusive())
        return false;
    const QList<QRadioButton *> group =
        radio->parentWidget()->findChildren<QRadioButton *>(Qt::FindDirectChildrenOnly);
    return std::any_of(group.cbegin(), group.cend(), [](const QRadioButton *r) {
        return r->isChecked() && r->autoExclusive() && r->isVisible();
    });
}

// A step against the reading order that an area makes on purpose, by object names.
struct Jump
{
    QString from;
    QString to;
};

class Checker
{
public:
    explicit Checker(QWidget *root)
        : m_root(root)
    { }

    QStringList problems() const { return m_problems; }

    // Every control that takes the keyboard, and every table, list and tree, has a name. Text that
    // can be selected with the mouse only is not a control.
    void checkNames()
    {
        walk(QAccessible::queryAccessibleInterface(m_root), 0);
        // What the walk did not meet (inside a view, or left out of the tree) is asked on its own.
        for (QWidget *w : m_root->findChildren<QWidget *>()) {
            if (m_reached.contains(w) || !takesTab(w) || w->window() != m_root->window())
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (iface && iface->text(QAccessible::Name).trimmed().isEmpty())
                m_problems << u"%1 takes the keyboard and has no accessible name"_s.arg(
                    describe(w));
        }
    }

    // A label written for a field (with an Alt letter, or ending in a colon beside an input) is
    // that field's buddy.
    void checkLabels()
    {
        for (const QLabel *label : m_root->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->window() != m_root->window())
                continue;
            const QString text = label->text().trimmed();
            if (text.isEmpty() || Qt::mightBeRichText(text))
                continue;
            const bool mnemonic = !QKeySequence::mnemonic(text).isEmpty();
            const bool colon = text.endsWith(u':');
            if (!mnemonic && !colon)
                continue;
            QWidget *buddy = label->buddy();
            const QWidget *field = fieldBeside(label);
            if (!buddy) {
                if (mnemonic)
                    m_problems << u"%1 \"%2\" has an Alt letter and no buddy: the letter does "
                                  "nothing and its field is read without it"_s.arg(describe(label),
                                                                                   text);
                else if (field)
                    m_problems << u"%1 \"%2\" names %3 but is not its buddy"_s.arg(
                        describe(label), text, describe(field));
                continue;
            }
            if (!buddy->isVisible() && mnemonic)
                m_problems << u"%1 \"%2\" is shown, its buddy %3 is not: the Alt letter goes "
                              "nowhere"_s.arg(describe(label), text, describe(buddy));
            else if (!buddy->isVisible())
                continue; // "Armed:" over "None" until there is a list to show
            else if (buddy->focusPolicy() == Qt::NoFocus && !buddy->focusProxy())
                m_problems << u"%1 \"%2\" has a buddy that takes no keyboard: %3"_s.arg(
                    describe(label), text, describe(buddy));
            else if (field && field != buddy && !buddy->isAncestorOf(field)
                     && !field->isAncestorOf(buddy))
                m_problems << u"%1 \"%2\" sits beside %3 but its buddy is %4"_s.arg(
                    describe(label), text, describe(field), describe(buddy));
        }
    }

    // Tab from the area's first control (top left) visits all of its controls, each once, in
    // reading order (but for the `allowed` jumps), then leaves the area (a dialog: comes back to
    // the first).
    void checkTabOrder(int minimumControls, const QList<Jump> &allowed = {})
    {
        QList<QWidget *> expected;
        for (QWidget *w : m_root->findChildren<QWidget *>()) {
            if (takesTab(w) && w->window() == m_root->window() && !reachedByArrows(w)
                && !expected.contains(control(w)))
                expected.append(control(w));
        }
        if (expected.size() < minimumControls) {
            m_problems << u"only %1 controls take Tab in %2; expected at least %3"_s.arg(
                QString::number(expected.size()), describe(m_root),
                QString::number(minimumControls));
            return;
        }
        QWidget *first = *std::min_element(expected.cbegin(), expected.cend(),
                                           [](const QWidget *a, const QWidget *b) {
                                               const QRect ra = windowRect(a);
                                               const QRect rb = windowRect(b);
                                               if (std::abs(ra.top() - rb.top()) > kTolerance)
                                                   return ra.top() < rb.top();
                                               return ra.left() < rb.left();
                                           });
        first->setFocus(Qt::TabFocusReason);
        if (control(QApplication::focusWidget()) != first) {
            m_problems << u"%1 does not take the keyboard"_s.arg(describe(first));
            return;
        }
        QList<QWidget *> visited {first};
        QWidget *left = nullptr; // where Tab went on leaving the area
        int linkSteps = 0; // Tab presses within the label at hand
        int allLinkSteps = 0;
        for (int i = 0; i < expected.size() + 4 + allLinkSteps; ++i) {
            QWidget *before = QApplication::focusWidget();
            QTest::keyClick(before, Qt::Key_Tab);
            QWidget *now = control(QApplication::focusWidget());
            if (!now) {
                m_problems << u"Tab after %1 leaves no widget with the keyboard"_s.arg(
                    describe(visited.constLast()));
                return;
            }
            if (now == visited.constLast()) {
                // A label's links are visited one by one before Tab moves on.
                if (qobject_cast<QLabel *>(now) && ++linkSteps < 20) {
                    ++allLinkSteps;
                    continue;
                }
                m_problems << u"Tab stays in %1"_s.arg(describe(now));
                return;
            }
            linkSteps = 0;
            if (!now->isVisible()) {
                m_problems << u"Tab after %1 goes to the hidden %2"_s.arg(
                    describe(visited.constLast()), describe(now));
                return;
            }
            if (now == first || (!m_root->isAncestorOf(now) && now != m_root)) {
                left = now;
                break;
            }
            if (visited.contains(now)) {
                m_problems << u"Tab comes back to %1 before leaving the area: %2"_s.arg(
                    describe(now), chain(visited << now));
                return;
            }
            visited.append(now);
        }
        if (!left)
            m_problems << u"Tab does not leave the area: %1"_s.arg(chain(visited));
        for (QWidget *w : std::as_const(expected)) {
            if (!visited.contains(w))
                m_problems << u"Tab never reaches %1: %2, then out to %3"_s.arg(
                    describe(w), chain(visited), left ? describe(left) : u"nothing"_s);
        }
        for (qsizetype i = 1; i < visited.size(); ++i) {
            const QString from = visited.at(i - 1)->objectName();
            const QString to = visited.at(i)->objectName();
            const bool jump = std::any_of(allowed.cbegin(), allowed.cend(), [&](const Jump &j) {
                return j.from == from && j.to == to;
            });
            if (!jump && !inReadingOrder(visited.mid(0, i), visited.at(i)))
                m_problems << u"Tab goes back against the reading order from %1 at %2 to %3 at "
                              "%4"_s.arg(describe(visited.at(i - 1)),
                                         rectText(windowRect(visited.at(i - 1))),
                                         describe(visited.at(i)),
                                         rectText(windowRect(visited.at(i))));
        }
        m_chain = visited;
    }

    QList<QWidget *> tabChain() const { return m_chain; }

    // Reading order, from the controls read so far to the next: on in the same row to the right,
    // down to a later row, or up to the top of a column right of all read in its rows and below.
    static bool inReadingOrder(const QList<QWidget *> &read, const QWidget *to)
    {
        const QRect a = readingRect(read.constLast(), to);
        const QRect b = readingRect(to, read.constLast());
        const int overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
        const bool sameRow = overlap >= std::min(a.height(), b.height()) / 2;
        if (sameRow)
            return b.left() >= a.left() - kTolerance;
        if (b.center().y() > a.center().y())
            return true;
        return std::all_of(read.cbegin(), read.cend(), [to](const QWidget *w) {
            const QRect r = readingRect(w, to);
            const QRect column = readingRect(to, w);
            return r.bottom() < column.top() + kTolerance
                || r.right() <= column.left() + kTolerance;
        });
    }

private:
    void walk(QAccessibleInterface *iface, int depth)
    {
        if (!iface || !iface->isValid() || depth > 64)
            return;
        const QAccessible::State state = iface->state();
        if (state.invisible)
            return;
        const QAccessible::Role role = iface->role();
        if (auto *widget = qobject_cast<QWidget *>(iface->object())) {
            m_reached.insert(widget);
            const bool named = !iface->text(QAccessible::Name).trimmed().isEmpty();
            if (!named && isItemView(role))
                m_problems << u"%1 is a table, list or tree without an accessible name"_s.arg(
                    describe(widget));
            else if (!named && state.focusable && !state.disabled && reachable(widget))
                m_problems << u"%1 takes the keyboard and has no accessible name"_s.arg(
                    describe(widget));
        }
        if (isItemView(role))
            return; // its cells are the data, read by their text
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), depth + 1);
    }

    // The input a label sits beside: its QFormLayout field, else an input level with it on its
    // right or just under it.
    const QWidget *fieldBeside(const QLabel *label) const
    {
        if (const auto *form = qobject_cast<const QFormLayout *>(
                label->parentWidget() ? findLayoutOf(label->parentWidget()->layout(), label)
                                      : nullptr)) {
            int row = -1;
            QFormLayout::ItemRole role;
            form->getWidgetPosition(const_cast<QLabel *>(label), &row, &role);
            if (row >= 0 && role == QFormLayout::LabelRole) {
                if (QLayoutItem *item = form->itemAt(row, QFormLayout::FieldRole))
                    return firstInput(item);
            }
        }
        const QRect l = windowRect(label);
        for (const QWidget *w : label->window()->findChildren<QWidget *>()) {
            if (!w->isVisible() || !isInput(w) || w->focusPolicy() == Qt::NoFocus)
                continue;
            const QRect r = windowRect(w);
            const bool level = r.top() <= l.center().y() && r.bottom() >= l.center().y();
            const bool right = r.left() >= l.right() - 2 && r.left() - l.right() <= 24;
            const bool under = r.top() >= l.bottom() - 2 && r.top() - l.bottom() <= 10
                && std::abs(r.left() - l.left()) <= kTolerance;
            if ((level && right) || under)
                return control(const_cast<QWidget *>(w));
        }
        return nullptr;
    }

    static const QLayout *findLayoutOf(const QLayout *layout, const QWidget *w)
    {
        if (!layout)
            return nullptr;
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem *item = layout->itemAt(i);
            if (item->widget() == w)
                return layout;
            if (const QLayout *found = findLayoutOf(item->layout(), w))
                return found;
        }
        return nullptr;
    }

    static const QWidget *firstInput(QLayoutItem *item)
    {
        if (QWidget *w = item->widget()) {
            if (!w->isVisible())
                return nullptr;
            if (isInput(w))
                return w;
            for (QWidget *child : w->findChildren<QWidget *>()) {
                if (child->isVisible() && isInput(child))
                    return control(child);
            }
            return nullptr;
        }
        if (const QLayout *layout = item->layout()) {
            for (int i = 0; i < layout->count(); ++i) {
                if (const QWidget *w = firstInput(layout->itemAt(i)))
                    return w;
            }
        }
        return nullptr;
    }

    static QString rectText(const QRect &r)
    {
        return u"(%1,%2 %3×%4)"_s.arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    }

    static QString chain(const QList<QWidget *> &widgets)
    {
        QStringList names;
        for (const QWidget *w : widgets)
            names << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                : w->objectName());
        return names.join(u" → "_s);
    }

    QWidget *m_root;
    QStringList m_problems;
    QSet<const QWidget *> m_reached;
    QList<QWidget *> m_chain;
};

QString report(const QStringList &problems)
{
    return u"\n"_s + problems.join(u'\n');
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void areas_data();
    void areas();
    void dialogs_data();
    void dialogs();
    void problemsAreFound();

private:
    void openWindow(const QString &language);
    template<typename T> T *child(const QString &name) const
    {
        auto *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    void sendPin();
    // Sets up `state`; returns the area's widget whose controls Tab must walk.
    QWidget *enter(const QString &state);

    std::unique_ptr<LanguageScope> m_language;
    std::unique_ptr<AppHarness> m_harness;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Accessibility::init()
{
    Dialogs::resetTestState();
}

void tst_Accessibility::cleanup()
{
    Dialogs::resetTestState();
    m_window.reset();
    m_harness.reset();
    m_language.reset();
}

void tst_Accessibility::openWindow(const QString &language)
{
    m_language = std::make_unique<LanguageScope>(language);
    QVERIFY(m_language->isInstalled());
    m_harness = std::make_unique<AppHarness>();
    m_window = m_harness->openMainWindow();
    QVERIFY(m_window);
}

void tst_Accessibility::sendPin()
{
    sendPinFromStepOne(m_window.get());
}

void tst_Accessibility::areas_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("state");
    // At least this many controls take Tab in the area: a check that finds none checks nothing.
    QTest::addColumn<int>("minimumControls");
    // Steps against the reading order that an area makes on purpose ("from>to", object names).
    QTest::addColumn<QStringList>("jumps");
    // History: Find, then the results it finds (where Down moves on), then the other filters.
    const QStringList history = {u"table>statusCombo"_s};
    const QList<std::tuple<QString, int, QStringList>> states = {
        {u"verify: number"_s, 4, {}},
        {u"verify: options"_s, 8, {}},
        {u"verify: pin"_s, 5, {}},
        {u"verify: result"_s, 3, {}},
        {u"history"_s, 6, history},
        {u"history: no match"_s, 4, history},
        {u"inspector"_s, 6, {}},
        {u"console"_s, 6, {}},
        {u"console: answered"_s, 8, {}},
        {u"settings: sandbox"_s, 6, {}},
        {u"settings: production"_s, 12, {}},
        {u"settings: new KPN profile"_s, 12, {}},
        {u"settings: new Vonage profile"_s, 12, {}},
        {u"settings: no keychain"_s, 12, {}},
        {u"settings: shared history"_s, 12, {}},
        {u"settings: general"_s, 3, {}},
        {u"sandbox phone"_s, 2, {}},
        {u"sandbox controls"_s, 10, {}},
    };
    for (const QString &language : {u"en"_s, u"nl"_s}) {
        for (const auto &[state, minimum, jumps] : states)
            QTest::addRow("%s %s", qPrintable(language), qPrintable(state))
                << language << state << minimum << jumps;
    }
}

QWidget *tst_Accessibility::enter(const QString &state)
{
    if (state == u"verify: number"_s)
        return m_window->verifyWizard();
    if (state == u"verify: options"_s) {
        QTest::mouseClick(child<QToolButton>(u"optionsToggle"_s), Qt::LeftButton);
        if (!QTest::qWaitFor([this] { return child<QWidget>(u"optionsPanel"_s)->isVisible(); }))
            return nullptr;
        return m_window->verifyWizard();
    }
    if (state == u"verify: pin"_s) {
        sendPin();
        return m_window->verifyWizard();
    }
    if (state == u"verify: result"_s) {
        sendPin();
        const QRegularExpressionMatch pin = QRegularExpression(u"\\b(\\d{4,6})\\b"_s)
                                                .match(m_window->sandboxPhone()->messageText(0));
        if (!pin.hasMatch())
            return nullptr;
        QTest::keyClicks(child<QLineEdit>(u"pinEdit"_s), pin.captured(1));
        QTest::keyClick(child<QLineEdit>(u"pinEdit"_s), Qt::Key_Return);
        if (!QTest::qWaitFor([this] {
                return m_window->verifyWizard()->currentStep() == VerifyWizard::Step::Result;
            }))
            return nullptr;
        return m_window->verifyWizard();
    }
    if (state.startsWith(u"history"_s)) {
        sendPin();
        m_window->showArea(MainWindow::Area::History);
        if (state == u"history: no match"_s) {
            QTest::keyClicks(child<QLineEdit>(u"filterEdit"_s), u"no such verification"_s);
            if (!QTest::qWaitFor(
                    [this] { return child<QPushButton>(u"resetFiltersButton"_s)->isVisible(); }))
                return nullptr;
        } else {
            // A record selected: its details and actions are there.
            auto *table = m_window->history()->findChild<QAbstractItemView *>(u"table"_s);
            if (!QTest::qWaitFor([table] { return table->model()->rowCount() > 0; }))
                return nullptr;
            table->setCurrentIndex(table->model()->index(0, 0));
        }
        return m_window->history();
    }
    if (state == u"inspector"_s) {
        sendPin();
        m_window->showArea(MainWindow::Area::Inspector);
        auto *table = m_window->inspector()->findChild<QAbstractItemView *>(u"table"_s);
        if (!QTest::qWaitFor([table] { return table->model()->rowCount() > 0; }))
            return nullptr;
        table->setCurrentIndex(table->model()->index(0, 0));
        return m_window->inspector();
    }
    if (state.startsWith(u"console"_s)) {
        m_window->showArea(MainWindow::Area::Console);
        ApiConsole *console = m_window->console();
        if (state == u"console: answered"_s) {
            QTest::mouseClick(console->findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
            if (!QTest::qWaitFor([console] {
                    return console->findChild<QPushButton *>(u"useIdButton"_s)->isEnabled();
                }))
                return nullptr;
        }
        return console;
    }
    if (state.startsWith(u"settings"_s)) {
        if (state == u"settings: no keychain"_s) {
            m_harness->keychain()->setFailure(
                SecretBackend::Error::Unavailable,
                u"The name org.freedesktop.secrets was not provided"_s);
            Profile profile = m_harness->sandboxBackedProfile(u"Offline"_s);
            QString error;
            if (!m_harness->settings().addProfile(profile, &error))
                return nullptr;
        }
        m_window->showArea(MainWindow::Area::Settings);
        SettingsPanel *panel = m_window->settingsPanel();
        if (state == u"settings: production"_s)
            panel->selectProfile(Profile::kpnProductionId());
        else if (state == u"settings: no keychain"_s) {
            panel->selectProfile(m_harness->settings().profileByName(u"Offline"_s)->id);
            if (!QTest::qWaitFor(
                    [this] { return child<QRadioButton>(u"fileRadio"_s)->isVisible(); }))
                return nullptr;
        } else if (state.startsWith(u"settings: new"_s)) {
            QTest::mouseClick(child<QPushButton>(u"addButton"_s), Qt::LeftButton);
            if (!QTest::qWaitFor([this] { return child<QLineEdit>(u"nameEdit"_s)->isEnabled(); }))
                return nullptr;
            if (state == u"settings: new Vonage profile"_s) {
                auto *kind = panel->findChild<QComboBox *>(u"profileKindCombo"_s);
                kind->setFocus();
                QTest::keyClick(kind, Qt::Key_Down);
                if (!QTest::qWaitFor(
                        [this] { return !child<QLineEdit>(u"tokenUrlEdit"_s)->isVisible(); }))
                    return nullptr;
            }
        } else if (state == u"settings: general"_s) {
            // The app's own settings, wherever the panel keeps them.
            reveal(child<QComboBox>(u"interfaceLanguageCombo"_s));
            if (!QTest::qWaitFor(
                    [this] { return child<QComboBox>(u"interfaceLanguageCombo"_s)->isVisible(); }))
                return nullptr;
        } else if (state == u"settings: shared history"_s) {
            m_window->settingsPanel()->showHistorySettings();
            auto *place = child<QComboBox>(u"historyPlaceCombo"_s);
            reveal(place);
            place->setFocus();
            QTest::keyClick(place, Qt::Key_Down);
            if (!QTest::qWaitFor(
                    [this] { return child<QLineEdit>(u"teamHostEdit"_s)->isVisible(); }))
                return nullptr;
        }
        return panel;
    }
    if (state == u"sandbox phone"_s) {
        sendPin();
        return m_window->sandboxPhone();
    }
    if (state == u"sandbox controls"_s) {
        auto *dock = child<QDockWidget>(u"controlsDock"_s);
        dock->toggleViewAction()->trigger();
        if (!QTest::qWaitFor([dock] { return dock->isVisible(); }))
            return nullptr;
        return m_window->findChild<SandboxControlPanel *>();
    }
    return nullptr;
}

void tst_Accessibility::areas()
{
    QFETCH(QString, language);
    QFETCH(QString, state);
    QFETCH(int, minimumControls);
    QFETCH(QStringList, jumps);
    openWindow(language);
    QWidget *area = enter(state);
    QVERIFY2(area, qPrintable(u"the state \"%1\" could not be set up"_s.arg(state)));
    QVERIFY(area->isVisible());
    QTest::qWait(20);

    // The whole window: the menus, the areas list, the profile switcher and the docks with the
    // area.
    Checker window(m_window.get());
    window.checkNames();
    window.checkLabels();
    QVERIFY2(window.problems().isEmpty(), qPrintable(report(window.problems())));

    QList<Jump> allowed;
    for (const QString &jump : std::as_const(jumps))
        allowed.append({jump.section(u'>', 0, 0), jump.section(u'>', 1)});
    Checker tab(area);
    tab.checkTabOrder(minimumControls, allowed);
    QVERIFY2(tab.problems().isEmpty(), qPrintable(report(tab.problems())));
}

void tst_Accessibility::dialogs_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dialog");
    for (const QString &language : {u"en"_s, u"nl"_s}) {
        for (const QString &dialog :
             {u"about"_s, u"shortcuts"_s, u"switch to production"_s, u"quit while running"_s,
              u"reset the sandbox"_s, u"delete a profile"_s})
            QTest::addRow("%s %s", qPrintable(language), qPrintable(dialog)) << language << dialog;
    }
}

void tst_Accessibility::dialogs()
{
    QFETCH(QString, language);
    QFETCH(QString, dialog);
    openWindow(language);

    // A question is looked at as it is built, shown beside the window instead of modally.
    QStringList problems;
    int looked = 0;
    Dialogs::setBoxObserver([&](QMessageBox &box) {
        ++looked;
        box.show();
        if (!QTest::qWaitForWindowExposed(&box)) {
            problems << u"the question was not shown"_s;
            return;
        }
        box.activateWindow();
        if (!QTest::qWaitForWindowActive(&box)) {
            problems << u"the question did not become active"_s;
            return;
        }
        Checker checker(&box);
        checker.checkNames();
        checker.checkLabels();
        checker.checkTabOrder(2);
        problems << checker.problems();
        box.hide();
    });
    QDialog *shown = nullptr;
    if (dialog == u"about"_s || dialog == u"shortcuts"_s) {
        const QString actionName = dialog == u"about"_s ? u"actionAbout"_s : u"actionShortcuts"_s;
        auto *action = m_window->findChild<QAction *>(actionName);
        QVERIFY(action);
        action->trigger();
        if (dialog == u"about"_s)
            QTRY_VERIFY((shown = m_window->findChild<AboutDialog *>()));
        else
            QTRY_VERIFY((shown = m_window->findChild<ShortcutsDialog *>()));
        QVERIFY(QTest::qWaitForWindowExposed(shown));
        shown->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(shown));
        Checker checker(shown);
        checker.checkNames();
        checker.checkLabels();
        checker.checkTabOrder(3);
        problems << checker.problems();
        shown->close();
        QCOMPARE(looked, 0);
    } else {
        Dialogs::setNextAnswer(false);
        if (dialog == u"switch to production"_s) {
            QVERIFY(!m_window->switchProfile(Profile::kpnProductionId()));
        } else if (dialog == u"quit while running"_s) {
            sendPin();
            Dialogs::setNextAnswer(false);
            QVERIFY(!m_window->close());
        } else if (dialog == u"reset the sandbox"_s) {
            auto *dock = child<QDockWidget>(u"controlsDock"_s);
            dock->toggleViewAction()->trigger();
            QTRY_VERIFY(dock->isVisible());
            QTest::mouseClick(dock->findChild<QPushButton *>(u"resetButton"_s), Qt::LeftButton);
        } else if (dialog == u"delete a profile"_s) {
            m_harness->addSandboxBackedProfile(u"Spare"_s);
            m_window->showArea(MainWindow::Area::Settings);
            m_window->settingsPanel()->selectProfile(
                m_harness->settings().profileByName(u"Spare"_s)->id);
            QTest::mouseClick(child<QPushButton>(u"deleteButton"_s), Qt::LeftButton);
        }
        QCOMPARE(looked, 1);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

// The checks themselves: each kind of problem is found, and named.
void tst_Accessibility::problemsAreFound()
{
    QWidget window;
    window.setObjectName(u"window"_s);
    auto *form = new QFormLayout(&window);
    auto *nameEdit = new QLineEdit(&window);
    nameEdit->setObjectName(u"nameEdit"_s);
    auto *nameLabel = new QLabel(u"Name:"_s, &window);
    form->addRow(nameLabel, nameEdit); // a form's label, not its field's buddy
    auto *colourCombo = new QComboBox(&window);
    colourCombo->setObjectName(u"colourCombo"_s);
    auto *colourLabel = new QLabel(u"&Colour:"_s, &window);
    colourLabel->setObjectName(u"colourLabel"_s);
    colourLabel->setBuddy(colourCombo);
    form->addRow(colourLabel, colourCombo); // named through its buddy: fine
    auto *list = new QListWidget(&window);
    list->setObjectName(u"profileList"_s);
    form->addRow(list);
    auto *icon = new QToolButton(&window);
    icon->setObjectName(u"iconButton"_s);
    icon->setFocusPolicy(Qt::StrongFocus);
    form->addRow(icon);
    auto *tabs = new QTabWidget(&window);
    tabs->setObjectName(u"answerTabs"_s);
    tabs->addTab(new QWidget(tabs), u"Body"_s);
    form->addRow(tabs);
    auto *ok = new QPushButton(u"OK"_s, &window);
    ok->setObjectName(u"okButton"_s);
    form->addRow(ok);
    window.resize(400, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    Checker names(&window);
    names.checkNames();
    names.checkLabels();
    const QString found = names.problems().join(u'\n');
    QCOMPARE(names.problems().size(), 5);
    QVERIFY2(found.contains(u"QTabWidget answerTabs"_s), qPrintable(found));
    QVERIFY2(found.contains(u"QListWidget profileList"_s), qPrintable(found));
    QVERIFY2(found.contains(u"QToolButton iconButton"_s), qPrintable(found));
    QVERIFY2(found.contains(u"\"Name:\" names QLineEdit nameEdit"_s), qPrintable(found));
    // A line edit with no label at all.
    QVERIFY2(found.contains(u"QLineEdit nameEdit (in window) takes the keyboard"_s),
             qPrintable(found));

    nameLabel->setBuddy(nameEdit);
    list->setAccessibleName(u"Profiles"_s);
    icon->setAccessibleName(u"Choose an icon"_s);
    tabs->setAccessibleName(u"Answer"_s);
    Checker fixed(&window);
    fixed.checkNames();
    fixed.checkLabels();
    QVERIFY2(fixed.problems().isEmpty(), qPrintable(report(fixed.problems())));

    // Tab in reading order passes; a field sent to the end of the chain is found.
    Checker inOrder(&window);
    inOrder.checkTabOrder(6);
    QVERIFY2(inOrder.problems().isEmpty(), qPrintable(report(inOrder.problems())));
    QCOMPARE(inOrder.tabChain().size(), 6);
    QWidget::setTabOrder(ok, colourCombo);
    Checker outOfOrder(&window);
    outOfOrder.checkTabOrder(6);
    QVERIFY(!outOfOrder.problems().isEmpty());
    QVERIFY2(outOfOrder.problems().join(u'\n').contains(u"against the reading order"_s),
             qPrintable(report(outOfOrder.problems())));

    // A mnemonic without a buddy.
    auto *orphan = new QLabel(u"&Orphan"_s, &window);
    orphan->setObjectName(u"orphan"_s);
    form->addRow(orphan);
    orphan->show();
    Checker mnemonic(&window);
    mnemonic.checkLabels();
    QCOMPARE(mnemonic.problems().size(), 1);
    QVERIFY(mnemonic.problems().constFirst().contains(u"QLabel orphan"_s));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_Accessibility.moc"
