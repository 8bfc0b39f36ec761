#include "api/VerifyStatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_VerifyStatus : public QObject
{
    Q_OBJECT

private slots:
    void everyDocumentedCodeIsKnown_data();
    void everyDocumentedCodeIsKnown();
    void allCodesMatchesTheDocumentedList();
    void textsDifferBetweenCodes();
    void vendorTexts_data();
    void vendorTexts();
    void classification_data();
    void classification();
    void unknownCodes_data();
    void unknownCodes();
    void noStatus();
    void fromIntAndConstructor();
    void equality();
    void numeric_data();
    void numeric();
    void searchStatus_data();
    void searchStatus();
    void searchStatusRoundTrip();
    void searchAnswerRoundTrip();
    void checkStatus_data();
    void checkStatus();
};

namespace {
// The codes of vonage-verify-v1.openapi.yml and the KPN Swagger.
const int kDocumentedCodes[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 16, 17, 18, 19, 20, 29, 101};
} // namespace

void tst_VerifyStatus::everyDocumentedCodeIsKnown_data()
{
    QTest::addColumn<QString>("raw");
    for (const int code : kDocumentedCodes)
        QTest::addRow("%d", code) << QString::number(code);
}

void tst_VerifyStatus::everyDocumentedCodeIsKnown()
{
    QFETCH(QString, raw);
    const VerifyStatus status = VerifyStatus::fromString(raw);
    QVERIFY(status.isKnown());
    QCOMPARE(int(status.code()), raw.toInt());
    QCOMPARE(status.rawCode(), raw);
    QVERIFY(!status.vendorText().isEmpty());
    QVERIFY(!status.title().isEmpty());
    QVERIFY2(status.explanation().endsWith(u'.'), qPrintable(status.explanation()));
    QVERIFY2(status.nextStep().endsWith(u'.'), qPrintable(status.nextStep()));
    QVERIFY(status.explanation() != status.nextStep());
    QVERIFY(status.category() != VerifyStatus::Category::Unknown);
    QCOMPARE(status.isSuccess(), raw == u"0"_s);
    QCOMPARE(status.category() == VerifyStatus::Category::Success, raw == u"0"_s);
}

void tst_VerifyStatus::allCodesMatchesTheDocumentedList()
{
    QList<int> expected(std::begin(kDocumentedCodes), std::end(kDocumentedCodes));
    QList<int> actual;
    for (const VerifyStatus::Code code : VerifyStatus::allCodes())
        actual.append(int(code));
    QCOMPARE(actual, expected);
}

void tst_VerifyStatus::textsDifferBetweenCodes()
{
    QSet<QString> vendor, titles, explanations, steps;
    for (const VerifyStatus::Code code : VerifyStatus::allCodes()) {
        const VerifyStatus status(code);
        vendor.insert(status.vendorText());
        titles.insert(status.title());
        explanations.insert(status.explanation());
        steps.insert(status.nextStep());
    }
    const qsizetype count = VerifyStatus::allCodes().size();
    QCOMPARE(vendor.size(), count);
    QCOMPARE(titles.size(), count);
    QCOMPARE(explanations.size(), count);
    QCOMPARE(steps.size(), count);
}

void tst_VerifyStatus::vendorTexts_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("vendorText");
    QTest::newRow("1") << u"1"_s << u"Throttled"_s;
    QTest::newRow("4") << u"4"_s << u"Invalid credentials were provided"_s;
    QTest::newRow("9") << u"9"_s << u"Partner quota exceeded"_s;
    QTest::newRow("10") << u"10"_s
                        << u"Concurrent verifications to the same number are not allowed"_s;
    QTest::newRow("16") << u"16"_s << u"The code inserted does not match the expected value"_s;
    QTest::newRow("18") << u"18"_s << u"Too many request_ids provided"_s;
    QTest::newRow("29") << u"29"_s << u"Non-Permitted Destination"_s;
    QTest::newRow("101") << u"101"_s << u"No response found"_s;
}

void tst_VerifyStatus::vendorTexts()
{
    QFETCH(QString, raw);
    QFETCH(QString, vendorText);
    QCOMPARE(VerifyStatus::fromString(raw).vendorText(), vendorText);
}

