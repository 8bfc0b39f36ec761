#include "SandboxControlPanel.h"

#include "Clock.h"
#include "Dialogs.h"
#include "FaultPlan.h"
#include "FormRows.h"
#include "Icons.h"
#include "SandboxServer.h"
#include "SandboxService.h"
#include "TimeText.h"
#include "api/VerifyStatus.h"
#include "ui_SandboxControlPanel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

using Endpoint = SandboxControlPanel::Endpoint;
// The endpoint list's data for "Any call"; a call's is int(ApiCall).
constexpr int kAnyEndpoint = -1;
using Kind = SandboxControlPanel::Kind;
using Preset = SandboxControlPanel::Preset;

// Each kind of fault: the HTTP status (0: the API's) and the body ("": the API's) it answers with,
// whether the call reaches the API first (what never reached it sends no SMS; a damaged or late
// answer came after it did), and its name in the list.
struct KindEntry
{
    Kind value;
    int httpStatus;
    const char *body;
    bool processed;
    const char *name;
};

constexpr KindEntry kKinds[] = {
    {Kind::Http500, 500, "", false,
     QT_TRANSLATE_NOOP("SandboxControlPanel", "HTTP 500 Internal Server Error")},
    {Kind::Http502, 502, "html", false,
     QT_TRANSLATE_NOOP("SandboxControlPanel", "HTTP 502 Bad Gateway")},
    {Kind::Http503, 503, "html", false,
     QT_TRANSLATE_NOOP("SandboxControlPanel", "HTTP 503 Service Unavailable")},
    {Kind::TooManyRequests, 429, "", false,
     QT_TRANSLATE_NOOP("SandboxControlPanel", "HTTP 429 Too Many Requests, with Retry-After")},
    {Kind::TokenExpired, 0, "", true,
     QT_TRANSLATE_NOOP("SandboxControlPanel", "Token expired (401)")},
    {Kind::HtmlPage, 500, "html", false,
     QT_TRANSLATE_NOOP("SandboxControlPanel", "HTML error page")},
    {Kind::Truncated, 0, "truncated", true,
     QT_TRANSLATE_NOOP("SandboxControlPanel", "Truncated JSON")},
    {Kind::Malformed, 0, "malformed", true,
     QT_TRANSLATE_NOOP("SandboxControlPanel", "Malformed JSON")},
    {Kind::Slow, 0, "", true, QT_TRANSLATE_NOOP("SandboxControlPanel", "Slow answer")},
    {Kind::Dropped, 0, "", false, QT_TRANSLATE_NOOP("SandboxControlPanel", "Dropped connection")},
    {Kind::VerifyStatus, 0, "", false, QT_TRANSLATE_NOOP("SandboxControlPanel", "Verify status")},
};

// The Verify statuses worth showing a prospect; the custom form lists them first.
constexpr VerifyStatus::Code kDemoStatuses[] = {
    VerifyStatus::Code::Throttled,
    VerifyStatus::Code::InternalError,
    VerifyStatus::Code::Unprocessable,
    VerifyStatus::Code::NumberBlacklisted,
    VerifyStatus::Code::PartnerQuotaExceeded,
    VerifyStatus::Code::UnsupportedNetwork,
    VerifyStatus::Code::NonPermittedDestination,
    VerifyStatus::Code::InvalidCredentials,
    VerifyStatus::Code::AccountBarred,
};

constexpr int kGatewayDownCalls = 3;
constexpr int kSlowNetworkCalls = 3;
constexpr int kSlowNetworkSeconds = 8;
// The desk retries a Throttled answer three times (after 1, 2 and 4 s): four refusals make it
// give up and say so.
constexpr int kThrottledCalls = 4;
constexpr int kRetryAfterSeconds = 5;

