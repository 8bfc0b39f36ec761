#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where SecretStore keeps secrets: the platform keychain in the app (KeychainSecretBackend), a
// double in tests. Each call answers exactly once, later from the event loop, unless the backend is
// destroyed first.
class SecretBackend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretBackend)

public:
    enum class Error {
        None,
        NotFound, // nothing stored under the key (not a failure for read or remove)
        Unavailable, // no keychain answers: no D-Bus, no Secret Service, not implemented …
        AccessDenied, // the keychain refused (locked, the user declined)
        Failed, // anything else
    };

    struct Result
    {
        Error error = Error::None;
        QString errorText; // the backend's own words, for the log and the details
        QString secret; // read only
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretBackend(QObject *parent = nullptr)
        : QObject(parent)
    { }
    ~SecretBackend() override = default;

    virtual void read(const QString &key, Callback callback) = 0;
    virtual void write(const QString &key, const QString &secret, Callback callback) = 0;
    virtual void remove(const QString &key, Callback callback) = 0;
};
