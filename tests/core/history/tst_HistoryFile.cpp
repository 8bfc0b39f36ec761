#include "HistoryTestRows.h"
#include "history/HistoryStore.h"
#include "history/SqliteHistoryDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Runs one statement on the file through a connection of the test's own.
QVariant rawValue(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return value;
}

} // namespace

// What the history's SQLite file does that a shared history does not: its schema and
// migrations, WAL and synchronous=FULL, damaged and locked files, crashes and power cuts, and no
// code in its bytes. The behaviour both kinds of history share is in tst_HistoryStore.
class tst_HistoryFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshFileHasCurrentSchema();
    void emptyFileIsMigrated();
    void version1FileIsMigrated();
    void newerSchemaIsLeftAlone();
    void walAndForeignKeys();
    void neverStoresACode();
    void clear();
    void corruptFileIsMovedAside();
    void lockedFileIsReportedNotMoved();
    void insertTime();
    void killedWriterLosesNoCommittedRow();
    void writerKilledAtRandomMomentsLosesNothing();
    void tornFirstPageIsMovedAside();
    void damagedPageBehindTheSchemaIsMovedAside();
    void damagedLargeFileIsMovedAsideAfterOpening();
    void commitsWaitForTheDisk();
    void powerCutCopiesOpenWithEveryAcknowledgedRow();

private:
    QString path() const { return m_dir->filePath(u"history.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryFile::freshFileHasCurrentSchema()
{
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QCOMPARE(store.state(), HistoryStore::State::Open);
        QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
        QVERIFY(store.openNotice().isEmpty());
    }
    QVERIFY(QFile::exists(path()));
    QCOMPARE(rawValue(path(), u"PRAGMA user_version"_s).toInt(), HistoryStore::SchemaVersion);
    QCOMPARE(rawValue(path(),
                      u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                      "('verification', 'event')"_s)
                 .toInt(),
             2);
    // Opening again leaves the schema as it is.
    HistoryStore again(path());
    QVERIFY(again.open());
    QCOMPARE(again.schemaVersion(), HistoryStore::SchemaVersion);
}

void tst_HistoryFile::emptyFileIsMigrated()
{
    QFile f(path());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QCOMPARE(QFileInfo(path()).size(), 0);
    HistoryStore store(path());
    QVERIFY(store.open());
    QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
    QVERIFY(store.addVerification(makeRecord(u"31612345678"_s, u"KPN"_s, u"abc"_s)) > 0);
}

void tst_HistoryFile::version1FileIsMigrated()
{
    // A file as the first release wrote it: schema 1, with rows and events.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        const QString statements[] = {
            u"PRAGMA journal_mode=WAL"_s,
            u"CREATE TABLE verification (id INTEGER PRIMARY KEY,"
            " profile_id TEXT NOT NULL DEFAULT '', profile_name TEXT NOT NULL DEFAULT '',"
            " number TEXT NOT NULL, brand TEXT NOT NULL DEFAULT '',"
            " options TEXT NOT NULL DEFAULT '{}', request_id TEXT UNIQUE,"
            " created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,"
            " status TEXT NOT NULL DEFAULT 'in_progress', attempts INTEGER NOT NULL DEFAULT 0,"
            " price TEXT, currency TEXT, duration_ms INTEGER, last_search TEXT,"
            " last_error TEXT)"_s,
            u"CREATE INDEX verification_created ON verification(created_ms)"_s,
            u"CREATE INDEX verification_number ON verification(number)"_s,
            u"CREATE INDEX verification_brand ON verification(brand COLLATE NOCASE)"_s,
            u"CREATE INDEX verification_status ON verification(status, created_ms)"_s,
            u"CREATE INDEX verification_profile ON verification(profile_id, created_ms)"_s,
            u"CREATE TABLE event (id INTEGER PRIMARY KEY,"
            " verification_id INTEGER NOT NULL REFERENCES verification(id) ON DELETE CASCADE,"
            " at_ms INTEGER NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '{}')"_s,
            u"CREATE INDEX event_verification ON event(verification_id, at_ms)"_s,
            u"CREATE TRIGGER event_append_only BEFORE UPDATE ON event"
            " BEGIN SELECT RAISE(ABORT, 'history events are append-only'); END"_s,
            u"INSERT INTO verification (profile_id, profile_name, number, brand, request_id,"
            " created_ms, updated_ms, status, attempts) VALUES"
            " ('sandbox', 'Sandbox', '31612345678', 'KPN', 'aaaa1111', 1000, 2000, 'verified', 1),"
            " ('sandbox', 'Sandbox', '31687654321', 'Acme', 'bbbb2222', 3000, 4000, 'failed', 3),"
            " ('production', 'Production', '32470123456', 'KPN', 'cccc3333', 5000, 5000,"
            " 'in_progress', 0)"_s,
            u"INSERT INTO event (verification_id, at_ms, kind) VALUES (1, 1000, 'requested'),"
            " (2, 3000, 'requested'), (3, 5000, 'requested')"_s,
            u"PRAGMA user_version = 1"_s,
        };
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QVERIFY(store.openNotice().isEmpty());
        QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
        // Every row and event is kept, and the filters and the newest-first order still hold.
        QCOMPARE(store.count({}), 3);
        QCOMPARE(store.events(2).size(), 1);
        HistoryQuery query;
        query.text = u"06 1234 5678"_s;
        const QList<HistoryRecord> found = store.query(query);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().requestId, u"aaaa1111"_s);
        query.text = u"kpn"_s;
        QStringList ids;
        for (const HistoryRecord &r : store.query(query))
            ids << r.requestId;
        QCOMPARE(ids, (QStringList {u"cccc3333"_s, u"aaaa1111"_s}));
        QVERIFY(store.addVerification(makeRecord(u"31611111111"_s, u"KPN"_s, u"dddd4444"_s)) > 0);
        QCOMPARE(store.count({}), 4);
    }
    QCOMPARE(rawValue(path(), u"PRAGMA user_version"_s).toInt(), HistoryStore::SchemaVersion);
    QCOMPARE(rawValue(path(),
                      u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                      "('verification_list', 'verification_number', 'verification_status')"_s)
                 .toInt(),
             3);
    QCOMPARE(rawValue(path(),
                      u"SELECT count(*) FROM sqlite_master WHERE name = 'verification_created'"_s)
                 .toInt(),
             0);
}

