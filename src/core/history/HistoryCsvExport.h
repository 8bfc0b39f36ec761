#pragma once

#include "HistoryQuery.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class HistoryStore;
struct HistoryRecord;

// Exports the rows of a history query (a selection by ids, or everything that matches) to a CSV
// file: streamed row by row from SQL, written atomically so a failed export leaves no half file.
class HistoryCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCsvExport)

public:
    // Writes the file; on failure returns false and sets `error` to a translated sentence.
    // `rowsWritten` (optional) receives the number of data rows.
    static bool exportToFile(const HistoryStore &store, const HistoryQuery &query,
                             const QString &fileName, QChar separator = u';',
                             QString *error = nullptr, qint64 *rowsWritten = nullptr);

    static QStringList header();
    static QStringList cells(const HistoryRecord &record);
};
