#include "api/ExchangeLog.h"
#include "inspector/HarExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kSecret = "Cl1entS3cretValue";
const QByteArray kToken = "AccessT0kenValue42";
const QByteArray kPin = "482913";

// Checks `value` against the HAR 1.2 structure (http://www.softwareishard.com/blog/har-12-spec/):
// required members present with their types. Appends what is wrong to `problems`.
void requireString(const QJsonObject &object, const QString &key, const QString &where,
                   QStringList &problems)
{
    if (!object.value(key).isString())
        problems.append(u"%1.%2 is not a string"_s.arg(where, key));
}

void requireNumber(const QJsonObject &object, const QString &key, const QString &where,
                   QStringList &problems)
{
    if (!object.value(key).isDouble())
        problems.append(u"%1.%2 is not a number"_s.arg(where, key));
}

void requireNameValues(const QJsonObject &object, const QString &key, const QString &where,
                       QStringList &problems)
{
    if (!object.value(key).isArray()) {
        problems.append(u"%1.%2 is not an array"_s.arg(where, key));
        return;
    }
    const QJsonArray array = object.value(key).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString item = u"%1.%2[%3]"_s.arg(where, key).arg(i);
        if (!array.at(i).isObject()) {
            problems.append(item + u" is not an object"_s);
            continue;
        }
        requireString(array.at(i).toObject(), u"name"_s, item, problems);
        requireString(array.at(i).toObject(), u"value"_s, item, problems);
    }
}

QStringList harProblems(const QJsonDocument &doc)
{
    QStringList problems;
    if (!doc.isObject() || !doc.object().value(u"log"_s).isObject())
        return {u"no log object"_s};
    const QJsonObject log = doc.object().value(u"log"_s).toObject();
    if (log.value(u"version"_s).toString() != u"1.2")
        problems.append(u"log.version is not \"1.2\""_s);
    const QJsonObject creator = log.value(u"creator"_s).toObject();
    requireString(creator, u"name"_s, u"log.creator"_s, problems);
    requireString(creator, u"version"_s, u"log.creator"_s, problems);
    if (!log.value(u"entries"_s).isArray())
        return problems << u"log.entries is not an array"_s;
    const QJsonArray entries = log.value(u"entries"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = u"entries[%1]"_s.arg(i);
        const QJsonObject entry = entries.at(i).toObject();
        requireString(entry, u"startedDateTime"_s, where, problems);
        const QDateTime started =
            QDateTime::fromString(entry.value(u"startedDateTime"_s).toString(), Qt::ISODateWithMs);
        if (!started.isValid() || started.timeSpec() != Qt::UTC)
            problems.append(where + u".startedDateTime is not ISO 8601 in UTC"_s);
        requireNumber(entry, u"time"_s, where, problems);
        if (!entry.value(u"cache"_s).isObject())
            problems.append(where + u".cache is not an object"_s);

        const QJsonObject timings = entry.value(u"timings"_s).toObject();
        for (const QString &key : {u"send"_s, u"wait"_s, u"receive"_s})
            requireNumber(timings, key, where + u".timings"_s, problems);
        if (timings.value(u"send"_s).toDouble() < 0 || timings.value(u"wait"_s).toDouble() < 0
            || timings.value(u"receive"_s).toDouble() < 0)
            problems.append(where + u".timings: send, wait and receive must not be -1"_s);

        const QString req = where + u".request"_s;
        const QJsonObject request = entry.value(u"request"_s).toObject();
        for (const QString &key : {u"method"_s, u"url"_s, u"httpVersion"_s})
            requireString(request, key, req, problems);
        for (const QString &key : {u"headers"_s, u"queryString"_s})
            requireNameValues(request, key, req, problems);
        if (!request.value(u"cookies"_s).isArray())
            problems.append(req + u".cookies is not an array"_s);
        requireNumber(request, u"headersSize"_s, req, problems);
        requireNumber(request, u"bodySize"_s, req, problems);
        if (request.contains(u"postData"_s)) {
            const QJsonObject post = request.value(u"postData"_s).toObject();
            requireString(post, u"mimeType"_s, req + u".postData"_s, problems);
            requireString(post, u"text"_s, req + u".postData"_s, problems);
            requireNameValues(post, u"params"_s, req + u".postData"_s, problems);
        }

        const QString resp = where + u".response"_s;
        const QJsonObject response = entry.value(u"response"_s).toObject();
        requireNumber(response, u"status"_s, resp, problems);
        for (const QString &key : {u"statusText"_s, u"httpVersion"_s, u"redirectURL"_s})
            requireString(response, key, resp, problems);
        requireNameValues(response, u"headers"_s, resp, problems);
        if (!response.value(u"cookies"_s).isArray())
            problems.append(resp + u".cookies is not an array"_s);
        requireNumber(response, u"headersSize"_s, resp, problems);
        requireNumber(response, u"bodySize"_s, resp, problems);
        const QJsonObject content = response.value(u"content"_s).toObject();
        requireNumber(content, u"size"_s, resp + u".content"_s, problems);
        requireString(content, u"mimeType"_s, resp + u".content"_s, problems);
        if (content.contains(u"text"_s))
            requireString(content, u"text"_s, resp + u".content"_s, problems);
    }
    return problems;
}

} // namespace

