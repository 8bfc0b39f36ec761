// An exported history opened by LibreOffice Calc, headless, the way a Dutch user opens it: the
// file goes through Calc's CSV import (separator, UTF-8, the language, "Detect special numbers" on
// or off; "Trim spaces" and "Evaluate formulas" on, the riskiest way) and is written back as flat
// OpenDocument, where every cell says its type and value. Skips when soffice is not installed;
// .ci/install-deps installs it (Debian's libreoffice-calc-nogui).

#include "history/HistoryCsvExport.h"
#include "history/HistoryStore.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// One cell as Calc typed it.
struct CalcCell
{
    QString type; // office:value-type: "float", "date", "string" …; empty for an empty cell
    QString value; // office:value or office:date-value
    QString formula; // table:formula, empty when none
    QString text; // what the cell shows
};

using CalcRow = QList<CalcCell>;

// The first sheet of a flat ODS file, rows of cells, repeated cells unrolled (up to a bound: Calc
// writes the empty rest of a row as one cell repeated a thousand times).
QList<CalcRow> readFods(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<CalcRow> rows;
    QXmlStreamReader xml(&file);
    const QString office = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
    const QString table = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;
    const QString text = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
    int tables = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"table" && xml.namespaceUri() == table
            && ++tables > 1)
            break;
        if (!xml.isStartElement() || xml.namespaceUri() != table)
            continue;
        if (xml.name() == u"table-row") {
            rows.append(CalcRow());
        } else if (xml.name() == u"table-cell" && !rows.isEmpty()) {
            const QXmlStreamAttributes a = xml.attributes();
            CalcCell cell;
            cell.type = a.value(office, u"value-type"_s).toString();
            cell.value = a.hasAttribute(office, u"date-value"_s)
                ? a.value(office, u"date-value"_s).toString()
                : a.value(office, u"value"_s).toString();
            cell.formula = a.value(table, u"formula"_s).toString();
            const int repeated =
                qMin(50, qMax(1, a.value(table, u"number-columns-repeated"_s).toInt()));
            // The shown text: every text:p of the cell, joined by line breaks.
            QStringList paragraphs;
            int depth = 1;
            int paragraphDepth = 0; // inside a text:p when > 0; the rest is indentation
            while (depth > 0 && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement()) {
                    ++depth;
                    if (xml.name() == u"p" && paragraphDepth == 0) {
                        paragraphs.append(QString());
                        paragraphDepth = depth;
                    } else if (xml.name() == u"s" && paragraphDepth > 0) {
                        paragraphs.last() +=
                            QString(qMax(1, xml.attributes().value(text, u"c"_s).toInt()), u' ');
                    }
                } else if (xml.isEndElement()) {
                    if (depth == paragraphDepth)
                        paragraphDepth = 0;
                    --depth;
                } else if (xml.isCharacters() && paragraphDepth > 0) {
                    paragraphs.last() += xml.text();
                }
            }
            cell.text = paragraphs.join(u'\n');
            for (int i = 0; i < repeated; ++i)
                rows.last().append(cell);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return rows;
}

HistoryRecord makeRecord(const QString &number, const QString &brand, int second)
{
    HistoryRecord r;
    r.profileId = u"sandbox"_s;
    r.profileName = u"Sandbox"_s;
    r.number = number;
    r.brand = brand;
    r.requestId = u"req-%1"_s.arg(second);
    r.created = QDateTime(QDate(2024, 3, 1), QTime(12, 0, second), Qt::UTC);
    return r;
}

} // namespace

class tst_HistoryCsvCalc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void calcReadsTheExport_data();
    void calcReadsTheExport();

private:
    // Converts `csv` with Calc's CSV import options `options` to flat ODS and reads it back.
    QList<CalcRow> openInCalc(const QString &csv, const QString &options);

    QString m_soffice;
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    QList<HistoryRecord> m_records; // as stored, oldest first
};

