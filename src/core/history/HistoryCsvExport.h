#pragma once

#include "HistoryEvent.h"
#include "HistoryQuery.h"

#include <QChar>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class HistoryStore;
struct HistoryRecord;

// Exports the rows of a history query (a selection by ids, or everything that matches) to a CSV
// file: streamed row by row from SQL, written atomically so a failed export leaves no half file.
// Each cell in the form Excel and LibreOffice Calc read right (see cells()).
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
    // One verification as the cells of a row, before CsvWriter escapes them: the date as
    // dateText(), the number as numberText(), durations and prices as plain numbers with the
    // decimal separator that goes with `separator`, an error's status saying which error (from
    // its `events`, see HistoryFormatter::statusText()).
    static QStringList cells(const HistoryRecord &record, QChar separator = u';',
                             const QList<HistoryEvent> &events = {});
    // "yyyy-MM-dd HH:mm:ss" in local time: the ISO 8601 form (and NEN 2772, the Dutch one) that
    // Excel and Calc read as a date-time in every language, seconds included.
    static QString dateText(const QDateTime &date);
    // The international form with the country code in parentheses, "(+31) 6 12345678": text to
    // Excel and Calc alike (the spaces), no leading '+' that Excel would run as a formula or Calc
    // read as a number, and nothing a person reading or copying it trips over. E.164 ("+…") for
    // a number libphonenumber cannot lay out; the writer guards that one.
    static QString numberText(const QString &digits);
};
