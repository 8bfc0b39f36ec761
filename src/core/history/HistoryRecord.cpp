#include "HistoryRecord.h"

#include "EnumKeys.h"

using namespace Qt::StringLiterals;

namespace {

constexpr EnumKey<HistoryRecord::Status> kStatusKeys[] = {
    {HistoryRecord::Status::InProgress, "in_progress"},
    {HistoryRecord::Status::Verified, "verified"},
    {HistoryRecord::Status::Failed, "failed"},
    {HistoryRecord::Status::Expired, "expired"},
    {HistoryRecord::Status::Cancelled, "cancelled"},
    {HistoryRecord::Status::Error, "error"},
};

} // namespace

QString HistoryRecord::statusKey(Status status)
{
    return keyOf(kStatusKeys, status);
}

HistoryRecord::Status HistoryRecord::statusFromKey(const QString &key, bool *ok)
{
    const std::optional<Status> status = enumOf(kStatusKeys, key);
    if (ok)
        *ok = status.has_value();
    return status.value_or(Status::Error);
}

QString HistoryRecord::statusName(Status status)
{
    switch (status) {
    case Status::InProgress:
        return tr("In progress");
    case Status::Verified:
        return tr("Verified");
    case Status::Failed:
        return tr("Failed");
    case Status::Expired:
        return tr("Expired");
    case Status::Cancelled:
        return tr("Cancelled");
    case Status::Error:
        return tr("Error");
    }
    return tr("Error");
}
