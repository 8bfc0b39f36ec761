#include "HttpListener.h"

#include "SandboxLogging.h"

#include <QSet>
#include <QSocketNotifier>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <optional>
#include <string_view>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

constexpr int kBacklog = 512;
// The soname of the libmicrohttpd whose header this is built against (0.9.x: ABI 12).
constexpr const char *kMhdLibrary = "libmicrohttpd.so.12";
// Descriptors kept free for everything else the process opens (files, the app's own sockets).
constexpr rlim_t kReservedDescriptors = 64;
constexpr unsigned kMaxConnections = 1000;
constexpr unsigned kMinConnections = 16;
constexpr qsizetype kMaxBody = HttpListener::kMaxBodyBytes;
constexpr int kLingerMs = 2000;

// libmicrohttpd's functions, loaded with the library when the first server starts: the library
// and GnuTLS under it (eight libraries in all) then stay out of the app's start, which serves
// the sandbox only after its window is painted.
//
// Every function the listener calls, named once without its MHD_ prefix: the list declares
// MhdApi's members and resolves each by its symbol name, so a function cannot be declared and
// then left unresolved.
#define VERIFYDESK_MHD_FUNCTIONS(X)                                                                \
    X(add_response_header)                                                                         \
    X(create_response_from_buffer)                                                                 \
    X(destroy_response)                                                                            \
    X(get_connection_info)                                                                         \
    X(get_connection_values)                                                                       \
    X(get_daemon_info)                                                                             \
    X(get_reason_phrase_for)                                                                       \
    X(get_timeout)                                                                                 \
    X(queue_response)                                                                              \
    X(resume_connection)                                                                           \
    X(run)                                                                                         \
    X(start_daemon)                                                                                \
    X(stop_daemon)                                                                                 \
    X(suspend_connection)

struct MhdApi
{
#define VERIFYDESK_MHD_MEMBER(name) decltype(&::MHD_##name) name = nullptr;
    VERIFYDESK_MHD_FUNCTIONS(VERIFYDESK_MHD_MEMBER)
#undef VERIFYDESK_MHD_MEMBER
};

template<typename Function> bool resolve(void *library, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(::dlsym(library, name));
    return function != nullptr;
}

// The loaded functions; nullptr when the library cannot be loaded. Loaded once per process.
const MhdApi *loadMhd()
{
    static const std::optional<MhdApi> api = []() -> std::optional<MhdApi> {
        void *library = ::dlopen(kMhdLibrary, RTLD_NOW | RTLD_LOCAL);
        if (library == nullptr) {
            qCWarning(lcSandbox) << "cannot load" << kMhdLibrary << ::dlerror();
            return std::nullopt;
        }
        MhdApi a;
        bool ok = true;
#define VERIFYDESK_MHD_RESOLVE(name) ok = ok && resolve(library, "MHD_" #name, a.name);
        VERIFYDESK_MHD_FUNCTIONS(VERIFYDESK_MHD_RESOLVE)
#undef VERIFYDESK_MHD_RESOLVE
        if (!ok) {
            qCWarning(lcSandbox) << kMhdLibrary << "lacks a function the sandbox needs";
            return std::nullopt;
        }
        return a; // the library stays loaded for the life of the process
    }();
    return api ? &*api : nullptr;
}

#undef VERIFYDESK_MHD_FUNCTIONS

// Only called once a daemon runs, so after loadMhd() succeeded.
const MhdApi &api()
{
    return *loadMhd();
}

HttpResponse plainError(int status, const QByteArray &text)
{
    HttpResponse response;
    response.status = status;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")}};
    response.body = text + '\n';
    return response;
}

// Queues `response` on `connection`; with `close`, the connection ends after it (nothing more is
// read from it, so a rejected body's left-over bytes are never taken for a request).
MHD_Result queue(MHD_Connection *connection, const HttpResponse &response, bool close = false)
{
    MHD_Response *reply = api().create_response_from_buffer(
        size_t(response.body.size()), const_cast<char *>(response.body.constData()),
        MHD_RESPMEM_MUST_COPY);
    if (reply == nullptr)
        return MHD_NO;
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue; // the library writes the body's own length
        // The library refuses names and values with line breaks; such a header is left out.
        api().add_response_header(reply, name.constData(), value.constData());
    }
    if (close)
        api().add_response_header(reply, MHD_HTTP_HEADER_CONNECTION, "close");
    const MHD_Result queued = api().queue_response(connection, unsigned(response.status), reply);
    api().destroy_response(reply);
    return queued;
}