void tst_HistoryFile::newerSchemaIsLeftAlone()
{
    QCOMPARE(rawValue(path(), u"PRAGMA user_version = 7"_s), QVariant());
    QCOMPARE(rawValue(path(), u"PRAGMA user_version"_s).toInt(), 7);
    const QByteArray before = readAll(path());
    HistoryStore store(path());
    QSignalSpy spy(&store, &HistoryStore::openNoticeChanged);
    QVERIFY(!store.open());
    QCOMPARE(store.state(), HistoryStore::State::Unavailable);
    QCOMPARE(spy.count(), 1);
    QVERIFY(store.openNotice().contains(u"newer"_s));
    QCOMPARE(store.addVerification(makeRecord(u"31612345678"_s, u"KPN"_s, {})), 0);
    store.close();
    QCOMPARE(readAll(path()), before);
}

void tst_HistoryFile::walAndForeignKeys()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    QVERIFY(store.addVerification(makeRecord(u"31612345678"_s, u"KPN"_s, u"r1"_s)) > 0);
    // Bytes 18 and 19 of the header are 2 for a database in WAL mode.
    const QByteArray header = readAll(path()).left(100);
    QVERIFY(header.startsWith("SQLite format 3"));
    QCOMPARE(int(header.at(18)), 2);
    QCOMPARE(int(header.at(19)), 2);
    QCOMPARE(rawValue(path(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    // An event for a verification that does not exist is refused.
    QVERIFY(!store.appendEvent(4242, HistoryEvent::Kind::Cancel));
}

void tst_HistoryFile::neverStoresACode()
{
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        HistoryRecord r = makeRecord(u"31612345678"_s, u"KPN"_s, u"req-1"_s);
        r.lastSearch =
            QJsonObject {{u"checks"_s, QJsonArray {QJsonObject {{u"code"_s, u"739146"_s}}}}};
        const qint64 id = store.addVerification(r, {{u"pin_code"_s, u"602918"_s}});
        QVERIFY(id > 0);
        QVERIFY(store.appendEvent(id, HistoryEvent::Kind::CheckInvalid,
                                  {{u"code"_s, u"918273"_s}, {u"status"_s, u"INVALID"_s}}));
        const QJsonObject search {
            {u"request_id"_s, u"req-1"_s},
            {u"status"_s, u"SUCCESS"_s},
            {u"checks"_s,
             QJsonArray {QJsonObject {{u"date_received"_s, u"2024-01-01 10:00:00"_s},
                                      {u"code"_s, u"564738"_s},
                                      {u"status"_s, u"INVALID"_s},
                                      {u"ip_address"_s, u""_s}},
                         QJsonObject {{u"date_received"_s, u"2024-01-01 10:00:30"_s},
                                      {u"code"_s, u"281604"_s},
                                      {u"status"_s, u"VALID"_s},
                                      {u"ip_address"_s, u""_s}}}},
        };
        QVERIFY(store.updateLastSearch(id, search));
        const QJsonObject kept = store.record(id)->lastSearch;
        QCOMPARE(kept.value(u"status"_s).toString(), u"SUCCESS"_s);
        const QJsonArray checks = kept.value(u"checks"_s).toArray();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(1).toObject().value(u"status"_s).toString(), u"VALID"_s);
        QVERIFY(!checks.at(0).toObject().contains(u"code"_s));
        QCOMPARE(store.events(id).last().kind, HistoryEvent::Kind::SearchRefresh);

        // While open, the codes are in neither the file nor its WAL.
        for (const auto &suffix : {u""_s, u"-wal"_s}) {
            const QByteArray bytes = readAll(path() + suffix);
            if (suffix.isEmpty())
                QVERIFY(!bytes.isEmpty());
            for (const char *code : {"739146", "602918", "918273", "564738", "281604"})
                QVERIFY2(!bytes.contains(code), code);
        }
    }
    const QByteArray bytes = readAll(path());
    QVERIFY(bytes.contains("req-1"));
    for (const char *code : {"739146", "602918", "918273", "564738", "281604"})
        QVERIFY2(!bytes.contains(code), code);
}

