#pragma once

#include <QKeySequence>
#include <QShortcut>
#include <QString>

// Ctrl+Return, and Ctrl+Enter on the keypad, on `page`: `slot` (a member of Page, a slot or a
// signal) is called from anywhere on the page, a field or a cell being edited included.
template<typename Page, typename Slot>
void addSendShortcut(Page *page, const QString &whatsThis, Slot slot)
{
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, page);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        shortcut->setWhatsThis(whatsThis);
        QObject::connect(shortcut, &QShortcut::activated, page, slot);
    }
}
