#pragma once

#include "HistoryEvent.h"
#include "HistoryRecord.h"
#include "api/Psd2Request.h"
#include "api/VerifyRequest.h"
#include "verification/SessionRecord.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class HistoryStore;

// Writes what one verification session records into the history: the verification row when the
// request goes out (or a running one is resumed), then an event for each check (VALID or
// INVALID, never the code), control action, search that brought news and error, and the outcome.
class SessionRecorder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRecorder)

public:
    explicit SessionRecorder(HistoryStore *store, QObject *parent = nullptr);

    // The desk user and computer every row this recorder creates carries.
    void setAuthor(const QString &operatorName, const QString &workstation);
    // Who verifies what, and why (the ticket or reference typed with it, may be empty), for the
    // row the next Requested or Resumed record creates.
    void begin(const QString &profileId, const QString &profileName, const VerifyRequest &request,
               const QString &reference = {});
    // A PSD2 payment confirmation: its payee in the brand column (the name its message shows),
    // payee and amount ("48.00", euros) with the options.
    void begin(const QString &profileId, const QString &profileName, const Psd2Request &request,
               const QString &reference = {});
    void record(const SessionRecord &record);

    // The history row of the current verification; 0 before the request went out.
    qint64 verificationId() const { return m_id; }

private:
    qint64 ensureRow(const SessionRecord &record, HistoryRecord::Status status,
                     const QString &lastError = {});
    // An event of the running verification (its row made first when needed); false when it
    // has no row.
    bool appendEvent(const SessionRecord &record, HistoryEvent::Kind kind,
                     const QJsonObject &detail);
    void recordError(const SessionRecord &record);
    void recordOutcome(const SessionRecord &record);

    QPointer<HistoryStore> m_store;
    QString m_profileId;
    QString m_profileName;
    VerifyRequest m_request;
    QJsonObject m_payment; // PSD2 only: payee and amount
    QString m_reference;
    QString m_operatorName;
    QString m_workstation;
    qint64 m_id = 0;
    int m_checks = 0;
};
