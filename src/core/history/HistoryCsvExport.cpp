#include "HistoryCsvExport.h"

#include "CsvWriter.h"
#include "HistoryRecord.h"
#include "HistoryStore.h"
#include "Logging.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

QStringList HistoryCsvExport::header()
{
    return {tr("Date (UTC)"), tr("Number"),   tr("Brand"),        tr("Request ID"),
            tr("Status"),     tr("Attempts"), tr("Duration (s)"), tr("Price"),
            tr("Currency"),   tr("Profile"),  tr("Last error")};
}

QStringList HistoryCsvExport::cells(const HistoryRecord &r)
{
    // Dates in ISO form and the number in E.164: the same in every locale, and recognised by
    // spreadsheets. A leading '+' is neutralised by the writer like any other.
    return {r.created.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s),
            r.number.isEmpty() ? QString() : u"+"_s + r.number,
            r.brand,
            r.requestId,
            HistoryRecord::statusName(r.status),
            QString::number(r.attempts),
            r.durationMs < 0 ? QString() : QString::number(double(r.durationMs) / 1000.0, 'f', 1),
            r.price,
            r.currency,
            r.profileName,
            r.lastError};
}

bool HistoryCsvExport::exportToFile(const HistoryStore &store, const HistoryQuery &query,
                                    const QString &fileName, QChar separator, QString *error,
                                    qint64 *rowsWritten)
{
    const auto fail = [&](const QString &detail) {
        if (error)
            *error = tr("The history could not be exported to %1: %2")
                         .arg(QDir::toNativeSeparators(fileName), detail);
        qCWarning(lcHistory) << "CSV export failed:" << detail;
        return false;
    };
    if (!store.isOpen())
        return fail(tr("the history is not available."));

    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    CsvWriter writer(&file, separator);
    writer.writeBom();
    writer.writeRow(header());
    HistoryQuery all = query;
    all.limit = -1;
    all.offset = 0;
    qint64 rows = 0;
    const bool ok = store.forEach(all, [&](const HistoryRecord &record) {
        ++rows;
        return writer.writeRow(cells(record));
    });
    if (!ok) {
        file.cancelWriting();
        return fail(store.lastError());
    }
    if (writer.hasError()) {
        file.cancelWriting();
        return fail(file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    if (rowsWritten)
        *rowsWritten = rows;
    qCInfo(lcHistory) << "exported" << rows << "history rows to CSV";
    return true;
}
