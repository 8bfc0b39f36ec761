#include "TeamHistoryStore.h"

#include "Logging.h"
#include "PostgresHistoryDatabase.h"

#include <QLocalSocket>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Which of the outbox's verifications the shared history lacks, kept by triggers in the same
// transaction as each write: `generation` counts the writes, `delivered` is the generation the
// shared history has, `shared_id` its id there (NULL until the first delivery).
const QStringList &outboxStatements()
{
    static const QStringList statements = {
        u"CREATE TABLE IF NOT EXISTS delivery ("
        " verification_id INTEGER PRIMARY KEY REFERENCES verification(id) ON DELETE CASCADE,"
        " shared_id INTEGER,"
        " generation INTEGER NOT NULL DEFAULT 1,"
        " delivered INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TRIGGER IF NOT EXISTS delivery_added AFTER INSERT ON verification"
        " BEGIN INSERT INTO delivery (verification_id) VALUES (NEW.id); END"_s,
        u"CREATE TRIGGER IF NOT EXISTS delivery_changed AFTER UPDATE ON verification"
        " BEGIN UPDATE delivery SET generation = generation + 1"
        " WHERE verification_id = NEW.id; END"_s,
        u"CREATE TRIGGER IF NOT EXISTS delivery_event AFTER INSERT ON event"
        " BEGIN UPDATE delivery SET generation = generation + 1"
        " WHERE verification_id = NEW.verification_id; END"_s,
    };
    return statements;
}

} // namespace

TeamHistoryStore::TeamHistoryStore(TeamDatabase team, QString outboxPath, QObject *parent)
    : HistoryStore(std::move(outboxPath), parent)
    , m_team(std::move(team))
{
    m_retry.setInterval(RetryMs);
    m_retry.setSingleShot(true);
    m_probeTimeout.setInterval(ProbeTimeoutMs);
    m_probeTimeout.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TeamHistoryStore::probeThenReach);
    makeShared();
}

void TeamHistoryStore::makeShared()
{
    m_shared = std::make_unique<HistoryStore>(std::make_unique<PostgresHistoryDatabase>(m_team));
    // What the shared history stores or hears from other desks is this store's news too.
    connect(m_shared.get(), &HistoryStore::verificationAdded, this,
            &HistoryStore::verificationAdded);
    connect(m_shared.get(), &HistoryStore::verificationChanged, this,
            &HistoryStore::verificationChanged);
    connect(m_shared.get(), &HistoryStore::historyReset, this, &HistoryStore::historyReset);
}

void TeamHistoryStore::setPassword(const QString &password)
{
    if (password == m_team.password)
        return;
    m_team.password = password;
    const bool wasOpen = m_shared->isOpen();
    makeShared();
    if (wasOpen || m_away)
        reachShared();
}

TeamHistoryStore::~TeamHistoryStore()
{
    close();
}

QString TeamHistoryStore::location() const
{
    return m_team.location();
}

bool TeamHistoryStore::open()
{
    if (isOpen())
        return true;
    if (!HistoryStore::open()) // the outbox: without it nothing could be kept
        return false;
    if (!prepareOutbox()) {
        HistoryStore::close();
        setNotice(tr("The outbox %1 of the team history cannot be prepared (%2). History is not "
                     "kept in this session.")
                      .arg(filePath(), lastError()));
        return false;
    }
    reachShared();
    return true;
}

void TeamHistoryStore::close()
{
    m_retry.stop();
    m_probeTimeout.stop();
    delete std::exchange(m_probe, nullptr);
    m_shared->close();
    HistoryStore::close();
}

bool TeamHistoryStore::prepareOutbox()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    for (const QString &sql : outboxStatements()) {
        if (!q.exec(sql)) {
            setError(q.lastError().text());
            return false;
        }
    }
    // Rows written before the table existed (an outbox from a single-desk history) are to
    // deliver too.
    return q.exec(
        u"INSERT OR IGNORE INTO delivery (verification_id) SELECT id FROM verification"_s);
}

