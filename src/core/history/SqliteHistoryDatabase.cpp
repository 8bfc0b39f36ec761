#include "SqliteHistoryDatabase.h"

#include "Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// SQLite's primary result codes that mean the file itself is damaged.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

bool isCorruption(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == kSqliteCorrupt || (code & 0xff) == kSqliteNotADb);
}

// quick_check of every page of `db` (the checks of integrity_check but the slow cross-check of
// indexes against their tables). Unknown when it could not run: `error` says why.
HistoryDatabase::Integrity quickCheck(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA quick_check"_s) || !q.next()) {
        *error = q.lastError();
        return isCorruption(q.lastError()) ? HistoryDatabase::Integrity::Damaged
                                           : HistoryDatabase::Integrity::Unknown;
    }
    if (const QString verdict = q.value(0).toString(); verdict != u"ok"_s) {
        qCWarning(lcHistory) << "history file failed quick_check:" << verdict;
        *error = QSqlError(verdict, {}, QSqlError::UnknownError);
        return HistoryDatabase::Integrity::Damaged;
    }
    return HistoryDatabase::Integrity::Whole;
}

qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

// A UUID for rows written before verifications had one: random, in the usual text form.
constexpr auto kRandomUuidSql =
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||"
    " substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||"
    " substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"_L1;

// Step 1: the verifications and their events.
QStringList tablesStep()
{
    return {
        u"CREATE TABLE verification ("
        " id INTEGER PRIMARY KEY,"
        " profile_id TEXT NOT NULL DEFAULT '',"
        " profile_name TEXT NOT NULL DEFAULT '',"
        " number TEXT NOT NULL,"
        " brand TEXT NOT NULL DEFAULT '',"
        " options TEXT NOT NULL DEFAULT '{}',"
        " request_id TEXT UNIQUE," // NULL until the API gave one
        " created_ms INTEGER NOT NULL,"
        " updated_ms INTEGER NOT NULL,"
        " status TEXT NOT NULL DEFAULT 'in_progress',"
        " attempts INTEGER NOT NULL DEFAULT 0,"
        " price TEXT,"
        " currency TEXT,"
        " duration_ms INTEGER,"
        " last_search TEXT,"
        " last_error TEXT)"_s,
        u"CREATE INDEX verification_created ON verification(created_ms)"_s,
        u"CREATE INDEX verification_number ON verification(number)"_s,
        u"CREATE INDEX verification_brand ON verification(brand COLLATE NOCASE)"_s,
        u"CREATE INDEX verification_status ON verification(status, created_ms)"_s,
        u"CREATE INDEX verification_profile ON verification(profile_id, created_ms)"_s,
        u"CREATE TABLE event ("
        " id INTEGER PRIMARY KEY,"
        " verification_id INTEGER NOT NULL REFERENCES verification(id) ON DELETE CASCADE,"
        " at_ms INTEGER NOT NULL,"
        " kind TEXT NOT NULL,"
        " detail TEXT NOT NULL DEFAULT '{}')"_s,
        u"CREATE INDEX event_verification ON event(verification_id, at_ms)"_s,
        // Events are a log: rows are added and, with their verification, removed; never
        // changed.
        u"CREATE TRIGGER event_append_only BEFORE UPDATE ON event"
        " BEGIN SELECT RAISE(ABORT, 'history events are append-only'); END"_s,
    };
}

// Step 2: the list's order (newest first) with the columns the text, status and profile filters
// read: walking it, SQLite tests a row's filter on the index entry and reads the table row
// (with its search answer and options) only for rows that match. A number typed in full
// matches a handful of rows in a long history, and the table's row for each of the others
// was read only to be thrown away. `id` in second place keeps the ORDER BY's tie-break.
QStringList listIndexStep()
{
    return {
        u"DROP INDEX verification_created"_s,
        u"CREATE INDEX verification_list ON verification"
        "(created_ms, id, number, request_id, brand, status, profile_id)"_s,
    };
}

