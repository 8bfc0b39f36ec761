// The sandbox's HTTP face under hostile and unusual clients, over raw sockets: limits on the
// request line, the headers and the body; strict framing; HTTP/1.0 and Connection: close; HEAD;
// timeouts; running out of descriptors. The server runs in-process on a thread of its own, as the
// app runs it, and as the standalone verify-sandbox where the process matters.

#include "SandboxServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <memory>
#include <netinet/in.h>
#include <optional>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kAnswerMs = 3000; // an answer that comes at all comes well within this
constexpr int kIdleTimeoutS = 10; // the README's idle and header timeout
const QByteArray kTokenPath = QByteArrayLiteral("/oauth/client_credential/accesstoken");

// One blocking client socket on loopback.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~RawClient()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(RawClient)

    bool isConnected() const { return m_fd >= 0; }

    // Sends all of `bytes`; false when the peer closed or reset the connection meanwhile.
    bool send(const QByteArray &bytes)
    {
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n =
                ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }

    // Reads what arrives within `ms`; sets closed() when the peer closed (or reset) the connection.
    QByteArray readFor(int ms, qsizetype stopAt = -1)
    {
        QByteArray bytes;
        QElapsedTimer timer;
        timer.start();
        while (!m_closed && timer.elapsed() < ms && (stopAt < 0 || bytes.size() < stopAt)) {
            pollfd p {m_fd, POLLIN, 0};
            if (::poll(&p, 1, int(std::max<qint64>(1, ms - timer.elapsed()))) <= 0)
                continue;
            char chunk[65536];
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                m_closed = true;
            else
                bytes.append(chunk, n);
        }
        return bytes;
    }

    // Reads until the peer closes, for at most `ms`.
    QByteArray readUntilClosed(int ms) { return readFor(ms); }

    // The next complete response (head and Content-Length body), within `ms`; nothing when none.
    std::optional<QByteArray> readResponse(int ms, bool head = false)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                const qsizetype total = end + 4 + (head ? 0 : contentLength(m_buffer.left(end)));
                if (m_buffer.size() >= total) {
                    QByteArray response = m_buffer.left(total);
                    m_buffer.remove(0, total);
                    return response;
                }
            }
            if (m_closed || timer.elapsed() >= ms)
                return std::nullopt;
            m_buffer += readFor(int(ms - timer.elapsed()), 1);
        }
    }

    // What is left after the responses read so far, plus what arrives within `ms`.
    QByteArray rest(int ms)
    {
        QByteArray bytes = m_buffer + readFor(ms);
        m_buffer.clear();
        return bytes;
    }

    bool closed() const { return m_closed; }

    static qsizetype contentLength(const QByteArray &head)
    {
        static const QRegularExpression header(u"\r\ncontent-length: *(\\d+)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        const auto match = header.match(QString::fromLatin1(head));
        return match.hasMatch() ? match.captured(1).toLongLong() : 0;
    }

private:
    int m_fd = -1;
    bool m_closed = false;
    QByteArray m_buffer;
};

int statusOf(const QByteArray &response)
{
    static const QRegularExpression line(u"^HTTP/1\\.[01] (\\d{3}) "_s);
    const auto match = line.match(QString::fromLatin1(response.left(64)));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QByteArray bodyOf(const QByteArray &response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : response.mid(end + 4);
}

QByteArray tokenRequestHead(const QByteArray &framing)
{
    return "POST " + kTokenPath
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          "Content-Type: application/x-www-form-urlencoded\r\n"
        + framing + "\r\n";
}

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

// The CPU time (user + system, in clock ticks) process `pid` has used so far.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces) in parentheses.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 13 ? fields.at(11).toLongLong() + fields.at(12).toLongLong() : -1;
}

} // namespace

class tst_SandboxHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void declaredBodyTooLargeAnsweredAtOnce();
    void chunkedBodyTooLargeAnsweredWhileReading();
    void chunkedBodyWithinLimitServed();
    void ambiguousFramingRejected_data();
    void ambiguousFramingRejected();
    void headerLimits_data();
    void headerLimits();
    void closesWhenAsked_data();
    void closesWhenAsked();
    void headHasNoBody();
    void pipelinedAnsweredInOrder();
    void idleAndHalfSentConnectionsTimeOut();
    void delayedAnswerOutlivesIdleTimeout();
    void droppedConnectionFault();
    void noBusyLoopWhenDescriptorsRunOut();

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    sandbox::SandboxServer *m_server = nullptr;
    quint16 m_port = 0;
};

