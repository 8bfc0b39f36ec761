#include "BashRun.h"
#include "SandboxRig.h"
#include "api/ExchangeLog.h"
#include "api/VerifyClient.h"
#include "inspector/CurlCommand.h"
#include "inspector/ExchangeFormatter.h"
#include "inspector/HarExport.h"
#include "settings/ProfileConnection.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString kNumber = u"31612345678"_s;
const QString kKey = u"sandbox-client"_s;
const QString kSecret = u"sandbox-secret"_s;

// The bytes a log, export or message must never hold: the secret, and the Basic credential
// that carries it.
QList<QByteArray> secretForms()
{
    return {kSecret.toUtf8(), (kKey + u':' + kSecret).toUtf8().toBase64()};
}

QByteArray headerOf(const ExchangeLog::Entry &entry, const QByteArray &name)
{
    for (const auto &[key, value] : entry.requestHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

// A profile of the vendor's flavour against the sandbox's vendor routes: the API key and secret
// as HTTP Basic credentials on every call, no token, and the secret masked wherever an exchange
// goes (the log, cURL, HAR).
class tst_VonageFlavour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void configOfEachKindAndFlavour();
    void fullFlowOnTheVendorsRoutes();
    void wrongSecretIsRefusedClearly();
    void missingSecretIsRefusedClearly();
    void curlCopiesTheCredentialsAsVariables();
    void harHoldsNoSecret();

private:
    template<typename T>
    Outcome<T> run(const std::function<ApiJob *(VerifyClient::Callback<T>)> &start);
    Outcome<RequestResult> request();
    void verifyNoSecretIn(const QByteArray &text);

    std::unique_ptr<SandboxRig> m_rig;
    VerifyClient *m_client = nullptr;
    ApiConfig m_config;
};

void tst_VonageFlavour::init()
{
    sandbox::SandboxOptions options;
    options.simulator.instantSearch = true; // these flows search right after a check
    m_rig = std::make_unique<SandboxRig>(options);
    QVERIFY(m_rig->isListening());
    m_client = &m_rig->client();
    m_client->rateGuard()->setInterval(RateGuard::Lane::Request, 0);
    m_client->rateGuard()->setInterval(RateGuard::Lane::Search, 0);
    // As the app configures the Sandbox when it speaks the vendor's flavour.
    Profile sandbox = Profile::sandbox();
    sandbox.flavour = ApiFlavour::VonageKey;
    m_config =
        ProfileConnection::configFor(sandbox, {}, {m_rig->server().baseUrl(), kKey, kSecret});
    m_client->setConfig(m_config);
}

void tst_VonageFlavour::cleanup()
{
    m_rig.reset();
}

template<typename T>
Outcome<T> tst_VonageFlavour::run(const std::function<ApiJob *(VerifyClient::Callback<T>)> &start)
{
    std::optional<Outcome<T>> result;
    int calls = 0;
    start([&](const Outcome<T> &outcome) {
        result = outcome;
        ++calls;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15'000);
    }();
    QCoreApplication::processEvents();
    [&] {
        QCOMPARE(calls, 1);
    }();
    return result.value_or(Outcome<T>(ApiError::aborted()));
}

Outcome<RequestResult> tst_VonageFlavour::request()
{
    VerifyRequest params;
    params.number = kNumber;
    params.brand = u"VerifyDesk"_s;
    return run<RequestResult>([&](VerifyClient::Callback<RequestResult> done) {
        return m_client->request(params, this, std::move(done));
    });
}

void tst_VonageFlavour::verifyNoSecretIn(const QByteArray &text)
{
    for (const QByteArray &secret : secretForms())
        QVERIFY2(!text.contains(secret), text.constData());
}

void tst_VonageFlavour::configOfEachKindAndFlavour()
{
    const SandboxEndpoint endpoint {QUrl(u"http://127.0.0.1:4567"_s), kKey, kSecret};
    // The Sandbox speaking KPN's flavour: its gateway paths and token URL.
    const ApiConfig kpn = ProfileConnection::configFor(Profile::sandbox(), {}, endpoint);
    QCOMPARE(kpn.flavour, ApiFlavour::KpnOAuth);
    QCOMPARE(kpn.apiBaseUrl, QUrl(u"http://127.0.0.1:4567/communication/nexmo/verify"_s));
    QVERIFY(kpn.tokenUrl.isValid());
    // Speaking the vendor's: the server's root, where /verify/json is; no token URL.
    QCOMPARE(m_config.flavour, ApiFlavour::VonageKey);
    QCOMPARE(m_config.apiBaseUrl.path(), u"/"_s);
    QVERIFY(m_config.tokenUrl.isEmpty());
    QCOMPARE(m_config.clientId, kKey);
    QCOMPARE(m_config.clientSecret, kSecret);
    // A Vonage profile: the vendor's URL, its key, the secret from the keychain; a token URL left
    // in it from before is not used.
    Profile vonage = Profile::vonage(u"Vonage"_s);
    vonage.clientId = u"abcd1234"_s;
    vonage.tokenUrl = QUrl(u"https://left.over.example/token"_s);
    const ApiConfig config = ProfileConnection::configFor(vonage, u"s3cr3t-s3cr3t"_s, endpoint);
    QCOMPARE(config.flavour, ApiFlavour::VonageKey);
    QCOMPARE(config.apiBaseUrl, QUrl(u"https://api.nexmo.com"_s));
    QVERIFY(config.tokenUrl.isEmpty());
    QCOMPARE(config.clientId, u"abcd1234"_s);
    QCOMPARE(config.clientSecret, u"s3cr3t-s3cr3t"_s);
    QVERIFY(!config.sandbox);
}

void tst_VonageFlavour::fullFlowOnTheVendorsRoutes()
{
    SandboxControl &control = m_rig->control();
    const Outcome<RequestResult> requested = request();
    QVERIFY2(requested.ok(), qPrintable(requested.ok() ? QString() : requested.error().detail()));
    const QString id = requested.value().requestId;
    QCOMPARE(id.size(), 32);
    QCOMPARE(control.messages(kNumber).size(), 1);

    const Outcome<CheckResult> checked =
        run<CheckResult>([&](VerifyClient::Callback<CheckResult> done) {
            return m_client->check(id, control.lastCode(kNumber), this, std::move(done));
        });
    QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().detail()));
    QCOMPARE(checked.value().requestId, id);

    const Outcome<SearchResult> found =
        run<SearchResult>([&](VerifyClient::Callback<SearchResult> done) {
            return m_client->search(id, this, std::move(done));
        });
    QVERIFY(found.ok());
    QCOMPARE(found.value().status, SearchResult::Status::Success);

    // A second request to cancel: control on the vendor's route too.
    const QString other = u"31687654321"_s;
    VerifyRequest params;
    params.number = other;
    params.brand = u"VerifyDesk"_s;
    const Outcome<RequestResult> second =
        run<RequestResult>([&](VerifyClient::Callback<RequestResult> done) {
            return m_client->request(params, this, std::move(done));
        });
    QVERIFY(second.ok());
    const Outcome<ControlResult> triggered =
        run<ControlResult>([&](VerifyClient::Callback<ControlResult> done) {
            return m_client->control(second.value().requestId,
                                     VerifyClient::Command::TriggerNextEvent, this,
                                     std::move(done));
        });
    QVERIFY2(triggered.ok(), qPrintable(triggered.ok() ? QString() : triggered.error().detail()));
    QCOMPARE(triggered.value().command, u"trigger_next_event"_s);

    // Every call went to the vendor's routes with Basic credentials, masked; no token was asked.
    const QList<ExchangeLog::Entry> entries = m_rig->log().entries();
    QStringList paths;
    for (const ExchangeLog::Entry &entry : entries) {
        paths.append(QUrl(entry.url).path());
        QVERIFY2(headerOf(entry, "Authorization").startsWith("Basic [redacted] #"),
                 headerOf(entry, "Authorization").constData());
        verifyNoSecretIn(entry.url.toUtf8());
        verifyNoSecretIn(entry.requestBody);
        verifyNoSecretIn(entry.responseBody);
        for (const auto &[name, value] : entry.requestHeaders)
            verifyNoSecretIn(value);
    }
    QCOMPARE(paths,
             (QStringList {u"/verify/json"_s, u"/verify/check/json"_s, u"/verify/search/json"_s,
                           u"/verify/json"_s, u"/verify/control/json"_s}));
    // The inspector names each as it names KPN's.
    using Endpoint = ExchangeFormatter::Endpoint;
    QList<Endpoint> endpoints;
    for (const ExchangeLog::Entry &entry : entries)
        endpoints.append(ExchangeFormatter::endpoint(entry));
    QCOMPARE(endpoints,
             (QList<Endpoint> {Endpoint::Request, Endpoint::Check, Endpoint::Search,
                               Endpoint::Request, Endpoint::Control}));
}

