#include "HistoryStore.h"

#include "Logging.h"
#include "PostgresHistoryDatabase.h"
#include "SensitiveKeys.h"
#include "SqliteHistoryDatabase.h"
#include "phone/PhoneNumber.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <limits>
#include <string>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// The columns recordFrom() reads, in its order.
constexpr auto kRecordColumns = "id, profile_id, profile_name, number, brand, options, request_id, "
                                "created_ms, updated_ms, status, attempts, price, currency, "
                                "duration_ms, last_search, last_error, uid, operator_name, "
                                "workstation, reference"_L1;

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

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HistoryEvent eventAt(qint64 atMs, HistoryEvent::Kind kind, const QJsonObject &detail)
{
    HistoryEvent e;
    e.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    e.kind = kind;
    e.detail = detail;
    return e;
}

// Text for a NOT NULL column: a null QString would be bound as NULL.
QString textOrEmpty(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

qint64 msOrNow(const QDateTime &at)
{
    return at.isValid() ? at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
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

// The column each sort column orders by; names and brands without regard to case.
struct SortColumn
{
    HistoryQuery::SortColumn column;
    const char *sql;
    bool caseless;
};

constexpr SortColumn kSortColumns[] = {
    {HistoryColumns::Date, "created_ms", false},
    {HistoryColumns::Number, "number", false},
    {HistoryColumns::Brand, "brand", true},
    {HistoryColumns::RequestId, "request_id", false},
    {HistoryColumns::Status, "status", false},
    {HistoryColumns::Attempts, "attempts", false},
    {HistoryColumns::Duration, "duration_ms", false},
    {HistoryColumns::Profile, "profile_name", true},
    {HistoryColumns::Operator, "operator_name", true},
    {HistoryColumns::Reference, "reference", true},
};

QString sortExpression(const HistoryDatabase &db, HistoryQuery::SortColumn column)
{
    for (const SortColumn &c : kSortColumns) {
        if (c.column == column) {
            const QLatin1StringView sql(c.sql);
            return c.caseless ? db.caselessSql(sql) : QString(sql);
        }
    }
    return u"created_ms"_s;
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

QString damagedNotice(const QString &aside)
{
    return HistoryStore::tr("The history file was damaged. It has been kept as %1 and a new, "
                            "empty history was started.")
        .arg(QDir::toNativeSeparators(aside));
}

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
void addNumberMatches(const HistoryDatabase &db, QStringList &any, QVariantList &values,
                      const QString &text, const QString &region)
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
    any << db.containsSql("number"_L1, digits, Qt::CaseSensitive, values);
    const QString prefix = e164Prefix(text, digits, region);
    if (!prefix.isEmpty()) {
        // A range instead of LIKE, so that the number index serves it.
        any << u"(number >= ? AND number < ?)"_s;
        values << prefix << QString(prefix + QChar(u'9' + 1));
    }
}

// The text filter: a number, a request id, a brand, a ticket reference or an operator.
void addTextFilter(const HistoryDatabase &db, SqlFilter &filter, const QString &text,
                   const QString &region)
{
    if (text.isEmpty())
        return;
    QStringList any;
    if (hasOnlyPhoneCharacters(text)) {
        addNumberMatches(db, any, filter.values, text, region);
        // No letters in the text, so the case of the columns cannot matter; lower() would
        // copy the columns of every row the filter looks at. Names have letters.
        for (const auto column : {"request_id"_L1, "brand"_L1, "reference"_L1})
            any << db.containsSql(column, text, Qt::CaseSensitive, filter.values);
    } else {
        for (const auto column : {"request_id"_L1, "brand"_L1, "reference"_L1, "operator_name"_L1})
            any << db.containsSql(column, text, Qt::CaseInsensitive, filter.values);
    }
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
    if (!query.number.isEmpty())
        add(u"number = ?"_s, query.number);
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
QString orderAndPage(const HistoryDatabase &db, const HistoryQuery &query, QVariantList &values)
{
    const QString dir = query.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    QString sql =
        u" ORDER BY "_s + sortExpression(db, query.sortColumn) + u' ' + dir + u", id "_s + dir;
    if (query.limit >= 0 || query.offset > 0) {
        // No limit is the largest one: both databases read that, neither reads the other's
        // way of saying "all" (SQLite -1, PostgreSQL ALL).
        sql += u" LIMIT ? OFFSET ?"_s;
        values << (query.limit >= 0 ? qint64(query.limit) : std::numeric_limits<qint64>::max())
               << qMax(0, query.offset);
    }
    return sql;
}

} // namespace

static_assert(HistoryStore::SchemaVersion == SqliteHistoryDatabase::SchemaVersion);

HistoryStore::HistoryStore(QString filePath, QObject *parent)
    : HistoryStore(std::make_unique<SqliteHistoryDatabase>(std::move(filePath)), parent)
{ }

HistoryStore::HistoryStore(std::unique_ptr<HistoryDatabase> database, QObject *parent)
    : QObject(parent)
    , m_db(std::move(database))
    , m_connectionName(u"verifydesk.history.%1"_s.arg(++s_connectionCounter))
{
    Q_ASSERT(m_db);
}

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

QString HistoryStore::filePath() const
{
    const auto *file = dynamic_cast<const SqliteHistoryDatabase *>(m_db.get());
    return file ? file->filePath() : QString();
}

bool HistoryStore::isShared() const
{
    return m_db->isShared();
}

QString HistoryStore::location() const
{
    return m_db->location();
}

int HistoryStore::schemaVersion() const
{
    QSqlDatabase db = database();
    return db.isOpen() ? m_db->schemaVersion(db) : -1;
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

bool HistoryStore::canWrite() const
{
    if (m_state == State::Open)
        return true;
    if (m_state == State::ReadOnly)
        setError(u"the history is open read-only"_s);
    return false;
}

bool HistoryStore::open()
{
    if (isOpen())
        return true;
    HistoryDatabase::Opened result = m_db->open(m_connectionName);
    if (result == HistoryDatabase::Opened::Corrupt) {
        close();
        const QString aside = m_db->moveAside();
        if (aside.isEmpty()) {
            setDamagedNotMoved();
            return false;
        }
        result = m_db->open(m_connectionName);
        if (result == HistoryDatabase::Opened::Ok)
            setNotice(damagedNotice(aside));
    }
    if (!m_db->error().isEmpty() && result != HistoryDatabase::Opened::Ok)
        setError(m_db->error());
    if (!m_db->notice().isEmpty())
        setNotice(m_db->notice());
    if (result != HistoryDatabase::Opened::Ok && result != HistoryDatabase::Opened::ReadOnly) {
        close();
        m_state = State::Unavailable;
        return false;
    }
    m_state = result == HistoryDatabase::Opened::Ok ? State::Open : State::ReadOnly;
    if (m_db->isShared())
        listenToOthers();
    qCInfo(lcHistory) << "history open:" << m_db->location() << "schema" << schemaVersion()
                      << (m_state == State::ReadOnly ? "read-only" : "");
    startDeferredCheck();
    return true;
}

void HistoryStore::setDamagedNotMoved()
{
    m_state = State::Unavailable;
    setError(m_db->error());
    setNotice(tr("The history file %1 is damaged and could not be moved aside. History "
                 "is not kept in this session.")
                  .arg(m_db->location()));
}

void HistoryStore::startDeferredCheck()
{
    auto check = m_db->deferredCheck();
    if (!check)
        return;
    auto integrity = std::make_shared<std::atomic<HistoryDatabase::Integrity>>(
        HistoryDatabase::Integrity::Unknown);
    m_check.reset(QThread::create([check = std::move(check), integrity,
                                   connection = QString(m_connectionName + u".check"_s)] {
        integrity->store(check(connection));
    }));
    QThread *thread = m_check.get();
    connect(thread, &QThread::finished, this, [this, run = ++m_checkRun, integrity] {
        if (!m_check || m_checkRun != run)
            return; // closed (and waited for) before this arrived
        m_check->wait();
        m_check.reset();
        if (integrity->load() == HistoryDatabase::Integrity::Damaged)
            replaceDamagedFile();
    });
    thread->start(QThread::LowPriority);
}

void HistoryStore::replaceDamagedFile()
{
    qCWarning(lcHistory) << "history file found damaged after opening:" << m_db->location();
    close(); // the whole store, as its owner would: open() below sets it up again
    const QString aside = m_db->moveAside();
    if (aside.isEmpty())
        setDamagedNotMoved();
    else if (open())
        setNotice(damagedNotice(aside));
    Q_EMIT historyReset();
}

void HistoryStore::listenToOthers()
{
    QSqlDriver *driver = database().driver();
    const QString channel = PostgresHistoryDatabase::NotificationChannel;
    if (!driver || !driver->subscribeToNotification(channel)) {
        qCWarning(lcHistory) << "history: cannot listen to other desks' changes";
        return;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                   const QVariant &payload) {
                // Our own writes were told when they were made.
                if (name == PostgresHistoryDatabase::NotificationChannel
                    && source == QSqlDriver::OtherSource)
                    onNotification(payload.toString());
            });
}

void HistoryStore::onNotification(const QString &payload)
{
    const QString what = payload.section(u':', 0, 0);
    bool ok = false;
    const qint64 id = payload.section(u':', 1).toLongLong(&ok);
    if (!ok)
        return;
    if (what == u"added"_s)
        Q_EMIT verificationAdded(id);
    else if (what == u"changed"_s)
        Q_EMIT verificationChanged(id);
}

void HistoryStore::close()
{
    if (m_check) {
        m_check->wait(); // its connection reads the file until it is done
        m_check.reset();
        ++m_checkRun;
    }
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = database();
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (isOpen())
        m_state = State::Closed;
}

// The columns a verification is written with, in the order bindRecord() binds them.
constexpr auto kWriteColumns = "uid, profile_id, profile_name, number, brand, options, request_id, "
                               "created_ms, updated_ms, status, attempts, price, currency, "
                               "duration_ms, last_search, last_error, operator_name, workstation, "
                               "reference"_L1;
constexpr int kWriteColumnCount = 19;

void HistoryStore::bindRecord(QSqlQuery &q, const HistoryRecord &record)
{
    const qint64 created = msOrNow(record.created);
    const qint64 updated = record.updated.isValid() ? record.updated.toMSecsSinceEpoch() : created;
    q.addBindValue(record.uid.isEmpty() ? newUid() : record.uid);
    q.addBindValue(textOrEmpty(record.profileId));
    q.addBindValue(textOrEmpty(record.profileName));
    q.addBindValue(record.number);
    q.addBindValue(textOrEmpty(record.brand));
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
    q.addBindValue(textOrEmpty(record.operatorName));
    q.addBindValue(textOrEmpty(record.workstation));
    q.addBindValue(textOrEmpty(record.reference));
}

qint64 HistoryStore::insertRecord(QSqlDatabase &db, const HistoryRecord &record) const
{
    QStringList marks;
    for (int i = 0; i < kWriteColumnCount; ++i)
        marks << u"?"_s;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO verification (%1) VALUES (%2) RETURNING id"_s.arg(kWriteColumns,
                                                                              marks.join(u',')));
    bindRecord(q, record);
    if (!exec(q) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

qint64 HistoryStore::addVerification(const HistoryRecord &record, const QJsonObject &requestDetail)
{
    if (!canWrite())
        return 0;
    QSqlDatabase db = database();
    if (!begin(db))
        return 0;
    const qint64 id = insertRecord(db, record);
    if (id <= 0
        || !insertEvent(
            db, id, eventAt(msOrNow(record.created), HistoryEvent::Kind::Requested, requestDetail))
        || !commit(db)) {
        db.rollback(); // harmless after a failed commit, needed after a failed statement
        return 0;
    }
    Q_EMIT verificationAdded(publicId(id));
    return id;
}

qint64 HistoryStore::importVerification(const HistoryRecord &record,
                                        const QList<HistoryEvent> &events)
{
    if (!canWrite() || record.uid.isEmpty())
        return 0;
    QSqlDatabase db = database();
    if (!begin(db))
        return 0;
    const auto failed = [&db] {
        db.rollback();
        return 0;
    };
    QSqlQuery find(db);
    find.prepare(u"SELECT id FROM verification WHERE uid = ?"_s);
    find.addBindValue(record.uid);
    if (!exec(find))
        return failed();
    qint64 id = find.next() ? find.value(0).toLongLong() : 0;
    find.finish();
    const bool known = id > 0;
    if (known) {
        QStringList sets;
        for (const QString &column : QString(kWriteColumns).split(u", "_s))
            sets << column + u" = ?"_s;
        QSqlQuery q(db);
        q.prepare(u"UPDATE verification SET %1 WHERE id = ?"_s.arg(sets.join(u", "_s)));
        bindRecord(q, record);
        q.addBindValue(id);
        if (!exec(q))
            return failed();
    } else if ((id = insertRecord(db, record)) <= 0) {
        return failed();
    }
    for (const HistoryEvent &event : events) {
        if (!insertEvent(db, id, event, OnKnownUid::Skip))
            return failed();
    }
    if (!commit(db))
        return failed();
    if (known)
        Q_EMIT verificationChanged(id);
    else
        Q_EMIT verificationAdded(id);
    return id;
}

bool HistoryStore::setRequestId(qint64 id, const QString &requestId)
{
    if (!canWrite())
        return false;
    QSqlQuery q(database());
    q.prepare(u"UPDATE verification SET request_id = ?, updated_ms = ? WHERE id = ?"_s);
    q.addBindValue(textOrNull(requestId));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    if (!exec(q) || q.numRowsAffected() != 1)
        return false;
    Q_EMIT verificationChanged(publicId(id));
    return true;
}

bool HistoryStore::appendEvent(qint64 verificationId, HistoryEvent::Kind kind,
                               const QJsonObject &detail, const QDateTime &at)
{
    if (!canWrite())
        return false;
    QSqlDatabase db = database();
    return insertEvent(db, verificationId, eventAt(msOrNow(at), kind, detail));
}

bool HistoryStore::insertEvent(QSqlDatabase &db, qint64 verificationId, const HistoryEvent &event,
                               OnKnownUid known) const
{
    // Every event goes through here, so its detail is always cleaned of codes and secrets.
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO event (uid, verification_id, at_ms, kind, detail)"
              " VALUES (?,?,?,?,?)"_s
              + (known == OnKnownUid::Skip ? u" ON CONFLICT (uid) DO NOTHING"_s : QString()));
    q.addBindValue(event.uid.isEmpty() ? newUid() : event.uid);
    q.addBindValue(verificationId);
    q.addBindValue(msOrNow(event.at));
    q.addBindValue(HistoryEvent::kindKey(event.kind));
    q.addBindValue(toJson(stripSecrets(event.detail)));
    return exec(q);
}

bool HistoryStore::updateWithEvent(qint64 id, qint64 now, const QString &update,
                                   const QVariantList &values, HistoryEvent::Kind kind,
                                   const QJsonObject &detail)
{
    if (!canWrite())
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
    if (!insertEvent(db, id, eventAt(now, kind, detail)) || !commit(db)) {
        db.rollback(); // harmless after a failed commit, needed after a failed statement
        return false;
    }
    Q_EMIT verificationChanged(publicId(id));
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
        " duration_ms = COALESCE(?, CASE WHEN ? = 1 AND duration_ms IS NULL"
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
    r.uid = q.value(16).toString();
    r.operatorName = q.value(17).toString();
    r.workstation = q.value(18).toString();
    r.reference = q.value(19).toString();
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
    e.uid = q.value(5).toString();
    return e;
}

} // namespace

