#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

class QLineEdit;
class QWidget;

// Every modal question and file dialog of the app goes through here, so that widget tests can
// answer them in advance (setNextAnswer, setNextFileName) instead of blocking on a modal loop.
class Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)

public:
    // Asks a yes/no question; returns true for Yes.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &yesText = {},
                        QMessageBox::Icon icon = QMessageBox::Question);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // Empty when cancelled.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    // Asks for a file of CA certificates (PEM) and puts its name in `edit`; cancelled, `edit`
    // keeps what it had.
    static void chooseCaFile(QLineEdit *edit, const QString &title);

    // Test seam: the next confirm() returns `answer` without showing anything; the next
    // information()/warning() is recorded instead of shown.
    static void setNextAnswer(bool answer);
    static void setNextFileName(const QString &fileName);
    // Test seam: every question or message box is handed to `observer` once it is built, before
    // it would be shown (answered through the seam, it is not shown at all), so that tests can
    // look at what the user would get. Cleared by resetTestState().
    static void setBoxObserver(std::function<void(QMessageBox &)> observer);
    // Text of the last dialog answered or recorded through the seam.
    static QString lastText();
    static int shownCount();
    static void resetTestState();
};
