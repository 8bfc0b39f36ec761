#include "BashRun.h"
#include "SandboxRig.h"
#include "api/ExchangeLog.h"
#include "api/TokenClient.h"
#include "api/VerifyClient.h"
#include "inspector/CurlCommand.h"
#include "inspector/ExchangeFormatter.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kNumber = u"31612345678"_s;

ExchangeLog::Entry formEntry(const QString &url, const QByteArray &body,
                             const ExchangeLog::Headers &extra = {})
{
    ExchangeLog::Entry entry;
    entry.method = "POST";
    entry.url = url;
    entry.requestHeaders = extra;
    entry.requestHeaders.emplaceBack("Accept", "application/json");
    entry.requestHeaders.emplaceBack("Content-Type", "application/x-www-form-urlencoded");
    entry.requestBody = body;
    entry.status = 200;
    return entry;
}

// The copied command with more curl options on its last line.
QString withOptions(const QString &command, const QString &options)
{
    return command.trimmed() + u' ' + options;
}

QStringList sortedKeys(const QByteArray &json)
{
    QStringList keys = QJsonDocument::fromJson(json).object().keys();
    keys.sort();
    return keys;
}

} // namespace

class tst_CurlCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotingSurvivesBash_data();
    void quotingSurvivesBash();
    void tokenRequestCopiesWithTheSecretVariable();
    void bearerHeaderIsAVariableWithAComment();
    void formFieldsAreDataUrlencoded();
    void maskedPinStaysMaskedUnlessRevealed();
    void maskedQuerySecretBecomesTheVariable();
    void commandRunByBashMakesTheSameCalls();
};

void tst_CurlCommand::quotingSurvivesBash_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"abc"_s;
    QTest::newRow("single quote") << u"it's"_s;
    QTest::newRow("dollar and backticks") << u"$HOME `id` $(id) ${X}"_s;
    QTest::newRow("double quotes and backslash") << u"a \"b\" \\c\\"_s;
    QTest::newRow("history and glob") << u"!! * ? [a] ~"_s;
    QTest::newRow("newline and tab") << u"one\ntwo\tthree"_s;
    QTest::newRow("unicode") << u"Caf\u00e9 & Co \u20ac"_s;
    QTest::newRow("empty") << QString();
}

void tst_CurlCommand::quotingSurvivesBash()
{
    QFETCH(QString, text);
    const BashResult result = runBash(u"printf %s "_s + CurlCommand::quote(text),
                                      QProcessEnvironment::systemEnvironment());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QString::fromUtf8(result.out), text);
}

void tst_CurlCommand::tokenRequestCopiesWithTheSecretVariable()
{
    ExchangeLog log;
    log.addSecret("sandbox-secret");
    log.record(formEntry(
        u"http://127.0.0.1:1/oauth/client_credential/accesstoken?grant_type=client_credentials"_s,
        "client_id=sandbox-client&client_secret=sandbox-secret"));
    const QString command = CurlCommand::fromEntry(log.entries().constFirst());
    QVERIFY2(command.contains(u"--data-urlencode \"client_secret=$KPN_CLIENT_SECRET\""),
             qPrintable(command));
    QVERIFY(command.contains(u"--data-urlencode 'client_id=sandbox-client'"));
    QVERIFY(command.contains(
        u"'http://127.0.0.1:1/oauth/client_credential/accesstoken?grant_type=client_credentials'"));
    QVERIFY(!command.contains(u"sandbox-secret"));
    QVERIFY(!command.contains(u"[redacted]"));
    // A comment says how to set the variable, before the command.
    const QStringList lines = command.split(u'\n');
    QVERIFY(lines.first().startsWith(u"# "));
    QVERIFY(lines.first().contains(u"KPN_CLIENT_SECRET"));
    QVERIFY(!command.contains(u"KPN_TOKEN"));
}

void tst_CurlCommand::bearerHeaderIsAVariableWithAComment()
{
    ExchangeLog log;
    log.record(formEntry(u"https://api-prd.kpn.com/communication/nexmo/verify/search"_s,
                         "request_id=abc", {{"Authorization", "Bearer S3cr3tT0k3nValue"}}));
    const QString command = CurlCommand::fromEntry(log.entries().constFirst());
    QVERIFY2(command.contains(u"-H \"Authorization: Bearer $KPN_TOKEN\""), qPrintable(command));
    QVERIFY(!command.contains(u"S3cr3tT0k3n"));
    QVERIFY(!command.contains(u"[redacted]"));
    const QStringList lines = command.split(u'\n');
    QVERIFY(lines.first().startsWith(u"# "));
    QVERIFY(lines.first().contains(u"KPN_TOKEN"));
    // The comment shows where a token comes from: the same host's token endpoint.
    QVERIFY(command.contains(u"'https://api-prd.kpn.com/oauth/client_credential/"
                             u"accesstoken?grant_type=client_credentials'"));
    QVERIFY(command.contains(u"-X 'POST'"));
    QVERIFY(command.contains(u"-H 'Accept: application/json'"));
}

