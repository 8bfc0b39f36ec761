#include "HistoryStore.h"

#include "EnumKeys.h"
#include "Logging.h"
#include "SensitiveKeys.h"
#include "phone/PhoneNumber.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <string>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// The columns recordFrom() reads, in its order.
constexpr auto kRecordColumns = "id, profile_id, profile_name, number, brand, options, request_id, "
                                "created_ms, updated_ms, status, attempts, price, currency, "
                                "duration_ms, last_search, last_error"_L1;

// SQLite's primary result codes that mean the file itself is damaged.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant nullString()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? nullString() : QVariant(text);
}

qint64 msOrNow(const QDateTime &at)
{
    return at.isValid() ? at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

bool isCorruption(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == kSqliteCorrupt || (code & 0xff) == kSqliteNotADb);
}

QJsonValue stripValue(const QJsonValue &value);

QJsonArray stripArray(const QJsonArray &array)
{
    QJsonArray out;
    for (const QJsonValue v : array)
        out.append(stripValue(v));
    return out;
}

QJsonValue stripValue(const QJsonValue &value)
{
    if (value.isObject())
        return HistoryStore::stripSecrets(value.toObject());
    if (value.isArray())
        return stripArray(value.toArray());
    return value;
}

// The SQL each sort column orders by.
constexpr EnumKey<HistoryQuery::SortColumn> kSortExpressions[] = {
    {HistoryColumns::Date, "created_ms"},
    {HistoryColumns::Number, "number"},
    {HistoryColumns::Brand, "brand COLLATE NOCASE"},
    {HistoryColumns::RequestId, "request_id"},
    {HistoryColumns::Status, "status"},
    {HistoryColumns::Attempts, "attempts"},
    {HistoryColumns::Duration, "duration_ms"},
    {HistoryColumns::Profile, "profile_name COLLATE NOCASE"},
};

QString sortExpression(HistoryQuery::SortColumn column)
{
    const QString expression = keyOf(kSortExpressions, column);
    return expression.isEmpty() ? u"created_ms"_s : expression;
}

bool hasOnlyPhoneCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (!(c.isDigit() || c.isSpace() || c == u'+' || c == u'-' || c == u'(' || c == u')'
              || c == u'.' || c == u'/'))
            return false;
    }
    return true;
}

std::atomic<int> s_connectionCounter {0};

// The conditions of a WHERE clause, joined with AND, and the values of their ? marks in order.
struct SqlFilter
{
    QStringList where;
    QVariantList values;
};

// Where a number's E.164 digits start, when the text says it: "+31 6…", "0031 6…", or a national
// number with the region's trunk prefix ("06…" in NL). Empty when it cannot tell.
QString e164Prefix(const QString &text, const QString &digits, const QString &region)
{
    if (text.startsWith(u'+'))
        return digits;
    if (digits.startsWith(u"00"_s) && digits.size() > 2)
        return digits.mid(2);
    const auto dialling = PhoneNumber::regionDialling(region);
    const int cc = dialling.countryCallingCode;
    const QString &trunk = dialling.nationalPrefix;
    if (cc > 0 && !trunk.isEmpty() && digits.startsWith(trunk) && digits.size() > trunk.size())
        return QString::number(cc) + digits.mid(trunk.size());
    return {};
}

// A number, typed whole or in part, in any of the ways people write it.
void addNumberMatches(QStringList &any, QVariantList &values, const QString &text,
                      const QString &region)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    const PhoneNumber number = PhoneNumber::parse(text, region);
    if (number.isValid()) {
        any << u"number = ?"_s;
        values << number.e164Digits();
    }
    if (digits.isEmpty())
        return;
    any << u"instr(number, ?) > 0"_s;
    values << digits;
    const QString prefix = e164Prefix(text, digits, region);
    if (!prefix.isEmpty()) {
        // A range instead of LIKE, so that the number index serves it.
        any << u"(number >= ? AND number < ?)"_s;
        values << prefix << QString(prefix + QChar(u'9' + 1));
    }
}

