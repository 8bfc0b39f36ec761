#pragma once

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class AboutDialog;
}

// Help -> About: the version, the Qt version it runs on and was built with, the licences of the
// libraries and the icon set used, and where settings, history and secrets are kept (selectable,
// to copy).
class AboutDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    // Where the application keeps its data; the composition root knows, the dialog only shows it.
    struct StorageLocations
    {
        QString settingsFile; // the QSettings ini file
        QString historyFile; // the SQLite history
        QString keychainService; // the service name the secrets go under in the OS keychain
        QString secretsFallbackFile; // the secrets file, used only when no keychain answers
    };

    // One library and its licence, as listed in the dialog.
    struct Library
    {
        QString name;
        QString licence;
    };

    explicit AboutDialog(const StorageLocations &locations, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The libraries Verify Desk uses, with their licences.
    static QList<Library> libraries();
    // The licence text of the icon set (Lucide: ISC; the icons it took from Feather: MIT), embedded
    // with the application.
    static QString iconLicencePath();

private:
    const std::unique_ptr<Ui::AboutDialog> m_ui;
};
