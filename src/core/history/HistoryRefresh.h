#pragma once

#include "HistoryOutcome.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class ApiJob;
class HistoryStore;
class VerifyClient;
struct HistoryRecord;
struct SearchResult;

// Refreshes the status of stored verifications through Verify search, ten request ids per call
// (one call at a time, so the client's rate guard paces them), and writes each answer back to the
// HistoryStore: the last search, a "search" event and, when it changed, the outcome. A 101 "No
// response found" for a verification whose outcome History knows never overwrites it: the vendor's
// search answers 101 for a minute after completion ("wait 60 seconds and try again",
// vonage-verify-v1.openapi.yml), so such a row is left as it is, counted in later() when its end
// is recent, and the refresh says to try again in a minute.
class HistoryRefresh : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRefresh)

public:
    enum class Result {
        Done,
        Cancelled,
        Failed, // some could not be refreshed: their profile was unreachable or its search failed
    };
    Q_ENUM(Result)

    // The client of the profile a verification was sent with (its stored profile id), ready to
    // call; null, with the reason in `problem`, when that profile cannot be reached now.
    using ClientFor = std::function<VerifyClient *(const QString &profileId, QString *problem)>;

    // Each verification is searched for through the profile it was sent with.
    HistoryRefresh(HistoryStore *store, ClientFor clientFor, QObject *parent = nullptr);
    ~HistoryRefresh() override;

    // Starts a refresh of `requestIds` (duplicates and empty ids dropped); false when one is
    // already running or there is nothing to refresh.
    bool start(const QStringList &requestIds);
    // Aborts the search in flight; finished(Cancelled) follows at once.
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_ids.size()); }
    int done() const { return m_done; }
    // Of done(), those refreshed; the others' profiles could not be reached.
    int refreshed() const { return m_refreshed; }
    // Of done(), those whose outcome History knows but search answered 101 for, within a few
    // minutes of their end: not available yet, left to a refresh in a minute.
    int later() const { return m_later; }
    // The HTTP exchange of the last search of this refresh that failed, for the inspector; 0 when
    // none did or it had none (a profile that could not be reached).
    quint64 failedExchangeId() const { return m_failedExchangeId; }
    // How long after a known end a 101 counts as "not available yet" (the vendor's minute, with
    // room for the desk's and the server's clocks to differ).
    static constexpr int kNotYetSeconds = 180;

    // What the stored verification becomes after `result`; nothing when it does not change.
    static std::optional<HistoryOutcome> outcomeFor(const SearchResult &result,
                                                    const HistoryRecord &record);

Q_SIGNALS:
    void progressChanged(int done, int total);
    // `error` is the translated sentence of the failed call (Failed only).
    void finished(HistoryRefresh::Result result, const QString &error);

private:
    void nextBatch();
    void skipProfile(const QString &problem);
    // False when the row was left for later (a 101 too soon after its known end).
    bool apply(const SearchResult &result);
    void finish(Result result, const QString &error = {});

    HistoryStore *const m_store;
    ClientFor m_clientFor;
    QPointer<ApiJob> m_job;
    QStringList m_ids; // grouped by profile, in the order first met
    QStringList m_profiles; // the profile id of each of m_ids
    int m_done = 0;
    int m_refreshed = 0;
    int m_skipped = 0;
    int m_later = 0;
    quint64 m_failedExchangeId = 0;
    QStringList m_problems; // why profiles were skipped, each once
    bool m_running = false;
};
