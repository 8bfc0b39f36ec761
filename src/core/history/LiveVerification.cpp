#include "LiveVerification.h"

#include "HistoryStore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// The longest a request can run: the API's largest pin_expiry.
constexpr int kLongestPinExpirySeconds = 3600;

int pinExpirySeconds(const HistoryRecord &record)
{
    const int seconds = record.options.value(u"pin_expiry"_s).toInt();
    return seconds > 0 ? seconds : LiveVerification::DefaultPinExpirySeconds;
}

} // namespace

std::optional<HistoryRecord> LiveVerification::find(const HistoryStore &store,
                                                    const QString &e164Digits,
                                                    const QString &operatorName,
                                                    const QString &workstation,
                                                    const QDateTime &now)
{
    if (e164Digits.isEmpty() || !store.isOpen())
        return std::nullopt;
    HistoryQuery query;
    query.number = e164Digits;
    query.statuses = {HistoryRecord::Status::InProgress};
    query.from = now.addSecs(-kLongestPinExpirySeconds);
    query.limit = 20; // newest first
    for (const HistoryRecord &r : store.query(query)) {
        if (r.operatorName == operatorName && r.workstation == workstation)
            continue; // this desk's own: the wizard's running list has it
        if (r.created.addSecs(pinExpirySeconds(r)) > now)
            return r;
    }
    return std::nullopt;
}

QString LiveVerification::describe(const HistoryRecord &record, const QDateTime &now)
{
    const QString who = record.operatorName.isEmpty() ? tr("another desk") : record.operatorName;
    const QString at =
        QLocale().toString(record.created.toLocalTime().time(), QLocale::ShortFormat);
    const qint64 minutes = qMax<qint64>(0, record.created.secsTo(now) / 60);
    if (minutes < 1)
        return tr("sent by %1 at %2, less than a minute ago").arg(who, at);
    return tr("sent by %1 at %2, %n min ago", nullptr, int(minutes)).arg(who, at);
}