void tst_HistoryFile::clear()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.addVerification(
                    makeRecord(u"3160000000%1"_s.arg(i), u"Unique-brand"_s, u"r%1"_s.arg(i)))
                > 0);
    QSignalSpy reset(&store, &HistoryStore::historyReset);
    QVERIFY(store.clear());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(store.count({}), 0);
    QVERIFY(store.unfinishedRequestIds().isEmpty());
    QCOMPARE(rawValue(path(), u"SELECT count(*) FROM event"_s).toInt(), 0);
    QVERIFY(!readAll(path()).contains("Unique-brand"));
    QVERIFY(!readAll(path() + u"-wal"_s).contains("Unique-brand"));
    // Still usable afterwards.
    QVERIFY(store.addVerification(makeRecord(u"31612345678"_s, u"KPN"_s, u"r0"_s)) > 0);
}

void tst_HistoryFile::corruptFileIsMovedAside()
{
    QByteArray garbage;
    for (int i = 0; i < 200; ++i)
        garbage += "this is not a database, but a support agent's history " + QByteArray::number(i);
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    HistoryStore store(path());
    QSignalSpy spy(&store, &HistoryStore::openNoticeChanged);
    QVERIFY(store.open());
    QCOMPARE(store.state(), HistoryStore::State::Open);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!store.openNotice().isEmpty());
    QCOMPARE(spy.at(0).at(0).toString(), store.openNotice());

    const QStringList aside =
        QDir(m_dir->path()).entryList({u"history.sqlite.corrupt-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(store.openNotice().contains(aside.first()));
    QCOMPARE(readAll(m_dir->filePath(aside.first())), garbage); // kept, byte for byte

    // The fresh file works.
    QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
    QVERIFY(store.addVerification(makeRecord(u"31612345678"_s, u"KPN"_s, u"r1"_s)) > 0);
    QCOMPARE(store.count({}), 1);
}

void tst_HistoryFile::lockedFileIsReportedNotMoved()
{
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QVERIFY(store.addVerification(makeRecord(u"31612345678"_s, u"KPN"_s, u"kept"_s)) > 0);
    }
    {
        // Another program holds the file exclusively.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA locking_mode=EXCLUSIVE"_s));
        QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
        q.finish();

        HistoryStore store(path());
        QSignalSpy spy(&store, &HistoryStore::openNoticeChanged);
        QVERIFY(!store.open());
        QCOMPARE(store.state(), HistoryStore::State::Unavailable);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!store.openNotice().isEmpty());
        QVERIFY(QDir(m_dir->path()).entryList({u"*.corrupt-*"_s}, QDir::Files).isEmpty());
        QCOMPARE(store.addVerification(makeRecord(u"31612345679"_s, u"KPN"_s, {})), 0);

        QVERIFY(q.exec(u"ROLLBACK"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    HistoryStore store(path());
    QVERIFY(store.open());
    QVERIFY(store.findByRequestId(u"kept"_s).has_value());
}

void tst_HistoryFile::insertTime()
{
    HistoryStore store(path());
    QVERIFY(store.open());
    constexpr int runs = 200;
    QList<qint64> nanos;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const qint64 id = store.addVerification(
            makeRecord(u"316%1"_s.arg(i, 8, 10, QLatin1Char('0')), u"KPN"_s, u"req-%1"_s.arg(i)));
        QVERIFY(id > 0);
        QVERIFY(store.appendEvent(id, HistoryEvent::Kind::CheckValid, {{u"status"_s, u"VALID"_s}}));
        nanos << timer.nsecsElapsed();
    }
    std::sort(nanos.begin(), nanos.end());
    qInfo("one verification + requested event + check event: median %.3f ms, 95th %.3f ms, "
          "max %.3f ms (%d runs)",
          double(nanos.at(runs / 2)) / 1e6, double(nanos.at(runs * 95 / 100)) / 1e6,
          double(nanos.last()) / 1e6, runs);
    QCOMPARE(store.count({}), runs);
}

void tst_HistoryFile::killedWriterLosesNoCommittedRow()
{
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QCoreApplication::applicationFilePath(), {u"--writer"_s, path(), u"0"_s});
    QVERIFY(writer.waitForStarted());
    // Each line is the id of a verification whose transaction has committed.
    qint64 lastCommitted = 0;
    QByteArray pending;
    while (lastCommitted < 300) {
        QVERIFY(writer.waitForReadyRead(10000));
        pending += writer.readAllStandardOutput();
        const qsizetype end = pending.lastIndexOf('\n');
        if (end < 0)
            continue;
        const QList<QByteArray> lines = pending.left(end).split('\n');
        lastCommitted = lines.last().trimmed().toLongLong();
        pending = pending.mid(end + 1);
    }
    writer.kill(); // mid-write, most likely
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    QCOMPARE(rawValue(path(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    HistoryStore store(path());
    QVERIFY(store.open());
    QVERIFY(store.openNotice().isEmpty());
    const qint64 rows = store.count({});
    QVERIFY2(rows >= lastCommitted, qPrintable(u"%1 < %2"_s.arg(rows).arg(lastCommitted)));
    for (qint64 id = 1; id <= lastCommitted; ++id)
        QVERIFY(store.record(id).has_value());
    // A verification and its "requested" event were one transaction: never one without the other.
    QCOMPARE(rawValue(path(),
                      u"SELECT count(*) FROM verification v WHERE NOT EXISTS (SELECT 1 FROM "
                      "event e WHERE e.verification_id = v.id AND e.kind = 'requested')"_s)
                 .toInt(),
             0);
}

void tst_HistoryFile::writerKilledAtRandomMomentsLosesNothing()
{
    // Killed at random moments, the first while it may still be creating the schema, each
    // writer continuing the file the last one left; the seed is printed to replay a failure.
    const quint32 seed = qEnvironmentVariableIsSet("HISTORY_KILL_SEED")
        ? quint32(qEnvironmentVariableIntValue("HISTORY_KILL_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("HISTORY_KILL_SEED=%u", seed);
    QRandomGenerator random(seed);
    QSet<qint64> committed;
    int next = 0;
    for (int round = 0; round < 8; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QCoreApplication::applicationFilePath(),
                     {u"--writer"_s, path(), QString::number(next)});
        QVERIFY(writer.waitForStarted());
        // Odd rounds wait for a first committed row, so that a slow machine (a sanitizer build
        // under load starts slowly) still kills writers in the middle of their work; the others
        // kill at a moment counted from the start, which may be before the first row.
        QByteArray output;
        if (round % 2 == 1) {
            while (!output.contains('\n') && writer.waitForReadyRead(10000))
                output += writer.readAllStandardOutput();
            QVERIFY2(output.contains('\n'), qPrintable(u"round %1: no row in 10 s"_s.arg(round)));
            QTest::qWait(random.bounded(100));
        } else {
            QTest::qWait(round == 0 ? random.bounded(30) : random.bounded(10, 250));
        }
        writer.kill();
        QVERIFY(writer.waitForFinished());
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                 qPrintable(u"round %1: the writer stopped by itself (%2)"_s.arg(round).arg(
                     writer.exitCode())));
        // Each whole line is a verification whose transaction, and its event's, had committed.
        output += writer.readAllStandardOutput();
        const QList<QByteArray> lines = output.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            committed.insert(lines.at(i).trimmed().toLongLong());
        next += 100000; // request ids of the next writer never collide with these

        QCOMPARE(rawValue(path(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        HistoryStore store(path());
        QVERIFY2(store.open(), qPrintable(u"round %1: %2"_s.arg(round).arg(store.openNotice())));
        QVERIFY2(store.openNotice().isEmpty(), qPrintable(store.openNotice()));
        QVERIFY(QDir(m_dir->path()).entryList({u"*.corrupt-*"_s}, QDir::Files).isEmpty());
        for (const qint64 id : std::as_const(committed))
            QVERIFY2(store.record(id).has_value(), qPrintable(u"row %1 lost"_s.arg(id)));
        // Both events of every committed row: "requested" and the check written after it.
        QCOMPARE(rawValue(path(),
                          u"SELECT count(*) FROM verification v WHERE NOT EXISTS (SELECT 1 FROM "
                          "event e WHERE e.verification_id = v.id AND e.kind = 'requested')"_s)
                     .toInt(),
                 0);
        for (const qint64 id : std::as_const(committed)) {
            QVERIFY2(
                rawValue(path(), u"SELECT count(*) FROM event WHERE verification_id = %1"_s.arg(id))
                        .toInt()
                    >= 2,
                qPrintable(u"row %1 lost its second event"_s.arg(id)));
        }
    }
    QVERIFY2(committed.size() > 0, "no writer got as far as one row in eight rounds");
}

void tst_HistoryFile::tornFirstPageIsMovedAside()
{
    // As a torn write can leave it: a real database whose first page (the schema) is half
    // overwritten behind an intact header. Not a garbage file, which corruptFileIsMovedAside()
    // covers: SQLite reports this one as malformed, not as "not a database".
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        QVERIFY(fillFour(store));
    }
    QByteArray damaged = readAll(path());
    QVERIFY(damaged.size() > 4096);
    for (qsizetype i = 100; i < 2048; ++i)
        damaged[i] = char(0xA5 ^ (i & 0xff));
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(damaged), damaged.size());
    }
    QVERIFY(!QFile::exists(path() + u"-wal"_s)); // the store checkpointed it on closing

    HistoryStore store(path());
    QVERIFY(store.open());
    QVERIFY(!store.openNotice().isEmpty());
    const QStringList aside =
        QDir(m_dir->path()).entryList({u"history.sqlite.corrupt-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(store.openNotice().contains(aside.first()));
    QCOMPARE(readAll(m_dir->filePath(aside.first())), damaged); // kept, never deleted
    QCOMPARE(store.count({}), 0);
    QVERIFY(store.addVerification(makeRecord(u"31612345678"_s, u"KPN"_s, u"after"_s)) > 0);
}

void tst_HistoryFile::damagedPageBehindTheSchemaIsMovedAside()
{
    // The schema page is whole, so the first read succeeds; the tables' pages behind it are not.
    // Without a check on opening, the store would open and fail at the first search or write.
    {
        HistoryStore store(path());
        QVERIFY(store.open());
        for (int i = 0; i < 40; ++i) {
            HistoryRecord r = makeRecord(u"316%1"_s.arg(i, 8, 10, QLatin1Char('0')), u"KPN"_s,
                                         u"page-%1"_s.arg(i));
            r.lastError = QString(300, QLatin1Char('x')); // rows spread over several pages
            QVERIFY(store.addVerification(r) > 0);
        }
    }
    QVERIFY(!QFile::exists(path() + u"-wal"_s));
    // The schema takes more than the first page (the text index's tables and triggers): its
    // pages stay whole, every other one is overwritten.
    QSet<qsizetype> schemaPages;
    const QString schemaList =
        rawValue(path(), u"SELECT group_concat(pageno) FROM dbstat WHERE name = 'sqlite_schema'"_s)
            .toString();
    for (const QString &page : schemaList.split(u','))
        schemaPages.insert(page.toLongLong() - 1);
    QVERIFY2(schemaPages.contains(0), qPrintable(schemaList));
    QByteArray damaged = readAll(path());
    constexpr qsizetype kPage = 4096;
    QVERIFY2(damaged.size() >= (schemaPages.size() + 3) * kPage,
             qPrintable(QString::number(damaged.size())));
    for (qsizetype i = kPage; i < damaged.size(); ++i) {
        if (!schemaPages.contains(i / kPage))
            damaged[i] = char(0x5A ^ (i & 0xff));
    }
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(damaged), damaged.size());
    }
    QVERIFY(rawValue(path(), u"SELECT count(*) FROM sqlite_master"_s).isValid());

    HistoryStore store(path());
    QVERIFY(store.open());
    QVERIFY2(!store.openNotice().isEmpty(), "a damaged file opened as if whole");
    const QStringList aside =
        QDir(m_dir->path()).entryList({u"history.sqlite.corrupt-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(store.openNotice().contains(aside.first()));
    QCOMPARE(readAll(m_dir->filePath(aside.first())), damaged); // kept, never deleted
    QVERIFY(store.addVerification(makeRecord(u"31612345678"_s, u"KPN"_s, u"after"_s)) > 0);
    QCOMPARE(store.count({}), 1);
}

void tst_HistoryFile::damagedLargeFileIsMovedAsideAfterOpening()
{
    // A file larger than open() checks itself: it opens at once, the check runs on a second
    // connection, and what it finds damaged is moved aside then, with the same notice.
    {
        HistoryStore store(path());
        QVERIFY(store.open());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fill"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"INSERT INTO verification (uid, number, created_ms, updated_ms,"
                          " last_error) VALUES (?, ?, ?, ?, ?)"_s));
        const QString filler(500, QLatin1Char('x'));
        for (int i = 0; i < 12'000; ++i) {
            q.addBindValue(u"fill-%1"_s.arg(i));
            q.addBindValue(u"3161%1"_s.arg(i, 7, 10, QLatin1Char('0')));
            q.addBindValue(1'700'000'000'000LL + i);
            q.addBindValue(1'700'000'000'000LL + i);
            q.addBindValue(filler);
            QVERIFY(q.exec());
        }
        QVERIFY(db.commit());
        QVERIFY(QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fill"_s);
    QByteArray damaged = readAll(path());
    QVERIFY2(damaged.size() > SqliteHistoryDatabase::CheckWhileOpeningBytes,
             qPrintable(QString::number(damaged.size())));
    // The last pages (rows and indexes the first screen does not read) overwritten.
    constexpr qsizetype kPage = 4096;
    for (qsizetype i = damaged.size() - 64 * kPage; i < damaged.size(); ++i)
        damaged[i] = char(0x5A ^ (i & 0xff));
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(damaged), damaged.size());
    }

    HistoryStore store(path());
    QSignalSpy notices(&store, &HistoryStore::openNoticeChanged);
    QSignalSpy resets(&store, &HistoryStore::historyReset);
    QVERIFY(store.open());
    QCOMPARE(store.state(), HistoryStore::State::Open);
    QVERIFY(store.isChecking()); // open() did not read every page itself
    QTRY_COMPARE_WITH_TIMEOUT(resets.size(), 1, 20'000);
    QVERIFY(!store.isChecking());
    QCOMPARE(store.state(), HistoryStore::State::Open);
    QCOMPARE(notices.size(), 1);
    const QStringList aside =
        QDir(m_dir->path()).entryList({u"history.sqlite.corrupt-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(store.openNotice().contains(aside.first()));
    QCOMPARE(readAll(m_dir->filePath(aside.first())), damaged); // kept, never deleted
    QCOMPARE(store.count({}), 0);
    QVERIFY(store.addVerification(makeRecord(u"31612345678"_s, u"KPN"_s, u"after"_s)) > 0);
    QCOMPARE(store.count({}), 1);
}

void tst_HistoryFile::commitsWaitForTheDisk()
{
    // synchronous is a setting of the connection, not of the file: asked on the store's own.
    HistoryStore store(path());
    QVERIFY(store.open());
    QStringList answers;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlQuery q(QSqlDatabase::database(name));
        if (q.exec(u"PRAGMA synchronous"_s) && q.next())
            answers.append(q.value(0).toString());
    }
    QCOMPARE(answers, QStringList {u"2"_s}); // FULL
}

void tst_HistoryFile::powerCutCopiesOpenWithEveryAcknowledgedRow()
{
    // A power cut as the files can be found after it: a writer is frozen (SIGSTOP) at a random
    // moment of its work, mid-transaction as likely as not, and the database and its WAL are
    // copied as they stand, without the -shm index (rebuilt on opening); then it runs on. Every
    // copy must open as it is, pass integrity_check, and hold every row acknowledged before the
    // freeze with its events, and no gap. With synchronous=FULL these bytes are also what the disk
    // holds, since a commit returns only after its fsync. The seed is printed to replay a failure.
    const quint32 seed = qEnvironmentVariableIsSet("HISTORY_CUT_SEED")
        ? quint32(qEnvironmentVariableIntValue("HISTORY_CUT_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("HISTORY_CUT_SEED=%u", seed);
    QRandomGenerator random(seed);

    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QCoreApplication::applicationFilePath(), {u"--writer"_s, path(), u"0"_s});
    QVERIFY(writer.waitForStarted());
    const auto signalWriter = [&writer](int signal) {
        return ::kill(pid_t(writer.processId()), signal) == 0;
    };
    struct Copy
    {
        QString dir;
        qint64 acknowledged;
    };
    QList<Copy> copies;
    QByteArray output;
    qint64 acknowledged = 0;
    constexpr int kCuts = 12;
    for (int cut = 0; cut < kCuts; ++cut) {
        // The first cut may come while the file is being created; the others come once rows are
        // being written, however slowly the writer started (a sanitizer build under load).
        if (cut == 1) {
            while (!output.contains('\n') && writer.waitForReadyRead(10000))
                output += writer.readAllStandardOutput();
            QVERIFY2(output.contains('\n'), "the writer wrote no row in 10 s");
        }
        QTest::qWait(cut == 0 ? random.bounded(30) : random.bounded(5, 80));
        QVERIFY(signalWriter(SIGSTOP));
        // Whatever it printed before it stopped is acknowledged: its transactions had committed.
        while (writer.waitForReadyRead(20))
            output += writer.readAllStandardOutput();
        output += writer.readAllStandardOutput();
        const qsizetype end = output.lastIndexOf('\n');
        if (end >= 0) {
            const QList<QByteArray> lines = output.left(end).split('\n');
            acknowledged = lines.last().trimmed().toLongLong();
        }
        const QString dir = m_dir->filePath(u"cut-%1"_s.arg(cut));
        QVERIFY(QDir().mkpath(dir));
        for (const QString &suffix : {QString(), u"-wal"_s}) {
            if (QFile::exists(path() + suffix))
                QVERIFY(QFile::copy(path() + suffix, dir + u"/history.sqlite"_s + suffix));
        }
        copies.append({dir, acknowledged});
        QVERIFY(signalWriter(SIGCONT));
    }
    writer.kill();
    QVERIFY(writer.waitForFinished());

    QStringList survived;
    for (const Copy &copy : std::as_const(copies)) {
        const QString file = copy.dir + u"/history.sqlite"_s;
        if (!QFile::exists(file)) { // frozen before the file was created
            QCOMPARE(copy.acknowledged, 0);
            continue;
        }
        QCOMPARE(rawValue(file, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        HistoryStore store(file);
        QVERIFY2(store.open(), qPrintable(store.openNotice()));
        QVERIFY2(store.openNotice().isEmpty(), qPrintable(store.openNotice()));
        const qint64 rows = store.count({});
        QVERIFY2(rows >= copy.acknowledged,
                 qPrintable(u"%1 rows, %2 acknowledged"_s.arg(rows).arg(copy.acknowledged)));
        // No gap: the rows are 1..rows, each with its "requested" event.
        QCOMPARE(rawValue(file, u"SELECT count(*) FROM verification WHERE id <= %1"_s.arg(rows))
                     .toLongLong(),
                 rows);
        QCOMPARE(rawValue(file,
                          u"SELECT count(*) FROM verification v WHERE NOT EXISTS (SELECT 1 FROM "
                          "event e WHERE e.verification_id = v.id AND e.kind = 'requested')"_s)
                     .toInt(),
                 0);
        for (qint64 id = 1; id <= copy.acknowledged; ++id) {
            QVERIFY2(
                rawValue(file, u"SELECT count(*) FROM event WHERE verification_id = %1"_s.arg(id))
                        .toInt()
                    >= 2,
                qPrintable(u"row %1 lost its second event"_s.arg(id)));
        }
        survived.append(u"%1/%2"_s.arg(rows).arg(copy.acknowledged));
    }
    // Rows in each copy / rows acknowledged when it was taken.
    qInfo("rows in each copy / acknowledged: %s", qPrintable(survived.join(u' ')));
    QVERIFY2(acknowledged > 0, "the writer acknowledged no row");
}

// The child process of the killed-writer tests: writes until it is killed, its request ids
// numbered from `first`.
static int runWriter(const QString &file, int first)
{
    HistoryStore store(file);
    if (!store.open())
        return 1;
    for (int i = first;; ++i) {
        const qint64 id = store.addVerification(makeRecord(
            u"316%1"_s.arg(i % 100000000, 8, 10, QLatin1Char('0')), u"KPN"_s, u"kill-%1"_s.arg(i)));
        if (id <= 0 || !store.appendEvent(id, HistoryEvent::Kind::CheckInvalid))
            return 2;
        std::printf("%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    tst_HistoryFile test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_HistoryFile.moc"
