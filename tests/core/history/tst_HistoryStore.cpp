#include "HistoryTestRows.h"
#include "PostgresTestDatabase.h"
#include "history/HistoryStore.h"
#include "history/LiveVerification.h"
#include "history/PostgresHistoryDatabase.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The history's behaviour, the same on both kinds of store: every test runs on a SQLite file and
// on a team's PostgreSQL database (VERIFYDESK_TEST_POSTGRES; in CI a missing server fails the
// postgres rows, elsewhere they are skipped). tst_HistoryFile holds what only the file does,
// tst_TeamHistory what only the shared history does.
class tst_HistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();
    void textWithoutLettersMatchesBrandAndRequestId();
    void roundTrip();
    void whoAndWhy();
    void eventsAreAppendOnly();
    void requestIdIsUnique();
    void unfinishedRequestIds();
    void neverStoresACode();
    void retention();
    void clear();
    void textFilter_data();
    void textFilter();
    void statusProfileAndDateFilters();
    void sortAndPage();
    void readsWhatAnotherStoreWrote();
    void liveVerificationOfAnotherDesk();

private:
    bool isPostgres() const;
    // A store on this row's database; each call a new one on the same database.
    std::unique_ptr<HistoryStore> newStore() const;
    // The first value of `sql` run beside the store: on the file through a connection of the
    // test's own, on PostgreSQL as the database's owner. Invalid when the statement fails.
    QVariant rawValue(const QString &sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresTestDatabase> m_postgres;
};

void tst_HistoryStore::initTestCase_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgres") << true;
}

bool tst_HistoryStore::isPostgres() const
{
    QFETCH_GLOBAL(bool, postgres);
    return postgres;
}

void tst_HistoryStore::init()
{
    // cleanup() does not run after a skip in init(): a skipped PostgreSQL row must not leave its
    // database behind for the next SQLite row.
    m_postgres.reset();
    m_dir.reset();
    if (!isPostgres()) {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        return;
    }
    m_postgres = std::make_unique<PostgresTestDatabase>();
    VERIFYDESK_REQUIRE_POSTGRES(*m_postgres);
}

void tst_HistoryStore::cleanup()
{
    m_postgres.reset();
    m_dir.reset();
}

std::unique_ptr<HistoryStore> tst_HistoryStore::newStore() const
{
    if (m_postgres)
        return std::make_unique<HistoryStore>(
            std::make_unique<PostgresHistoryDatabase>(m_postgres->agent()));
    return std::make_unique<HistoryStore>(m_dir->filePath(u"history.sqlite"_s));
}

void tst_HistoryStore::textWithoutLettersMatchesBrandAndRequestId()
{
    const auto owned = newStore();
    HistoryStore &store = *owned;
    QVERIFY(store.open());
    QVERIFY(store.addVerification(makeRecord(u"31699999999"_s, u"Shop 24/7"_s, u"AB-1234"_s)) > 0);
    QVERIFY(store.addVerification(makeRecord(u"31688888888"_s, u"KPN"_s, u"cd-5678"_s)) > 0);
    const auto requestIds = [&store](const QString &text) {
        return requestIdsMatching(store, text);
    };
    // Digits and punctuation match the brand and an upper-case request id as they are.
    QCOMPARE(requestIds(u"24/7"_s), QStringList {u"AB-1234"_s});
    QCOMPARE(requestIds(u"-1234"_s), QStringList {u"AB-1234"_s});
    QCOMPARE(requestIds(u"-5678"_s), QStringList {u"cd-5678"_s});
    QCOMPARE(requestIds(u"24 7"_s), QStringList {});
    // With letters, the case still does not matter.
    QCOMPARE(requestIds(u"ab-12"_s), QStringList {u"AB-1234"_s});
    QCOMPARE(requestIds(u"SHOP 24"_s), QStringList {u"AB-1234"_s});
}

