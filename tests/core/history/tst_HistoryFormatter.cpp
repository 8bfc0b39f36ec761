// HistoryFormatter: the texts the history shows for a stored verification — its status, what went
// wrong in a few words, prices, dates and events.

#include "TimeText.h"
#include "history/HistoryEvent.h"
#include "history/HistoryFormatter.h"
#include "history/HistoryRecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(HistoryRecord::Status)

namespace {

HistoryEvent errorEvent(const QJsonObject &detail)
{
    HistoryEvent event;
    event.kind = HistoryEvent::Kind::Error;
    event.at = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    event.detail = detail;
    return event;
}

} // namespace

class tst_HistoryFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void statusText_data();
    void statusText();
    void errorSummaryTakesTheLastErrorEvent();
    void firstSentence_data();
    void firstSentence();
    void apiDateText_data();
    void apiDateText();
    void priceTexts_data();
    void priceTexts();
    void detailsSayWhoAndWhy();
    void eventText_data();
    void eventText();
    void searchTextNamesChecksAndMessages();
};

void tst_HistoryFormatter::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_HistoryFormatter::statusText_data()
{
    QTest::addColumn<HistoryRecord::Status>("status");
    QTest::addColumn<QString>("lastError");
    QTest::addColumn<QJsonObject>("errorDetail"); // empty: no error event
    QTest::addColumn<QString>("expected");

    using S = HistoryRecord::Status;
    const QJsonObject none;
    QTest::newRow("in progress") << S::InProgress << QString() << none << u"In progress"_s;
    QTest::newRow("verified") << S::Verified << QString() << none << u"Verified"_s;
    QTest::newRow("failed") << S::Failed << QString() << none << u"Failed"_s;
    QTest::newRow("expired") << S::Expired << QString() << none << u"Expired"_s;
    QTest::newRow("cancelled") << S::Cancelled << QString() << none << u"Cancelled"_s;
    // Only an error says which.
    QTest::newRow("in progress after a network error")
        << S::InProgress << QString() << QJsonObject {{u"kind"_s, u"network"_s}}
        << u"In progress"_s;
    QTest::newRow("business: Verify's status title")
        << S::Error << u"The number is blocked."_s
        << QJsonObject {{u"kind"_s, u"business"_s}, {u"verify_status"_s, u"7"_s}}
        << u"Error: Number blocked"_s;
    QTest::newRow("business without a status: its kind is not named")
        << S::Error << u"Refused. Try later."_s << QJsonObject {{u"kind"_s, u"business"_s}}
        << u"Error: Refused."_s;
    QTest::newRow("network") << S::Error << u"x"_s << QJsonObject {{u"kind"_s, u"network"_s}}
                             << u"Error: No connection"_s;
    QTest::newRow("timeout") << S::Error << u"x"_s << QJsonObject {{u"kind"_s, u"timeout"_s}}
                             << u"Error: No answer in time"_s;
    QTest::newRow("tls") << S::Error << u"x"_s << QJsonObject {{u"kind"_s, u"tls"_s}}
                         << u"Error: Secure connection failed"_s;
    QTest::newRow("http") << S::Error << u"x"_s << QJsonObject {{u"kind"_s, u"http"_s}}
                          << u"Error: HTTP error"_s;
    QTest::newRow("gateway") << S::Error << u"x"_s << QJsonObject {{u"kind"_s, u"gateway"_s}}
                             << u"Error: Refused by the gateway"_s;
    QTest::newRow("invalid token")
        << S::Error << u"x"_s << QJsonObject {{u"kind"_s, u"invalid-token"_s}}
        << u"Error: Token refused"_s;
    QTest::newRow("invalid client")
        << S::Error << u"x"_s << QJsonObject {{u"kind"_s, u"invalid-client"_s}}
        << u"Error: Credentials refused"_s;
    QTest::newRow("malformed") << S::Error << u"x"_s << QJsonObject {{u"kind"_s, u"malformed"_s}}
                               << u"Error: Answer not understood"_s;
    QTest::newRow("invalid input")
        << S::Error << u"x"_s << QJsonObject {{u"kind"_s, u"invalid-input"_s}}
        << u"Error: Invalid input"_s;
    QTest::newRow("config") << S::Error << u"x"_s << QJsonObject {{u"kind"_s, u"config"_s}}
                            << u"Error: Connection settings unusable"_s;
    QTest::newRow("unknown kind: the stored sentence")
        << S::Error << u"The proxy said no (407 Proxy Authentication Required). Check it."_s
        << QJsonObject {{u"kind"_s, u"from-a-later-version"_s}}
        << u"Error: The proxy said no (407 Proxy Authentication Required)."_s;
    QTest::newRow("no event: the stored sentence")
        << S::Error << u"Nothing came back.\nDetails follow"_s << none
        << u"Error: Nothing came back."_s;
    QTest::newRow("nothing known") << S::Error << QString() << none << u"Error"_s;
}

