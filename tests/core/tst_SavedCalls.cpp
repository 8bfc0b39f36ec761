// The API console's saved calls: kept per profile in their file, never with a secret or PIN, and
// a file to import checked whole before anything changes.

#include "api/SavedCalls.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SavedCalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keptPerProfileAcrossLoads();
    void secretsAreNeverKept();
    void exportImportRoundTrip();
    void badImports_data();
    void badImports();
    void anUnreadableFileIsKeptAside();
};

void tst_SavedCalls::keptPerProfileAcrossLoads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"saved.json"_s);
    SavedCalls saved(path);
    QVERIFY(saved.load()); // no file yet: none
    const SavedCall b {
        u"b"_s, u"search"_s, {{u"request_ids"_s, u"1"_s}, {u"request_ids"_s, u"2"_s}}};
    const SavedCall a {u"a"_s, u"request"_s, {{u"brand"_s, u"A brand of 19 chars"_s}}};
    QVERIFY(saved.put(u"p1"_s, b));
    QVERIFY(saved.put(u"p1"_s, a));
    QVERIFY(saved.put(u"p2"_s, a));
    QString error;
    QVERIFY(!saved.put(u"p1"_s, SavedCall {u"  "_s, u"check"_s, {}}, &error));
    QVERIFY(!error.isEmpty());

    SavedCalls again(path);
    QVERIFY(again.load());
    QCOMPARE(again.calls(u"p1"_s), (QList<SavedCall> {a, b}));
    QCOMPARE(again.calls(u"p2"_s), QList<SavedCall> {a});
    QVERIFY(again.calls(u"p3"_s).isEmpty());
    // The same name replaces.
    SavedCall changed = a;
    changed.params = {{u"brand"_s, u"Acme"_s}};
    QVERIFY(again.put(u"p1"_s, changed));
    QCOMPARE(again.call(u"p1"_s, u"a"_s)->params, changed.params);
    QVERIFY(again.remove(u"p1"_s, u"b"_s));
    QCOMPARE(again.calls(u"p1"_s).size(), 1);
}

void tst_SavedCalls::secretsAreNeverKept()
{
    QTemporaryDir dir;
    SavedCalls saved(dir.filePath(u"saved.json"_s));
    const SavedCall call {u"c"_s,
                          u"check"_s,
                          {{u"request_id"_s, u"abc"_s},
                           {u"code"_s, u"9731"_s},
                           {u"API_SECRET"_s, u"sandbox-secret"_s}}};
    QVERIFY(saved.put(u"p"_s, call));
    QFile file(saved.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray kept = file.readAll();
    QVERIFY(kept.contains("abc"));
    QVERIFY(!kept.contains("9731"));
    QVERIFY(!kept.contains("sandbox-secret"));
    const QByteArray exported = SavedCalls::exportJson({call});
    QVERIFY(!exported.contains("9731") && !exported.contains("sandbox-secret"));
    QCOMPARE(saved.call(u"p"_s, u"c"_s)->params.at(1), std::make_pair(u"code"_s, QString()));
}

void tst_SavedCalls::exportImportRoundTrip()
{
    const QList<SavedCall> calls {
        {u"one"_s, u"control"_s, {{u"request_id"_s, u"x"_s}, {u"cmd"_s, u"stop"_s}}},
        {u"two"_s, u"psd2"_s, {{u"amount"_s, u"48.00"_s}}}};
    QString error;
    const std::optional<QList<SavedCall>> back =
        SavedCalls::importJson(SavedCalls::exportJson(calls), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, calls);
}

void tst_SavedCalls::badImports_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("said");
    const QByteArray head = R"({"format":"verifydesk-saved-calls","version":1,"calls":)";
    QTest::newRow("empty") << QByteArray() << u"not JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"not JSON"_s;
    QTest::newRow("no format") << QByteArray(R"({"calls":[]})") << u"not a set"_s;
    QTest::newRow("version 2") << QByteArray(
        R"({"format":"verifydesk-saved-calls","version":2,"calls":[]})")
                               << u"another version"_s;
    QTest::newRow("no calls") << QByteArray(head + "{}}") << u"no list of calls"_s;
    QTest::newRow("no name") << QByteArray(head + R"([{"operation":"check","params":[]}]})")
                             << u"call 1 has no name"_s;
    QTest::newRow("bad operation")
        << QByteArray(head + R"([{"name":"x","operation":"drop","params":[]}]})")
        << u"no known operation"_s;
    QTest::newRow("no params") << QByteArray(head + R"([{"name":"x","operation":"check"}]})")
                               << u"no list of parameters"_s;
    QTest::newRow("bad pair") << QByteArray(
        head + R"([{"name":"x","operation":"check","params":[["a"]]}]})")
                              << u"not a name and a value"_s;
    QTest::newRow("number value") << QByteArray(
        head + R"([{"name":"x","operation":"check","params":[["a",1]]}]})")
                                  << u"not a name and a value"_s;
}

void tst_SavedCalls::badImports()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, said);
    QString error;
    QVERIFY(!SavedCalls::importJson(json, &error));
    QVERIFY2(error.contains(said), qPrintable(error));
}

void tst_SavedCalls::anUnreadableFileIsKeptAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"saved.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    SavedCalls saved(path);
    QString error;
    QVERIFY(!saved.load(&error));
    QVERIFY2(error.contains(u".unreadable"_s), qPrintable(error));
    QFile aside(path + u".unreadable"_s);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), QByteArray("{ not json"));
}

QTEST_MAIN(tst_SavedCalls)
#include "tst_SavedCalls.moc"