void tst_HistoryStore::roundTrip()
{
    const auto owned = newStore();
    HistoryStore &store = *owned;
    QVERIFY(store.open());
    QSignalSpy added(&store, &HistoryStore::verificationAdded);
    QSignalSpy changed(&store, &HistoryStore::verificationChanged);
    const QDateTime created = QDateTime::currentDateTimeUtc().addSecs(-90);
    HistoryRecord in = makeRecord(u"31612345678"_s, u"Café Ĳssel"_s, {}, created);
    in.options.insert(u"sender_id"_s, u"KPN"_s);
    const qint64 id = store.addVerification(in, {{u"number"_s, in.number}});
    QVERIFY(id > 0);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).toLongLong(), id);

    QVERIFY(store.setRequestId(id, u"c5037cb8b47449158ed6611afde58990"_s));
    QVERIFY(store.appendEvent(id, HistoryEvent::Kind::CheckInvalid, {{u"status"_s, u"INVALID"_s}}));
    QVERIFY(store.appendEvent(id, HistoryEvent::Kind::CheckValid, {{u"status"_s, u"VALID"_s}}));
    HistoryOutcome outcome;
    outcome.status = HistoryRecord::Status::Verified;
    outcome.attempts = 2;
    outcome.price = u"0.10000000"_s;
    outcome.currency = u"EUR"_s;
    QVERIFY(store.updateOutcome(id, outcome));
    QCOMPARE(changed.count(), 2);

    const auto out = store.findByRequestId(u"c5037cb8b47449158ed6611afde58990"_s);
    QVERIFY(out.has_value());
    QCOMPARE(out->id, id);
    QCOMPARE(out->profileId, u"sandbox"_s);
    QCOMPARE(out->profileName, u"Sandbox"_s);
    QCOMPARE(out->number, u"31612345678"_s);
    QCOMPARE(out->brand, u"Café Ĳssel"_s);
    QCOMPARE(out->options, in.options);
    QCOMPARE(out->created, created);
    QCOMPARE(out->created.timeSpec(), Qt::UTC);
    QVERIFY(out->updated >= created);
    QCOMPARE(out->status, HistoryRecord::Status::Verified);
    QCOMPARE(out->attempts, 2);
    QCOMPARE(out->price, u"0.10000000"_s);
    QCOMPARE(out->currency, u"EUR"_s);
    // No duration given: the time from the request to the outcome.
    QVERIFY2(out->durationMs >= 89000 && out->durationMs < 120000,
             qPrintable(QString::number(out->durationMs)));
    QVERIFY(out->isFinished());

    const QList<HistoryEvent> events = store.events(id);
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(0).kind, HistoryEvent::Kind::Requested);
    QCOMPARE(events.at(0).detail.value(u"number"_s).toString(), u"31612345678"_s);
    QCOMPARE(events.at(1).kind, HistoryEvent::Kind::CheckInvalid);
    QCOMPARE(events.at(2).kind, HistoryEvent::Kind::CheckValid);
    QCOMPARE(events.at(3).kind, HistoryEvent::Kind::Outcome);
    QCOMPARE(events.at(3).detail.value(u"status"_s).toString(), u"verified"_s);
    for (const HistoryEvent &e : events)
        QCOMPARE(e.verificationId, id);

    // Survives closing and opening again.
    store.close();
    const auto againOwned = newStore();
    HistoryStore &again = *againOwned;
    QVERIFY(again.open());
    QCOMPARE(again.record(id)->brand, u"Café Ĳssel"_s);
    QCOMPARE(again.events(id).size(), 4);
    QVERIFY(!again.record(id + 1).has_value());
    QVERIFY(!again.findByRequestId(u"nope"_s).has_value());
}

