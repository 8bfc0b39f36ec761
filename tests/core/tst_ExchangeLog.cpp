#include "api/ExchangeLog.h"
#include "api/Redactor.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ExchangeLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksAtTheSource_data();
    void masksAtTheSource();
    void masksAuthorizationWithAFingerprint();
    void masksQueryAndLiteralSecrets();
    void secretInsideTheMarkLeavesMarksWhole();
    void issuedTokenIsMaskedEverywhereFromItsOwnAnswerOn();
    void issuedTokenIsReadAsAJsonReaderReadsIt_data();
    void issuedTokenIsReadAsAJsonReaderReadsIt();
    void givesTheMaskedResponseBody();
    void eachCredentialKeepsItsOwnFingerprint();
    void keepsTheLastThousand();
    void reservedIdTakesItsPlaceByOrder();
    void signalsEachAppend();
};

void tst_ExchangeLog::masksAtTheSource_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("kept");

    QTest::newRow("token form") << QByteArray("client_id=me&client_secret=p%40ss%2Bword")
                                << QByteArray("p%40ss%2Bword") << QByteArray("client_id=me");
    QTest::newRow("check form") << QByteArray("request_id=abc&code=987654") << QByteArray("987654")
                                << QByteArray("request_id=abc");
    QTest::newRow("token answer") << QByteArray(
        R"({"issued_at":"1","access_token":"T0k3nT0k3n","expires_in":"3599"})")
                                  << QByteArray("T0k3nT0k3n")
                                  << QByteArray(R"("expires_in":"3599")");
    QTest::newRow("truncated token answer")
        << QByteArray(R"({"issued_at":"1","access_token":"T0k3nT0k)") << QByteArray("T0k3nT0k")
        << QByteArray(R"("issued_at":"1")");
    QTest::newRow("search checks")
        << QByteArray(R"({"checks":[{"code": "4321","status":"INVALID"},{"code":1234}]})")
        << QByteArray("4321") << QByteArray(R"("status":"INVALID")");
    QTest::newRow("numeric code") << QByteArray(R"({"code":1234,"errorcode":"x"})")
                                  << QByteArray("1234") << QByteArray(R"("errorcode":"x")");
    // Every JSON reader takes these spellings as the same keys.
    QTest::newRow("key with a needless escape")
        << QByteArray(R"({"pin_c\ode": -1.5e3,"\code":4711,"x":1})") << QByteArray("4711")
        << QByteArray(R"("x":1)");
    QTest::newRow("key with a unicode escape")
        << QByteArray(R"({"access_tok\u0065n":"T0k3nT0k3n","x":1})") << QByteArray("T0k3nT0k3n")
        << QByteArray(R"("x":1)");
    QTest::newRow("upper-case key") << QByteArray(R"({"CODE":"246810","x":1})")
                                    << QByteArray("246810") << QByteArray(R"("x":1)");
    QTest::newRow("escaped line break in a value")
        << QByteArray("{\"code\":\"12\\\n345678\",\"x\":1}") << QByteArray("345678")
        << QByteArray(R"("x":1)");
    // A key-like text inside a string value is not a key: the value stays as it was.
    QTest::newRow("key inside a string")
        << QByteArray(R"({"error_text":"send \"code\": 13579 again","code":"97531"})")
        << QByteArray("97531") << QByteArray(R"(send \"code\": 13579 again)");
}

void tst_ExchangeLog::masksAtTheSource()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, kept);

    ExchangeLog log;
    ExchangeLog::Entry entry;
    entry.method = "POST";
    entry.url = u"http://example.invalid/x"_s;
    entry.requestBody = body;
    entry.responseBody = body;
    log.record(entry);
    const ExchangeLog::Entry stored = log.entries().constFirst();
    QVERIFY(!stored.requestBody.contains(secret));
    QVERIFY(!stored.responseBody.contains(secret));
    QVERIFY(stored.requestBody.contains(kept));
    QVERIFY(stored.requestBody.contains(Redactor::mask().toUtf8()));
    QVERIFY(!stored.toText().contains(QString::fromUtf8(secret)));
}

void tst_ExchangeLog::masksAuthorizationWithAFingerprint()
{
    ExchangeLog log;
    ExchangeLog::Entry entry;
    entry.requestHeaders = {{"Authorization", "Bearer AbCdEfGhIjKlMnOp"}, {"Accept", "x/y"}};
    log.record(entry);
    log.record(entry);
    const QList<ExchangeLog::Entry> entries = log.entries();
    const QByteArray value = entries.first().requestHeaders.first().second;
    QVERIFY(value.startsWith("Bearer [redacted] #"));
    QVERIFY(!value.contains("AbCdEf"));
    // The same token gives the same fingerprint, so the inspector can tell tokens apart.
    QCOMPARE(entries.last().requestHeaders.first().second, value);
    QCOMPARE(entries.first().requestHeaders.last().second, QByteArray("x/y"));
}

