#include "api/Redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What the inspector, the exports and the logs are given: every spelling of a known secret a
// reader would decode back to it masked, structured values under sensitive keys masked, and the
// password of a URL's user info masked.
class tst_Redactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrubsEverySpellingOfASecret_data();
    void scrubsEverySpellingOfASecret();
    void scrubLeavesOtherTextAlone();
    void masksStructuredValuesUnderSensitiveKeys_data();
    void masksStructuredValuesUnderSensitiveKeys();
    void shortSecretsAreMaskedByPlace_data();
    void shortSecretsAreMaskedByPlace();
    void masksUrlPasswords_data();
    void masksUrlPasswords();
};

void tst_Redactor::scrubsEverySpellingOfASecret_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("plain") << QByteArray("abc/def+g h") << QByteArray("x abc/def+g h y");
    QTest::newRow("percent, upper case")
        << QByteArray("abc/def+g h") << QByteArray("x=abc%2Fdef%2Bg%20h&y=1");
    QTest::newRow("percent, lower case")
        << QByteArray("abc/def+g h") << QByteArray("x=abc%2fdef%2bg%20h&y=1");
    QTest::newRow("percent, mixed case")
        << QByteArray("abc/def+g h") << QByteArray("x=abc%2fdef%2Bg%20h&y=1");
    QTest::newRow("form, + for a space")
        << QByteArray("abc/def+g h") << QByteArray("x=abc%2Fdef%2Bg+h&y=1");
    QTest::newRow("form, lower case and +")
        << QByteArray("p@ss word!") << QByteArray("note=p%40ss+word%21&y=1");
    QTest::newRow("needlessly escaped") << QByteArray("secret") << QByteArray("x=s%65cr%65t");
    QTest::newRow("json, escaped slash")
        << QByteArray("abc/defgh") << QByteArray(R"({"note":"abc\/defgh"})");
    QTest::newRow("json, escaped quote and backslash")
        << QByteArray(R"(ab"c\def)") << QByteArray(R"({"note":"ab\"c\\def"})");
    QTest::newRow("json, unicode escape")
        << QByteArray("abc/defgh") << QByteArray(R"({"note":"abc\u002fdefgh"})");
    // A secret that starts with a character that also starts an escape.
    QTest::newRow("starts with +, plain") << QByteArray("+abcdefg") << QByteArray("x=1&y=+abcdefg");
    QTest::newRow("starts with +, encoded") << QByteArray("+abcdefg") << QByteArray("x=%2babcdefg");
    QTest::newRow("starts with %")
        << QByteArray("%abcdefg") << QByteArray("x=%25abcdefg&y=%abcdefg");
    QTest::newRow("starts with a backslash")
        << QByteArray("\\abcdefg") << QByteArray(R"({"a":"\\abcdefg"})");
    QTest::newRow("starts with a space, form")
        << QByteArray(" abcdefg") << QByteArray("x=+abcdefg");
    QTest::newRow("json, control character")
        << QByteArray("abc\tdefgh") << QByteArray(R"({"note":"abc\tdefgh"})");
}

void tst_Redactor::scrubsEverySpellingOfASecret()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, text);

    const QByteArray scrubbed = Redactor::scrub(text, {secret});
    QVERIFY2(scrubbed.contains(Redactor::mask().toUtf8()), scrubbed.constData());
    // Nothing of the secret is left that a reader could decode.
    QVERIFY2(!scrubbed.contains("def"), scrubbed.constData());
    QVERIFY2(!Redactor::redactBody(text, {secret}).contains("def"), scrubbed.constData());
}

void tst_Redactor::scrubLeavesOtherTextAlone()
{
    // Near misses are not masked, and nothing around a match is swallowed.
    QCOMPARE(Redactor::scrub("x=abc%2Fdefg&y=abc/defgh", {"abc/defgh"}),
             QByteArray("x=abc%2Fdefg&y=[redacted]"));
    QCOMPARE(Redactor::scrub("x=abcde%67+abcde+", {"abcdef"}), QByteArray("x=abcde%67+abcde+"));
    QCOMPARE(Redactor::scrub(R"(x=\u0061bcde\/)", {"abcdef"}), QByteArray(R"(x=\u0061bcde\/)"));
    QCOMPARE(Redactor::scrub("[redacted]abcdef%", {"abcdef"}), QByteArray("[redacted][redacted]%"));
    // Marks already there stay whole, as before.
    QCOMPARE(Redactor::scrub("a=[redacted]bcdefg", {"d]bcdefg"}), QByteArray("a=[redacted]bcdefg"));
}

