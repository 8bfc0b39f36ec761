#pragma once

#include "history/HistoryStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Rows the history tests store: one verification, and a set of four to filter and sort.

inline HistoryRecord makeRecord(const QString &number, const QString &brand,
                                const QString &requestId,
                                const QDateTime &created = QDateTime::currentDateTimeUtc())
{
    HistoryRecord r;
    r.profileId = QStringLiteral("sandbox");
    r.profileName = QStringLiteral("Sandbox");
    r.number = number;
    r.brand = brand;
    r.requestId = requestId;
    r.created = created;
    r.options = QJsonObject {{QStringLiteral("code_length"), 4},
                             {QStringLiteral("lg"), QStringLiteral("nl-nl")},
                             {QStringLiteral("workflow_id"), 1}};
    return r;
}

// Four verifications on 1 to 4 March 2024 in two profiles with four statuses; false when one
// could not be stored.
inline bool fillFour(HistoryStore &store)
{
    const QDateTime base = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    struct Row
    {
        const char16_t *number;
        const char16_t *brand;
        const char16_t *requestId;
        const char16_t *profile;
        HistoryRecord::Status status;
        int day;
        int attempts;
    };
    const Row rows[] = {
        {u"31612345678", u"KPN", u"aaaa1111bbbb", u"sandbox", HistoryRecord::Status::Verified, 0,
         1},
        {u"31687654321", u"Acme Bank", u"cccc2222dddd", u"sandbox", HistoryRecord::Status::Failed,
         1, 3},
        {u"32470123456", u"KPN", u"eeee3333ffff", u"production", HistoryRecord::Status::InProgress,
         2, 0},
        {u"31201234567", u"Zuivel BV", u"0612aaaa0000", u"production",
         HistoryRecord::Status::Cancelled, 3, 2},
    };
    for (const Row &row : rows) {
        HistoryRecord r = makeRecord(QString::fromUtf16(row.number), QString::fromUtf16(row.brand),
                                     QString::fromUtf16(row.requestId), base.addDays(row.day));
        r.profileId = QString::fromUtf16(row.profile);
        r.profileName = r.profileId.toUpper();
        r.status = row.status;
        r.attempts = row.attempts;
        if (store.addVerification(r) <= 0)
            return false;
    }
    return true;
}

// The request ids of the rows the History's text filter finds for `text`, newest first.
inline QStringList requestIdsMatching(const HistoryStore &store, const QString &text)
{
    HistoryQuery query;
    query.text = text;
    QStringList ids;
    for (const HistoryRecord &r : store.query(query))
        ids << r.requestId;
    return ids;
}
