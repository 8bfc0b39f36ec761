#include "history/CsvWriter.h"
#include "history/HistoryCsvExport.h"
#include "history/HistoryStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void escapeCell_data();
    void escapeCell();
    void row_data();
    void row();
    void decimal_data();
    void decimal();
    void bomAndUtf8();
    void numberText_data();
    void numberText();
    void cells_data();
    void cells();
    void errorRowSaysWhichError();
    void exportAll();
    void exportSelection();
    void exportFailureLeavesNoFile();
};

void tst_CsvWriter::initTestCase()
{
    // Amsterdam's rules as a POSIX string, which needs no time zone database.
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    QCOMPARE(QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC).toLocalTime().time(),
             QTime(13, 0));
}

void tst_CsvWriter::escapeCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("expected");

    const QChar semi = u';';
    const QChar comma = u',';
    // What a spreadsheet would run as a formula gets an invisible U+2060 WORD JOINER in front, not
    // an apostrophe: a spreadsheet shows an imported apostrophe.
    const QString guard(QChar(0x2060));
    QTest::newRow("plain") << u"KPN"_s << semi << u"KPN"_s;
    QTest::newRow("empty") << QString() << semi << QString();
    QTest::newRow("semicolon, ; separator") << u"a;b"_s << semi << u"\"a;b\""_s;
    QTest::newRow("semicolon, , separator") << u"a;b"_s << comma << u"a;b"_s;
    QTest::newRow("comma, , separator") << u"1,50"_s << comma << u"\"1,50\""_s;
    QTest::newRow("comma, ; separator") << u"1,50"_s << semi << u"1,50"_s;
    QTest::newRow("quote") << u"say \"hi\""_s << semi << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("LF") << u"two\nlines"_s << semi << u"\"two\nlines\""_s;
    QTest::newRow("CRLF inside") << u"two\r\nlines"_s << semi << u"\"two\r\nlines\""_s;
    QTest::newRow("formula =") << u"=SUM(A1:A9)"_s << semi << guard + u"=SUM(A1:A9)"_s;
    QTest::newRow("formula = with separator")
        << u"=HYPERLINK(\"http://x\";\"y\")"_s << semi
        << u"\""_s + guard + u"=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\""_s;
    QTest::newRow("plus") << u"+31612345678"_s << semi << guard + u"+31612345678"_s;
    QTest::newRow("plus command") << u"+cmd|' /C calc'!A0"_s << semi
                                  << guard + u"+cmd|' /C calc'!A0"_s;
    QTest::newRow("minus") << u"-2+3"_s << semi << guard + u"-2+3"_s;
    QTest::newRow("at") << u"@SUM(1)"_s << semi << guard + u"@SUM(1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << semi << guard + u"\t=1"_s;
    QTest::newRow("CR") << u"\r=1"_s << semi << u"\""_s + guard + u"\r=1\""_s;
    // Calc's "Trim spaces" would take a leading space away and then run what follows.
    QTest::newRow("space then =") << u"  =1+1"_s << semi << guard + u"  =1+1"_s;
    QTest::newRow("space then text") << u" KPN"_s << semi << u" KPN"_s;
    QTest::newRow("DDE") << u"=cmd|' /C calc'!A0"_s << comma << guard + u"=cmd|' /C calc'!A0"_s;
    QTest::newRow("operator inside is fine") << u"a=b+c"_s << semi << u"a=b+c"_s;
    QTest::newRow("Dutch") << u"Eén ĳsje, café Ĳmuiden"_s << semi << u"Eén ĳsje, café Ĳmuiden"_s;
    QTest::newRow("Dutch with comma separator")
        << u"Eén ĳsje, café"_s << comma << u"\"Eén ĳsje, café\""_s;
    QTest::newRow("number with decimal comma") << u"21,1"_s << semi << u"21,1"_s;
    QTest::newRow("date and time") << u"2024-03-01 13:00:05"_s << semi << u"2024-03-01 13:00:05"_s;
}

void tst_CsvWriter::escapeCell()
{
    QFETCH(QString, cell);
    QFETCH(QChar, separator);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::escapeCell(cell, separator), expected);
}

void tst_CsvWriter::row_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("expected");

    QTest::newRow("semicolon") << QStringList {u"a"_s, u"b c"_s, QString()} << QChar(u';')
                               << u"a;b c;\r\n"_s;
    QTest::newRow("comma") << QStringList {u"a"_s, u"x,y"_s, u"=1"_s} << QChar(u',')
                           << u"a,\"x,y\",\u2060=1\r\n"_s;
    QTest::newRow("one empty cell") << QStringList {QString()} << QChar(u';') << u"\r\n"_s;
}

