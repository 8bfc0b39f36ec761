#pragma once

#include "HttpResponse.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <functional>

class ExchangeLog;
class QNetworkAccessManager;
class QNetworkReply;

// One HTTP POST through the injected QNetworkAccessManager (internal to api/): sets the transfer
// timeout, records the exchange in the log, ends exactly once (answer, error, timeout or abort)
// and deletes its reply and itself afterwards.
class HttpCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpCall)

public:
    using Done = std::function<void(const HttpResponse &)>;

    // Starts at once; `done` runs exactly once, never from within this call.
    // The call is a child of `owner` and dies with it (aborting its reply, `done` not called).
    static HttpCall *post(QNetworkAccessManager *nam, ExchangeLog *log, QNetworkRequest request,
                          const QByteArray &body, int timeoutMs, QObject *owner, Done done);
    ~HttpCall() override;

    // Ends the call with an aborted response (no-op once finished).
    void abort();

private:
    HttpCall(ExchangeLog *log, Done done, QObject *owner);
    void onFinished();
    void finish(HttpResponse response);

    QPointer<ExchangeLog> m_log;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QNetworkRequest m_request;
    QByteArray m_body;
    QElapsedTimer m_timer;
    QDateTime m_startedAt;
    bool m_aborted = false;
    bool m_finished = false;
};