bool TeamHistoryStore::reachShared()
{
    m_shared->close();
    if (!m_shared->open()) {
        goAway(m_shared->openNotice());
        return false;
    }
    const bool wasAway = m_away;
    m_away = false;
    m_retry.stop();
    setNotice(m_shared->openNotice()); // an over-privileged account or a newer layout
    if (wasAway)
        qCInfo(lcHistory) << "team history reachable again:" << location();
    deliverPending();
    Q_EMIT sharingChanged();
    if (wasAway)
        Q_EMIT historyReset(); // the others' rows can be read again
    return true;
}

void TeamHistoryStore::goAway(const QString &why)
{
    if (!m_away)
        qCWarning(lcHistory) << "team history unreachable:" << location();
    m_away = true;
    m_shared->close();
    setNotice(tr("%1 Verifications made here are kept on this computer and shared when it can be "
                 "reached again.")
                  .arg(why));
    m_retry.start();
    Q_EMIT sharingChanged();
}

void TeamHistoryStore::probeThenReach()
{
    // libpq connects synchronously, up to connect_timeout (5 s) when packets to the server are
    // lost: tried every few seconds from the GUI thread, that would freeze the desk while the
    // server is away. So first knock without blocking, and connect only when something answers
    // at the server's address (a refused or unreachable address answers at once, too).
    if (m_probe)
        return;
    const QString host = m_team.host;
    if (host.isEmpty() || host.contains(u',') || m_team.options.contains(u"host"_s)) {
        reachShared(); // libpq's own defaults or a list: nothing simple to knock at
        return;
    }
    const auto done = [this](bool answered, const QString &why) {
        if (!m_probe)
            return;
        m_probe->deleteLater();
        m_probe = nullptr;
        m_probeTimeout.stop();
        if (answered)
            reachShared();
        else
            goAway(tr("The team history at %1 cannot be reached (%2).").arg(location(), why));
    };
    if (host.startsWith(u'/')) {
        auto *socket = new QLocalSocket(this);
        m_probe = socket;
        connect(socket, &QLocalSocket::connected, this, [done] { done(true, {}); });
        connect(socket, &QLocalSocket::errorOccurred, this,
                [done, socket] { done(false, socket->errorString()); });
        socket->connectToServer(u"%1/.s.PGSQL.%2"_s.arg(host).arg(m_team.port));
    } else {
        auto *socket = new QTcpSocket(this);
        m_probe = socket;
        connect(socket, &QTcpSocket::connected, this, [done] { done(true, {}); });
        connect(socket, &QTcpSocket::errorOccurred, this,
                [done, socket] { done(false, socket->errorString()); });
        socket->connectToHost(host, quint16(m_team.port));
    }
    m_probeTimeout.start();
    connect(
        &m_probeTimeout, &QTimer::timeout, m_probe,
        [done] { done(false, tr("no answer within %1 s").arg(ProbeTimeoutMs / 1000)); },
        Qt::SingleShotConnection);
}

void TeamHistoryStore::deliverPending()
{
    if (m_away || !m_shared->isOpen() || m_shared->isReadOnly())
        return;
    QList<std::pair<qint64, qint64>> pending;
    {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT verification_id, generation FROM delivery"
                    " WHERE generation > delivered ORDER BY verification_id"_s))
            return;
        while (q.next())
            pending.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    bool delivered = false;
    for (const auto &[localId, generation] : std::as_const(pending)) {
        if (deliver(localId, generation)) {
            delivered = true;
        } else if (!m_shared->ping()) {
            goAway(tr("The team history at %1 cannot be reached (%2).")
                       .arg(location(), m_shared->lastError()));
            return;
        } else {
            // Refused for itself (a request ID another desk's row has, …): it stays in the
            // outbox and the others go on.
            qCWarning(lcHistory) << "team history refused outbox row" << localId << ":"
                                 << m_shared->lastError();
        }
    }
    if (delivered)
        Q_EMIT sharingChanged();
}

