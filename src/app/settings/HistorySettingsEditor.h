#pragma once

#include "history/TeamDatabase.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class SecretStore;
class Settings;
class TeamConnectionTest;

namespace Ui {
class HistorySettingsEditor;
}

// The Settings panel's "History" section: where the history is kept (this computer, or a team's
// shared PostgreSQL database and how to reach it, its password in the keychain), how long it
// keeps verifications, and "Test connection". Saved with the panel; read when Verify Desk starts.
class HistorySettingsEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorySettingsEditor)

public:
    explicit HistorySettingsEditor(QWidget *parent = nullptr);
    ~HistorySettingsEditor() override;

    // Shows what `settings` hold; the password is read from and written to `secrets`.
    void setServices(Settings *settings, SecretStore *secrets);

    bool hasUnsavedChanges() const;
    // Marks the fields that need attention; how many do.
    int validate();
    // Stores the form (validate() first); message() follows with how the password was kept.
    void save();
    // Shows the stored settings again, dropping what was typed.
    void revert();
    // Says where the password goes when no keychain answers (the panel's choice of fallback).
    void updateKeychainState();

    // The fields in their tab order, for the panel's.
    QList<QWidget *> fieldsInTabOrder() const;

Q_SIGNALS:
    // A sentence for the panel's status line.
    void message(const QString &text);
    // "Test connection" ended; `ok` when a desk could record verifications there.
    void connectionTested(bool ok, const QString &message);

private:
    // What the form holds, the password aside.
    struct Choice
    {
        bool shared = false;
        TeamDatabase team;
        int retentionDays = 0;
        bool operator==(const Choice &other) const;
    };
    enum class Field { Host, Port, User, CaFile };

    void fillChoices();
    Choice choiceFromForm() const;
    bool sharedChosen() const;
    // The rows of the shared database shown or hidden as the place chosen says.
    void showPlace();
    QHash<Field, QString> errors() const;
    void showErrors(const QHash<Field, QString> &errors);
    QLabel *errorLabel(Field field) const;
    void readStoredPassword();
    void storePassword(const QString &password);
    void testConnection();
    void startTest(const TeamDatabase &team);
    void setTesting(bool testing);
    void setTestText(const QString &text);
    void showTestResult(bool ok, const QString &text);

    const std::unique_ptr<Ui::HistorySettingsEditor> m_ui;
    Settings *m_settings = nullptr;
    SecretStore *m_secrets = nullptr;
    TeamConnectionTest *m_test;
    Choice m_shown; // the form's content right after showing the stored settings
    bool m_passwordLooked = false; // the stored password's placeholder was read
    bool m_testHadFocus = false;
};