// The text filter: a number, a request id or a brand.
void addTextFilter(SqlFilter &filter, const QString &text, const QString &region)
{
    if (text.isEmpty())
        return;
    QStringList any;
    if (hasOnlyPhoneCharacters(text)) {
        addNumberMatches(any, filter.values, text, region);
        // No letters in the text, so the case of the columns cannot matter; lower() would
        // copy both columns of every row the filter looks at.
        any << u"instr(request_id, ?) > 0"_s << u"instr(brand, ?) > 0"_s;
    } else {
        any << u"instr(lower(request_id), lower(?)) > 0"_s
            << u"instr(lower(brand), lower(?)) > 0"_s;
    }
    filter.values << text << text;
    filter.where << u"("_s + any.join(u" OR "_s) + u")"_s;
}

// The status, profile, date and selection filters.
void addFieldFilters(SqlFilter &filter, const HistoryQuery &query)
{
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (const HistoryRecord::Status s : query.statuses) {
            marks << u"?"_s;
            filter.values << HistoryRecord::statusKey(s);
        }
        filter.where << u"status IN ("_s + marks.join(u',') + u")"_s;
    }
    const auto add = [&filter](const QString &condition, const QVariant &value) {
        filter.where << condition;
        filter.values << value;
    };
    if (!query.profileId.isEmpty())
        add(u"profile_id = ?"_s, query.profileId);
    if (query.from.isValid())
        add(u"created_ms >= ?"_s, query.from.toMSecsSinceEpoch());
    if (query.to.isValid())
        add(u"created_ms < ?"_s, query.to.toMSecsSinceEpoch());
    if (!query.ids.isEmpty()) {
        QStringList list;
        for (const qint64 id : query.ids)
            list << QString::number(id); // integers: nothing to escape
        filter.where << u"id IN ("_s + list.join(u',') + u")"_s;
    }
}

// " ORDER BY … [LIMIT ? OFFSET ?]", adding the page's values.
QString orderAndPage(const HistoryQuery &query, QVariantList &values)
{
    const QString dir = query.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    QString sql =
        u" ORDER BY "_s + sortExpression(query.sortColumn) + u' ' + dir + u", id "_s + dir;
    if (query.limit >= 0 || query.offset > 0) {
        sql += u" LIMIT ? OFFSET ?"_s;
        values << (query.limit >= 0 ? query.limit : -1) << qMax(0, query.offset);
    }
    return sql;
}

} // namespace