void tst_SandboxHttp::initTestCase()
{
    // The server lives on a thread of its own, so that this thread can block on its sockets.
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            sandbox::SandboxOptions options;
            options.simulator.callsPerSecond = 0;
            m_server = new sandbox::SandboxServer(options);
            if (m_server->listen(0))
                m_port = m_server->port();
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(m_port != 0);
}

void tst_SandboxHttp::cleanupTestCase()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server;
            delete m_context;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

// A declared length above 64 KiB is refused before a byte of the body is read.
void tst_SandboxHttp::declaredBodyTooLargeAnsweredAtOnce()
{
    RawClient client(m_port);
    QVERIFY(client.isConnected());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.send(tokenRequestHead("Content-Length: 1073741824\r\n")));
    client.send(QByteArray(4096, 'a'));
    const auto response = client.readResponse(kAnswerMs);
    QVERIFY2(response, "no answer while the body is still to come");
    QCOMPARE(statusOf(*response), 413);
    QVERIFY(timer.elapsed() < kAnswerMs);
    client.readUntilClosed(kAnswerMs);
    QVERIFY2(client.closed(), "the connection stays open with a body on its way");
}

// A chunked body is counted as it arrives: past 64 KiB the answer is 413 without waiting for its
// end.
void tst_SandboxHttp::chunkedBodyTooLargeAnsweredWhileReading()
{
    RawClient client(m_port);
    QVERIFY(client.send(tokenRequestHead("Transfer-Encoding: chunked\r\n")));
    const QByteArray chunk = "4000\r\n" + QByteArray(0x4000, 'a') + "\r\n";
    for (int i = 0; i < 6; ++i) // 96 KiB, and no last chunk
        client.send(chunk);
    const auto response = client.readResponse(kAnswerMs);
    QVERIFY2(response, "no answer until the chunked body ends");
    QCOMPARE(statusOf(*response), 413);
    client.readUntilClosed(kAnswerMs);
    QVERIFY(client.closed());
}

void tst_SandboxHttp::chunkedBodyWithinLimitServed()
{
    RawClient client(m_port);
    const QByteArray body = "grant_type=client_credentials&client_id=sandbox-client"
                            "&client_secret=sandbox-secret";
    QVERIFY(client.send(tokenRequestHead("Transfer-Encoding: chunked\r\n") + "10\r\n"
                        + body.left(16) + "\r\n" + QByteArray::number(body.size() - 16, 16) + "\r\n"
                        + body.mid(16) + "\r\n0\r\n\r\n"));
    const auto response = client.readResponse(kAnswerMs);
    QVERIFY(response);
    QCOMPARE(statusOf(*response), 200);
    QVERIFY(bodyOf(*response).contains("access_token"));
}

void tst_SandboxHttp::ambiguousFramingRejected_data()
{
    QTest::addColumn<QByteArray>("request");
    const QByteArray smuggled = get("/smuggled");
    QTest::newRow("length not a number") << tokenRequestHead("Content-Length: abc\r\n") + smuggled;
    QTest::newRow("length negative") << tokenRequestHead("Content-Length: -5\r\n") + smuggled;
    QTest::newRow("two lengths") << tokenRequestHead("Content-Length: 0\r\nContent-Length: 5\r\n")
            + "abcde" + smuggled;
    QTest::newRow("length and chunked")
        << tokenRequestHead("Content-Length: 0\r\nTransfer-Encoding: chunked\r\n") + "0\r\n\r\n"
            + smuggled;
    QTest::newRow("unknown transfer coding")
        << tokenRequestHead("Transfer-Encoding: gzip\r\n") + smuggled;
    QTest::newRow("bad chunk size")
        << tokenRequestHead("Transfer-Encoding: chunked\r\n") + "zz\r\nabc\r\n0\r\n\r\n" + smuggled;
    QTest::newRow("chunk longer than said") << tokenRequestHead("Transfer-Encoding: chunked\r\n")
            + "2\r\nabcdef\r\n0\r\n\r\n" + smuggled;
}

// Framing the server cannot read one way only is a 400, and nothing after it is read as a request.
void tst_SandboxHttp::ambiguousFramingRejected()
{
    QFETCH(QByteArray, request);
    RawClient client(m_port);
    QVERIFY(client.send(request));
    const QByteArray answer = client.readUntilClosed(kAnswerMs);
    QVERIFY2(client.closed(), answer.constData());
    QCOMPARE(statusOf(answer), 400);
    // The left-over bytes were not a second request. (libmicrohttpd 0.9.75 repeats the head of
    // its own 400 for an unreadable Content-Length: every status line is still that 400.)
    QCOMPARE(answer.count("HTTP/1."), answer.count("HTTP/1.1 400 "));
    QVERIFY(!answer.contains("smuggled"));
}

