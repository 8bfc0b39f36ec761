#pragma once

#include "api/ExchangeLog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

// The exchange log as a table for the inspector, newest first: time, method, path, HTTP status,
// Verify status, duration and profile. Follows the log as it grows, drops and clears.
class ExchangeListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeListModel)

public:
    enum Column { Time, Method, Path, HttpStatus, VerifyStatus, Duration, Profile, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // quint64
        EndpointRole, // int(ExchangeFormatter::Endpoint)
        OutcomeRole, // int(ExchangeFormatter::OutcomeKind)
        SortRole, // a value to sort the column by
    };

    explicit ExchangeListModel(ExchangeLog *log, QObject *parent = nullptr);
    ~ExchangeListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The entry shown in `row` (0 is the newest).
    const ExchangeLog::Entry &entryAt(int row) const;
    // The row of exchange `id`, or -1 when it is not (or no longer) in the log.
    int rowOf(quint64 id) const;
    ExchangeLog *log() const { return m_log; }

private:
    void onAppended(const ExchangeLog::Entry &entry);
    void reload();

    QPointer<ExchangeLog> m_log;
    QList<ExchangeLog::Entry> m_entries; // oldest first, as in the log
};
