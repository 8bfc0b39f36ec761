// HistoryRefresh against real sandboxes over loopback: each stored verification is searched for
// through the profile it was sent with, ten at a time, a profile that cannot be reached is passed
// over and said, a cancel ends it at once, and the answers are written back to the store.

#include "SandboxRig.h"
#include "Simulator.h"
#include "api/RateGuard.h"
#include "history/HistoryRefresh.h"
#include "history/HistoryStore.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(HistoryRefresh::Result)

namespace {

const QString kProfileA = u"profile-a"_s;
const QString kProfileB = u"profile-b"_s;
const QString kGone = u"profile-gone"_s;
const QString kGoneProblem = u"\"Gone\" cannot be reached now."_s;

} // namespace

class tst_HistoryRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eachProfileIsSearchedThroughItsOwnClient();
    void tenRequestIdsPerSearch();
    void anUnreachableProfileIsSkippedAndSaid();
    void aFailedSearchSkipsItsProfileOnly();
    void cancelEndsAtOnceAndWritesNothing();
    void refreshedRowsTakeTheAnswer();
    void aKnownOutcomeOutlivesSearchsMinute();
    void nothingToRefresh();

private:
    // A verification sent through `rig` to `number`, stored under `profileId`; its request id.
    QString sendAndStore(SandboxRig &rig, const QString &profileId, const QString &number);
    // Runs a refresh of `ids` to its end; the result and its error sentence.
    std::pair<HistoryRefresh::Result, QString> refresh(const QStringList &ids);
    // The request ids each search call of `rig` carried, in order.
    static QList<QStringList> searchedIds(SandboxRig &rig, const QStringList &candidates);

    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<SandboxRig> m_a;
    std::unique_ptr<SandboxRig> m_b;
    std::unique_ptr<HistoryRefresh> m_refresh;
    QStringList m_asked; // the profile of each clientFor() call
};

