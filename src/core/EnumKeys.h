#pragma once

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
template<typename Enum> struct EnumKey
{
    Enum value;
    const char *key; // Latin-1
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