sandbox::Fault faultFor(std::optional<Endpoint> endpoint, Kind kind, int count, int value)
{
    sandbox::Fault fault;
    // The sandbox names the calls by their keys, the same in both flavours; "": any call.
    fault.endpoint = endpoint ? apiCallKey(*endpoint) : QString();
    fault.count = std::max(1, count);
    for (const KindEntry &entry : kKinds) {
        if (entry.value == kind) {
            fault.httpStatus = entry.httpStatus;
            fault.body = QString::fromLatin1(entry.body);
            fault.processed = entry.processed;
        }
    }
    fault.expireTokens = kind == Kind::TokenExpired;
    fault.close = kind == Kind::Dropped;
    // The value the form asks for with the kind.
    if (kind == Kind::TooManyRequests)
        fault.retryAfter = std::max(0, value);
    else if (kind == Kind::Slow)
        fault.delayMs = std::max(1, value) * 1000;
    else if (kind == Kind::VerifyStatus)
        fault.verifyStatus = QString::number(value);
    return fault;
}

QList<sandbox::Fault> presetFaults(Preset preset)
{
    switch (preset) {
    case Preset::GatewayDown:
        return {faultFor(std::nullopt, Kind::Http503, kGatewayDownCalls, 0)};
    case Preset::SlowNetwork:
        return {faultFor(std::nullopt, Kind::Slow, kSlowNetworkCalls, kSlowNetworkSeconds)};
    case Preset::Throttled:
        return {faultFor(Endpoint::Request, Kind::VerifyStatus, kThrottledCalls,
                         int(VerifyStatus::Code::Throttled))};
    case Preset::OutOfCredit:
        return {faultFor(Endpoint::Request, Kind::VerifyStatus, 1,
                         int(VerifyStatus::Code::PartnerQuotaExceeded))};
    case Preset::TokenExpired:
        return {faultFor(std::nullopt, Kind::TokenExpired, 1, 0)};
    }
    return {};
}

} // namespace

SandboxControlPanel::SandboxControlPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SandboxControlPanel>())
    , m_clockTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    Icons::applyNamed(this);

    const struct
    {
        QPushButton *button;
        Preset preset;
    } presets[] = {
        {m_ui->gatewayDownButton, Preset::GatewayDown},
        {m_ui->slowNetworkButton, Preset::SlowNetwork},
        {m_ui->throttledButton, Preset::Throttled},
        {m_ui->outOfCreditButton, Preset::OutOfCredit},
        {m_ui->tokenExpiredButton, Preset::TokenExpired},
    };
    for (const auto &[button, preset] : presets) {
        const Preset p = preset;
        connect(button, &QPushButton::clicked, this, [this, p] { armPreset(p); });
    }

    m_ui->endpointCombo->addItem(endpointName(std::nullopt), kAnyEndpoint);
    for (const Endpoint endpoint : kApiCalls)
        m_ui->endpointCombo->addItem(endpointName(endpoint), int(endpoint));
    for (const KindEntry &kind : kKinds)
        m_ui->kindCombo->addItem(tr(kind.name), int(kind.value));
    for (const VerifyStatus::Code code : kDemoStatuses) {
        const VerifyStatus status(code);
        m_ui->statusCombo->addItem(tr("%1 %2").arg(status.rawCode(), status.title()), int(code));
    }
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this,
            &SandboxControlPanel::updateCustomForm);
    connect(m_ui->armButton, &QPushButton::clicked, this, [this] {
        const sandbox::Fault fault = customFault();
        armFaults({fault});
    });
    const auto countSuffix = [this](int calls) {
        m_ui->countSpin->setSuffix(tr(" call(s)", "after a number of calls", calls));
    };
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, countSuffix);
    countSuffix(m_ui->countSpin->value());
    connect(m_ui->disarmButton, &QPushButton::clicked, this, &SandboxControlPanel::disarmAll);
    connect(m_ui->skipButton, &QPushButton::clicked, this, &SandboxControlPanel::skip);
    connect(m_ui->nextEventButton, &QPushButton::clicked, this,
            &SandboxControlPanel::skipToNextEvent);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &SandboxControlPanel::reset);

    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &SandboxControlPanel::updateClock);
    m_clockTimer->start();

    updateCustomForm();
    setSandbox(nullptr);
}

SandboxControlPanel::~SandboxControlPanel()
{
    if (m_sandbox)
        m_sandbox->service().setFaultObserver({});
}