void tst_HistoryStore::requestIdIsUnique()
{
    const auto owned = newStore();
    HistoryStore &store = *owned;
    QVERIFY(store.open());
    QVERIFY(store.addVerification(makeRecord(u"31612345678"_s, u"KPN"_s, u"same"_s)) > 0);
    QCOMPARE(store.addVerification(makeRecord(u"31612345679"_s, u"KPN"_s, u"same"_s)), 0);
    QVERIFY(!store.lastError().isEmpty());
    // Rows without a request id (a refused request) do not collide.
    QVERIFY(store.addVerification(makeRecord(u"31612345670"_s, u"KPN"_s, {})) > 0);
    QVERIFY(store.addVerification(makeRecord(u"31612345671"_s, u"KPN"_s, {})) > 0);
    QCOMPARE(store.count({}), 3);
}

void tst_HistoryStore::unfinishedRequestIds()
{
    const auto owned = newStore();
    HistoryStore &store = *owned;
    QVERIFY(store.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store.addVerification(makeRecord(u"31600000001"_s, u"A"_s, u"late"_s, now.addSecs(-10)));
    store.addVerification(makeRecord(u"31600000002"_s, u"A"_s, u"early"_s, now.addSecs(-20)));
    const qint64 done =
        store.addVerification(makeRecord(u"31600000003"_s, u"A"_s, u"done"_s, now.addSecs(-30)));
    store.addVerification(makeRecord(u"31600000004"_s, u"A"_s, {}, now)); // never got an id
    HistoryOutcome outcome;
    outcome.status = HistoryRecord::Status::Cancelled;
    QVERIFY(store.updateOutcome(done, outcome));
    QCOMPARE(store.unfinishedRequestIds(), (QStringList {u"early"_s, u"late"_s}));
}

void tst_HistoryStore::retention()
{
    const auto owned = newStore();
    HistoryStore &store = *owned;
    QVERIFY(store.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 old =
        store.addVerification(makeRecord(u"31600000001"_s, u"A"_s, u"old"_s, now.addDays(-40)));
    const qint64 recent =
        store.addVerification(makeRecord(u"31600000002"_s, u"A"_s, u"recent"_s, now.addDays(-2)));
    QVERIFY(old > 0 && recent > 0);
    QVERIFY(store.appendEvent(old, HistoryEvent::Kind::Cancel));

    QCOMPARE(store.applyRetention(0, now), 0); // keep forever
    QCOMPARE(store.count({}), 2);
    QSignalSpy reset(&store, &HistoryStore::historyReset);
    QCOMPARE(store.applyRetention(30, now), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(store.count({}), 1);
    QVERIFY(!store.record(old).has_value());
    QVERIFY(store.events(old).isEmpty()); // the events went with it
    QCOMPARE(store.events(recent).size(), 1);
    QCOMPARE(store.applyRetention(1, now), 1);
    QCOMPARE(store.count({}), 0);
}

void tst_HistoryStore::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("numbers");

    const QStringList first {u"31612345678"_s};
    QTest::newRow("national with spaces") << u"06 12345678"_s << first;
    QTest::newRow("national with dashes") << u"06-1234-5678"_s << first;
    QTest::newRow("plus international") << u"+31 6 1234 5678"_s << first;
    QTest::newRow("00 international") << u"0031612345678"_s << first;
    QTest::newRow("E.164 digits") << u"31612345678"_s << first;
    QTest::newRow("partial national") << u"06 123"_s << first;
    QTest::newRow("partial plus") << u"+31 61"_s << first;
    QTest::newRow("digits in the middle") << u"45678"_s << first;
    QTest::newRow("Belgian from NL") << u"0032 470 12 34 56"_s << QStringList {u"32470123456"_s};
    QTest::newRow("all Dutch mobiles")
        << u"+31 6"_s << QStringList {u"31687654321"_s, u"31612345678"_s};
    // "0612" is a national prefix, and also part of a request id.
    QTest::newRow("number or request id")
        << u"0612"_s << QStringList {u"31201234567"_s, u"31612345678"_s};
    QTest::newRow("request id whole") << u"cccc2222dddd"_s << QStringList {u"31687654321"_s};
    QTest::newRow("request id part, any case") << u"EEEE33"_s << QStringList {u"32470123456"_s};
    QTest::newRow("brand") << u"acme"_s << QStringList {u"31687654321"_s};
    QTest::newRow("brand shared") << u"kpn"_s << QStringList {u"32470123456"_s, u"31612345678"_s};
    QTest::newRow("nothing") << u"Globex"_s << QStringList {};
    QTest::newRow("quote is data") << u"a'b\" OR 1=1 --"_s << QStringList {};
    // LIKE's wildcards and escape character stand for themselves: "k_n" and "ac%e" would find
    // the brands KPN and Acme if they did not, as "acm\e" would if a backslash escaped the e.
    QTest::newRow("underscore is data") << u"k_n"_s << QStringList {};
    QTest::newRow("percent is data") << u"ac%e"_s << QStringList {};
    QTest::newRow("percent alone") << u"%"_s << QStringList {};
    QTest::newRow("backslash is data") << u"acm\\e"_s << QStringList {};
}

void tst_HistoryStore::textFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, numbers);
    const auto owned = newStore();
    HistoryStore &store = *owned;
    QVERIFY(store.open());
    QVERIFY(fillFour(store));
    HistoryQuery query;
    query.text = text;
    QStringList found;
    for (const HistoryRecord &r : store.query(query))
        found << r.number;
    QCOMPARE(found, numbers); // newest first
    QCOMPARE(store.count(query), numbers.size());
}

