#include "SearchResult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

} // namespace

SearchResult SearchResult::unknown(const QString &requestId, const QString &errorText)
{
    SearchResult result;
    result.requestId = requestId;
    result.status = Status::Unknown;
    result.statusText = u"101"_s;
    result.errorText = errorText;
    return result;
}

SearchResult::Status SearchResult::statusFromText(const QString &text)
{
    const QString upper = text.trimmed().toUpper();
    if (upper == u"IN PROGRESS")
        return Status::InProgress;
    if (upper == u"SUCCESS")
        return Status::Success;
    if (upper == u"FAILED")
        return Status::Failed;
    if (upper == u"EXPIRED")
        return Status::Expired;
    if (upper == u"CANCELLED")
        return Status::Cancelled;
    if (upper == u"101")
        return Status::Unknown;
    return Status::Other;
}

QDateTime SearchResult::parseDate(const QString &text)
{
    QDateTime date = QDateTime::fromString(text.trimmed(), u"yyyy-MM-dd HH:mm:ss"_s);
    if (!date.isValid())
        return {};
    date.setTimeSpec(Qt::UTC);
    return date;
}

SearchResult SearchResult::fromJson(const QJsonObject &object, QString *error)
{
    SearchResult result;
    result.requestId = text(object, u"request_id"_s);
    result.statusText = text(object, u"status"_s);
    if (result.statusText.isEmpty()) {
        *error = u"a search entry without a status"_s;
        return result;
    }
    result.status = statusFromText(result.statusText);
    result.errorText = text(object, u"error_text"_s);
    result.accountId = text(object, u"account_id"_s);
    result.number = text(object, u"number"_s);
    result.senderId = text(object, u"sender_id"_s);
    result.price = text(object, u"price"_s);
    result.currency = text(object, u"currency"_s);
    result.estimatedPriceMessagesSent = text(object, u"estimated_price_messages_sent"_s);

    const auto date = [&](const QString &key, QDateTime *target) {
        const QString value = text(object, key);
        if (value.isEmpty())
            return;
        *target = parseDate(value);
        if (!target->isValid())
            *error = u"the date %1 is not YYYY-MM-DD HH:MM:SS"_s.arg(key);
    };
    date(u"date_submitted"_s, &result.dateSubmitted);
    date(u"date_finalized"_s, &result.dateFinalized);
    date(u"first_event_date"_s, &result.firstEventDate);
    date(u"last_event_date"_s, &result.lastEventDate);

    const QJsonArray checks = object.value(u"checks"_s).toArray();
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        Check item;
        item.status = text(check, u"status"_s);
        const QString received = text(check, u"date_received"_s);
        item.date = parseDate(received);
        if (!received.isEmpty() && !item.date.isValid())
            *error = u"the date date_received is not YYYY-MM-DD HH:MM:SS"_s;
        result.checks.append(item);
    }
    const QJsonArray events = object.value(u"events"_s).toArray();
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        result.events.append({text(event, u"id"_s), text(event, u"type"_s)});
    }
    return result;
}
