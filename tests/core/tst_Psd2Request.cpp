// A PSD2 payment confirmation: its own rules before anything is sent, and the whole flow against
// the sandbox's vendor routes (request on /verify/psd2/json, the phone's message naming payee and
// amount, check, search and control as for any request).

#include "RequestSamples.h"
#include "SandboxRig.h"
#include "api/ExchangeLog.h"
#include "api/Psd2Request.h"
#include "api/VerifyClient.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Psd2Request)

namespace {

const QString kNumber = u"31612345678"_s;

Psd2Request payment()
{
    Psd2Request request;
    request.number = kNumber;
    request.payee = u"Acme Shop"_s;
    request.amountCents = 4850;
    return request;
}

} // namespace

class tst_Psd2Request : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void validate_data();
    void validate();
    void amountIsSentInEurosWithAPoint_data();
    void amountIsSentInEurosWithAPoint();

    void everyParameterIsSentAsAForm();
    void theSandboxAcceptsEveryLanguageTheClientOffers();
    void confirmationNamesPayeeAndAmountAndIsChecked();
    void itsIdIsSearchedAndControlledAsAnyRequest();
    void badPayeeOrAmountIsNotSent_data();
    void badPayeeOrAmountIsNotSent();
    void kpnProfileSendsNothing();

private:
    Outcome<RequestResult> send(const Psd2Request &request);
    template<typename T>
    Outcome<T> run(const std::function<ApiJob *(VerifyClient::Callback<T>)> &start);
    int exchanges() const { return static_cast<int>(m_rig->log().entries().size()); }

    std::unique_ptr<SandboxRig> m_rig;
};

void tst_Psd2Request::init()
{
    sandbox::SandboxOptions options;
    options.simulator.instantSearch = true;
    m_rig = std::make_unique<SandboxRig>(options);
    QVERIFY(m_rig->isListening());
    // The vendor's flavour: the API key and secret (the sandbox's client id and secret) on the
    // server's own routes, /verify/...
    ApiConfig config = m_rig->config();
    config.flavour = ApiFlavour::VonageKey;
    config.tokenUrl = QUrl();
    config.apiBaseUrl = m_rig->server().baseUrl();
    config.proxyMode = ApiConfig::ProxyMode::None;
    m_rig->client().setConfig(config);
    m_rig->client().setThrottleRetryDelays({});
}

void tst_Psd2Request::cleanup()
{
    m_rig.reset();
}

template<typename T>
Outcome<T> tst_Psd2Request::run(const std::function<ApiJob *(VerifyClient::Callback<T>)> &start)
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

Outcome<RequestResult> tst_Psd2Request::send(const Psd2Request &request)
{
    return run<RequestResult>([&](VerifyClient::Callback<RequestResult> done) {
        return m_rig->client().requestPsd2(request, this, std::move(done));
    });
}

