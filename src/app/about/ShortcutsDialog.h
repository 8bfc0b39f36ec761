#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

#include <memory>

namespace Ui {
class ShortcutsDialog;
}

// Help -> Keyboard shortcuts: every shortcut of a window, read from its QActions and QShortcuts
// so that the list cannot drift from what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    // One shortcut as listed: what it does, its keys and where it works.
    struct Entry
    {
        QString action;
        QKeySequence keys;
        QString where;
    };

    // Lists the shortcuts collected from `window` (and its children).
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // The shortcuts of `window`: its actions with a shortcut and the QShortcuts that carry a
    // whatsThis text. "Where" is the title of the menu an action sits in, or the "shortcutArea"
    // property of the nearest ancestor widget that has one, or "Everywhere".
    static QList<Entry> collect(QWidget *window);
    // The listed rows as "action<TAB>keys" (native text), for tests and copying.
    QStringList rows() const;

private:
    void filter(const QString &text);

    const std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};
