#include "Settings.h"

#include "Logging.h"
#include "OperatorIdentity.h"
#include "SettingsSchema.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

namespace Schema = SettingsSchema;

// Reads the fields of one profile entry (the array index already set); `complete` turns false when
// a required field is missing or unreadable.
struct ProfileReader
{
    const QSettings &settings;
    bool complete = true;

    template<typename T>
    void operator()(QLatin1StringView key, T &field, const T &defaultValue, Schema::Rule rule)
    {
        const QVariant stored = settings.value(key);
        const std::optional<T> value =
            stored.isValid() ? Schema::Codec<T>::load(stored) : std::nullopt;
        if (!value && rule == Schema::Rule::Required)
            complete = false;
        field = value.value_or(defaultValue);
    }
};

// Writes the fields of one profile entry (the array index already set).
struct ProfileWriter
{
    QSettings &settings;
    bool isSandbox;

    template<typename T>
    void operator()(QLatin1StringView key, const T &field, const T &defaultValue, Schema::Rule rule)
    {
        if (rule == Schema::Rule::NotForSandbox && isSandbox)
            return;
        if (rule == Schema::Rule::UnlessDefault && field == defaultValue)
            return;
        settings.setValue(key, Schema::Codec<T>::store(field));
    }
};

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
    return !file.read(qint64(64) * 1024).trimmed().isEmpty();
}

QList<Profile> defaultProfiles()
{
    return {Profile::sandbox(), Profile::kpnProduction()};
}

} // namespace

