#pragma once

#include "Workflow.h"

#include <QString>
#include <QtGlobal>

// One message of a verification on its timeline: sent (as search reports it) or predicted from
// the workflow's timings.
struct TimelineEvent
{
    enum class Source {
        Reported, // search listed it and dated it (first/last event date)
        Estimated, // search listed it; its time is derived from the workflow's timings
        Triggered, // the session asked for it (trigger_next_event) and it was accepted
        Predicted, // not sent yet: when the workflow's timings say it will go out
    };

    int index = 0; // 0 for the first message
    Workflow::Channel channel = Workflow::Channel::Sms;
    qint64 atMs = 0; // the session clock, ms since the epoch (UTC)
    Source source = Source::Predicted;
    QString eventId; // as search reports it; empty until then
    bool newPin = false; // this message carries a new PIN (the previous one had expired)

    bool isSent() const { return source != Source::Predicted; }
    // Whether the time may be off: everything but a triggered message is.
    bool isApproximate() const { return source != Source::Triggered; }
};
