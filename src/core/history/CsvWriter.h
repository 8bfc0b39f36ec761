#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

class QIODevice;

// Writes CSV that spreadsheets (Dutch Excel and LibreOffice Calc above all) open correctly: UTF-8
// with a BOM, ';' by default, RFC 4180 quoting, CRLF line ends, numbers in the decimal notation
// that goes with the separator, and no cell a spreadsheet would run as a formula.
class CsvWriter
{
public:
    static constexpr QChar DefaultSeparator = u';';
    // Put in front of a cell a spreadsheet would run as a formula: U+2060 WORD JOINER. Invisible,
    // unlike an apostrophe (which only protects typed input: an imported one stays in the cell),
    // and no white space, so that neither Excel nor Calc's "Trim spaces" takes it away.
    static constexpr QChar FormulaGuard = QChar(0x2060);

    // Writes to `device`, which must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice *device, QChar separator = DefaultSeparator);

    QChar separator() const { return m_separator; }
    // The UTF-8 byte order mark; call once, before the first row.
    bool writeBom();
    bool writeRow(const QStringList &cells);
    bool hasError() const { return m_error; }

    // One cell as it goes into the file: a cell whose first character other than a space, tab,
    // CR or LF is '=', '+', '-' or '@' (or that starts with a tab or CR) gets FormulaGuard in
    // front so it stays text; a cell with the separator, '"', CR or LF is quoted with its quotes
    // doubled.
    static QString escapeCell(const QString &cell, QChar separator = DefaultSeparator);
    // The whole line, CRLF included.
    static QString formatRow(const QStringList &cells, QChar separator = DefaultSeparator);

    // The decimal separator spreadsheets expect with `separator`: a comma with ';' (the list
    // separator of Dutch and other decimal-comma locales), a point otherwise.
    static QChar decimalSeparator(QChar separator);
    // A plain unsigned decimal ("0.10000000", "21.1", "3") written with decimalSeparator(), so
    // that a spreadsheet reads it as a number; empty when `plain` is not such a number.
    static QString decimal(const QString &plain, QChar separator = DefaultSeparator);

private:
    QIODevice *const m_device;
    const QChar m_separator;
    bool m_error = false;
};