void tst_HistoryStore::statusProfileAndDateFilters()
{
    const auto owned = newStore();
    HistoryStore &store = *owned;
    QVERIFY(store.open());
    QVERIFY(fillFour(store));
    const auto numbers = [&store](const HistoryQuery &q) {
        QStringList list;
        for (const HistoryRecord &r : store.query(q))
            list << r.number;
        return list;
    };
    HistoryQuery q;
    q.statuses = {HistoryRecord::Status::Verified, HistoryRecord::Status::InProgress};
    QCOMPARE(numbers(q), (QStringList {u"32470123456"_s, u"31612345678"_s}));
    q = {};
    q.profileId = u"production"_s;
    QCOMPARE(numbers(q), (QStringList {u"31201234567"_s, u"32470123456"_s}));
    q = {};
    q.from = QDateTime(QDate(2024, 3, 2), QTime(0, 0), Qt::UTC);
    q.to = QDateTime(QDate(2024, 3, 4), QTime(12, 0), Qt::UTC); // exclusive
    QCOMPARE(numbers(q), (QStringList {u"32470123456"_s, u"31687654321"_s}));
    q.profileId = u"sandbox"_s;
    q.text = u"acme"_s;
    QCOMPARE(numbers(q), (QStringList {u"31687654321"_s}));
    q.statuses = {HistoryRecord::Status::Verified};
    QVERIFY(numbers(q).isEmpty());
}

void tst_HistoryStore::sortAndPage()
{
    const auto owned = newStore();
    HistoryStore &store = *owned;
    QVERIFY(store.open());
    QVERIFY(fillFour(store));
    const auto column = [&store](HistoryQuery::SortColumn c, Qt::SortOrder order) {
        HistoryQuery q;
        q.sortColumn = c;
        q.sortOrder = order;
        QStringList list;
        for (const HistoryRecord &r : store.query(q))
            list << r.number;
        return list;
    };
    QCOMPARE(
        column(HistoryQuery::SortColumn::Date, Qt::AscendingOrder),
        (QStringList {u"31612345678"_s, u"31687654321"_s, u"32470123456"_s, u"31201234567"_s}));
    QCOMPARE(
        column(HistoryQuery::SortColumn::Number, Qt::AscendingOrder),
        (QStringList {u"31201234567"_s, u"31612345678"_s, u"31687654321"_s, u"32470123456"_s}));
    QCOMPARE(
        column(HistoryQuery::SortColumn::Attempts, Qt::DescendingOrder),
        (QStringList {u"31687654321"_s, u"31201234567"_s, u"31612345678"_s, u"32470123456"_s}));
    // Equal brands fall back to the id, in the same direction.
    QCOMPARE(
        column(HistoryQuery::SortColumn::Brand, Qt::AscendingOrder),
        (QStringList {u"31687654321"_s, u"31612345678"_s, u"32470123456"_s, u"31201234567"_s}));
    QCOMPARE(column(HistoryQuery::SortColumn::Profile, Qt::AscendingOrder).first(),
             u"32470123456"_s); // PRODUCTION before SANDBOX, then the lower id

    HistoryQuery page;
    page.sortOrder = Qt::AscendingOrder;
    page.limit = 2;
    page.offset = 1;
    const QList<HistoryRecord> rows = store.query(page);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).number, u"31687654321"_s);
    QCOMPARE(rows.at(1).number, u"32470123456"_s);
    QCOMPARE(store.count(page), 4); // limit and offset do not change the count

    HistoryQuery selection;
    selection.ids = {rows.at(0).id, rows.at(1).id};
    QCOMPARE(store.query(selection).size(), 2);
}

