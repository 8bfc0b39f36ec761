#include "ShortcutsDialog.h"

#include "ui_ShortcutsDialog.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QTreeWidgetItem>

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
        const QString area = o->property("shortcutArea").toString();
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

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    for (const Entry &entry : collect(window)) {
        auto *item = new QTreeWidgetItem(
            m_ui->shortcutsView,
            {entry.action, entry.keys.toString(QKeySequence::NativeText), entry.where});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    for (int column = 0; column < m_ui->shortcutsView->columnCount(); ++column)
        m_ui->shortcutsView->resizeColumnToContents(column);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close))
        close->setDefault(true);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QWidget *window)
{
    QList<Entry> entries;
    QSet<QString> seen;
    auto add = [&](const QString &text, const QKeySequence &keys, const QString &where) {
        if (keys.isEmpty() || text.isEmpty())
            return;
        const QString key = text + u'\t' + keys.toString(QKeySequence::PortableText);
        if (seen.contains(key))
            return;
        seen.insert(key);
        entries.append({text, keys, where.isEmpty() ? tr("Everywhere") : where});
    };

    // The window's own actions first (menus), then those of the areas and their shortcuts.
    QList<QAction *> actions = window->actions();
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!actions.contains(action))
            actions.append(action);
    }
    for (QAction *action : actions) {
        if (action->isSeparator() || action->menu())
            continue;
        const QString where = menuOf(action);
        for (const QKeySequence &keys : action->shortcuts())
            add(plainText(action->text()), keys,
                where.isEmpty() ? areaOf(action) : tr("%1 menu").arg(where));
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        for (const QKeySequence &keys : shortcut->keys())
            add(plainText(shortcut->whatsThis()), keys, areaOf(shortcut));
    }
    return entries;
}

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (int i = 0; i < m_ui->shortcutsView->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->shortcutsView->topLevelItem(i);
        rows.append(item->text(0) + u'\t' + item->text(1));
    }
    return rows;
}

void ShortcutsDialog::filter(const QString &text)
{
    for (int i = 0; i < m_ui->shortcutsView->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->shortcutsView->topLevelItem(i);
        const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
            || item->text(1).contains(text, Qt::CaseInsensitive)
            || item->text(2).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}