// Step 3: who verified and why (operator, workstation, ticket reference), and a uid for each row
// that stays the same in every database the row is copied to. The list index gains the two
// columns the text filter now reads as well.
QStringList whoAndWhyStep()
{
    return {
        u"ALTER TABLE verification ADD COLUMN uid TEXT"_s,
        u"UPDATE verification SET uid = "_s + kRandomUuidSql,
        u"CREATE UNIQUE INDEX verification_uid ON verification(uid)"_s,
        u"ALTER TABLE verification ADD COLUMN operator_name TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE verification ADD COLUMN workstation TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE verification ADD COLUMN reference TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE event ADD COLUMN uid TEXT"_s,
        // The trigger refuses every UPDATE of an event: it steps aside for this one.
        u"DROP TRIGGER event_append_only"_s,
        u"UPDATE event SET uid = "_s + kRandomUuidSql,
        u"CREATE TRIGGER event_append_only BEFORE UPDATE ON event"
        " BEGIN SELECT RAISE(ABORT, 'history events are append-only'); END"_s,
        u"CREATE UNIQUE INDEX event_uid ON event(uid)"_s,
        u"DROP INDEX verification_list"_s,
        u"CREATE INDEX verification_list ON verification"
        "(created_ms, id, number, request_id, brand, status, profile_id, reference,"
        " operator_name)"_s,
    };
}

// Step 4: the text filter's columns in a full-text index of their trigrams (FTS5, SQLite 3.34 or
// newer), kept by triggers: a part of a number that few of a million rows have is found in
// the index instead of by reading every row (about a second). The index holds what the
// columns hold, nothing more.
QStringList textIndexStep()
{
    return {
        u"CREATE VIRTUAL TABLE verification_text USING fts5(number, request_id, brand,"
        " reference, operator_name, content='verification', content_rowid='id',"
        " tokenize='trigram')"_s,
        u"INSERT INTO verification_text(verification_text) VALUES ('rebuild')"_s,
        u"CREATE TRIGGER verification_text_insert AFTER INSERT ON verification BEGIN"
        " INSERT INTO verification_text(rowid, number, request_id, brand, reference,"
        " operator_name) VALUES (new.id, new.number, new.request_id, new.brand, new.reference,"
        " new.operator_name); END"_s,
        u"CREATE TRIGGER verification_text_delete AFTER DELETE ON verification BEGIN"
        " INSERT INTO verification_text(verification_text, rowid, number, request_id, brand,"
        " reference, operator_name) VALUES ('delete', old.id, old.number, old.request_id,"
        " old.brand, old.reference, old.operator_name); END"_s,
        u"CREATE TRIGGER verification_text_update AFTER UPDATE OF number, request_id, brand,"
        " reference, operator_name ON verification BEGIN"
        " INSERT INTO verification_text(verification_text, rowid, number, request_id, brand,"
        " reference, operator_name) VALUES ('delete', old.id, old.number, old.request_id,"
        " old.brand, old.reference, old.operator_name);"
        " INSERT INTO verification_text(rowid, number, request_id, brand, reference,"
        " operator_name) VALUES (new.id, new.number, new.request_id, new.brand, new.reference,"
        " new.operator_name); END"_s,
    };
}

// The schema in steps: step n brings a file at version n to version n + 1. A released step is
// never changed; a new schema version adds a step at the end.
const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps = {tablesStep(), listIndexStep(), whoAndWhyStep(),
                                             textIndexStep()};
    return steps;
}

// The trigram index finds a needle of three characters or more; LIKE's own wildcards are left
// to instr() alone.
bool indexServes(const QString &needle)
{
    return needle.size() >= 3 && !needle.contains(u'%') && !needle.contains(u'_');
}

