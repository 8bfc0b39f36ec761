#include "KeychainSecretBackend.h"

#include "Logging.h"

#include <qt6keychain/keychain.h>

#include <utility>

namespace {

SecretBackend::Error toError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretBackend::Error::None;
    case QKeychain::EntryNotFound:
        return SecretBackend::Error::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // What QtKeychain reports when D-Bus or the Secret Service is missing or breaks off.
    case QKeychain::OtherError:
        return SecretBackend::Error::Unavailable;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretBackend::Error::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
        return SecretBackend::Error::Failed;
    }
    return SecretBackend::Error::Failed;
}

} // namespace

KeychainSecretBackend::KeychainSecretBackend(QString service, QObject *parent)
    : SecretBackend(parent)
    , m_service(std::move(service))
{ }

// Jobs still running are children and go with this object; their callbacks are never called.
KeychainSecretBackend::~KeychainSecretBackend() = default;

void KeychainSecretBackend::read(const QString &key, Callback callback)
{
    start(new QKeychain::ReadPasswordJob(m_service, this), key, std::move(callback));
}

void KeychainSecretBackend::write(const QString &key, const QString &secret, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(secret);
    start(job, key, std::move(callback));
}

void KeychainSecretBackend::remove(const QString &key, Callback callback)
{
    start(new QKeychain::DeletePasswordJob(m_service, this), key, std::move(callback));
}

void KeychainSecretBackend::start(QKeychain::Job *job, const QString &key, Callback callback)
{
    job->setAutoDelete(false);
    // Never QtKeychain's own fallback: it writes the secret in plain text without asking.
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [callback = std::move(callback), key](QKeychain::Job *finished) {
                Result result;
                result.error = toError(finished->error());
                if (result.error != Error::None) {
                    result.errorText = finished->errorString();
                    if (result.error != Error::NotFound)
                        qCWarning(lcSettings)
                            << "Keychain job for" << key << "failed:" << finished->error()
                            << finished->errorString();
                } else if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished)) {
                    result.secret = read->textData();
                }
                finished->deleteLater();
                callback(result);
            });
    job->start();
}
