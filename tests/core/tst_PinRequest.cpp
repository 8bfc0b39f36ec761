// What both kinds of PIN request share: each kind's lg list as the vendor's spec lists it, and
// the number and options checked alike by a verification and a payment confirmation.

#include "api/Psd2Request.h"
#include "api/VerifyRequest.h"

#include <QTest>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// A change to the part both kinds share.
using Change = std::function<void(PinRequest &)>;

} // namespace

Q_DECLARE_METATYPE(Change)

class tst_PinRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languagesAreTheSpecsLists();
    void sharedFieldsAreCheckedAlike_data();
    void sharedFieldsAreCheckedAlike();
};

void tst_PinRequest::languagesAreTheSpecsLists()
{
    // vonage-verify-v1.openapi.yml: verifyRequest's lg, then psd2Request's, in the spec's order.
    const QStringList request {
        u"ar-xa"_s, u"cs-cz"_s,  u"cy-cy"_s, u"cy-gb"_s, u"da-dk"_s, u"de-de"_s, u"el-gr"_s,
        u"en-au"_s, u"en-gb"_s,  u"en-in"_s, u"en-us"_s, u"es-es"_s, u"es-mx"_s, u"es-us"_s,
        u"fi-fi"_s, u"fil-ph"_s, u"fr-ca"_s, u"fr-fr"_s, u"hi-in"_s, u"hu-hu"_s, u"id-id"_s,
        u"is-is"_s, u"it-it"_s,  u"ja-jp"_s, u"ko-kr"_s, u"nb-no"_s, u"nl-nl"_s, u"pl-pl"_s,
        u"pt-br"_s, u"pt-pt"_s,  u"ro-ro"_s, u"ru-ru"_s, u"sv-se"_s, u"th-th"_s, u"tr-tr"_s,
        u"vi-vn"_s, u"yue-cn"_s, u"zh-cn"_s, u"zh-tw"_s,
    };
    const QStringList psd2 {
        u"en-gb"_s, u"bg-bg"_s, u"cs-cz"_s, u"da-dk"_s, u"de-de"_s, u"ee-et"_s, u"el-gr"_s,
        u"es-es"_s, u"fi-fi"_s, u"fr-fr"_s, u"ga-ie"_s, u"hu-hu"_s, u"it-it"_s, u"lv-lv"_s,
        u"lt-lt"_s, u"mt-mt"_s, u"nl-nl"_s, u"pl-pl"_s, u"sk-sk"_s, u"sl-si"_s, u"sv-se"_s,
    };
    QCOMPARE(VerifyRequest::languages(), request);
    QCOMPARE(Psd2Request::languages(), psd2);
}

void tst_PinRequest::sharedFieldsAreCheckedAlike_data()
{
    QTest::addColumn<Change>("change"); // of a valid request of either kind
    QTest::addColumn<QString>("field"); // empty: still valid

    QTest::newRow("valid") << Change([](PinRequest &) {}) << QString();
    QTest::newRow("7 digits") << Change([](PinRequest &r) { r.number = u"3161234"_s; })
                              << QString();
    QTest::newRow("6 digits") << Change([](PinRequest &r) { r.number = u"316123"_s; })
                              << u"number"_s;
    QTest::newRow("16 digits") << Change([](PinRequest &r) { r.number = u"3161234567890123"_s; })
                               << u"number"_s;
    QTest::newRow("space") << Change([](PinRequest &r) { r.number = u"31 612345678"_s; })
                           << u"number"_s;
    QTest::newRow("country nl") << Change([](PinRequest &r) { r.country = u"nl"_s; }) << QString();
    QTest::newRow("country NLD") << Change([](PinRequest &r) { r.country = u"NLD"_s; })
                                 << u"country"_s;
    QTest::newRow("code length 6") << Change([](PinRequest &r) { r.codeLength = 6; }) << QString();
    QTest::newRow("code length 5")
        << Change([](PinRequest &r) { r.codeLength = 5; }) << u"code_length"_s;
    QTest::newRow("nl-nl, in both lists")
        << Change([](PinRequest &r) { r.language = u"nl-nl"_s; }) << QString();
    QTest::newRow("timings at their bounds") << Change([](PinRequest &r) {
        r.pinExpiry = 3600;
        r.nextEventWait = 60;
    }) << QString();
    QTest::newRow("pin expiry 3601")
        << Change([](PinRequest &r) { r.pinExpiry = 3601; }) << u"pin_expiry"_s;
    QTest::newRow("pin expiry before next event wait") << Change([](PinRequest &r) {
        r.pinExpiry = 59;
        r.nextEventWait = 901;
    }) << u"pin_expiry"_s;
    QTest::newRow("next event wait 901")
        << Change([](PinRequest &r) { r.nextEventWait = 901; }) << u"next_event_wait"_s;
    QTest::newRow("workflow 0") << Change([](PinRequest &r) { r.workflowId = 0; })
                                << u"workflow_id"_s;
    QTest::newRow("code length before workflow") << Change([](PinRequest &r) {
        r.workflowId = 8;
        r.codeLength = 8;
    }) << u"code_length"_s;
}

void tst_PinRequest::sharedFieldsAreCheckedAlike()
{
    QFETCH(Change, change);
    QFETCH(QString, field);
    VerifyRequest verification;
    verification.number = u"+31612345678"_s;
    verification.brand = u"Acme"_s;
    change(verification);
    Psd2Request payment;
    payment.number = u"+31612345678"_s;
    payment.payee = u"Acme Shop"_s;
    payment.amountCents = 4850;
    change(payment);

    const std::optional<ApiError> requestError = verification.validate();
    const std::optional<ApiError> paymentError = payment.validate();
    QCOMPARE(requestError ? requestError->field() : QString(), field);
    QCOMPARE(paymentError ? paymentError->field() : QString(), field);
    if (requestError) {
        QCOMPARE(requestError->kind(), ApiError::Kind::InvalidInput);
        QVERIFY(!requestError->message().isEmpty());
        QCOMPARE(paymentError->message(), requestError->message());
    }
}

QTEST_GUILESS_MAIN(tst_PinRequest)
#include "tst_PinRequest.moc"