void tst_SandboxHttp::headerLimits_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QList<int>>("statuses");
    QTest::newRow("1 MiB header") << get("/", "X-Big: " + QByteArray(1024 * 1024, 'h') + "\r\n")
                                  << QList<int> {431};
    QByteArray many;
    for (int i = 0; i < 10'000; ++i)
        many += "X-H" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("10,000 headers") << get("/", many) << QList<int> {431};
    QTest::newRow("header without colon") << get("/", "no colon here\r\n") << QList<int> {400};
    QTest::newRow("space in a header name") << get("/", "X Y: z\r\n") << QList<int> {400};
    QTest::newRow("two hosts") << get("/", "Host: other\r\n") << QList<int> {400};
    QTest::newRow("100 KiB request target")
        << get("/?q=" + QByteArray(100 * 1024, 'q')) << QList<int> {414, 431};
}

void tst_SandboxHttp::headerLimits()
{
    QFETCH(QByteArray, request);
    QFETCH(QList<int>, statuses);
    RawClient client(m_port);
    client.send(request); // the server may close before it has all of it
    const QByteArray answer = client.readUntilClosed(kAnswerMs);
    QVERIFY2(statuses.contains(statusOf(answer)), answer.left(200).constData());
    QVERIFY(client.closed());
}

void tst_SandboxHttp::closesWhenAsked_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("HTTP/1.0") << QByteArrayLiteral("GET / HTTP/1.0\r\n\r\n");
    QTest::newRow("HTTP/1.0 with a host") << QByteArrayLiteral("GET / HTTP/1.0\r\nHost: x\r\n\r\n");
    QTest::newRow("Connection: close") << get("/", "Connection: close\r\n");
}

// HTTP/1.0 without keep-alive and Connection: close end the connection after the answer.
void tst_SandboxHttp::closesWhenAsked()
{
    QFETCH(QByteArray, request);
    RawClient client(m_port);
    QVERIFY(client.send(request));
    const QByteArray answer = client.readUntilClosed(kAnswerMs);
    QCOMPARE(statusOf(answer), 200);
    QVERIFY2(client.closed(), "the connection was left open");
    QCOMPARE(bodyOf(answer).size(),
             RawClient::contentLength(answer.left(answer.indexOf("\r\n\r\n"))));
}

