#pragma once

#include "HistoryQuery.h"
#include "HistoryRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class HistoryStore;

// The history as a table for the history view: fetched lazily a page at a time from a
// HistoryStore query, filtered and sorted in SQL (so it has no sort role of its own).
class HistoryModel : public QAbstractTableModel, public HistoryColumns
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 verification id
        RequestIdRole,
        NumberDigitsRole, // E.164 digits
        StatusRole, // HistoryRecord::Status as int
    };

    static constexpr int DefaultPageSize = 200;

    explicit HistoryModel(HistoryStore *store, QObject *parent = nullptr);
    ~HistoryModel() override;

    HistoryQuery query() const { return m_query; }
    // Runs the query again in SQL (limit and offset are the model's) and fetches its first page.
    void setQuery(const HistoryQuery &query);
    // Reloads with the same query, keeping as many rows as were fetched.
    void refresh();

    void setPageSize(int rows);
    // Region whose numbers are shown in national format; others are shown internationally.
    void setDisplayRegion(const QString &region);
    // A status as the table shows it for a verification not yet shared with the team.
    static QString unsharedStatusText(const QString &status);

    HistoryRecord recordAt(int row) const { return m_rows.at(row); }
    // Row of a fetched verification, -1 when not fetched.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<HistoryRecord> fetchPage(int offset, int limit) const;
    void onVerificationChanged(qint64 id);
    // Formats m_rows' numbers and forgets their status texts.
    void formatRows();
    QString displayNumber(const QString &digits) const;
    QString statusText(int row) const;
    QVariant displayValue(int row, int column) const;
    static QString displayDuration(qint64 ms);

    HistoryStore *const m_store;
    HistoryQuery m_query;
    QList<HistoryRecord> m_rows;
    QList<QString> m_numbers; // display form of m_rows' numbers, formatted once per fetch
    mutable QList<QString> m_statuses; // errors' status texts, read when first shown
    bool m_atEnd = true;
    int m_pageSize = DefaultPageSize;
    QString m_displayRegion = QStringLiteral("NL");
};
