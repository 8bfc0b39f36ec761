#include "HistoryCsvExport.h"

#include "CsvWriter.h"
#include "HistoryFormatter.h"
#include "HistoryRecord.h"
#include "HistoryStore.h"
#include "Logging.h"
#include "phone/PhoneNumber.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

QStringList HistoryCsvExport::header()
{
    return {tr("Date"),     tr("Number"),       tr("Brand"),     tr("Request ID"), tr("Status"),
            tr("Attempts"), tr("Duration (s)"), tr("Price"),     tr("Currency"),   tr("Profile"),
            tr("Operator"), tr("Workstation"),  tr("Reference"), tr("Last error")};
}

QString HistoryCsvExport::dateText(const QDateTime &date)
{
    return date.isValid() ? date.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString HistoryCsvExport::numberText(const QString &digits)
{
    if (digits.isEmpty())
        return {};
    const PhoneNumber number = PhoneNumber::parse(u'+' + digits);
    const QString international = number.internationalFormat(); // "+31 6 12345678"
    const qsizetype space = international.indexOf(u' ');
    if (!number.isValid() || space < 0)
        return u'+' + digits;
    return u'(' + international.left(space) + u')' + international.mid(space);
}

QStringList HistoryCsvExport::cells(const HistoryRecord &r, QChar separator,
                                    const QList<HistoryEvent> &events)
{
    const QString duration = r.durationMs < 0
        ? QString()
        : CsvWriter::decimal(QString::number(double(r.durationMs) / 1000.0, 'f', 1), separator);
    const QString price = CsvWriter::decimal(r.price, separator);
    return {dateText(r.created),
            numberText(r.number),
            r.brand,
            r.requestId,
            HistoryFormatter::statusText(r, events),
            QString::number(r.attempts),
            duration,
            price.isEmpty() ? r.price : price, // text as the API wrote it when no plain number
            r.currency,
            r.profileName,
            r.operatorName,
            r.workstation,
            r.reference,
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
        // An error's events say in a few words what went wrong.
        const bool error = record.status == HistoryRecord::Status::Error;
        return writer.writeRow(
            cells(record, separator, error ? store.events(record.id) : QList<HistoryEvent>()));
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