MHD_Result collectHeader(void *headers, MHD_ValueKind, const char *name, const char *value)
{
    static_cast<HeaderList *>(headers)->append(
        {QByteArray(name), value != nullptr ? QByteArray(value) : QByteArray()});
    return MHD_YES;
}

// How many header fields named `name` the request has, and the first one's value.
std::pair<int, QByteArray> headerField(const HeaderList &headers, const QByteArray &name)
{
    int count = 0;
    QByteArray first;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0 && count++ == 0)
            first = value;
    }
    return {count, first};
}

bool isDecimal(const QByteArray &text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The answer to a request whose framing could be read more than one way (RFC 9112 §6.3);
// nothing when the body can be read.
std::optional<HttpResponse> checkFraming(const HeaderList &headers)
{
    const auto [codings, coding] = headerField(headers, QByteArrayLiteral("Transfer-Encoding"));
    const auto [lengths, length] = headerField(headers, QByteArrayLiteral("Content-Length"));
    if (codings > 0) {
        if (codings > 1 || lengths > 0 || coding.trimmed().compare("chunked", Qt::CaseInsensitive))
            return plainError(400,
                              QByteArrayLiteral("Ambiguous or unsupported Transfer-Encoding."));
        return std::nullopt; // the chunked body is counted as it arrives
    }
    if (lengths == 0)
        return std::nullopt;
    const QByteArray digits = length.trimmed();
    if (lengths > 1 || !isDecimal(digits) || digits.size() > 18)
        return plainError(400, QByteArrayLiteral("Invalid Content-Length."));
    return std::nullopt;
}

// A header name is a token (RFC 9110 §5.1): no spaces, no separators.
bool isToken(const QByteArray &name)
{
    static constexpr std::string_view kSeparators = "\"(),/:;<=>?@[\\]{}";
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return c > ' ' && c < 127 && kSeparators.find(c) == std::string_view::npos;
    });
}

// The answer to a request the server must refuse before its body: header names that are not
// tokens, HTTP/1.1 without exactly one Host (RFC 9112 §3.2; checked here because libmicrohttpd
// 0.9.75's own 400 for it repeats its head), ambiguous framing. Nothing for a sound request.
std::optional<HttpResponse> checkRequest(const char *version, const HeaderList &headers)
{
    for (const auto &header : headers) {
        if (!isToken(header.first))
            return plainError(400, QByteArrayLiteral("Invalid header name."));
    }
    if (std::strcmp(version, MHD_HTTP_VERSION_1_1) == 0
        && headerField(headers, QByteArrayLiteral("Host")).first != 1)
        return plainError(400, QByteArrayLiteral("HTTP/1.1 needs exactly one Host header."));
    return checkFraming(headers);
}

int socketOf(MHD_Connection *connection)
{
    const MHD_ConnectionInfo *info =
        api().get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
    return info != nullptr ? info->connect_fd : -1;
}

// Whether the request declares a body over the limit (its framing already checked).
bool declaresTooLarge(const HeaderList &headers)
{
    const QByteArray length = headerField(headers, QByteArrayLiteral("Content-Length")).second;
    return !length.isEmpty() && length.trimmed().toLongLong() > kMaxBody;
}

// Writes `response` on the connection's socket itself, then the connection is to close (plain
// HTTP only: nothing else is in flight on it while a body is being read).
void writeAndClose(MHD_Connection *connection, const HttpResponse &response)
{
    const char *reason = api().get_reason_phrase_for(unsigned(response.status));
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + QByteArray(reason != nullptr ? reason : "") + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0 && !name.contains('\n')
            && !value.contains('\n') && !name.contains('\r') && !value.contains('\r'))
            answer += name + ": " + value + "\r\n";
    }
    answer +=
        "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
    const int fd = socketOf(connection);
    if (fd >= 0)
        ::send(fd, answer.constData(), size_t(answer.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
}

// Closes a connection whose request was refused before its body was read, the way servers do
// (nginx's lingering close): the answer sent, the write side is shut, and what the client still
// sends is read and dropped for a while. Closing at once with unread bytes would reset the
// connection, and a client busy sending its body would lose the answer.
class LingeringClose : public QObject
{
public:
    LingeringClose(int fd, QObject *parent)
        : QObject(parent)
        , m_fd(fd)
        , m_notifier(fd, QSocketNotifier::Read)
    {
        ::shutdown(m_fd, SHUT_WR);
        connect(&m_notifier, &QSocketNotifier::activated, this, &LingeringClose::drain);
        QTimer::singleShot(kLingerMs, this, &QObject::deleteLater);
    }
    ~LingeringClose() override
    {
        m_notifier.setEnabled(false);
        ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(LingeringClose)

private:
    void drain()
    {
        char sink[16384];
        ssize_t n = 0;
        for (int i = 0; i < 64 && (n = ::recv(m_fd, sink, sizeof sink, MSG_DONTWAIT)) > 0; ++i) { }
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
            m_notifier.setEnabled(false);
            deleteLater(); // the client is done
        }
    }

    int m_fd;
    QSocketNotifier m_notifier;
};

} // namespace

