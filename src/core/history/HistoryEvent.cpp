#include "HistoryEvent.h"

#include "EnumKeys.h"

using namespace Qt::StringLiterals;

namespace {

using Kind = HistoryEvent::Kind;

constexpr EnumKey<Kind> kKindKeys[] = {
    {Kind::Requested, "requested", QT_TRANSLATE_NOOP("HistoryEvent", "Requested")},
    {Kind::CheckValid, "check_valid", QT_TRANSLATE_NOOP("HistoryEvent", "Code correct")},
    {Kind::CheckInvalid, "check_invalid", QT_TRANSLATE_NOOP("HistoryEvent", "Code wrong")},
    {Kind::Cancel, "cancel", QT_TRANSLATE_NOOP("HistoryEvent", "Cancelled")},
    {Kind::NextEvent, "next_event", QT_TRANSLATE_NOOP("HistoryEvent", "Next event triggered")},
    {Kind::SearchRefresh, "search", QT_TRANSLATE_NOOP("HistoryEvent", "Status refreshed")},
    {Kind::Error, "error", QT_TRANSLATE_NOOP("HistoryEvent", "Error")},
    {Kind::Outcome, "outcome", QT_TRANSLATE_NOOP("HistoryEvent", "Outcome")},
};

} // namespace

QString HistoryEvent::kindKey(Kind kind)
{
    return keyOf(kKindKeys, kind);
}

HistoryEvent::Kind HistoryEvent::kindFromKey(const QString &key, bool *ok)
{
    return enumOr(kKindKeys, key, Kind::Error, ok);
}

QString HistoryEvent::kindName(Kind kind)
{
    return nameOf("HistoryEvent", kKindKeys, kind);
}