void tst_HistoryCsvCalc::initTestCase()
{
    m_soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (m_soffice.isEmpty())
        m_soffice = QStandardPaths::findExecutable(u"libreoffice"_s);
    if (m_soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed: install libreoffice-calc-nogui to run this "
              "test (.ci/install-deps does)");
    // Amsterdam's rules as a POSIX string, which needs no time zone database.
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    QVERIFY(m_dir.isValid());

    m_store = std::make_unique<HistoryStore>(m_dir.filePath(u"history.sqlite"_s));
    QVERIFY(m_store->open());
    QList<HistoryRecord> records;
    records << makeRecord(u"31612345678"_s, u"Bakkerij Één; Zoet"_s, 1);
    records << makeRecord(u"32470123456"_s, u"=HYPERLINK(\"http://x\";\"y\")"_s, 2);
    records << makeRecord(u"16502530000"_s, u"+cmd|' /C calc'!A0"_s, 3);
    records << makeRecord(u"442079460958"_s, u"-2+3"_s, 4);
    records << makeRecord(u"31612345679"_s, u"@SUM(1)"_s, 5);
    records << makeRecord(u"31612345670"_s, u"  =1+1"_s, 6);
    HistoryRecord refused = makeRecord(u"31619999907"_s, u"KPN"_s, 7);
    refused.requestId.clear();
    refused.status = HistoryRecord::Status::Error;
    refused.lastError = u"The provider has blocked this number for verification. Ask for another "
                        "number."_s;
    records << refused;
    // Who and why, typed by people: text in every cell, a formula never run.
    const QStringList references = {u"INC-0012345"_s, u"=1+1"_s,         u"-42"_s, u"+31 6 1234"_s,
                                    u"@A1"_s,         u"Chat; 5 déc."_s, QString()};
    for (qsizetype i = 0; i < records.size(); ++i) {
        records[i].operatorName = i % 2 ? u"Anna de Vries"_s : u"=Bram"_s;
        records[i].workstation = u"desk-07"_s;
        records[i].reference = references.at(i % references.size());
    }
    for (HistoryRecord &r : records) {
        r.id = m_store->addVerification(r);
        QVERIFY(r.id > 0);
    }
    HistoryOutcome outcome;
    outcome.status = HistoryRecord::Status::Verified;
    outcome.attempts = 1;
    outcome.durationMs = 21'100;
    outcome.price = u"0.10000000"_s;
    outcome.currency = u"EUR"_s;
    QVERIFY(m_store->updateOutcome(records.first().id, outcome));
    QVERIFY(m_store->appendEvent(records.last().id, HistoryEvent::Kind::Error,
                                 QJsonObject {{u"kind"_s, u"business"_s},
                                              {u"verify_status"_s, u"7"_s},
                                              {u"message"_s, refused.lastError}}));
    for (const HistoryRecord &r : std::as_const(records)) {
        m_records << *m_store->record(r.id);
        QCOMPARE(m_records.last().reference, r.reference);
        QCOMPARE(m_records.last().operatorName, r.operatorName);
    }
}