void SandboxControlPanel::setSandbox(sandbox::SandboxServer *server)
{
    if (m_sandbox)
        m_sandbox->service().setFaultObserver({});
    m_sandbox = server;
    if (m_sandbox) {
        // The observer runs inside the sandbox's answer; the lists change after it.
        QPointer<SandboxControlPanel> self(this);
        m_sandbox->service().setFaultObserver(
            [self](const sandbox::Fault &fault, const QString &path) {
                if (!self)
                    return;
                QMetaObject::invokeMethod(
                    self,
                    [self, fault, path] {
                        if (self)
                            self->onFaultFired(fault, path);
                    },
                    Qt::QueuedConnection);
            });
    }
    setEnabled(m_sandbox != nullptr);
    updateArmed();
    updateClock();
}

QString SandboxControlPanel::endpointName(std::optional<Endpoint> endpoint)
{
    return endpoint ? apiCallName(*endpoint) : tr("Any call");
}

QString SandboxControlPanel::describe(const sandbox::Fault &fault)
{
    QString what;
    if (fault.close)
        what = tr("connection dropped");
    else if (!fault.verifyStatus.isEmpty())
        what = tr("Verify status %1 (%2)")
                   .arg(fault.verifyStatus, VerifyStatus::fromString(fault.verifyStatus).title());
    else if (fault.httpStatus != 0 && fault.body == u"html")
        what = tr("HTTP %1 with an HTML page").arg(fault.httpStatus);
    else if (fault.httpStatus != 0 && fault.retryAfter >= 0)
        what = tr("HTTP %1, Retry-After %2 s").arg(fault.httpStatus).arg(fault.retryAfter);
    else if (fault.httpStatus != 0)
        what = tr("HTTP %1").arg(fault.httpStatus);
    else if (fault.expireTokens)
        what = tr("token expired");
    else if (fault.body == u"truncated")
        what = tr("JSON cut in half");
    else if (fault.body == u"malformed")
        what = tr("malformed JSON");
    else if (fault.delayMs > 0)
        what = tr("answer after %1 s").arg(fault.delayMs / 1000);
    else
        what = tr("changed answer");

    return tr("%1: %2").arg(endpointName(apiCallFromKey(fault.endpoint)), what);
}

void SandboxControlPanel::armPreset(Preset preset)
{
    armFaults(presetFaults(preset));
}

void SandboxControlPanel::arm(std::optional<Endpoint> endpoint, Kind kind, int count, int value)
{
    armFaults({faultFor(endpoint, kind, count, value)});
}

void SandboxControlPanel::armFaults(const QList<sandbox::Fault> &faults)
{
    if (!m_sandbox)
        return;
    for (const sandbox::Fault &fault : faults) {
        QString error;
        if (!m_sandbox->service().faults().add(QJsonDocument(fault.toJson()).toJson(), &error))
            qWarning("sandbox fault refused: %s", qUtf8Printable(error));
    }
    updateArmed();
}

void SandboxControlPanel::disarmAll()
{
    if (m_sandbox)
        m_sandbox->service().faults().clear();
    updateArmed();
}

QStringList SandboxControlPanel::armedFaults() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->armedList->count(); ++i)
        lines << m_ui->armedList->item(i)->text();
    return lines;
}

QStringList SandboxControlPanel::firedFaults() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->firedList->count(); ++i)
        lines << m_ui->firedList->item(i)->text();
    return lines;
}

void SandboxControlPanel::onFaultFired(const sandbox::Fault &fault, const QString &path)
{
    Q_UNUSED(path)
    sandbox::Fault once = fault;
    once.count = 1;
    const QString line =
        tr("%1  %2").arg(TimeText::timeOfDay(QDateTime::currentDateTime()), describe(once));
    m_ui->firedList->insertItem(0, line);
    updateArmed();
    Q_EMIT faultFired(describe(once));
}

