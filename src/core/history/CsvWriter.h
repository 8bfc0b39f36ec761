#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

class QIODevice;

// Writes CSV that spreadsheets (Dutch Excel above all) open correctly: UTF-8 with a BOM, ';' by
// default, RFC 4180 quoting, CRLF line ends, and no cell a spreadsheet would run as a formula.
class CsvWriter
{
public:
    static constexpr QChar DefaultSeparator = u';';

    // Writes to `device`, which must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice *device, QChar separator = DefaultSeparator);

    QChar separator() const { return m_separator; }
    // The UTF-8 byte order mark; call once, before the first row.
    bool writeBom();
    bool writeRow(const QStringList &cells);
    bool hasError() const { return m_error; }

    // One cell as it goes into the file: a cell starting with '=', '+', '-', '@', a tab or CR gets
    // a leading "'" so it stays text; a cell with the separator, '"', CR or LF is quoted with its
    // quotes doubled.
    static QString escapeCell(const QString &cell, QChar separator = DefaultSeparator);
    // The whole line, CRLF included.
    static QString formatRow(const QStringList &cells, QChar separator = DefaultSeparator);

private:
    QIODevice *const m_device;
    const QChar m_separator;
    bool m_error = false;
};
