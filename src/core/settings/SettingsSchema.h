#pragma once

#include "EnumKeys.h"
#include "Profile.h"
#include "Settings.h"
#include "history/TeamDatabase.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QSettings>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <optional>

// The layout of the settings file, written once: every key with its type, default and the values
// it accepts. Settings reads and writes through these entries and spells no key of its own; the
// texts and keys here are in files users already have, so each must stay as it is.
namespace SettingsSchema {

using namespace Qt::StringLiterals;

// The name of the settings file in the platform's configuration folder.
inline constexpr QLatin1StringView kFileName = "verifydesk.ini"_L1;

// The stored text of each enum value.
inline constexpr EnumKey<Profile::Kind> kKindKeys[] = {
    {Profile::Kind::Sandbox, "sandbox"},
    {Profile::Kind::KpnProduction, "kpn-production"},
    {Profile::Kind::Custom, "custom"},
    {Profile::Kind::Vonage, "vonage"},
};
inline constexpr EnumKey<ApiFlavour> kFlavourKeys[] = {
    {ApiFlavour::KpnOAuth, "kpn-oauth"},
    {ApiFlavour::VonageKey, "vonage-key"},
};
inline constexpr EnumKey<Profile::ProxyMode> kProxyModeKeys[] = {
    {Profile::ProxyMode::System, "system"},
    {Profile::ProxyMode::None, "none"},
    {Profile::ProxyMode::Manual, "manual"},
};
// Also what --lang takes.
inline constexpr EnumKey<Settings::Language> kLanguageKeys[] = {
    {Settings::Language::System, "system"},
    {Settings::Language::English, "en"},
    {Settings::Language::Dutch, "nl"},
};
inline constexpr EnumKey<Settings::Theme> kThemeKeys[] = {
    {Settings::Theme::System, "system"},
    {Settings::Theme::Light, "light"},
    {Settings::Theme::Dark, "dark"},
};

// How a value of type T is put into the file and taken out of it; load() answers nullopt for a
// stored value that does not convert.
template<typename T> struct Codec;
template<> struct Codec<int>
{
    static QVariant store(int value) { return value; }
    static std::optional<int> load(const QVariant &stored)
    {
        bool ok = false;
        const int value = stored.toInt(&ok);
        return ok ? std::optional(value) : std::nullopt;
    }
};
template<> struct Codec<bool>
{
    static QVariant store(bool value) { return value; }
    static std::optional<bool> load(const QVariant &stored) { return stored.toBool(); }
};
template<> struct Codec<QString>
{
    static QVariant store(const QString &value) { return value; }
    static std::optional<QString> load(const QVariant &stored) { return stored.toString(); }
};
template<> struct Codec<QByteArray>
{
    static QVariant store(const QByteArray &value) { return value; }
    static std::optional<QByteArray> load(const QVariant &stored) { return stored.toByteArray(); }
};
template<> struct Codec<QUrl>
{
    static QVariant store(const QUrl &value) { return value.toString(); }
    static std::optional<QUrl> load(const QVariant &stored) { return QUrl(stored.toString()); }
};
template<const auto &Keys> struct EnumCodec
{
    using Enum = decltype(Keys[0].value);
    static QVariant store(Enum value) { return keyOf(Keys, value); }
    static std::optional<Enum> load(const QVariant &stored)
    {
        return enumOf(Keys, stored.toString());
    }
};
template<> struct Codec<Profile::Kind> : EnumCodec<kKindKeys>
{
};
template<> struct Codec<ApiFlavour> : EnumCodec<kFlavourKeys>
{
};
template<> struct Codec<Profile::ProxyMode> : EnumCodec<kProxyModeKeys>
{
};
template<> struct Codec<Settings::Theme> : EnumCodec<kThemeKeys>
{
};
// libpq's own sslmode words.
template<> struct Codec<TeamDatabase::TlsMode>
{
    static QVariant store(TeamDatabase::TlsMode value) { return TeamDatabase::tlsKey(value); }
    static std::optional<TeamDatabase::TlsMode> load(const QVariant &stored)
    {
        bool ok = false;
        const TeamDatabase::TlsMode mode = TeamDatabase::tlsFromKey(stored.toString(), &ok);
        return ok ? std::optional(mode) : std::nullopt;
    }
};
// Typed by people too (--lang, a file edited by hand): any case, spaces around ignored.
template<> struct Codec<Settings::Language>
{
    static QVariant store(Settings::Language value) { return Settings::languageCode(value); }
    static std::optional<Settings::Language> load(const QVariant &stored)
    {
        return Settings::languageFromCode(stored.toString());
    }
};

// One application setting: its key, type, default and the values it accepts (all when `accepts`
// is null). A value that is missing, does not convert or is not accepted reads as the default.
template<typename T> struct Setting
{
    QLatin1StringView key;
    T defaultValue;
    bool (*accepts)(const T &) = nullptr;

    T read(const QSettings &settings) const
    {
        const QVariant stored = settings.value(key);
        if (!stored.isValid())
            return defaultValue;
        const std::optional<T> value = Codec<T>::load(stored);
        return value && (!accepts || accepts(*value)) ? *value : defaultValue;
    }
    void write(QSettings &settings, const T &value) const
    {
        settings.setValue(key, Codec<T>::store(value));
    }
    // For values saved at every exit and mostly unchanged: QSettings would rewrite (and fdatasync)
    // the file for a value equal to the stored one, which on a busy disk holds up the exit.
    void writeIfChanged(QSettings &settings, const T &value) const
    {
        if (read(settings) != value)
            write(settings, value);
    }
};

// The application's settings.
inline bool isSchemaVersion(const int &version)
{
    return version > 0;
}
inline bool isRetentionDays(const int &days)
{
    return days >= Settings::kMinHistoryRetentionDays && days <= Settings::kMaxHistoryRetentionDays;
}
inline const Setting<int> kSchemaVersion {"meta/schemaVersion"_L1, 0, isSchemaVersion};
inline const Setting<Settings::Language> kLanguage {"app/language"_L1, Settings::Language::System};
inline const Setting<Settings::Theme> kTheme {"app/theme"_L1, Settings::Theme::System};
// An id that names no profile reads as the Sandbox's too (Settings::activeProfileId()).
inline const Setting<QString> kActiveProfile {"app/activeProfile"_L1, u"sandbox"_s};
inline const Setting<int> kHistoryRetentionDays {
    "history/retentionDays"_L1, Settings::kDefaultHistoryRetentionDays, isRetentionDays};
// The desk user's name the history records with each verification; empty or missing: the
// account's full name (Settings::operatorName()).
inline const Setting<QString> kOperatorName {"history/operatorName"_L1, {}};
// Where the history is kept: this computer's file (false) or a team's shared database (true),
// and how that database is reached; its password is in the keychain (Settings::kTeamSecretId).
inline bool isPort(const int &port)
{
    return port > 0 && port < 65536;
}
inline const Setting<bool> kTeamHistory {"teamHistory/enabled"_L1, false};
inline const Setting<QString> kTeamHost {"teamHistory/host"_L1, {}};
inline const Setting<int> kTeamPort {"teamHistory/port"_L1, 5432, isPort};
inline const Setting<QString> kTeamDatabase {"teamHistory/database"_L1, u"verifydesk"_s};
inline const Setting<QString> kTeamUser {"teamHistory/user"_L1, {}};
inline const Setting<TeamDatabase::TlsMode> kTeamTls {"teamHistory/tls"_L1,
                                                      TeamDatabase::TlsMode::VerifyFull};
inline const Setting<QString> kTeamCaFile {"teamHistory/caFile"_L1, {}};
// The in-process sandbox's search answers at once after a verification completes, instead of
// 101 for a minute as the vendor's does (off, as the real API).
inline const Setting<bool> kSandboxInstantSearch {"sandbox/instantSearch"_L1, false};
inline const Setting<QByteArray> kWindowGeometry {"window/geometry"_L1, {}};
inline const Setting<QByteArray> kWindowState {"window/state"_L1, {}};

// The profiles: an array of entries, each with the fields below.
inline constexpr QLatin1StringView kProfilesArray = "profiles"_L1;

// What a profile field needs beyond its key and default.
enum class Rule {
    Optional, // missing or unreadable: the default
    Required, // missing or unreadable: the entry is not a profile
    NotForSandbox, // not written for the Sandbox, whose URLs are only known at run time
    UnlessDefault, // written only when it differs from its default, so older files stay as they are
};

// The fields of one profile entry: key, member and default (a new Profile's value), walked by
// both reading and writing, so that a field cannot be written under one key and read under
// another. `field(key, member, default, rule)` is called once per field, in this order; a default
// may depend on a field before it.
template<typename P, typename Visitor> void forEachProfileField(P &p, Visitor &&field)
{
    static const Profile blank;
    const Profile::RequestDefaults &d = blank.defaults;
    field("id"_L1, p.id, blank.id, Rule::Required);
    field("name"_L1, p.name, blank.name, Rule::Optional);
    field("kind"_L1, p.kind, blank.kind, Rule::Required);
    field("tokenUrl"_L1, p.tokenUrl, blank.tokenUrl, Rule::NotForSandbox);
    field("apiBaseUrl"_L1, p.apiBaseUrl, blank.apiBaseUrl, Rule::NotForSandbox);
    field("clientId"_L1, p.clientId, blank.clientId, Rule::Optional);
    // Added after files were written: absent is the kind's flavour (KPN's for the kinds that
    // choose), and that is not written, so files of before stay as they were.
    field("flavour"_L1, p.flavour, Profile::fixedFlavour(p.kind).value_or(blank.flavour),
          Rule::UnlessDefault);
    field("brand"_L1, p.defaults.brand, d.brand, Rule::Optional);
    field("country"_L1, p.defaults.country, d.country, Rule::Optional);
    field("codeLength"_L1, p.defaults.codeLength, d.codeLength, Rule::Optional);
    field("language"_L1, p.defaults.language, d.language, Rule::Optional);
    field("workflowId"_L1, p.defaults.workflowId, d.workflowId, Rule::Optional);
    field("pinExpirySeconds"_L1, p.defaults.pinExpirySeconds, d.pinExpirySeconds, Rule::Optional);
    field("nextEventWaitSeconds"_L1, p.defaults.nextEventWaitSeconds, d.nextEventWaitSeconds,
          Rule::Optional);
    field("senderId"_L1, p.defaults.senderId, d.senderId, Rule::Optional);
    field("timeoutSeconds"_L1, p.timeoutSeconds, blank.timeoutSeconds, Rule::Optional);
    field("proxyMode"_L1, p.proxyMode, blank.proxyMode, Rule::Optional);
    field("proxyHost"_L1, p.proxyHost, blank.proxyHost, Rule::Optional);
    field("proxyPort"_L1, p.proxyPort, blank.proxyPort, Rule::Optional);
    field("caFile"_L1, p.caFile, blank.caFile, Rule::Optional);
    // Kept as stored, red or not: bannerColour() shows a production profile red whatever its
    // colour says, so reading needs no repair (and leaves the file as it is).
    field("colour"_L1, p.colour, blank.colour, Rule::Optional);
    // KPN production without the flag (an entry cut short or edited by hand) stays production: in
    // doubt, the app asks before it spends money.
    field("production"_L1, p.production,
          p.kind == Profile::Kind::KpnProduction || p.kind == Profile::Kind::Vonage,
          Rule::Optional);
}

} // namespace SettingsSchema