void tst_VerifyStatus::classification_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<VerifyStatus::Code>("code");
    QTest::addColumn<VerifyStatus::Category>("category");
    QTest::addColumn<bool>("retryable");

    using C = VerifyStatus::Code;
    using K = VerifyStatus::Category;
    QTest::newRow("0") << u"0"_s << C::Success << K::Success << false;
    QTest::newRow("1") << u"1"_s << C::Throttled << K::Transient << true;
    QTest::newRow("2") << u"2"_s << C::MissingParameter << K::Request << false;
    QTest::newRow("3") << u"3"_s << C::InvalidParameter << K::Request << false;
    QTest::newRow("4") << u"4"_s << C::InvalidCredentials << K::Account << false;
    QTest::newRow("5") << u"5"_s << C::InternalError << K::Transient << true;
    QTest::newRow("6") << u"6"_s << C::Unprocessable << K::Business << false;
    QTest::newRow("7") << u"7"_s << C::NumberBlacklisted << K::Business << false;
    QTest::newRow("8") << u"8"_s << C::AccountBarred << K::Account << false;
    QTest::newRow("9") << u"9"_s << C::PartnerQuotaExceeded << K::Account << false;
    QTest::newRow("10") << u"10"_s << C::ConcurrentVerification << K::Business << false;
    QTest::newRow("15") << u"15"_s << C::UnsupportedNetwork << K::Business << false;
    QTest::newRow("16") << u"16"_s << C::WrongCode << K::Business << false;
    QTest::newRow("17") << u"17"_s << C::TooManyWrongCodes << K::Business << false;
    QTest::newRow("18") << u"18"_s << C::TooManyRequestIds << K::Request << false;
    QTest::newRow("19") << u"19"_s << C::CannotCancelOrAdvance << K::Business << false;
    QTest::newRow("20") << u"20"_s << C::PinCodeNotSupported << K::Account << false;
    QTest::newRow("29") << u"29"_s << C::NonPermittedDestination << K::Account << false;
    QTest::newRow("101") << u"101"_s << C::NoResponseFound << K::Business << false;
    QTest::newRow("padded 16") << u" 16\n"_s << C::WrongCode << K::Business << false;
}

void tst_VerifyStatus::classification()
{
    QFETCH(QString, raw);
    QFETCH(VerifyStatus::Code, code);
    QFETCH(VerifyStatus::Category, category);
    QFETCH(bool, retryable);

    const VerifyStatus status = VerifyStatus::fromString(raw);
    QCOMPARE(status.code(), code);
    QCOMPARE(status.rawCode(), raw.trimmed());
    QCOMPARE(status.category(), category);
    QCOMPARE(status.isRetryable(), retryable);
    QCOMPARE(status.isBusinessError(), category == VerifyStatus::Category::Business);
    QCOMPARE(status.isConfigurationProblem(), category == VerifyStatus::Category::Account);
}

void tst_VerifyStatus::unknownCodes_data()
{
    QTest::addColumn<QString>("raw");
    QTest::newRow("11") << u"11"_s;
    QTest::newRow("42") << u"42"_s;
    QTest::newRow("100") << u"100"_s;
    QTest::newRow("1010") << u"1010"_s;
    QTest::newRow("negative") << u"-1"_s;
    QTest::newRow("text") << u"IN PROGRESS"_s;
    QTest::newRow("hex") << u"0x10"_s;
    QTest::newRow("decimal") << u"16.0"_s;
    QTest::newRow("huge") << u"99999999999999999999"_s;
    QTest::newRow("leading zeros") << u"0000"_s;
    QTest::newRow("leading zero") << u"016"_s;
}

void tst_VerifyStatus::unknownCodes()
{
    QFETCH(QString, raw);
    const VerifyStatus status = VerifyStatus::fromString(raw);
    QVERIFY(!status.isKnown());
    QCOMPARE(status.code(), VerifyStatus::Code::Unknown);
    QCOMPARE(status.rawCode(), raw);
    QVERIFY(!status.isSuccess());
    QVERIFY(!status.isRetryable());
    QVERIFY(!status.isBusinessError());
    QVERIFY(!status.isConfigurationProblem());
    QCOMPARE(status.category(), VerifyStatus::Category::Unknown);
    QVERIFY(status.vendorText().isEmpty());
    QVERIFY2(status.explanation().contains(raw), qPrintable(status.explanation()));
    QVERIFY2(status.title().contains(raw), qPrintable(status.title()));
    QVERIFY(!status.nextStep().isEmpty());
}

