#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// What a search says about one request id. Unknown ids (status 101) come back as results with
// isKnown() false. The codes the customer entered are deliberately not kept.
struct SearchResult
{
    enum class Status { InProgress, Success, Failed, Expired, Cancelled, Unknown, Other };

    struct Check
    {
        QDateTime date; // UTC
        QString status; // VALID or INVALID
        bool valid() const { return status == QLatin1String("VALID"); }
    };
    struct Event
    {
        QString id;
        QString type; // sms or tts
    };

    QString requestId;
    Status status = Status::Unknown;
    QString statusText; // as the server wrote it: "IN PROGRESS", "101" ...
    QString errorText;
    QString accountId;
    QString number;
    QString senderId;
    QString price; // exact decimal text
    QString currency;
    QString estimatedPriceMessagesSent;
    QDateTime dateSubmitted; // UTC; invalid when absent
    QDateTime dateFinalized;
    QDateTime firstEventDate;
    QDateTime lastEventDate;
    QList<Check> checks;
    QList<Event> events;

    bool isKnown() const { return status != Status::Unknown; }

    static SearchResult unknown(const QString &requestId, const QString &errorText = {});
    // One entry of a search answer; sets `error` when it is not one.
    static SearchResult fromJson(const QJsonObject &object, QString *error);
    static Status statusFromText(const QString &text);
    // "YYYY-MM-DD HH:MM:SS" in UTC; invalid for anything else.
    static QDateTime parseDate(const QString &text);
};
