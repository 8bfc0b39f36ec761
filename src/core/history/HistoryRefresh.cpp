#include "HistoryRefresh.h"

#include "HistoryRecord.h"
#include "HistoryStore.h"
#include "Logging.h"
#include "api/ApiJob.h"
#include "api/SearchResult.h"
#include "api/VerifyClient.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

std::optional<HistoryRecord::Status> statusFor(SearchResult::Status status)
{
    switch (status) {
    case SearchResult::Status::InProgress:
        return HistoryRecord::Status::InProgress;
    case SearchResult::Status::Success:
        return HistoryRecord::Status::Verified;
    case SearchResult::Status::Failed:
        return HistoryRecord::Status::Failed;
    case SearchResult::Status::Expired:
        return HistoryRecord::Status::Expired;
    case SearchResult::Status::Cancelled:
        return HistoryRecord::Status::Cancelled;
    case SearchResult::Status::Unknown:
    case SearchResult::Status::Other:
        break;
    }
    return std::nullopt;
}

} // namespace

HistoryRefresh::HistoryRefresh(HistoryStore *store, ClientFor clientFor, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clientFor(std::move(clientFor))
{
    Q_ASSERT(store);
}

HistoryRefresh::~HistoryRefresh()
{
    m_running = false; // no finished() from a destructor
    if (m_job)
        m_job->abort();
}

bool HistoryRefresh::start(const QStringList &requestIds)
{
    if (m_running || !m_clientFor)
        return false;
    // Grouped by the profile each was sent with, so that a call asks one profile's API only.
    QStringList profiles;
    QList<QStringList> idsByProfile;
    for (const QString &id : requestIds) {
        if (id.isEmpty()
            || std::any_of(idsByProfile.cbegin(), idsByProfile.cend(),
                           [&id](const QStringList &ids) { return ids.contains(id); }))
            continue;
        const std::optional<HistoryRecord> record = m_store->findByRequestId(id);
        const QString profile = record ? record->profileId : QString();
        qsizetype group = profiles.indexOf(profile);
        if (group < 0) {
            profiles.append(profile);
            idsByProfile.append(QStringList());
            group = profiles.size() - 1;
        }
        idsByProfile[group].append(id);
    }
    m_ids.clear();
    m_profiles.clear();
    m_problems.clear();
    m_skipped = 0;
    m_later = 0;
    m_refreshed = 0;
    m_failedExchangeId = 0;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        m_ids += idsByProfile.at(i);
        for (qsizetype n = 0; n < idsByProfile.at(i).size(); ++n)
            m_profiles.append(profiles.at(i));
    }
    if (m_ids.isEmpty())
        return false;
    m_done = 0;
    m_running = true;
    Q_EMIT progressChanged(0, total());
    nextBatch();
    return true;
}

void HistoryRefresh::cancel()
{
    if (!m_running)
        return;
    if (m_job)
        m_job->abort(); // its callback finishes the refresh
    else
        finish(Result::Cancelled);
}

void HistoryRefresh::nextBatch()
{
    if (m_done >= total()) {
        QStringList problems;
        if (m_skipped > 0)
            problems.append(tr("%n verification(s) could not be refreshed: %1", nullptr, m_skipped)
                                .arg(m_problems.join(u' ')));
        if (m_later > 0)
            problems.append(tr("%n verification(s) ended moments ago and are not available yet: "
                               "try again in a minute.",
                               nullptr, m_later));
        if (problems.isEmpty())
            finish(Result::Done);
        else
            finish(Result::Failed, problems.join(u' '));
        return;
    }
    const QString profile = m_profiles.at(m_done);
    QString problem;
    VerifyClient *client = m_clientFor(profile, &problem);
    if (!client) {
        skipProfile(problem);
        return;
    }
    QStringList batch;
    for (qsizetype i = m_done; i < m_ids.size() && batch.size() < VerifyClient::kMaxIdsPerSearch
         && m_profiles.at(i) == profile;
         ++i)
        batch.append(m_ids.at(i));
    m_job = client->search(batch, this, [this, batch](const Outcome<QList<SearchResult>> &outcome) {
        m_job = nullptr;
        if (!m_running)
            return;
        if (!outcome.ok()) {
            if (outcome.error().kind() == ApiError::Kind::Aborted)
                finish(Result::Cancelled);
            else {
                m_failedExchangeId = outcome.error().exchangeId();
                skipProfile(outcome.error().message());
            }
            return;
        }
        int later = 0;
        for (const SearchResult &result : outcome.value())
            later += apply(result) ? 0 : 1;
        m_done += int(batch.size());
        m_refreshed += int(batch.size()) - later;
        m_later += later;
        Q_EMIT progressChanged(m_done, total());
        nextBatch();
    });
}

void HistoryRefresh::skipProfile(const QString &problem)
{
    // One profile that cannot be reached does not keep the others' verifications from refreshing.
    const QString profile = m_profiles.at(m_done);
    while (m_done < total() && m_profiles.at(m_done) == profile) {
        ++m_done;
        ++m_skipped;
    }
    if (!m_problems.contains(problem))
        m_problems.append(problem);
    Q_EMIT progressChanged(m_done, total());
    nextBatch();
}

bool HistoryRefresh::apply(const SearchResult &result)
{
    const std::optional<HistoryRecord> record = m_store->findByRequestId(result.requestId);
    if (!record)
        return true;
    if (!result.isKnown() && record->isFinished()) {
        // A known outcome stays; a recent end is "not available yet" (the vendor's 101 minute).
        const QDateTime ended = record->durationMs >= 0 && record->created.isValid()
            ? record->created.addMSecs(record->durationMs)
            : record->updated;
        return !ended.isValid() || ended.secsTo(QDateTime::currentDateTimeUtc()) >= kNotYetSeconds;
    }
    m_store->updateLastSearch(record->id, result.toJson());
    if (const auto outcome = outcomeFor(result, *record))
        m_store->updateOutcome(record->id, *outcome);
    return true;
}

void HistoryRefresh::finish(Result result, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    qCInfo(lcHistory).noquote().nospace()
        << "status refresh " << result << ": " << m_done << " of " << total() << " verifications, "
        << m_skipped << " skipped";
    Q_EMIT finished(result, error);
}

std::optional<HistoryOutcome> HistoryRefresh::outcomeFor(const SearchResult &result,
                                                         const HistoryRecord &record)
{
    const std::optional<HistoryRecord::Status> status = statusFor(result.status);
    if (!status)
        return std::nullopt;
    HistoryOutcome outcome;
    outcome.status = *status;
    bool changed = *status != record.status;
    const int attempts = int(result.checks.size());
    if (attempts != record.attempts) {
        outcome.attempts = attempts;
        changed = true;
    }
    if (!result.price.isEmpty() && result.price != record.price) {
        outcome.price = result.price;
        outcome.currency = result.currency;
        changed = true;
    }
    if (*status != HistoryRecord::Status::InProgress && record.durationMs < 0
        && result.dateSubmitted.isValid() && result.dateFinalized.isValid()) {
        outcome.durationMs = qMax<qint64>(0, result.dateSubmitted.msecsTo(result.dateFinalized));
        changed = true;
    }
    if (!changed)
        return std::nullopt;
    return outcome;
}
