#include "Dialogs.h"

#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>

namespace {
// Test seam state. The app never sets it; widget tests do, in the GUI thread.
std::optional<bool> g_nextAnswer;
std::optional<QString> g_nextFileName;
bool g_recordOnly = false;
QString g_lastText;
int g_shown = 0;
std::function<void(QMessageBox &)> g_boxObserver;

// An information or warning box with its OK button.
void showMessage(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text)
{
    ++g_shown;
    g_lastText = text;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    if (g_boxObserver)
        g_boxObserver(box);
    if (!g_recordOnly)
        box.exec();
}
} // namespace

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text,
                      const QString &yesText, QMessageBox::Icon icon)
{
    ++g_shown;
    g_lastText = text;
    QMessageBox box(icon, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    if (!yesText.isEmpty())
        box.button(QMessageBox::Yes)->setText(yesText);
    box.setDefaultButton(QMessageBox::Cancel);
    if (g_boxObserver)
        g_boxObserver(box);
    if (g_nextAnswer) {
        const bool answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    return box.exec() == QMessageBox::Yes;
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    showMessage(QMessageBox::Information, parent, title, text);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    showMessage(QMessageBox::Warning, parent, title, text);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                              const QString &filter)
{
    ++g_shown;
    if (g_nextFileName) {
        QString name = *g_nextFileName;
        g_nextFileName.reset();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString Dialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    ++g_shown;
    if (g_nextFileName) {
        QString name = *g_nextFileName;
        g_nextFileName.reset();
        return name;
    }
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

void Dialogs::chooseCaFile(QLineEdit *edit, const QString &title)
{
    const QString file =
        openFileName(edit, title, tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        edit->setText(file);
}

void Dialogs::setNextAnswer(bool answer)
{
    g_nextAnswer = answer;
    g_recordOnly = true;
}

void Dialogs::setBoxObserver(std::function<void(QMessageBox &)> observer)
{
    g_boxObserver = std::move(observer);
}

void Dialogs::setNextFileName(const QString &fileName)
{
    g_nextFileName = fileName;
    g_recordOnly = true;
}

QString Dialogs::lastText()
{
    return g_lastText;
}

int Dialogs::shownCount()
{
    return g_shown;
}

void Dialogs::resetTestState()
{
    g_nextAnswer.reset();
    g_nextFileName.reset();
    g_recordOnly = true;
    g_lastText.clear();
    g_shown = 0;
    g_boxObserver = nullptr;
}
