#include "ErrorLink.h"

#include "api/ApiError.h"

using namespace Qt::StringLiterals;

QString ErrorLink::text(const ApiError &error)
{
    return withExchange(tr("⚠ %1").arg(error.message()), error.exchangeId());
}

QString ErrorLink::withExchange(const QString &sentence, quint64 exchangeId)
{
    if (exchangeId == 0)
        return sentence.toHtmlEscaped();
    return u"%1 <a href=\"exchange:%2\">%3</a>"_s.arg(sentence.toHtmlEscaped())
        .arg(exchangeId)
        .arg(tr("Show the exchange in the inspector"));
}

quint64 ErrorLink::exchangeId(const QString &link)
{
    return link.startsWith(u"exchange:") ? link.mid(9).toULongLong() : 0;
}
