#include "Workflow.h"

#include "api/SpecLimits.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Row
{
    QList<Workflow::Channel> channels;
    QList<int> waits;
};

// The vendor's table: channels (vonage-verify-v1.openapi.yml) and default waits in seconds after
// each event, from its guide "Workflows and Events"
// (developer.nexmo.com/verify/guides/workflows-and-events), the same as the sandbox's.
Row row(int id)
{
    using C = Workflow::Channel;
    switch (id) {
    case 2:
        return {{C::Sms, C::Sms, C::Tts}, {125, 180, 300}};
    case 3:
        return {{C::Tts, C::Tts}, {150, 150}};
    case 4:
        return {{C::Sms, C::Sms}, {120, 180}};
    case 5:
        return {{C::Sms, C::Tts}, {125, 300}};
    case 6:
        return {{C::Sms}, {300}};
    case 7:
        return {{C::Tts}, {300}};
    default:
        return {{C::Sms, C::Tts, C::Tts}, {125, 180, 300}};
    }
}

} // namespace

Workflow::Workflow()
    : m_channels(row(kDefaultId).channels)
    , m_waits(row(kDefaultId).waits)
{ }

Workflow Workflow::fromRequest(std::optional<int> workflowId, std::optional<int> pinExpiry,
                               std::optional<int> nextEventWait)
{
    Workflow flow;
    const int id = workflowId.value_or(kDefaultId);
    flow.m_id =
        id >= SpecLimits::kMinWorkflowId && id <= SpecLimits::kMaxWorkflowId ? id : kDefaultId;
    const Row table = row(flow.m_id);
    flow.m_channels = table.channels;
    flow.m_waits = table.waits;
    if (nextEventWait && *nextEventWait > 0)
        std::fill(flow.m_waits.begin(), flow.m_waits.end(), *nextEventWait);
    flow.m_pinExpiry = pinExpiry.value_or(kDefaultPinExpirySeconds);
    if (pinExpiry && nextEventWait && *nextEventWait > 0 && *pinExpiry % *nextEventWait != 0)
        flow.m_pinExpiry = *nextEventWait;
    return flow;
}

bool Workflow::isVoiceOnly() const
{
    return !m_channels.isEmpty() && m_channels.first() == Channel::Tts
        && !m_channels.contains(Channel::Sms);
}

Workflow::Channel Workflow::nextChannel(int eventsSent) const
{
    return m_channels.value(std::max(0, eventsSent), Channel::Tts);
}

int Workflow::eventOffsetSeconds(int index) const
{
    int offset = 0;
    for (int i = 0; i < index && i < m_waits.size(); ++i)
        offset += m_waits.at(i);
    return offset;
}

int Workflow::lifetimeSeconds() const
{
    return static_cast<int>(endMs(0, 0, 0) / 1000);
}

qint64 Workflow::endMs(int index, qint64 eventMs, qint64 pinIssuedMs) const
{
    const qint64 pinLifeMs = qint64(m_pinExpiry) * 1000;
    qint64 at = eventMs;
    qint64 pin = pinIssuedMs;
    for (int i = std::max(0, index); i < m_waits.size(); ++i) {
        at += qint64(m_waits.at(i)) * 1000;
        // The next event, if one is left, carries a new PIN once the current one has expired.
        if (i + 1 < m_waits.size() && at >= pin + pinLifeMs)
            pin = at;
    }
    return std::max(at, pin + pinLifeMs);
}

QString Workflow::description() const
{
    QStringList parts;
    for (const Channel channel : m_channels)
        parts.append(channelLabel(channel));
    //: The channels of a Verify workflow in order, e.g. "SMS → Voice call"
    return parts.join(tr(" → "));
}

QString Workflow::channelName(Channel channel)
{
    return channel == Channel::Sms ? u"sms"_s : u"tts"_s;
}

std::optional<Workflow::Channel> Workflow::channelFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"sms")
        return Channel::Sms;
    if (lower == u"tts" || lower == u"call" || lower == u"voice")
        return Channel::Tts;
    return std::nullopt;
}

QString Workflow::channelLabel(Channel channel)
{
    return channel == Channel::Sms ? tr("SMS") : tr("Voice call");
}
