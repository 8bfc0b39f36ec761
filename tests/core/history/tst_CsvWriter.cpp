#include "history/CsvWriter.h"
#include "history/HistoryCsvExport.h"
#include "history/HistoryStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapeCell_data();
    void escapeCell();
    void row_data();
    void row();
    void bomAndUtf8();
    void exportAll();
    void exportSelection();
    void exportFailureLeavesNoFile();
};

void tst_CsvWriter::escapeCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("expected");

    const QChar semi = u';';
    const QChar comma = u',';
    QTest::newRow("plain") << u"KPN"_s << semi << u"KPN"_s;
    QTest::newRow("empty") << QString() << semi << QString();
    QTest::newRow("semicolon, ; separator") << u"a;b"_s << semi << u"\"a;b\""_s;
    QTest::newRow("semicolon, , separator") << u"a;b"_s << comma << u"a;b"_s;
    QTest::newRow("comma, , separator") << u"1,50"_s << comma << u"\"1,50\""_s;
    QTest::newRow("comma, ; separator") << u"1,50"_s << semi << u"1,50"_s;
    QTest::newRow("quote") << u"say \"hi\""_s << semi << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("LF") << u"two\nlines"_s << semi << u"\"two\nlines\""_s;
    QTest::newRow("CRLF inside") << u"two\r\nlines"_s << semi << u"\"two\r\nlines\""_s;
    QTest::newRow("formula =") << u"=SUM(A1:A9)"_s << semi << u"'=SUM(A1:A9)"_s;
    QTest::newRow("formula = with separator") << u"=HYPERLINK(\"http://x\";\"y\")"_s << semi
                                              << u"\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\""_s;
    QTest::newRow("plus") << u"+31612345678"_s << semi << u"'+31612345678"_s;
    QTest::newRow("minus") << u"-2+3"_s << semi << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(1)"_s << semi << u"'@SUM(1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << semi << u"'\t=1"_s;
    QTest::newRow("CR") << u"\r=1"_s << semi << u"\"'\r=1\""_s;
    QTest::newRow("DDE") << u"=cmd|' /C calc'!A0"_s << comma << u"'=cmd|' /C calc'!A0"_s;
    QTest::newRow("operator inside is fine") << u"a=b+c"_s << semi << u"a=b+c"_s;
    QTest::newRow("Dutch") << u"Eén ĳsje, café Ĳmuiden"_s << semi << u"Eén ĳsje, café Ĳmuiden"_s;
    QTest::newRow("Dutch with comma separator")
        << u"Eén ĳsje, café"_s << comma << u"\"Eén ĳsje, café\""_s;
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
                           << u"a,\"x,y\",'=1\r\n"_s;
    QTest::newRow("one empty cell") << QStringList {QString()} << QChar(u';') << u"\r\n"_s;
}

void tst_CsvWriter::row()
{
    QFETCH(QStringList, cells);
    QFETCH(QChar, separator);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::formatRow(cells, separator), expected);
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

void tst_CsvWriter::exportAll()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryStore store(dir.filePath(u"history.sqlite"_s));
    QVERIFY(store.open());
    const qint64 a = store.addVerification(
        makeRecord(u"31612345678"_s, u"=HYPERLINK(\"http://evil\")"_s, u"req-a"_s, 0));
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
    QCOMPARE(lines.at(1),
             u"2024-03-01 12:00:00;'+31612345678;\"'=HYPERLINK(\"\"http://evil\"\")\";req-a;"_s
                 + HistoryRecord::statusName(HistoryRecord::Status::Verified)
                 + u";1;42.0;0.10000000;EUR;Sandbox;"_s);
    QCOMPARE(lines.at(2),
             u"2024-03-01 12:01:00;'+32470123456;\"Bakkerij Één; Zoet\";req-b;"_s
                 + HistoryRecord::statusName(HistoryRecord::Status::InProgress)
                 + u";0;;;;Sandbox;"_s);

    // The same with commas.
    QVERIFY(HistoryCsvExport::exportToFile(store, all, file, u',', &error));
    const QString commaText = QString::fromUtf8(readAll(file).mid(3));
    QVERIFY(commaText.contains(u"'+32470123456,Bakkerij Één; Zoet,req-b,"_s));
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
    QVERIFY(readAll(file).contains("31612345678"));
    QCOMPARE(QDir(dir.path()).entryList({u"out.csv*"_s}, QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_CsvWriter.moc"
