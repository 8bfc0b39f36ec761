#include "SecretStore.h"

#include "EnumKeys.h"
#include "KeychainSecretBackend.h"
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr int kFileFormatVersion = 1;

// For the log only.
constexpr EnumKey<SecretStore::Storage> kStorageNames[] = {
    {SecretStore::Storage::None, "none"},
    {SecretStore::Storage::Keychain, "keychain"},
    {SecretStore::Storage::Session, "session memory"},
    {SecretStore::Storage::File, "file"},
};

} // namespace

QString SecretStore::serviceName()
{
    return u"Verify Desk"_s;
}

QString SecretStore::keyFor(const QString &profileId)
{
    return u"profile/"_s % profileId % u"/client-secret"_s;
}

std::unique_ptr<SecretBackend> SecretStore::createKeychainBackend()
{
    return std::make_unique<KeychainSecretBackend>(serviceName());
}

SecretStore::SecretStore(std::unique_ptr<SecretBackend> backend, const QString &fallbackDir,
                         QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
    , m_fallbackDir(fallbackDir.isEmpty()
                        ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                        : fallbackDir)
{
    Q_ASSERT(m_backend);
}

// The backend goes first (member order), taking its running jobs and their callbacks with it.
SecretStore::~SecretStore() = default;

QString SecretStore::fileRiskText()
{
    return tr("The secret will be stored unencrypted in a file that only your user account can "
              "read. Anyone who can log in as you, or who gets hold of a backup of your files, can "
              "read it.");
}

QString SecretStore::fallbackFilePath() const
{
    return QDir(m_fallbackDir).filePath(u"client-secrets.json"_s);
}

bool SecretStore::setFallbackPolicy(FallbackPolicy policy)
{
    if (policy == FallbackPolicy::File && !m_fileRiskAccepted) {
        qCInfo(lcSettings) << "File fallback refused: the risk was not accepted";
        return false;
    }
    if (policy != m_policy) {
        qCInfo(lcSettings) << "While the keychain is unavailable, secrets are kept"
                           << (policy == FallbackPolicy::File
                                   ? "in a file (the user accepted the risk)"
                                   : "in memory only");
    }
    m_policy = policy;
    return true;
}

void SecretStore::retryKeychain()
{
    if (m_keychainAvailable)
        return;
    m_keychainAvailable = true;
    m_keychainProblem.clear();
    Q_EMIT keychainAvailableChanged(true);
}

quint64 SecretStore::readSecret(const QString &profileId, QObject *context, Callback callback)
{
    return start(Operation::Read, profileId, QString(), context, std::move(callback));
}

quint64 SecretStore::writeSecret(const QString &profileId, const QString &secret, QObject *context,
                                 Callback callback)
{
    return start(Operation::Write, profileId, secret, context, std::move(callback));
}

quint64 SecretStore::removeSecret(const QString &profileId, QObject *context, Callback callback)
{
    return start(Operation::Remove, profileId, QString(), context, std::move(callback));
}

quint64 SecretStore::start(Operation operation, const QString &profileId, const QString &secret,
                           QObject *context, Callback callback)
{
    const quint64 id = m_nextId++;
    Pending pending;
    pending.result.requestId = id;
    pending.result.operation = operation;
    pending.result.profileId = profileId;
    pending.secret = secret;
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.callback = std::move(callback);
    m_pending.insert(id, pending);

    if (profileId.isEmpty()) {
        Pending &p = m_pending[id];
        p.result.errorText = tr("No profile was given for the secret.");
        finish(id);
    } else if (operation == Operation::Write && secret.isEmpty()) {
        Pending &p = m_pending[id];
        p.result.errorText = tr("The secret is empty; to forget a secret, remove it.");
        finish(id);
    } else if (m_keychainAvailable) {
        runOnKeychain(id);
    } else {
        runFallback(m_pending[id]);
        finish(id);
    }
    return id;
}

void SecretStore::runOnKeychain(quint64 id)
{
    Pending &p = m_pending[id];
    p.timer = new QTimer(this);
    p.timer->setSingleShot(true);
    connect(p.timer, &QTimer::timeout, this, [this, id] {
        SecretBackend::Result timedOut;
        timedOut.error = SecretBackend::Error::Unavailable;
        timedOut.errorText = tr("no answer within %1 seconds").arg(m_timeoutMs / 1000);
        onBackendResult(id, timedOut);
    });
    p.timer->start(m_timeoutMs);

    const QString key = keyFor(p.result.profileId);
    auto onResult = [this, id](const SecretBackend::Result &r) {
        onBackendResult(id, r);
    };
    switch (p.result.operation) {
    case Operation::Read:
        m_backend->read(key, onResult);
        break;
    case Operation::Write:
        m_backend->write(key, p.secret, onResult);
        break;
    case Operation::Remove:
        m_backend->remove(key, onResult);
        break;
    }
}

void SecretStore::onBackendResult(quint64 id, const SecretBackend::Result &r)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || it->done)
        return;
    Pending &p = *it;
    if (p.timer) {
        p.timer->stop();
        p.timer->deleteLater();
        p.timer = nullptr;
    }
    Result &result = p.result;
    const QString profileId = result.profileId;
    QString fileError;

    switch (r.error) {
    case SecretBackend::Error::None:
        result.ok = true;
        result.storage = Storage::Keychain;
        if (result.operation == Operation::Read) {
            result.found = true;
            result.secret = r.secret;
        } else {
            // The keychain holds (or forgot) it now: no other copy is left behind.
            m_session.remove(profileId);
            if (!dropFromFile(profileId, &fileError))
                qCWarning(lcSettings) << "Could not drop the file copy:" << fileError;
        }
        break;
    case SecretBackend::Error::NotFound:
        if (result.operation == Operation::Write) {
            result.errorText =
                tr("The secret could not be saved in the keychain: %1").arg(r.errorText);
        } else {
            // Not in the keychain: it may have been kept by the fallback earlier.
            runFallback(p);
        }
        break;
    case SecretBackend::Error::Unavailable:
    case SecretBackend::Error::AccessDenied:
        markUnavailable(r.error, r.errorText);
        runFallback(p);
        break;
    case SecretBackend::Error::Failed:
        switch (result.operation) {
        case Operation::Read:
            result.errorText =
                tr("The secret could not be read from the keychain: %1").arg(r.errorText);
            break;
        case Operation::Write:
            result.errorText =
                tr("The secret could not be saved in the keychain: %1").arg(r.errorText);
            break;
        case Operation::Remove:
            result.errorText =
                tr("The secret could not be removed from the keychain: %1").arg(r.errorText);
            break;
        }
        break;
    }
    finish(id);
}

