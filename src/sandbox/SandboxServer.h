#pragma once

#include "Simulator.h"

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>
#include <optional>

class QTimer;

namespace sandbox {

class Clock;
class HttpListener;
class SandboxService;

struct SandboxOptions
{
    SimulatorConfig simulator;
    double timeScale = 1.0; // virtual seconds per real second
    quint32 seed = 0; // 0 = random
};

// Serves the Simulator over HTTP on 127.0.0.1 (HttpListener, on the thread that owns this object),
// moves its virtual time along with the wall clock, and reports each message as it is delivered.
class SandboxServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    enum class Serving {
        Now,
        // The port is taken and baseUrl() known, but connections wait in the system's backlog
        // until serve(): the HTTP server (and its TLS set-up) is started then, so that an app
        // can paint its window first.
        Later,
    };

    // Serves HTTPS with this certificate and key instead of HTTP; call before listen().
    void setTls(const QSslConfiguration &tls);

    // Listens on loopback only; port 0 picks a free port. Returns false when it cannot listen.
    bool listen(quint16 port = 0, Serving serving = Serving::Now);
    // Starts answering after listen(port, Serving::Later); nothing otherwise.
    void serve();
    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT, or https:// after setTls()
    QUrl baseUrl() const;

    Simulator &simulator() { return *m_simulator; }

    // Search answers 101 for a minute after a verification completes, as the vendor's does (on
    // by default); true answers at once, for demos (verify-sandbox --instant-search).
    void setInstantSearch(bool instant) { m_simulator->setInstantSearch(instant); }
    bool instantSearch() const { return m_simulator->instantSearch(); }
    SandboxService &service() { return *m_service; }

    // Moves the virtual clock on by `seconds` and fires what falls due; returns how many events
    // fired. The same as POST /_sandbox/clock/advance, for the app's own controls.
    int advanceClock(qint64 seconds);
    // Seconds until the next scheduled event of any running verification; -1 when none.
    qint64 secondsToNextEvent() const;

Q_SIGNALS:
    void messageDelivered(const QString &requestId, const QString &number, const QString &channel,
                          const QString &text, const QString &code, const QString &sender);

private:
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<SandboxService> m_service;
    // After the service, so that it goes first: its handler calls the service.
    std::unique_ptr<HttpListener> m_http; // made by listen()
    bool m_serving = false;
    QTimer *m_ticker;
    std::optional<QSslConfiguration> m_tls;
    quint16 m_port = 0;
};

} // namespace sandbox