void tst_CsvWriter::row()
{
    QFETCH(QStringList, cells);
    QFETCH(QChar, separator);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::formatRow(cells, separator), expected);
}

void tst_CsvWriter::decimal_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("expected");

    // With ';' (Dutch and other decimal-comma spreadsheets) a decimal comma, with ',' a point.
    QTest::newRow("price, ;") << u"0.10000000"_s << QChar(u';') << u"0,10000000"_s;
    QTest::newRow("price, ,") << u"0.10000000"_s << QChar(u',') << u"0.10000000"_s;
    QTest::newRow("duration, ;") << u"21.1"_s << QChar(u';') << u"21,1"_s;
    QTest::newRow("duration, ,") << u"21.1"_s << QChar(u',') << u"21.1"_s;
    QTest::newRow("whole") << u"3"_s << QChar(u';') << u"3"_s;
    QTest::newRow("tab separator") << u"0.5"_s << QChar(u'\t') << u"0.5"_s;
    // Anything else is no plain number: the caller writes it as text.
    QTest::newRow("empty") << QString() << QChar(u';') << QString();
    QTest::newRow("signed") << u"-1.5"_s << QChar(u';') << QString();
    QTest::newRow("grouped") << u"1,000.5"_s << QChar(u';') << QString();
    QTest::newRow("exponent") << u"1e5"_s << QChar(u';') << QString();
    QTest::newRow("two points") << u"1.2.3"_s << QChar(u';') << QString();
    QTest::newRow("trailing point") << u"1."_s << QChar(u';') << QString();
    QTest::newRow("formula") << u"=1+1"_s << QChar(u';') << QString();
}

void tst_CsvWriter::decimal()
{
    QFETCH(QString, plain);
    QFETCH(QChar, separator);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::decimal(plain, separator), expected);
    QCOMPARE(CsvWriter::decimalSeparator(separator), separator == u';' ? u',' : u'.');
}

void tst_CsvWriter::bomAndUtf8()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QCOMPARE(writer.separator(), QChar(u';'));
    QVERIFY(writer.writeBom());
    QVERIFY(writer.writeRow({u"Naam"_s, u"Plaats"_s}));
    QVERIFY(writer.writeRow({u"Eén"_s, u"Ĳsselstein"_s}));
    QVERIFY(!writer.hasError());
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.mid(3), QByteArray("Naam;Plaats\r\nE\xC3\xA9n;\xC4\xB2sselstein\r\n"));

    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    CsvWriter failing(&readOnly);
    QVERIFY(!failing.writeRow({u"x"_s}));
    QVERIFY(failing.hasError());
}

