#include "api/ExchangeLog.h"
#include "inspector/ExchangeFilterModel.h"
#include "inspector/ExchangeFormatter.h"
#include "inspector/ExchangeListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using Endpoint = ExchangeFormatter::Endpoint;
using OutcomeKind = ExchangeFormatter::OutcomeKind;

Q_DECLARE_METATYPE(ExchangeFormatter::Endpoint)
Q_DECLARE_METATYPE(ExchangeFormatter::OutcomeKind)

namespace {

ExchangeLog::Entry entry(const QString &path, int status, const QByteArray &responseBody,
                         const QString &error = {})
{
    ExchangeLog::Entry e;
    e.method = "POST";
    e.url = u"http://127.0.0.1:4000"_s + path;
    e.status = status;
    e.responseBody = responseBody;
    e.error = error;
    e.durationMs = 42;
    // Made by the Sandbox profile's client, which stamps each exchange with its profile.
    e.profile = u"Sandbox"_s;
    e.sandbox = true;
    return e;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

class tst_ExchangeListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void classifies_data();
    void classifies();
    void newestFirstWithEveryColumn();
    void followsTheLogAsItGrowsAndClears();
    void lateEntryTakesTheRowOfItsId();
    void mirrorsTheLogsBound();
    void filtersByEndpointAndOutcome();
    void findsTheRowOfAnExchange();

private:
    void fill();
    std::unique_ptr<ExchangeLog> m_log;
};

void tst_ExchangeListModel::init()
{
    m_log = std::make_unique<ExchangeLog>();
}

void tst_ExchangeListModel::fill()
{
    m_log->record(entry(u"/oauth/client_credential/accesstoken?grant_type=client_credentials"_s,
                        200, R"({"access_token":"x","status":"approved"})"));
    m_log->record(
        entry(u"/communication/nexmo/verify"_s, 200, R"({"request_id":"r1","status":"0"})"));
    m_log->record(entry(u"/communication/nexmo/verify/check"_s, 200,
                        R"({"request_id":"r1","status":"16","error_text":"no match"})"));
    m_log->record(entry(u"/communication/nexmo/verify/search"_s, 401,
                        R"({"fault":{"faultstring":"Invalid access token"}})"));
    m_log->record(entry(u"/communication/nexmo/verify/control"_s, 0, {}, u"Connection refused"_s));
}

void tst_ExchangeListModel::classifies_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<OutcomeKind>("outcome");
    QTest::addColumn<QString>("verifyStatus");

    QTest::newRow("token")
        << u"/oauth/client_credential/accesstoken?grant_type=client_credentials"_s << 200
        << QByteArray(R"({"status":"approved"})") << Endpoint::Token << OutcomeKind::Ok
        << QString();
    QTest::newRow("bad client") << u"/oauth/client_credential/accesstoken"_s << 401
                                << QByteArray(R"({"ErrorCode":"invalid_client"})")
                                << Endpoint::Token << OutcomeKind::HttpError << QString();
    QTest::newRow("request") << u"/communication/nexmo/verify"_s << 200
                             << QByteArray(R"({"status":"0"})") << Endpoint::Request
                             << OutcomeKind::Ok << u"0"_s;
    QTest::newRow("request slash")
        << u"/communication/nexmo/verify/"_s << 200 << QByteArray(R"({"status":"10"})")
        << Endpoint::Request << OutcomeKind::BusinessError << u"10"_s;
    QTest::newRow("vendor check") << u"/verify/check/json"_s << 200
                                  << QByteArray(R"({"status":"16"})") << Endpoint::Check
                                  << OutcomeKind::BusinessError << u"16"_s;
    QTest::newRow("search ok") << u"/communication/nexmo/verify/search"_s << 200
                               << QByteArray(R"({"status":"IN PROGRESS"})") << Endpoint::Search
                               << OutcomeKind::Ok << u"IN PROGRESS"_s;
    QTest::newRow("search unknown") << u"/communication/nexmo/verify/search"_s << 200
                                    << QByteArray(R"({"status":"101","error_text":"x"})")
                                    << Endpoint::Search << OutcomeKind::BusinessError << u"101"_s;
    QTest::newRow("control") << u"/communication/nexmo/verify/control"_s << 200
                             << QByteArray(R"({"status":"19"})") << Endpoint::Control
                             << OutcomeKind::BusinessError << u"19"_s;
    QTest::newRow("gateway 503") << u"/communication/nexmo/verify"_s << 503
                                 << QByteArray("<html>down</html>") << Endpoint::Request
                                 << OutcomeKind::HttpError << QString();
    QTest::newRow("no answer") << u"/communication/nexmo/verify/check"_s << 0 << QByteArray()
                               << Endpoint::Check << OutcomeKind::NetworkError << QString();
}

