#include "TimeText.h"
#include "history/HistoryFormatter.h"
#include "history/HistoryModel.h"
#include "history/HistoryStore.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

HistoryRecord makeRecord(const QString &number, const QString &brand, const QDateTime &created)
{
    HistoryRecord r;
    r.profileId = u"sandbox"_s;
    r.profileName = u"Sandbox"_s;
    r.number = number;
    r.brand = brand;
    r.created = created;
    return r;
}

} // namespace

class tst_HistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fetchesPageByPage();
    void displaysColumns();
    void errorRowsSayWhichError_data();
    void errorRowsSayWhichError();
    void errorSaysWhichWhenItsEventFollowsTheRow();
    void filterRunsInSql();
    void sortRunsInSql();
    void followsTheStore();
    void hundredThousandRows();

private:
    QString path() const { return m_dir->filePath(u"history.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

void tst_HistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryModel::fetchesPageByPage()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int i = 0; i < 25; ++i)
        QVERIFY(store.addVerification(makeRecord(u"316120000%1"_s.arg(i, 2, 10, QLatin1Char('0')),
                                                 u"KPN"_s, base.addSecs(i)))
                > 0);
    HistoryModel model(&store);
    model.setPageSize(10);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    model.setQuery({});
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.canFetchMore());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore();
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 10);
    QCOMPARE(inserted.at(0).at(2).toInt(), 19);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QCOMPARE(model.rowCount(), 25);
    QVERIFY(!model.canFetchMore());
    model.fetchMore();
    QCOMPARE(model.rowCount(), 25);
    // Newest first, no row twice across pages.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(HistoryModel::IdRole).toLongLong());
    QCOMPARE(ids.size(), 25);
    QCOMPARE(model.index(0, HistoryModel::Number).data(HistoryModel::NumberDigitsRole).toString(),
             u"31612000024"_s);
}

void tst_HistoryModel::displaysColumns()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime created(QDate(2024, 3, 1), QTime(12, 30), Qt::UTC);
    HistoryRecord r = makeRecord(u"31612345678"_s, u"Bakkerij Ĳsselmonde"_s, created);
    r.requestId = u"c5037cb8b47449158ed6611afde58990"_s;
    const qint64 nl = store.addVerification(r);
    const qint64 be =
        store.addVerification(makeRecord(u"32470123456"_s, u"KPN"_s, created.addSecs(-60)));
    HistoryOutcome outcome;
    outcome.status = HistoryRecord::Status::Verified;
    outcome.attempts = 2;
    outcome.durationMs = 75'000;
    QVERIFY(store.updateOutcome(nl, outcome));

    HistoryModel model(&store);
    model.setQuery({});
    QCOMPARE(model.rowCount(), 2);
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, 0, HistoryModel::IdRole).toLongLong(), nl);
    QCOMPARE(cell(1, 0, HistoryModel::IdRole).toLongLong(), be);
    QCOMPARE(cell(0, HistoryModel::Date).toString(), TimeText::dateTime(created));
    QCOMPARE(cell(0, HistoryModel::Number).toString(), u"06 12345678"_s);
    QCOMPARE(cell(1, HistoryModel::Number).toString(), u"+32 470 12 34 56"_s);
    QCOMPARE(cell(0, HistoryModel::Brand).toString(), u"Bakkerij Ĳsselmonde"_s);
    QCOMPARE(cell(0, HistoryModel::RequestId).toString(), r.requestId);
    QCOMPARE(cell(0, HistoryModel::RequestId, HistoryModel::RequestIdRole).toString(), r.requestId);
    QCOMPARE(cell(0, HistoryModel::Status).toString(),
             HistoryRecord::statusName(HistoryRecord::Status::Verified));
    QCOMPARE(cell(1, HistoryModel::Status).toString(),
             HistoryRecord::statusName(HistoryRecord::Status::InProgress));
    QCOMPARE(cell(0, HistoryModel::Status, HistoryModel::StatusRole).toInt(),
             int(HistoryRecord::Status::Verified));
    QCOMPARE(cell(0, HistoryModel::Attempts).toString(), u"2"_s);
    QCOMPARE(cell(0, HistoryModel::Duration).toString(), u"1 min 15 s"_s);
    QVERIFY(cell(1, HistoryModel::Duration).toString().isEmpty());
    QCOMPARE(cell(0, HistoryModel::Profile).toString(), u"Sandbox"_s);
    QCOMPARE(model.headerData(HistoryModel::RequestId, Qt::Horizontal).toString(), u"Request ID"_s);
    QStringList headers;
    for (int column = 0; column < HistoryModel::ColumnCount; ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(
        headers,
        QStringList({u"Date"_s, u"Number"_s, u"Brand"_s, u"Request ID"_s, u"Status"_s,
                     u"Attempts"_s, u"Duration"_s, u"Profile"_s, u"Operator"_s, u"Reference"_s}));
    QVERIFY(!model.headerData(HistoryModel::ColumnCount, Qt::Horizontal).isValid());

    model.setDisplayRegion(u"BE"_s);
    QCOMPARE(cell(0, HistoryModel::Number).toString(), u"+31 6 12345678"_s);
    QCOMPARE(cell(1, HistoryModel::Number).toString(), u"0470 12 34 56"_s);
}