// `test` (an SQL condition on `column` with one ? for `needle`), narrowed by the trigram index
// when it can serve the needle: the index (a caseless LIKE) gives the candidates, `test` the
// exact answer.
QString containsWith(QLatin1StringView column, const QString &test, const QString &needle,
                     QVariantList &values)
{
    if (!indexServes(needle)) {
        values << needle;
        return test;
    }
    values << QString(u'%' + needle + u'%') << needle;
    return u"(id IN (SELECT rowid FROM verification_text WHERE %1 LIKE ?) AND %2)"_s.arg(column,
                                                                                         test);
}

} // namespace

bool HistoryDatabase::execAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            setError(q.lastError().text());
            return false;
        }
    }
    return true;
}

SqliteHistoryDatabase::SqliteHistoryDatabase(QString filePath)
    : m_filePath(std::move(filePath))
{ }

QString SqliteHistoryDatabase::location() const
{
    return QDir::toNativeSeparators(m_filePath);
}

HistoryDatabase::Opened SqliteHistoryDatabase::open(const QString &connection)
{
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(folder)) {
        setError(u"cannot create %1"_s.arg(folder));
        setNotice(tr("The history folder %1 cannot be created. History is not kept in this "
                     "session.")
                      .arg(QDir::toNativeSeparators(folder)));
        return Opened::Failed;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=2000"_s);
    if (!db.open()) {
        setError(db.lastError().text());
        setNotice(tr("The history file %1 cannot be opened (%2). History is not kept in this "
                     "session.")
                      .arg(location(), db.lastError().text()));
        return Opened::Failed;
    }
    QSqlQuery q(db);
    const QString unreadable =
        tr("The history file %1 cannot be read (%2). It may be in use by another "
           "copy of Verify Desk. History is not kept in this session.");
    // Reading the schema is the first access to the file: a file that is not a database, or
    // whose first pages are damaged, fails here.
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
        return failed(q.lastError(), unreadable);
    // A damaged page further on would only show when a search or a write reaches it, as a failed
    // call in the middle of work: every page is read once (quick_check). That costs about 2 ms
    // per MB in the page cache, a second for a million verifications: a large file is checked
    // after open(), on a connection of its own (deferredCheck()), and opens at once.
    m_checkLater = fileBytes(m_filePath) > CheckWhileOpeningBytes;
    if (!m_checkLater) {
        QSqlError checkError;
        switch (quickCheck(db, &checkError)) {
        case Integrity::Whole:
            break;
        case Integrity::Damaged:
            setError(checkError.text());
            return Opened::Corrupt;
        case Integrity::Unknown:
            return failed(checkError, unreadable);
        }
    }
    if (schemaVersion(db) > SchemaVersion) {
        setNotice(tr("The history file %1 was written by a newer version of Verify Desk. It is "
                     "left untouched; history is not kept in this session.")
                      .arg(location()));
        return Opened::Failed;
    }
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next()
        || q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return failed(q.lastError(),
                      tr("The history file %1 cannot be written (%2). History "
                         "is not kept in this session."));
    }
    q.finish(); // an open statement would keep the migration from committing
    // Each commit waits until its WAL frames are on the disk: an audit row the caller was told is
    // written survives a power cut too, not only a crash of the app (NORMAL syncs at checkpoints).
    execAll(db, {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s});
    if (!migrate(db)) {
        if (isCorruption(db.lastError()))
            return Opened::Corrupt;
        setNotice(tr("The history file %1 cannot be prepared (%2). History is not kept in this "
                     "session.")
                      .arg(location(), error()));
        return Opened::Failed;
    }
    return Opened::Ok;
}

HistoryDatabase::Opened SqliteHistoryDatabase::failed(const QSqlError &error, const QString &notice)
{
    setError(error.text());
    if (isCorruption(error))
        return Opened::Corrupt;
    setNotice(notice.arg(location(), error.text()));
    return Opened::Failed;
}

QString SqliteHistoryDatabase::moveAside()
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString aside = m_filePath + u".corrupt-"_s + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = m_filePath + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(m_filePath, aside)) {
        setError(u"cannot rename %1"_s.arg(m_filePath));
        return {};
    }
    // The WAL may hold committed pages of the damaged file: keep it next to it.
    for (const auto &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(m_filePath + suffix))
            QFile::rename(m_filePath + suffix, aside + suffix);
    }
    qCWarning(lcHistory) << "damaged history file moved aside to" << aside;
    return aside;
}

