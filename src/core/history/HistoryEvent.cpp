#include "HistoryEvent.h"

#include "EnumKeys.h"

using namespace Qt::StringLiterals;

namespace {

constexpr EnumKey<HistoryEvent::Kind> kKindKeys[] = {
    {HistoryEvent::Kind::Requested, "requested"},
    {HistoryEvent::Kind::CheckValid, "check_valid"},
    {HistoryEvent::Kind::CheckInvalid, "check_invalid"},
    {HistoryEvent::Kind::Cancel, "cancel"},
    {HistoryEvent::Kind::NextEvent, "next_event"},
    {HistoryEvent::Kind::SearchRefresh, "search"},
    {HistoryEvent::Kind::Error, "error"},
    {HistoryEvent::Kind::Outcome, "outcome"},
};

} // namespace

QString HistoryEvent::kindKey(Kind kind)
{
    return keyOf(kKindKeys, kind);
}

HistoryEvent::Kind HistoryEvent::kindFromKey(const QString &key, bool *ok)
{
    const std::optional<Kind> kind = enumOf(kKindKeys, key);
    if (ok)
        *ok = kind.has_value();
    return kind.value_or(Kind::Error);
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
