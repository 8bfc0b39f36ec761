#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One append-only entry in a verification's history: what happened and when. A check records
// VALID or INVALID, never the code that was entered.
struct HistoryEvent
{
    Q_DECLARE_TR_FUNCTIONS(HistoryEvent)

public:
    enum class Kind {
        Requested,
        CheckValid,
        CheckInvalid,
        Cancel,
        NextEvent, // trigger_next_event
        SearchRefresh,
        Error,
        Outcome,
    };

    qint64 id = 0;
    qint64 verificationId = 0;
    QString uid; // its identity across databases; made when it is stored if empty
    QDateTime at; // UTC
    Kind kind = Kind::Requested;
    QJsonObject detail;

    static QString kindKey(Kind kind); // "requested", "check_valid" …
    static Kind kindFromKey(const QString &key, bool *ok = nullptr);
    static QString kindName(Kind kind); // translated
};
