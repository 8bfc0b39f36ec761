#pragma once

#include "SecretBackend.h"

namespace QKeychain {
class Job;
}

// SecretBackend over QtKeychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Store), without QtKeychain's plain-text fallback.
class KeychainSecretBackend : public SecretBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretBackend)

public:
    explicit KeychainSecretBackend(QString service, QObject *parent = nullptr);
    ~KeychainSecretBackend() override;

    QString service() const { return m_service; }

    void read(const QString &key, Callback callback) override;
    void write(const QString &key, const QString &secret, Callback callback) override;
    void remove(const QString &key, Callback callback) override;

private:
    void start(QKeychain::Job *job, const QString &key, Callback callback);

    QString m_service;
};
