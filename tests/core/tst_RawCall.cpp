// VerifyClient::sendRaw() against the sandbox: what the client would refuse reaches the API and
// its own answer comes back, by the profile's way (token renewed once; the vendor's Basic
// credentials), at most once, never retried, every exchange masked in the log.

#include "SandboxRig.h"
#include "api/ExchangeLog.h"
#include "api/RawAnswer.h"
#include "api/VerifyClient.h"
#include "settings/ProfileConnection.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString kNumber = u"31612345678"_s;
using Params = QList<std::pair<QString, QString>>;

} // namespace

class tst_RawCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusedValuesReachTheApi_data();
    void refusedValuesReachTheApi();
    void repeatedKeysAndExtraParametersAreSent();
    void aRefusedTokenIsRenewedOnce();
    void throttledIsTheAnswerNotRetried();
    void anHttpErrorIsAnAnswerWithItsError();
    void noAnswerIsTheError();
    void theVendorsFlavourUsesBasicCredentials();

private:
    Outcome<RawAnswer> send(const QString &endpoint, const Params &params);
    int exchangesTo(const QString &suffix) const;

    std::unique_ptr<SandboxRig> m_rig;
};

void tst_RawCall::init()
{
    m_rig = std::make_unique<SandboxRig>();
    QVERIFY(m_rig->isListening());
    m_rig->client().rateGuard()->setInterval(RateGuard::Lane::Request, 0);
    m_rig->client().rateGuard()->setInterval(RateGuard::Lane::Search, 0);
}

void tst_RawCall::cleanup()
{
    m_rig.reset();
}

Outcome<RawAnswer> tst_RawCall::send(const QString &endpoint, const Params &params)
{
    std::optional<Outcome<RawAnswer>> result;
    m_rig->client().sendRaw(endpoint, params, this,
                            [&result](const Outcome<RawAnswer> &outcome) { result = outcome; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10'000))
        return ApiError(ApiError::Kind::Timeout, u"no callback"_s);
    return *result;
}

int tst_RawCall::exchangesTo(const QString &suffix) const
{
    int count = 0;
    for (const ExchangeLog::Entry &entry : m_rig->log().entries()) {
        if (QUrl(entry.url).path().endsWith(suffix))
            ++count;
    }
    return count;
}

void tst_RawCall::refusedValuesReachTheApi_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<Params>("params");
    QTest::addColumn<QString>("status");
    QTest::newRow("brand of 19") << QString()
                                 << Params {{u"number"_s, kNumber},
                                            {u"brand"_s, u"A brand of 19 chars"_s}}
                                 << u"3"_s;
    QTest::newRow("code_length 5")
        << QString()
        << Params {{u"number"_s, kNumber}, {u"brand"_s, u"Acme"_s}, {u"code_length"_s, u"5"_s}}
        << u"3"_s;
    QTest::newRow("no brand") << QString() << Params {{u"number"_s, kNumber}} << u"2"_s;
    QTest::newRow("unknown cmd") << u"control"_s
                                 << Params {{u"request_id"_s, u"abc"_s}, {u"cmd"_s, u"stop"_s}}
                                 << u"3"_s;
    QTest::newRow("unknown id") << u"search"_s << Params {{u"request_id"_s, u"abc"_s}} << u"101"_s;
}

void tst_RawCall::refusedValuesReachTheApi()
{
    QFETCH(QString, endpoint);
    QFETCH(Params, params);
    QFETCH(QString, status);
    const Outcome<RawAnswer> answer = send(endpoint, params);
    QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().detail()));
    QCOMPARE(answer.value().httpStatus, 200);
    QCOMPARE(answer.value().status.rawCode(), status);
    QVERIFY(!answer.value().error);
    QVERIFY(answer.value().exchangeId != 0);
    QVERIFY(answer.value().prettyBody().contains(u"\"status\": \"%1\""_s.arg(status)));
    QVERIFY(m_rig->control().messages(kNumber).isEmpty());
}

