#pragma once

#include "HistoryRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

class HistoryStore;

// Another desk's verification of a number that is still running: in a team, the wizard warns
// about it before a second PIN goes to the same customer (whose first one then stops working, and
// the API answers status 10 while it runs).
class LiveVerification
{
    Q_DECLARE_TR_FUNCTIONS(LiveVerification)

public:
    // How long a request runs when its options name no pin_expiry (the API's default).
    static constexpr int DefaultPinExpirySeconds = 300;

    // The newest verification of `e164Digits` still in progress and within its PIN's life at
    // `now`, made by someone other than `operatorName` on `workstation`; none when there is none.
    static std::optional<HistoryRecord>
    find(const HistoryStore &store, const QString &e164Digits, const QString &operatorName,
         const QString &workstation, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // "sent by Anna at 10:02, 3 min ago" (translated, local time).
    static QString describe(const HistoryRecord &record,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());
};