// One TCP connection and the request it is on.
struct HttpListener::Connection
{
    explicit Connection(MHD_Connection *connection)
        : mhd(connection)
    { }

    MHD_Connection *mhd = nullptr;
    HttpRequest request;
    bool headersSeen = false;
    bool answered = false; // a response is queued before the end of the request
    bool linger = false; // refused with its body unread: close it gently
    std::optional<HttpResponse> delayed; // held back by a fault's delay, the connection suspended

    void startRequest(const char *target)
    {
        const QUrl url = QUrl::fromEncoded(QByteArray(target));
        request = HttpRequest();
        request.path = url.path();
        request.query = url.query(QUrl::FullyEncoded).toUtf8();
        headersSeen = false;
        answered = false;
        delayed.reset();
    }
};

struct HttpListener::Daemon
{
    MHD_Daemon *mhd = nullptr;
    std::unique_ptr<QSocketNotifier> notifier;
    std::unique_ptr<QTimer> timer;
    QSet<Connection *> suspended;

    ~Daemon()
    {
        notifier.reset();
        timer.reset();
        if (mhd != nullptr)
            api().stop_daemon(mhd); // closes the listening socket too
    }
};

// The C callbacks of libmicrohttpd, with the listener as their closure.
struct HttpListener::Callbacks
{
    static Connection *connectionOf(MHD_Connection *mhd)
    {
        const MHD_ConnectionInfo *info =
            api().get_connection_info(mhd, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
        return info != nullptr ? static_cast<Connection *>(info->socket_context) : nullptr;
    }

    static void notifyConnection(void *cls, MHD_Connection *mhd, void **context,
                                 MHD_ConnectionNotificationCode code)
    {
        if (code == MHD_CONNECTION_NOTIFY_STARTED) {
            *context = new Connection {mhd};
            return;
        }
        auto *connection = static_cast<Connection *>(*context);
        *context = nullptr;
        // The library closes its descriptor next; a duplicate keeps the socket for the linger.
        const int fd = connection != nullptr && connection->linger ? socketOf(mhd) : -1;
        const int lingering = fd >= 0 ? ::fcntl(fd, F_DUPFD_CLOEXEC, 0) : -1;
        if (lingering >= 0)
            new LingeringClose(lingering, static_cast<HttpListener *>(cls));
        delete connection;
    }

    // Called once per request with its raw target, before the headers are read.
    static void *requestStarted(void *, const char *target, MHD_Connection *mhd)
    {
        Connection *connection = connectionOf(mhd);
        if (connection != nullptr)
            connection->startRequest(target);
        return connection;
    }

    static MHD_Result access(void *cls, MHD_Connection *mhd, const char *, const char *method,
                             const char *version, const char *upload, size_t *uploadSize,
                             void **context)
    {
        auto *self = static_cast<HttpListener *>(cls);
        auto *connection = static_cast<Connection *>(*context);
        if (connection == nullptr)
            return MHD_NO;
        if (connection->answered) {
            *uploadSize = 0; // a rejected body is not kept
            return MHD_YES;
        }
        if (!connection->headersSeen)
            return headersComplete(self, connection, method, version);
        if (*uploadSize > 0)
            return bodyPart(self, connection, upload, uploadSize);
        if (connection->delayed) {
            const HttpResponse response = std::move(*connection->delayed);
            connection->delayed.reset();
            return response.closeConnection ? MHD_NO : queue(mhd, response);
        }
        HttpResponse response = self->m_handler(connection->request);
        if (response.delayMs > 0) {
            const int delayMs = response.delayMs;
            connection->delayed = std::move(response);
            api().suspend_connection(mhd);
            self->resumeLater(connection, delayMs);
            return MHD_YES;
        }
        // A dropped connection is the fault plan's: no answer at all.
        return response.closeConnection ? MHD_NO : queue(mhd, response);
    }

    static MHD_Result headersComplete(HttpListener *self, Connection *connection,
                                      const char *method, const char *version)
    {
        connection->headersSeen = true;
        HttpRequest &request = connection->request;
        // HEAD is GET without the body, which the library leaves out.
        request.method = std::strcmp(method, MHD_HTTP_METHOD_HEAD) == 0 ? QByteArrayLiteral("GET")
                                                                        : QByteArray(method);
        api().get_connection_values(connection->mhd, MHD_HEADER_KIND, collectHeader,
                                    &request.headers);
        if (const auto rejection = checkRequest(version, request.headers)) {
            connection->answered = true;
            connection->linger = true;
            return queue(connection->mhd, *rejection, true);
        }
        if (declaresTooLarge(request.headers)) { // answered at once, the body never read
            connection->answered = true;
            connection->linger = true;
            return queue(connection->mhd, self->answerTooLarge(request), true);
        }
        return MHD_YES;
    }

    static MHD_Result bodyPart(HttpListener *self, Connection *connection, const char *upload,
                               size_t *uploadSize)
    {
        QByteArray &body = connection->request.body;
        if (body.size() + qsizetype(*uploadSize) > kMaxBodyBytes) {
            // A chunked body past the limit: answered now, the rest never kept.
            *uploadSize = 0;
            connection->answered = true;
            body.clear();
            const HttpResponse answer = self->answerTooLarge(connection->request);
            // libmicrohttpd 0.9.75 cannot queue an answer while a body is being read: on plain
            // HTTP the 413 is written on the socket directly (nothing else is in flight on it),
            // then the connection is closed; over TLS it is closed without an answer.
            if (!self->m_tls)
                writeAndClose(connection->mhd, answer);
            connection->linger = true;
            return MHD_NO;
        }
        body.append(upload, qsizetype(*uploadSize));
        *uploadSize = 0;
        return MHD_YES;
    }

    static void log(void *, const char *format, va_list arguments)
    {
        char text[512];
        std::vsnprintf(text, sizeof text, format, arguments);
        qCDebug(lcSandbox) << "http:" << QByteArray(text).trimmed().constData();
    }
};

HttpListener::HttpListener(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{ }

HttpListener::~HttpListener()
{
    if (m_daemon) {
        // The library cannot stop with suspended connections: they end without their answer.
        for (Connection *connection : std::as_const(m_daemon->suspended)) {
            connection->delayed->closeConnection = true;
            api().resume_connection(connection->mhd);
        }
        m_daemon->suspended.clear();
        api().run(m_daemon->mhd);
        m_daemon.reset();
    } else if (m_listenFd >= 0) {
        ::close(m_listenFd);
    }
}

void HttpListener::setTls(const QByteArray &certificateChainPem, const QByteArray &privateKeyPem)
{
    m_tls = !certificateChainPem.isEmpty();
    m_certificatePem = certificateChainPem;
    m_keyPem = privateKeyPem;
}

bool HttpListener::bind(quint16 port)
{
    if (m_listenFd >= 0)
        return false;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        qCWarning(lcSandbox) << "cannot make a socket:" << std::strerror(errno);
        return false;
    }
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), length) != 0
        || ::listen(fd, kBacklog) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        qCWarning(lcSandbox) << "cannot listen on 127.0.0.1 port" << port << std::strerror(errno);
        ::close(fd);
        return false;
    }
    m_listenFd = fd;
    m_port = ntohs(address.sin_port);
    return true;
}

