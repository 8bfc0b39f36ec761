#include "HistoryEvent.h"

using namespace Qt::StringLiterals;

QString HistoryEvent::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Requested:
        return u"requested"_s;
    case Kind::CheckValid:
        return u"check_valid"_s;
    case Kind::CheckInvalid:
        return u"check_invalid"_s;
    case Kind::Cancel:
        return u"cancel"_s;
    case Kind::NextEvent:
        return u"next_event"_s;
    case Kind::SearchRefresh:
        return u"search"_s;
    case Kind::Error:
        return u"error"_s;
    case Kind::Outcome:
        return u"outcome"_s;
    }
    return u"error"_s;
}

HistoryEvent::Kind HistoryEvent::kindFromKey(const QString &key, bool *ok)
{
    static const Kind all[] = {Kind::Requested, Kind::CheckValid, Kind::CheckInvalid,
                               Kind::Cancel,    Kind::NextEvent,  Kind::SearchRefresh,
                               Kind::Error,     Kind::Outcome};
    for (const Kind k : all) {
        if (kindKey(k) == key) {
            if (ok)
                *ok = true;
            return k;
        }
    }
    if (ok)
        *ok = false;
    return Kind::Error;
}

QString HistoryEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Requested:
        return tr("Requested");
    case Kind::CheckValid:
        return tr("Code correct");
    case Kind::CheckInvalid:
        return tr("Code wrong");
    case Kind::Cancel:
        return tr("Cancelled");
    case Kind::NextEvent:
        return tr("Next event triggered");
    case Kind::SearchRefresh:
        return tr("Status refreshed");
    case Kind::Error:
        return tr("Error");
    case Kind::Outcome:
        return tr("Outcome");
    }
    return tr("Error");
}