void tst_ExchangeListModel::classifies()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Endpoint, endpoint);
    QFETCH(OutcomeKind, outcome);
    QFETCH(QString, verifyStatus);

    const ExchangeLog::Entry e = entry(path, status, body);
    QCOMPARE(ExchangeFormatter::endpoint(e), endpoint);
    QCOMPARE(ExchangeFormatter::verifyStatus(e), verifyStatus);
    QCOMPARE(ExchangeFormatter::outcome(e), outcome);
    QCOMPARE(ExchangeFormatter::errorSentence(e).isEmpty(), outcome == OutcomeKind::Ok);
}

void tst_ExchangeListModel::newestFirstWithEveryColumn()
{
    fill();
    ExchangeListModel model(m_log.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(column(model, ExchangeListModel::Path),
             QStringList(
                 {u"/communication/nexmo/verify/control"_s, u"/communication/nexmo/verify/search"_s,
                  u"/communication/nexmo/verify/check"_s, u"/communication/nexmo/verify"_s,
                  u"/oauth/client_credential/accesstoken?grant_type=client_credentials"_s}));
    QCOMPARE(column(model, ExchangeListModel::HttpStatus),
             QStringList({u"none"_s, u"401"_s, u"200"_s, u"200"_s, u"200"_s}));
    QCOMPARE(column(model, ExchangeListModel::VerifyStatus),
             QStringList({QString(), QString(), u"16"_s, u"0"_s, QString()}));
    QCOMPARE(column(model, ExchangeListModel::Method), QStringList(5, u"POST"_s));
    QCOMPARE(column(model, ExchangeListModel::Profile), QStringList(5, u"Sandbox"_s));
    QCOMPARE(model.index(0, ExchangeListModel::Duration).data().toString(), u"42 ms"_s);
    const QTime time = QTime::fromString(model.index(0, ExchangeListModel::Time).data().toString(),
                                         u"HH:mm:ss.zzz"_s);
    QVERIFY(time.isValid());
    QStringList headers;
    for (int column = 0; column < ExchangeListModel::ColumnCount; ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers,
             QStringList({u"Time"_s, u"Method"_s, u"Path"_s, u"HTTP"_s, u"Verify status"_s,
                          u"Duration"_s, u"Profile"_s}));
    QVERIFY(!model.headerData(ExchangeListModel::ColumnCount, Qt::Horizontal).isValid());
    QCOMPARE(model.index(0, 0).data(ExchangeListModel::IdRole).toULongLong(), quint64(5));
    QCOMPARE(model.entryAt(4).id, quint64(1));
    // The error sentence is the tooltip of a failed exchange's status.
    QVERIFY(model.index(2, ExchangeListModel::VerifyStatus)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"not the code that was sent"));
}

void tst_ExchangeListModel::followsTheLogAsItGrowsAndClears()
{
    ExchangeListModel model(m_log.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    fill();
    QCOMPARE(inserted.count(), 5);
    QCOMPARE(inserted.last().at(1).toInt(), 0); // always at the top
    QCOMPARE(model.rowCount(), 5);
    m_log->clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    fill();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, 0).data(ExchangeListModel::IdRole).toULongLong(), quint64(10));
}

