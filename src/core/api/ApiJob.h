#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class ApiError;
class HttpCall;

// The handle of one VerifyClient call: it ends exactly once (its callback runs with a result or
// an ApiError), can be aborted, and deletes itself as soon as it has finished: keep it in a
// QPointer.
class ApiJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ~ApiJob() override;

    // Ends the call at once: the callback runs now, with an Aborted error. A request already on
    // the wire may still reach the server. No-op once finished.
    void abort();
    bool isFinished() const { return m_finished; }
    // HTTP calls made so far (a refused token causes a second one; a big search several).
    int exchanges() const { return m_exchanges; }

Q_SIGNALS:
    // After the callback has run; the job is deleted when this signal returns.
    void finished();

private:
    friend class VerifyClient;
    explicit ApiJob(QObject *parent);
    void setCall(HttpCall *call);
    // Marks the job finished; false when it already was.
    bool finish();
    void emitFinished();

    std::function<void(const ApiError &)> m_fail;
    QPointer<HttpCall> m_call;
    bool m_finished = false;
    int m_exchanges = 0;
    quint64 m_lastExchangeId = 0; // the log entry of the last exchange (0: none), for errors
};