HistoryStore::HistoryStore(QString filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
    , m_connectionName(u"verifydesk.history.%1"_s.arg(++s_connectionCounter))
{ }

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

QSqlDatabase HistoryStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void HistoryStore::setNotice(const QString &notice)
{
    if (m_openNotice == notice)
        return;
    m_openNotice = notice;
    Q_EMIT openNoticeChanged(notice);
}

void HistoryStore::setError(const QString &error) const
{
    m_lastError = error;
    qCWarning(lcHistory) << "history:" << error;
}

bool HistoryStore::exec(QSqlQuery &q) const
{
    if (q.exec())
        return true;
    setError(q.lastError().text());
    return false;
}

bool HistoryStore::begin(QSqlDatabase &db) const
{
    if (db.transaction())
        return true;
    setError(db.lastError().text());
    return false;
}

bool HistoryStore::commit(QSqlDatabase &db) const
{
    if (db.commit())
        return true;
    setError(db.lastError().text());
    db.rollback();
    return false;
}

bool HistoryStore::execSql(const QString &sql) const
{
    QSqlQuery q(database());
    if (q.exec(sql))
        return true;
    setError(q.lastError().text());
    return false;
}

bool HistoryStore::execSql(const QStringList &statements) const
{
    return std::all_of(statements.cbegin(), statements.cend(),
                       [this](const QString &sql) { return execSql(sql); });
}

bool HistoryStore::open()
{
    if (m_state == State::Open)
        return true;
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        m_state = State::Unavailable;
        setNotice(tr("The history folder %1 cannot be created. History is not kept in this "
                     "session.")
                      .arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }

    OpenResult result = openFile();
    if (result == OpenResult::Corrupt) {
        close();
        const QString aside = moveAside();
        if (aside.isEmpty()) {
            m_state = State::Unavailable;
            setNotice(tr("The history file %1 is damaged and could not be moved aside. History "
                         "is not kept in this session.")
                          .arg(QDir::toNativeSeparators(m_filePath)));
            return false;
        }
        result = openFile();
        if (result == OpenResult::Ok) {
            setNotice(tr("The history file was damaged. It has been kept as %1 and a new, empty "
                         "history was started.")
                          .arg(QDir::toNativeSeparators(aside)));
        }
    }
    if (result != OpenResult::Ok) {
        close();
        m_state = State::Unavailable;
        return false;
    }
    m_state = State::Open;
    return true;
}

HistoryStore::OpenResult HistoryStore::openFile()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_filePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=2000"_s);
        if (!db.open()) {
            setError(db.lastError().text());
            setNotice(tr("The history file %1 cannot be opened (%2). History is not kept in this "
                         "session.")
                          .arg(QDir::toNativeSeparators(m_filePath), db.lastError().text()));
            return OpenResult::Failed;
        }
    }
    QSqlQuery q(database());
    const QString unreadable =
        tr("The history file %1 cannot be read (%2). It may be in use by another "
           "copy of Verify Desk. History is not kept in this session.");
    // Reading the schema is the first access to the file: a file that is not a database, or
    // whose first pages are damaged, fails here.
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
        return openFailed(q.lastError(), unreadable);
    // A damaged page further on would only show when a search or a write reaches it, as a failed
    // call in the middle of work: every page is read once now (quick_check: the checks of
    // integrity_check but the slow cross-check of indexes against their tables).
    if (!q.exec(u"PRAGMA quick_check"_s) || !q.next())
        return openFailed(q.lastError(), unreadable);
    if (const QString verdict = q.value(0).toString(); verdict != u"ok"_s) {
        setError(verdict);
        qCWarning(lcHistory) << "history file failed quick_check:" << verdict;
        return OpenResult::Corrupt;
    }
    const int version = schemaVersion();
    if (version > SchemaVersion) {
        setNotice(tr("The history file %1 was written by a newer version of Verify Desk. It is "
                     "left untouched; history is not kept in this session.")
                      .arg(QDir::toNativeSeparators(m_filePath)));
        return OpenResult::Failed;
    }
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next()
        || q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return openFailed(q.lastError(),
                          tr("The history file %1 cannot be written (%2). History "
                             "is not kept in this session."));
    }
    q.finish(); // an open statement would keep the migration from committing
    // Each commit waits until its WAL frames are on the disk: an audit row the caller was told is
    // written survives a power cut too, not only a crash of the app (NORMAL syncs at checkpoints).
    execSql(u"PRAGMA synchronous=FULL"_s);
    execSql(u"PRAGMA foreign_keys=ON"_s);
    if (!migrate()) {
        const QSqlError error = database().lastError();
        if (isCorruption(error))
            return OpenResult::Corrupt;
        setNotice(tr("The history file %1 cannot be prepared (%2). History is not kept in this "
                     "session.")
                      .arg(QDir::toNativeSeparators(m_filePath), m_lastError));
        return OpenResult::Failed;
    }
    qCInfo(lcHistory) << "history open:" << m_filePath << "schema" << schemaVersion();
    return OpenResult::Ok;
}

HistoryStore::OpenResult HistoryStore::openFailed(const QSqlError &error, const QString &notice)
{
    setError(error.text());
    if (isCorruption(error))
        return OpenResult::Corrupt;
    setNotice(notice.arg(QDir::toNativeSeparators(m_filePath), error.text()));
    return OpenResult::Failed;
}

void HistoryStore::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = database();
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_state == State::Open)
        m_state = State::Closed;
}

QString HistoryStore::moveAside()
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

int HistoryStore::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool HistoryStore::migrate()
{
    // One step per version: from n to n + 1. Add v3 with a `case 2: return migrateToV3(db);`.
    // (A switch rather than a table of member-function pointers, which GCC's bounds sanitizer
    // misreads.)
    const auto migrateFrom = [this](int from, QSqlDatabase &db) {
        static_assert(SchemaVersion == 2, "add the new migration step below");
        switch (from) {
        case 0:
            return migrateToV1(db);
        case 1:
            return migrateToV2(db);
        default:
            return false;
        }
    };

    QSqlDatabase db = database();
    int version = schemaVersion();
    if (version < 0)
        return false;
    while (version < SchemaVersion) {
        if (!begin(db))
            return false;
        const bool ok =
            migrateFrom(version, db) && execSql(u"PRAGMA user_version = %1"_s.arg(version + 1));
        if (!ok || !commit(db)) {
            db.rollback(); // harmless after a failed commit, needed after a failed statement
            return false;
        }
        qCInfo(lcHistory) << "history schema migrated to" << version + 1;
        ++version;
    }
    return true;
}

