// Parameters of a sandbox call from form and JSON bodies, including hostile values.

#include "Params.h"

#include <QTest>

using namespace Qt::StringLiterals;
using sandbox::Params;

class tst_Params : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formEncoding_data();
    void formEncoding();
    void jsonValues_data();
    void jsonValues();
    void jsonRefusesWhatIsNoParameter_data();
    void jsonRefusesWhatIsNoParameter();
    void repeatedKeysKeepTheirOrder();
};

void tst_Params::formEncoding_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QByteArray("number=31612345678&brand=Acme") << u"brand"_s
                           << u"Acme"_s;
    QTest::newRow("plus is a space") << QByteArray("brand=Acme+Inc") << u"brand"_s << u"Acme Inc"_s;
    QTest::newRow("percent") << QByteArray("brand=Caf%C3%A9%26Co") << u"brand"_s << u"Café&Co"_s;
    QTest::newRow("no value") << QByteArray("brand") << u"brand"_s << QString();
    // A broken escape is no error: it decodes to the replacement character.
    QTest::newRow("bad percent") << QByteArray("brand=%ZZ") << u"brand"_s << u"\uFFFD"_s;
}

void tst_Params::formEncoding()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const Params params = Params::fromFormEncoded(encoded);
    QVERIFY(params.contains(key));
    QCOMPARE(params.value(key), value);
}

void tst_Params::jsonValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("value");
    QTest::newRow("string") << QByteArray(R"({"v":"Acme"})") << u"Acme"_s;
    QTest::newRow("whole number") << QByteArray(R"({"v":6})") << u"6"_s;
    QTest::newRow("negative") << QByteArray(R"({"v":-300})") << u"-300"_s;
    QTest::newRow("fraction") << QByteArray(R"({"v":1.5})") << u"1.5"_s;
    // Far beyond a qint64: kept as a number, never cast (that would be undefined behaviour).
    QTest::newRow("huge") << QByteArray(R"({"v":3.6e55})") << u"3.5999999999999999e+55"_s;
    QTest::newRow("huge negative")
        << QByteArray(R"({"v":-1e300})") << u"-1.0000000000000001e+300"_s;
    QTest::newRow("bool") << QByteArray(R"({"v":true})") << u"true"_s;
}

void tst_Params::jsonValues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, value);
    QString error;
    const auto params = Params::fromJson(json, &error);
    QVERIFY2(params, qPrintable(error));
    QCOMPARE(params->value(u"v"_s), value);
}

void tst_Params::jsonRefusesWhatIsNoParameter_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{\"v\":");
    QTest::newRow("an array") << QByteArray("[1,2]");
    QTest::newRow("an object value") << QByteArray(R"({"v":{"w":1}})");
    QTest::newRow("an object in an array") << QByteArray(R"({"v":[{"w":1}]})");
}

void tst_Params::jsonRefusesWhatIsNoParameter()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!Params::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void tst_Params::repeatedKeysKeepTheirOrder()
{
    const Params form = Params::fromFormEncoded("request_ids=a&request_ids=b&request_ids=c");
    QCOMPARE(form.values(u"request_ids"_s), (QStringList {u"a"_s, u"b"_s, u"c"_s}));
    QString error;
    const auto json = Params::fromJson(R"({"request_ids":["a","b"]})", &error);
    QCOMPARE(json->values(u"request_ids"_s), (QStringList {u"a"_s, u"b"_s}));
}

QTEST_GUILESS_MAIN(tst_Params)
#include "tst_Params.moc"
