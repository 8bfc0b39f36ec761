#include "HistoryFormatter.h"

#include "TimeText.h"
#include "api/VerifyStatus.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString value(const QJsonObject &object, const QString &key)
{
    const QJsonValue v = object.value(key);
    if (v.isDouble())
        return QLocale::c().toString(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return v.toString();
}

// The short name of each kind of error a history event stores.
const struct
{
    QStringView key;
    const char *name;
} kErrorKindNames[] = {
    {u"network", QT_TRANSLATE_NOOP("HistoryFormatter", "No connection")},
    {u"timeout", QT_TRANSLATE_NOOP("HistoryFormatter", "No answer in time")},
    {u"tls", QT_TRANSLATE_NOOP("HistoryFormatter", "Secure connection failed")},
    {u"http", QT_TRANSLATE_NOOP("HistoryFormatter", "HTTP error")},
    {u"gateway", QT_TRANSLATE_NOOP("HistoryFormatter", "Refused by the gateway")},
    {u"invalid-token", QT_TRANSLATE_NOOP("HistoryFormatter", "Token refused")},
    {u"invalid-client", QT_TRANSLATE_NOOP("HistoryFormatter", "Credentials refused")},
    {u"malformed", QT_TRANSLATE_NOOP("HistoryFormatter", "Answer not understood")},
    {u"invalid-input", QT_TRANSLATE_NOOP("HistoryFormatter", "Invalid input")},
    {u"config", QT_TRANSLATE_NOOP("HistoryFormatter", "Connection settings unusable")},
};

} // namespace

QString HistoryFormatter::dateText(const QDateTime &date)
{
    if (!date.isValid())
        return {};
    return TimeText::dateTime(date);
}

QString HistoryFormatter::apiDateText(const QString &text)
{
    QDateTime date = QDateTime::fromString(text.trimmed(), u"yyyy-MM-dd HH:mm:ss"_s);
    if (!date.isValid())
        return text;
    date.setTimeSpec(Qt::UTC);
    return dateText(date);
}

QString HistoryFormatter::statusText(const HistoryRecord &record, const QList<HistoryEvent> &events)
{
    if (record.status != HistoryRecord::Status::Error)
        return HistoryRecord::statusName(record.status);
    const QString summary = errorSummary(record, events);
    return summary.isEmpty() ? HistoryRecord::statusName(record.status)
                             : tr("Error: %1").arg(summary);
}

QString HistoryFormatter::errorSummary(const HistoryRecord &record,
                                       const QList<HistoryEvent> &events)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->kind != HistoryEvent::Kind::Error)
            continue;
        const QString kind = value(it->detail, u"kind"_s);
        const QString status = value(it->detail, u"verify_status"_s);
        if (kind == u"business" && !status.isEmpty())
            return VerifyStatus::fromString(status).title();
        QString name = errorKindName(kind);
        if (!name.isEmpty())
            return name;
        break; // a kind this version does not know: the stored sentence says more
    }
    return firstSentence(record.lastError);
}

QString HistoryFormatter::errorKindName(const QString &kind)
{
    for (const auto &[key, name] : kErrorKindNames) {
        if (kind == key)
            return tr(name);
    }
    return {};
}

QString HistoryFormatter::firstSentence(const QString &text)
{
    // A full stop (or '!', '?') followed by white space ends it, except inside parentheses, where
    // the messages quote Qt's and the server's own texts.
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n')
            return text.left(i).trimmed();
        if (c == u'(')
            ++depth;
        else if (c == u')' && depth > 0)
            --depth;
        else if (depth == 0 && (c == u'.' || c == u'!' || c == u'?')
                 && (i + 1 == text.size() || text.at(i + 1).isSpace()))
            return text.left(i + 1).trimmed();
    }
    return text.trimmed();
}

QString HistoryFormatter::eventText(const HistoryEvent &event)
{
    QStringList parts;
    const QJsonObject &d = event.detail;
    switch (event.kind) {
    case HistoryEvent::Kind::CheckValid:
        parts << u"VALID"_s;
        break;
    case HistoryEvent::Kind::CheckInvalid:
        parts << u"INVALID"_s;
        break;
    case HistoryEvent::Kind::Outcome: {
        bool ok = false;
        const auto status = HistoryRecord::statusFromKey(value(d, u"status"_s), &ok);
        if (ok)
            parts << HistoryRecord::statusName(status);
        if (d.contains(u"attempts"_s))
            parts << tr("%n attempt(s)", nullptr, d.value(u"attempts"_s).toInt());
        break;
    }
    default:
        break;
    }
    for (const QString &key : {u"status"_s, u"request_id"_s, u"error_text"_s, u"error"_s}) {
        if (event.kind == HistoryEvent::Kind::Outcome && key == u"status")
            continue;
        const QString text = value(d, key);
        if (!text.isEmpty())
            parts << text;
    }
    const QString what = HistoryEvent::kindName(event.kind);
    if (parts.isEmpty())
        return tr("%1  %2").arg(dateText(event.at), what);
    return tr("%1  %2: %3").arg(dateText(event.at), what, parts.join(u", "_s));
}