void tst_VonageFlavour::wrongSecretIsRefusedClearly()
{
    m_config.clientSecret = u"wrong-secret"_s;
    m_client->setConfig(m_config);
    const Outcome<RequestResult> requested = request();
    QVERIFY(!requested.ok());
    const ApiError &error = requested.error();
    QCOMPARE(error.kind(), ApiError::Kind::Business);
    QCOMPARE(error.verifyStatus().code(), VerifyStatus::Code::InvalidCredentials);
    QCOMPARE(error.serverText(), u"Invalid credentials were provided"_s);
    QCOMPARE(error.message(), ApiError::businessMessage(error.verifyStatus()));
    // Worded for both flavours: the vendor calls it an API key, KPN a client id.
    QVERIFY2(error.message().contains(u"API key"), qPrintable(error.message()));
    QVERIFY(!error.message().contains(u"wrong-secret"));
    QVERIFY(m_rig->control().messages(kNumber).isEmpty());
    // Sent once: a refused key is not a refused token, nothing is fetched or retried.
    QCOMPARE(m_rig->log().entries().size(), 1);
    QVERIFY(!m_rig->log().entries().constFirst().requestBody.contains("wrong-secret"));
}

void tst_VonageFlavour::missingSecretIsRefusedClearly()
{
    m_config.clientSecret.clear();
    m_client->setConfig(m_config);
    const Outcome<SearchResult> found =
        run<SearchResult>([&](VerifyClient::Callback<SearchResult> done) {
            return m_client->search(u"0123456789abcdef0123456789abcdef"_s, this, std::move(done));
        });
    QVERIFY(!found.ok());
    QCOMPARE(found.error().verifyStatus().code(), VerifyStatus::Code::MissingParameter);
    QCOMPARE(found.error().serverText(), u"Missing api_secret"_s);
}