QList<CalcRow> tst_HistoryCsvCalc::openInCalc(const QString &csv, const QString &options)
{
    // A profile and a HOME of its own: no first-start dialog, no lock on the user's profile and
    // no clash with a running LibreOffice.
    const QString home = m_dir.filePath(u"home"_s);
    const QString out = m_dir.filePath(u"out"_s);
    QProcess soffice;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    soffice.setProcessEnvironment(env);
    soffice.setProcessChannelMode(QProcess::MergedChannels);
    QFile::remove(out + u"/export.fods"_s);
    soffice.start(
        m_soffice,
        {u"-env:UserInstallation="_s + QUrl::fromLocalFile(m_dir.filePath(u"profile"_s)).toString(),
         u"--headless"_s, u"--norestore"_s, u"--infilter=Text - txt - csv (StarCalc):"_s + options,
         u"--convert-to"_s, u"fods"_s, u"--outdir"_s, out, csv});
    if (!soffice.waitForFinished(180'000)) {
        soffice.kill();
        soffice.waitForFinished();
        qWarning("soffice did not finish: %s", soffice.readAll().constData());
        return {};
    }
    const QByteArray output = soffice.readAll();
    if (soffice.exitStatus() != QProcess::NormalExit || soffice.exitCode() != 0)
        qWarning("soffice failed (%d): %s", soffice.exitCode(), output.constData());
    QString error;
    const QList<CalcRow> rows = readFods(out + u"/export.fods"_s, &error);
    if (!error.isEmpty())
        qWarning("%s: %s", qPrintable(error), output.constData());
    return rows;
}

void tst_HistoryCsvCalc::calcReadsTheExport_data()
{
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<int>("language"); // Windows LCID: 1043 nl-NL, 1033 en-US
    QTest::addColumn<bool>("detectSpecialNumbers");

    // Calc asks for these in its Text Import dialog, "Detect special numbers" off by default.
    QTest::newRow("nl-NL ;") << QChar(u';') << 1043 << false;
    QTest::newRow("nl-NL ; special numbers") << QChar(u';') << 1043 << true;
    QTest::newRow("en-US , special numbers") << QChar(u',') << 1033 << true;
}

void tst_HistoryCsvCalc::calcReadsTheExport()
{
    QFETCH(QChar, separator);
    QFETCH(int, language);
    QFETCH(bool, detectSpecialNumbers);

    const QString csv = m_dir.filePath(u"export.csv"_s);
    HistoryQuery oldestFirst;
    oldestFirst.sortOrder = Qt::AscendingOrder;
    QString error;
    QVERIFY2(HistoryCsvExport::exportToFile(*m_store, oldestFirst, csv, separator, &error),
             qPrintable(error));

    // Field separator, text delimiter, character set (76: UTF-8), first line, column formats
    // (none: Calc decides), language, quoted field as text, detect special numbers, -, -, trim
    // spaces, -, evaluate formulas.
    const QString options = u"%1,34,76,1,,%2,false,%3,false,false,true,-1,true"_s.arg(
        QString::number(separator.unicode()), QString::number(language),
        detectSpecialNumbers ? u"true"_s : u"false"_s);
    const QList<CalcRow> rows = openInCalc(csv, options);
    QCOMPARE(rows.size(), 1 + m_records.size());

    const QStringList header = HistoryCsvExport::header();
    for (qsizetype column = 0; column < header.size(); ++column)
        QCOMPARE(rows.at(0).at(column).text, header.at(column));
    const auto columnOf = [&header](const char *name) {
        const qsizetype column = header.indexOf(QString::fromLatin1(name));
        if (column < 0)
            qFatal("no column %s", name);
        return column;
    };
    const qsizetype date = columnOf("Date");
    const qsizetype number = columnOf("Number");
    const qsizetype brand = columnOf("Brand");
    const qsizetype status = columnOf("Status");
    const qsizetype attempts = columnOf("Attempts");
    const qsizetype duration = columnOf("Duration (s)");
    const qsizetype price = columnOf("Price");
    const qsizetype lastError = columnOf("Last error");
    const qsizetype operatorName = columnOf("Operator");
    const qsizetype workstation = columnOf("Workstation");
    const qsizetype reference = columnOf("Reference");

    const QChar wordJoiner(0x2060);
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const HistoryRecord &record = m_records.at(i);
        const CalcRow &row = rows.at(i + 1);
        QVERIFY(row.size() >= header.size());
        for (qsizetype column = 0; column < header.size(); ++column)
            QVERIFY2(row.at(column).formula.isEmpty(), qPrintable(row.at(column).formula));

        // A date-time with its seconds where Calc detects dates; otherwise the same text.
        const QDateTime local = record.created.toLocalTime();
        const CalcCell &when = row.at(date);
        if (detectSpecialNumbers) {
            QCOMPARE(when.type, u"date"_s);
            QCOMPARE(when.value, local.toString(u"yyyy-MM-ddTHH:mm:ss"_s));
        } else {
            QCOMPARE(when.type, u"string"_s);
            QCOMPARE(when.text, local.toString(u"yyyy-MM-dd HH:mm:ss"_s));
        }

        // The number as text, as people read it, with no mark in front.
        const CalcCell &phone = row.at(number);
        QCOMPARE(phone.type, u"string"_s);
        QCOMPARE(phone.text, HistoryCsvExport::numberText(record.number));
        QVERIFY2(phone.text.startsWith(u"(+"_s), qPrintable(phone.text));
        QCOMPARE(QString(phone.text).remove(QRegularExpression(u"[^0-9]"_s)), record.number);

        // Every brand as typed, text; a formula behind an invisible word joiner.
        const CalcCell &name = row.at(brand);
        QCOMPARE(name.type, u"string"_s);
        QCOMPARE(QString(name.text).remove(wordJoiner), record.brand);
        QVERIFY(!name.text.startsWith(u'\''));
        // Operator, workstation and reference the same way.
        for (const auto &[column, typed] :
             {std::pair(operatorName, record.operatorName),
              std::pair(workstation, record.workstation), std::pair(reference, record.reference)}) {
            const CalcCell &cell = row.at(column);
            QCOMPARE(QString(cell.text).remove(wordJoiner), typed);
            QCOMPARE(cell.type, typed.isEmpty() ? QString() : u"string"_s);
        }

        const CalcCell &tries = row.at(attempts);
        QCOMPARE(tries.type, u"float"_s);
        QCOMPARE(tries.value.toInt(), record.attempts);

        if (record.status == HistoryRecord::Status::Error) {
            QCOMPARE(row.at(status).type, u"string"_s);
            QCOMPARE(row.at(status).text, u"Error: Number blocked"_s);
            QCOMPARE(row.at(lastError).text, record.lastError);
        }
        if (record.durationMs < 0) {
            QVERIFY(row.at(duration).type.isEmpty());
            QVERIFY(row.at(price).type.isEmpty());
            continue;
        }
        // Numbers, whatever the language: a decimal comma with ';', a point with ','.
        QCOMPARE(row.at(duration).type, u"float"_s);
        QCOMPARE(row.at(duration).value.toDouble(), 21.1);
        QCOMPARE(row.at(price).type, u"float"_s);
        QCOMPARE(row.at(price).value.toDouble(), 0.1);
    }
}

QTEST_GUILESS_MAIN(tst_HistoryCsvCalc)
#include "tst_HistoryCsvCalc.moc"
