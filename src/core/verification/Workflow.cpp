#include "Workflow.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Row
{
    QList<Workflow::Channel> channels;
    QList<int> waits;
};

// The vendor's table (vonage-verify-v1.openapi.yml): channels and default waits in seconds.
Row row(int id)
{
    using C = Workflow::Channel;
    switch (id) {
    case 2:
        return {{C::Sms, C::Sms, C::Tts}, {125, 180, 300}};
    case 3:
        return {{C::Tts, C::Tts}, {300, 300}};
    case 4:
        return {{C::Sms, C::Sms}, {300, 300}};
    case 5:
        return {{C::Sms, C::Tts}, {300, 300}};
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
    flow.m_id = id >= kMinId && id <= kMaxId ? id : kDefaultId;
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
    return eventOffsetSeconds(static_cast<int>(m_waits.size()));
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