namespace {

HistoryRecord makeRecord(const QString &number, const QString &brand, const QString &requestId,
                         int minute)
{
    HistoryRecord r;
    r.profileId = u"sandbox"_s;
    r.profileName = u"Sandbox"_s;
    r.number = number;
    r.brand = brand;
    r.requestId = requestId;
    r.created = QDateTime(QDate(2024, 3, 1), QTime(12, minute), Qt::UTC);
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void tst_CsvWriter::numberText_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("expected");

    // The international form people read, the country code in parentheses: no cell starts with
    // '+' (Excel runs "+31 6 …" as a formula, Calc reads "+31612345678" as a number) and the
    // spaces keep it text in both.
    QTest::newRow("Dutch mobile") << u"31612345678"_s << u"(+31) 6 12345678"_s;
    QTest::newRow("Belgian mobile") << u"32470123456"_s << u"(+32) 470 12 34 56"_s;
    QTest::newRow("US") << u"16502530000"_s << u"(+1) 650-253-0000"_s;
    QTest::newRow("London") << u"442079460958"_s << u"(+44) 20 7946 0958"_s;
    QTest::newRow("none") << QString() << QString();
    // Not a number libphonenumber can lay out (the UK drama range): E.164, which the writer
    // guards like any cell that starts with '+'.
    QTest::newRow("not valid") << u"447700900001"_s << u"+447700900001"_s;
}

void tst_CsvWriter::numberText()
{
    QFETCH(QString, digits);
    QFETCH(QString, expected);
    QCOMPARE(HistoryCsvExport::numberText(digits), expected);
}

void tst_CsvWriter::cells_data()
{
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QStringList>("expected");

    // 12:00:05 UTC is 13:00:05 in Amsterdam (the time zone initTestCase() sets): the export
    // writes local time, as the history shows it, with seconds, in the ISO 8601 form that Excel
    // and Calc read as a date-time in every language (and that NEN 2772 makes the Dutch one).
    const auto row = [](const QString &duration, const QString &price) {
        return QStringList {u"2024-03-01 13:00:05"_s,
                            u"(+31) 6 12345678"_s,
                            u"KPN"_s,
                            u"req-1"_s,
                            HistoryRecord::statusName(HistoryRecord::Status::Verified),
                            u"2"_s,
                            duration,
                            price,
                            u"EUR"_s,
                            u"Sandbox"_s,
                            u"Anna de Vries"_s,
                            u"desk-07"_s,
                            u"INC-20451"_s,
                            QString()};
    };
    QTest::newRow(";") << QChar(u';') << u"0.10000000"_s << row(u"21,1"_s, u"0,10000000"_s);
    QTest::newRow(",") << QChar(u',') << u"0.10000000"_s << row(u"21.1"_s, u"0.10000000"_s);
    QTest::newRow("price that is no number") << QChar(u';') << u"n/a"_s << row(u"21,1"_s, u"n/a"_s);
}

void tst_CsvWriter::cells()
{
    QFETCH(QChar, separator);
    QFETCH(QString, price);
    QFETCH(QStringList, expected);
    HistoryRecord r = makeRecord(u"31612345678"_s, u"KPN"_s, u"req-1"_s, 0);
    r.created = QDateTime(QDate(2024, 3, 1), QTime(12, 0, 5), Qt::UTC);
    r.status = HistoryRecord::Status::Verified;
    r.attempts = 2;
    r.durationMs = 21'100;
    r.price = price;
    r.currency = u"EUR"_s;
    r.operatorName = u"Anna de Vries"_s;
    r.workstation = u"desk-07"_s;
    r.reference = u"INC-20451"_s;
    QCOMPARE(HistoryCsvExport::cells(r, separator), expected);
    QCOMPARE(HistoryCsvExport::header().size(), expected.size());
}

void tst_CsvWriter::errorRowSaysWhichError()
{
    HistoryRecord r = makeRecord(u"31619999907"_s, u"KPN"_s, QString(), 0);
    r.status = HistoryRecord::Status::Error;
    r.lastError = u"The provider has blocked this number for verification. This number cannot be "
                  "verified here."_s;
    const qsizetype status = HistoryCsvExport::header().indexOf(u"Status"_s);
    QVERIFY(status >= 0);
    // Without the stored events: the first sentence of the stored error.
    QStringList cells = HistoryCsvExport::cells(r, u';');
    QCOMPARE(cells.at(status), u"Error: The provider has blocked this number for verification."_s);
    QCOMPARE(cells.last(), r.lastError); // the whole sentence in "Last error"
    r.lastError.clear();
    QCOMPARE(HistoryCsvExport::cells(r, u';').at(status), u"Error"_s);

    // The export reads the error event: Verify's status in a few words.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryStore store(dir.filePath(u"history.sqlite"_s));
    QVERIFY(store.open());
    r.lastError = u"The provider has blocked this number for verification."_s;
    const qint64 id = store.addVerification(r);
    QVERIFY(store.appendEvent(id, HistoryEvent::Kind::Error,
                              QJsonObject {{u"kind"_s, u"business"_s},
                                           {u"verify_status"_s, u"7"_s},
                                           {u"message"_s, r.lastError}}));
    const QString file = dir.filePath(u"errors.csv"_s);
    QVERIFY(HistoryCsvExport::exportToFile(store, {}, file, u';'));
    const QStringList lines = QString::fromUtf8(readAll(file).mid(3)).split(u"\r\n"_s);
    QVERIFY2(lines.at(1).contains(u";Error: Number blocked;"_s), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).endsWith(u";The provider has blocked this number for verification."_s));
}