bool HistoryStore::migrateToV1(QSqlDatabase &)
{
    static const QStringList statements = {
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
        // Events are a log: rows are added and, with their verification, removed; never changed.
        u"CREATE TRIGGER event_append_only BEFORE UPDATE ON event"
        " BEGIN SELECT RAISE(ABORT, 'history events are append-only'); END"_s,
    };
    return execSql(statements);
}

bool HistoryStore::migrateToV2(QSqlDatabase &)
{
    // The list's order (newest first) with the columns the text, status and profile filters read:
    // walking it, SQLite tests a row's filter on the index entry and reads the table row (with
    // its search answer and options) only for rows that match. A number typed in full matches a
    // handful of rows in a long history, and the table's row for each of the others was read
    // only to be thrown away. `id` in second place keeps the tie-break of the ORDER BY.
    static const QStringList statements = {
        u"DROP INDEX verification_created"_s,
        u"CREATE INDEX verification_list ON verification"
        "(created_ms, id, number, request_id, brand, status, profile_id)"_s,
    };
    return execSql(statements);
}

qint64 HistoryStore::addVerification(const HistoryRecord &record, const QJsonObject &requestDetail)
{
    if (!isOpen())
        return 0;
    QSqlDatabase db = database();
    if (!begin(db))
        return 0;
    const qint64 created = msOrNow(record.created);
    const qint64 updated = record.updated.isValid() ? record.updated.toMSecsSinceEpoch() : created;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO verification (profile_id, profile_name, number, brand, options, "
              "request_id, created_ms, updated_ms, status, attempts, price, currency, "
              "duration_ms, last_search, last_error) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(record.profileId);
    q.addBindValue(record.profileName);
    q.addBindValue(record.number);
    q.addBindValue(record.brand);
    q.addBindValue(toJson(stripSecrets(record.options)));
    q.addBindValue(textOrNull(record.requestId));
    q.addBindValue(created);
    q.addBindValue(updated);
    q.addBindValue(HistoryRecord::statusKey(record.status));
    q.addBindValue(record.attempts);
    q.addBindValue(textOrNull(record.price));
    q.addBindValue(textOrNull(record.currency));
    q.addBindValue(record.durationMs >= 0 ? QVariant(record.durationMs) : nullInt());
    q.addBindValue(record.lastSearch.isEmpty() ? nullString()
                                               : QVariant(toJson(stripSecrets(record.lastSearch))));
    q.addBindValue(textOrNull(record.lastError));
    if (!exec(q)) {
        db.rollback();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!insertEvent(db, id, created, HistoryEvent::Kind::Requested, requestDetail)
        || !commit(db)) {
        db.rollback(); // harmless after a failed commit, needed after a failed statement
        return 0;
    }
    Q_EMIT verificationAdded(id);
    return id;
}

bool HistoryStore::setRequestId(qint64 id, const QString &requestId)
{
    if (!isOpen())
        return false;
    QSqlQuery q(database());
    q.prepare(u"UPDATE verification SET request_id = ?, updated_ms = ? WHERE id = ?"_s);
    q.addBindValue(textOrNull(requestId));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    if (!exec(q) || q.numRowsAffected() != 1)
        return false;
    Q_EMIT verificationChanged(id);
    return true;
}

bool HistoryStore::appendEvent(qint64 verificationId, HistoryEvent::Kind kind,
                               const QJsonObject &detail, const QDateTime &at)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = database();
    return insertEvent(db, verificationId, msOrNow(at), kind, detail);
}

bool HistoryStore::insertEvent(QSqlDatabase &db, qint64 verificationId, qint64 atMs,
                               HistoryEvent::Kind kind, const QJsonObject &detail) const
{
    // Every event goes through here, so its detail is always cleaned of codes and secrets.
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO event (verification_id, at_ms, kind, detail) VALUES (?,?,?,?)"_s);
    q.addBindValue(verificationId);
    q.addBindValue(atMs);
    q.addBindValue(HistoryEvent::kindKey(kind));
    q.addBindValue(toJson(stripSecrets(detail)));
    return exec(q);
}

bool HistoryStore::updateWithEvent(qint64 id, qint64 now, const QString &update,
                                   const QVariantList &values, HistoryEvent::Kind kind,
                                   const QJsonObject &detail)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = database();
    if (!begin(db))
        return false;
    QSqlQuery q(db);
    q.prepare(update);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!exec(q) || q.numRowsAffected() != 1) {
        db.rollback();
        return false;
    }
    if (!insertEvent(db, id, now, kind, detail) || !commit(db)) {
        db.rollback(); // harmless after a failed commit, needed after a failed statement
        return false;
    }
    Q_EMIT verificationChanged(id);
    return true;
}