QVariant tst_HistoryStore::rawValue(const QString &sql) const
{
    if (m_postgres)
        return m_postgres->adminValue(sql);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(m_dir->filePath(u"history.sqlite"_s));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql))
                value = q.next() ? q.value(0) : QVariant(true);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return value;
}

void tst_HistoryStore::whoAndWhy()
{
    const auto owned = newStore();
    HistoryStore &store = *owned;
    QVERIFY(store.open());
    HistoryRecord anna = makeRecord(u"31612345678"_s, u"KPN"_s, u"r-anna"_s);
    anna.operatorName = u"Anna de Vries"_s;
    anna.workstation = u"desk-07"_s;
    anna.reference = u"TICKET-4711"_s;
    const qint64 id = store.addVerification(anna);
    QVERIFY(id > 0);
    HistoryRecord bob = makeRecord(u"31687654321"_s, u"KPN"_s, u"r-bob"_s);
    bob.operatorName = u"Bob Jansen"_s;
    bob.reference = u"4711-b"_s;
    QVERIFY(store.addVerification(bob) > 0);
    HistoryRecord nobody = makeRecord(u"31600000000"_s, u"KPN"_s, u"r-none"_s);
    QVERIFY(store.addVerification(nobody) > 0); // no operator, workstation or reference

    const auto out = store.record(id);
    QVERIFY(out.has_value());
    QCOMPARE(out->operatorName, u"Anna de Vries"_s);
    QCOMPARE(out->workstation, u"desk-07"_s);
    QCOMPARE(out->reference, u"TICKET-4711"_s);
    // A uid was made for it, a UUID, and it is its own.
    QCOMPARE(out->uid.size(), 36);
    QVERIFY(out->uid != store.findByRequestId(u"r-bob"_s)->uid);
    QVERIFY(store.findByRequestId(u"r-none"_s)->reference.isEmpty());

    const auto requestIds = [&store](const QString &text) {
        return requestIdsMatching(store, text);
    };
    QCOMPARE(requestIds(u"ticket-47"_s), QStringList {u"r-anna"_s});
    QCOMPARE(requestIds(u"4711"_s), (QStringList {u"r-bob"_s, u"r-anna"_s})); // digits only
    QCOMPARE(requestIds(u"jansen"_s), QStringList {u"r-bob"_s});
    QCOMPARE(requestIds(u"ANNA"_s), QStringList {u"r-anna"_s});
    QCOMPARE(requestIds(u"desk-07"_s), QStringList {}); // the workstation is not searched

    HistoryQuery byOperator;
    byOperator.sortColumn = HistoryColumns::Operator;
    byOperator.sortOrder = Qt::AscendingOrder;
    QStringList order;
    for (const HistoryRecord &r : store.query(byOperator))
        order << r.requestId;
    QCOMPARE(order, (QStringList {u"r-none"_s, u"r-anna"_s, u"r-bob"_s}));

    // A uid given is kept, and a second row with it is refused.
    HistoryRecord copy = makeRecord(u"31611111111"_s, u"KPN"_s, {});
    copy.uid = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
    const qint64 copied = store.addVerification(copy);
    QVERIFY(copied > 0);
    QCOMPARE(store.record(copied)->uid, copy.uid);
    QCOMPARE(store.addVerification(copy), 0);
}