void tst_CurlCommand::formFieldsAreDataUrlencoded()
{
    const ExchangeLog::Entry entry = formEntry(u"http://h/communication/nexmo/verify"_s,
                                               "number=31612345678&brand=Desk%20%26%20Co&sender_id="
                                               "It%27s%20%24me&request_ids=a&request_ids=b");
    const QString command = CurlCommand::fromEntry(entry);
    QVERIFY(command.contains(u"--data-urlencode 'number=31612345678'"));
    QVERIFY(command.contains(u"--data-urlencode 'brand=Desk & Co'"));
    QVERIFY(command.contains(u"--data-urlencode 'sender_id=It'\\''s $me'"));
    QCOMPARE(command.count(u"--data-urlencode 'request_ids="_s), 2);
    QVERIFY(!command.startsWith(u"#")); // nothing to set
    QVERIFY(command.startsWith(u"curl "));
}

void tst_CurlCommand::maskedPinStaysMaskedUnlessRevealed()
{
    ExchangeLog log;
    ExchangeLog::Entry check =
        formEntry(u"http://h/communication/nexmo/verify/check"_s, "request_id=abc&code=4821",
                  {{"Authorization", "Bearer T0k3nT0k3n"}});
    // Each exchange carries the profile of the client that made it.
    check.profile = u"Sandbox"_s;
    check.sandbox = true;
    const quint64 id = log.record(check);
    const ExchangeLog::Entry entry = log.entries().constFirst();
    QVERIFY(entry.pinRevealable);
    const QString masked = CurlCommand::fromEntry(entry);
    QVERIFY(masked.contains(u"--data-urlencode 'code=[redacted]'"));
    QVERIFY(!masked.contains(u"4821"));
    QVERIFY(masked.contains(u"# The PIN is masked"));
    const QString revealed = CurlCommand::fromEntry(entry, log.revealPin(id));
    QVERIFY(revealed.contains(u"--data-urlencode 'code=4821'"));
    QVERIFY(!revealed.contains(u"The PIN is masked"));

    // Outside the Sandbox no PIN is kept at all.
    ExchangeLog production;
    ExchangeLog::Entry elsewhere =
        formEntry(u"http://h/communication/nexmo/verify/check"_s, "request_id=abc&code=4821");
    elsewhere.profile = u"KPN production"_s;
    const quint64 other = production.record(elsewhere);
    QVERIFY(!production.entries().constFirst().pinRevealable);
    QVERIFY(production.revealPin(other).isEmpty());
    QCOMPARE(production.entries().constFirst().profile, u"KPN production"_s);
}

void tst_CurlCommand::maskedQuerySecretBecomesTheVariable()
{
    ExchangeLog log;
    ExchangeLog::Entry entry;
    entry.method = "GET";
    entry.url = u"http://h/verify/json?api_key=k&api_secret=zzzzzz&brand=A%20B"_s;
    log.record(entry);
    const QString command = CurlCommand::fromEntry(log.entries().constFirst());
    const QString urlWord =
        u"\"http://h/verify/json?api_key=k&api_secret=$VONAGE_API_SECRET&brand=A%20B\""_s;
    QVERIFY2(command.contains(urlWord), qPrintable(command));
    QVERIFY(command.contains(u"-X 'GET'"));
    QVERIFY(!command.contains(u"zzzzzz"));
    // The vendor's secret, named as the vendor's.
    QVERIFY(command.startsWith(u"# Set VONAGE_API_KEY and VONAGE_API_SECRET"));
    QVERIFY(!command.contains(u"KPN_CLIENT_SECRET"));
    // bash expands it to the URL with the secret in place.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"VONAGE_API_SECRET"_s, u"s3cr3t"_s);
    const BashResult result = runBash(u"printf %s "_s + urlWord, env);
    QCOMPARE(result.out,
             QByteArray("http://h/verify/json?api_key=k&api_secret=s3cr3t&brand=A%20B"));
}

