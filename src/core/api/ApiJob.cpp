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
    // The exchange on the wire ends first, so that the log records it as aborted: the callback
    // deletes this job (see emitFinished()), and its HttpCall with it.
    if (m_call)
        m_call->abort(); // its own answer comes later, to a finished job
    if (const auto fail = m_fail)
        fail(ApiError::aborted());
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
    // At once rather than later: see HttpCall::finish(). Whoever holds the job past its callback
    // holds it in a QPointer.
    delete this;
}