void tst_HistoryRefresh::init()
{
    m_store = std::make_unique<HistoryStore>(m_dir.filePath(
        u"history-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    QVERIFY(m_store->open());
    sandbox::SandboxOptions options;
    options.timeScale = 1e-9; // only /_sandbox/clock/advance moves the sandboxes' time
    m_a = std::make_unique<SandboxRig>(options);
    m_b = std::make_unique<SandboxRig>(options);
    QVERIFY(m_a->isListening() && m_b->isListening());
    for (SandboxRig *rig : {m_a.get(), m_b.get()}) {
        rig->client().setSearchRetryDelays({}); // one exchange per search
        rig->client().rateGuard()->setInterval(RateGuard::Lane::Request, 0);
        rig->client().rateGuard()->setInterval(RateGuard::Lane::Search, 0);
    }
    m_asked.clear();
    m_refresh = std::make_unique<HistoryRefresh>(
        m_store.get(), [this](const QString &profileId, QString *problem) -> VerifyClient * {
            m_asked.append(profileId);
            if (profileId == kProfileA)
                return &m_a->client();
            if (profileId == kProfileB)
                return &m_b->client();
            *problem = kGoneProblem;
            return nullptr;
        });
}

void tst_HistoryRefresh::cleanup()
{
    m_refresh.reset();
    m_b.reset();
    m_a.reset();
    m_store.reset();
}

QString tst_HistoryRefresh::sendAndStore(SandboxRig &rig, const QString &profileId,
                                         const QString &number)
{
    VerifyRequest request;
    request.number = number;
    request.brand = u"Desk"_s;
    std::optional<Outcome<RequestResult>> sent;
    rig.client().request(request, this, [&sent](const Outcome<RequestResult> &o) { sent = o; });
    if (!QTest::qWaitFor([&sent] { return sent.has_value(); }, 10'000) || !sent->ok())
        qFatal("the sandbox did not take the request");
    HistoryRecord record;
    record.profileId = profileId;
    record.profileName = profileId;
    record.number = number;
    record.brand = request.brand;
    record.requestId = sent->value().requestId;
    if (m_store->addVerification(record) == 0)
        qFatal("the verification was not stored");
    return record.requestId;
}

std::pair<HistoryRefresh::Result, QString> tst_HistoryRefresh::refresh(const QStringList &ids)
{
    QSignalSpy finished(m_refresh.get(), &HistoryRefresh::finished);
    if (!m_refresh->start(ids))
        qFatal("the refresh did not start");
    if (!finished.wait(15'000))
        qFatal("the refresh did not finish");
    return {finished.at(0).at(0).value<HistoryRefresh::Result>(), finished.at(0).at(1).toString()};
}

QList<QStringList> tst_HistoryRefresh::searchedIds(SandboxRig &rig, const QStringList &candidates)
{
    QList<QStringList> calls;
    for (const ExchangeLog::Entry &entry : rig.log().entries()) {
        if (!entry.url.endsWith(u"/search"_s))
            continue;
        QStringList ids;
        for (const QString &id : candidates) {
            if (entry.requestBody.contains(id.toUtf8()))
                ids.append(id);
        }
        calls.append(ids);
    }
    return calls;
}

void tst_HistoryRefresh::eachProfileIsSearchedThroughItsOwnClient()
{
    const QString a1 = sendAndStore(*m_a, kProfileA, u"31611111101"_s);
    const QString b1 = sendAndStore(*m_b, kProfileB, u"31611111102"_s);
    const QString a2 = sendAndStore(*m_a, kProfileA, u"31611111103"_s);
    const QString b2 = sendAndStore(*m_b, kProfileB, u"31611111104"_s);
    QSignalSpy progress(m_refresh.get(), &HistoryRefresh::progressChanged);

    // Duplicates and empty ids are dropped; the rest are grouped by profile, first met first.
    const auto [result, error] = refresh({a1, b1, QString(), a1, a2, b2, b1});
    QCOMPARE(result, HistoryRefresh::Result::Done);
    QVERIFY(error.isEmpty());
    QCOMPARE(m_refresh->total(), 4);
    QCOMPARE(m_refresh->done(), 4);
    QCOMPARE(m_refresh->refreshed(), 4);
    QCOMPARE(m_asked, (QStringList {kProfileA, kProfileB}));
    const QStringList all {a1, a2, b1, b2};
    QCOMPARE(searchedIds(*m_a, all), (QList<QStringList> {{a1, a2}}));
    QCOMPARE(searchedIds(*m_b, all), (QList<QStringList> {{b1, b2}}));
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.at(0), (QVariantList {0, 4}));
    QCOMPARE(progress.at(1), (QVariantList {2, 4}));
    QCOMPARE(progress.at(2), (QVariantList {4, 4}));
    QVERIFY(!m_refresh->isRunning());
}

void tst_HistoryRefresh::tenRequestIdsPerSearch()
{
    QStringList ids;
    for (int i = 0; i < VerifyClient::kMaxIdsPerSearch + 1; ++i)
        ids.append(sendAndStore(*m_a, kProfileA, u"3162222220%1"_s.arg(10 + i)));
    QSignalSpy progress(m_refresh.get(), &HistoryRefresh::progressChanged);
    QCOMPARE(refresh(ids).first, HistoryRefresh::Result::Done);
    // One search call of the client per ten, each its own exchange.
    QCOMPARE(m_asked, (QStringList {kProfileA, kProfileA}));
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.at(1), (QVariantList {VerifyClient::kMaxIdsPerSearch, int(ids.size())}));
    const QList<QStringList> calls = searchedIds(*m_a, ids);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0), ids.mid(0, VerifyClient::kMaxIdsPerSearch));
    QCOMPARE(calls.at(1), ids.mid(VerifyClient::kMaxIdsPerSearch));
    QCOMPARE(m_refresh->refreshed(), ids.size());
}

void tst_HistoryRefresh::anUnreachableProfileIsSkippedAndSaid()
{
    const QString a1 = sendAndStore(*m_a, kProfileA, u"31633333301"_s);
    // Sent through a profile that is gone now: the sandbox knows it, but no client reaches it.
    const QString gone1 = sendAndStore(*m_b, kGone, u"31633333302"_s);
    const QString gone2 = sendAndStore(*m_b, kGone, u"31633333303"_s);
    const QString a2 = sendAndStore(*m_a, kProfileA, u"31633333304"_s);

    const auto [result, error] = refresh({gone1, a1, gone2, a2});
    QCOMPARE(result, HistoryRefresh::Result::Failed);
    QCOMPARE(m_asked, (QStringList {kGone, kProfileA}));
    QCOMPARE(error,
             HistoryRefresh::tr("%n verification(s) could not be refreshed: %1", nullptr, 2)
                 .arg(kGoneProblem));
    QCOMPARE(m_refresh->done(), 4);
    QCOMPARE(m_refresh->refreshed(), 2);
    QCOMPARE(searchedIds(*m_a, {a1, a2}), (QList<QStringList> {{a1, a2}}));
    QVERIFY(searchedIds(*m_b, {gone1, gone2}).isEmpty());
    QVERIFY(!m_store->findByRequestId(a1)->lastSearch.isEmpty());
    QVERIFY(m_store->findByRequestId(gone1)->lastSearch.isEmpty());
}

void tst_HistoryRefresh::aFailedSearchSkipsItsProfileOnly()
{
    const QString a1 = sendAndStore(*m_a, kProfileA, u"31644444401"_s);
    const QString b1 = sendAndStore(*m_b, kProfileB, u"31644444402"_s);
    QVERIFY(m_a->control().addFaults(R"([{"path":"/search","status":500}])"));

    const auto [result, error] = refresh({a1, b1});
    QCOMPARE(result, HistoryRefresh::Result::Failed);
    QVERIFY2(error.contains(u"1 verification"_s), qPrintable(error));
    QCOMPARE(m_refresh->done(), 2);
    QCOMPARE(m_refresh->refreshed(), 1);
    QVERIFY(m_store->findByRequestId(a1)->lastSearch.isEmpty());
    QCOMPARE(m_store->findByRequestId(b1)->lastSearch.value(u"request_id"_s).toString(), b1);
}

void tst_HistoryRefresh::cancelEndsAtOnceAndWritesNothing()
{
    const QString a1 = sendAndStore(*m_a, kProfileA, u"31655555501"_s);
    const QString b1 = sendAndStore(*m_b, kProfileB, u"31655555502"_s);
    QVERIFY(m_a->control().addFaults(R"([{"path":"/search","delay_ms":3000}])"));
    QSignalSpy finished(m_refresh.get(), &HistoryRefresh::finished);
    QVERIFY(m_refresh->start({a1, b1}));
    QVERIFY(m_refresh->isRunning());
    QVERIFY(!m_refresh->start({b1})); // one at a time
    // Profile A's search is under way (the sandbox holds its answer back).
    m_refresh->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<HistoryRefresh::Result>(),
             HistoryRefresh::Result::Cancelled);
    QVERIFY(!m_refresh->isRunning());
    QCOMPARE(m_refresh->refreshed(), 0);
    QTest::qWait(100); // nothing more comes, and profile B is never asked
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_asked, QStringList {kProfileA});
    QVERIFY(m_store->findByRequestId(a1)->lastSearch.isEmpty());
    QVERIFY(m_store->findByRequestId(b1)->lastSearch.isEmpty());
}

