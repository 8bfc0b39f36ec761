#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace sandbox {

// The parameters of one API call, gathered from the query string, a form body or a JSON body,
// in arrival order. Repeated keys are kept (search takes `request_ids` several times).
class Params
{
public:
    void add(const QString &key, const QString &value);
    void append(const Params &other);

    bool contains(const QString &key) const;
    // The first value of `key`, or a null string when absent.
    QString value(const QString &key) const;
    QStringList values(const QString &key) const;
    bool isEmpty() const { return m_items.isEmpty(); }

    // application/x-www-form-urlencoded (also a URL's query): `+` is a space, %XX is decoded.
    static Params fromFormEncoded(const QByteArray &encoded);
    // A JSON object whose values are strings, numbers, booleans or arrays of those.
    // Returns nothing and sets `error` when the body is not such an object.
    static std::optional<Params> fromJson(const QByteArray &body, QString *error);

private:
    QList<std::pair<QString, QString>> m_items;
};

} // namespace sandbox