void tst_VonageFlavour::curlCopiesTheCredentialsAsVariables()
{
    const Outcome<RequestResult> requested = request();
    QVERIFY(requested.ok());
    const ExchangeLog::Entry entry = m_rig->log().entries().constLast();
    // Done with, so that the same number may be sent another code.
    const Outcome<CheckResult> checked =
        run<CheckResult>([&](VerifyClient::Callback<CheckResult> done) {
            return m_client->check(requested.value().requestId, m_rig->control().lastCode(kNumber),
                                   this, std::move(done));
        });
    QVERIFY(checked.ok());
    const QString command = CurlCommand::fromEntry(entry);
    QVERIFY2(command.contains(u"-u \"$VONAGE_API_KEY:$VONAGE_API_SECRET\""), qPrintable(command));
    QVERIFY2(command.startsWith(u"# Set VONAGE_API_KEY and VONAGE_API_SECRET"),
             qPrintable(command));
    QVERIFY(!command.contains(u"KPN_"));
    verifyNoSecretIn(command.toUtf8());

    // Run by bash with the two set, it sends the same request: a second SMS.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"VONAGE_API_KEY"_s, kKey);
    env.insert(u"VONAGE_API_SECRET"_s, kSecret);
    for (const QString &proxy : {u"http_proxy"_s, u"HTTP_PROXY"_s, u"all_proxy"_s, u"ALL_PROXY"_s})
        env.remove(proxy);
    const BashResult again = runBash(command.trimmed() + u" -sS"_s, env);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(answer.value(u"status"_s).toString(), u"0"_s);
    QCOMPARE(m_rig->control().messages(kNumber).size(), 2);
}

void tst_VonageFlavour::harHoldsNoSecret()
{
    const Outcome<RequestResult> requested = request();
    QVERIFY(requested.ok());
    const QByteArray har = HarExport::toJson(m_rig->log().entries(), {});
    verifyNoSecretIn(har);
    const QJsonArray entries = QJsonDocument::fromJson(har)
                                   .object()
                                   .value(u"log"_s)
                                   .toObject()
                                   .value(u"entries"_s)
                                   .toArray();
    QCOMPARE(entries.size(), 1);
    bool basic = false;
    const QJsonArray headers =
        entries.first().toObject().value(u"request"_s).toObject().value(u"headers"_s).toArray();
    for (const QJsonValue header : headers) {
        if (header.toObject().value(u"name"_s).toString() == u"Authorization")
            basic =
                header.toObject().value(u"value"_s).toString().startsWith(u"Basic [redacted] #");
    }
    QVERIFY(basic);
}

QTEST_GUILESS_MAIN(tst_VonageFlavour)
#include "tst_VonageFlavour.moc"
