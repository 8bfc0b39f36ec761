#pragma once

#include <QString>

// A control command the server carried out.
struct ControlResult
{
    QString status; // "0"
    QString command; // "cancel" or "trigger_next_event"
};