void tst_VerifyStatus::noStatus()
{
    for (const VerifyStatus &status : {VerifyStatus(), VerifyStatus::fromString(u"  "_s)}) {
        QVERIFY(!status.isKnown());
        QVERIFY(status.rawCode().isEmpty());
        QVERIFY(!status.explanation().isEmpty());
        QVERIFY(!status.title().isEmpty());
        QVERIFY(!status.nextStep().isEmpty());
    }
}

void tst_VerifyStatus::fromIntAndConstructor()
{
    QCOMPARE(VerifyStatus::fromInt(16).code(), VerifyStatus::Code::WrongCode);
    QCOMPARE(VerifyStatus::fromInt(101).rawCode(), u"101"_s);
    QCOMPARE(VerifyStatus::fromInt(-1).code(), VerifyStatus::Code::Unknown);
    QCOMPARE(VerifyStatus::fromInt(-1).rawCode(), u"-1"_s);
    QCOMPARE(VerifyStatus::fromInt(12).code(), VerifyStatus::Code::Unknown);

    const VerifyStatus wrong(VerifyStatus::Code::WrongCode);
    QCOMPARE(wrong.rawCode(), u"16"_s);
    QVERIFY(wrong.isKnown());
    // A value outside the table is not smuggled in as known.
    const VerifyStatus odd(static_cast<VerifyStatus::Code>(12));
    QVERIFY(!odd.isKnown());
    QVERIFY(odd.explanation().contains(u"12"_s));
}

void tst_VerifyStatus::equality()
{
    QCOMPARE(VerifyStatus::fromString(u"16"_s), VerifyStatus(VerifyStatus::Code::WrongCode));
    QVERIFY(VerifyStatus::fromString(u"16"_s) != VerifyStatus::fromString(u"17"_s));
    QVERIFY(VerifyStatus::fromString(u"42"_s) != VerifyStatus::fromString(u"43"_s));
    QCOMPARE(VerifyStatus::fromString(u"42"_s), VerifyStatus::fromString(u"42"_s));
}

void tst_VerifyStatus::numeric_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("numeric");
    QTest::newRow("documented") << u"16"_s << true;
    QTest::newRow("undocumented") << u"42"_s << true;
    QTest::newRow("padded") << u" 0 "_s << true;
    QTest::newRow("search state") << u"IN PROGRESS"_s << false;
    QTest::newRow("signed") << u"-1"_s << false;
    QTest::newRow("digits and letters") << u"1a"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_VerifyStatus::numeric()
{
    QFETCH(QString, raw);
    QFETCH(bool, numeric);
    const VerifyStatus status = VerifyStatus::fromString(raw);
    QCOMPARE(status.isNumeric(), numeric);
    if (!numeric)
        QVERIFY(!status.isKnown());
}

void tst_VerifyStatus::searchStatus_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<SearchResult::Status>("expected");
    QTest::addColumn<bool>("final");

    using S = SearchResult::Status;
    QTest::newRow("IN PROGRESS") << u"IN PROGRESS"_s << S::InProgress << false;
    QTest::newRow("SUCCESS") << u"SUCCESS"_s << S::Success << true;
    QTest::newRow("FAILED") << u"FAILED"_s << S::Failed << true;
    QTest::newRow("EXPIRED") << u"EXPIRED"_s << S::Expired << true;
    QTest::newRow("CANCELLED") << u"CANCELLED"_s << S::Cancelled << true;
    QTest::newRow("lower case") << u"in progress"_s << S::InProgress << false;
    QTest::newRow("padded") << u" SUCCESS "_s << S::Success << true;
    QTest::newRow("underscore") << u"IN_PROGRESS"_s << S::Other << false;
    QTest::newRow("US spelling") << u"CANCELED"_s << S::Other << false;
    QTest::newRow("error status 101") << u"101"_s << S::Unknown << false;
    QTest::newRow("padded 101") << u" 101 "_s << S::Unknown << false;
    QTest::newRow("other status") << u"6"_s << S::Other << false;
    QTest::newRow("empty") << QString() << S::Other << false;
}

void tst_VerifyStatus::searchStatus()
{
    QFETCH(QString, raw);
    QFETCH(SearchResult::Status, expected);
    QFETCH(bool, final);

    const auto status = SearchResult::statusFromText(raw);
    QCOMPARE(status, expected);
    QCOMPARE(SearchResult::isFinal(status), final);
    QVERIFY(!VerifyStatus::searchStatusLabel(status).isEmpty());
    QVERIFY(VerifyStatus::searchStatusDescription(status).endsWith(u'.'));
}

