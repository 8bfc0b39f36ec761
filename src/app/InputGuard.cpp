#include "InputGuard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QKeyEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>

namespace {

// A field whose value the wheel changes. Scroll bars are left out: they never take the focus,
// and a scroll area hands them the wheel turned over its page.
bool isWheelField(const QObject *object)
{
    return qobject_cast<const QAbstractSpinBox *>(object) || qobject_cast<const QComboBox *>(object)
        || (qobject_cast<const QAbstractSlider *>(object)
            && !qobject_cast<const QScrollBar *>(object));
}

bool inDialog(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (qobject_cast<const QDialog *>(w))
            return true;
    }
    return false;
}

} // namespace

InputGuard::InputGuard(QObject *application)
    : QObject(application)
{ }

InputGuard::~InputGuard() = default;

void InputGuard::install()
{
    QCoreApplication *application = QCoreApplication::instance();
    if (!application || application->findChild<InputGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    application->installEventFilter(new InputGuard(application));
}

bool InputGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
        // Qt gives spin and combo boxes the focus on the wheel (Qt::WheelFocus), which would let
        // the first turn over them choose them. A click or Tab does.
        if (isWheelField(watched)) {
            auto *field = static_cast<QWidget *>(watched);
            if (field->focusPolicy() == Qt::WheelFocus)
                field->setFocusPolicy(Qt::StrongFocus);
        }
        break;
    case QEvent::Wheel:
        if (isWheelField(watched) && !static_cast<QWidget *>(watched)->hasFocus()) {
            // Ignored and filtered: QApplication hands a wheel from the window system on to the
            // parents, and the scroll area around the field scrolls.
            event->ignore();
            return true;
        }
        break;
    case QEvent::KeyPress:
        return pressFocusedButton(watched, static_cast<QKeyEvent *>(event));
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool InputGuard::pressFocusedButton(QObject *watched, QKeyEvent *event)
{
    if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter)
        return false;
    if ((event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    // Push and tool buttons only: Enter on a check box is not a click.
    auto *button = qobject_cast<QAbstractButton *>(watched);
    if (!button || !(qobject_cast<QPushButton *>(button) || qobject_cast<QToolButton *>(button)))
        return false;
    // A dialog presses its default button, or the push button focused.
    if (!button->hasFocus() || !button->isEnabled() || inDialog(button))
        return false;
    if (!event->isAutoRepeat())
        button->animateClick();
    event->accept();
    return true;
}
