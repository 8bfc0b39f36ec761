#include "HistoryRecord.h"

using namespace Qt::StringLiterals;

QString HistoryRecord::statusKey(Status status)
{
    switch (status) {
    case Status::InProgress:
        return u"in_progress"_s;
    case Status::Verified:
        return u"verified"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::Expired:
        return u"expired"_s;
    case Status::Cancelled:
        return u"cancelled"_s;
    case Status::Error:
        return u"error"_s;
    }
    return u"error"_s;
}

HistoryRecord::Status HistoryRecord::statusFromKey(const QString &key, bool *ok)
{
    static const Status all[] = {Status::InProgress, Status::Verified,  Status::Failed,
                                 Status::Expired,    Status::Cancelled, Status::Error};
    for (const Status s : all) {
        if (statusKey(s) == key) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return Status::Error;
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