class tst_HarExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void isValidHar12();
    void carriesTheExchangesFields();
    void holdsNoSecretTokenOrPin();
    void emptyListIsValid();

private:
    ExchangeLog m_log;
};

void tst_HarExport::init()
{
    m_log.clear();
    m_log.addSecret(kSecret);
    m_log.addSecret(kToken);
    // Made by the Sandbox profile's client, which stamps each exchange with its profile.
    const auto record = [this](ExchangeLog::Entry entry) {
        entry.profile = u"Sandbox"_s;
        entry.sandbox = true;
        m_log.record(entry);
    };

    ExchangeLog::Entry token;
    token.startedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 10), Qt::UTC);
    token.method = "POST";
    token.url =
        u"http://127.0.0.1:9/oauth/client_credential/accesstoken?grant_type=client_credentials"_s;
    token.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    token.requestBody = "client_id=sandbox-client&client_secret=" + kSecret;
    token.status = 200;
    token.responseHeaders = {{"Content-Type", "application/json"}};
    token.responseBody = R"({"access_token":")" + kToken + R"(","expires_in":"3599"})";
    token.durationMs = 12;
    record(token);

    ExchangeLog::Entry check;
    check.startedAt = token.startedAt.addSecs(5);
    check.method = "POST";
    check.url = u"http://127.0.0.1:9/communication/nexmo/verify/check"_s;
    check.requestHeaders = {{"Authorization", "Bearer " + kToken},
                            {"Content-Type", "application/x-www-form-urlencoded"}};
    check.requestBody = "request_id=abc123&code=" + kPin;
    check.status = 200;
    check.responseHeaders = {{"Content-Type", "application/json"}};
    check.responseBody =
        R"({"request_id":"abc123","status":"16","error_text":"The code provided does not match"})";
    check.durationMs = 7;
    record(check);

    ExchangeLog::Entry search;
    search.method = "POST";
    search.url = u"http://127.0.0.1:9/communication/nexmo/verify/search"_s;
    search.requestHeaders = {{"Authorization", "Bearer " + kToken}};
    search.requestBody = "request_id=abc123";
    search.status = 200;
    search.responseBody =
        R"({"status":"SUCCESS","checks":[{"code":")" + kPin + R"(","status":"VALID"}]})";
    record(search);

    ExchangeLog::Entry failed;
    failed.method = "POST";
    failed.url = u"http://127.0.0.1:9/communication/nexmo/verify"_s;
    failed.requestBody = "number=31612345678&brand=Desk%20%26%20Co";
    failed.error = u"Connection refused"_s;
    record(failed);
}

