#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One verification as the history keeps it: who asked, for which number, with which options, and
// how it ended. Never holds a PIN, token or secret.
struct HistoryRecord
{
    Q_DECLARE_TR_FUNCTIONS(HistoryRecord)

public:
    // Where a verification stands. Stored as text (statusKey()) so the file stays readable.
    enum class Status {
        InProgress, // requested, no final answer yet
        Verified,
        Failed, // too many wrong codes
        Expired,
        Cancelled,
        Error, // the request itself was refused or never answered
    };

    qint64 id = 0; // 0 until stored; the row's number in its own database
    // The verification's identity across databases (a shared history and a desk's outbox): a
    // UUID without braces, made when it is first stored if empty.
    QString uid;
    QString profileId;
    QString profileName;
    QString number; // E.164 digits, no '+': "31612345678"
    QString brand;
    QJsonObject options; // code_length, lg, workflow_id, pin_expiry, next_event_wait, sender_id
    QString requestId; // empty until the API gave one
    QDateTime created; // UTC
    QDateTime updated; // UTC
    Status status = Status::InProgress;
    int attempts = 0; // checks sent
    QString price; // exact decimal text as the API wrote it
    QString currency;
    qint64 durationMs = -1; // from request to outcome; -1 while unknown
    QJsonObject lastSearch; // the last search answer, check codes stripped
    QString lastError; // a translated sentence, or empty
    // Who verified and why: the desk user's name (Settings), the computer's host name, and
    // what the user typed as the ticket or reference (may be empty).
    QString operatorName;
    QString workstation;
    QString reference;
    // Kept on this desk and not yet in the team's shared history (its server was away).
    bool unshared = false;

    bool isFinished() const { return status != Status::InProgress; }

    static QString statusKey(Status status); // "in_progress", "verified" …
    static Status statusFromKey(const QString &key, bool *ok = nullptr);
    static QString statusName(Status status); // translated, for the table
};