bool HistoryStore::updateOutcome(qint64 id, const HistoryOutcome &outcome)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool finished = outcome.status != HistoryRecord::Status::InProgress;
    QJsonObject detail {{u"status"_s, HistoryRecord::statusKey(outcome.status)}};
    if (outcome.attempts >= 0)
        detail.insert(u"attempts"_s, outcome.attempts);
    if (!outcome.lastError.isEmpty())
        detail.insert(u"error"_s, outcome.lastError);
    // A finished verification without a measured duration gets the time since it was created.
    return updateWithEvent(
        id, now,
        u"UPDATE verification SET status = ?, updated_ms = ?,"
        " attempts = COALESCE(?, attempts), price = COALESCE(?, price),"
        " currency = COALESCE(?, currency), last_error = COALESCE(?, last_error),"
        " duration_ms = COALESCE(?, CASE WHEN ? AND duration_ms IS NULL"
        " THEN ? - created_ms ELSE duration_ms END)"
        " WHERE id = ?"_s,
        {HistoryRecord::statusKey(outcome.status), now,
         outcome.attempts >= 0 ? QVariant(outcome.attempts) : nullInt(), textOrNull(outcome.price),
         textOrNull(outcome.currency), textOrNull(outcome.lastError),
         outcome.durationMs >= 0 ? QVariant(outcome.durationMs) : nullInt(), finished ? 1 : 0, now,
         id},
        HistoryEvent::Kind::Outcome, detail);
}

bool HistoryStore::updateLastSearch(qint64 id, const QJsonObject &search)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonObject detail;
    for (const auto &key : {u"status"_s, u"error_text"_s}) {
        if (search.contains(key))
            detail.insert(key, search.value(key));
    }
    return updateWithEvent(
        id, now, u"UPDATE verification SET last_search = ?, updated_ms = ? WHERE id = ?"_s,
        {toJson(stripSecrets(search)), now, id}, HistoryEvent::Kind::SearchRefresh, detail);
}

HistoryRecord HistoryStore::recordFrom(const QSqlQuery &q)
{
    HistoryRecord r;
    r.id = q.value(0).toLongLong();
    r.profileId = q.value(1).toString();
    r.profileName = q.value(2).toString();
    r.number = q.value(3).toString();
    r.brand = q.value(4).toString();
    r.options = fromJson(q.value(5).toString());
    r.requestId = q.value(6).toString();
    r.created = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    r.updated = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    r.status = HistoryRecord::statusFromKey(q.value(9).toString());
    r.attempts = q.value(10).toInt();
    r.price = q.value(11).toString();
    r.currency = q.value(12).toString();
    r.durationMs = q.isNull(13) ? -1 : q.value(13).toLongLong();
    r.lastSearch = q.isNull(14) ? QJsonObject() : fromJson(q.value(14).toString());
    r.lastError = q.value(15).toString();
    return r;
}

std::optional<HistoryRecord> HistoryStore::recordWhere(QLatin1StringView column,
                                                       const QVariant &value) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(database());
    q.prepare(u"SELECT %1 FROM verification WHERE %2 = ?"_s.arg(kRecordColumns, column));
    q.addBindValue(value);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

std::optional<HistoryRecord> HistoryStore::record(qint64 id) const
{
    return recordWhere("id"_L1, id);
}

std::optional<HistoryRecord> HistoryStore::findByRequestId(const QString &requestId) const
{
    if (requestId.isEmpty())
        return std::nullopt;
    return recordWhere("request_id"_L1, requestId);
}

template<typename T, typename Row>
QList<T> HistoryStore::selectAll(const QString &sql, const QVariantList &values, Row row) const
{
    QList<T> list;
    if (!isOpen())
        return list;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!exec(q))
        return list;
    while (q.next())
        list.append(row(q));
    return list;
}

namespace {

HistoryEvent eventFrom(const QSqlQuery &q)
{
    HistoryEvent e;
    e.id = q.value(0).toLongLong();
    e.verificationId = q.value(1).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    e.kind = HistoryEvent::kindFromKey(q.value(3).toString());
    e.detail = fromJson(q.value(4).toString());
    return e;
}

} // namespace

