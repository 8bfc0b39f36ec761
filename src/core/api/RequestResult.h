#pragma once

#include <QString>

// The answer to a Verify request: a new request id (status "0") or the live request for the same
// number (status "10"), which the app can resume.
struct RequestResult
{
    QString requestId;
    QString status; // "0" or "10"
    QString errorText;

    bool alreadyInProgress() const { return status == QLatin1String("10"); }
};
