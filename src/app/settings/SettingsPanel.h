#pragma once

#include "AreaPage.h"
#include "settings/Profile.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
struct ApiConfig;
class QNetworkAccessManager;
class Connections;
class SecretStore;
class Settings;
class TokenClient;
class VerifyClient;

namespace Ui {
class SettingsPanel;
}

// The settings and credentials panel: profiles (add, edit, delete), the consumer key and secret,
// request defaults, connection options, "Test connection", the interface language, and where the
// history is kept (HistorySettingsEditor).
class SettingsPanel : public QWidget, public AreaPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPanel)

public:
    SettingsPanel(Settings *settings, SecretStore *secrets, Connections *connections,
                  QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~SettingsPanel() override;

    // The profile shown in the editor (the saved one, or the new one being added).
    QString currentProfileId() const { return m_current.id; }
    void selectProfile(const QString &id);
    bool hasUnsavedChanges() const;
    // Gives the keyboard to the list of profiles.
    void focusMainControl() override;
    // Shows the History tab: where the history of every profile is kept.
    void showHistorySettings();
    // Shows the General tab: the interface's language and colours, and who sends.
    void showGeneralSettings();

    // The message next to `field`, empty when the field is fine.
    QString fieldError(Profile::Field field) const;

Q_SIGNALS:
    // A connection test ended; `ok` when a token came back.
    void connectionTested(bool ok, const QString &message);

private:
    void fillChoices();
    void setUpFlavourChoices();
    // A new profile's kind was chosen: the form shows that kind's preset, what was typed kept.
    void applyKind(Profile::Kind kind);
    // The fields follow the flavour shown: the token URL only for KPN's, the credentials named
    // as that API names them.
    void showFlavour(ApiFlavour flavour);
    ApiFlavour formFlavour() const;
    // The credential's name in the messages about storing and reading it.
    QString secretText(const char *kpn, const char *vonage) const;
    // "Show/Hide the consumer secret" or "… the API secret", as the button and flavour stand.
    void updateSecretButtonName();
    // The vendor's flavour has no token to ask for: a search for an unknown id tells whether
    // the API key and secret are accepted.
    void testVonageCredentials(const ApiConfig &config);
    void setUpRequestOptions();
    void setUpProfileList();
    void setUpAppSettings();
    void setUpHistory();
    // The profile shown differs from the one stored (the History section aside).
    bool profileChanged() const;
    void reloadList();
    void showProfile(const Profile &profile);
    Profile profileFromForm() const;
    void showErrors(const Profile::Errors &errors);
    void save();
    void addProfile();
    void deleteProfile();
    void testConnection();
    void testWithSecret(const Profile &profile, const QString &secret);
    void updateKeychainState();
    void chooseFileFallback(bool file);
    void setStatus(const QString &text);
    QLabel *errorLabel(Profile::Field field);

    const std::unique_ptr<Ui::SettingsPanel> m_ui;
    Settings *m_settings;
    SecretStore *m_secrets;
    Connections *m_connections;
    QNetworkAccessManager *m_nam;
    Profile m_current;
    Profile m_shown; // the form's content right after showing m_current
    bool m_isNew = false;
    bool m_loading = false;
    QHash<Profile::Field, QLabel *> m_errorLabels;
    QPointer<TokenClient> m_tester;
    QPointer<VerifyClient> m_keyTester; // the vendor's flavour: its test search
};
