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

// The answer's text and date fields, read by fromJson() and written back by toJson().
struct TextField
{
    const char *key;
    QString SearchResult::*member;
};
struct DateField
{
    const char *key;
    QDateTime SearchResult::*member;
};

constexpr TextField kTextFields[] = {
    {"request_id", &SearchResult::requestId},
    {"status", &SearchResult::statusText},
    {"error_text", &SearchResult::errorText},
    {"account_id", &SearchResult::accountId},
    {"number", &SearchResult::number},
    {"sender_id", &SearchResult::senderId},
    {"price", &SearchResult::price},
    {"currency", &SearchResult::currency},
    {"estimated_price_messages_sent", &SearchResult::estimatedPriceMessagesSent},
};
constexpr DateField kDateFields[] = {
    {"date_submitted", &SearchResult::dateSubmitted},
    {"date_finalized", &SearchResult::dateFinalized},
    {"first_event_date", &SearchResult::firstEventDate},
    {"last_event_date", &SearchResult::lastEventDate},
};

QString apiDate(const QDateTime &date)
{
    return date.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString text(const QJsonObject &object, QLatin1String key)
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
    for (const TextField &field : kTextFields)
        result.*field.member = text(object, QLatin1String(field.key));
    if (result.statusText.isEmpty()) {
        *error = u"a search entry without a status"_s;
        return result;
    }
    result.status = statusFromText(result.statusText);
    for (const DateField &field : kDateFields) {
        const QString value = text(object, QLatin1String(field.key));
        if (value.isEmpty())
            continue;
        result.*field.member = parseDate(value);
        if (!(result.*field.member).isValid())
            *error = u"the date %1 is not YYYY-MM-DD HH:MM:SS"_s.arg(QLatin1String(field.key));
    }

    const QJsonArray checks = object.value(u"checks"_s).toArray();
    for (const QJsonValue value : checks) {
        const QJsonObject check = value.toObject();
        Check item;
        item.status = text(check, "status"_L1);
        const QString received = text(check, "date_received"_L1);
        item.date = parseDate(received);
        if (!received.isEmpty() && !item.date.isValid())
            *error = u"the date date_received is not YYYY-MM-DD HH:MM:SS"_s;
        result.checks.append(item);
    }
    const QJsonArray events = object.value(u"events"_s).toArray();
    for (const QJsonValue value : events) {
        const QJsonObject event = value.toObject();
        result.events.append({text(event, "id"_L1), text(event, "type"_L1)});
    }
    return result;
}

QJsonObject SearchResult::toJson() const
{
    QJsonObject object;
    for (const TextField &field : kTextFields) {
        if (!(this->*field.member).isEmpty())
            object.insert(QLatin1String(field.key), this->*field.member);
    }
    for (const DateField &field : kDateFields) {
        if ((this->*field.member).isValid())
            object.insert(QLatin1String(field.key), apiDate(this->*field.member));
    }
    if (!isKnown())
        return object;
    QJsonArray checkList;
    for (const Check &check : checks) {
        QJsonObject c {{u"status"_s, check.status}};
        if (check.date.isValid())
            c.insert(u"date_received"_s, apiDate(check.date));
        checkList.append(c);
    }
    object.insert(u"checks"_s, checkList);
    QJsonArray eventList;
    for (const Event &event : events)
        eventList.append(QJsonObject {{u"type"_s, event.type}, {u"id"_s, event.id}});
    object.insert(u"events"_s, eventList);
    return object;
}
