#include "Settings.h"

#include "Logging.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

// A stored setting: its key and the value used when nothing (or nothing usable) is stored.
// These handles are the only place a key is spelled.
template<typename T> struct Key
{
    QLatin1StringView name;
    T defaultValue;

    QString key() const { return QString(name); }
};

constexpr Key<int> kSchemaVersionKey {"meta/schemaVersion"_L1, 0};
constexpr Key<QLatin1StringView> kLanguageKey {"app/language"_L1, "system"_L1};
constexpr Key<QLatin1StringView> kThemeKey {"app/theme"_L1, "system"_L1};
constexpr Key<QLatin1StringView> kActiveProfileKey {"app/activeProfile"_L1, "sandbox"_L1};
constexpr Key<int> kHistoryRetentionKey {"history/retentionDays"_L1,
                                         Settings::kDefaultHistoryRetentionDays};
constexpr QLatin1StringView kWindowGeometryKey = "window/geometry"_L1;
constexpr QLatin1StringView kWindowStateKey = "window/state"_L1;

// The profiles array and the keys of one entry; the defaults are those of a new Profile.
constexpr QLatin1StringView kProfilesArray = "profiles"_L1;
namespace ProfileKey {
constexpr QLatin1StringView id = "id"_L1;
constexpr QLatin1StringView name = "name"_L1;
constexpr QLatin1StringView kind = "kind"_L1;
constexpr QLatin1StringView tokenUrl = "tokenUrl"_L1;
constexpr QLatin1StringView apiBaseUrl = "apiBaseUrl"_L1;
constexpr QLatin1StringView clientId = "clientId"_L1;
constexpr QLatin1StringView brand = "brand"_L1;
constexpr QLatin1StringView country = "country"_L1;
constexpr QLatin1StringView codeLength = "codeLength"_L1;
constexpr QLatin1StringView language = "language"_L1;
constexpr QLatin1StringView workflowId = "workflowId"_L1;
constexpr QLatin1StringView pinExpiry = "pinExpirySeconds"_L1;
constexpr QLatin1StringView nextEventWait = "nextEventWaitSeconds"_L1;
constexpr QLatin1StringView senderId = "senderId"_L1;
constexpr QLatin1StringView timeout = "timeoutSeconds"_L1;
constexpr QLatin1StringView proxyMode = "proxyMode"_L1;
constexpr QLatin1StringView proxyHost = "proxyHost"_L1;
constexpr QLatin1StringView proxyPort = "proxyPort"_L1;
constexpr QLatin1StringView caFile = "caFile"_L1;
constexpr QLatin1StringView colour = "colour"_L1;
constexpr QLatin1StringView production = "production"_L1;
} // namespace ProfileKey

QString kindCode(Profile::Kind kind)
{
    switch (kind) {
    case Profile::Kind::Sandbox:
        return u"sandbox"_s;
    case Profile::Kind::KpnProduction:
        return u"kpn-production"_s;
    case Profile::Kind::Custom:
        return u"custom"_s;
    }
    return u"custom"_s;
}

std::optional<Profile::Kind> kindFromCode(const QString &code)
{
    if (code == u"sandbox"_s)
        return Profile::Kind::Sandbox;
    if (code == u"kpn-production"_s)
        return Profile::Kind::KpnProduction;
    if (code == u"custom"_s)
        return Profile::Kind::Custom;
    return std::nullopt;
}

QString proxyModeCode(Profile::ProxyMode mode)
{
    switch (mode) {
    case Profile::ProxyMode::System:
        return u"system"_s;
    case Profile::ProxyMode::None:
        return u"none"_s;
    case Profile::ProxyMode::Manual:
        return u"manual"_s;
    }
    return u"system"_s;
}

Profile::ProxyMode proxyModeFromCode(const QString &code)
{
    if (code == u"none"_s)
        return Profile::ProxyMode::None;
    if (code == u"manual"_s)
        return Profile::ProxyMode::Manual;
    return Profile::ProxyMode::System;
}

QString themeCode(Settings::Theme theme)
{
    switch (theme) {
    case Settings::Theme::System:
        return u"system"_s;
    case Settings::Theme::Light:
        return u"light"_s;
    case Settings::Theme::Dark:
        return u"dark"_s;
    }
    return u"system"_s;
}