void tst_HistoryModel::errorRowsSayWhichError_data()
{
    QTest::addColumn<QString>("kind"); // of the stored error event, empty for none
    QTest::addColumn<QString>("verifyStatus");
    QTest::addColumn<QString>("lastError");
    QTest::addColumn<QString>("shown");

    const QString blocked = u"The provider has blocked this number for verification. Ask for "
                            "another number."_s;
    // In a few words, from the stored error event: Verify's status, or the kind of failure.
    QTest::newRow("refused: blocked")
        << u"business"_s << u"7"_s << blocked << u"Error: Number blocked"_s;
    QTest::newRow("refused: network")
        << u"business"_s << u"15"_s << blocked << u"Error: Network not supported"_s;
    QTest::newRow("refused: unknown status")
        << u"business"_s << u"77"_s << blocked << u"Error: Unknown status 77"_s;
    QTest::newRow("no connection")
        << u"network"_s << QString() << u"The server could not be reached (Connection refused)."_s
        << u"Error: No connection"_s;
    QTest::newRow("timeout") << u"timeout"_s << QString() << u"No answer."_s
                             << u"Error: No answer in time"_s;
    QTest::newRow("gateway") << u"gateway"_s << QString() << u"Refused."_s
                             << u"Error: Refused by the gateway"_s;
    QTest::newRow("credentials") << u"invalid-client"_s << QString() << u"Refused."_s
                                 << u"Error: Credentials refused"_s;
    // Without an event that says more, the first sentence of the stored error.
    QTest::newRow("text only") << QString() << QString() << blocked
                               << u"Error: The provider has blocked this number for "
                                  "verification."_s;
    QTest::newRow("unknown kind") << u"something-new"_s << QString() << blocked
                                  << u"Error: The provider has blocked this number for "
                                     "verification."_s;
    QTest::newRow("full stop inside parentheses")
        << QString() << QString()
        << u"The server could not be reached (Host api.example. not found). Check your network."_s
        << u"Error: The server could not be reached (Host api.example. not found)."_s;
    QTest::newRow("no full stop") << QString() << QString() << u"Timeout"_s << u"Error: Timeout"_s;
    QTest::newRow("lines") << QString() << QString() << u"Refused\nby the gateway"_s
                           << u"Error: Refused"_s;
    QTest::newRow("nothing stored") << QString() << QString() << QString() << u"Error"_s;
}

