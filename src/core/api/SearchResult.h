#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// What a search says about one request id. Unknown ids (status 101) come back as results with
// isKnown() false. The codes the customer entered are deliberately not kept.
struct SearchResult
{
    // The state of a verification request as search reports it. Unknown: no request has this id
    // (Verify status 101); Other: a state this app does not know.
    enum class Status { InProgress, Success, Failed, Expired, Cancelled, Unknown, Other };

    struct Check
    {
        QDateTime date; // UTC
        QString status; // VALID or INVALID
        bool valid() const;
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
    // Whether the request has ended: verified, failed, expired or cancelled.
    bool isFinal() const { return isFinal(status); }

    static SearchResult unknown(const QString &requestId, const QString &errorText = {});
    // One entry of a search answer; sets `error` when it is not one.
    static SearchResult fromJson(const QJsonObject &object, QString *error);
    // The result in the shape of the API's answer (empty fields left out): fromJson() reads it
    // back.
    QJsonObject toJson() const;
    // "IN PROGRESS" (any case, padded) -> InProgress; "101" -> Unknown; anything else -> Other.
    static Status statusFromText(const QString &text);
    // As on the wire ("IN PROGRESS"); empty for Unknown and Other.
    static QString statusName(Status status);
    static bool isFinal(Status status);
    // "YYYY-MM-DD HH:MM:SS" in UTC; invalid for anything else.
    static QDateTime parseDate(const QString &text);
};