unsigned HttpListener::connectionLimit() const
{
    // Below the descriptor limit, so that the library stops accepting (connections wait in the
    // backlog) rather than failing accept() over and over.
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return kMaxConnections;
    const rlim_t usable = limit.rlim_cur > 2 * kReservedDescriptors
        ? limit.rlim_cur - kReservedDescriptors
        : limit.rlim_cur / 2;
    return unsigned(std::clamp<rlim_t>(usable, kMinConnections, kMaxConnections));
}

bool HttpListener::start()
{
    if (m_listenFd < 0 || m_daemon || loadMhd() == nullptr)
        return false;
    unsigned flags = MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    const bool tls = m_tls;
    if (tls)
        flags |= MHD_USE_TLS;
    // The options every daemon gets; the TLS ones are appended before the end marker.
    std::vector<MHD_OptionItem> options {
        {MHD_OPTION_EXTERNAL_LOGGER, intptr_t(&Callbacks::log), nullptr}, // first, or unused
        {MHD_OPTION_LISTEN_SOCKET, m_listenFd, nullptr},
        {MHD_OPTION_CONNECTION_TIMEOUT, kIdleTimeoutSeconds, nullptr},
        {MHD_OPTION_CONNECTION_LIMIT, connectionLimit(), nullptr},
        // Request line and headers share this per connection: beyond it, 414 or 431.
        {MHD_OPTION_CONNECTION_MEMORY_LIMIT, 32 * 1024, nullptr},
        {MHD_OPTION_NOTIFY_CONNECTION, intptr_t(&Callbacks::notifyConnection), this},
        {MHD_OPTION_URI_LOG_CALLBACK, intptr_t(&Callbacks::requestStarted), nullptr},
    };
    if (tls) {
        options.push_back({MHD_OPTION_HTTPS_MEM_CERT, 0, m_certificatePem.data()});
        options.push_back({MHD_OPTION_HTTPS_MEM_KEY, 0, m_keyPem.data()});
    }
    options.push_back({MHD_OPTION_END, 0, nullptr});

    MHD_Daemon *mhd = api().start_daemon(flags, 0, nullptr, nullptr, &Callbacks::access, this,
                                         MHD_OPTION_ARRAY, options.data(), MHD_OPTION_END);
    if (mhd == nullptr) {
        qCWarning(lcSandbox) << "cannot start the HTTP server" << (tls ? "(TLS)" : "");
        return false;
    }
    m_daemon = std::make_unique<Daemon>();
    m_daemon->mhd = mhd;
    const MHD_DaemonInfo *info = api().get_daemon_info(mhd, MHD_DAEMON_INFO_EPOLL_FD);
    m_daemon->notifier = std::make_unique<QSocketNotifier>(info->epoll_fd, QSocketNotifier::Read);
    connect(m_daemon->notifier.get(), &QSocketNotifier::activated, this, &HttpListener::run);
    m_daemon->timer = std::make_unique<QTimer>();
    m_daemon->timer->setSingleShot(true);
    connect(m_daemon->timer.get(), &QTimer::timeout, this, &HttpListener::run);
    run(); // takes what waited in the backlog
    return true;
}