int readInt(const QSettings &settings, const QString &key, int defaultValue)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok ? value : defaultValue;
}

// A Sandbox profile keeps what the user may change (request defaults, timeout, colour …), never
// URLs: they belong to the server the app starts at run time.
Profile normalisedSandbox(Profile profile)
{
    profile.id = Profile::sandboxId();
    // Its name follows the language in use rather than the one it was first saved in.
    profile.name = Profile::sandbox().name;
    profile.kind = Profile::Kind::Sandbox;
    profile.tokenUrl = QUrl();
    profile.apiBaseUrl = QUrl();
    profile.production = false;
    return profile;
}

// Keys no version of the app writes: control characters or bytes that were not UTF-8.
bool isGarbled(const QString &key)
{
    return std::any_of(key.cbegin(), key.cend(), [](QChar c) {
        return c == QChar::ReplacementCharacter || (!c.isPrint() && c != u' ');
    });
}

// Whether a settings file holds more than white space.
bool hasContent(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return !file.read(64 * 1024).trimmed().isEmpty();
}

QList<Profile> defaultProfiles()
{
    return {Profile::sandbox(), Profile::kpnProduction()};
}

} // namespace

Settings::Settings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(m_settings);
    load();
}

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
    , m_settings(m_ownedSettings.get())
{
    load();
}

Settings::~Settings()
{
    m_settings->sync();
}

void Settings::load()
{
    const QString fileName = m_settings->fileName();
    if (m_settings->status() != QSettings::NoError) {
        fallBackToDefaults(tr("The settings file \"%1\" could not be read.").arg(fileName));
        return;
    }
    const QStringList keys = m_settings->allKeys();
    if (keys.isEmpty() && hasContent(fileName)) {
        // Text that yields no setting at all: truncated or not an INI file.
        fallBackToDefaults(tr("The settings file \"%1\" is damaged or not a Verify Desk settings "
                              "file.")
                               .arg(fileName));
        return;
    }
    if (keys.isEmpty()) {
        // First start: the defaults, written down so that the file says which schema it uses.
        m_settings->setValue(kSchemaVersionKey.key(), kSchemaVersion);
        m_profiles = defaultProfiles();
        writeProfiles();
        return;
    }

    if (std::any_of(keys.cbegin(), keys.cend(), isGarbled)) {
        fallBackToDefaults(tr("The settings file \"%1\" is damaged or not a Verify Desk settings "
                              "file.")
                               .arg(fileName));
        return;
    }
    if (!m_settings->contains(kSchemaVersionKey.key())) {
        // Settings but no version: written before the schema had one.
        fallBackToDefaults(tr("The settings file \"%1\" comes from an older version of Verify "
                              "Desk.")
                               .arg(fileName));
        return;
    }
    bool ok = false;
    const int version = m_settings->value(kSchemaVersionKey.key()).toInt(&ok);
    if (!ok || version <= 0) {
        fallBackToDefaults(tr("The settings file \"%1\" is damaged or not a Verify Desk settings "
                              "file.")
                               .arg(fileName));
        return;
    }
    if (version < kSchemaVersion) {
        fallBackToDefaults(tr("The settings file \"%1\" comes from an older version of Verify "
                              "Desk.")
                               .arg(fileName));
        return;
    }
    if (version > kSchemaVersion) {
        fallBackToDefaults(tr("The settings file \"%1\" comes from a newer version of Verify "
                              "Desk.")
                               .arg(fileName));
        return;
    }

    QStringList problems;
    m_profiles = readProfiles(&problems);
    if (!problems.isEmpty()) {
        m_loadNotice = tr("Some saved profiles could not be read and were left out: %1")
                           .arg(problems.join(u"; "_s));
        qCWarning(lcSettings) << "Profiles left out:" << problems;
        writeProfiles();
    }
}