void SandboxControlPanel::updateArmed()
{
    m_ui->armedList->clear();
    if (m_sandbox) {
        QString error;
        const QJsonArray armed = m_sandbox->service().faults().toJson();
        for (const QJsonValue value : armed) {
            const auto fault = sandbox::Fault::fromJson(value.toObject(), &error);
            if (!fault)
                continue;
            m_ui->armedList->addItem(
                tr("%1 (%n more call(s))", nullptr, fault->count).arg(describe(*fault)));
        }
    }
    const bool any = m_ui->armedList->count() > 0;
    m_ui->armedEmpty->setVisible(!any);
    m_ui->armedList->setVisible(any);
    m_ui->disarmButton->setEnabled(any);
}

void SandboxControlPanel::updateClock()
{
    if (!m_sandbox) {
        m_ui->clockLabel->clear();
        return;
    }
    const qint64 nowMs = m_sandbox->simulator().clock().nowMs();
    const qint64 aheadSeconds = (nowMs - QDateTime::currentMSecsSinceEpoch() + 500) / 1000;
    const QString time = TimeText::timeOfDay(nowMs);
    QString label = tr("Sandbox time %1").arg(time);
    if (aheadSeconds >= 3600)
        label = tr("Sandbox time %1, %2 h %3 min ahead")
                    .arg(time)
                    .arg(aheadSeconds / 3600)
                    .arg((aheadSeconds % 3600) / 60);
    else if (aheadSeconds >= 60)
        label = tr("Sandbox time %1, %2 min %3 s ahead")
                    .arg(time)
                    .arg(aheadSeconds / 60)
                    .arg(aheadSeconds % 60);
    else if (aheadSeconds > 0)
        label = tr("Sandbox time %1, %2 s ahead").arg(time).arg(aheadSeconds);
    m_ui->clockLabel->setText(label);
    m_ui->nextEventButton->setEnabled(m_sandbox->secondsToNextEvent() >= 0);
}

void SandboxControlPanel::updateCustomForm()
{
    const auto kind = Kind(m_ui->kindCombo->currentData().toInt());
    const bool seconds = kind == Kind::Slow || kind == Kind::TooManyRequests;
    // Rows taken out of the form, not hidden in it (FormRows: Qt 6.4's QFormLayout).
    FormRows::setRowShown(m_ui->customLayout, m_ui->secondsSpin, seconds);
    FormRows::setRowShown(m_ui->customLayout, m_ui->statusCombo, kind == Kind::VerifyStatus);
}

sandbox::Fault SandboxControlPanel::customFault() const
{
    const int endpointData = m_ui->endpointCombo->currentData().toInt();
    const std::optional<Endpoint> endpoint =
        endpointData == kAnyEndpoint ? std::nullopt : std::optional(Endpoint(endpointData));
    const auto kind = Kind(m_ui->kindCombo->currentData().toInt());
    const int value = kind == Kind::VerifyStatus ? m_ui->statusCombo->currentData().toInt()
                                                 : m_ui->secondsSpin->value();
    return faultFor(endpoint, kind, m_ui->countSpin->value(), value);
}

void SandboxControlPanel::skip()
{
    advance(m_ui->skipSpin->value());
}

void SandboxControlPanel::skipToNextEvent()
{
    if (!m_sandbox)
        return;
    const qint64 seconds = m_sandbox->secondsToNextEvent();
    // At least one second, so that an event due right now fires too.
    if (seconds >= 0)
        advance(std::max<qint64>(1, seconds));
    else
        updateClock();
}

void SandboxControlPanel::advance(qint64 seconds)
{
    if (!m_sandbox)
        return;
    m_sandbox->advanceClock(seconds);
    Q_EMIT clockAdvanced(seconds);
    updateClock();
}

void SandboxControlPanel::reset()
{
    if (!m_sandbox)
        return;
    if (!Dialogs::confirm(this, tr("Reset the Sandbox"),
                          tr("Reset the Sandbox? Every verification it knows ends, tokens and "
                             "armed faults are forgotten, and its clock keeps the time it has. "
                             "Verifications running on the Sandbox profile will answer that "
                             "their request is not found."),
                          tr("Reset")))
        return;
    m_sandbox->simulator().reset();
    m_sandbox->service().faults().clear();
    updateArmed();
    updateClock();
    Q_EMIT sandboxReset();
}
