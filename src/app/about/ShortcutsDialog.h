#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

#include <memory>

namespace Ui {
class ShortcutsDialog;
}

// Help -> Keyboard shortcuts: every action of a window with the keys that do it, read from its
// QActions, QShortcuts and the Alt+letter of its buttons so that the list cannot drift from what
// the keys really do, grouped by where they work.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    // One action as listed: what it does, every key that does it and where they work.
    struct Entry
    {
        QString action;
        QList<QKeySequence> keys;
        QString where;
        // A key that works in one field only, in words ("Enter in the PIN field").
        QString alsoText;
    };

    // Lists the shortcuts collected from `window` (and its children).
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // The entry of a button whose text is `buttonText` ("&Check"): its text without the '&' and
    // its Alt+letter.
    static Entry buttonEntry(const QString &buttonText, const QString &where,
                             const QString &alsoText = {});

    // The actions of `window`, one entry per action and place: its actions with a shortcut, the
    // QShortcuts that carry a whatsThis text, and its push and tool buttons with an Alt+letter;
    // and the steps made per verification as their classes describe them (PinStep::shortcuts()),
    // whether one is on screen or not. "Where" is the title of the menu an action sits in, or the
    // "shortcutArea" property of the nearest ancestor widget that has one, or "Everywhere". The
    // entries come grouped by where: the menus in the menu bar's order, then the window's areas.
    static QList<Entry> collect(QWidget *window);
    // The keys of an entry as listed: "Alt+C or Enter in the PIN field".
    static QString keysText(const Entry &entry);

    // The places listed, in order.
    QStringList groups() const;
    // The listed rows as "action<TAB>keys" (native text), of one place or of all, for tests and
    // copying.
    QStringList rows(const QString &where = {}) const;

private:
    void filter(const QString &text);

    const std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};