void tst_HistoryStore::eventsAreAppendOnly()
{
    const auto owned = newStore();
    HistoryStore &store = *owned;
    QVERIFY(store.open());
    const qint64 id = store.addVerification(makeRecord(u"31612345678"_s, u"KPN"_s, u"r1"_s));
    QVERIFY(id > 0);
    store.close();
    // Even a writer that bypasses the store (on PostgreSQL: the tables' owner) cannot change an
    // event.
    QVERIFY(!rawValue(u"UPDATE event SET kind = 'cancel' RETURNING id"_s).isValid());
    QCOMPARE(rawValue(u"SELECT kind FROM event"_s).toString(), u"requested"_s);
    if (m_postgres) // and a desk's account has no right to try
        QVERIFY(!m_postgres->agentValue(u"UPDATE event SET kind = 'cancel'"_s).isValid());
}

void tst_HistoryStore::neverStoresACode()
{
    const auto owned = newStore();
    HistoryStore &store = *owned;
    QVERIFY(store.open());
    HistoryRecord r = makeRecord(u"31612345678"_s, u"KPN"_s, u"req-1"_s);
    r.lastSearch = QJsonObject {{u"checks"_s, QJsonArray {QJsonObject {{u"code"_s, u"739146"_s}}}}};
    r.options.insert(u"pin_code"_s, u"445566"_s);
    const qint64 id = store.addVerification(r, {{u"pin_code"_s, u"602918"_s}});
    QVERIFY(id > 0);
    QVERIFY(store.appendEvent(id, HistoryEvent::Kind::CheckInvalid,
                              {{u"code"_s, u"918273"_s}, {u"status"_s, u"INVALID"_s}}));
    const QJsonObject search {
        {u"request_id"_s, u"req-1"_s},
        {u"status"_s, u"SUCCESS"_s},
        {u"checks"_s,
         QJsonArray {QJsonObject {{u"code"_s, u"564738"_s}, {u"status"_s, u"INVALID"_s}},
                     QJsonObject {{u"code"_s, u"281604"_s}, {u"status"_s, u"VALID"_s}}}},
    };
    QVERIFY(store.updateLastSearch(id, search));
    const QJsonArray checks = store.record(id)->lastSearch.value(u"checks"_s).toArray();
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks.at(1).toObject().value(u"status"_s).toString(), u"VALID"_s);
    QVERIFY(!checks.at(0).toObject().contains(u"code"_s));

    // Every text the database holds for it, read beside the store.
    const QString all =
        rawValue(u"SELECT v.options || v.last_search || string_agg(e.detail, '') FROM verification"
                 " v JOIN event e ON e.verification_id = v.id GROUP BY v.id"_s.replace(
                     u"string_agg(e.detail, '')"_s,
                     m_postgres ? u"string_agg(e.detail, '')"_s : u"group_concat(e.detail, '')"_s))
            .toString();
    QVERIFY(all.contains(u"INVALID"_s)); // the texts were read
    for (const auto &code :
         {u"739146"_s, u"445566"_s, u"602918"_s, u"918273"_s, u"564738"_s, u"281604"_s})
        QVERIFY2(!all.contains(code), qPrintable(code));
}

