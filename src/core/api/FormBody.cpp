#include "FormBody.h"

FormBody &FormBody::add(const QString &key, const QString &value)
{
    m_items.append({key, value});
    return *this;
}

QByteArray FormBody::toByteArray() const
{
    QByteArray body;
    for (const auto &[key, value] : m_items) {
        if (!body.isEmpty())
            body += '&';
        // Everything but the unreserved characters is percent-encoded, '+' and '&' included.
        body += key.toUtf8().toPercentEncoding() + '=' + value.toUtf8().toPercentEncoding();
    }
    return body;
}
