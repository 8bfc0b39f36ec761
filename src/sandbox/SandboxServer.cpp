#include "SandboxServer.h"

#include "Clock.h"
#include "HttpListener.h"
#include "SandboxLogging.h"
#include "SandboxService.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

constexpr int kTickMs = 250;

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

void SandboxServer::setTls(const QSslConfiguration &tls)
{
    if (!m_http)
        m_tls = tls;
}

bool SandboxServer::listen(quint16 port, Serving serving)
{
    if (m_http)
        return false; // listens once
    // Every request goes through one handler, so that routing, methods and errors are the
    // SandboxService's, not the HTTP library's.
    m_http = std::make_unique<HttpListener>(
        [this](const HttpRequest &request) { return m_service->handle(request); });
    if (m_tls) {
        QByteArray chain;
        for (const QSslCertificate &certificate : m_tls->localCertificateChain())
            chain += certificate.toPem();
        m_http->setTls(chain, m_tls->privateKey().toPem());
    }
    if (!m_http->bind(port)) {
        m_http.reset();
        return false;
    }
    m_port = m_http->port();
    if (serving == Serving::Now && !m_http->start()) {
        m_http.reset();
        return false;
    }
    m_serving = serving == Serving::Now;
    m_ticker->start();
    qCInfo(lcSandbox) << "listening on" << baseUrl().toString();
    return true;
}

void SandboxServer::serve()
{
    if (!m_http || m_serving)
        return;
    m_serving = m_http->start();
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