QString Settings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) % u'/'
        % Schema::kFileName;
}

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
    // The status as it stands before the keys are listed (listing them can change it).
    const bool readable = m_settings->status() == QSettings::NoError;
    const QStringList keys = m_settings->allKeys();
    if (readable && keys.isEmpty() && !hasContent(m_settings->fileName())) {
        // First start: the defaults, written down so that the file says which schema it uses.
        Schema::kSchemaVersion.write(*m_settings, kSchemaVersion);
        m_profiles = defaultProfiles();
        writeProfiles();
        return;
    }
    const QString reason = unusableReason(readable, keys);
    if (!reason.isEmpty()) {
        fallBackToDefaults(reason);
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

QString Settings::unusableReason(bool readable, const QStringList &keys) const
{
    const QString fileName = m_settings->fileName();
    if (!readable)
        return tr("The settings file \"%1\" could not be read.").arg(fileName);
    QString damaged = tr("The settings file \"%1\" is damaged or not a Verify Desk settings "
                         "file.")
                          .arg(fileName);
    // Text that yields no setting at all (truncated, or not an INI file), or keys no version of
    // the app writes.
    if (keys.isEmpty() || std::any_of(keys.cbegin(), keys.cend(), isGarbled))
        return damaged;
    // Settings but no version: written before the schema had one.
    const bool versioned = m_settings->contains(Schema::kSchemaVersion.key);
    const int version = Schema::kSchemaVersion.read(*m_settings);
    if (versioned && version == Schema::kSchemaVersion.defaultValue)
        return damaged;
    if (version < kSchemaVersion)
        return tr("The settings file \"%1\" comes from an older version of Verify Desk.")
            .arg(fileName);
    if (version > kSchemaVersion)
        return tr("The settings file \"%1\" comes from a newer version of Verify Desk.")
            .arg(fileName);
    return QString();
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
    Schema::kSchemaVersion.write(*m_settings, kSchemaVersion);
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
    const int count = m_settings->beginReadArray(Schema::kProfilesArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        ProfileReader reader {*m_settings};
        Schema::forEachProfileField(p, reader);
        p.id = p.id.trimmed();
        if (p.id.isEmpty() || !reader.complete) {
            problems->append(tr("entry %1 has no id or an unknown kind").arg(i + 1));
            continue;
        }
        const bool idTaken = std::any_of(result.cbegin(), result.cend(),
                                         [&p](const Profile &other) { return other.id == p.id; });
        if (idTaken) {
            problems->append(tr("entry %1 repeats the id \"%2\"").arg(i + 1).arg(p.id));
            continue;
        }
        // A kind that speaks one flavour speaks it whatever the entry says.
        p.flavour = Profile::fixedFlavour(p.kind).value_or(p.flavour);
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
    m_settings->remove(Schema::kProfilesArray);
    m_settings->beginWriteArray(Schema::kProfilesArray, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile &p = m_profiles.at(i);
        m_settings->setArrayIndex(i);
        Schema::forEachProfileField(p, ProfileWriter {*m_settings, p.isSandbox()});
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
    const QString id = Schema::kActiveProfile.read(*m_settings);
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
    const bool changed = m_settings->value(Schema::kActiveProfile.key).toString() != id;
    Schema::kActiveProfile.write(*m_settings, id);
    if (changed)
        Q_EMIT activeProfileChanged(id);
    return true;
}

QString Settings::languageCode(Language language)
{
    return keyOf(Schema::kLanguageKeys, language);
}

std::optional<Settings::Language> Settings::languageFromCode(const QString &code)
{
    return enumOf(Schema::kLanguageKeys, code.trimmed(), Qt::CaseInsensitive);
}

Settings::Language Settings::language() const
{
    return Schema::kLanguage.read(*m_settings);
}

Settings::Language Settings::storedLanguage(const QString &iniPath)
{
    return Schema::kLanguage.read(QSettings(iniPath, QSettings::IniFormat));
}

void Settings::setLanguage(Language language)
{
    if (language == this->language())
        return;
    Schema::kLanguage.write(*m_settings, language);
    Q_EMIT languageChanged(language);
}

Settings::Theme Settings::theme() const
{
    return Schema::kTheme.read(*m_settings);
}

void Settings::setTheme(Theme theme)
{
    if (theme == this->theme())
        return;
    Schema::kTheme.write(*m_settings, theme);
    Q_EMIT themeChanged(theme);
}

QByteArray Settings::windowGeometry() const
{
    return Schema::kWindowGeometry.read(*m_settings);
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    // Saved at every exit, mostly unchanged.
    Schema::kWindowGeometry.writeIfChanged(*m_settings, geometry);
}

QByteArray Settings::windowState() const
{
    return Schema::kWindowState.read(*m_settings);
}

void Settings::setWindowState(const QByteArray &state)
{
    Schema::kWindowState.writeIfChanged(*m_settings, state);
}

int Settings::historyRetentionDays() const
{
    return Schema::kHistoryRetentionDays.read(*m_settings);
}

void Settings::setHistoryRetentionDays(int days)
{
    Schema::kHistoryRetentionDays.write(
        *m_settings, std::clamp(days, kMinHistoryRetentionDays, kMaxHistoryRetentionDays));
}

QString Settings::operatorName() const
{
    const QString stored = Schema::kOperatorName.read(*m_settings);
    return stored.isEmpty() ? OperatorIdentity::accountFullName() : stored;
}

void Settings::setOperatorName(const QString &name)
{
    QString cleaned;
    for (const QChar c : name) {
        if (c.category() != QChar::Other_Control)
            cleaned.append(c);
    }
    cleaned = cleaned.trimmed().left(kMaxOperatorNameLength).trimmed();
    if (cleaned == Schema::kOperatorName.read(*m_settings))
        return;
    const QString before = operatorName();
    if (cleaned.isEmpty())
        m_settings->remove(Schema::kOperatorName.key);
    else
        Schema::kOperatorName.write(*m_settings, cleaned);
    if (operatorName() != before)
        Q_EMIT operatorNameChanged(operatorName());
}

bool Settings::sharedHistory() const
{
    return Schema::kTeamHistory.read(*m_settings);
}

void Settings::setSharedHistory(bool shared)
{
    Schema::kTeamHistory.write(*m_settings, shared);
}

TeamDatabase Settings::teamDatabase() const
{
    TeamDatabase db;
    db.host = Schema::kTeamHost.read(*m_settings);
    db.port = Schema::kTeamPort.read(*m_settings);
    db.database = Schema::kTeamDatabase.read(*m_settings);
    db.user = Schema::kTeamUser.read(*m_settings);
    db.tls = Schema::kTeamTls.read(*m_settings);
    db.caFile = Schema::kTeamCaFile.read(*m_settings);
    return db;
}

void Settings::setTeamDatabase(const TeamDatabase &database)
{
    Schema::kTeamHost.write(*m_settings, database.host.trimmed());
    Schema::kTeamPort.write(*m_settings, database.port);
    Schema::kTeamDatabase.write(*m_settings, database.database.trimmed());
    Schema::kTeamUser.write(*m_settings, database.user.trimmed());
    Schema::kTeamTls.write(*m_settings, database.tls);
    Schema::kTeamCaFile.write(*m_settings, database.caFile.trimmed());
}

bool Settings::sandboxInstantSearch() const
{
    return Schema::kSandboxInstantSearch.read(*m_settings);
}

void Settings::setSandboxInstantSearch(bool instant)
{
    if (instant == sandboxInstantSearch())
        return;
    Schema::kSandboxInstantSearch.write(*m_settings, instant);
    Q_EMIT sandboxInstantSearchChanged(instant);
}

void Settings::sync()
{
    m_settings->sync();
}
