#include "ShortcutsDialog.h"

#include "ui_ShortcutsDialog.h"
#include "verify/PinStep.h"
#include "verify/Verification.h" // PinStep.h returns a Verification * inline
#include "verify/VerifyWizard.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidgetItem>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// "&Switch profile…" -> "Switch profile"
QString plainText(QString text)
{
    text.remove(QRegularExpression(u"&(?!&)"_s));
    text.replace(u"&&"_s, u"&"_s);
    if (text.endsWith(u'…'))
        text.chop(1);
    if (text.endsWith(u"..."_s))
        text.chop(3);
    return text.trimmed();
}

QString areaOf(const QObject *object)
{
    for (const QObject *o = object; o; o = o->parent()) {
        QString area = o->property("shortcutArea").toString();
        if (!area.isEmpty())
            return area;
    }
    return {};
}

QString menuOf(const QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object))
            return plainText(menu->title());
    }
    return {};
}

// Widgets made per verification, several at once or none: listed as their class describes them,
// in the area of their host, and their live buttons are not read.
struct Described
{
    const QMetaObject *type;
    const QMetaObject *host;
    QList<ShortcutsDialog::Entry> (*entries)();
};

const Described kDescribed[] = {
    {&PinStep::staticMetaObject, &VerifyWizard::staticMetaObject, &PinStep::shortcuts},
};

bool isDescribed(const QObject *object)
{
    for (const QObject *o = object; o; o = o->parent()) {
        for (const Described &described : kDescribed) {
            if (described.type->cast(o))
                return true;
        }
    }
    return false;
}

// Where an area sits among the window's pages, as the list of areas shows them; after them (the
// largest int) when it is not on a page.
int pageIndexOf(const QWidget *area)
{
    for (const QWidget *w = area; w->parentWidget(); w = w->parentWidget()) {
        if (const auto *pages = qobject_cast<const QStackedWidget *>(w->parentWidget()))
            return pages->indexOf(w);
    }
    return std::numeric_limits<int>::max();
}

// A button of the window itself, not of a dialog or menu it owns.
bool inWindow(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        if (w->isWindow())
            return false;
    }
    return true;
}

// The entries, one per action and place: keys found for an action already listed join its row.
class Collector
{
public:
    void add(ShortcutsDialog::Entry entry)
    {
        entry.keys.removeAll(QKeySequence());
        if (entry.action.isEmpty() || (entry.keys.isEmpty() && entry.alsoText.isEmpty()))
            return;
        if (entry.where.isEmpty())
            entry.where = ShortcutsDialog::tr("Everywhere");
        for (ShortcutsDialog::Entry &known : m_entries) {
            if (known.where != entry.where
                || known.action.compare(entry.action, Qt::CaseInsensitive) != 0)
                continue;
            for (const QKeySequence &keys : std::as_const(entry.keys)) {
                if (!known.keys.contains(keys))
                    known.keys.append(keys);
            }
            if (known.alsoText.isEmpty())
                known.alsoText = entry.alsoText;
            return;
        }
        m_entries.append(entry);
    }

    // The entries of the places in `order` first, in that order, then the others'.
    QList<ShortcutsDialog::Entry> grouped(QStringList order) const
    {
        for (const ShortcutsDialog::Entry &entry : m_entries) {
            if (!order.contains(entry.where))
                order.append(entry.where);
        }
        QList<ShortcutsDialog::Entry> grouped;
        for (const QString &where : std::as_const(order)) {
            for (const ShortcutsDialog::Entry &entry : m_entries) {
                if (entry.where == where)
                    grouped.append(entry);
            }
        }
        return grouped;
    }

private:
    QList<ShortcutsDialog::Entry> m_entries;
};

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    QTreeWidgetItem *group = nullptr;
    for (const Entry &entry : collect(window)) {
        if (!group || group->text(0) != entry.where) {
            group = new QTreeWidgetItem(m_ui->shortcutsView, {entry.where});
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        auto *item = new QTreeWidgetItem(group, {entry.action, keysText(entry)});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    m_ui->shortcutsView->expandAll();
    // Both columns whole: the keys keep their width, the actions take what the window gives, and
    // the window opens wide enough for both (within the screen).
    QTreeWidget *view = m_ui->shortcutsView;
    int columnsWidth = 0;
    for (int column = 0; column < view->columnCount(); ++column) {
        view->resizeColumnToContents(column);
        columnsWidth += view->columnWidth(column);
    }
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const int chrome = view->frameWidth() * 2 + view->verticalScrollBar()->sizeHint().width()
        + layout()->contentsMargins().left() + layout()->contentsMargins().right();
    QSize size(qMax(minimumWidth(), columnsWidth + chrome + view->indentation()), 600);
    if (const QScreen *screen = window ? window->screen() : nullptr)
        size = size.boundedTo(screen->availableSize() * 9 / 10);
    resize(size.expandedTo(minimumSize()));
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close))
        close->setDefault(true);
}

