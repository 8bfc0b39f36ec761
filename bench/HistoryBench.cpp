// The history at 10,000 and 1,000,000 verifications: the time to open the store and show the first
// screen of the HistoryModel, to apply a number filter, and to add one verification. The rows are
// generated in one transaction on a connection of our own (HistoryStore writes each
// verification in its own transaction, which is right for the app and far too slow to fill a
// file with a million of them); the schema is the store's, created by HistoryStore::open().
//
// Usage: bench_history [BIG_ROWS] [SMALL_ROWS] [REPEATS]

#include "history/HistoryModel.h"
#include "history/HistoryRecord.h"
#include "history/HistoryStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QVariant>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

constexpr int kDistinctNumbers = 20'000;
constexpr int kScreenRows = 30; // what the history view shows at once, with some to spare
constexpr int kInserts = 500;
// A national number as a user types it into the filter; numberFor() gives it to some rows.
const QString kFilterText = u"06 1000 0123"_s;

[[noreturn]] void fail(const QString &why)
{
    QTextStream(stderr) << "bench_history: " << why << Qt::endl;
    std::exit(1);
}

QString numberFor(int row)
{
    return QString::number(31610000000LL + (static_cast<qint64>(row) * 7919) % kDistinctNumbers);
}

void generate(const QString &path, int rows)
{
    {
        HistoryStore store(path);
        if (!store.open())
            fail(u"cannot create %1: %2"_s.arg(path, store.openNotice()));
    }
    const QString connection = u"bench.generate"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (!db.open())
            fail(db.lastError().text());
        // A throw-away file: no fsync, and a cache that holds the indexes while they grow.
        QSqlQuery(db).exec(u"PRAGMA synchronous=OFF"_s);
        QSqlQuery(db).exec(u"PRAGMA cache_size=-262144"_s);
        if (!db.transaction())
            fail(db.lastError().text());
        QSqlQuery v(db);
        v.prepare(u"INSERT INTO verification (profile_id, profile_name, number, brand, options, "
                  "request_id, created_ms, updated_ms, status, attempts, price, currency, "
                  "duration_ms, last_search, last_error) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
        QSqlQuery e(db);
        e.prepare(u"INSERT INTO event (verification_id, at_ms, kind, detail) VALUES (?,?,?,?)"_s);
        static const HistoryRecord::Status statuses[] = {
            HistoryRecord::Status::Verified, HistoryRecord::Status::Verified,
            HistoryRecord::Status::Verified, HistoryRecord::Status::Failed,
            HistoryRecord::Status::Expired,  HistoryRecord::Status::Cancelled,
            HistoryRecord::Status::Error};
        static const QString brands[] = {u"Acme"_s, u"KPN Support"_s, u"Demo"_s, u"Shop"_s};
        const qint64 start = 1'700'000'000'000LL;
        for (int i = 0; i < rows; ++i) {
            const qint64 created = start + static_cast<qint64>(i) * 60'000;
            const HistoryRecord::Status status = statuses[i % std::size(statuses)];
            const bool verified = status == HistoryRecord::Status::Verified;
            const QString requestId = QString::number(0x5eed000000000000LL + i, 16);
            v.addBindValue(i % 3 ? u"sandbox"_s : u"production"_s);
            v.addBindValue(i % 3 ? u"Sandbox"_s : u"Production"_s);
            v.addBindValue(numberFor(i));
            v.addBindValue(brands[i % std::size(brands)]);
            v.addBindValue(u"{\"code_length\":4,\"workflow_id\":1}"_s);
            v.addBindValue(requestId);
            v.addBindValue(created);
            v.addBindValue(created + 45'000);
            v.addBindValue(HistoryRecord::statusKey(status));
            v.addBindValue(1 + i % 3);
            v.addBindValue(verified ? QVariant(u"0.10000000"_s)
                                    : QVariant(QMetaType::fromType<QString>()));
            v.addBindValue(verified ? QVariant(u"EUR"_s)
                                    : QVariant(QMetaType::fromType<QString>()));
            v.addBindValue(45'000);
            v.addBindValue(
                u"{\"request_id\":\"%1\",\"status\":\"%2\",\"number\":\"%3\",\"price\":\"0."
                u"10000000\","
                "\"currency\":\"EUR\",\"checks\":[{\"date_received\":\"2024-01-01 10:00:30\","
                "\"status\":\"VALID\"}],\"events\":[{\"type\":\"sms\",\"id\":\"%4\"}]}"_s.arg(
                    requestId, verified ? u"SUCCESS"_s : u"FAILED"_s, numberFor(i),
                    QString::number(i)));
            v.addBindValue(status == HistoryRecord::Status::Error
                               ? QVariant(u"The number is not valid."_s)
                               : QVariant(QMetaType::fromType<QString>()));
            if (!v.exec())
                fail(v.lastError().text());
            const qint64 id = v.lastInsertId().toLongLong();
            for (const auto &[offset, kind] :
                 {std::pair {0, u"requested"_s}, std::pair {45'000, u"outcome"_s}}) {
                e.addBindValue(id);
                e.addBindValue(created + offset);
                e.addBindValue(kind);
                e.addBindValue(u"{}"_s);
                if (!e.exec())
                    fail(e.lastError().text());
            }
        }
        if (!db.commit())
            fail(db.lastError().text());
        QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

// Asks for every cell a view shows on its first screen.
int readFirstScreen(const HistoryModel &model)
{
    int cells = 0;
    for (int c = 0; c < model.columnCount(); ++c)
        cells += model.headerData(c, Qt::Horizontal).isValid() ? 1 : 0;
    const int rows = std::min(model.rowCount(), kScreenRows);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            cells += model.data(model.index(r, c)).isValid() ? 1 : 0;
    }
    return cells;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Open + first screen, from a HistoryStore that has not opened the file yet.
double openMs(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    HistoryStore store(path);
    if (!store.open())
        fail(store.openNotice());
    HistoryModel model(&store);
    model.setQuery(HistoryQuery {});
    if (model.rowCount() == 0 || readFirstScreen(model) == 0)
        fail(u"the model shows nothing"_s);
    return msSince(timer);
}

// A number filter typed into an open history: the query runs again and the first screen shows.
// With `afterCheck`, once the check of every page that open() leaves for later for a large file
// is done (as a user types a while after the History opened); without, right after open(), with
// that check running on the other CPU.
double filterMs(const QString &path, bool afterCheck, int *matches)
{
    HistoryStore store(path);
    if (!store.open())
        fail(store.openNotice());
    HistoryModel model(&store);
    model.setQuery(HistoryQuery {});
    readFirstScreen(model);
    while (afterCheck && store.isChecking())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QElapsedTimer timer;
    timer.start();
    HistoryQuery query;
    query.text = kFilterText;
    model.setQuery(query);
    readFirstScreen(model);
    const double ms = msSince(timer);
    *matches = model.rowCount();
    return ms;
}

// One verification added as the app adds it (its own transaction), in microseconds.
double insertUs(const QString &path)
{
    HistoryStore store(path);
    if (!store.open())
        fail(store.openNotice());
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kInserts; ++i) {
        HistoryRecord record;
        record.profileId = u"sandbox"_s;
        record.profileName = u"Sandbox"_s;
        record.number = numberFor(i);
        record.brand = u"Acme"_s;
        record.options = QJsonObject {{u"code_length"_s, 4}, {u"workflow_id"_s, 1}};
        if (store.addVerification(record, QJsonObject {{u"number"_s, record.number}}) == 0)
            fail(store.lastError());
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e3 / kInserts;
}

// "10k", "1m": how a figure's name says the number of rows.
QString rowsLabel(int rows)
{
    if (rows % 1'000'000 == 0)
        return QString::number(rows / 1'000'000) + u'm';
    return QString::number(rows / 1000) + u'k';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int big = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
    const int small = argc > 2 ? std::atoi(argv[2]) : 10'000;
    const int repeats = argc > 3 ? std::atoi(argv[3]) : 9;
    QTemporaryDir dir;
    if (!dir.isValid())
        fail(u"no temporary directory"_s);
    const QString bigPath = dir.filePath(u"history-big.sqlite"_s);
    const QString smallPath = dir.filePath(u"history-small.sqlite"_s);

    QElapsedTimer timer;
    timer.start();
    generate(bigPath, big);
    const double generateMs = msSince(timer);
    generate(smallPath, small);

    // Small and big alternate, so that both see the same noise.
    QList<double> openBig;
    QList<double> openSmall;
    QList<double> filterBig;
    QList<double> filterBigWhileChecking;
    int matches = 0;
    openMs(bigPath); // warm-up: the files into the page cache, libraries loaded
    openMs(smallPath);
    for (int i = 0; i < repeats; ++i) {
        openBig.append(openMs(bigPath));
        openSmall.append(openMs(smallPath));
        filterBig.append(filterMs(bigPath, true, &matches));
        filterBigWhileChecking.append(filterMs(bigPath, false, &matches));
    }
    if (matches == 0)
        fail(u"the number filter matched nothing"_s);
    const double insert = insertUs(bigPath);

    const QString k = rowsLabel(big);
    const QString kSmall = rowsLabel(small);
    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(1);
    out << "history_generate_ms_" << k << ' ' << generateMs << '\n';
    out << "history_insert_us " << insert << '\n';
    out << "history_open_ms_" << k << ' ' << median(openBig) << '\n';
    out << "history_open_ms_" << kSmall << ' ' << median(openSmall) << '\n';
    out << "history_filter_ms_" << k << ' ' << median(filterBig) << '\n';
    out << "history_filter_ms_" << k << "_while_checking " << median(filterBigWhileChecking)
        << '\n';
    out.setRealNumberPrecision(2);
    out << "history_open_ratio_" << k << '_' << kSmall << ' ' << median(openBig) / median(openSmall)
        << '\n';
    return 0;
}
