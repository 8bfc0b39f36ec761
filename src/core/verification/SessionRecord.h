#pragma once

#include "api/VerifyStatus.h"

#include <QString>
#include <QtGlobal>

// One step of a verification as the history keeps it: what was done or learnt, when and with what
// result. It never holds a PIN: a check is recorded as VALID or INVALID only.
struct SessionRecord
{
    enum class Kind {
        Requested, // a request went out and has an id
        Resumed, // the session follows a request that was already running
        Check, // a code was checked: VALID or INVALID
        Control, // cancel or trigger_next_event was carried out
        Refresh, // a search brought news (new events, a final status) or was asked for by hand
        Error, // a call failed; errorKind, verifyStatus and message say how
        Outcome, // the verification ended: verified, failed, cancelled or expired
    };

    Kind kind = Kind::Error;
    qint64 atMs = 0; // real time (the session clock less its skipped time), ms since the epoch
    QString requestId;
    QString number; // E.164 digits
    int workflowId = 0;
    // Requested/Resumed: ""; Check: "VALID" / "INVALID"; Control: "cancel" /
    // "trigger_next_event"; Refresh: the search status ("IN PROGRESS" ...); Error: the call
    // ("request", "check", "search", "control:cancel" ...); Outcome: the state name ("verified"
    // ...).
    QString detail;
    int attemptsLeft = -1; // Check: attempts left for the current PIN afterwards
    int eventsSent = -1; // Refresh, Control, Outcome: events known to have gone out
    VerifyStatus verifyStatus; // Error: Verify's status when it gave one (WrongCode ...)
    QString errorKind; // Error: ApiError::kindName()
    QString message; // Error: the translated sentence; otherwise empty
    QString price; // Outcome of a success: exact decimal text, e.g. "0.10000000"
    QString currency;
    QString estimatedPriceMessagesSent;
    qint64 durationMs = -1; // Outcome: from the request to the end, when known
};
