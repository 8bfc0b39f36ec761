#pragma once

#include "HistoryEvent.h"
#include "HistoryRecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// Turns a stored verification, its events and its last search answer into readable, translated
// text for the history view's details pane. Dates in the user's locale and time zone.
class HistoryFormatter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryFormatter)

public:
    // Everything about one verification: summary, options, checks, events, last search answer.
    static QString detailsText(const HistoryRecord &record, const QList<HistoryEvent> &events,
                               const QString &displayNumber = {});
    // One event on one line: time, what happened, and its detail.
    static QString eventText(const HistoryEvent &event);
    // A stored search answer as lines ("Status: IN PROGRESS", checks, events …); empty for none.
    static QString searchText(const QJsonObject &search);
    // "YYYY-MM-DD HH:MM:SS" (UTC, as the API writes it) shown in the user's locale and time zone;
    // anything else as it is.
    static QString apiDateText(const QString &text);
    // The status as the list and the export show it; an error says which, in a few words:
    // "Error: Number blocked" (errorSummary()).
    static QString statusText(const HistoryRecord &record, const QList<HistoryEvent> &events = {});
    // What went wrong, from the last error event of `events`: Verify's status for a refused call
    // ("Number blocked"), else the kind of failure ("No connection"); else the first sentence of
    // the stored error. Empty when nothing is known.
    static QString errorSummary(const HistoryRecord &record, const QList<HistoryEvent> &events);
    // A translated name for an ApiError::kindName() key ("network": "No connection"); empty for
    // a key it does not know.
    static QString errorKindName(const QString &kind);
    // The text up to the end of its first sentence or line.
    static QString firstSentence(const QString &text);
    static QString dateText(const QDateTime &date);
};
