#include "CsvWriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace {

// Whether a spreadsheet would take the cell for a formula: Excel runs '=', '+', '-' and '@', also
// after a tab or CR, and Calc's "Trim spaces" strips leading white space before it looks.
bool looksLikeFormula(const QString &cell)
{
    for (const QChar c : cell) {
        switch (c.unicode()) {
        case u' ':
        case u'\n':
            continue;
        case u'\t':
        case u'\r':
        case u'=':
        case u'+':
        case u'-':
        case u'@':
            return true;
        default:
            return false;
        }
    }
    return false;
}

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, QChar separator)
    : m_device(device)
    , m_separator(separator)
{
    Q_ASSERT(device);
}

bool CsvWriter::writeBom()
{
    static constexpr char bom[] = "\xEF\xBB\xBF";
    if (m_device->write(bom, 3) != 3)
        m_error = true;
    return !m_error;
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    const QByteArray line = formatRow(cells, m_separator).toUtf8();
    if (m_device->write(line) != line.size())
        m_error = true;
    return !m_error;
}

QString CsvWriter::escapeCell(const QString &cell, QChar separator)
{
    QString out = cell;
    if (looksLikeFormula(out))
        out.prepend(FormulaGuard);
    if (out.contains(separator) || out.contains(u'"') || out.contains(u'\r')
        || out.contains(u'\n')) {
        out.replace(u"\""_s, u"\"\""_s);
        out = u'"' + out + u'"';
    }
    return out;
}

QString CsvWriter::formatRow(const QStringList &cells, QChar separator)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += separator;
        line += escapeCell(cells.at(i), separator);
    }
    line += u"\r\n"_s;
    return line;
}

QChar CsvWriter::decimalSeparator(QChar separator)
{
    return separator == u';' ? u',' : u'.';
}

QString CsvWriter::decimal(const QString &plain, QChar separator)
{
    const qsizetype point = plain.indexOf(u'.');
    if (point < 0)
        return isDigits(plain) ? plain : QString();
    const QStringView whole = QStringView(plain).left(point);
    const QStringView fraction = QStringView(plain).mid(point + 1);
    if (!isDigits(whole) || !isDigits(fraction))
        return {};
    return whole + decimalSeparator(separator) + fraction;
}