QString HistoryFormatter::searchText(const QJsonObject &search)
{
    if (search.isEmpty())
        return {};
    QStringList lines;
    const auto line = [&](const QString &format, const QString &key, bool date = false) {
        const QString text = value(search, key);
        if (!text.isEmpty())
            lines << format.arg(date ? apiDateText(text) : text);
    };
    line(tr("Request ID: %1"), u"request_id"_s);
    line(tr("Status: %1"), u"status"_s);
    line(tr("Error: %1"), u"error_text"_s);
    line(tr("Number: %1"), u"number"_s);
    line(tr("Sender: %1"), u"sender_id"_s);
    line(tr("Submitted: %1"), u"date_submitted"_s, true);
    line(tr("Finished: %1"), u"date_finalized"_s, true);
    line(tr("First message: %1"), u"first_event_date"_s, true);
    line(tr("Last message: %1"), u"last_event_date"_s, true);
    const QString price = value(search, u"price"_s);
    if (!price.isEmpty())
        lines << tr("Price: %1 %2").arg(price, value(search, u"currency"_s)).trimmed();
    const QJsonArray checks = search.value(u"checks"_s).toArray();
    if (!checks.isEmpty()) {
        lines << tr("Checks:");
        for (const QJsonValue check : checks) {
            const QJsonObject c = check.toObject();
            lines << tr("  %1  %2")
                         .arg(apiDateText(value(c, u"date_received"_s)), value(c, u"status"_s));
        }
    }
    const QJsonArray events = search.value(u"events"_s).toArray();
    if (!events.isEmpty()) {
        lines << tr("Messages sent:");
        for (const QJsonValue event : events) {
            const QJsonObject e = event.toObject();
            const QString type = value(e, u"type"_s);
            const QString kind = type == u"sms" ? tr("SMS")
                : type == u"tts"                ? tr("voice call")
                                                : type;
            lines << tr("  %1 (%2)").arg(kind, value(e, u"id"_s));
        }
    }
    return lines.join(u'\n');
}

QString HistoryFormatter::detailsText(const HistoryRecord &record,
                                      const QList<HistoryEvent> &events,
                                      const QString &displayNumber)
{
    QStringList lines;
    const QString number = !displayNumber.isEmpty() ? displayNumber
        : record.number.isEmpty()                   ? QString()
                                                    : u"+"_s + record.number;
    lines << tr("Number: %1").arg(number);
    if (!record.brand.isEmpty())
        lines << tr("Brand: %1").arg(record.brand);
    lines << tr("Request ID: %1").arg(record.requestId.isEmpty() ? tr("(none)") : record.requestId);
    lines << tr("Status: %1").arg(HistoryRecord::statusName(record.status));
    lines << tr("Profile: %1").arg(record.profileName);
    // Who verified, where and why; rows from before these were kept say nothing of them.
    if (!record.operatorName.isEmpty())
        lines << tr("Operator: %1").arg(record.operatorName);
    if (!record.workstation.isEmpty())
        lines << tr("Workstation: %1").arg(record.workstation);
    if (!record.reference.isEmpty())
        lines << tr("Reference: %1").arg(record.reference);
    lines << tr("Started: %1").arg(dateText(record.created));
    lines << tr("Attempts: %1").arg(QLocale().toString(record.attempts));
    if (!record.price.isEmpty())
        lines << tr("Price: %1 %2").arg(record.price, record.currency).trimmed();
    if (!record.lastError.isEmpty())
        lines << tr("Last error: %1").arg(record.lastError);
    if (!record.options.isEmpty()) {
        QStringList options;
        for (auto it = record.options.constBegin(); it != record.options.constEnd(); ++it)
            options << tr("%1 = %2").arg(it.key(), value(record.options, it.key()));
        lines << tr("Options: %1").arg(options.join(u", "_s));
    }

    QStringList checks;
    for (const HistoryEvent &event : events) {
        if (event.kind == HistoryEvent::Kind::CheckValid)
            checks << tr("  %1  %2").arg(dateText(event.at), u"VALID"_s);
        else if (event.kind == HistoryEvent::Kind::CheckInvalid)
            checks << tr("  %1  %2").arg(dateText(event.at), u"INVALID"_s);
    }
    if (!checks.isEmpty()) {
        lines << QString() << tr("Checks:");
        lines << checks;
    }
    if (!events.isEmpty()) {
        lines << QString() << tr("Events:");
        for (const HistoryEvent &event : events)
            lines << u"  "_s + eventText(event);
    }
    const QString search = searchText(record.lastSearch);
    lines << QString() << tr("Last search answer:");
    lines << (search.isEmpty() ? tr("  (not searched yet)") : search);
    return lines.join(u'\n');
}