void tst_RawCall::repeatedKeysAndExtraParametersAreSent()
{
    const Outcome<RawAnswer> first =
        send({}, {{u"number"_s, kNumber}, {u"brand"_s, u"Acme"_s}, {u"colour"_s, u"blue"_s}});
    QVERIFY(first.ok());
    QVERIFY(first.value().status.isSuccess());
    const QString id = first.value().requestId;
    QVERIFY(!id.isEmpty());
    QVERIFY(m_rig->log().entries().constLast().requestBody.contains("colour=blue"));

    // Eleven request_ids: the client would split them, the API answers for itself.
    Params ids;
    for (int i = 0; i < 10; ++i)
        ids.append({u"request_ids"_s, u"%1"_s.arg(i)});
    ids.append({u"request_ids"_s, id});
    const Outcome<RawAnswer> search = send(u"search"_s, ids);
    QVERIFY(search.ok());
    QCOMPARE(exchangesTo(u"/search"_s), 1);
    QCOMPARE(m_rig->log().entries().constLast().requestBody.count("request_ids="), 11);
    QVERIFY2(!search.value().status.rawCode().isEmpty(), search.value().body.constData());
}

void tst_RawCall::aRefusedTokenIsRenewedOnce()
{
    QVERIFY(send(u"search"_s, {{u"request_id"_s, u"abc"_s}}).ok());
    QVERIFY(m_rig->control().reset()); // the sandbox forgets every token
    const Outcome<RawAnswer> answer = send(u"search"_s, {{u"request_id"_s, u"abc"_s}});
    QVERIFY(answer.ok());
    QCOMPARE(answer.value().status.rawCode(), u"101"_s);
    QCOMPARE(exchangesTo(u"/accesstoken"_s), 2);
    const QString token = m_rig->tokens().usableToken();
    for (const ExchangeLog::Entry &entry : m_rig->log().entries()) {
        QVERIFY(!entry.toText().contains(token));
        QVERIFY(!entry.toText().contains(u"sandbox-secret"_s));
    }
}

void tst_RawCall::throttledIsTheAnswerNotRetried()
{
    QVERIFY(m_rig->control().addFaults(
        R"([{"path":"/communication/nexmo/verify","verify_status":"1","count":3}])"));
    const Outcome<RawAnswer> answer = send({}, {{u"number"_s, kNumber}, {u"brand"_s, u"Acme"_s}});
    QVERIFY(answer.ok());
    QCOMPARE(answer.value().status.code(), VerifyStatus::Code::Throttled);
    QCOMPARE(exchangesTo(u"/verify"_s), 1);
}

void tst_RawCall::anHttpErrorIsAnAnswerWithItsError()
{
    QVERIFY(m_rig->control().addFaults(
        R"([{"path":"/search","status":503,"count":1,"body":"<html>down</html>"}])"));
    const Outcome<RawAnswer> answer = send(u"search"_s, {{u"request_id"_s, u"abc"_s}});
    QVERIFY(answer.ok());
    QCOMPARE(answer.value().httpStatus, 503);
    QVERIFY(answer.value().error);
    QVERIFY(answer.value().prettyBody().contains(u"<html>down</html>"_s));
    // Not retried, unlike the client's own searches.
    QCOMPARE(exchangesTo(u"/search"_s), 1);
}

void tst_RawCall::noAnswerIsTheError()
{
    ApiConfig config = m_rig->config();
    config.apiBaseUrl = QUrl(u"http://127.0.0.1:1/communication/nexmo/verify"_s);
    config.tokenUrl = QUrl(u"http://127.0.0.1:1/oauth"_s);
    m_rig->client().setConfig(config);
    const Outcome<RawAnswer> answer = send(u"check"_s, {{u"request_id"_s, u"abc"_s}});
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().kind(), ApiError::Kind::Network);
}

void tst_RawCall::theVendorsFlavourUsesBasicCredentials()
{
    Profile sandbox = Profile::sandbox();
    sandbox.flavour = ApiFlavour::VonageKey;
    m_rig->client().setConfig(ProfileConnection::configFor(
        sandbox, {}, {m_rig->server().baseUrl(), u"sandbox-client"_s, u"sandbox-secret"_s}));
    const Outcome<RawAnswer> answer = send(u"psd2"_s,
                                           {{u"number"_s, kNumber},
                                            {u"payee"_s, u"A payee of 19 chars"_s},
                                            {u"amount"_s, u"48.00"_s}});
    QVERIFY(answer.ok());
    QCOMPARE(answer.value().status.rawCode(), u"3"_s);
    QCOMPARE(exchangesTo(u"/accesstoken"_s), 0);
    const ExchangeLog::Entry entry = m_rig->log().entries().constLast();
    QVERIFY2(entry.url.endsWith(u"/verify/psd2/json"_s), qPrintable(entry.url));
    QVERIFY(!entry.toText().contains(u"sandbox-secret"_s));
}

QTEST_MAIN(tst_RawCall)
#include "tst_RawCall.moc"
