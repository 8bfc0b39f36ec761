#pragma once

#include "VerifyStatus.h"

#include <QString>

// A control command the server carried out.
struct ControlResult
{
    VerifyStatus status; // Success
    QString command; // "cancel" or "trigger_next_event"
};