bool Settings::fallBackToDefaults(const QString &reason)
{
    const QString fileName = m_settings->fileName();
    qCWarning(lcSettings) << "Using default settings:" << reason;

    // Keep what was there, so that nothing the user had is lost for good.
    if (QFileInfo(fileName).isFile()) {
        const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        QString backup = fileName % u".bak-"_s % stamp;
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = fileName % u".bak-"_s % stamp % u'-' % QString::number(n);
        if (QFile::copy(fileName, backup))
            m_backupPath = backup;
        else
            qCWarning(lcSettings) << "Could not back up" << fileName << "to" << backup;
    }

    m_settings->clear();
    m_settings->setValue(kSchemaVersionKey.key(), kSchemaVersion);
    m_profiles = defaultProfiles();
    writeProfiles();
    m_settings->sync();

    if (!m_backupPath.isEmpty())
        m_loadNotice = tr("%1 The default settings are used; the old file was kept as \"%2\".")
                           .arg(reason, m_backupPath);
    else
        m_loadNotice = tr("%1 The default settings are used.").arg(reason);
    return !m_backupPath.isEmpty();
}

QList<Profile> Settings::readProfiles(QStringList *problems) const
{
    QList<Profile> result;
    const int count = m_settings->beginReadArray(kProfilesArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const Profile blank;
        Profile p;
        p.id = m_settings->value(ProfileKey::id).toString().trimmed();
        const std::optional<Profile::Kind> kind =
            kindFromCode(m_settings->value(ProfileKey::kind).toString());
        if (p.id.isEmpty() || !kind) {
            problems->append(tr("entry %1 has no id or an unknown kind").arg(i + 1));
            continue;
        }
        const bool idTaken = std::any_of(result.cbegin(), result.cend(),
                                         [&p](const Profile &other) { return other.id == p.id; });
        if (idTaken) {
            problems->append(tr("entry %1 repeats the id \"%2\"").arg(i + 1).arg(p.id));
            continue;
        }
        p.kind = *kind;
        p.name = m_settings->value(ProfileKey::name).toString();
        p.tokenUrl = QUrl(m_settings->value(ProfileKey::tokenUrl).toString());
        p.apiBaseUrl = QUrl(m_settings->value(ProfileKey::apiBaseUrl).toString());
        p.clientId = m_settings->value(ProfileKey::clientId).toString();
        p.defaults.brand = m_settings->value(ProfileKey::brand).toString();
        p.defaults.country = m_settings->value(ProfileKey::country).toString();
        p.defaults.codeLength =
            readInt(*m_settings, ProfileKey::codeLength, blank.defaults.codeLength);
        p.defaults.language = m_settings->value(ProfileKey::language).toString();
        p.defaults.workflowId =
            readInt(*m_settings, ProfileKey::workflowId, blank.defaults.workflowId);
        p.defaults.pinExpirySeconds =
            readInt(*m_settings, ProfileKey::pinExpiry, blank.defaults.pinExpirySeconds);
        p.defaults.nextEventWaitSeconds =
            readInt(*m_settings, ProfileKey::nextEventWait, blank.defaults.nextEventWaitSeconds);
        p.defaults.senderId = m_settings->value(ProfileKey::senderId).toString();
        p.timeoutSeconds = readInt(*m_settings, ProfileKey::timeout, blank.timeoutSeconds);
        p.proxyMode = proxyModeFromCode(m_settings->value(ProfileKey::proxyMode).toString());
        p.proxyHost = m_settings->value(ProfileKey::proxyHost).toString();
        p.proxyPort = readInt(*m_settings, ProfileKey::proxyPort, blank.proxyPort);
        p.caFile = m_settings->value(ProfileKey::caFile).toString();
        // Kept as stored, red or not: bannerColour() shows a production profile red whatever
        // its colour says, so reading needs no repair (and leaves the file as it is).
        p.colour = m_settings->value(ProfileKey::colour).toString();
        // KPN production without the flag (an entry cut short or edited by hand) stays production:
        // in doubt, the app asks before it spends money.
        const bool productionByDefault = p.kind == Profile::Kind::KpnProduction;
        p.production = m_settings->value(ProfileKey::production, productionByDefault).toBool();
        if (p.kind == Profile::Kind::Sandbox || p.id == Profile::sandboxId()) {
            if (p.kind != Profile::Kind::Sandbox || p.id != Profile::sandboxId()) {
                problems->append(tr("entry %1 claims to be the Sandbox").arg(i + 1));
                continue;
            }
            p = normalisedSandbox(p);
        }
        result.append(p);
    }
    m_settings->endArray();

    // The Sandbox is always there, and first.
    const auto sandbox =
        std::find_if(result.begin(), result.end(), [](const Profile &p) { return p.isSandbox(); });
    if (sandbox == result.end()) {
        result.prepend(Profile::sandbox());
    } else if (sandbox != result.begin()) {
        const Profile p = *sandbox;
        result.erase(sandbox);
        result.prepend(p);
    }
    return result;
}