void tst_Redactor::masksStructuredValuesUnderSensitiveKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("array") << QByteArray(R"({"code":["123456"],"x":1})")
                           << QByteArray(R"({"code":"[redacted]","x":1})");
    QTest::newRow("object") << QByteArray(R"({"secret":{"v":"abc","w":[1,"]"]},"x":1})")
                            << QByteArray(R"({"secret":"[redacted]","x":1})");
    QTest::newRow("nested brackets in strings") << QByteArray(R"({"pin":[{"a":"}]\"{["},2],"x":1})")
                                                << QByteArray(R"({"pin":"[redacted]","x":1})");
    QTest::newRow("truncated") << QByteArray(R"({"x":1,"token":["abcdef","gh)")
                               << QByteArray(R"({"x":1,"token":"[redacted]")");
    QTest::newRow("empty array") << QByteArray(R"({"code":[],"x":1})")
                                 << QByteArray(R"({"code":"[redacted]","x":1})");
}

void tst_Redactor::masksStructuredValuesUnderSensitiveKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);

    QCOMPARE(Redactor::redactJson(json), expected);
    QCOMPARE(Redactor::redactBody(json), expected);
}

void tst_Redactor::shortSecretsAreMaskedByPlace_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("form") << QByteArray("client_id=me&client_secret=s3c&x=1");
    QTest::newRow("form, array key") << QByteArray("client_id=me&code%5B%5D=s3c&x=1");
    QTest::newRow("json") << QByteArray(R"({"client_secret":"s3c","x":1})");
    QTest::newRow("json array") << QByteArray(R"({"code":["s3c"],"x":1})");
}

// A secret shorter than six characters is not scrubbed as a literal wherever it appears (it
// would mask unrelated digits and words, and show where it occurs), but it never leaks from its
// own place: a sensitive key or a credential header.
void tst_Redactor::shortSecretsAreMaskedByPlace()
{
    QFETCH(QByteArray, body);

    const QByteArray redacted = Redactor::redactBody(body, {"s3c"});
    QVERIFY2(!redacted.contains("s3c"), redacted.constData());
    QVERIFY(redacted.contains("1"));
    QVERIFY(!Redactor::redactHeader("Authorization", "Basic " + QByteArray("me:s3c").toBase64())
                 .contains(QByteArray("me:s3c").toBase64()));
    // Elsewhere it stays: "s3c" in a word is not known to be the secret.
    QCOMPARE(Redactor::scrub("as3cond", {"s3c"}), QByteArray("as3cond"));
}

void tst_Redactor::masksUrlPasswords_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("https") << u"https://user:pa55word@api.example/oauth?grant_type=x"_s
                           << u"https://user:[redacted]@api.example/oauth?grant_type=x"_s;
    QTest::newRow("encoded") << u"http://me:p%40ss%2Fw@h:8080/x"_s
                             << u"http://me:[redacted]@h:8080/x"_s;
    QTest::newRow("short password") << u"https://u:pw@h/"_s << u"https://u:[redacted]@h/"_s;
    QTest::newRow("empty password") << u"https://u:@h/"_s << u"https://u:[redacted]@h/"_s;
    QTest::newRow("user only") << u"https://u@h/x"_s << u"https://u@h/x"_s;
    QTest::newRow("none") << u"https://h:443/x?a=b@c"_s << u"https://h:443/x?a=b@c"_s;
    // Qt's error texts quote the URL decoded: a space or a slash in the password stays in it.
    QTest::newRow("in Qt's error text")
        << u"Error transferring http://us er:pa ss%2Fw%40x%3Ay@127.0.0.1:8/x - server replied: "
           "File not found"_s
        << u"Error transferring http://us er:[redacted]@127.0.0.1:8/x - server replied: "
           "File not found"_s;
    QTest::newRow("port, no user info") << u"Error transferring http://h:8080/x - 404"_s
                                        << u"Error transferring http://h:8080/x - 404"_s;
    QTest::newRow("twice") << u"http://a:b1@h/ and http://c:d2@k/"_s
                           << u"http://a:[redacted]@h/ and http://c:[redacted]@k/"_s;
}

void tst_Redactor::masksUrlPasswords()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);

    QCOMPARE(Redactor::redactUserInfo(url), expected);
    QCOMPARE(Redactor::redactUrl(url), expected);
}

QTEST_GUILESS_MAIN(tst_Redactor)
#include "tst_Redactor.moc"
