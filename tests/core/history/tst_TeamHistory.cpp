#include "HistoryTestRows.h"
#include "PostgresTestDatabase.h"
#include "PostgresTestServer.h"
#include "history/HistoryModel.h"
#include "history/HistoryStore.h"
#include "history/PostgresHistoryDatabase.h"
#include "history/TeamHistorySetup.h"
#include "history/TeamHistoryStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// What only a team's shared history does: its setup, the layout and rights a desk checks, and
// other desks' writes showing up live.
class tst_TeamHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void setupIsIdempotent();
    void schemaFilesAreNumberedInOrder();
    void otherDesksWritesArriveLive();
    void ownWritesAreToldOnce();
    void newerLayoutOpensReadOnly();
    void olderLayoutIsNotUsed();
    void accountWithTooManyRightsIsToldAbout();
    void desksCannotDelete();
    void unreachableServerSaysWhere();
    void outboxDeliversOnceWhenTheServerIsBack();
    void outboxOpensWithoutTheServer();

private:
    std::unique_ptr<HistoryStore> newStore(const TeamDatabase &who) const;
    std::unique_ptr<PostgresTestDatabase> m_db;
};

void tst_TeamHistory::init()
{
    m_db = std::make_unique<PostgresTestDatabase>();
    VERIFYDESK_REQUIRE_POSTGRES(*m_db);
}

void tst_TeamHistory::cleanup()
{
    m_db.reset();
}

std::unique_ptr<HistoryStore> tst_TeamHistory::newStore(const TeamDatabase &who) const
{
    return std::make_unique<HistoryStore>(std::make_unique<PostgresHistoryDatabase>(who));
}

void tst_TeamHistory::setupIsIdempotent()
{
    QStringList report;
    QVERIFY(TeamHistorySetup::run(m_db->admin(), &report));
    QCOMPARE(report.size(), 1);
    QVERIFY2(report.first().contains(u"up to date"_s), qPrintable(report.join(u'\n')));
    QCOMPARE(m_db->adminValue(u"SELECT count(*) FROM verifydesk_schema"_s).toInt(), 1);
}

void tst_TeamHistory::schemaFilesAreNumberedInOrder()
{
    const QStringList files = TeamHistorySetup::files();
    QVERIFY(!files.isEmpty());
    for (int i = 0; i < files.size(); ++i)
        QCOMPARE(TeamHistorySetup::versionOf(files.at(i)), i + 1);
    QCOMPARE(TeamHistorySetup::versionOf(files.last()), PostgresHistoryDatabase::SchemaVersion);
}

void tst_TeamHistory::otherDesksWritesArriveLive()
{
    const auto anna = newStore(m_db->agent());
    const auto bob = newStore(m_db->agent());
    QVERIFY(anna->open());
    QVERIFY(bob->open());
    QVERIFY(bob->openNotice().isEmpty());
    HistoryModel bobsView(bob.get());
    bobsView.setQuery({});
    QCOMPARE(bobsView.rowCount(), 0);

    QSignalSpy added(bob.get(), &HistoryStore::verificationAdded);
    QSignalSpy changed(bob.get(), &HistoryStore::verificationChanged);
    QElapsedTimer sent;
    sent.start();
    HistoryRecord r = makeRecord(u"31612345678"_s, u"KPN"_s, {});
    r.operatorName = u"Anna"_s;
    const qint64 id = anna->addVerification(r);
    QVERIFY(id > 0);
    // Bob's view shows it without being asked, as soon as the server tells.
    QTRY_COMPARE_WITH_TIMEOUT(bobsView.rowCount(), 1, 2000);
    qInfo("another desk's verification reached the view after %lld ms", sent.elapsed());
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).toLongLong(), id);
    QCOMPARE(bobsView.data(bobsView.index(0, HistoryModel::Operator)).toString(), u"Anna"_s);

    QVERIFY(anna->setRequestId(id, u"abc123"_s));
    HistoryOutcome outcome;
    outcome.status = HistoryRecord::Status::Verified;
    QVERIFY(anna->updateOutcome(id, outcome));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(bobsView.data(bobsView.index(0, HistoryModel::Status)).toString(),
                              HistoryRecord::statusName(HistoryRecord::Status::Verified), 2000);
}

void tst_TeamHistory::ownWritesAreToldOnce()
{
    const auto store = newStore(m_db->agent());
    QVERIFY(store->open());
    QSignalSpy added(store.get(), &HistoryStore::verificationAdded);
    QVERIFY(store->addVerification(makeRecord(u"31612345678"_s, u"KPN"_s, {})) > 0);
    QCOMPARE(added.count(), 1);
    // The server's notice of the same insert is not told again.
    QTest::qWait(300);
    QCOMPARE(added.count(), 1);
}