void tst_HistoryFormatter::statusText()
{
    QFETCH(HistoryRecord::Status, status);
    QFETCH(QString, lastError);
    QFETCH(QJsonObject, errorDetail);
    QFETCH(QString, expected);
    HistoryRecord record;
    record.status = status;
    record.lastError = lastError;
    QList<HistoryEvent> events;
    if (!errorDetail.isEmpty())
        events.append(errorEvent(errorDetail));
    QCOMPARE(HistoryFormatter::statusText(record, events), expected);
}

void tst_HistoryFormatter::errorSummaryTakesTheLastErrorEvent()
{
    HistoryRecord record;
    record.status = HistoryRecord::Status::Error;
    record.lastError = u"Stored sentence. More."_s;
    HistoryEvent later;
    later.kind = HistoryEvent::Kind::CheckInvalid; // not an error: passed over
    const QList<HistoryEvent> events {errorEvent({{u"kind"_s, u"network"_s}}),
                                      errorEvent({{u"kind"_s, u"timeout"_s}}), later};
    QCOMPARE(HistoryFormatter::errorSummary(record, events), u"No answer in time"_s);
    QCOMPARE(HistoryFormatter::errorSummary(record, {}), u"Stored sentence."_s);
    QCOMPARE(HistoryFormatter::errorKindName(u"no-such-kind"_s), QString());
}

void tst_HistoryFormatter::firstSentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one sentence") << u"  No answer.  "_s << u"No answer."_s;
    QTest::newRow("two") << u"No answer. Try again."_s << u"No answer."_s;
    QTest::newRow("question") << u"Is it on? Check."_s << u"Is it on?"_s;
    QTest::newRow("exclamation") << u"Refused! Check."_s << u"Refused!"_s;
    QTest::newRow("a line ends it") << u"First line\nsecond. line"_s << u"First line"_s;
    QTest::newRow("not inside parentheses") << u"Failed (Host not found. Retry.) here. Next."_s
                                            << u"Failed (Host not found. Retry.) here."_s;
    QTest::newRow("a dot in a number")
        << u"Version 1.2 is old. Update."_s << u"Version 1.2 is old."_s;
    QTest::newRow("no full stop") << u"No end"_s << u"No end"_s;
}

void tst_HistoryFormatter::firstSentence()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(HistoryFormatter::firstSentence(text), expected);
}

void tst_HistoryFormatter::apiDateText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("date"); // invalid: shown as it is
    QTest::newRow("API date (UTC)")
        << u"2026-12-01 09:30:05"_s << QDateTime(QDate(2026, 12, 1), QTime(9, 30, 5), Qt::UTC);
    QTest::newRow("with spaces") << u" 2026-01-31 23:59:59 "_s
                                 << QDateTime(QDate(2026, 1, 31), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("not a date") << u"yesterday"_s << QDateTime();
    QTest::newRow("ISO with T") << u"2026-12-01T09:30:05"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void tst_HistoryFormatter::apiDateText()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, date);
    const QString expected = date.isValid() ? TimeText::dateTime(date) : text;
    QCOMPARE(HistoryFormatter::apiDateText(text), expected);
    QCOMPARE(HistoryFormatter::dateText(date), date.isValid() ? expected : QString());
}

void tst_HistoryFormatter::priceTexts_data()
{
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected"); // the line; empty: none
    QTest::newRow("price and currency")
        << u"0.10000000"_s << u"EUR"_s << u"Price: 0.10000000 EUR"_s;
    QTest::newRow("no currency") << u"0.05"_s << QString() << u"Price: 0.05"_s;
    QTest::newRow("no price") << QString() << u"EUR"_s << QString();
}

void tst_HistoryFormatter::priceTexts()
{
    QFETCH(QString, price);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    // The details of a stored verification and of its last search answer alike.
    HistoryRecord record;
    record.price = price;
    record.currency = currency;
    const QStringList details = HistoryFormatter::detailsText(record, {}).split(u'\n');
    QJsonObject search {{u"request_id"_s, u"abc"_s}};
    if (!price.isEmpty())
        search.insert(u"price"_s, price);
    if (!currency.isEmpty())
        search.insert(u"currency"_s, currency);
    const QStringList searched = HistoryFormatter::searchText(search).split(u'\n');
    for (const QStringList &lines : {details, searched}) {
        const QStringList priceLines = lines.filter(u"Price:"_s);
        if (expected.isEmpty())
            QVERIFY2(priceLines.isEmpty(), qPrintable(priceLines.join(u'|')));
        else
            QCOMPARE(priceLines, QStringList {expected});
    }
}

