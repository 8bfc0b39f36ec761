#pragma once

#include <QJsonObject>
#include <QString>

// A field of a Verify answer as text: the API writes "status" as a string, some servers and
// recorded answers as a number; both read the same.
inline QString answerText(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return QString::number(value.toInt());
    return value.toString();
}
