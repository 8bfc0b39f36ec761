#include "EnumKeys.h"
#include "api/VerifyStatus.h"
#include "history/HistoryEvent.h"
#include "history/HistoryRecord.h"
#include "inspector/ExchangeFormatter.h"
#include "phone/PhoneNumber.h"
#include "settings/Profile.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The keys are stored in history databases of earlier versions: each must stay as it is, and every
// value of an enum must have one. Every value of an enum that is shown has a name, the English
// source text of its translation.
class tst_EnumKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookupBothWays();
    void fallbackAndNames();
    void historyEventKinds_data();
    void historyEventKinds();
    void historyStatuses_data();
    void historyStatuses();
    void names_data();
    void names();
};

namespace {

enum class Colour { Red, Green, Blue };
constexpr EnumKey<Colour> kColours[] = {{Colour::Red, "red"}, {Colour::Green, "GREEN"}};
constexpr EnumKey<Colour> kNamedColours[] = {
    {Colour::Red, "red", QT_TRANSLATE_NOOP("tst_EnumKeys", "Red")}, {Colour::Green, "green"}};
constexpr EnumName<Colour> kColourNames[] = {{Colour::Blue, "Blue ✓"}};

} // namespace

void tst_EnumKeys::lookupBothWays()
{
    QCOMPARE(keyOf(kColours, Colour::Red), u"red"_s);
    QCOMPARE(keyOf(kColours, Colour::Green), u"GREEN"_s);
    QVERIFY(keyOf(kColours, Colour::Blue).isEmpty()); // not in the table
    QCOMPARE(enumOf(kColours, u"red"), std::optional(Colour::Red));
    QCOMPARE(enumOf(kColours, u"green"), std::nullopt);
    QCOMPARE(enumOf(kColours, u"green", Qt::CaseInsensitive), std::optional(Colour::Green));
    QCOMPARE(enumOf(kColours, u"blue"), std::nullopt);
    QCOMPARE(enumOf(kColours, u""), std::nullopt);
}

void tst_EnumKeys::fallbackAndNames()
{
    bool ok = false;
    QCOMPARE(enumOr(kColours, u"GREEN", Colour::Blue, &ok), Colour::Green);
    QVERIFY(ok);
    QCOMPARE(enumOr(kColours, u"green", Colour::Blue, &ok), Colour::Blue);
    QVERIFY(!ok);
    QCOMPARE(enumOr(kColours, u"red", Colour::Blue), Colour::Red);
    QCOMPARE(nameOf("tst_EnumKeys", kNamedColours, Colour::Red), u"Red"_s);
    QVERIFY(nameOf("tst_EnumKeys", kNamedColours, Colour::Green).isEmpty()); // has no name
    QVERIFY(nameOf("tst_EnumKeys", kNamedColours, Colour::Blue).isEmpty()); // not in the table
    QCOMPARE(nameOf("tst_EnumKeys", kColourNames, Colour::Blue), u"Blue ✓"_s); // UTF-8
}

void tst_EnumKeys::historyEventKinds_data()
{
    QTest::addColumn<HistoryEvent::Kind>("kind");
    QTest::addColumn<QString>("key");
    using Kind = HistoryEvent::Kind;
    QTest::newRow("requested") << Kind::Requested << u"requested"_s;
    QTest::newRow("check valid") << Kind::CheckValid << u"check_valid"_s;
    QTest::newRow("check invalid") << Kind::CheckInvalid << u"check_invalid"_s;
    QTest::newRow("cancel") << Kind::Cancel << u"cancel"_s;
    QTest::newRow("next event") << Kind::NextEvent << u"next_event"_s;
    QTest::newRow("search") << Kind::SearchRefresh << u"search"_s;
    QTest::newRow("error") << Kind::Error << u"error"_s;
    QTest::newRow("outcome") << Kind::Outcome << u"outcome"_s;
}

