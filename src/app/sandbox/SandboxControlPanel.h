#pragma once

#include "api/ApiCall.h"

#include <QDateTime>
#include <QWidget>

#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class SandboxControlPanel;
}

namespace sandbox {
class SandboxServer;
struct Fault;
} // namespace sandbox

// The built-in Sandbox's controls for demos and exploration: its clock (skip any number of
// seconds, to the next event, reset) and faults armed for the next calls of an endpoint, as
// one-click presets ("Gateway down", "Throttled" …) or from a custom form; it lists the faults
// armed and each one as it fires.
class SandboxControlPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxControlPanel)

public:
    // The call a fault is aimed at, in either of the sandbox's flavours; none: any call.
    using Endpoint = ApiCall;
    // What the custom form arms.
    enum class Kind {
        Http500,
        Http502,
        Http503,
        TooManyRequests, // 429 with Retry-After
        TokenExpired, // every token expires: 401, then the desk renews its token
        HtmlPage, // an HTML error page instead of JSON
        Truncated, // the JSON cut in half
        Malformed, // JSON that does not parse
        Slow, // the answer after N seconds
        Dropped, // the connection closed without an answer
        VerifyStatus, // HTTP 200 with a Verify status (1 Throttled, 9 Out of credit …)
    };
    Q_ENUM(Kind)
    enum class Preset { GatewayDown, SlowNetwork, Throttled, OutOfCredit, TokenExpired };
    Q_ENUM(Preset)

    explicit SandboxControlPanel(QWidget *parent = nullptr);
    ~SandboxControlPanel() override;

    // The in-process sandbox the panel controls; not owned. Null disables the panel.
    void setSandbox(sandbox::SandboxServer *server);

    // Arms a preset's faults (what its button does).
    void armPreset(Preset preset);
    // Arms `kind` for the next `count` calls of `endpoint`; `value` is the seconds of Slow and
    // of TooManyRequests' Retry-After, or the Verify status of VerifyStatus.
    void arm(std::optional<Endpoint> endpoint, Kind kind, int count, int value = 0);
    // Forgets every armed fault.
    void disarmAll();

    // What the lists show, for tests and screen readers: one line per fault.
    QStringList armedFaults() const;
    QStringList firedFaults() const; // newest first

    // The fault in words, e.g. "Check: HTTP 503 with an HTML page, 2 more calls".
    static QString describe(const sandbox::Fault &fault);
    static QString endpointName(std::optional<Endpoint> endpoint);

Q_SIGNALS:
    // The sandbox's clock was moved on by `seconds` from this panel.
    void clockAdvanced(qint64 seconds);
    // The sandbox was reset: every verification it knew is gone.
    void sandboxReset();
    // A fault armed here answered a call (already listed under "Fired").
    void faultFired(const QString &description);

private:
    void armFaults(const QList<sandbox::Fault> &faults);
    void skip();
    void skipToNextEvent();
    // Moves the sandbox's clock on and says so.
    void advance(qint64 seconds);
    void reset();
    void onFaultFired(const sandbox::Fault &fault, const QString &path);
    void updateArmed();
    void updateClock();
    void updateCustomForm();
    sandbox::Fault customFault() const;

    const std::unique_ptr<Ui::SandboxControlPanel> m_ui;
    sandbox::SandboxServer *m_sandbox = nullptr;
    QTimer *m_clockTimer;
};
