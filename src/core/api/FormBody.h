#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// An application/x-www-form-urlencoded body built in order, repeated keys allowed.
class FormBody
{
public:
    FormBody &add(const QString &key, const QString &value);
    bool isEmpty() const { return m_items.isEmpty(); }
    QByteArray toByteArray() const;

private:
    QList<std::pair<QString, QString>> m_items;
};
