#include "CsvWriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

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
    if (!out.isEmpty()) {
        switch (out.front().unicode()) {
        case u'=':
        case u'+':
        case u'-':
        case u'@':
        case u'\t':
        case u'\r':
            out.prepend(u'\'');
            break;
        default:
            break;
        }
    }
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