void tst_ExchangeLog::masksQueryAndLiteralSecrets()
{
    ExchangeLog log;
    log.addSecret("LiteralSecret99");
    ExchangeLog::Entry entry;
    entry.url = u"http://h/verify/json?api_key=k&api_secret=zzzzzz&number=31"_s;
    entry.responseBody = "<html>echo LiteralSecret99</html>";
    entry.error = u"failed for LiteralSecret99"_s;
    log.record(entry);
    const ExchangeLog::Entry stored = log.entries().constFirst();
    QCOMPARE(stored.url, u"http://h/verify/json?api_key=k&api_secret=[redacted]&number=31"_s);
    QVERIFY(!stored.responseBody.contains("LiteralSecret99"));
    QVERIFY(!stored.error.contains(u"LiteralSecret99"));
}

void tst_ExchangeLog::secretInsideTheMarkLeavesMarksWhole()
{
    // An issued token that is part of the mark, or starts in a mark: the marks stay as they are,
    // and the token is still masked where it really is.
    ExchangeLog log;
    ExchangeLog::Entry token;
    token.requestBody = "grant_type=client_credentials&client_id=me&client_secret=s3cr3t-value";
    token.responseBody = R"({"access_token":"[redacted","expires_in":"3599"})";
    log.record(token);
    const ExchangeLog::Entry stored = log.entries().constFirst();
    QCOMPARE(stored.requestBody,
             QByteArray("grant_type=client_credentials&client_id=me&client_secret=[redacted]"));
    QCOMPARE(stored.responseBody,
             QByteArray(R"({"access_token":"[redacted]","expires_in":"3599"})"));
    QCOMPARE(Redactor::scrub("a=[redacted]&b=x[redacted", {"[redacted"}),
             QByteArray("a=[redacted]&b=x[redacted]"));
    QCOMPARE(Redactor::scrub("a=[redacted]bcdefg", {"d]bcdefg"}), QByteArray("a=[redacted]bcdefg"));
}

void tst_ExchangeLog::issuedTokenIsMaskedEverywhereFromItsOwnAnswerOn()
{
    ExchangeLog log;
    ExchangeLog::Entry answer;
    answer.responseHeaders = {{"X-Debug-Token", "Tok3nValue42"}};
    answer.responseBody = R"({"access_token":"Tok3nValue42","note":"issued Tok3nValue42"})";
    log.record(answer);
    ExchangeLog::Entry later;
    later.responseBody = "<html>your token Tok3nValue42 expired</html>";
    log.record(later);
    const QString all = log.entries().constFirst().toText() + log.entries().constLast().toText();
    QVERIFY(!all.contains(u"Tok3nValue42"_s));
    QCOMPARE(log.redact("a Tok3nValue42 b"), QByteArray("a [redacted] b"));
}

void tst_ExchangeLog::issuedTokenIsReadAsAJsonReaderReadsIt_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QByteArray>("token");

    QTest::newRow("plain") << QByteArray(R"({"access_token":"Tok3nValue42"})")
                           << QByteArray("Tok3nValue42");
    QTest::newRow("spaces and line breaks")
        << QByteArray("{\n  \"expires_in\" : 3599,\n  \"access_token\" :\t\"Tok3nValue42\"\n}")
        << QByteArray("Tok3nValue42");
    QTest::newRow("escaped key") << QByteArray(R"({"access\u005ftoken":"Tok3nValue42"})")
                                 << QByteArray("Tok3nValue42");
    // The token as sent later is the decoded value, not its spelling in the answer.
    QTest::newRow("escaped value")
        << QByteArray(R"({"access_token":"Tok3n\u0056alue\/42"})") << QByteArray("Tok3nValue/42");
    QTest::newRow("after a string holding a colon")
        << QByteArray(R"({"note":"a \"b\": c","access_token":"Tok3nValue42"})")
        << QByteArray("Tok3nValue42");
    // A byte-order mark and a space before the colon: redactBody() reads a token with a '=' as a
    // form, yet a JSON reader takes the answer.
    QTest::newRow("byte-order mark")
        << QByteArray("\xef\xbb\xbf{\"access_token\" : \"Tok3nValue42==\"}")
        << QByteArray("Tok3nValue42==");
    QTest::newRow("nested") << QByteArray(R"({"data":{"access_token":"Tok3nValue42"}})")
                            << QByteArray("Tok3nValue42");
}

// The issued token is found without parsing the answer: every spelling a JSON reader takes.
void tst_ExchangeLog::issuedTokenIsReadAsAJsonReaderReadsIt()
{
    QFETCH(QByteArray, answer);
    QFETCH(QByteArray, token);

    ExchangeLog log;
    ExchangeLog::Entry entry;
    entry.responseBody = answer;
    entry.responseHeaders = {{"X-Echo", "issued " + token}};
    log.record(entry);
    ExchangeLog::Entry later;
    later.url = u"http://h/x?echo="_s + QString::fromUtf8(token);
    later.requestBody = "note=" + token;
    later.responseBody = "<p>" + token + "</p>";
    log.record(later);

    for (const ExchangeLog::Entry &stored : log.entries()) {
        QVERIFY2(!stored.toText().contains(QString::fromUtf8(token)), qPrintable(stored.toText()));
    }
    QCOMPARE(log.redact("a " + token + " b"), QByteArray("a [redacted] b"));
}

