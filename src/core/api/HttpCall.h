#pragma once

#include "HttpResponse.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslError>

#include <functional>

class ExchangeLog;
class QNetworkAccessManager;
class QNetworkReply;

// One HTTP POST through the injected QNetworkAccessManager (internal to api/): gives the answer
// `timeoutMs` to arrive, records the exchange in the log, ends exactly once (answer, error,
// timeout or abort) and deletes its reply and itself afterwards.
class HttpCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpCall)

public:
    using Done = std::function<void(const HttpResponse &)>;

    struct Options
    {
        // The body can be sent once only: Qt may not re-send the request on its own when the
        // connection closes before the answer (for calls that may send an SMS).
        bool atMostOnce = false;
        // The proxy in use, named in errors ("host:port").
        QString proxyName;
        // The request's URL as the exchange log shows it (FullyEncoded), when the caller has it
        // at hand; made from the request otherwise.
        QString urlText;
        // A clean answer (HTTP 2xx, no network error) reaches the callback before its exchange
        // is recorded, so that a call the callback makes goes on the wire first. The response
        // then carries the exchange's id (reserved) but no maskedBody: ExchangeLog::redact()
        // gives it. Other answers are recorded first, as always.
        bool recordAfterDelivering = false;
        // The profile the exchange is made in, stamped on its log entry (the log's own when
        // empty), and whether that is the built-in Sandbox.
        QString profile;
        bool sandbox = false;
    };

    // Starts at once; `done` runs exactly once, never from within this call nor abort(): from the
    // reply's finished() signal, or on a later turn of the event loop.
    // The call is a child of `owner` and dies with it (aborting its reply, `done` not called).
    static HttpCall *post(QNetworkAccessManager *nam, ExchangeLog *log, QNetworkRequest request,
                          const QByteArray &body, int timeoutMs, QObject *owner, Done done);
    static HttpCall *post(QNetworkAccessManager *nam, ExchangeLog *log, QNetworkRequest request,
                          const QByteArray &body, int timeoutMs, const Options &options,
                          QObject *owner, Done done);
    ~HttpCall() override;

    // Ends the call with an aborted response (no-op once finished).
    void abort();

private:
    HttpCall(ExchangeLog *log, Done done, QObject *owner);
    void timerEvent(QTimerEvent *event) override;
    void onFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void finish(HttpResponse response);

    QPointer<ExchangeLog> m_log;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QNetworkRequest m_request;
    QByteArray m_body;
    QElapsedTimer m_timer;
    // The whole exchange's deadline. Qt's transfer timeout would do as much for answers this
    // small, but it restarts its timer through a queued call on every progress signal.
    QBasicTimer m_deadline;
    QDateTime m_startedAt;
    QStringList m_sslErrors;
    QString m_proxyName;
    QString m_urlText;
    QString m_profile;
    bool m_sandbox = false;
    bool m_aborted = false;
    bool m_timedOut = false;
    bool m_finished = false;
    bool m_recordAfterDelivering = false;
};