void tst_HarExport::isValidHar12()
{
    const QByteArray json = HarExport::toJson(m_log.entries(), {});
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QStringList problems = harProblems(doc);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(doc.object().value(u"log"_s)[u"entries"_s].toArray().size(), 4);

    // The validator itself catches a broken document.
    QJsonObject broken = doc.object();
    QJsonObject log = broken.value(u"log"_s).toObject();
    QJsonArray entries = log.value(u"entries"_s).toArray();
    QJsonObject first = entries.first().toObject();
    first.remove(u"timings"_s);
    entries.replace(0, first);
    log.insert(u"entries"_s, entries);
    broken.insert(u"log"_s, log);
    QVERIFY(!harProblems(QJsonDocument(broken)).isEmpty());
}

void tst_HarExport::carriesTheExchangesFields()
{
    const QJsonObject har = HarExport::toHar(m_log.entries(), {u"Verify Desk"_s, u"9.9"_s});
    const QJsonObject log = har.value(u"log"_s).toObject();
    QCOMPARE(log.value(u"creator"_s)[u"name"_s].toString(), u"Verify Desk"_s);
    QCOMPARE(log.value(u"creator"_s)[u"version"_s].toString(), u"9.9"_s);
    const QJsonArray entries = log.value(u"entries"_s).toArray();

    const QJsonObject token = entries.at(0).toObject();
    QCOMPARE(token.value(u"startedDateTime"_s).toString(), u"2024-05-06T07:08:09.010Z"_s);
    QCOMPARE(token.value(u"time"_s).toInt(), 12);
    QCOMPARE(token.value(u"timings"_s)[u"wait"_s].toInt(), 12);
    const QJsonObject request = token.value(u"request"_s).toObject();
    QCOMPARE(request.value(u"method"_s).toString(), u"POST"_s);
    const QJsonArray query = request.value(u"queryString"_s).toArray();
    QCOMPARE(query.size(), 1);
    QCOMPARE(query.first()[u"name"_s].toString(), u"grant_type"_s);
    QCOMPARE(query.first()[u"value"_s].toString(), u"client_credentials"_s);
    const QJsonObject post = request.value(u"postData"_s).toObject();
    QCOMPARE(post.value(u"mimeType"_s).toString(), u"application/x-www-form-urlencoded"_s);
    const QJsonArray params = post.value(u"params"_s).toArray();
    QCOMPARE(params.size(), 2);
    QCOMPARE(params.at(0)[u"value"_s].toString(), u"sandbox-client"_s);
    QCOMPARE(params.at(1)[u"value"_s].toString(), u"[redacted]"_s);
    const QJsonObject response = token.value(u"response"_s).toObject();
    QCOMPARE(response.value(u"status"_s).toInt(), 200);
    QCOMPARE(response.value(u"statusText"_s).toString(), u"OK"_s);
    QCOMPARE(response.value(u"content"_s)[u"mimeType"_s].toString(), u"application/json"_s);

    const QJsonObject failed = entries.at(3).toObject();
    QCOMPARE(failed.value(u"response"_s)[u"status"_s].toInt(), 0);
    QCOMPARE(failed.value(u"response"_s)[u"_error"_s].toString(), u"Connection refused"_s);
    QCOMPARE(failed.value(u"request"_s)[u"postData"_s][u"params"_s][1][u"value"_s].toString(),
             u"Desk & Co"_s);
    QCOMPARE(failed.value(u"comment"_s).toString(), u"Sandbox"_s);
}

void tst_HarExport::holdsNoSecretTokenOrPin()
{
    const QByteArray json = HarExport::toJson(m_log.entries(), {});
    QVERIFY(!json.contains(kSecret));
    QVERIFY(!json.contains(kToken));
    QVERIFY(!json.contains(kPin));
    QVERIFY(json.contains("[redacted]"));
    // Not even in an encoded spelling.
    QVERIFY(!json.contains(kToken.toBase64()));
    QVERIFY(!json.contains(kSecret.toPercentEncoding()));
}

void tst_HarExport::emptyListIsValid()
{
    const QJsonDocument doc = QJsonDocument::fromJson(HarExport::toJson({}, {}));
    QVERIFY(harProblems(doc).isEmpty());
    QCOMPARE(doc.object().value(u"log"_s)[u"entries"_s].toArray().size(), 0);
}

QTEST_GUILESS_MAIN(tst_HarExport)
#include "tst_HarExport.moc"
