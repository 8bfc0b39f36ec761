#include "HttpCall.h"

#include "ExchangeLog.h"
#include "Logging.h"
#include "OneShotBody.h"
#include "Redactor.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QTimerEvent>

namespace {

// The exchange as the log records it (ExchangeLog::record() masks it).
ExchangeLog::Entry entryFor(const QNetworkRequest &request, const QByteArray &body,
                            const QDateTime &startedAt, const QString &urlText,
                            const QString &profile, bool sandbox, const HttpResponse &response)
{
    ExchangeLog::Entry entry;
    entry.profile = profile;
    entry.sandbox = !profile.isEmpty() && sandbox;
    entry.startedAt = startedAt;
    entry.method = QByteArrayLiteral("POST");
    entry.url = urlText.isEmpty() ? request.url().toString(QUrl::FullyEncoded) : urlText;
    for (const QByteArray &name : request.rawHeaderList())
        entry.requestHeaders.append({name, request.rawHeader(name)});
    // The known header is usually among the raw ones too; list it once.
    const QVariant type = request.header(QNetworkRequest::ContentTypeHeader);
    if (type.isValid() && !request.hasRawHeader(QByteArrayLiteral("Content-Type")))
        entry.requestHeaders.append({QByteArrayLiteral("Content-Type"), type.toByteArray()});
    entry.requestBody = body;
    entry.status = response.httpStatus;
    entry.responseHeaders = response.headers;
    entry.responseBody = response.body;
    entry.durationMs = response.durationMs;
    if (response.aborted)
        entry.error = QStringLiteral("aborted");
    else if (response.timedOut)
        entry.error = QStringLiteral("timed out");
    else
        entry.error = response.errorString;
    return entry;
}

} // namespace

HttpCall *HttpCall::post(QNetworkAccessManager *nam, ExchangeLog *log, QNetworkRequest request,
                         const QByteArray &body, int timeoutMs, QObject *owner, Done done)
{
    return post(nam, log, request, body, timeoutMs, Options(), owner, std::move(done));
}

HttpCall *HttpCall::post(QNetworkAccessManager *nam, ExchangeLog *log, QNetworkRequest request,
                         const QByteArray &body, int timeoutMs, const Options &options,
                         QObject *owner, Done done)
{
    auto *call = new HttpCall(log, std::move(done), owner);
    call->m_request = request;
    call->m_body = body;
    call->m_proxyName = options.proxyName;
    call->m_urlText = options.urlText;
    call->m_profile = options.profile;
    call->m_sandbox = options.sandbox;
    call->m_recordAfterDelivering = options.recordAfterDelivering;
    call->m_startedAt = QDateTime::currentDateTimeUtc();
    call->m_timer.start();
    if (options.atMostOnce) {
        // Qt re-sends a request whose connection closed before any answer byte (a kept-alive
        // connection the server dropped) by rewinding its body. A sequential body that cannot be
        // rewound, streamed without Qt's copy, turns that re-send into ContentReSendError.
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new OneShotBody(body, call);
        call->m_reply = nam->post(request, device);
        device->setParent(call->m_reply); // valid as long as the reply may read it
    } else {
        call->m_reply = nam->post(request, body);
    }
    if (timeoutMs > 0)
        call->m_deadline.start(timeoutMs, call);
    connect(call->m_reply, &QNetworkReply::finished, call, &HttpCall::onFinished);
    connect(call->m_reply, &QNetworkReply::sslErrors, call, &HttpCall::onSslErrors);
    return call;
}

void HttpCall::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the reply then fails with SslHandshakeFailedError, reported with this list.
    for (const QSslError &error : errors)
        m_sslErrors.append(error.errorString());
}

HttpCall::HttpCall(ExchangeLog *log, Done done, QObject *owner)
    : QObject(owner)
    , m_log(log)
    , m_done(std::move(done))
{ }

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpCall::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_deadline.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_deadline.stop();
    if (m_finished || !m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows, synchronously
}

void HttpCall::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_reply)
        m_reply->abort(); // finished() follows, synchronously
}

void HttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_deadline.stop();
    HttpResponse response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    // The whole answer is buffered by now. readAll() would read it into a buffer of at least
    // 16 KiB and keep that capacity, which the exchange log then held for every answer.
    response.body = reply->read(reply->bytesAvailable());
    if (reply->bytesAvailable() > 0)
        response.body += reply->readAll();
    response.networkError = reply->error();
    // Qt's text quotes the URL with its password ("Error transferring http://me:pw@...").
    response.errorString = response.networkError == QNetworkReply::NoError
        ? QString()
        : Redactor::redactUserInfo(reply->errorString());
    response.aborted = m_aborted;
    response.timedOut =
        m_timedOut || (!m_aborted && response.networkError == QNetworkReply::TimeoutError);
    response.durationMs = m_timer.elapsed();
    response.sslErrors = m_sslErrors;
    response.proxy = m_proxyName;
    reply->deleteLater();
    m_reply = nullptr;
    finish(response);
}

void HttpCall::finish(HttpResponse response)
{
    if (m_finished)
        return;
    m_finished = true;

    const bool recordLater = m_recordAfterDelivering && !m_aborted && !response.timedOut
        && response.networkError == QNetworkReply::NoError && response.httpStatus >= 200
        && response.httpStatus < 300;
    const QPointer<ExchangeLog> log = m_log;
    if (log && recordLater) {
        response.exchangeId = log->reserveId();
    } else if (log) {
        response.exchangeId = log->record(
            entryFor(m_request, m_body, m_startedAt, m_urlText, m_profile, m_sandbox, response),
            &response.maskedBody);
    }
    if (response.networkError != QNetworkReply::NoError && !response.aborted)
        qCInfo(lcApi) << "HTTP exchange failed:" << response.networkError << "status"
                      << response.httpStatus;

    Done done = std::move(m_done);
    if (!m_aborted) {
        // The reply's finished() signal, which Qt emits from the event loop (the connection is
        // made after QNetworkAccessManager::post() returns): nobody is re-entered, deliver now.
        // The call is deleted at once rather than later: a posted deletion wakes the event loop
        // once more per exchange, and its lock is the one the network thread posts answers on.
        // The callback may have deleted it already, through its owner: what the late record
        // needs is copied first (all implicitly shared).
        QPointer<HttpCall> self = this;
        const QNetworkRequest request = m_request;
        const QByteArray body = m_body;
        const QDateTime startedAt = m_startedAt;
        const QString urlText = m_urlText;
        const QString profile = m_profile;
        const bool sandbox = m_sandbox;
        done(response);
        if (log && recordLater) {
            ExchangeLog::Entry entry =
                entryFor(request, body, startedAt, urlText, profile, sandbox, response);
            entry.id = response.exchangeId;
            log->record(std::move(entry));
        }
        delete self.data();
        return;
    }
    // Deliver from the event loop, so that no caller is re-entered from post() or abort().
    QTimer::singleShot(0, this, [this, done = std::move(done), response] {
        QPointer<HttpCall> self = this;
        done(response);
        delete self.data();
    });
}
