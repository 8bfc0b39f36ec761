#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

// The header fields of an HTTP message as the client and the sandbox carry them: in the order
// they came, names as sent.
namespace HttpHeaders {

using List = QList<std::pair<QByteArray, QByteArray>>;

// The first field named `name`, or an empty array. Field names are case-insensitive
// (RFC 9110 §5.1).
inline QByteArray value(const List &headers, const QByteArray &name)
{
    for (const auto &[key, fieldValue] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return fieldValue;
    }
    return {};
}

} // namespace HttpHeaders