void tst_EnumKeys::historyEventKinds()
{
    QFETCH(HistoryEvent::Kind, kind);
    QFETCH(QString, key);
    QCOMPARE(HistoryEvent::kindKey(kind), key);
    bool ok = false;
    QCOMPARE(HistoryEvent::kindFromKey(key, &ok), kind);
    QVERIFY(ok);
    QCOMPARE(HistoryEvent::kindFromKey(key.toUpper() + u"?"_s, &ok), HistoryEvent::Kind::Error);
    QVERIFY(!ok);
}

void tst_EnumKeys::historyStatuses_data()
{
    QTest::addColumn<HistoryRecord::Status>("status");
    QTest::addColumn<QString>("key");
    using Status = HistoryRecord::Status;
    QTest::newRow("in progress") << Status::InProgress << u"in_progress"_s;
    QTest::newRow("verified") << Status::Verified << u"verified"_s;
    QTest::newRow("failed") << Status::Failed << u"failed"_s;
    QTest::newRow("expired") << Status::Expired << u"expired"_s;
    QTest::newRow("cancelled") << Status::Cancelled << u"cancelled"_s;
    QTest::newRow("error") << Status::Error << u"error"_s;
}

void tst_EnumKeys::historyStatuses()
{
    QFETCH(HistoryRecord::Status, status);
    QFETCH(QString, key);
    QCOMPARE(HistoryRecord::statusKey(status), key);
    bool ok = false;
    QCOMPARE(HistoryRecord::statusFromKey(key, &ok), status);
    QVERIFY(ok);
    QCOMPARE(HistoryRecord::statusFromKey(u"verified "_s, &ok), HistoryRecord::Status::Error);
    QVERIFY(!ok);
}

