#pragma once

#include "HistoryRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The history's columns, in the order the history table shows them; a query sorts by one.
struct HistoryColumns
{
    enum Column {
        Date,
        Number,
        Brand,
        RequestId,
        Status,
        Attempts,
        Duration,
        Profile,
        Operator,
        Reference,
        ColumnCount
    };
};

// What the history view asks for: a text filter, status/profile/date filters, a sort and a page.
// HistoryStore turns it into one SQL statement; nothing is filtered in memory.
struct HistoryQuery
{
    using SortColumn = HistoryColumns::Column;

    // A number however typed ("06 1234 5678", "+31 6…", "0031…", or a few digits of it), a
    // request id, a brand, an operator or a ticket reference. Empty: no text filter.
    QString text;
    // Region national numbers in `text` are read in.
    QString defaultRegion = QStringLiteral("NL");
    QString number; // E.164 digits, the whole number; empty: any
    QList<HistoryRecord::Status> statuses; // empty: any
    QString profileId; // empty: any
    QDateTime from; // inclusive, invalid: open
    QDateTime to; // exclusive, invalid: open
    QList<qint64> ids; // a selection; empty: every row that matches
    SortColumn sortColumn = HistoryColumns::Date;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
    int limit = -1; // -1: no limit
    int offset = 0;
};