void tst_TeamHistory::newerLayoutOpensReadOnly()
{
    const auto writer = newStore(m_db->agent());
    QVERIFY(writer->open());
    QVERIFY(writer->addVerification(makeRecord(u"31612345678"_s, u"KPN"_s, u"r1"_s)) > 0);
    writer->close();
    QVERIFY(m_db->adminValue(u"UPDATE verifydesk_schema SET version = 9"_s).isValid());

    const auto store = newStore(m_db->agent());
    QVERIFY(store->open());
    QCOMPARE(store->state(), HistoryStore::State::ReadOnly);
    QVERIFY(store->openNotice().contains(u"newer"_s));
    QVERIFY(store->findByRequestId(u"r1"_s).has_value()); // still readable
    QCOMPARE(store->addVerification(makeRecord(u"31600000000"_s, u"KPN"_s, {})), 0);
    QVERIFY(store->lastError().contains(u"read-only"_s));
    QCOMPARE(m_db->adminValue(u"SELECT count(*) FROM verification"_s).toInt(), 1);
}

void tst_TeamHistory::olderLayoutIsNotUsed()
{
    QVERIFY(m_db->adminValue(u"UPDATE verifydesk_schema SET version = 0"_s).isValid());
    const auto store = newStore(m_db->agent());
    QVERIFY(!store->open());
    QCOMPARE(store->state(), HistoryStore::State::Unavailable);
    QVERIFY(store->openNotice().contains(u"--setup-team-history"_s));
    QVERIFY(store->openNotice().contains(u"older"_s));
}

void tst_TeamHistory::accountWithTooManyRightsIsToldAbout()
{
    // The administrator's own account (superuser, owner of the tables).
    const auto store = newStore(m_db->admin());
    QVERIFY(store->open());
    QCOMPARE(store->state(), HistoryStore::State::Open);
    QVERIFY(store->openNotice().contains(u"superuser"_s));
    QVERIFY(store->openNotice().contains(u"verifydesk_agent"_s));
    // The agent's account is told nothing.
    const auto agent = newStore(m_db->agent());
    QVERIFY(agent->open());
    QVERIFY2(agent->openNotice().isEmpty(), qPrintable(agent->openNotice()));
}

void tst_TeamHistory::desksCannotDelete()
{
    const auto store = newStore(m_db->agent());
    QVERIFY(store->open());
    QVERIFY(store->addVerification(makeRecord(u"31612345678"_s, u"KPN"_s, u"r1"_s)) > 0);
    QVERIFY(!m_db->agentValue(u"DELETE FROM verification"_s).isValid());
    QVERIFY(!m_db->agentValue(u"TRUNCATE event"_s).isValid());
    QVERIFY(!m_db->agentValue(u"DROP TABLE event"_s).isValid());
    QCOMPARE(m_db->adminValue(u"SELECT count(*) FROM verification"_s).toInt(), 1);
}

void tst_TeamHistory::unreachableServerSaysWhere()
{
    TeamDatabase nowhere = m_db->agent();
    nowhere.host = u"/nonexistent-socket-dir"_s;
    const auto store = newStore(nowhere);
    QVERIFY(!store->open());
    QCOMPARE(store->state(), HistoryStore::State::Unavailable);
    QVERIFY(store->openNotice().contains(u"/nonexistent-socket-dir"_s));
    QVERIFY(store->openNotice().contains(u"cannot be reached"_s));
}

namespace {

// Runs `sql` on the outbox file through a connection of the test's own.
bool onOutbox(const QString &file, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outbox-raw"_s);
        db.setDatabaseName(file);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"outbox-raw"_s);
    return ok;
}

} // namespace