void tst_CsvWriter::exportAll()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryStore store(dir.filePath(u"history.sqlite"_s));
    QVERIFY(store.open());
    HistoryRecord first =
        makeRecord(u"31612345678"_s, u"=HYPERLINK(\"http://evil\")"_s, u"req-a"_s, 0);
    // Who and why are exported as typed, a formula among them guarded as any cell's.
    first.operatorName = u"Anna de Vries"_s;
    first.workstation = u"desk-07"_s;
    first.reference = u"=1+1"_s;
    const qint64 a = store.addVerification(first);
    const qint64 b =
        store.addVerification(makeRecord(u"32470123456"_s, u"Bakkerij Één; Zoet"_s, u"req-b"_s, 1));
    QVERIFY(a > 0 && b > 0);
    HistoryOutcome outcome;
    outcome.status = HistoryRecord::Status::Verified;
    outcome.attempts = 1;
    outcome.durationMs = 42'000;
    outcome.price = u"0.10000000"_s;
    outcome.currency = u"EUR"_s;
    QVERIFY(store.updateOutcome(a, outcome));

    const QString file = dir.filePath(u"export.csv"_s);
    QString error;
    qint64 rows = -1;
    HistoryQuery all;
    all.sortOrder = Qt::AscendingOrder;
    all.limit = 1; // the export ignores the view's page
    QVERIFY2(HistoryCsvExport::exportToFile(store, all, file, u';', &error, &rows),
             qPrintable(error));
    QCOMPARE(rows, 2);
    const QByteArray bytes = readAll(file);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(u"\r\n"_s);
    QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last CRLF
    QVERIFY(lines.last().isEmpty());
    QCOMPARE(lines.at(0), HistoryCsvExport::header().join(u';'));
    QCOMPARE(
        lines.at(1),
        u"2024-03-01 13:00:00;(+31) 6 12345678;\"\u2060=HYPERLINK(\"\"http://evil\"\")\";req-a;"_s
            + HistoryRecord::statusName(HistoryRecord::Status::Verified)
            + u";1;42,0;0,10000000;EUR;Sandbox;Anna de Vries;desk-07;\u2060=1+1;"_s);
    QCOMPARE(lines.at(2),
             u"2024-03-01 13:01:00;(+32) 470 12 34 56;\"Bakkerij Één; Zoet\";req-b;"_s
                 + HistoryRecord::statusName(HistoryRecord::Status::InProgress)
                 + u";0;;;;Sandbox;;;;"_s);
    QVERIFY(!text.contains(u'\''));

    // The same with commas, and decimal points.
    QVERIFY(HistoryCsvExport::exportToFile(store, all, file, u',', &error));
    const QString commaText = QString::fromUtf8(readAll(file).mid(3));
    QVERIFY(commaText.contains(u",1,42.0,0.10000000,EUR,"_s));
    QVERIFY(commaText.contains(u"(+32) 470 12 34 56,Bakkerij Één; Zoet,req-b,"_s));
}

void tst_CsvWriter::exportSelection()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryStore store(dir.filePath(u"history.sqlite"_s));
    QVERIFY(store.open());
    QList<qint64> ids;
    for (int i = 0; i < 10; ++i)
        ids << store.addVerification(
            makeRecord(u"3161234567%1"_s.arg(i), u"KPN"_s, u"req-%1"_s.arg(i), i));
    HistoryQuery selection;
    selection.ids = {ids.at(2), ids.at(7)};
    const QString file = dir.filePath(u"selection.csv"_s);
    qint64 rows = 0;
    QVERIFY(HistoryCsvExport::exportToFile(store, selection, file, u';', nullptr, &rows));
    QCOMPARE(rows, 2);
    const QString text = QString::fromUtf8(readAll(file));
    QVERIFY(text.contains(u";req-2;"_s));
    QVERIFY(text.contains(u";req-7;"_s));
    QVERIFY(!text.contains(u";req-3;"_s));

    HistoryQuery filtered;
    filtered.text = u"06 12345675"_s;
    QVERIFY(HistoryCsvExport::exportToFile(store, filtered, file, u';', nullptr, &rows));
    QCOMPARE(rows, 1);
    QVERIFY(QString::fromUtf8(readAll(file)).contains(u";req-5;"_s));
}

void tst_CsvWriter::exportFailureLeavesNoFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryStore store(dir.filePath(u"history.sqlite"_s));
    QString error;
    const QString file = dir.filePath(u"out.csv"_s);
    QVERIFY(!HistoryCsvExport::exportToFile(store, {}, file, u';', &error)); // not open
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(file));

    QVERIFY(store.open());
    QVERIFY(store.addVerification(makeRecord(u"31612345678"_s, u"KPN"_s, u"r"_s, 0)) > 0);
    error.clear();
    const QString missing = dir.filePath(u"no/such/folder/out.csv"_s);
    QVERIFY(!HistoryCsvExport::exportToFile(store, {}, missing, u';', &error));
    QVERIFY(error.contains(QDir::toNativeSeparators(missing)));
    QVERIFY(!QFile::exists(missing));

    // An existing file is replaced only by a complete export.
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old export");
    }
    QVERIFY(HistoryCsvExport::exportToFile(store, {}, file, u';', &error));
    QVERIFY(QString::fromUtf8(readAll(file)).contains(u"(+31) 6 12345678"_s));
    QCOMPARE(QDir(dir.path()).entryList({u"out.csv*"_s}, QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_CsvWriter.moc"
