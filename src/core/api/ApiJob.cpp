#include "ApiJob.h"

#include "ApiError.h"
#include "HttpCall.h"

ApiJob::ApiJob(QObject *parent)
    : QObject(parent)
{ }

ApiJob::~ApiJob() = default;

void ApiJob::setCall(HttpCall *call)
{
    m_call = call;
    if (call)
        ++m_exchanges;
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    QPointer<HttpCall> call = m_call;
    if (m_fail)
        m_fail(ApiError::aborted());
    if (call)
        call->abort();
}

bool ApiJob::finish()
{
    if (m_finished)
        return false;
    m_finished = true;
    return true;
}

void ApiJob::emitFinished()
{
    Q_EMIT finished();
    deleteLater();
}