void tst_HistoryModel::errorRowsSayWhichError()
{
    QFETCH(QString, kind);
    QFETCH(QString, verifyStatus);
    QFETCH(QString, lastError);
    QFETCH(QString, shown);
    HistoryStore store(path());
    QVERIFY(store.open());
    HistoryRecord r = makeRecord(u"31619999907"_s, u"KPN"_s, QDateTime::currentDateTimeUtc());
    r.status = HistoryRecord::Status::Error;
    r.lastError = lastError;
    r.id = store.addVerification(r);
    QVERIFY(r.id > 0);
    if (!kind.isEmpty())
        QVERIFY(store.appendEvent(r.id, HistoryEvent::Kind::Error,
                                  QJsonObject {{u"call"_s, u"request"_s},
                                               {u"kind"_s, kind},
                                               {u"verify_status"_s, verifyStatus},
                                               {u"message"_s, lastError}}));
    // A verification in progress is never called an error, whatever happened on the way.
    const qint64 running = store.addVerification(
        makeRecord(u"31612345678"_s, u"KPN"_s, QDateTime::currentDateTimeUtc().addSecs(-5)));
    QVERIFY(store.appendEvent(running, HistoryEvent::Kind::Error,
                              QJsonObject {{u"kind"_s, u"network"_s}}));

    HistoryModel model(&store);
    model.setQuery({});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex status = model.index(0, HistoryModel::Status);
    QCOMPARE(status.data().toString(), shown);
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), lastError);
    QCOMPARE(status.data(HistoryModel::StatusRole).toInt(), int(HistoryRecord::Status::Error));
    QCOMPARE(model.index(1, HistoryModel::Status).data().toString(),
             HistoryRecord::statusName(HistoryRecord::Status::InProgress));
    QCOMPARE(HistoryFormatter::statusText(r, store.events(r.id)), shown);

    // A row that turns into an error says which, too.
    HistoryOutcome outcome;
    outcome.status = HistoryRecord::Status::Error;
    outcome.lastError = u"The server could not be reached (Connection refused). Check your "
                        "network."_s;
    QVERIFY(store.updateOutcome(running, outcome));
    QCOMPARE(model.index(1, HistoryModel::Status).data().toString(), u"Error: No connection"_s);
}

void tst_HistoryModel::errorSaysWhichWhenItsEventFollowsTheRow()
{
    // As a refused request is recorded: the row first (the model reloads), then its error event.
    HistoryStore store(path());
    QVERIFY(store.open());
    HistoryModel model(&store);
    model.setQuery({});
    HistoryRecord r = makeRecord(u"31619999907"_s, u"KPN"_s, QDateTime::currentDateTimeUtc());
    r.status = HistoryRecord::Status::Error;
    r.lastError = u"The provider has blocked this number for verification."_s;
    const qint64 id = store.addVerification(r);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(
        store.appendEvent(id, HistoryEvent::Kind::Error,
                          QJsonObject {{u"kind"_s, u"business"_s}, {u"verify_status"_s, u"7"_s}}));
    QCOMPARE(model.index(0, HistoryModel::Status).data().toString(), u"Error: Number blocked"_s);
}

void tst_HistoryModel::filterRunsInSql()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 30; ++i)
        store.addVerification(makeRecord(u"3161234%1"_s.arg(i, 4, 10, QLatin1Char('0')),
                                         i % 3 == 0 ? u"Acme"_s : u"KPN"_s, now.addSecs(-i)));
    HistoryModel model(&store);
    model.setPageSize(4);
    HistoryQuery q;
    q.text = u"06 1234 0003"_s; // a whole number, typed nationally
    model.setQuery(q);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(HistoryModel::NumberDigitsRole).toString(), u"31612340003"_s);
    QVERIFY(!model.canFetchMore());
    q.text = u"acme"_s;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setQuery(q);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 4); // a page of the 10 matches
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 10);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, HistoryModel::Brand).data().toString(), u"Acme"_s);
    QCOMPARE(model.query().text, u"acme"_s);
}

void tst_HistoryModel::sortRunsInSql()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList brands {u"Delta"_s, u"alpha"_s, u"Charlie"_s, u"bravo"_s};
    for (int i = 0; i < brands.size(); ++i)
        store.addVerification(makeRecord(u"3161234000%1"_s.arg(i), brands.at(i), now.addSecs(i)));
    HistoryModel model(&store);
    model.setPageSize(2);
    model.setQuery({});
    model.sort(HistoryModel::Brand, Qt::AscendingOrder);
    QCOMPARE(model.query().sortColumn, HistoryQuery::SortColumn::Brand);
    // Sorting restarts from the first page, in the database's order over all rows.
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, HistoryModel::Brand).data().toString(), u"alpha"_s);
    QCOMPARE(model.index(1, HistoryModel::Brand).data().toString(), u"bravo"_s);
    model.fetchMore();
    QCOMPARE(model.index(3, HistoryModel::Brand).data().toString(), u"Delta"_s);
    model.sort(HistoryModel::Number, Qt::DescendingOrder);
    QCOMPARE(model.index(0, HistoryModel::Number).data(HistoryModel::NumberDigitsRole).toString(),
             u"31612340003"_s);
}