void tst_HistoryRefresh::refreshedRowsTakeTheAnswer()
{
    const QString verified = sendAndStore(*m_a, kProfileA, u"31666666601"_s);
    const QString running = sendAndStore(*m_a, kProfileA, u"31666666602"_s);
    std::optional<Outcome<CheckResult>> checked;
    m_a->client().check(verified, m_a->control().lastCode(u"31666666601"_s), this,
                        [&checked](const Outcome<CheckResult> &o) { checked = o; });
    QTRY_VERIFY(checked.has_value());
    QVERIFY(checked->ok());
    // The API answers a search for a finished verification only a while after.
    QVERIFY(m_a->control().advance(sandbox::Simulator::kSearchDelaySeconds));
    const qint64 runningId = m_store->findByRequestId(running)->id;

    QCOMPARE(refresh({verified, running}).first, HistoryRefresh::Result::Done);
    const HistoryRecord done = *m_store->findByRequestId(verified);
    QCOMPARE(done.status, HistoryRecord::Status::Verified);
    QCOMPARE(done.attempts, 1);
    QVERIFY(done.durationMs >= 0);
    QCOMPARE(done.lastSearch.value(u"status"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(done.lastSearch.value(u"request_id"_s).toString(), verified);
    QVERIFY(!done.price.isEmpty());
    QCOMPARE(m_store->events(done.id).constLast().kind, HistoryEvent::Kind::Outcome);
    const HistoryRecord still = *m_store->findByRequestId(running);
    QCOMPARE(still.status, HistoryRecord::Status::InProgress);
    QCOMPARE(still.durationMs, -1);
    QCOMPARE(still.lastSearch.value(u"status"_s).toString(), u"IN PROGRESS"_s);

    // Asked again with nothing new: a "search" event, and no outcome.
    const int eventsBefore = int(m_store->events(runningId).size());
    QCOMPARE(refresh({running}).first, HistoryRefresh::Result::Done);
    const QList<HistoryEvent> events = m_store->events(runningId);
    QCOMPARE(events.size(), eventsBefore + 1);
    QCOMPARE(events.constLast().kind, HistoryEvent::Kind::SearchRefresh);
}

// The sandbox's search, as the vendor's, answers 101 for a minute after completion: a row whose
// outcome the desk knows keeps it and is left for later, and the refresh says so; once the
// minute is up the answer is taken.
void tst_HistoryRefresh::aKnownOutcomeOutlivesSearchsMinute()
{
    const QString verified = sendAndStore(*m_a, kProfileA, u"31666666611"_s);
    const QString running = sendAndStore(*m_a, kProfileA, u"31666666612"_s);
    std::optional<Outcome<CheckResult>> checked;
    m_a->client().check(verified, m_a->control().lastCode(u"31666666611"_s), this,
                        [&checked](const Outcome<CheckResult> &o) { checked = o; });
    QTRY_VERIFY(checked.has_value());
    QVERIFY(checked->ok());
    const qint64 id = m_store->findByRequestId(verified)->id;
    HistoryOutcome known;
    known.status = HistoryRecord::Status::Verified;
    known.attempts = 1;
    known.durationMs = 12'000;
    QVERIFY(m_store->updateOutcome(id, known));
    const int eventsBefore = int(m_store->events(id).size());

    const auto [result, error] = refresh({verified, running});
    QCOMPARE(result, HistoryRefresh::Result::Failed);
    QCOMPARE(error,
             u"1 verification(s) ended moments ago and are not available yet: try again in a "
             "minute."_s);
    QCOMPARE(m_refresh->done(), 2);
    QCOMPARE(m_refresh->refreshed(), 1);
    QCOMPARE(m_refresh->later(), 1);
    HistoryRecord row = *m_store->findByRequestId(verified);
    QCOMPARE(row.status, HistoryRecord::Status::Verified);
    QCOMPARE(row.attempts, 1);
    QVERIFY(row.lastSearch.isEmpty());
    QCOMPARE(int(m_store->events(id).size()), eventsBefore);
    QCOMPARE(m_store->findByRequestId(running)->lastSearch.value(u"status"_s).toString(),
             u"IN PROGRESS"_s);

    QVERIFY(m_a->control().advance(sandbox::Simulator::kSearchDelaySeconds));
    QCOMPARE(refresh({verified}).first, HistoryRefresh::Result::Done);
    QCOMPARE(m_refresh->later(), 0);
    row = *m_store->findByRequestId(verified);
    QCOMPARE(row.status, HistoryRecord::Status::Verified);
    QCOMPARE(row.lastSearch.value(u"status"_s).toString(), u"SUCCESS"_s);
}

void tst_HistoryRefresh::nothingToRefresh()
{
    QSignalSpy finished(m_refresh.get(), &HistoryRefresh::finished);
    QVERIFY(!m_refresh->start({}));
    QVERIFY(!m_refresh->start({QString()}));
    QVERIFY(!m_refresh->isRunning());
    m_refresh->cancel(); // nothing to cancel: no signal
    QCOMPARE(finished.size(), 0);
    QVERIFY(m_asked.isEmpty());
}

QTEST_GUILESS_MAIN(tst_HistoryRefresh)
#include "tst_HistoryRefresh.moc"