void tst_Psd2Request::validate_data()
{
    QTest::addColumn<Psd2Request>("request");
    QTest::addColumn<QString>("field"); // empty: valid

    QTest::newRow("valid") << payment() << QString();
    Psd2Request r = payment();
    r.payee = u"  "_s;
    QTest::newRow("blank payee") << r << u"payee"_s;
    r = payment();
    r.payee = QString(18, u'x');
    QTest::newRow("payee of 18") << r << QString();
    r.payee = QString(19, u'x');
    QTest::newRow("payee of 19") << r << u"payee"_s;
    r = payment();
    r.amountCents = 0;
    QTest::newRow("no amount") << r << u"amount"_s;
    r.amountCents = -100;
    QTest::newRow("negative amount") << r << u"amount"_s;
    r.amountCents = 1;
    QTest::newRow("one cent") << r << QString();
    r.amountCents = Psd2Request::kMaxAmountCents;
    QTest::newRow("largest amount") << r << QString();
    r.amountCents = Psd2Request::kMaxAmountCents + 1;
    QTest::newRow("amount too large") << r << u"amount"_s;
    r = payment();
    r.number = u"12ab"_s;
    r.payee.clear();
    QTest::newRow("number before payee") << r << u"number"_s;
    r = payment();
    r.payee.clear();
    r.workflowId = 8;
    QTest::newRow("payee before options") << r << u"payee"_s;
    r = payment();
    r.workflowId = 8;
    QTest::newRow("workflow 8") << r << u"workflow_id"_s;
    r.workflowId = 7;
    QTest::newRow("workflow 7") << r << QString();
    r = payment();
    r.language = u"ar-xa"_s; // a request's language, not a payment confirmation's
    QTest::newRow("ar-xa") << r << u"lg"_s;
    r.language = u"ga-ie"_s; // a payment confirmation's, not a request's
    QTest::newRow("ga-ie") << r << QString();
    r = payment();
    r.codeLength = 5;
    QTest::newRow("code length 5") << r << u"code_length"_s;
    r = payment();
    r.pinExpiry = 30;
    QTest::newRow("pin expiry 30") << r << u"pin_expiry"_s;
    r = payment();
    r.country = u"N1"_s;
    QTest::newRow("country N1") << r << u"country"_s;
}

void tst_Psd2Request::validate()
{
    QFETCH(Psd2Request, request);
    QFETCH(QString, field);
    const std::optional<ApiError> error = request.validate();
    QCOMPARE(error ? error->field() : QString(), field);
    if (error) {
        QCOMPARE(error->kind(), ApiError::Kind::InvalidInput);
        QVERIFY(!error->message().isEmpty());
    }
}

void tst_Psd2Request::amountIsSentInEurosWithAPoint_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("48.50") << qint64(4850) << u"48.50"_s;
    QTest::newRow("0.05") << qint64(5) << u"0.05"_s;
    QTest::newRow("1000.00") << qint64(100000) << u"1000.00"_s;
    QTest::newRow("largest") << Psd2Request::kMaxAmountCents << u"999999999.99"_s;
}

void tst_Psd2Request::amountIsSentInEurosWithAPoint()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    Psd2Request request = payment();
    request.amountCents = cents;
    // Whatever the user's locale: the API reads a decimal point.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    QCOMPARE(request.amountText(), text);
    QLocale::setDefault(before);
}

// The client's list and the simulator's are separate readings of the spec; they must agree.
void tst_Psd2Request::theSandboxAcceptsEveryLanguageTheClientOffers()
{
    int n = 0;
    for (const QString &language : Psd2Request::languages()) {
        Psd2Request request = payment();
        request.number = u"316120000%1"_s.arg(n++, 2, 10, QLatin1Char('0'));
        request.language = language;
        const Outcome<RequestResult> sent = send(request);
        QVERIFY2(sent.ok(), qPrintable(language));
        QVERIFY2(sent.value().status.isSuccess(), qPrintable(language));
    }
}

void tst_Psd2Request::everyParameterIsSentAsAForm()
{
    Psd2Request request = payment();
    request.number = u" +31612345678"_s;
    request.country = u"NL"_s;
    RequestSamples::setEveryOption(request);
    const Outcome<RequestResult> sent = send(request);
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().detail()));
    QCOMPARE(m_rig->log().entries().constLast().requestBody,
             QByteArray("number=31612345678&payee=Acme%20Shop&amount=48.50&country=NL"
                        "&code_length=6&lg=nl-nl&pin_expiry=240&next_event_wait=120"
                        "&workflow_id=2"));
}

