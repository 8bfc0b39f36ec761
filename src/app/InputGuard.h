#pragma once

#include <QObject>

class QKeyEvent;

// The application's own rules for the mouse wheel and the Enter key, for every window:
// - a spin box, combo box or slider changes on the wheel only once the user has chosen it (it has
//   the keyboard focus); until then the wheel scrolls the page around it. It takes the focus on a
//   click or Tab, never on the wheel.
// - Enter or Return on a focused push or tool button outside a dialog presses it, as Space does.
//   Dialogs keep Qt's own rule (Enter presses the default button).
class InputGuard : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputGuard)

public:
    // Installs the guard on the running QApplication, once however often it is called.
    static void install();
    ~InputGuard() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit InputGuard(QObject *application);
    // Enter or Return on a focused button outside a dialog: pressed, and the key taken.
    static bool pressFocusedButton(QObject *watched, QKeyEvent *event);
};