void HttpListener::run()
{
    const auto connections = [this] {
        const MHD_DaemonInfo *info =
            api().get_daemon_info(m_daemon->mhd, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
        return info ? info->num_connections : 0U;
    };
    const unsigned before = connections();
    api().run(m_daemon->mhd);
    // At the connection limit libmicrohttpd takes its listening socket out of its epoll set, and
    // puts it back only at the start of a run: when this run closed connections, run again at
    // once, so that those waiting in the backlog are accepted now and not at the next timeout.
    if (connections() < before)
        api().run(m_daemon->mhd);
    scheduleRun();
}

void HttpListener::scheduleRun()
{
    MHD_UNSIGNED_LONG_LONG ms = 0;
    if (api().get_timeout(m_daemon->mhd, &ms) == MHD_YES)
        m_daemon->timer->start(int(std::min<MHD_UNSIGNED_LONG_LONG>(ms, 60'000)));
    else
        m_daemon->timer->stop();
}

HttpResponse HttpListener::answerTooLarge(HttpRequest request) const
{
    // The handler answers as if the whole body had come (a SandboxService checks the route and
    // the method first, then the size), without it being read or kept.
    request.body = QByteArray(kMaxBodyBytes + 1, ' ');
    return m_handler(request);
}

void HttpListener::resumeLater(Connection *connection, int delayMs)
{
    m_daemon->suspended.insert(connection);
    // A suspended connection is neither read nor timed out; it lives until resumed.
    // Precise: a coarse timer may fire 5 % early, and a fault's delay is a minimum.
    QTimer::singleShot(delayMs, Qt::PreciseTimer, this, [this, connection] {
        if (!m_daemon || !m_daemon->suspended.remove(connection))
            return;
        api().resume_connection(connection->mhd);
        run();
    });
}

} // namespace sandbox