void tst_CurlCommand::commandRunByBashMakesTheSameCalls()
{
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        QSKIP("curl is not installed");

    SandboxRig rig;
    QVERIFY(rig.isListening());
    // The command searches right after its check: search's 101 minute after completion (the
    // vendor's rule, on by default in the sandbox) is switched off here.
    rig.server().setInstantSearch(true);
    SandboxControl &control = rig.control();
    ExchangeLog &log = rig.log();
    VerifyClient &client = rig.client();
    ApiConfig config = rig.config();
    config.profileName = u"Sandbox"_s; // stamped on each exchange the client makes
    config.sandbox = true;
    client.setConfig(config);

    // The app's own calls: token, request, check with the right PIN, search.
    VerifyRequest params;
    params.number = kNumber;
    params.brand = u"Desk & Co"_s;
    std::optional<Outcome<RequestResult>> requested;
    client.request(params, this, [&](const Outcome<RequestResult> &o) { requested = o; });
    QTRY_VERIFY_WITH_TIMEOUT(requested.has_value(), 10'000);
    QVERIFY(requested->ok());
    const QString requestId = requested->value().requestId;
    std::optional<Outcome<CheckResult>> checked;
    client.check(requestId, control.lastCode(kNumber), this,
                 [&](const Outcome<CheckResult> &o) { checked = o; });
    QTRY_VERIFY_WITH_TIMEOUT(checked.has_value(), 10'000);
    QVERIFY(checked->ok());
    std::optional<Outcome<SearchResult>> found;
    client.search(requestId, this, [&](const Outcome<SearchResult> &o) { found = o; });
    QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10'000);
    QVERIFY(found->ok());

    const QList<ExchangeLog::Entry> entries = log.entries();
    QCOMPARE(entries.size(), 4);
    const ExchangeLog::Entry &tokenEntry = entries.at(0);
    const ExchangeLog::Entry &requestEntry = entries.at(1);
    const ExchangeLog::Entry &searchEntry = entries.at(3);
    QCOMPARE(ExchangeFormatter::endpoint(tokenEntry), ExchangeFormatter::Endpoint::Token);
    QCOMPARE(ExchangeFormatter::endpoint(requestEntry), ExchangeFormatter::Endpoint::Request);
    QCOMPARE(ExchangeFormatter::endpoint(searchEntry), ExchangeFormatter::Endpoint::Search);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KPN_CLIENT_ID"_s, u"sandbox-client"_s);
    env.insert(u"KPN_CLIENT_SECRET"_s, u"sandbox-secret"_s);
    env.remove(u"http_proxy"_s);
    env.remove(u"HTTP_PROXY"_s);
    env.remove(u"all_proxy"_s);
    env.remove(u"ALL_PROXY"_s);

    // 1. The token request, run as copied, mints a token of the same shape.
    const BashResult token =
        runBash(withOptions(CurlCommand::fromEntry(tokenEntry), u"-sS"_s), env);
    QVERIFY2(token.exitCode == 0, token.err.constData());
    const QJsonObject tokenAnswer = QJsonDocument::fromJson(token.out).object();
    QCOMPARE(sortedKeys(token.out), sortedKeys(entries.at(0).responseBody));
    const QString accessToken = tokenAnswer.value(u"access_token"_s).toString();
    QVERIFY(!accessToken.isEmpty());

    // 2. The comment's recipe for KPN_TOKEN works too.
    const QString requestCommand = CurlCommand::fromEntry(requestEntry);
    QString recipe;
    for (const QString &line : requestCommand.split(u'\n')) {
        if (line.startsWith(u"# export KPN_TOKEN="))
            recipe = line.mid(2);
    }
    QVERIFY2(!recipe.isEmpty(), qPrintable(requestCommand));
    const BashResult fromRecipe = runBash(recipe + u"; printf %s \"$KPN_TOKEN\""_s, env);
    QCOMPARE(fromRecipe.exitCode, 0);
    QVERIFY(!fromRecipe.out.isEmpty());
    QVERIFY(fromRecipe.out != accessToken.toUtf8()); // a fresh one

    // 3. The request, run as copied with the token set, sends a new SMS to the same number.
    env.insert(u"KPN_TOKEN"_s, accessToken);
    QCOMPARE(control.messages(kNumber).size(), 1);
    const BashResult again = runBash(withOptions(requestCommand, u"-sS"_s), env);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(answer.value(u"status"_s).toString(), u"0"_s);
    QCOMPARE(sortedKeys(again.out), sortedKeys(requestEntry.responseBody));
    QVERIFY(answer.value(u"request_id"_s).toString() != requestId);
    const QJsonArray messages = control.messages(kNumber);
    QCOMPARE(messages.size(), 2);
    const QJsonObject sms = messages.last().toObject();
    QCOMPARE(sms.value(u"channel"_s).toString(), u"sms"_s);
    QCOMPARE(sms.value(u"request_id"_s).toString(), answer.value(u"request_id"_s).toString());
    QVERIFY(sms.value(u"text"_s).toString().contains(u"Desk & Co")); // the brand went through

    // 4. The search, run as copied, finds the same request in the same state.
    const BashResult search =
        runBash(withOptions(CurlCommand::fromEntry(searchEntry), u"-sS"_s), env);
    QVERIFY2(search.exitCode == 0, search.err.constData());
    const QJsonObject searchAnswer = QJsonDocument::fromJson(search.out).object();
    QCOMPARE(searchAnswer.value(u"request_id"_s).toString(), requestId);
    QCOMPARE(searchAnswer.value(u"status"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(sortedKeys(search.out), sortedKeys(searchEntry.responseBody));

    // 5. Without the token the same command is refused: the header really carries it.
    env.insert(u"KPN_TOKEN"_s, u"not-a-token"_s);
    const BashResult refused = runBash(
        withOptions(CurlCommand::fromEntry(searchEntry), u"-sS -o /dev/null -w '%{http_code}'"_s),
        env);
    QCOMPARE(refused.out, QByteArray("401"));
}

QTEST_GUILESS_MAIN(tst_CurlCommand)
#include "tst_CurlCommand.moc"
