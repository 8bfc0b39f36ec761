#include "SearchResult.h"

#include "EnumKeys.h"
#include "VerifyStatus.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

using S = SearchResult::Status;

constexpr EnumKey<S> kStatusKeys[] = {
    {S::InProgress, "IN PROGRESS"}, {S::Success, "SUCCESS"},     {S::Failed, "FAILED"},
    {S::Expired, "EXPIRED"},        {S::Cancelled, "CANCELLED"},
};

QString text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

} // namespace

bool SearchResult::Check::valid() const
{
    return VerifyStatus::parseCheckStatus(status) == VerifyStatus::CheckStatus::Valid;
}

SearchResult SearchResult::unknown(const QString &requestId, const QString &errorText)
{
    SearchResult result;
    result.requestId = requestId;
    result.status = Status::Unknown;
    result.statusText = VerifyStatus(VerifyStatus::Code::NoResponseFound).rawCode();
    result.errorText = errorText;
    return result;
}

SearchResult::Status SearchResult::statusFromText(const QString &text)
{
    if (const auto status = enumOf(kStatusKeys, QStringView(text).trimmed(), Qt::CaseInsensitive))
        return *status;
    if (VerifyStatus::fromString(text).code() == VerifyStatus::Code::NoResponseFound)
        return Status::Unknown;
    return Status::Other;
}

QString SearchResult::statusName(Status status)
{
    return keyOf(kStatusKeys, status);
}

bool SearchResult::isFinal(Status status)
{
    return status != Status::InProgress && status != Status::Unknown && status != Status::Other;
}

QDateTime SearchResult::parseDate(const QString &text)
{
    // By hand: QDateTime::fromString() with a format costs ~45,000 instructions a date (a search
    // answer has up to five), and it reads the fields as local time first, where a date in a
    // daylight-saving gap does not exist.
    const QString t = text.trimmed();
    if (t.size() != 19 || t.at(4) != u'-' || t.at(7) != u'-' || t.at(10) != u' ' || t.at(13) != u':'
        || t.at(16) != u':')
        return {};
    const auto number = [&t](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = t.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2));
    if (number(0, 4) < 0 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
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
    for (const QJsonValue value : checks) {
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
    for (const QJsonValue value : events) {
        const QJsonObject event = value.toObject();
        result.events.append({text(event, u"id"_s), text(event, u"type"_s)});
    }
    return result;
}
