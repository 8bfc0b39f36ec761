#include "FakeReply.h"

#include <QTimer>

#include <cstring>

FakeReply::FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation,
                     FakeAnswer answer, QObject *parent)
    : QNetworkReply(parent)
    , m_answer(std::move(answer))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QTimer::singleShot(0, this, &FakeReply::deliver);
}

FakeReply::~FakeReply() = default;

QNetworkReply::NetworkError FakeReply::errorForStatus(int status)
{
    // What QNetworkReplyHttpImpl reports for an HTTP error status.
    switch (status) {
    case 400:
        return ProtocolInvalidOperationError;
    case 401:
        return AuthenticationRequiredError;
    case 403:
        return ContentAccessDenied;
    case 404:
        return ContentNotFoundError;
    case 405:
        return ContentOperationNotPermittedError;
    case 407:
        return ProxyAuthenticationRequiredError;
    case 409:
        return ContentConflictError;
    case 410:
        return ContentGoneError;
    case 418:
        return ProtocolInvalidOperationError;
    case 500:
        return InternalServerError;
    case 501:
        return OperationNotImplementedError;
    case 503:
        return ServiceUnavailableError;
    default:
        break;
    }
    if (status >= 400 && status < 500)
        return UnknownContentError;
    if (status >= 500)
        return UnknownServerError;
    return NoError;
}

void FakeReply::deliver()
{
    if (isFinished())
        return;
    if (m_answer.status <= 0) {
        setError(RemoteHostClosedError, QStringLiteral("Connection closed"));
        setFinished(true);
        Q_EMIT errorOccurred(RemoteHostClosedError);
        Q_EMIT finished();
        return;
    }
    m_delivered = true;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
    for (const auto &[name, value] : std::as_const(m_answer.headers))
        setRawHeader(name, value);
    const NetworkError error = errorForStatus(m_answer.status);
    if (error != NoError)
        setError(error, QStringLiteral("HTTP %1").arg(m_answer.status));
    Q_EMIT metaDataChanged();
    if (!m_answer.body.isEmpty())
        Q_EMIT readyRead();
    setFinished(true);
    if (error != NoError)
        Q_EMIT errorOccurred(error);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    setFinished(true);
    Q_EMIT errorOccurred(OperationCanceledError);
    Q_EMIT finished();
}

qint64 FakeReply::bytesAvailable() const
{
    const qint64 left = m_delivered ? m_answer.body.size() - m_offset : 0;
    return left + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_delivered ? m_answer.body.size() - m_offset : 0;
    if (left <= 0)
        return isFinished() ? -1 : 0;
    const qint64 count = std::min(left, maxSize);
    std::memcpy(data, m_answer.body.constData() + m_offset, static_cast<size_t>(count));
    m_offset += count;
    return count;
}