std::function<HistoryDatabase::Integrity(const QString &)>
SqliteHistoryDatabase::deferredCheck() const
{
    if (!m_checkLater)
        return {};
    return [path = m_filePath](const QString &connection) {
        Integrity integrity = Integrity::Unknown;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=2000;QSQLITE_OPEN_READONLY"_s);
            QSqlError error;
            if (db.open())
                integrity = quickCheck(db, &error);
            else
                error = db.lastError();
            if (integrity == Integrity::Unknown)
                qCWarning(lcHistory) << "history file could not be checked:" << error.text();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return integrity;
    };
}

int SqliteHistoryDatabase::schemaVersion(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool SqliteHistoryDatabase::migrateFrom(int version, QSqlDatabase &db)
{
    const QList<QStringList> &steps = migrationSteps();
    Q_ASSERT(steps.size() == SchemaVersion);
    return version >= 0 && version < steps.size() && execAll(db, steps.at(version));
}

bool SqliteHistoryDatabase::migrate(QSqlDatabase &db)
{
    int version = schemaVersion(db);
    if (version < 0)
        return false;
    while (version < SchemaVersion) {
        if (!db.transaction()) {
            setError(db.lastError().text());
            return false;
        }
        const bool ok = migrateFrom(version, db)
            && execAll(db, {u"PRAGMA user_version = %1"_s.arg(version + 1)});
        if (!ok || !db.commit()) {
            if (ok)
                setError(db.lastError().text());
            db.rollback(); // harmless after a failed commit, needed after a failed statement
            return false;
        }
        qCInfo(lcHistory) << "history schema migrated to" << version + 1;
        ++version;
    }
    return true;
}

QString SqliteHistoryDatabase::containsSql(QLatin1StringView column, const QString &needle,
                                           Qt::CaseSensitivity cs, QVariantList &values) const
{
    const QString test =
        cs == Qt::CaseSensitive ? u"instr(%1, ?) > 0"_s : u"instr(lower(%1), lower(?)) > 0"_s;
    return containsWith(column, test.arg(column), needle, values);
}

QString SqliteHistoryDatabase::caselessSql(QLatin1StringView column) const
{
    return u"%1 COLLATE NOCASE"_s.arg(column);
}

QString SqliteHistoryDatabase::profilesSql() const
{
    // SQLite takes the bare column from the row MAX() picks: each profile's newest name, so a
    // renamed profile shows its current name.
    return u"SELECT profile_id, profile_name, MAX(created_ms) FROM verification"
           " GROUP BY profile_id ORDER BY profile_name COLLATE NOCASE"_s;
}

int SqliteHistoryDatabase::deleteCreatedBefore(QSqlDatabase &db, qint64 cutoffMs)
{
    QSqlQuery q(db);
    // Events go with their verification (ON DELETE CASCADE).
    q.prepare(u"DELETE FROM verification WHERE created_ms < ?"_s);
    q.addBindValue(cutoffMs);
    if (!q.exec()) {
        setError(q.lastError().text());
        return -1;
    }
    return q.numRowsAffected();
}

bool SqliteHistoryDatabase::clear(QSqlDatabase &db)
{
    if (!db.transaction()) {
        setError(db.lastError().text());
        return false;
    }
    if (!execAll(db, {u"DELETE FROM event"_s, u"DELETE FROM verification"_s}) || !db.commit()) {
        db.rollback(); // harmless after a failed commit, needed after a failed statement
        return false;
    }
    // Give the freed pages back and fold the WAL in, so that cleared rows do not linger in
    // the files.
    execAll(db, {u"VACUUM"_s, u"PRAGMA wal_checkpoint(TRUNCATE)"_s});
    return true;
}
