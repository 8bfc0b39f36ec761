#include "HistoryModel.h"

#include "EnumKeys.h"
#include "HistoryFormatter.h"
#include "HistoryStore.h"
#include "TimeText.h"
#include "phone/PhoneNumber.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

constexpr EnumName<HistoryModel::Column> kColumnNames[] = {
    {HistoryModel::Date, QT_TRANSLATE_NOOP("HistoryModel", "Date")},
    {HistoryModel::Number, QT_TRANSLATE_NOOP("HistoryModel", "Number")},
    {HistoryModel::Brand, QT_TRANSLATE_NOOP("HistoryModel", "Brand")},
    {HistoryModel::RequestId, QT_TRANSLATE_NOOP("HistoryModel", "Request ID")},
    {HistoryModel::Status, QT_TRANSLATE_NOOP("HistoryModel", "Status")},
    {HistoryModel::Attempts, QT_TRANSLATE_NOOP("HistoryModel", "Attempts")},
    {HistoryModel::Duration, QT_TRANSLATE_NOOP("HistoryModel", "Duration")},
    {HistoryModel::Profile, QT_TRANSLATE_NOOP("HistoryModel", "Profile")},
    {HistoryModel::Operator, QT_TRANSLATE_NOOP("HistoryModel", "Operator")},
    {HistoryModel::Reference, QT_TRANSLATE_NOOP("HistoryModel", "Reference")},
};

} // namespace

HistoryModel::HistoryModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    Q_ASSERT(store);
    connect(m_store, &HistoryStore::verificationAdded, this, &HistoryModel::refresh);
    connect(m_store, &HistoryStore::historyReset, this, &HistoryModel::refresh);
    connect(m_store, &HistoryStore::verificationChanged, this,
            &HistoryModel::onVerificationChanged);
}

HistoryModel::~HistoryModel() = default;

QList<HistoryRecord> HistoryModel::fetchPage(int offset, int limit) const
{
    HistoryQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    return m_store->query(q);
}

void HistoryModel::setQuery(const HistoryQuery &query)
{
    beginResetModel();
    m_query = query;
    m_query.limit = -1;
    m_query.offset = 0;
    m_rows = fetchPage(0, m_pageSize);
    formatRows();
    m_atEnd = m_rows.size() < m_pageSize;
    endResetModel();
}

void HistoryModel::refresh()
{
    const int keep = qMax(m_pageSize, int(m_rows.size()));
    beginResetModel();
    m_rows = fetchPage(0, keep);
    formatRows();
    m_atEnd = m_rows.size() < keep;
    endResetModel();
}

void HistoryModel::formatRows()
{
    m_numbers.clear();
    m_numbers.reserve(m_rows.size());
    for (const HistoryRecord &r : std::as_const(m_rows))
        m_numbers.append(displayNumber(r.number));
    m_statuses = QList<QString>(m_rows.size());
}

QString HistoryModel::statusText(int row) const
{
    const HistoryRecord &record = m_rows.at(row);
    QString &text = m_statuses[row];
    if (!text.isEmpty())
        return text;
    // An error reads its events for the few words on what went wrong, when first shown: the
    // store adds the row before the event that says why.
    text = record.status == HistoryRecord::Status::Error
        ? HistoryFormatter::statusText(record, m_store->events(record.id))
        : HistoryRecord::statusName(record.status);
    if (record.unshared)
        text = unsharedStatusText(text);
    return text;
}

QString HistoryModel::unsharedStatusText(const QString &status)
{
    return tr("%1 · not yet shared").arg(status);
}

void HistoryModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void HistoryModel::setDisplayRegion(const QString &region)
{
    if (m_displayRegion == region)
        return;
    m_displayRegion = region;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_numbers[i] = displayNumber(m_rows.at(i).number);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Number), index(int(m_rows.size()) - 1, Number));
}

int HistoryModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

void HistoryModel::onVerificationChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const auto record = m_store->record(id);
    if (!record)
        return;
    m_rows[row] = *record;
    m_numbers[row] = displayNumber(record->number);
    m_statuses[row].clear();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::displayNumber(const QString &digits) const
{
    const PhoneNumber number = PhoneNumber::parse(u"+"_s + digits, m_displayRegion);
    if (!number.isValid())
        return digits.isEmpty() ? QString() : u"+"_s + digits;
    return number.regionCode() == m_displayRegion ? number.nationalFormat()
                                                  : number.internationalFormat();
}

QString HistoryModel::displayDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const HistoryRecord &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case RequestIdRole:
        return r.requestId;
    case NumberDigitsRole:
        return r.number;
    case StatusRole:
        return int(r.status);
    case Qt::ToolTipRole:
        if (index.column() == Status && r.unshared)
            return tr("Kept on this computer until the team history can be reached; it is "
                      "shared then, by itself.");
        if (index.column() == Status && !r.lastError.isEmpty())
            return r.lastError;
        if (index.column() == Date)
            return QLocale().toString(r.created.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Attempts || index.column() == Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        return displayValue(index.row(), index.column());
    default:
        return {};
    }
}

QVariant HistoryModel::displayValue(int row, int column) const
{
    const HistoryRecord &r = m_rows.at(row);
    switch (column) {
    case Date:
        return TimeText::dateTime(r.created);
    case Number:
        return m_numbers.at(row);
    case Brand:
        return r.brand;
    case RequestId:
        return r.requestId;
    case Status:
        return statusText(row);
    case Attempts:
        return QLocale().toString(r.attempts);
    case Duration:
        return displayDuration(r.durationMs);
    case Profile:
        return r.profileName;
    case Operator:
        return r.operatorName;
    case Reference:
        return r.reference;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString name = nameOf("HistoryModel", kColumnNames, section);
    return name.isEmpty() ? QVariant() : QVariant(name);
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<HistoryRecord> page = fetchPage(int(m_rows.size()), m_pageSize);
    m_atEnd = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    for (const HistoryRecord &r : page)
        m_numbers.append(displayNumber(r.number));
    m_statuses.resize(m_rows.size());
    endInsertRows();
}

void HistoryModel::sort(int column, Qt::SortOrder order)
{
    HistoryQuery q = m_query;
    q.sortColumn = column >= 0 && column < ColumnCount ? Column(column) : Date;
    q.sortOrder = order;
    setQuery(q); // a new ORDER BY: the fetched pages no longer apply
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "verificationId");
    names.insert(RequestIdRole, "requestId");
    names.insert(NumberDigitsRole, "numberDigits");
    names.insert(StatusRole, "status");
    return names;
}
