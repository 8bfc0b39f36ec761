#pragma once

#include "Profile.h"
#include "history/TeamDatabase.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

// The one typed wrapper over the application's QSettings: profiles, the active profile, language,
// theme, window state, history retention and the operator's name. Every key and default lives in
// SettingsSchema.h only, and no secret is ever written here (secrets go through SecretStore).
class Settings : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Language { System, English, Dutch };
    Q_ENUM(Language)
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    // The layout of the stored keys. A file with another version (or none) is not trusted.
    static constexpr int kSchemaVersion = 1;
    // History retention in days; 0 keeps every verification (the default).
    static constexpr int kDefaultHistoryRetentionDays = 0;
    static constexpr int kMinHistoryRetentionDays = 0;
    static constexpr int kMaxHistoryRetentionDays = 3650;

    // The app's settings file, in the platform's configuration folder.
    static QString defaultFilePath();

    // Works on `settings`, which must outlive this object (the app passes its QSettings).
    explicit Settings(QSettings *settings, QObject *parent = nullptr);
    // Works on an INI file of its own at `iniPath` (tests use a temporary file).
    explicit Settings(const QString &iniPath, QObject *parent = nullptr);
    ~Settings() override;

    // Non-empty, translated, when the stored settings could not be used and defaults were put in
    // their place (corrupt file, unknown or older schema); the unreadable file is kept as a backup.
    QString loadNotice() const { return m_loadNotice; }
    // Where the unusable file was copied to before the defaults replaced it; empty if none.
    QString backupPath() const { return m_backupPath; }

    // Profiles, in the stored order; the Sandbox is always first and always present.
    QList<Profile> profiles() const { return m_profiles; }
    std::optional<Profile> profile(const QString &id) const;
    // Case-insensitive, for --profile NAME; names are unique.
    std::optional<Profile> profileByName(const QString &name) const;
    // Adds a new profile. Refused (false, a translated reason in *error) when it is invalid, its id
    // is empty or taken, or it claims to be the Sandbox.
    bool addProfile(const Profile &profile, QString *error = nullptr);
    // Replaces the stored profile with the same id. The Sandbox keeps its id, kind and (translated)
    // name and stores no URLs.
    bool updateProfile(const Profile &profile, QString *error = nullptr);
    // Removes a profile; the Sandbox cannot be removed. The active profile falls back to the
    // Sandbox when it is the one removed.
    bool removeProfile(const QString &id, QString *error = nullptr);

    // The active profile's id; the Sandbox's when none (or an unknown one) is stored.
    QString activeProfileId() const;
    Profile activeProfile() const;
    bool setActiveProfileId(const QString &id);

    Language language() const;
    // The language stored in the file at `iniPath`, read before translations are installed.
    static Language storedLanguage(const QString &iniPath);
    void setLanguage(Language language);
    // "system", "en", "nl" (what --lang takes) and back; nullopt for an unknown code.
    static QString languageCode(Language language);
    static std::optional<Language> languageFromCode(const QString &code);

    Theme theme() const;
    void setTheme(Theme theme);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // Days the history keeps verifications; out-of-range values read as the default.
    int historyRetentionDays() const;
    void setHistoryRetentionDays(int days);

    // The desk user's name the history records with each verification: the one set, else the
    // full name of the computer account (OperatorIdentity::accountFullName()).
    QString operatorName() const;
    // Trimmed, control characters taken out, at most kMaxOperatorNameLength; empty goes back to
    // the account's name.
    void setOperatorName(const QString &name);
    static constexpr int kMaxOperatorNameLength = 64;

    // Where the history is kept: false, this computer's file (the default); true, the team's
    // shared database teamDatabase() names. Read when Verify Desk starts.
    bool sharedHistory() const;
    void setSharedHistory(bool shared);
    // How the shared database is reached, without its password: that is in the keychain, under
    // the secret id kTeamSecretId.
    TeamDatabase teamDatabase() const;
    void setTeamDatabase(const TeamDatabase &database);
    static constexpr auto kTeamSecretId = QLatin1StringView("team-history");

    // The Sandbox's search answers at once after completion instead of 101 for a minute, as the
    // vendor's does (off by default).
    bool sandboxInstantSearch() const;
    void setSandboxInstantSearch(bool instant);

    // Writes pending changes to disk now (changes are also written when this object goes away).
    void sync();

Q_SIGNALS:
    void profilesChanged();
    void activeProfileChanged(const QString &id);
    void languageChanged(Settings::Language language);
    void themeChanged(Settings::Theme theme);
    void sandboxInstantSearchChanged(bool instant);
    void operatorNameChanged(const QString &name);

private:
    void load();
    // Why the stored settings cannot be used (translated); empty when they can.
    QString unusableReason(bool readable, const QStringList &keys) const;
    bool fallBackToDefaults(const QString &reason);
    QList<Profile> readProfiles(QStringList *problems) const;
    void writeProfiles();
    int indexOf(const QString &id) const;

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings;
    QList<Profile> m_profiles;
    QString m_loadNotice;
    QString m_backupPath;
};