void tst_VerifyStatus::searchStatusRoundTrip()
{
    using S = SearchResult::Status;
    const S all[] = {S::InProgress, S::Success, S::Failed, S::Expired, S::Cancelled};
    QSet<QString> labels, descriptions;
    for (const S status : all) {
        QCOMPARE(SearchResult::statusFromText(SearchResult::statusName(status)), status);
        labels.insert(VerifyStatus::searchStatusLabel(status));
        descriptions.insert(VerifyStatus::searchStatusDescription(status));
    }
    QCOMPARE(labels.size(), qsizetype(std::size(all)));
    QCOMPARE(descriptions.size(), qsizetype(std::size(all)));
    QCOMPARE(SearchResult::statusName(S::InProgress), u"IN PROGRESS"_s);
    QCOMPARE(VerifyStatus::searchStatusLabel(S::InProgress), u"In progress"_s);
    QVERIFY(SearchResult::statusName(S::Unknown).isEmpty());
    QVERIFY(SearchResult::statusName(S::Other).isEmpty());
}

void tst_VerifyStatus::searchAnswerRoundTrip()
{
    // A search answer as the vendor documents it: every field read, and written back the same.
    const QJsonObject answer {
        {u"request_id"_s, u"abcdef0123456789abcdef0123456789"_s},
        {u"account_id"_s, u"abcdef01"_s},
        {u"status"_s, u"SUCCESS"_s},
        {u"number"_s, u"447700900000"_s},
        {u"price"_s, u"0.10000000"_s},
        {u"currency"_s, u"EUR"_s},
        {u"sender_id"_s, u"mySenderId"_s},
        {u"date_submitted"_s, u"2020-01-01 12:00:00"_s},
        {u"date_finalized"_s, u"2020-01-01 12:00:00"_s},
        {u"first_event_date"_s, u"2020-01-01 12:00:00"_s},
        {u"last_event_date"_s, u"2020-01-01 12:00:01"_s},
        {u"estimated_price_messages_sent"_s, u"0.03330000"_s},
        {u"checks"_s,
         QJsonArray {QJsonObject {{u"date_received"_s, u"2020-01-01 12:00:00"_s},
                                  {u"status"_s, u"VALID"_s}}}},
        {u"events"_s,
         QJsonArray {QJsonObject {{u"type"_s, u"sms"_s}, {u"id"_s, u"0A00000012345678"_s}}}},
    };
    QString error;
    const SearchResult result = SearchResult::fromJson(answer, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(result.status, SearchResult::Status::Success);
    QCOMPARE(result.lastEventDate, QDateTime(QDate(2020, 1, 1), QTime(12, 0, 1), Qt::UTC));
    QCOMPARE(result.estimatedPriceMessagesSent, u"0.03330000"_s);
    QCOMPARE(result.toJson(), answer);

    // Empty fields are left out; an unknown request has no checks or events.
    const QJsonObject unknown = SearchResult::unknown(u"r1"_s, u"No response found"_s).toJson();
    QCOMPARE(unknown,
             (QJsonObject {{u"request_id"_s, u"r1"_s},
                           {u"status"_s, u"101"_s},
                           {u"error_text"_s, u"No response found"_s}}));
}

void tst_VerifyStatus::checkStatus_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<VerifyStatus::CheckStatus>("expected");
    using S = VerifyStatus::CheckStatus;
    QTest::newRow("VALID") << u"VALID"_s << S::Valid;
    QTest::newRow("INVALID") << u"INVALID"_s << S::Invalid;
    QTest::newRow("lower") << u"invalid"_s << S::Invalid;
    QTest::newRow("other") << u"PENDING"_s << S::Unknown;
    QTest::newRow("empty") << QString() << S::Unknown;
}

void tst_VerifyStatus::checkStatus()
{
    QFETCH(QString, raw);
    QFETCH(VerifyStatus::CheckStatus, expected);
    const auto status = VerifyStatus::parseCheckStatus(raw);
    QCOMPARE(status, expected);
    QVERIFY(!VerifyStatus::checkStatusLabel(status).isEmpty());
    if (status != VerifyStatus::CheckStatus::Unknown)
        QCOMPARE(VerifyStatus::checkStatusName(status), raw.toUpper());
    QVERIFY(VerifyStatus::checkStatusLabel(VerifyStatus::CheckStatus::Valid)
            != VerifyStatus::checkStatusLabel(VerifyStatus::CheckStatus::Invalid));
}

QTEST_GUILESS_MAIN(tst_VerifyStatus)
#include "tst_VerifyStatus.moc"
