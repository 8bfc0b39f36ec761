#pragma once

#include "HttpTypes.h"

#include <QObject>

#include <functional>
#include <memory>

namespace sandbox {

// The sandbox's HTTP/1.1 transport: GNU libmicrohttpd driven from the Qt event loop of the thread
// that owns it, so that the handler (and the simulator behind it) runs on that thread only.
// libmicrohttpd does the protocol: request line and header limits (414/431), framing (400 and
// close), HTTP/1.0 and Connection: close, HEAD, pipelining, inactivity timeouts, connection limits
// and TLS through GnuTLS. This class adds the body limit, the rejection of ambiguous framing the
// library tolerates, and the fault plan's delays and dropped connections. A body over
// kMaxBodyBytes is never read: the handler is asked for its answer with a stand-in body.
class HttpListener : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpListener)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    static constexpr qsizetype kMaxBodyBytes = qsizetype(64) * 1024;
    // A connection that sends nothing for this long, between requests or within one, is closed.
    // Longer than the desk's own waits (a Retry-After of 5 s, throttling back-off of 1, 2 and
    // 4 s): a client that sends on its kept-alive connection just as the server closes it cannot
    // tell whether the request arrived, and the desk never sends a request twice.
    static constexpr unsigned kIdleTimeoutSeconds = 10;

    explicit HttpListener(Handler handler, QObject *parent = nullptr);
    ~HttpListener() override;

    // Serves HTTPS with this PEM certificate chain and private key; call before start().
    void setTls(const QByteArray &certificateChainPem, const QByteArray &privateKeyPem);

    // Takes 127.0.0.1:port (0 = any free port); connections wait in the system's backlog until
    // start(). False, said in the log, when the port cannot be had.
    bool bind(quint16 port);
    quint16 port() const { return m_port; }
    // Starts answering on the bound port; false, said in the log, when the daemon cannot start.
    bool start();

private:
    struct Connection;
    struct Callbacks;
    friend struct Callbacks;

    void run();
    void scheduleRun();
    void resumeLater(Connection *connection, int delayMs);
    HttpResponse answerTooLarge(HttpRequest request) const;
    unsigned connectionLimit() const;

    Handler m_handler;
    struct Daemon;
    std::unique_ptr<Daemon> m_daemon;
    int m_listenFd = -1;
    quint16 m_port = 0;
    bool m_tls = false;
    QByteArray m_certificatePem;
    QByteArray m_keyPem;
};

} // namespace sandbox