void Settings::writeProfiles()
{
    m_settings->remove(kProfilesArray);
    m_settings->beginWriteArray(kProfilesArray, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile &p = m_profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(ProfileKey::id, p.id);
        m_settings->setValue(ProfileKey::name, p.name);
        m_settings->setValue(ProfileKey::kind, kindCode(p.kind));
        if (!p.isSandbox()) {
            m_settings->setValue(ProfileKey::tokenUrl, p.tokenUrl.toString());
            m_settings->setValue(ProfileKey::apiBaseUrl, p.apiBaseUrl.toString());
        }
        m_settings->setValue(ProfileKey::clientId, p.clientId);
        m_settings->setValue(ProfileKey::brand, p.defaults.brand);
        m_settings->setValue(ProfileKey::country, p.defaults.country);
        m_settings->setValue(ProfileKey::codeLength, p.defaults.codeLength);
        m_settings->setValue(ProfileKey::language, p.defaults.language);
        m_settings->setValue(ProfileKey::workflowId, p.defaults.workflowId);
        m_settings->setValue(ProfileKey::pinExpiry, p.defaults.pinExpirySeconds);
        m_settings->setValue(ProfileKey::nextEventWait, p.defaults.nextEventWaitSeconds);
        m_settings->setValue(ProfileKey::senderId, p.defaults.senderId);
        m_settings->setValue(ProfileKey::timeout, p.timeoutSeconds);
        m_settings->setValue(ProfileKey::proxyMode, proxyModeCode(p.proxyMode));
        m_settings->setValue(ProfileKey::proxyHost, p.proxyHost);
        m_settings->setValue(ProfileKey::proxyPort, p.proxyPort);
        m_settings->setValue(ProfileKey::caFile, p.caFile);
        m_settings->setValue(ProfileKey::colour, p.colour);
        m_settings->setValue(ProfileKey::production, p.production);
    }
    m_settings->endArray();
    m_settings->sync();
}

int Settings::indexOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<Profile> Settings::profile(const QString &id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_profiles.at(i);
}

