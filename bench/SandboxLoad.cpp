// A small load generator for the sandbox: N keep-alive HTTP/1.1 connections over raw QTcpSocket
// (no QNetworkAccessManager, so that the client's own cost stays small), each sending the next
// request as soon as the previous answer is complete, for a bounded time. The request is an
// authenticated search (POST /communication/nexmo/verify/search) for a request made first.
// Prints the requests per second completed and the 99th percentile of the time from sending a
// request to having its whole answer.
//
// Usage: bench_sandbox_load PORT [CONNECTIONS] [SECONDS]   (127.0.0.1 only)

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const QString &why)
{
    QTextStream(stderr) << "bench_sandbox_load: " << why << Qt::endl;
    std::exit(1);
}

QByteArray postRequest(const QByteArray &path, const QByteArray &body, const QByteArray &token)
{
    QByteArray request = "POST " + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          "Content-Type: application/x-www-form-urlencoded\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    return request + "\r\n" + body;
}

// The body of the first complete response in `buffer`, which loses it; nothing while the
// response is incomplete. `ok` tells whether its status was 200.
std::optional<QByteArray> takeResponse(QByteArray &buffer, bool *ok = nullptr)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    const QByteArray headers = buffer.left(headerEnd).toLower();
    const qsizetype at = headers.indexOf("content-length:");
    if (at < 0)
        fail(u"a response without Content-Length"_s);
    const qsizetype lineEnd = headers.indexOf("\r\n", at);
    const qsizetype valueStart = at + qsizetype(sizeof("content-length:") - 1);
    const qsizetype length =
        headers.mid(valueStart, lineEnd < 0 ? -1 : lineEnd - valueStart).trimmed().toLongLong();
    const qsizetype total = headerEnd + 4 + length;
    if (buffer.size() < total)
        return std::nullopt;
    if (ok)
        *ok = buffer.startsWith("HTTP/1.1 200 ");
    QByteArray body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, total);
    return body;
}

QJsonObject exchangeOnce(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        fail(socket.errorString());
    socket.write(request);
    QByteArray buffer;
    for (;;) {
        if (auto body = takeResponse(buffer))
            return QJsonDocument::fromJson(*body).object();
        if (!socket.waitForReadyRead(5000))
            fail(socket.errorString());
        buffer += socket.readAll();
    }
}

class Connection : public QObject
{
    Q_DISABLE_COPY_MOVE(Connection)

public:
    Connection(quint16 port, QByteArray request, const QElapsedTimer *clock, QObject *parent)
        : QObject(parent)
        , m_port(port)
        , m_request(std::move(request))
        , m_clock(clock)
    {
        connect(&m_socket, &QTcpSocket::connected, this, &Connection::send);
        connect(&m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(&m_socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
    }

    void start() { m_socket.connectToHost(QHostAddress::LocalHost, m_port); }
    void stop()
    {
        m_stopped = true;
        m_socket.abort();
    }
    qint64 completed() const { return m_completed; }
    int reconnects() const { return m_reconnects; }
    qint64 failed() const { return m_failed; }
    // Nanoseconds from sending each request to having its answer.
    const std::vector<qint64> &latencies() const { return m_latencies; }

private:
    void send()
    {
        m_sentAt = m_clock->nsecsElapsed();
        m_socket.write(m_request);
    }
    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        bool ok = false;
        while (takeResponse(m_buffer, &ok)) {
            ++m_completed;
            m_latencies.push_back(m_clock->nsecsElapsed() - m_sentAt);
            if (!ok)
                ++m_failed;
            if (!m_stopped)
                send();
        }
    }
    void onDisconnected()
    {
        if (m_stopped)
            return;
        ++m_reconnects; // the server closed a keep-alive connection: open another one
        m_buffer.clear();
        start();
    }

    QTcpSocket m_socket;
    quint16 m_port;
    QByteArray m_request;
    QByteArray m_buffer;
    const QElapsedTimer *m_clock;
    qint64 m_sentAt = 0;
    std::vector<qint64> m_latencies;
    qint64 m_completed = 0;
    qint64 m_failed = 0;
    int m_reconnects = 0;
    bool m_stopped = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_sandbox_load PORT [CONNECTIONS] [SECONDS]\n";
        return 2;
    }
    const auto port = static_cast<quint16>(std::atoi(argv[1]));
    const int connections = argc > 2 ? std::atoi(argv[2]) : 16;
    const double seconds = argc > 3 ? std::atof(argv[3]) : 5.0;

    const QJsonObject token = exchangeOnce(
        port,
        postRequest("/oauth/client_credential/accesstoken?grant_type=client_credentials",
                    "client_id=sandbox-client&client_secret=sandbox-secret", {}));
    const QByteArray accessToken = token.value(u"access_token"_s).toString().toUtf8();
    const QJsonObject requested = exchangeOnce(
        port,
        postRequest("/communication/nexmo/verify", "number=31699999999&brand=Load", accessToken));
    const QByteArray requestId = requested.value(u"request_id"_s).toString().toUtf8();
    if (accessToken.isEmpty() || requestId.isEmpty())
        fail(u"no token or no request id from the sandbox"_s);
    const QByteArray search =
        postRequest("/communication/nexmo/verify/search", "request_id=" + requestId, accessToken);
    if (exchangeOnce(port, search).value(u"request_id"_s).toString().toUtf8() != requestId)
        fail(u"the search does not answer"_s);

    QList<Connection *> clients;
    QElapsedTimer timer;
    for (int i = 0; i < connections; ++i)
        clients.append(new Connection(port, search, &timer, &app));
    timer.start();
    for (Connection *c : std::as_const(clients))
        c->start();
    QTimer::singleShot(static_cast<int>(seconds * 1000), &app, &QCoreApplication::quit);
    app.exec();
    const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    qint64 completed = 0;
    int reconnects = 0;
    qint64 failed = 0;
    std::vector<qint64> latencies;
    for (Connection *c : std::as_const(clients)) {
        c->stop();
        completed += c->completed();
        reconnects += c->reconnects();
        failed += c->failed();
        latencies.insert(latencies.end(), c->latencies().begin(), c->latencies().end());
    }
    if (latencies.empty())
        fail(u"no answer at all"_s);
    const auto p99 = latencies.begin() + qsizetype(latencies.size() * 99 / 100);
    std::nth_element(latencies.begin(), p99, latencies.end());
    if (failed > 0)
        fail(u"%1 of %2 answers were not 200 OK"_s.arg(failed).arg(completed));
    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(0);
    out << "sandbox_rps_" << connections << "conn " << static_cast<double>(completed) / elapsed
        << '\n';
    out << "sandbox_reconnects_" << connections << "conn " << reconnects << '\n';
    out.setRealNumberPrecision(2);
    out << "sandbox_p99_ms_" << connections << "conn " << static_cast<double>(*p99) / 1e6 << '\n';
    return 0;
}
