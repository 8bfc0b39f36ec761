#pragma once

#include "HistoryRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

// What the history view asks for: a text filter, status/profile/date filters, a sort and a page.
// HistoryStore turns it into one SQL statement; nothing is filtered in memory.
struct HistoryQuery
{
    enum class SortColumn {
        Created,
        Number,
        Brand,
        RequestId,
        Status,
        Attempts,
        Duration,
        Profile
    };

    // A number however typed ("06 1234 5678", "+31 6…", "0031…", or a few digits of it), a
    // request id or a brand. Empty: no text filter.
    QString text;
    // Region national numbers in `text` are read in.
    QString defaultRegion = QStringLiteral("NL");
    QList<HistoryRecord::Status> statuses; // empty: any
    QString profileId; // empty: any
    QDateTime from; // inclusive, invalid: open
    QDateTime to; // exclusive, invalid: open
    QList<qint64> ids; // a selection; empty: every row that matches
    SortColumn sortColumn = SortColumn::Created;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
    int limit = -1; // -1: no limit
    int offset = 0;
};
