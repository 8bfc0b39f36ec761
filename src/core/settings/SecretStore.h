#pragma once

#include "SecretBackend.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QTimer;

// The only way to a profile's client secret: the platform keychain through a SecretBackend, and
// when no keychain answers, the fallback the user chose (this session's memory by default, or a
// file only the user can read once they accepted the risk). Never a silent plain-text write.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    // What to do with a secret when the keychain is unavailable.
    enum class FallbackPolicy {
        SessionOnly, // keep it in memory until the app quits (the default)
        File, // a 0600 file in the config directory; only after acceptFileRisk()
    };
    Q_ENUM(FallbackPolicy)

    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    // Where a secret was found or put.
    enum class Storage { None, Keychain, Session, File };
    Q_ENUM(Storage)

    // The one answer to one read, write or remove.
    struct Result
    {
        quint64 requestId = 0;
        Operation operation = Operation::Read;
        QString profileId;
        bool ok = false; // done; a read of a missing secret is ok with found == false
        bool found = false; // read: a secret was found
        QString secret; // read: the secret; never log it
        Storage storage = Storage::None;
        QString errorText; // translated, when !ok
    };
    using Callback = std::function<void(const Result &)>;

    static constexpr int kDefaultTimeoutMs = 60'000;

    // "Verify Desk", the keychain service name.
    static QString serviceName();
    // "profile/<id>/client-secret", the keychain key of a profile's secret.
    static QString keyFor(const QString &profileId);
    // The keychain backend the app uses: QtKeychain under serviceName().
    static std::unique_ptr<SecretBackend> createKeychainBackend();

    // `fallbackDir` holds the secrets file of the File policy; empty: the app config directory.
    explicit SecretStore(std::unique_ptr<SecretBackend> backend,
                         const QString &fallbackDir = QString(), QObject *parent = nullptr);
    ~SecretStore() override;

    // Each starts one request and returns its id; finished() (and `callback`, while `context`
    // lives) follows once, from the event loop.
    quint64 readSecret(const QString &profileId, QObject *context = nullptr,
                       Callback callback = {});
    quint64 writeSecret(const QString &profileId, const QString &secret, QObject *context = nullptr,
                        Callback callback = {});
    quint64 removeSecret(const QString &profileId, QObject *context = nullptr,
                         Callback callback = {});

    // False once the keychain failed to answer; then the fallback policy applies.
    bool keychainAvailable() const { return m_keychainAvailable; }
    // A translated explanation of why the keychain is unavailable and what that means.
    QString keychainProblem() const { return m_keychainProblem; }
    // Tries the keychain again on the next request (e.g. after the user started it).
    void retryKeychain();

    FallbackPolicy fallbackPolicy() const { return m_policy; }
    // File is refused (false) until acceptFileRisk() was called.
    bool setFallbackPolicy(FallbackPolicy policy);
    // The user read that the File policy keeps the secret unencrypted in a file only they can read.
    void acceptFileRisk() { m_fileRiskAccepted = true; }
    bool fileRiskAccepted() const { return m_fileRiskAccepted; }
    // A translated sentence describing that risk, to show before asking.
    static QString fileRiskText();
    QString fallbackFilePath() const;

    // Requests per backend call before it counts as unanswered.
    void setTimeout(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void finished(const SecretStore::Result &result);
    void keychainAvailableChanged(bool available);

private:
    struct Pending
    {
        Result result;
        QString secret; // the secret to write
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
        QTimer *timer = nullptr;
        bool done = false; // answered: late backend answers and timeouts are ignored
    };

    quint64 start(Operation operation, const QString &profileId, const QString &secret,
                  QObject *context, Callback callback);
    void runOnKeychain(quint64 id);
    void onBackendResult(quint64 id, const SecretBackend::Result &backendResult);
    void markUnavailable(SecretBackend::Error error, const QString &detail);
    void runFallback(Pending &pending);
    void finish(quint64 id);

    // The File policy's storage: {profileId: secret}, read and written whole.
    QHash<QString, QString> readFile(QString *error) const;
    bool writeFile(const QHash<QString, QString> &secrets, QString *error) const;
    bool dropFromFile(const QString &profileId, QString *error) const;

    std::unique_ptr<SecretBackend> m_backend;
    QString m_fallbackDir;
    QHash<quint64, Pending> m_pending;
    QHash<QString, QString> m_session; // profile id -> secret, this session only
    quint64 m_nextId = 1;
    int m_timeoutMs = kDefaultTimeoutMs;
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
    FallbackPolicy m_policy = FallbackPolicy::SessionOnly;
    bool m_fileRiskAccepted = false;
};
