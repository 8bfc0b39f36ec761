#pragma once

#include "settings/SecretBackend.h"

#include <QHash>

// A SecretBackend in memory for tests: it answers from the event loop like a keychain, and can be
// told to fail (as with no D-Bus) or to stay silent.
class FakeSecretBackend : public SecretBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSecretBackend)

public:
    explicit FakeSecretBackend(QObject *parent = nullptr);

    // Every later call fails with `error` (None: calls work again).
    void setFailure(Error error, const QString &text = QString());
    // Calls are taken but never answered.
    void setSilent(bool silent) { m_silent = silent; }

    QHash<QString, QString> stored() const { return m_stored; }
    int calls() const { return m_calls; }

    void read(const QString &key, Callback callback) override;
    void write(const QString &key, const QString &secret, Callback callback) override;
    void remove(const QString &key, Callback callback) override;

private:
    void answer(Callback callback, const Result &result);

    QHash<QString, QString> m_stored;
    Error m_failure = Error::None;
    QString m_failureText;
    bool m_silent = false;
    int m_calls = 0;
};
