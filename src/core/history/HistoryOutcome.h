#pragma once

#include "HistoryRecord.h"

#include <QString>

// What is known about how a verification ended (or stands), for HistoryStore::updateOutcome().
struct HistoryOutcome
{
    HistoryRecord::Status status = HistoryRecord::Status::InProgress;
    int attempts = -1; // -1: leave as stored
    QString price; // empty: leave as stored
    QString currency;
    qint64 durationMs = -1; // -1: leave as stored
    QString lastError; // empty: leave as stored
};