QList<HistoryEvent> HistoryStore::events(qint64 verificationId) const
{
    return selectAll<HistoryEvent>(
        u"SELECT id, verification_id, at_ms, kind, detail, uid FROM event"
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
    // Each profile's newest name, so that a renamed profile shows its current name.
    return selectAll<std::pair<QString, QString>>(m_db->profilesSql(), {}, [](const QSqlQuery &q) {
        return std::pair(q.value(0).toString(), q.value(1).toString());
    });
}

bool HistoryStore::ping() const
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(u"SELECT 1"_s) && q.next();
}

int HistoryStore::applyRetention(int days, const QDateTime &now)
{
    if (!canWrite())
        return -1;
    if (days <= 0)
        return 0;
    QSqlDatabase db = database();
    const int removed = m_db->deleteCreatedBefore(db, now.addDays(-days).toMSecsSinceEpoch());
    if (removed < 0) {
        setError(m_db->error());
        return -1;
    }
    if (removed > 0) {
        qCInfo(lcHistory) << "retention removed" << removed << "verifications older than" << days
                          << "days";
        Q_EMIT historyReset();
    }
    return removed;
}

bool HistoryStore::clear()
{
    if (!canWrite())
        return false;
    QSqlDatabase db = database();
    if (!m_db->clear(db)) {
        setError(m_db->notice().isEmpty() ? m_db->error() : m_db->notice());
        return false;
    }
    qCInfo(lcHistory) << "history cleared";
    Q_EMIT historyReset();
    return true;
}

bool HistoryStore::prepareQuery(QSqlQuery &q, const HistoryQuery &query, bool countOnly) const
{
    SqlFilter filter;
    addTextFilter(*m_db, filter, query.text.trimmed(), query.defaultRegion);
    addFieldFilters(filter, query);

    QString sql = countOnly ? u"SELECT count(*) FROM verification"_s
                            : u"SELECT %1 FROM verification"_s.arg(kRecordColumns);
    if (!filter.where.isEmpty())
        sql += u" WHERE "_s + filter.where.join(u" AND "_s);
    if (!countOnly)
        sql += orderAndPage(*m_db, query, filter.values);
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
