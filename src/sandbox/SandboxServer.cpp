#include "SandboxServer.h"

#include "Clock.h"
#include "SandboxLogging.h"
#include "SandboxService.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

constexpr int kTickMs = 250;

// The request line's method as the client wrote it: "GET", "POST" …
QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key =
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(method));
    return key != nullptr ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}

HttpRequest toHttpRequest(const QHttpServerRequest &request)
{
    HttpRequest result;
    result.method = methodName(request.method());
    result.path = request.url().path();
    result.query = request.url().query(QUrl::FullyEncoded).toUtf8();
    for (const auto &header : request.headers())
        result.headers.append({header.first, header.second});
    result.body = request.body();
    return result;
}

// Writes the response by hand: QHttpServerResponder's convenience writers take headers only as an
// initializer list in Qt 6.4.
void writeResponse(QHttpServerResponder &responder, const HttpResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

// Answers, or drops the connection when the fault plan says so.
void deliver(QHttpServerResponder &responder, QTcpSocket *socket, const HttpResponse &response)
{
    if (response.closeConnection)
        socket->abort();
    else
        writeResponse(responder, response);
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_clock(std::make_unique<ScaledClock>(options.timeScale))
    , m_simulator(std::make_unique<Simulator>(options.simulator, m_clock.get(), options.seed))
    , m_service(std::make_unique<SandboxService>(m_simulator.get()))
    , m_ticker(new QTimer(this))
{
    m_simulator->setMessageObserver([this](const Message &message) {
        Q_EMIT messageDelivered(message.requestId, message.number, message.channel, message.text,
                                message.code, message.sender);
    });

    // Events fall due as virtual time passes even when nobody calls the API.
    m_ticker->setInterval(kTickMs);
    connect(m_ticker, &QTimer::timeout, this, [this] { m_simulator->processDueEvents(); });
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::createHttpServer()
{
    m_http = new QHttpServer(this);
    // Every request goes through one handler so that routing, methods and errors are the
    // SandboxService's, not the HTTP library's (whose routing API changed in Qt 6.8).
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const HttpResponse response = m_service->handle(toHttpRequest(request));
            QPointer<QTcpSocket> socket = responder.socket();
            if (response.delayMs <= 0) {
                deliver(responder, socket, response);
                return;
            }
            auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
            QTimer::singleShot(response.delayMs, this, [pending, socket, response] {
                if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                    return; // the client gave up waiting
                deliver(*pending, socket, response);
            });
        });
}

void SandboxServer::setTls(const QSslConfiguration &tls)
{
    if (!m_tcp)
        m_tls = tls;
}

bool SandboxServer::listen(quint16 port, Serving serving)
{
    if (m_tcp)
        return false; // listens once
    QTcpServer *tcp = nullptr;
    if (m_tls) {
        // QHttpServer takes encrypted connections from a QSslServer once their handshake is done.
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(*m_tls);
        tcp = ssl;
    } else {
        tcp = new QTcpServer(this);
    }
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSandbox) << "cannot listen on 127.0.0.1 port" << port << tcp->errorString();
        delete tcp;
        return false;
    }
    m_tcp = tcp;
    m_port = m_tcp->serverPort();
    m_ticker->start();
    qCInfo(lcSandbox) << "listening on" << baseUrl().toString();
    if (serving == Serving::Later)
        m_tcp->pauseAccepting(); // connections wait in the system's backlog until serve()
    else
        serve();
    return true;
}

void SandboxServer::serve()
{
    if (!m_tcp || m_http)
        return;
    createHttpServer();
    m_tcp->setParent(m_http); // as QHttpServer::listen() would have made it
    m_http->bind(m_tcp);
    m_tcp->resumeAccepting();
}

int SandboxServer::advanceClock(qint64 seconds)
{
    return seconds > 0 ? m_simulator->advance(seconds) : 0;
}

qint64 SandboxServer::secondsToNextEvent() const
{
    return m_simulator->secondsToNextEvent();
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

} // namespace sandbox
