#include "ExchangeListModel.h"

#include "EnumKeys.h"
#include "ExchangeFormatter.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

constexpr EnumName<ExchangeListModel::Column> kColumnNames[] = {
    {ExchangeListModel::Time, QT_TRANSLATE_NOOP("ExchangeListModel", "Time")},
    {ExchangeListModel::Method, QT_TRANSLATE_NOOP("ExchangeListModel", "Method")},
    {ExchangeListModel::Path, QT_TRANSLATE_NOOP("ExchangeListModel", "Path")},
    {ExchangeListModel::HttpStatus, QT_TRANSLATE_NOOP("ExchangeListModel", "HTTP")},
    {ExchangeListModel::VerifyStatus, QT_TRANSLATE_NOOP("ExchangeListModel", "Verify status")},
    {ExchangeListModel::Duration, QT_TRANSLATE_NOOP("ExchangeListModel", "Duration")},
    {ExchangeListModel::Profile, QT_TRANSLATE_NOOP("ExchangeListModel", "Profile")},
};

} // namespace

ExchangeListModel::ExchangeListModel(ExchangeLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    if (m_log) {
        m_entries = m_log->entries();
        connect(m_log, &ExchangeLog::appended, this, &ExchangeListModel::onAppended);
        connect(m_log, &ExchangeLog::cleared, this, &ExchangeListModel::reload);
    }
}

ExchangeListModel::~ExchangeListModel() = default;

int ExchangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ExchangeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ExchangeLog::Entry &ExchangeListModel::entryAt(int row) const
{
    return m_entries.at(m_entries.size() - 1 - row);
}

int ExchangeListModel::rowOf(quint64 id) const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).id == id)
            return static_cast<int>(m_entries.size() - 1 - i);
    }
    return -1;
}

QVariant ExchangeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExchangeLog::Entry &entry = entryAt(index.row());
    switch (role) {
    case IdRole:
        return QVariant::fromValue(entry.id);
    case EndpointRole:
        return static_cast<int>(ExchangeFormatter::endpoint(entry));
    case OutcomeRole:
        return static_cast<int>(ExchangeFormatter::outcome(entry));
    case Qt::TextAlignmentRole:
        if (index.column() == HttpStatus || index.column() == VerifyStatus
            || index.column() == Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case Time:
            return entry.id; // ids grow with time, ties included
        case HttpStatus:
            return entry.status;
        case Duration:
            return entry.durationMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == Path)
            return entry.url;
        if (index.column() == HttpStatus || index.column() == VerifyStatus) {
            const QString sentence = ExchangeFormatter::errorSentence(entry);
            return sentence.isEmpty()
                ? ExchangeFormatter::outcomeName(ExchangeFormatter::outcome(entry))
                : sentence;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    const QLocale locale;
    switch (index.column()) {
    case Time:
        return locale.toString(entry.startedAt.toLocalTime().time(), u"HH:mm:ss.zzz"_s);
    case Method:
        return QString::fromLatin1(entry.method);
    case Path:
        return ExchangeFormatter::path(entry);
    case HttpStatus:
        return entry.status == 0 ? tr("none") : QString::number(entry.status);
    case VerifyStatus:
        return ExchangeFormatter::verifyStatus(entry);
    case Duration:
        return tr("%1 ms").arg(locale.toString(entry.durationMs));
    case Profile:
        return entry.profile;
    default:
        return {};
    }
}

QVariant ExchangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString name = nameOf("ExchangeListModel", kColumnNames, section);
    return name.isEmpty() ? QVariant() : QVariant(name);
}

void ExchangeListModel::onAppended(const ExchangeLog::Entry &entry)
{
    // Usually the newest (row 0); an exchange recorded after a later one goes by its id.
    qsizetype at = m_entries.size();
    while (at > 0 && m_entries.at(at - 1).id > entry.id)
        --at;
    const int row = static_cast<int>(m_entries.size() - at);
    beginInsertRows({}, row, row);
    m_entries.insert(at, entry);
    endInsertRows();
    // Mirror the log's bound: what fell off there falls off here (the oldest, the last rows).
    const int excess = static_cast<int>(m_entries.size()) - ExchangeLog::kCapacity;
    if (excess > 0) {
        beginRemoveRows({}, rowCount() - excess, rowCount() - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
    }
}

void ExchangeListModel::reload()
{
    beginResetModel();
    m_entries = m_log ? m_log->entries() : QList<ExchangeLog::Entry>();
    endResetModel();
}