void tst_ExchangeLog::givesTheMaskedResponseBody()
{
    ExchangeLog log;
    log.addSecret("LiteralSecret99");
    ExchangeLog::Entry entry;
    entry.responseBody = R"({"access_token":"Tok3nValue42","note":"LiteralSecret99 Tok3nValue42"})";
    QByteArray masked;
    log.record(entry, &masked);
    QCOMPARE(masked, log.redact(entry.responseBody));
    QCOMPARE(masked, log.entries().constFirst().responseBody);
    QVERIFY(!masked.contains("Tok3nValue42"));
    QVERIFY(!masked.contains("LiteralSecret99"));

    // Not capped, unlike the stored body.
    ExchangeLog::Entry big;
    big.responseBody = "x=" + QByteArray(ExchangeLog::kMaxBodyBytes + 10, 'a') + " LiteralSecret99";
    log.record(big, &masked);
    QCOMPARE(masked, log.redact(big.responseBody));
    QVERIFY(masked.endsWith(" [redacted]"));
    QVERIFY(log.entries().constLast().responseBody.endsWith(" more bytes]"));
}

void tst_ExchangeLog::eachCredentialKeepsItsOwnFingerprint()
{
    ExchangeLog log;
    const auto masked = [&log](const QByteArray &name, const QByteArray &value) {
        ExchangeLog::Entry entry;
        entry.requestHeaders = {{name, value}};
        log.record(entry);
        return log.entries().constLast().requestHeaders.constFirst().second;
    };
    const QByteArray first = masked("Authorization", "Bearer FirstT0ken");
    const QByteArray second = masked("Authorization", "Bearer SecondT0ken");
    QCOMPARE(first, Redactor::redactHeader("Authorization", "Bearer FirstT0ken"));
    QCOMPARE(second, Redactor::redactHeader("Authorization", "Bearer SecondT0ken"));
    QVERIFY(first != second);
    QCOMPARE(masked("authorization", "Bearer FirstT0ken"), first);
    // The same value in another header is not a credential there.
    QCOMPARE(masked("X-Note", "Bearer FirstT0ken"), QByteArray("Bearer FirstT0ken"));
    QCOMPARE(masked("Proxy-Authorization", "Basic FirstT0ken"),
             Redactor::redactHeader("Proxy-Authorization", "Basic FirstT0ken"));
    log.forgetSecrets();
    QCOMPARE(masked("Authorization", "Bearer SecondT0ken"), second);
}

void tst_ExchangeLog::keepsTheLastThousand()
{
    ExchangeLog log;
    for (int i = 0; i < ExchangeLog::kCapacity + 5; ++i)
        log.record({});
    QCOMPARE(log.size(), ExchangeLog::kCapacity);
    QCOMPARE(log.entries().constFirst().id, quint64(6));
    QCOMPARE(log.entries().constLast().id, quint64(ExchangeLog::kCapacity + 5));
    log.clear();
    QCOMPARE(log.size(), 0);
}

void tst_ExchangeLog::reservedIdTakesItsPlaceByOrder()
{
    ExchangeLog log;
    const quint64 first = log.record({});
    const quint64 reserved = log.reserveId();
    const quint64 later = log.record({});
    QCOMPARE(reserved, first + 1);
    QCOMPARE(later, reserved + 1);
    ExchangeLog::Entry late;
    late.id = reserved;
    late.requestBody = "code=1234";
    QSignalSpy appended(&log, &ExchangeLog::appended);
    QCOMPARE(log.record(late), reserved);
    QCOMPARE(appended.count(), 1);
    QList<quint64> ids;
    for (const ExchangeLog::Entry &entry : log.entries())
        ids.append(entry.id);
    QCOMPARE(ids, (QList<quint64> {first, reserved, later}));
    QVERIFY(!log.entries().at(1).requestBody.contains("1234")); // masked like any other

    // An id that was not reserved, or was used already, is not taken over: a fresh one is given.
    ExchangeLog::Entry again;
    again.id = reserved;
    const quint64 fresh = log.record(again);
    QCOMPARE(fresh, later + 1);
    again.id = 999;
    QCOMPARE(log.record(again), fresh + 1);
    QCOMPARE(log.entries().constLast().id, fresh + 1);
}

void tst_ExchangeLog::signalsEachAppend()
{
    ExchangeLog log;
    QSignalSpy appended(&log, &ExchangeLog::appended);
    ExchangeLog::Entry entry;
    entry.requestBody = "client_secret=abcdefgh";
    log.record(entry);
    QCOMPARE(appended.count(), 1);
    const auto sent = appended.first().first().value<ExchangeLog::Entry>();
    QVERIFY(!sent.requestBody.contains("abcdefgh"));
}

QTEST_GUILESS_MAIN(tst_ExchangeLog)
#include "tst_ExchangeLog.moc"
