#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <optional>

// The stable text of each value of an enum, as stored in files, databases and on the wire, written
// once as a table and read both ways:
//
//     constexpr EnumKey<Kind> kKindKeys[] = {{Kind::Requested, "requested"}, ...};
//     keyOf(kKindKeys, Kind::Requested)   -> u"requested"
//     enumOf(kKindKeys, u"requested")     -> Kind::Requested
//
// A value missing from its table is a defect that the table's own test finds (every value round
// trips); keyOf() then answers an empty string.
//
// A table can also hold each value's translated name, marked for lupdate with the context that
// nameOf() is given (the class whose tr() it replaces):
//
//     constexpr EnumKey<Kind> kKindKeys[] = {
//         {Kind::Requested, "requested", QT_TRANSLATE_NOOP("HistoryEvent", "Requested")}, ...};
//     nameOf("HistoryEvent", kKindKeys, Kind::Requested) -> HistoryEvent::tr("Requested")
//
// and an enum that is shown but never stored has only names, in an EnumName table.
template<typename Enum> struct EnumKey
{
    Enum value;
    const char *key; // Latin-1
    const char *name = nullptr; // UTF-8 source text of the translated name, if the enum has one
};

template<typename Enum> struct EnumName
{
    Enum value;
    const char *name; // UTF-8 source text of the translated name
};

template<typename Enum, std::size_t N> QString keyOf(const EnumKey<Enum> (&table)[N], Enum value)
{
    for (const EnumKey<Enum> &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumOf(const EnumKey<Enum> (&table)[N], QStringView key,
                           Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const EnumKey<Enum> &entry : table) {
        if (key.compare(QLatin1String(entry.key), cs) == 0)
            return entry.value;
    }
    return std::nullopt;
}

// enumOf() that answers `fallback` for a key missing from the table; `*ok`, when given, tells
// whether the key was found.
template<typename Enum, std::size_t N>
Enum enumOr(const EnumKey<Enum> (&table)[N], QStringView key, Enum fallback, bool *ok = nullptr)
{
    const std::optional<Enum> value = enumOf(table, key);
    if (ok)
        *ok = value.has_value();
    return value.value_or(fallback);
}

// The translated name of `value` in `context`; empty for a value missing from the table.
template<typename Entry, std::size_t N, typename Enum>
QString nameOf(const char *context, const Entry (&table)[N], Enum value)
{
    for (const Entry &entry : table) {
        if (entry.value == value)
            return entry.name ? QCoreApplication::translate(context, entry.name) : QString();
    }
    return {};
}