void SecretStore::markUnavailable(SecretBackend::Error error, const QString &detail)
{
    if (!m_keychainAvailable)
        return;
    m_keychainAvailable = false;
    if (error == SecretBackend::Error::AccessDenied)
        m_keychainProblem =
            tr("The keychain refused access (%1). Until it allows it, the secret can be kept "
               "in memory for this session only, or stored in a file only you can read.")
                .arg(detail);
    else
        m_keychainProblem =
            tr("The system keychain cannot be used (%1). On Linux this needs a Secret Service, "
               "such as GNOME Keyring or KWallet, on the session D-Bus. Until one answers, the "
               "secret can be kept in memory for this session only, or stored in a file only you "
               "can read.")
                .arg(detail);
    qCWarning(lcSettings) << "Keychain unavailable:" << detail;
    Q_EMIT keychainAvailableChanged(false);
}

void SecretStore::runFallback(Pending &p)
{
    Result &result = p.result;
    const QString &profileId = result.profileId;
    QString error;

    switch (result.operation) {
    case Operation::Read: {
        if (m_session.contains(profileId)) {
            result.ok = true;
            result.found = true;
            result.secret = m_session.value(profileId);
            result.storage = Storage::Session;
            break;
        }
        const QHash<QString, QString> stored = readFile(&error);
        if (!error.isEmpty()) {
            result.errorText = error;
            break;
        }
        result.ok = true;
        if (stored.contains(profileId)) {
            result.found = true;
            result.secret = stored.value(profileId);
            result.storage = Storage::File;
        }
        break;
    }
    case Operation::Write:
        if (m_policy == FallbackPolicy::File) {
            if (!m_fileRiskAccepted) {
                result.errorText = tr("The keychain is unavailable and storing the secret in a "
                                      "file was not accepted; it was not saved.");
                break;
            }
            QHash<QString, QString> stored = readFile(&error);
            if (error.isEmpty()) {
                stored.insert(profileId, p.secret);
                writeFile(stored, &error);
            }
            if (!error.isEmpty()) {
                result.errorText = error;
                break;
            }
            m_session.remove(profileId);
            result.ok = true;
            result.storage = Storage::File;
        } else {
            m_session.insert(profileId, p.secret);
            // An older copy in the file would outlive the newer secret: drop it.
            if (!dropFromFile(profileId, &error))
                qCWarning(lcSettings) << "Could not drop the file copy:" << error;
            result.ok = true;
            result.storage = Storage::Session;
        }
        break;
    case Operation::Remove:
        m_session.remove(profileId);
        if (!dropFromFile(profileId, &error)) {
            result.errorText = error;
            break;
        }
        result.ok = true;
        break;
    }
}