void tst_HistoryModel::followsTheStore()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    const qint64 id = store.addVerification(
        makeRecord(u"31612345678"_s, u"KPN"_s, QDateTime::currentDateTimeUtc()));
    HistoryModel model(&store);
    model.setQuery({});
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    HistoryOutcome outcome;
    outcome.status = HistoryRecord::Status::Expired;
    QVERIFY(store.updateOutcome(id, outcome));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, HistoryModel::Status).data().toString(),
             HistoryRecord::statusName(HistoryRecord::Status::Expired));
    QVERIFY(store.addVerification(
                makeRecord(u"31612345679"_s, u"KPN"_s, QDateTime::currentDateTimeUtc()))
            > 0);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(store.clear());
    QCOMPARE(model.rowCount(), 0);
}

void tst_HistoryModel::hundredThousandRows()
{
    constexpr int total = 100'000;
    {
        HistoryStore store(path());
        QVERIFY(store.open());
    }
    {
        // Generated in one transaction through a connection of the test's own.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"generate"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(db.transaction());
        QVERIFY2(
            q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                   "WHERE i < %1) "
                   "INSERT INTO verification (profile_id, profile_name, number, brand, "
                   "request_id, created_ms, updated_ms, status, attempts) "
                   "SELECT 'p' || (i % 3), 'Profile ' || (i % 3), "
                   "'316' || printf('%08d', i), "
                   "CASE i % 4 WHEN 0 THEN 'KPN' WHEN 1 THEN 'Acme' ELSE 'Brand ' || (i % 50) "
                   "END, lower(hex(randomblob(16))), 1700000000000 + i * 60000, "
                   "1700000000000 + i * 60000, "
                   "CASE i % 5 WHEN 0 THEN 'failed' ELSE 'verified' END, 1 + i % 3 FROM n"_s.arg(
                       total)),
            qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"INSERT INTO event (verification_id, at_ms, kind, detail) "
                        "SELECT id, created_ms, 'requested', '{}' FROM verification"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(db.commit());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"generate"_s);

    HistoryStore store(path());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(store.open());
    QCOMPARE(store.count({}), total);
    HistoryModel model(&store);
    model.setQuery({});
    // Reported, not asserted: the machine running the tests may be busy.
    qInfo("100,000 rows: open, count and first page in %lld ms", timer.elapsed());
    QCOMPARE(model.rowCount(), HistoryModel::DefaultPageSize); // one page, not the table
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QCOMPARE(model.rowCount(), 2 * HistoryModel::DefaultPageSize);
    QCOMPARE(model.index(0, 0).data(HistoryModel::NumberDigitsRole).toString(),
             u"31600100000"_s); // the newest

    HistoryQuery q;
    q.text = u"06 0004 2000"_s;
    timer.restart();
    model.setQuery(q);
    qInfo("100,000 rows: whole-number filter in %lld ms", timer.elapsed());
    q.text = u"0004"_s;
    timer.restart();
    model.setQuery(q);
    qInfo("100,000 rows: partial digits filter in %lld ms", timer.elapsed());
    QCOMPARE(model.rowCount(), HistoryModel::DefaultPageSize);
    q.text = u"06 0004 2000"_s;
    model.setQuery(q);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(HistoryModel::NumberDigitsRole).toString(), u"31600042000"_s);

    q = {};
    q.statuses = {HistoryRecord::Status::Failed};
    model.setQuery(q);
    QCOMPARE(model.rowCount(), HistoryModel::DefaultPageSize);
    QCOMPARE(store.count(q), total / 5);
    timer.restart();
    model.sort(HistoryModel::Attempts, Qt::DescendingOrder);
    qInfo("100,000 rows: status filter sorted by attempts in %lld ms", timer.elapsed());
    QCOMPARE(model.rowCount(), HistoryModel::DefaultPageSize);
    QCOMPARE(model.recordAt(0).attempts, 3);
}

QTEST_GUILESS_MAIN(tst_HistoryModel)
#include "tst_HistoryModel.moc"