void tst_HistoryStore::clear()
{
    const auto owned = newStore();
    HistoryStore &store = *owned;
    QVERIFY(store.open());
    for (int i = 0; i < 3; ++i)
        QVERIFY(store.addVerification(makeRecord(u"3160000000%1"_s.arg(i), u"B"_s, u"r%1"_s.arg(i)))
                > 0);
    QSignalSpy reset(&store, &HistoryStore::historyReset);
    if (m_postgres) {
        // A desk cannot empty the team's history; the refusal says so.
        QVERIFY(!store.clear());
        QVERIFY(store.lastError().contains(u"cannot be cleared"_s));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(store.count({}), 3);
        return;
    }
    QVERIFY(store.clear());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(store.count({}), 0);
    QCOMPARE(rawValue(u"SELECT count(*) FROM event"_s).toInt(), 0);
}

void tst_HistoryStore::readsWhatAnotherStoreWrote()
{
    // Two desks on one database (two stores on one file, on SQLite).
    const auto first = newStore();
    const auto second = newStore();
    QVERIFY(first->open());
    QVERIFY(second->open());
    HistoryRecord r = makeRecord(u"31612345678"_s, u"KPN"_s, u"shared-1"_s);
    r.operatorName = u"Anna"_s;
    const qint64 id = first->addVerification(r);
    QVERIFY(id > 0);
    const auto seen = second->findByRequestId(u"shared-1"_s);
    QVERIFY(seen.has_value());
    QCOMPARE(seen->id, id);
    QCOMPARE(seen->operatorName, u"Anna"_s);
    HistoryOutcome outcome;
    outcome.status = HistoryRecord::Status::Verified;
    QVERIFY(second->updateOutcome(id, outcome));
    QCOMPARE(first->record(id)->status, HistoryRecord::Status::Verified);
    QCOMPARE(first->events(id).size(), 2);
}

void tst_HistoryStore::liveVerificationOfAnotherDesk()
{
    const auto owned = newStore();
    HistoryStore &store = *owned;
    QVERIFY(store.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto add = [&store, now](const QString &number, const QString &who, int secondsAgo,
                                   int pinExpiry = 0) {
        HistoryRecord r = makeRecord(number, u"KPN"_s, {}, now.addSecs(-secondsAgo));
        r.operatorName = who;
        r.workstation = who == u"Me"_s ? u"desk-1"_s : u"desk-2"_s;
        if (pinExpiry > 0)
            r.options.insert(u"pin_expiry"_s, pinExpiry);
        return store.addVerification(r);
    };
    QVERIFY(add(u"31612345678"_s, u"Anna"_s, 600) != 0); // past the default 300 s
    QVERIFY(add(u"31612345678"_s, u"Me"_s, 30) != 0); // this desk's own
    QVERIFY(add(u"316123456789"_s, u"Bob"_s, 30) != 0); // a longer number that contains it
    const auto none = LiveVerification::find(store, u"31612345678"_s, u"Me"_s, u"desk-1"_s, now);
    QVERIFY(!none.has_value());

    const qint64 anna = add(u"31612345678"_s, u"Anna"_s, 130);
    QVERIFY(anna != 0);
    auto live = LiveVerification::find(store, u"31612345678"_s, u"Me"_s, u"desk-1"_s, now);
    QVERIFY(live.has_value());
    QCOMPARE(live->operatorName, u"Anna"_s);
    QVERIFY(LiveVerification::describe(*live, now).contains(u"Anna"_s));
    QVERIFY(LiveVerification::describe(*live, now).contains(u"2 min"_s));
    // Finished: no longer live.
    HistoryOutcome outcome;
    outcome.status = HistoryRecord::Status::Verified;
    QVERIFY(store.updateOutcome(anna, outcome));
    QVERIFY(!LiveVerification::find(store, u"31612345678"_s, u"Me"_s, u"desk-1"_s, now));
    // A longer PIN life keeps an older one live.
    QVERIFY(add(u"31612345678"_s, u"Carla"_s, 900, 1200) != 0);
    live = LiveVerification::find(store, u"31612345678"_s, u"Me"_s, u"desk-1"_s, now);
    QVERIFY(live.has_value());
    QCOMPARE(live->operatorName, u"Carla"_s);
}

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_HistoryStore.moc"