void SecretStore::finish(quint64 id)
{
    Pending &p = m_pending[id];
    p.done = true;
    qCInfo(lcSettings).nospace() << "Secret request " << id << " (" << p.result.operation
                                 << ", profile " << p.result.profileId
                                 << "): " << (p.result.ok ? "done" : "failed") << ", storage "
                                 << keyOf(kStorageNames, p.result.storage);
    // Always from the event loop, even when the answer was known at once.
    QMetaObject::invokeMethod(
        this,
        [this, id] {
            Pending done = m_pending.take(id);
            Q_EMIT finished(done.result);
            if (done.callback && (!done.hasContext || done.context))
                done.callback(done.result);
        },
        Qt::QueuedConnection);
}

QHash<QString, QString> SecretStore::readFile(QString *error) const
{
    QHash<QString, QString> secrets;
    const QString path = fallbackFilePath();
    QFile file(path);
    if (!file.exists())
        return secrets;
#ifdef Q_OS_UNIX
    if ((file.permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser))
        != QFileDevice::Permissions()) {
        qCWarning(lcSettings) << "The secrets file was readable by others; restricting it";
        file.setPermissions(kOwnerOnly);
    }
#endif
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The secrets file \"%1\" cannot be read: %2").arg(path, file.errorString());
        return secrets;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The secrets file \"%1\" is damaged.").arg(path);
        return secrets;
    }
    const QJsonObject all = doc.object().value(u"secrets"_s).toObject();
    for (auto it = all.begin(); it != all.end(); ++it)
        secrets.insert(it.key(), it.value().toString());
    return secrets;
}

bool SecretStore::writeFile(const QHash<QString, QString> &secrets, QString *error) const
{
    const QString path = fallbackFilePath();
    if (!QDir().mkpath(m_fallbackDir)) {
        *error = tr("The folder \"%1\" cannot be created.").arg(m_fallbackDir);
        return false;
    }
    // Create the file as owner-only first: QSaveFile then keeps those permissions, and its
    // temporary file is owner-only too, so the secret is never readable by others, not even
    // for a moment.
    QFile target(path);
    if (!target.exists()) {
        if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
            *error =
                tr("The secrets file \"%1\" cannot be created: %2").arg(path, target.errorString());
            return false;
        }
        target.close();
    }
    if (!target.setPermissions(kOwnerOnly)) {
        *error = tr("The secrets file \"%1\" cannot be made private: %2")
                     .arg(path, target.errorString());
        return false;
    }

    QJsonObject all;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        all.insert(it.key(), it.value());
    QJsonObject root;
    root.insert(u"version"_s, kFileFormatVersion);
    root.insert(u"note"_s,
                u"Verify Desk client secrets, unencrypted, stored at the user's request"_s);
    root.insert(u"secrets"_s, all);

    QSaveFile save(path);
    if (!save.open(QIODevice::WriteOnly) || save.write(QJsonDocument(root).toJson()) < 0
        || !save.commit()) {
        *error = tr("The secrets file \"%1\" cannot be written: %2").arg(path, save.errorString());
        return false;
    }
    QFile::setPermissions(path, kOwnerOnly);
    return true;
}

bool SecretStore::dropFromFile(const QString &profileId, QString *error) const
{
    if (!QFileInfo::exists(fallbackFilePath()))
        return true;
    QHash<QString, QString> stored = readFile(error);
    if (!error->isEmpty())
        return false;
    if (!stored.remove(profileId))
        return true;
    if (stored.isEmpty()) {
        if (!QFile::remove(fallbackFilePath())) {
            *error = tr("The secrets file \"%1\" cannot be removed.").arg(fallbackFilePath());
            return false;
        }
        return true;
    }
    return writeFile(stored, error);
}
