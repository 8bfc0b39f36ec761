#pragma once

#include "VerifyStatus.h"

#include <QString>

// The answer to a Verify request: a new request id (Success) or the live request for the same
// number (ConcurrentVerification), which the app can resume.
struct RequestResult
{
    QString requestId;
    VerifyStatus status; // Success or ConcurrentVerification
    QString errorText;

    bool alreadyInProgress() const
    {
        return status.code() == VerifyStatus::Code::ConcurrentVerification;
    }
};