void tst_TeamHistory::outboxDeliversOnceWhenTheServerIsBack()
{
    // A server of the test's own, since it is stopped halfway.
    PostgresTestServer server(56000 + int(QCoreApplication::applicationPid() % 1000));
    QVERIFY2(server.start(), qPrintable(server.why()));
    PostgresTestDatabase team(server.connectionString());
    QVERIFY2(team.isValid(), qPrintable(team.why()));
    QTemporaryDir dir;
    const QString outbox = dir.filePath(u"outbox.sqlite"_s);
    TeamHistoryStore store(team.agent(), outbox);
    QVERIFY(store.open());
    QVERIFY(!store.isAway());
    QSignalSpy sharing(&store, &HistoryStore::sharingChanged);

    const qint64 first = store.addVerification(makeRecord(u"31600000000"_s, u"KPN"_s, u"r0"_s));
    QVERIFY(first < 0); // an outbox row
    QCOMPARE(store.unsharedCount(), 0); // delivered at once
    QCOMPARE(team.adminValue(u"SELECT count(*) FROM verification"_s).toInt(), 1);

    QVERIFY2(server.stop(), qPrintable(server.why()));
    QList<qint64> ids;
    for (int i = 1; i <= 3; ++i) {
        const qint64 id =
            store.addVerification(makeRecord(u"3160000000%1"_s.arg(i), u"KPN"_s, u"r%1"_s.arg(i)));
        QVERIFY2(id < 0, qPrintable(store.lastError())); // kept, though the server is away
        HistoryOutcome outcome;
        outcome.status = HistoryRecord::Status::Verified;
        QVERIFY(store.updateOutcome(id, outcome));
        ids << id;
    }
    QVERIFY(store.isAway());
    QVERIFY(sharing.count() > 0);
    QCOMPARE(store.unsharedCount(), 3);
    QVERIFY(store.openNotice().contains(u"kept on this computer"_s));
    // The History shows them, marked as not yet shared.
    const QList<HistoryRecord> shown = store.query({});
    QCOMPARE(shown.size(), 3);
    for (const HistoryRecord &r : shown)
        QVERIFY(r.unshared);
    QCOMPARE(store.record(ids.at(0))->status, HistoryRecord::Status::Verified);

    QVERIFY2(server.start(), qPrintable(server.why()));
    // The store tries again by itself.
    QTRY_VERIFY_WITH_TIMEOUT(!store.isAway(), 3 * TeamHistoryStore::RetryMs);
    QCOMPARE(store.unsharedCount(), 0);
    QCOMPARE(team.adminValue(u"SELECT count(*) FROM verification"_s).toInt(), 4);
    QCOMPARE(
        team.adminValue(u"SELECT count(*) FROM verification WHERE status = 'verified'"_s).toInt(),
        3);
    // In the order they were made, each event once (requested + outcome, and r0's request).
    QCOMPARE(team.adminValue(u"SELECT string_agg(request_id, ',' ORDER BY id) FROM"
                             " verification"_s)
                 .toString(),
             u"r0,r1,r2,r3"_s);
    QCOMPARE(team.adminValue(u"SELECT count(*) FROM event"_s).toInt(), 7);
    QVERIFY(store.query({}).size() == 4);
    QVERIFY(!store.query({}).first().unshared);

    // A delivery repeated (as after a crash between the server's commit and the outbox's note
    // of it) changes nothing.
    store.close();
    QVERIFY(onOutbox(outbox, u"UPDATE delivery SET delivered = 0"_s));
    TeamHistoryStore again(team.agent(), outbox);
    QVERIFY(again.open());
    QCOMPARE(team.adminValue(u"SELECT count(*) FROM verification"_s).toInt(), 4);
    QCOMPARE(team.adminValue(u"SELECT count(*) FROM event"_s).toInt(), 7);
    QCOMPARE(team.adminValue(u"SELECT count(DISTINCT uid) FROM verification"_s).toInt(), 4);
}

void tst_TeamHistory::outboxOpensWithoutTheServer()
{
    TeamDatabase nowhere = m_db->agent();
    nowhere.host = u"/nonexistent-socket-dir"_s;
    QTemporaryDir dir;
    TeamHistoryStore store(nowhere, dir.filePath(u"outbox.sqlite"_s));
    QVERIFY(store.open()); // the desk can work
    QVERIFY(store.isAway());
    QVERIFY(store.openNotice().contains(u"cannot be reached"_s));
    QVERIFY(store.addVerification(makeRecord(u"31612345678"_s, u"KPN"_s, u"x"_s)) < 0);
    QCOMPARE(store.unsharedCount(), 1);
    QCOMPARE(store.count({}), 1);
    QVERIFY(!store.clear());
    // The History marks it.
    HistoryModel model(&store);
    model.setQuery({});
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex status = model.index(0, HistoryModel::Status);
    QCOMPARE(model.data(status).toString(),
             HistoryRecord::statusName(HistoryRecord::Status::InProgress) + u" · not yet shared"_s);
    QVERIFY(model.data(status, Qt::ToolTipRole).toString().contains(u"computer"_s));
}

QTEST_GUILESS_MAIN(tst_TeamHistory)
#include "tst_TeamHistory.moc"
