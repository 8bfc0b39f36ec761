// The sandbox under load: 16 keep-alive connections over raw QTcpSocket send 20,000 requests of
// every kind (token, KPN and vendor request, check and search) while extra connections send
// garbage, an oversized body, a wrong content type and unknown routes. Every regular answer must
// be a 200 with a status field, the process's memory must stay bounded and so must the
// Simulator's message log. Counts, never timings: the machine is shared.

#include "SandboxServer.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kConnections = 16;
constexpr int kTotalRequests = 20'000;
constexpr int kFirstSampleAt = 5'000;
constexpr int kMischiefEvery = 500; // one malformed request per this many regular answers
constexpr qint64 kMaxGrowthKiB = 50 * 1024;
// AddressSanitizer keeps freed memory in quarantine, so resident size says nothing about leaks
// there (LeakSanitizer checks those at exit instead).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kResidentSizeIsMeaningful = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kResidentSizeIsMeaningful = false;
#else
constexpr bool kResidentSizeIsMeaningful = true;
#endif
#else
constexpr bool kResidentSizeIsMeaningful = true;
#endif
constexpr qsizetype kMessageCap = 10'000;
constexpr int kTimeoutMs = 120'000;

// Resident set size of this process in KiB, from /proc/self/status; -1 when unknown.
qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &token = {},
                const QByteArray &contentType = "application/x-www-form-urlencoded")
{
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
        + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    return request + "\r\n" + body;
}

struct Response
{
    int status = 0;
    QByteArray body;
};

