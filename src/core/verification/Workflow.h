#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// One of the vendor's seven Verify workflows with the timings a request was sent with: which
// channel each event uses, how long Verify waits after each, and how long a PIN stays valid.
// The API documents these timings but does not promise them, so predictions are approximate.
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)

public:
    enum class Channel { Sms, Tts };

    static constexpr int kDefaultId = 1;
    static constexpr int kDefaultPinExpirySeconds = 300;

    // Workflow 1 with the default timings.
    Workflow();
    // The server's defaults for what is not given; an id outside 1..7 falls back to 1.
    // next_event_wait replaces every wait; when both timers are given and pin_expiry is not a
    // multiple of next_event_wait, pin_expiry becomes next_event_wait.
    static Workflow fromRequest(std::optional<int> workflowId, std::optional<int> pinExpiry = {},
                                std::optional<int> nextEventWait = {});

    int id() const { return m_id; }
    QList<Channel> channels() const { return m_channels; }
    // Seconds Verify waits after each event; after the last one the request expires unless its
    // PIN is still valid then (endMs()).
    QList<int> waits() const { return m_waits; }
    int eventCount() const { return static_cast<int>(m_channels.size()); }
    int pinExpirySeconds() const { return m_pinExpiry; }
    // Only calls, never an SMS (workflows 3 and 7): what reaches a fixed line.
    bool isVoiceOnly() const;
    // The channel of the next event once `eventsSent` events went out. Past the last event (none
    // is left) a voice call, so that a label still has a channel to name.
    Channel nextChannel(int eventsSent) const;
    // Seconds from the request to event `index` when nothing is triggered by hand.
    int eventOffsetSeconds(int index) const;
    // Seconds from the request until it expires when nothing is triggered by hand (endMs()).
    int lifetimeSeconds() const;
    // When the request ends if nothing more is triggered by hand and no code is right, given that
    // event `index` went out at `eventMs` while the PIN issued at `pinIssuedMs` was in force.
    // The vendor's guide "Workflows and Events": a request stays active "until either the PIN has
    // expired or three incorrect codes have been sent", so the end of its last wait or, when the
    // last PIN is still valid then, the moment that PIN expires. Three wrong codes end it sooner.
    qint64 endMs(int index, qint64 eventMs, qint64 pinIssuedMs) const;

    // "SMS → call → call", translated.
    QString description() const;

    static QString channelName(Channel channel); // "sms" / "tts", as on the wire
    static std::optional<Channel> channelFromName(const QString &name);
    static QString channelLabel(Channel channel); // translated: "SMS", "Voice call"

    friend bool operator==(const Workflow &a, const Workflow &b)
    {
        return a.m_id == b.m_id && a.m_channels == b.m_channels && a.m_waits == b.m_waits
            && a.m_pinExpiry == b.m_pinExpiry;
    }

private:
    int m_id = kDefaultId;
    QList<Channel> m_channels;
    QList<int> m_waits;
    int m_pinExpiry = kDefaultPinExpirySeconds;
};