bool TeamHistoryStore::deliver(qint64 localId, qint64 generation)
{
    const auto row = HistoryStore::record(localId);
    if (!row)
        return false;
    const qint64 sharedId = m_shared->importVerification(*row, HistoryStore::events(localId));
    if (sharedId <= 0)
        return false;
    QSqlQuery q(database());
    q.prepare(u"UPDATE delivery SET delivered = ?, shared_id = ? WHERE verification_id = ?"_s);
    q.addBindValue(generation);
    q.addBindValue(sharedId);
    q.addBindValue(localId);
    // Failing here only means a second delivery later, which changes nothing.
    if (!q.exec())
        qCWarning(lcHistory) << "outbox: delivery not recorded:" << q.lastError().text();
    return true;
}

int TeamHistoryStore::unsharedCount() const
{
    QSqlQuery q(database());
    if (!isOpen() || !q.exec(u"SELECT count(*) FROM delivery WHERE shared_id IS NULL"_s)
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<qint64> TeamHistoryStore::unsharedIds() const
{
    QList<qint64> ids;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!isOpen() || !q.exec(u"SELECT verification_id FROM delivery WHERE shared_id IS NULL"_s))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

HistoryRecord TeamHistoryStore::asOutboxRow(HistoryRecord record)
{
    record.id = -record.id;
    return record;
}

bool TeamHistoryStore::writeLocal(bool written)
{
    if (written)
        deliverPending();
    return written;
}

qint64 TeamHistoryStore::addVerification(const HistoryRecord &record,
                                         const QJsonObject &requestDetail)
{
    const qint64 id = HistoryStore::addVerification(record, requestDetail);
    if (id <= 0)
        return 0;
    deliverPending();
    Q_EMIT sharingChanged(); // one more waiting, or delivered at once
    return -id;
}

bool TeamHistoryStore::setRequestId(qint64 id, const QString &requestId)
{
    if (id < 0)
        return writeLocal(HistoryStore::setRequestId(-id, requestId));
    return !m_away && m_shared->setRequestId(id, requestId);
}

bool TeamHistoryStore::appendEvent(qint64 verificationId, HistoryEvent::Kind kind,
                                   const QJsonObject &detail, const QDateTime &at)
{
    if (verificationId < 0)
        return writeLocal(HistoryStore::appendEvent(-verificationId, kind, detail, at));
    return !m_away && m_shared->appendEvent(verificationId, kind, detail, at);
}

bool TeamHistoryStore::updateOutcome(qint64 id, const HistoryOutcome &outcome)
{
    if (id < 0)
        return writeLocal(HistoryStore::updateOutcome(-id, outcome));
    return !m_away && m_shared->updateOutcome(id, outcome);
}

bool TeamHistoryStore::updateLastSearch(qint64 id, const QJsonObject &search)
{
    if (id < 0)
        return writeLocal(HistoryStore::updateLastSearch(-id, search));
    return !m_away && m_shared->updateLastSearch(id, search);
}

std::optional<HistoryRecord> TeamHistoryStore::record(qint64 id) const
{
    if (id >= 0)
        return m_away ? std::nullopt : m_shared->record(id);
    auto row = HistoryStore::record(-id);
    if (!row)
        return std::nullopt;
    HistoryRecord out = asOutboxRow(*row);
    out.unshared = unsharedIds().contains(-id);
    return out;
}

std::optional<HistoryRecord> TeamHistoryStore::findByRequestId(const QString &requestId) const
{
    // This desk's own verifications are written through the outbox, where they are found first.
    if (const auto own = HistoryStore::findByRequestId(requestId))
        return record(-own->id);
    return m_away ? std::nullopt : m_shared->findByRequestId(requestId);
}

QList<HistoryEvent> TeamHistoryStore::events(qint64 verificationId) const
{
    if (verificationId >= 0)
        return m_away ? QList<HistoryEvent>() : m_shared->events(verificationId);
    QList<HistoryEvent> list = HistoryStore::events(-verificationId);
    for (HistoryEvent &e : list)
        e.verificationId = verificationId;
    return list;
}

QStringList TeamHistoryStore::unfinishedRequestIds() const
{
    QStringList ids = HistoryStore::unfinishedRequestIds();
    if (!m_away) {
        for (const QString &id : m_shared->unfinishedRequestIds()) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

QList<std::pair<QString, QString>> TeamHistoryStore::profiles() const
{
    QList<std::pair<QString, QString>> list = m_away ? decltype(list)() : m_shared->profiles();
    for (const auto &profile : HistoryStore::profiles()) {
        const bool known = std::any_of(list.cbegin(), list.cend(), [&profile](const auto &p) {
            return p.first == profile.first;
        });
        if (!known)
            list.append(profile);
    }
    return list;
}

int TeamHistoryStore::applyRetention(int days, const QDateTime &now)
{
    // The shared history's retention is its administrator's (one policy for the whole team, not
    // each desk's own); here only what the outbox has delivered and no longer needs goes.
    if (!isOpen())
        return -1;
    if (days <= 0)
        return 0;
    QSqlQuery q(database());
    q.prepare(u"DELETE FROM verification WHERE created_ms < ? AND id IN"
              " (SELECT verification_id FROM delivery WHERE delivered >= generation)"_s);
    q.addBindValue(now.addDays(-days).toMSecsSinceEpoch());
    if (!q.exec()) {
        setError(q.lastError().text());
        return -1;
    }
    return q.numRowsAffected();
}

bool TeamHistoryStore::clear()
{
    if (m_shared->clear())
        return true; // not reached: a shared history refuses
    setError(m_shared->lastError());
    return false;
}

namespace {

// The part of a query for the outbox (its unshared rows, by local id) and for the shared
// history; `ids` of a selection split by sign. An empty list of ids means "every row", so a
// part the selection has nothing in is skipped instead.
struct SplitQuery
{
    HistoryQuery outbox;
    HistoryQuery shared;
    bool hasOutbox = true;
    bool hasShared = true;
};

SplitQuery split(const HistoryQuery &query, const QList<qint64> &unshared)
{
    SplitQuery out {query, query};
    out.outbox.offset = 0;
    out.outbox.limit = -1;
    out.outbox.ids.clear();
    out.shared.ids.clear();
    for (const qint64 id : unshared) {
        if (query.ids.isEmpty() || query.ids.contains(-id))
            out.outbox.ids.append(id);
    }
    for (const qint64 id : query.ids) {
        if (id > 0)
            out.shared.ids.append(id);
    }
    out.hasOutbox = !out.outbox.ids.isEmpty();
    out.hasShared = query.ids.isEmpty() || !out.shared.ids.isEmpty();
    return out;
}

} // namespace

qint64 TeamHistoryStore::count(const HistoryQuery &query) const
{
    const SplitQuery parts = split(query, unsharedIds());
    qint64 n = parts.hasOutbox ? HistoryStore::count(parts.outbox) : 0;
    if (parts.hasShared && !m_away)
        n += m_shared->count(parts.shared);
    return n;
}

bool TeamHistoryStore::forEach(const HistoryQuery &query,
                               const std::function<bool(const HistoryRecord &)> &visit) const
{
    if (!isOpen())
        return false;
    // The rows not yet shared come first, whatever the order, then the shared history's.
    const SplitQuery parts = split(query, unsharedIds());
    int skip = qMax(0, query.offset);
    int left = query.limit; // -1: no limit
    bool stopped = false;
    if (parts.hasOutbox) {
        HistoryStore::forEach(parts.outbox, [&](const HistoryRecord &r) {
            if (skip > 0) {
                --skip;
                return true;
            }
            if (left == 0)
                return false;
            HistoryRecord row = asOutboxRow(r);
            row.unshared = true;
            if (left > 0)
                --left;
            if (!visit(row)) {
                stopped = true;
                return false;
            }
            return true;
        });
    }
    if (stopped || left == 0 || !parts.hasShared || m_away)
        return true;
    HistoryQuery shared = parts.shared;
    shared.offset = skip;
    shared.limit = left;
    return m_shared->forEach(shared, visit);
}