void tst_Psd2Request::confirmationNamesPayeeAndAmountAndIsChecked()
{
    Psd2Request request = payment();
    request.language = u"nl-nl"_s;
    request.codeLength = 6;
    const Outcome<RequestResult> sent = send(request);
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().detail()));
    QCOMPARE(sent.value().status.code(), VerifyStatus::Code::Success);
    const QString requestId = sent.value().requestId;
    QVERIFY(!requestId.isEmpty());

    // It went to the vendor's PSD2 route, as a form naming payee and amount.
    const ExchangeLog::Entry entry = m_rig->log().entries().constLast();
    QVERIFY2(entry.url.endsWith(u"/verify/psd2/json"_s), qPrintable(entry.url));

    const QJsonArray messages = m_rig->control().messages(kNumber);
    QCOMPARE(messages.size(), 1);
    const QJsonObject message = messages.first().toObject();
    QCOMPARE(message.value(u"request_id"_s).toString(), requestId);
    const QString text = message.value(u"text"_s).toString();
    QVERIFY2(text.contains(u"Acme Shop"_s), qPrintable(text));
    QVERIFY2(text.contains(u"48.50"_s), qPrintable(text));
    const QString code = message.value(u"code"_s).toString();
    QCOMPARE(code.size(), 6);

    const Outcome<CheckResult> checked = run<CheckResult>(
        [&](auto done) { return m_rig->client().check(requestId, code, this, std::move(done)); });
    QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().detail()));
    QCOMPARE(checked.value().requestId, requestId);
}

void tst_Psd2Request::itsIdIsSearchedAndControlledAsAnyRequest()
{
    const Outcome<RequestResult> sent = send(payment());
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().detail()));
    const QString requestId = sent.value().requestId;

    const Outcome<SearchResult> found = run<SearchResult>(
        [&](auto done) { return m_rig->client().search(requestId, this, std::move(done)); });
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().detail()));
    QVERIFY(found.value().isKnown());
    QCOMPARE(found.value().number, kNumber);

    // A second one for the same number is the live request's status 10, as for any request.
    const Outcome<RequestResult> again = send(payment());
    QVERIFY(again.ok());
    QVERIFY(again.value().alreadyInProgress());
    QCOMPARE(again.value().requestId, requestId);

    QVERIFY(m_rig->control().advance(31));
    const Outcome<ControlResult> cancelled = run<ControlResult>([&](auto done) {
        return m_rig->client().control(requestId, VerifyClient::Command::Cancel, this,
                                       std::move(done));
    });
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.ok() ? QString() : cancelled.error().detail()));
}

void tst_Psd2Request::badPayeeOrAmountIsNotSent_data()
{
    QTest::addColumn<QString>("payee");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words"); // what the message says
    QTest::newRow("no payee") << QString() << qint64(4850) << u"payee"_s << u"payee"_s;
    QTest::newRow("long payee") << u"Acme Shop International"_s << qint64(4850) << u"payee"_s
                                << u"18"_s;
    QTest::newRow("no amount") << u"Acme Shop"_s << qint64(0) << u"amount"_s << u"amount"_s;
}

void tst_Psd2Request::badPayeeOrAmountIsNotSent()
{
    QFETCH(QString, payee);
    QFETCH(qint64, cents);
    QFETCH(QString, field);
    QFETCH(QString, words);
    Psd2Request request = payment();
    request.payee = payee;
    request.amountCents = cents;
    const Outcome<RequestResult> sent = send(request);
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().kind(), ApiError::Kind::InvalidInput);
    QCOMPARE(sent.error().field(), field);
    QVERIFY2(sent.error().message().contains(words), qPrintable(sent.error().message()));
    QCOMPARE(exchanges(), 0);
    QCOMPARE(m_rig->control().messages(kNumber).size(), 0);
}

void tst_Psd2Request::kpnProfileSendsNothing()
{
    // KPN's Swagger has no PSD2 route: the client says so instead of guessing one.
    m_rig->client().setConfig(m_rig->config());
    const Outcome<RequestResult> sent = send(payment());
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().kind(), ApiError::Kind::Config);
    QVERIFY2(sent.error().message().contains(u"PSD2"_s), qPrintable(sent.error().message()));
    QCOMPARE(exchanges(), 0);
    QCOMPARE(m_rig->control().messages(kNumber).size(), 0);
}

QTEST_GUILESS_MAIN(tst_Psd2Request)
#include "tst_Psd2Request.moc"