void tst_HistoryFormatter::detailsSayWhoAndWhy()
{
    HistoryRecord record;
    record.number = u"31612345678"_s;
    record.profileName = u"Sandbox"_s;
    // A row from before operators were kept: no empty lines about them.
    const QString before = HistoryFormatter::detailsText(record, {});
    for (const QString &word : {u"Operator:"_s, u"Workstation:"_s, u"Reference:"_s})
        QVERIFY2(!before.contains(word), qPrintable(before));

    record.operatorName = u"Anna de Vries"_s;
    record.workstation = u"desk-07"_s;
    record.reference = u"INC-20451"_s;
    const QStringList lines = HistoryFormatter::detailsText(record, {}).split(u'\n');
    const qsizetype profile = lines.indexOf(u"Profile: Sandbox"_s);
    QVERIFY(profile >= 0);
    QCOMPARE(lines.mid(profile + 1, 3),
             (QStringList {u"Operator: Anna de Vries"_s, u"Workstation: desk-07"_s,
                           u"Reference: INC-20451"_s}));
}

void tst_HistoryFormatter::eventText_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QJsonObject>("detail");
    QTest::addColumn<QString>("expected"); // after the date and two spaces

    using K = HistoryEvent::Kind;
    QTest::newRow("requested") << int(K::Requested) << QJsonObject {{u"request_id"_s, u"abc"_s}}
                               << HistoryEvent::kindName(K::Requested) + u": abc"_s;
    QTest::newRow("valid") << int(K::CheckValid) << QJsonObject()
                           << HistoryEvent::kindName(K::CheckValid) + u": VALID"_s;
    QTest::newRow("invalid") << int(K::CheckInvalid) << QJsonObject {{u"status"_s, u"16"_s}}
                             << HistoryEvent::kindName(K::CheckInvalid) + u": INVALID, 16"_s;
    QTest::newRow("outcome") << int(K::Outcome)
                             << QJsonObject {{u"status"_s, u"verified"_s}, {u"attempts"_s, 2}}
                             << HistoryEvent::kindName(K::Outcome) + u": Verified, "_s
            + HistoryFormatter::tr("%n attempt(s)", nullptr, 2);
    QTest::newRow("error") << int(K::Error)
                           << QJsonObject {{u"error_text"_s, u"Throttled"_s}, {u"error"_s, u"x"_s}}
                           << HistoryEvent::kindName(K::Error) + u": Throttled, x"_s;
    QTest::newRow("nothing to add")
        << int(K::Cancel) << QJsonObject() << HistoryEvent::kindName(K::Cancel);
}

void tst_HistoryFormatter::eventText()
{
    QFETCH(int, kind);
    QFETCH(QJsonObject, detail);
    QFETCH(QString, expected);
    HistoryEvent event;
    event.kind = HistoryEvent::Kind(kind);
    event.at = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    event.detail = detail;
    QCOMPARE(HistoryFormatter::eventText(event), TimeText::dateTime(event.at) + u"  "_s + expected);
}

void tst_HistoryFormatter::searchTextNamesChecksAndMessages()
{
    QCOMPARE(HistoryFormatter::searchText({}), QString());
    const QJsonObject search {
        {u"request_id"_s, u"abc"_s},
        {u"status"_s, u"SUCCESS"_s},
        {u"date_submitted"_s, u"2026-12-01 09:30:05"_s},
        {u"checks"_s,
         QJsonArray {QJsonObject {{u"date_received"_s, u"2026-12-01 09:31:00"_s},
                                  {u"status"_s, u"VALID"_s}}}},
        {u"events"_s,
         QJsonArray {QJsonObject {{u"type"_s, u"sms"_s}, {u"id"_s, u"e1"_s}},
                     QJsonObject {{u"type"_s, u"tts"_s}, {u"id"_s, u"e2"_s}},
                     QJsonObject {{u"type"_s, u"fax"_s}, {u"id"_s, u"e3"_s}}}},
    };
    const QDateTime submitted(QDate(2026, 12, 1), QTime(9, 30, 5), Qt::UTC);
    const QDateTime checked(QDate(2026, 12, 1), QTime(9, 31, 0), Qt::UTC);
    const QStringList expected {
        u"Request ID: abc"_s,
        u"Status: SUCCESS"_s,
        u"Submitted: "_s + TimeText::dateTime(submitted),
        u"Checks:"_s,
        u"  "_s + TimeText::dateTime(checked) + u"  VALID"_s,
        u"Messages sent:"_s,
        u"  SMS (e1)"_s,
        u"  voice call (e2)"_s,
        u"  fax (e3)"_s,
    };
    QCOMPARE(HistoryFormatter::searchText(search).split(u'\n'), expected);
}

QTEST_GUILESS_MAIN(tst_HistoryFormatter)
#include "tst_HistoryFormatter.moc"
