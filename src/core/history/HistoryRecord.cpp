#include "HistoryRecord.h"

#include "EnumKeys.h"

using namespace Qt::StringLiterals;

namespace {

using Status = HistoryRecord::Status;

constexpr EnumKey<Status> kStatusKeys[] = {
    {Status::InProgress, "in_progress", QT_TRANSLATE_NOOP("HistoryRecord", "In progress")},
    {Status::Verified, "verified", QT_TRANSLATE_NOOP("HistoryRecord", "Verified")},
    {Status::Failed, "failed", QT_TRANSLATE_NOOP("HistoryRecord", "Failed")},
    {Status::Expired, "expired", QT_TRANSLATE_NOOP("HistoryRecord", "Expired")},
    {Status::Cancelled, "cancelled", QT_TRANSLATE_NOOP("HistoryRecord", "Cancelled")},
    {Status::Error, "error", QT_TRANSLATE_NOOP("HistoryRecord", "Error")},
};

} // namespace

QString HistoryRecord::statusKey(Status status)
{
    return keyOf(kStatusKeys, status);
}

HistoryRecord::Status HistoryRecord::statusFromKey(const QString &key, bool *ok)
{
    return enumOr(kStatusKeys, key, Status::Error, ok);
}

QString HistoryRecord::statusName(Status status)
{
    return nameOf("HistoryRecord", kStatusKeys, status);
}
