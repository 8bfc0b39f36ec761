#include "SessionRecorder.h"

#include "HistoryOutcome.h"
#include "HistoryStore.h"
#include "api/VerifyClient.h"
#include "verification/VerificationSession.h"

#include <QDateTime>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QDateTime atUtc(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime::currentDateTimeUtc();
}

QJsonObject optionsOf(const VerifyRequest &request)
{
    QJsonObject options;
    for (const auto &[name, value] : request.sentOptions())
        options.insert(name, QJsonValue::fromVariant(value));
    if (!request.senderId.isEmpty())
        options.insert(u"sender_id"_s, request.senderId);
    return options;
}

std::optional<HistoryRecord::Status> outcomeStatus(const QString &stateName)
{
    using State = VerificationSession::State;
    switch (VerificationSession::stateFromName(stateName).value_or(State::Error)) {
    case State::Verified:
        return HistoryRecord::Status::Verified;
    case State::Failed:
        return HistoryRecord::Status::Failed;
    case State::Cancelled:
        return HistoryRecord::Status::Cancelled;
    case State::Expired:
        return HistoryRecord::Status::Expired;
    case State::Idle:
    case State::Sending:
    case State::WaitingForCode:
    case State::Error:
        break;
    }
    return std::nullopt;
}

} // namespace

SessionRecorder::SessionRecorder(HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

void SessionRecorder::setAuthor(const QString &operatorName, const QString &workstation)
{
    m_operatorName = operatorName;
    m_workstation = workstation;
}

void SessionRecorder::begin(const QString &profileId, const QString &profileName,
                            const VerifyRequest &request, const QString &reference)
{
    m_profileId = profileId;
    m_profileName = profileName;
    m_request = request;
    m_reference = reference;
    m_payment = {};
    m_id = 0;
    m_checks = 0;
}

void SessionRecorder::begin(const QString &profileId, const QString &profileName,
                            const Psd2Request &request, const QString &reference)
{
    begin(profileId, profileName, VerifyRequest(request, request.payee), reference);
    m_payment = {{u"payee"_s, request.payee}, {u"amount"_s, request.amountText()}};
}

qint64 SessionRecorder::ensureRow(const SessionRecord &record, HistoryRecord::Status status,
                                  const QString &lastError)
{
    if (m_id != 0 || !m_store || !m_store->isOpen())
        return m_id;
    if (!record.requestId.isEmpty()) {
        if (const auto existing = m_store->findByRequestId(record.requestId)) {
            m_id = existing->id;
            return m_id;
        }
    }
    HistoryRecord row;
    row.profileId = m_profileId;
    row.profileName = m_profileName;
    row.number = record.number.isEmpty() ? m_request.number : record.number;
    row.brand = m_request.brand;
    row.options = optionsOf(m_request);
    for (auto it = m_payment.constBegin(); it != m_payment.constEnd(); ++it)
        row.options.insert(it.key(), it.value());
    row.requestId = record.requestId;
    row.operatorName = m_operatorName;
    row.workstation = m_workstation;
    row.reference = m_reference;
    row.created = atUtc(record.atMs);
    row.updated = row.created;
    row.status = status;
    row.lastError = lastError;
    m_id = m_store->addVerification(
        row, QJsonObject {{u"resumed"_s, record.kind == SessionRecord::Kind::Resumed}});
    return m_id;
}

void SessionRecorder::record(const SessionRecord &record)
{
    if (!m_store || !m_store->isOpen())
        return;
    switch (record.kind) {
    case SessionRecord::Kind::Requested:
    case SessionRecord::Kind::Resumed:
        ensureRow(record, HistoryRecord::Status::InProgress);
        return;
    case SessionRecord::Kind::Check:
        if (appendEvent(record,
                        VerifyStatus::parseCheckStatus(record.detail)
                                == VerifyStatus::CheckStatus::Valid
                            ? HistoryEvent::Kind::CheckValid
                            : HistoryEvent::Kind::CheckInvalid,
                        {{u"attempts_left"_s, record.attemptsLeft}}))
            ++m_checks;
        return;
    case SessionRecord::Kind::Control:
        appendEvent(record,
                    record.detail == VerifyClient::commandName(VerifyClient::Command::Cancel)
                        ? HistoryEvent::Kind::Cancel
                        : HistoryEvent::Kind::NextEvent,
                    {{u"events_sent"_s, record.eventsSent}});
        return;
    case SessionRecord::Kind::Refresh:
        appendEvent(record, HistoryEvent::Kind::SearchRefresh,
                    {{u"status"_s, record.detail}, {u"events_sent"_s, record.eventsSent}});
        return;
    case SessionRecord::Kind::Error:
        recordError(record);
        return;
    case SessionRecord::Kind::Outcome:
        recordOutcome(record);
        return;
    }
}

bool SessionRecorder::appendEvent(const SessionRecord &record, HistoryEvent::Kind kind,
                                  const QJsonObject &detail)
{
    if (ensureRow(record, HistoryRecord::Status::InProgress) == 0)
        return false;
    m_store->appendEvent(m_id, kind, detail, atUtc(record.atMs));
    return true;
}

void SessionRecorder::recordError(const SessionRecord &record)
{
    const bool fresh = m_id == 0;
    // "Concurrent verifications": the running request has (or gets, on resume) a row of its
    // own; this attempt adds nothing.
    if (fresh && record.verifyStatus.code() == VerifyStatus::Code::ConcurrentVerification)
        return;
    // A request refused before it had an id still belongs in the history, as an error.
    const HistoryRecord::Status status =
        fresh ? HistoryRecord::Status::Error : HistoryRecord::Status::InProgress;
    if (ensureRow(record, status, record.message) == 0)
        return;
    // The status as its text, as history has always stored it ("7").
    m_store->appendEvent(m_id, HistoryEvent::Kind::Error,
                         QJsonObject {{u"call"_s, record.detail},
                                      {u"kind"_s, record.errorKind},
                                      {u"verify_status"_s, record.verifyStatus.rawCode()},
                                      {u"message"_s, record.message}},
                         atUtc(record.atMs));
}

void SessionRecorder::recordOutcome(const SessionRecord &record)
{
    const auto status = outcomeStatus(record.detail);
    if (!status || ensureRow(record, *status) == 0)
        return;
    HistoryOutcome outcome;
    outcome.status = *status;
    outcome.attempts = m_checks;
    outcome.price = record.price;
    outcome.currency = record.currency;
    outcome.durationMs = record.durationMs;
    m_store->updateOutcome(m_id, outcome);
}