// Takes the first complete response out of `buffer`; nothing while it is incomplete.
std::optional<Response> takeResponse(QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    const QByteArray headers = buffer.left(headerEnd).toLower();
    qsizetype length = 0;
    if (const qsizetype at = headers.indexOf("content-length:"); at >= 0) {
        const qsizetype start = at + qsizetype(sizeof("content-length:") - 1);
        const qsizetype end = headers.indexOf("\r\n", start);
        length = headers.mid(start, end < 0 ? -1 : end - start).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return std::nullopt;
    Response response;
    response.status = headers.mid(9, 3).toInt(); // "http/1.1 200 ..."
    response.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    return response;
}

struct Tally
{
    int sent = 0;
    int completed = 0;
    int failed = 0;
    int reconnects = 0;
    QStringList firstFailures;
    std::function<void()> onCompleted;
};

// One keep-alive client cycling through the API's calls, each on the answers it had before.
class LoadConnection : public QObject
{
    Q_DISABLE_COPY_MOVE(LoadConnection)

public:
    LoadConnection(int index, quint16 port, Tally *tally, QObject *parent)
        : QObject(parent)
        , m_index(index)
        , m_port(port)
        , m_tally(tally)
    {
        connect(&m_socket, &QTcpSocket::connected, this, &LoadConnection::sendNext);
        connect(&m_socket, &QTcpSocket::readyRead, this, &LoadConnection::onReadyRead);
        connect(&m_socket, &QTcpSocket::disconnected, this, &LoadConnection::onDisconnected);
    }

    void start() { m_socket.connectToHost(QHostAddress::LocalHost, m_port); }
    void stop()
    {
        m_stopped = true;
        m_socket.abort();
    }

private:
    enum Step { Token, KpnRequest, KpnCheck, KpnSearch, VendorRequest, VendorCheck, VendorSearch };
    static constexpr int kSteps = 7;

    QByteArray nextNumber()
    {
        // Unique per request and outside the demo numbers that answer with business errors.
        return "3165" + QByteArray::number(m_index * 100'000 + ++m_numbers).rightJustified(7, '0');
    }

    QByteArray build()
    {
        const QByteArray credentials = "api_key=sandbox-client&api_secret=sandbox-secret";
        switch (static_cast<Step>(m_step)) {
        case Token:
            return post("/oauth/client_credential/accesstoken?grant_type=client_credentials",
                        "client_id=sandbox-client&client_secret=sandbox-secret");
        case KpnRequest:
            return post("/communication/nexmo/verify", "brand=Load&number=" + nextNumber(),
                        m_token);
        case KpnCheck:
            return post("/communication/nexmo/verify/check",
                        "code=0000&request_id=" + m_kpnRequestId, m_token);
        case KpnSearch:
            return post("/communication/nexmo/verify/search", "request_id=" + m_kpnRequestId,
                        m_token);
        case VendorRequest:
            return post("/verify/json", credentials + "&brand=Load&number=" + nextNumber());
        case VendorCheck:
            return post("/verify/check/json",
                        credentials + "&code=0000&request_id=" + m_vendorRequestId);
        case VendorSearch:
            return "GET /verify/search/json?" + credentials + "&request_id=" + m_vendorRequestId
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        }
        return {};
    }

    void sendNext()
    {
        if (m_stopped || m_tally->sent >= kTotalRequests)
            return;
        ++m_tally->sent;
        m_socket.write(build());
    }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        while (const auto response = takeResponse(m_buffer)) {
            const QJsonObject body = QJsonDocument::fromJson(response->body).object();
            if (response->status != 200 || !body.value(u"status"_s).isString()) {
                ++m_tally->failed;
                if (m_tally->firstFailures.size() < 5) {
                    m_tally->firstFailures.append(u"step %1: HTTP %2 %3"_s.arg(m_step)
                                                      .arg(response->status)
                                                      .arg(QString::fromUtf8(response->body)));
                }
            }
            if (m_step == Token)
                m_token = body.value(u"access_token"_s).toString().toLatin1();
            else if (m_step == KpnRequest)
                m_kpnRequestId = body.value(u"request_id"_s).toString().toLatin1();
            else if (m_step == VendorRequest)
                m_vendorRequestId = body.value(u"request_id"_s).toString().toLatin1();
            m_step = (m_step + 1) % kSteps;
            ++m_tally->completed;
            if (m_tally->onCompleted)
                m_tally->onCompleted();
            sendNext();
        }
    }

    void onDisconnected()
    {
        if (m_stopped)
            return;
        ++m_tally->reconnects; // the server closed a keep-alive connection: open another one
        m_buffer.clear();
        start();
    }

    QTcpSocket m_socket;
    int m_index;
    quint16 m_port;
    Tally *m_tally;
    QByteArray m_buffer;
    QByteArray m_token;
    QByteArray m_kpnRequestId;
    QByteArray m_vendorRequestId;
    int m_step = 0;
    int m_numbers = 0;
    bool m_stopped = false;
};

// A one-shot connection sending something malformed; records the status it got (0 = closed).
class Mischief : public QObject
{
    Q_DISABLE_COPY_MOVE(Mischief)

public:
    Mischief(quint16 port, QByteArray request, QObject *parent)
        : QObject(parent)
        , m_request(std::move(request))
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.write(m_request); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_buffer += m_socket.readAll();
            if (const auto response = takeResponse(m_buffer)) {
                m_status = response->status;
                m_done = true;
                m_socket.disconnectFromHost();
            }
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_done = true; });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { m_done = true; });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool done() const { return m_done; }
    int status() const { return m_status; }

private:
    QTcpSocket m_socket;
    QByteArray m_request;
    QByteArray m_buffer;
    int m_status = 0;
    bool m_done = false;
};

QByteArray malformed(int kind)
{
    switch (kind % 4) {
    case 0: {
        QByteArray garbage(4096, '\0');
        for (qsizetype i = 0; i < garbage.size(); ++i)
            garbage[i] = static_cast<char>((i * 131 + kind * 7) & 0xff);
        return "\x01\xff GARBAGE \r\n" + garbage + "\r\n\r\n";
    }
    case 1:
        return post("/verify/json", QByteArray(100 * 1024, 'x'));
    case 2:
        return post("/verify/json", "<verify><number>31612345678</number></verify>", {},
                    "application/xml");
    default:
        return "GET /no/such/route/" + QByteArray::number(kind) + " HTTP/1.1\r\nHost: x\r\n\r\n";
    }
}

} // namespace

class tst_SandboxLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sixteenConnectionsTwentyThousandRequests();
};