std::optional<Profile> Settings::profileByName(const QString &name) const
{
    for (const Profile &p : m_profiles) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

namespace {

bool refuse(QString *error, const QString &reason)
{
    qCInfo(lcSettings) << "Profile change refused:" << reason;
    if (error)
        *error = reason;
    return false;
}

} // namespace

bool Settings::addProfile(const Profile &profile, QString *error)
{
    if (profile.id.trimmed().isEmpty())
        return refuse(error, tr("The profile has no id."));
    if (profile.isSandbox() || profile.id == Profile::sandboxId())
        return refuse(error, tr("There is only one Sandbox profile."));
    if (indexOf(profile.id) >= 0)
        return refuse(error, tr("A profile with the id \"%1\" already exists.").arg(profile.id));
    const std::optional<Profile> sameName = profileByName(profile.name);
    if (sameName)
        return refuse(error,
                      tr("A profile named \"%1\" already exists.").arg(profile.name.trimmed()));
    const Profile::Errors errors = profile.validate();
    if (!errors.isEmpty())
        return refuse(error, errors.first());

    m_profiles.append(profile);
    writeProfiles();
    Q_EMIT profilesChanged();
    return true;
}

bool Settings::updateProfile(const Profile &profile, QString *error)
{
    const int i = indexOf(profile.id);
    if (i < 0)
        return refuse(error, tr("There is no profile with the id \"%1\".").arg(profile.id));
    const bool isSandbox = m_profiles.at(i).isSandbox();
    if (!isSandbox && profile.isSandbox())
        return refuse(error, tr("There is only one Sandbox profile."));
    const std::optional<Profile> sameName = profileByName(profile.name);
    if (sameName && sameName->id != profile.id)
        return refuse(error,
                      tr("A profile named \"%1\" already exists.").arg(profile.name.trimmed()));
    const Profile updated = isSandbox ? normalisedSandbox(profile) : profile;
    const Profile::Errors errors = updated.validate();
    if (!errors.isEmpty())
        return refuse(error, errors.first());

    if (m_profiles.at(i) == updated)
        return true;
    m_profiles[i] = updated;
    writeProfiles();
    Q_EMIT profilesChanged();
    return true;
}

bool Settings::removeProfile(const QString &id, QString *error)
{
    const int i = indexOf(id);
    if (i < 0)
        return refuse(error, tr("There is no profile with the id \"%1\".").arg(id));
    if (!m_profiles.at(i).isRemovable())
        return refuse(error, tr("The Sandbox profile cannot be deleted."));

    const bool wasActive = activeProfileId() == id;
    m_profiles.removeAt(i);
    writeProfiles();
    Q_EMIT profilesChanged();
    if (wasActive)
        setActiveProfileId(Profile::sandboxId());
    return true;
}

QString Settings::activeProfileId() const
{
    const QString id =
        m_settings->value(kActiveProfileKey.key(), QString(kActiveProfileKey.defaultValue))
            .toString();
    return indexOf(id) >= 0 ? id : Profile::sandboxId();
}

Profile Settings::activeProfile() const
{
    return m_profiles.at(indexOf(activeProfileId()));
}

bool Settings::setActiveProfileId(const QString &id)
{
    if (indexOf(id) < 0)
        return false;
    const bool changed = m_settings->value(kActiveProfileKey.key()).toString() != id;
    m_settings->setValue(kActiveProfileKey.key(), id);
    if (changed)
        Q_EMIT activeProfileChanged(id);
    return true;
}

QString Settings::languageCode(Language language)
{
    switch (language) {
    case Language::System:
        return u"system"_s;
    case Language::English:
        return u"en"_s;
    case Language::Dutch:
        return u"nl"_s;
    }
    return u"system"_s;
}

std::optional<Settings::Language> Settings::languageFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"system"_s)
        return Language::System;
    if (c == u"en"_s)
        return Language::English;
    if (c == u"nl"_s)
        return Language::Dutch;
    return std::nullopt;
}

Settings::Language Settings::language() const
{
    const QString code =
        m_settings->value(kLanguageKey.key(), QString(kLanguageKey.defaultValue)).toString();
    return languageFromCode(code).value_or(Language::System);
}

Settings::Language Settings::storedLanguage(const QString &iniPath)
{
    const QSettings file(iniPath, QSettings::IniFormat);
    return languageFromCode(
               file.value(kLanguageKey.key(), QString(kLanguageKey.defaultValue)).toString())
        .value_or(Language::System);
}

void Settings::setLanguage(Language language)
{
    if (language == this->language())
        return;
    m_settings->setValue(kLanguageKey.key(), languageCode(language));
    Q_EMIT languageChanged(language);
}

Settings::Theme Settings::theme() const
{
    const QString code =
        m_settings->value(kThemeKey.key(), QString(kThemeKey.defaultValue)).toString();
    for (const Theme t : {Theme::System, Theme::Light, Theme::Dark}) {
        if (themeCode(t) == code)
            return t;
    }
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    if (theme == this->theme())
        return;
    m_settings->setValue(kThemeKey.key(), themeCode(theme));
    Q_EMIT themeChanged(theme);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kWindowGeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    // Saved at every exit, mostly unchanged: QSettings would rewrite (and fdatasync) the file for
    // a value equal to the stored one, which on a busy disk holds up the exit for tens of ms.
    if (windowGeometry() != geometry)
        m_settings->setValue(kWindowGeometryKey, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(kWindowStateKey).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    if (windowState() != state) // see setWindowGeometry()
        m_settings->setValue(kWindowStateKey, state);
}

int Settings::historyRetentionDays() const
{
    const int days =
        readInt(*m_settings, kHistoryRetentionKey.key(), kHistoryRetentionKey.defaultValue);
    if (days < kMinHistoryRetentionDays || days > kMaxHistoryRetentionDays)
        return kHistoryRetentionKey.defaultValue;
    return days;
}

void Settings::setHistoryRetentionDays(int days)
{
    m_settings->setValue(kHistoryRetentionKey.key(),
                         std::clamp(days, kMinHistoryRetentionDays, kMaxHistoryRetentionDays));
}

void Settings::sync()
{
    m_settings->sync();
}
