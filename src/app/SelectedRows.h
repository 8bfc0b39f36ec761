#pragma once

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QList>

// The value of `role` in each selected row of `view`, in the order they were selected.
template<typename T> QList<T> selectedRowValues(const QAbstractItemView *view, int role)
{
    QList<T> values;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        values.append(row.data(role).value<T>());
    return values;
}
