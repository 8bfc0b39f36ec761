#include "FakeSecretBackend.h"

#include <QTimer>

FakeSecretBackend::FakeSecretBackend(QObject *parent)
    : SecretBackend(parent)
{ }

void FakeSecretBackend::setFailure(Error error, const QString &text)
{
    m_failure = error;
    m_failureText = text;
}

void FakeSecretBackend::read(const QString &key, Callback callback)
{
    Result result;
    if (m_failure == Error::None) {
        if (m_stored.contains(key))
            result.secret = m_stored.value(key);
        else
            result.error = Error::NotFound;
    }
    answer(std::move(callback), result);
}

void FakeSecretBackend::write(const QString &key, const QString &secret, Callback callback)
{
    if (m_failure == Error::None && !m_silent)
        m_stored.insert(key, secret);
    answer(std::move(callback), Result());
}

void FakeSecretBackend::remove(const QString &key, Callback callback)
{
    Result result;
    if (m_failure == Error::None && !m_silent && !m_stored.remove(key))
        result.error = Error::NotFound;
    answer(std::move(callback), result);
}

void FakeSecretBackend::answer(Callback callback, const Result &result)
{
    ++m_calls;
    if (m_silent)
        return;
    Result r = result;
    if (m_failure != Error::None) {
        r = Result();
        r.error = m_failure;
        r.errorText = m_failureText;
    }
    QTimer::singleShot(0, this, [callback = std::move(callback), r] { callback(r); });
}