void tst_SandboxLoad::sixteenConnectionsTwentyThousandRequests()
{
    sandbox::SandboxOptions options;
    options.timeScale = 1e-9; // workflows move only when the test advances the clock
    options.seed = 42;
    // A load test: the vendor's limit of 30 calls per second and account would refuse nearly all
    // of these calls, made within one frozen virtual second, so it is switched off here.
    options.simulator.callsPerSecond = 0;
    sandbox::SandboxServer server(options);
    QVERIFY(server.listen(0));
    QSignalSpy delivered(&server, &sandbox::SandboxServer::messageDelivered);

    QObject owner;
    Tally tally;
    qint64 rssAtFirstSample = -1;
    QList<Mischief *> mischief;
    int nextMischief = kMischiefEvery;
    tally.onCompleted = [&] {
        if (tally.completed == kFirstSampleAt)
            rssAtFirstSample = residentKiB();
        if (tally.completed == nextMischief) {
            mischief.append(new Mischief(server.port(), malformed(int(mischief.size())), &owner));
            nextMischief += kMischiefEvery;
        }
    };

    QList<LoadConnection *> clients;
    for (int i = 0; i < kConnections; ++i)
        clients.append(new LoadConnection(i, server.port(), &tally, &owner));
    for (LoadConnection *client : std::as_const(clients))
        client->start();

    QTRY_VERIFY_WITH_TIMEOUT(tally.completed == kTotalRequests || tally.failed > 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(mischief.cbegin(), mischief.cend(),
                                         [](const Mischief *m) { return m->done(); }),
                             kTimeoutMs);
    const qint64 rssAtEnd = residentKiB();
    for (LoadConnection *client : std::as_const(clients))
        client->stop();

    QVERIFY2(tally.failed == 0, qPrintable(tally.firstFailures.join(u"\n")));
    QCOMPARE(tally.completed, kTotalRequests);
    QCOMPARE(tally.sent, kTotalRequests);
    qInfo("%d requests on %d connections, %d reconnects, %d malformed requests", tally.completed,
          kConnections, tally.reconnects, int(mischief.size()));

    // The malformed requests were answered (or the connection closed), each as its kind demands.
    QCOMPARE(mischief.size(), kTotalRequests / kMischiefEvery);
    for (int i = 0; i < mischief.size(); ++i) {
        const int status = mischief.at(i)->status();
        switch (i % 4) {
        case 0:
            QVERIFY2(status == 0 || status == 400, qPrintable(QString::number(status)));
            break;
        case 1:
            QCOMPARE(status, 413);
            break;
        case 2:
            QVERIFY2(status >= 400 && status < 500, qPrintable(QString::number(status)));
            break;
        default:
            QCOMPARE(status, 404);
            break;
        }
    }

    // Memory: what 15,000 more requests added stays far below what a leak per request would.
    QVERIFY(rssAtFirstSample > 0);
    QVERIFY(rssAtEnd > 0);
    qInfo("VmRSS %lld KiB after %d requests, %lld KiB after %d", rssAtFirstSample, kFirstSampleAt,
          rssAtEnd, kTotalRequests);
    if (kResidentSizeIsMeaningful) {
        QVERIFY2(rssAtEnd - rssAtFirstSample < kMaxGrowthKiB,
                 qPrintable(u"grew by %1 KiB"_s.arg(rssAtEnd - rssAtFirstSample)));
    }

    // The message log keeps at most its cap however many messages were delivered: let every
    // running verification's later steps fire until more than the cap went out.
    for (int i = 0; i < 4 && delivered.size() <= kMessageCap; ++i)
        server.advanceClock(300);
    QVERIFY2(delivered.size() > kMessageCap, qPrintable(QString::number(delivered.size())));
    QCOMPARE(server.simulator().messages().size(), kMessageCap);

    // And the server still serves a fresh connection.
    Mischief after(server.port(),
                   post("/oauth/client_credential/accesstoken?grant_type=client_credentials",
                        "client_id=sandbox-client&client_secret=sandbox-secret"),
                   nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(after.done(), kTimeoutMs);
    QCOMPARE(after.status(), 200);
}

QTEST_GUILESS_MAIN(tst_SandboxLoad)
#include "tst_SandboxLoad.moc"