ShortcutsDialog::~ShortcutsDialog() = default;

ShortcutsDialog::Entry ShortcutsDialog::buttonEntry(const QString &buttonText, const QString &where,
                                                    const QString &alsoText)
{
    return {plainText(buttonText), {QKeySequence::mnemonic(buttonText)}, where, alsoText};
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QWidget *window)
{
    Collector entries;
    // The places: the menus in the menu bar's order, then the window's areas as its widgets come,
    // each followed by the steps it shows.
    QStringList order;
    if (const auto *bar = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        for (const QAction *action : bar->actions()) {
            if (action->menu())
                order.append(tr("%1 menu").arg(plainText(action->menu()->title())));
        }
    }
    order.append(tr("Everywhere"));
    QList<const QWidget *> areas;
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->property("shortcutArea").toString().isEmpty())
            areas.append(widget);
    }
    std::stable_sort(areas.begin(), areas.end(), [](const QWidget *a, const QWidget *b) {
        return pageIndexOf(a) < pageIndexOf(b);
    });
    for (const QWidget *widget : std::as_const(areas)) {
        const QString area = widget->property("shortcutArea").toString();
        if (order.contains(area))
            continue;
        order.append(area);
        for (const Described &described : kDescribed) {
            if (!described.host->cast(widget))
                continue;
            for (Entry entry : described.entries()) {
                entry.where = tr("%1: %2").arg(area, entry.where);
                if (!order.contains(entry.where))
                    order.append(entry.where);
                entries.add(entry);
            }
        }
    }

    QList<QAction *> actions = window->actions();
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!actions.contains(action))
            actions.append(action);
    }
    for (const QAction *action : std::as_const(actions)) {
        if (action->isSeparator() || action->menu() || isDescribed(action))
            continue;
        const QString menu = menuOf(action);
        entries.add({plainText(action->text()),
                     action->shortcuts(),
                     menu.isEmpty() ? areaOf(action) : tr("%1 menu").arg(menu),
                     {}});
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (!isDescribed(shortcut))
            entries.add({plainText(shortcut->whatsThis()), shortcut->keys(), areaOf(shortcut), {}});
    }
    // A button's Alt+letter presses it: a shortcut of what it does.
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!qobject_cast<const QPushButton *>(button)
            && !qobject_cast<const QToolButton *>(button))
            continue;
        if (!inWindow(button, window) || isDescribed(button) || Qt::mightBeRichText(button->text()))
            continue;
        entries.add(buttonEntry(button->text(), areaOf(button)));
    }
    return entries.grouped(order);
}

QString ShortcutsDialog::keysText(const Entry &entry)
{
    QStringList parts;
    for (const QKeySequence &keys : entry.keys)
        parts.append(keys.toString(QKeySequence::NativeText));
    if (!entry.alsoText.isEmpty())
        parts.append(entry.alsoText);
    QString text = parts.value(0);
    for (qsizetype i = 1; i < parts.size(); ++i)
        text = tr("%1 or %2").arg(text, parts.at(i));
    return text;
}

QStringList ShortcutsDialog::groups() const
{
    QStringList groups;
    for (int i = 0; i < m_ui->shortcutsView->topLevelItemCount(); ++i)
        groups.append(m_ui->shortcutsView->topLevelItem(i)->text(0));
    return groups;
}

QStringList ShortcutsDialog::rows(const QString &where) const
{
    QStringList rows;
    for (int i = 0; i < m_ui->shortcutsView->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_ui->shortcutsView->topLevelItem(i);
        if (!where.isEmpty() && group->text(0) != where)
            continue;
        for (int j = 0; j < group->childCount(); ++j)
            rows.append(group->child(j)->text(0) + u'\t' + group->child(j)->text(1));
    }
    return rows;
}

void ShortcutsDialog::filter(const QString &text)
{
    const auto matches = [&text](const QTreeWidgetItem *item, int column) {
        return item->text(column).contains(text, Qt::CaseInsensitive);
    };
    for (int i = 0; i < m_ui->shortcutsView->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_ui->shortcutsView->topLevelItem(i);
        const bool wholeGroup = text.isEmpty() || matches(group, 0);
        bool any = false;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            const bool match = wholeGroup || matches(item, 0) || matches(item, 1);
            item->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
    }
}