void tst_ExchangeListModel::lateEntryTakesTheRowOfItsId()
{
    ExchangeListModel model(m_log.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    fill();
    const quint64 late = m_log->reserveId();
    m_log->record(entry(u"/communication/nexmo/verify/search"_s, 200, R"({"status":"0"})"));
    ExchangeLog::Entry check =
        entry(u"/communication/nexmo/verify/check"_s, 200, R"({"request_id":"r1","status":"0"})");
    check.id = late;
    m_log->record(check);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(inserted.last().at(1).toInt(), 1); // under the newer search
    QCOMPARE(model.rowOf(late), 1);
    QVERIFY(model.index(0, ExchangeListModel::Path).data().toString().endsWith(u"/search"_s));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.entryAt(row - 1).id > model.entryAt(row).id);
}

void tst_ExchangeListModel::mirrorsTheLogsBound()
{
    ExchangeListModel model(m_log.get());
    for (int i = 0; i < ExchangeLog::kCapacity + 5; ++i)
        m_log->record(entry(u"/communication/nexmo/verify/search"_s, 200, R"({"status":"0"})"));
    QCOMPARE(model.rowCount(), ExchangeLog::kCapacity);
    QCOMPARE(model.entryAt(0).id, m_log->entries().constLast().id);
    QCOMPARE(model.entryAt(model.rowCount() - 1).id, m_log->entries().constFirst().id);
    QCOMPARE(model.rowOf(1), -1);
}

void tst_ExchangeListModel::filtersByEndpointAndOutcome()
{
    fill();
    ExchangeListModel model(m_log.get());
    ExchangeFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(filter.rowCount(), 5);

    filter.setEndpointFilter(Endpoint::Check);
    QCOMPARE(column(filter, ExchangeListModel::Path),
             QStringList({u"/communication/nexmo/verify/check"_s}));
    filter.setEndpointFilter(std::nullopt);

    filter.setOutcomeFilter(OutcomeKind::Ok);
    QCOMPARE(filter.rowCount(), 2);
    filter.setOutcomeFilter(OutcomeKind::BusinessError);
    QCOMPARE(column(filter, ExchangeListModel::VerifyStatus), QStringList({u"16"_s}));
    filter.setOutcomeFilter(OutcomeKind::HttpError);
    QCOMPARE(column(filter, ExchangeListModel::HttpStatus), QStringList({u"401"_s}));
    filter.setOutcomeFilter(OutcomeKind::NetworkError);
    QCOMPARE(column(filter, ExchangeListModel::Path),
             QStringList({u"/communication/nexmo/verify/control"_s}));

    // Both filters at once; and new exchanges that match appear at the top.
    filter.setOutcomeFilter(OutcomeKind::Ok);
    filter.setEndpointFilter(Endpoint::Request);
    QCOMPARE(filter.rowCount(), 1);
    m_log->record(
        entry(u"/communication/nexmo/verify"_s, 200, R"({"request_id":"r2","status":"0"})"));
    m_log->record(entry(u"/communication/nexmo/verify"_s, 200, R"({"status":"10"})"));
    QCOMPARE(filter.rowCount(), 2);
    QCOMPARE(filter.index(0, 0).data(ExchangeListModel::IdRole).toULongLong(), quint64(6));
}

void tst_ExchangeListModel::findsTheRowOfAnExchange()
{
    fill();
    ExchangeListModel model(m_log.get());
    QCOMPARE(model.rowOf(5), 0);
    QCOMPARE(model.rowOf(1), 4);
    QCOMPARE(model.rowOf(99), -1);
}

QTEST_GUILESS_MAIN(tst_ExchangeListModel)
#include "tst_ExchangeListModel.moc"
