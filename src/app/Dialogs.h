#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

// Every modal question and file dialog of the app goes through here, so that widget tests can
// answer them in advance (setNextAnswer, setNextFileName) instead of blocking on a modal loop.
class Dialogs
{
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

    // Test seam: the next confirm() returns `answer` without showing anything; the next
    // information()/warning() is recorded instead of shown.
    static void setNextAnswer(bool answer);
    static void setNextFileName(const QString &fileName);
    // Text of the last dialog answered or recorded through the seam.
    static QString lastText();
    static int shownCount();
    static void resetTestState();
};