void tst_EnumKeys::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *what, const QString &name, const char16_t *expected) {
        QTest::newRow(what) << name << QString::fromUtf16(expected);
    };
    using Kind = HistoryEvent::Kind;
    row("event requested", HistoryEvent::kindName(Kind::Requested), u"Requested");
    row("event check valid", HistoryEvent::kindName(Kind::CheckValid), u"Code correct");
    row("event check invalid", HistoryEvent::kindName(Kind::CheckInvalid), u"Code wrong");
    row("event cancel", HistoryEvent::kindName(Kind::Cancel), u"Cancelled");
    row("event next event", HistoryEvent::kindName(Kind::NextEvent), u"Next event triggered");
    row("event search", HistoryEvent::kindName(Kind::SearchRefresh), u"Status refreshed");
    row("event error", HistoryEvent::kindName(Kind::Error), u"Error");
    row("event outcome", HistoryEvent::kindName(Kind::Outcome), u"Outcome");

    using Status = HistoryRecord::Status;
    row("status in progress", HistoryRecord::statusName(Status::InProgress), u"In progress");
    row("status verified", HistoryRecord::statusName(Status::Verified), u"Verified");
    row("status failed", HistoryRecord::statusName(Status::Failed), u"Failed");
    row("status expired", HistoryRecord::statusName(Status::Expired), u"Expired");
    row("status cancelled", HistoryRecord::statusName(Status::Cancelled), u"Cancelled");
    row("status error", HistoryRecord::statusName(Status::Error), u"Error");

    using Check = VerifyStatus::CheckStatus;
    row("check valid", VerifyStatus::checkStatusLabel(Check::Valid), u"Correct code");
    row("check invalid", VerifyStatus::checkStatusLabel(Check::Invalid), u"Wrong code");
    row("check unknown", VerifyStatus::checkStatusLabel(Check::Unknown), u"Unknown");

    using Endpoint = ExchangeFormatter::Endpoint;
    row("endpoint token", ExchangeFormatter::endpointName(Endpoint::Token), u"Token");
    row("endpoint request", ExchangeFormatter::endpointName(Endpoint::Request), u"Request");
    row("endpoint check", ExchangeFormatter::endpointName(Endpoint::Check), u"Check");
    row("endpoint search", ExchangeFormatter::endpointName(Endpoint::Search), u"Search");
    row("endpoint control", ExchangeFormatter::endpointName(Endpoint::Control), u"Control");
    row("endpoint other", ExchangeFormatter::endpointName(Endpoint::Other), u"Other");

    using Outcome = ExchangeFormatter::OutcomeKind;
    row("outcome ok", ExchangeFormatter::outcomeName(Outcome::Ok), u"OK");
    row("outcome business", ExchangeFormatter::outcomeName(Outcome::BusinessError),
        u"Business error");
    row("outcome http", ExchangeFormatter::outcomeName(Outcome::HttpError), u"HTTP error");
    row("outcome network", ExchangeFormatter::outcomeName(Outcome::NetworkError), u"Network error");

    using Type = PhoneNumber::Type;
    row("type mobile", PhoneNumber::typeName(Type::Mobile), u"mobile");
    row("type fixed line", PhoneNumber::typeName(Type::FixedLine), u"landline");
    row("type either", PhoneNumber::typeName(Type::FixedLineOrMobile), u"landline or mobile");
    row("type toll-free", PhoneNumber::typeName(Type::TollFree), u"toll-free");
    row("type premium", PhoneNumber::typeName(Type::PremiumRate), u"premium rate");
    row("type shared cost", PhoneNumber::typeName(Type::SharedCost), u"shared cost");
    row("type voip", PhoneNumber::typeName(Type::Voip), u"internet telephony (VoIP)");
    row("type personal", PhoneNumber::typeName(Type::Personal), u"personal number");
    row("type pager", PhoneNumber::typeName(Type::Pager), u"pager");
    row("type uan", PhoneNumber::typeName(Type::Uan), u"company number (UAN)");
    row("type voicemail", PhoneNumber::typeName(Type::Voicemail), u"voicemail");
    row("type unknown", PhoneNumber::typeName(Type::Unknown), u"unknown");

    row("profile sandbox", Profile::kindName(Profile::Kind::Sandbox), u"Sandbox (built in)");
    row("profile kpn", Profile::kindName(Profile::Kind::KpnProduction), u"KPN production");
    row("profile custom", Profile::kindName(Profile::Kind::Custom), u"Custom");
    row("profile vonage", Profile::kindName(Profile::Kind::Vonage), u"Vonage (API key and secret)");

    using Field = Profile::Field;
    row("field name", Profile::fieldName(Field::Name), u"Name");
    row("field token url", Profile::fieldName(Field::TokenUrl), u"Token URL");
    row("field api base url", Profile::fieldName(Field::ApiBaseUrl), u"API base URL");
    row("field client id", Profile::fieldName(Field::ClientId), u"Client id");
    row("field brand", Profile::fieldName(Field::Brand), u"Brand");
    row("field country", Profile::fieldName(Field::Country), u"Country");
    row("field code length", Profile::fieldName(Field::CodeLength), u"Code length");
    row("field language", Profile::fieldName(Field::Language), u"Language");
    row("field workflow", Profile::fieldName(Field::WorkflowId), u"Workflow");
    row("field pin expiry", Profile::fieldName(Field::PinExpiry), u"PIN expiry");
    row("field next event wait", Profile::fieldName(Field::NextEventWait), u"Next event wait");
    row("field sender id", Profile::fieldName(Field::SenderId), u"Sender id");
    row("field timeout", Profile::fieldName(Field::Timeout), u"Timeout");
    row("field proxy host", Profile::fieldName(Field::ProxyHost), u"Proxy host");
    row("field proxy port", Profile::fieldName(Field::ProxyPort), u"Proxy port");
    row("field ca file", Profile::fieldName(Field::CaFile), u"CA file");
    row("field colour", Profile::fieldName(Field::Colour), u"Colour");
}

// Without a translator installed each name is its source text.
void tst_EnumKeys::names()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(name, expected);
}

QTEST_GUILESS_MAIN(tst_EnumKeys)
#include "tst_EnumKeys.moc"