QList<HistoryEvent> HistoryStore::events(qint64 verificationId) const
{
    return selectAll<HistoryEvent>(u"SELECT id, verification_id, at_ms, kind, detail FROM event"
                                   " WHERE verification_id = ? ORDER BY at_ms, id"_s,
                                   {verificationId}, eventFrom);
}

QStringList HistoryStore::unfinishedRequestIds() const
{
    return selectAll<QString>(
        u"SELECT request_id FROM verification WHERE status = ? AND request_id IS NOT NULL"
        " ORDER BY created_ms, id"_s,
        {HistoryRecord::statusKey(HistoryRecord::Status::InProgress)},
        [](const QSqlQuery &q) { return q.value(0).toString(); });
}

QList<std::pair<QString, QString>> HistoryStore::profiles() const
{
    // SQLite takes the bare column from the row MAX() picks: each profile's newest name, so a
    // renamed profile shows its current name.
    return selectAll<std::pair<QString, QString>>(
        u"SELECT profile_id, profile_name, MAX(created_ms) FROM verification"
        " GROUP BY profile_id ORDER BY profile_name COLLATE NOCASE"_s,
        {},
        [](const QSqlQuery &q) { return std::pair(q.value(0).toString(), q.value(1).toString()); });
}

int HistoryStore::applyRetention(int days, const QDateTime &now)
{
    if (!isOpen())
        return -1;
    if (days <= 0)
        return 0;
    const qint64 cutoff = now.addDays(-days).toMSecsSinceEpoch();
    QSqlQuery q(database());
    // Events go with their verification (ON DELETE CASCADE).
    q.prepare(u"DELETE FROM verification WHERE created_ms < ?"_s);
    q.addBindValue(cutoff);
    if (!exec(q))
        return -1;
    const int removed = q.numRowsAffected();
    if (removed > 0) {
        qCInfo(lcHistory) << "retention removed" << removed << "verifications older than" << days
                          << "days";
        Q_EMIT historyReset();
    }
    return removed;
}

bool HistoryStore::clear()
{
    if (!isOpen())
        return false;
    QSqlDatabase db = database();
    if (!begin(db))
        return false;
    if (!execSql(u"DELETE FROM event"_s) || !execSql(u"DELETE FROM verification"_s)
        || !commit(db)) {
        db.rollback(); // harmless after a failed commit, needed after a failed statement
        return false;
    }
    // Give the freed pages back and fold the WAL in, so that cleared rows do not linger in
    // the files.
    execSql(u"VACUUM"_s);
    execSql(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    qCInfo(lcHistory) << "history cleared";
    Q_EMIT historyReset();
    return true;
}

bool HistoryStore::prepareQuery(QSqlQuery &q, const HistoryQuery &query, bool countOnly) const
{
    SqlFilter filter;
    addTextFilter(filter, query.text.trimmed(), query.defaultRegion);
    addFieldFilters(filter, query);

    QString sql = countOnly ? u"SELECT count(*) FROM verification"_s
                            : u"SELECT %1 FROM verification"_s.arg(kRecordColumns);
    if (!filter.where.isEmpty())
        sql += u" WHERE "_s + filter.where.join(u" AND "_s);
    if (!countOnly)
        sql += orderAndPage(query, filter.values);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        setError(q.lastError().text());
        return false;
    }
    for (const QVariant &v : std::as_const(filter.values))
        q.addBindValue(v);
    return exec(q);
}

QList<HistoryRecord> HistoryStore::query(const HistoryQuery &query) const
{
    QList<HistoryRecord> list;
    forEach(query, [&list](const HistoryRecord &r) {
        list.append(r);
        return true;
    });
    return list;
}

qint64 HistoryStore::count(const HistoryQuery &query) const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(database());
    if (!prepareQuery(q, query, true) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool HistoryStore::forEach(const HistoryQuery &query,
                           const std::function<bool(const HistoryRecord &)> &visit) const
{
    if (!isOpen())
        return false;
    QSqlQuery q(database());
    if (!prepareQuery(q, query, false))
        return false;
    while (q.next()) {
        if (!visit(recordFrom(q)))
            break;
    }
    return true;
}

QJsonObject HistoryStore::stripSecrets(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (SensitiveKeys::contains(it.key()))
            continue;
        out.insert(it.key(), stripValue(it.value()));
    }
    return out;
}