// HEAD is GET without the body: the same status and headers, and the next answer follows at once.
void tst_SandboxHttp::headHasNoBody()
{
    RawClient client(m_port);
    QVERIFY(client.send("HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + get("/")));
    const auto head = client.readResponse(kAnswerMs, true);
    QVERIFY(head);
    QCOMPARE(statusOf(*head), 200);
    const auto next = client.readResponse(kAnswerMs);
    QVERIFY(next);
    QCOMPARE(statusOf(*next), 200); // a body after the HEAD answer would not parse as a status line
    QVERIFY(!bodyOf(*next).isEmpty());
}

void tst_SandboxHttp::pipelinedAnsweredInOrder()
{
    RawClient client(m_port);
    QVERIFY(client.send(get("/") + get("/nowhere") + get("/_sandbox/messages")
                        + "POST /_sandbox/clock/advance?seconds=1 HTTP/1.1\r\nHost: x\r\n"
                          "Content-Length: 0\r\n\r\n"));
    const QList<int> expected {200, 404, 200, 200};
    for (const int status : expected) {
        const auto response = client.readResponse(kAnswerMs);
        QVERIFY(response);
        QCOMPARE(statusOf(*response), status);
    }
    QVERIFY(!client.closed());
}

// A connection that sends nothing, or stops half-way through its request, is closed after the
// idle timeout (and not at once).
void tst_SandboxHttp::idleAndHalfSentConnectionsTimeOut()
{
    RawClient idle(m_port);
    RawClient halfSent(m_port);
    RawClient afterAnswer(m_port);
    QVERIFY(halfSent.send("POST " + kTokenPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le"));
    QVERIFY(afterAnswer.send(get("/")));
    QVERIFY(afterAnswer.readResponse(kAnswerMs));
    QElapsedTimer timer;
    timer.start();
    for (RawClient *client : {&idle, &halfSent, &afterAnswer}) {
        client->readUntilClosed(int((kIdleTimeoutS + 3) * 1000 - timer.elapsed()));
        QVERIFY2(client->closed(), "still open after the idle timeout");
    }
    QVERIFY(timer.elapsed() > (kIdleTimeoutS - 2) * 1000);
}

// A fault's delay is the server's own wait, not the client's idleness: the answer comes.
void tst_SandboxHttp::delayedAnswerOutlivesIdleTimeout()
{
    RawClient control(m_port);
    const QByteArray fault = R"({"path":"/verify/search/json","delay_ms":)"
        + QByteArray::number((kIdleTimeoutS + 2) * 1000) + "}";
    QVERIFY(control.send("POST /_sandbox/faults HTTP/1.1\r\nHost: x\r\nContent-Type: "
                         "application/json\r\nContent-Length: "
                         + QByteArray::number(fault.size()) + "\r\n\r\n" + fault));
    const auto added = control.readResponse(kAnswerMs);
    QVERIFY(added);
    QCOMPARE(statusOf(*added), 200);

    RawClient client(m_port);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.send(
        get("/verify/search/json?api_key=sandbox-client&api_secret=sandbox-secret&request_id=x")));
    const auto response = client.readResponse((kIdleTimeoutS + 6) * 1000);
    QVERIFY2(response, "the delayed answer never came");
    QVERIFY2(
        timer.elapsed() >= (kIdleTimeoutS + 2) * 1000 - 100,
        qPrintable(u"after %1 ms: %2"_s.arg(timer.elapsed()).arg(QString::fromLatin1(*response))));
    QVERIFY(statusOf(*response) > 0);
}

void tst_SandboxHttp::droppedConnectionFault()
{
    RawClient control(m_port);
    const QByteArray fault = R"({"path":"/verify/check/json","close":true})";
    QVERIFY(control.send("POST /_sandbox/faults HTTP/1.1\r\nHost: x\r\nContent-Type: "
                         "application/json\r\nContent-Length: "
                         + QByteArray::number(fault.size()) + "\r\n\r\n" + fault));
    QVERIFY(control.readResponse(kAnswerMs));

    RawClient client(m_port);
    QVERIFY(client.send(
        get("/verify/check/"
            "json?api_key=sandbox-client&api_secret=sandbox-secret&request_id=x&code=1234")));
    const QByteArray answer = client.readUntilClosed(kAnswerMs);
    QVERIFY(client.closed());
    QVERIFY(answer.isEmpty());
}

// With the descriptors of verify-sandbox at 256 and 300 connections open and idle, the server does
// not spin, and a new request is served as soon as slots free.
void tst_SandboxHttp::noBusyLoopWhenDescriptorsRunOut()
{
    QProcess sandbox;
    sandbox.start(
        u"/bin/sh"_s,
        {u"-c"_s, u"ulimit -n 256 && exec \"$0\" --port 0"_s, QStringLiteral(VERIFY_SANDBOX_EXE)});
    QVERIFY(sandbox.waitForStarted());
    QByteArray output;
    static const QRegularExpression line(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
    QRegularExpressionMatch match;
    for (int i = 0; i < 100 && !match.hasMatch(); ++i) {
        sandbox.waitForReadyRead(100);
        output += sandbox.readAllStandardOutput();
        match = line.match(QString::fromLatin1(output));
    }
    QVERIFY2(match.hasMatch(), output.constData());
    const quint16 port = quint16(match.captured(1).toUInt());

    std::vector<std::unique_ptr<RawClient>> idle;
    for (int i = 0; i < 300; ++i) {
        auto client = std::make_unique<RawClient>(port);
        if (client->isConnected())
            idle.push_back(std::move(client));
    }
    QVERIFY(idle.size() > 256);
    QTest::qWait(500);

    const qint64 before = cpuTicks(sandbox.processId());
    QTest::qWait(2000);
    const qint64 used = cpuTicks(sandbox.processId()) - before;
    const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    QVERIFY2(used < ticksPerSecond / 2, // under a quarter of one CPU over the two seconds
             qPrintable(u"%1 ticks of CPU in 2 s"_s.arg(used)));

    // Frees slots: the oldest connections were accepted, the newest wait in the backlog.
    idle.erase(idle.begin(), idle.begin() + 150);
    RawClient client(port);
    QVERIFY(client.send(get("/")));
    const auto response = client.readResponse(kAnswerMs);
    QVERIFY2(response, "no answer after slots freed");
    QCOMPARE(statusOf(*response), 200);

    sandbox.terminate();
    QVERIFY(sandbox.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(tst_SandboxHttp)
#include "tst_SandboxHttp.moc"
