// What a verification session's records become in the history store.

#include "RequestSamples.h"
#include "history/HistoryStore.h"
#include "history/SessionRecorder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SessionRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void successfulVerification();
    void everyOptionSetIsKeptUnderItsApiName();
    void failedAfterThreeWrongCodes();
    void requestRefusedBeforeAnId();
    void resumedRequestUsesItsExistingRow();
    void rowSaysWhoAndWhy();
    void paymentConfirmationSaysWhoAndWhy();

private:
    SessionRecord make(SessionRecord::Kind kind, const QString &detail = {}) const
    {
        SessionRecord r;
        r.kind = kind;
        r.atMs = 1'764'000'000'000 + 1000 * m_step;
        r.requestId = u"0123456789abcdef0123456789abcdef"_s;
        r.number = u"31612345678"_s;
        r.detail = detail;
        return r;
    }
    QList<HistoryEvent::Kind> kinds() const
    {
        QList<HistoryEvent::Kind> result;
        for (const HistoryEvent &event : m_store->events(m_recorder->verificationId()))
            result.append(event.kind);
        return result;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<SessionRecorder> m_recorder;
    int m_step = 0;
};

void tst_SessionRecorder::init()
{
    m_store = std::make_unique<HistoryStore>(m_dir.filePath(u"history.sqlite"_s));
    QVERIFY(m_store->open());
    QVERIFY(m_store->clear());
    m_recorder = std::make_unique<SessionRecorder>(m_store.get());
    VerifyRequest request;
    request.number = u"31612345678"_s;
    request.brand = u"Acme"_s;
    request.workflowId = 6;
    request.codeLength = 6;
    m_recorder->begin(u"sandbox"_s, u"Sandbox"_s, request);
}

void tst_SessionRecorder::cleanup()
{
    m_recorder.reset();
    m_store.reset();
}

void tst_SessionRecorder::successfulVerification()
{
    m_recorder->record(make(SessionRecord::Kind::Requested));
    QVERIFY(m_recorder->verificationId() != 0);
    SessionRecord wrong = make(SessionRecord::Kind::Check, u"INVALID"_s);
    wrong.attemptsLeft = 2;
    m_recorder->record(wrong);
    m_recorder->record(make(SessionRecord::Kind::Check, u"VALID"_s));
    SessionRecord outcome = make(SessionRecord::Kind::Outcome, u"verified"_s);
    outcome.price = u"0.10000000"_s;
    outcome.currency = u"EUR"_s;
    outcome.durationMs = 42'000;
    m_recorder->record(outcome);

    const auto row = m_store->record(m_recorder->verificationId());
    QVERIFY(row);
    QCOMPARE(row->status, HistoryRecord::Status::Verified);
    QCOMPARE(row->number, u"31612345678"_s);
    QCOMPARE(row->brand, u"Acme"_s);
    QCOMPARE(row->profileName, u"Sandbox"_s);
    QCOMPARE(row->options.value(u"workflow_id"_s).toInt(), 6);
    QCOMPARE(row->attempts, 2);
    QCOMPARE(row->price, u"0.10000000"_s);
    QCOMPARE(row->durationMs, 42'000);
    QCOMPARE(
        kinds(),
        (QList<HistoryEvent::Kind> {HistoryEvent::Kind::Requested, HistoryEvent::Kind::CheckInvalid,
                                    HistoryEvent::Kind::CheckValid, HistoryEvent::Kind::Outcome}));
}

void tst_SessionRecorder::everyOptionSetIsKeptUnderItsApiName()
{
    VerifyRequest request;
    request.number = u"31612345678"_s;
    request.brand = u"Acme"_s;
    RequestSamples::setEveryOption(request);
    request.senderId = u"ACME"_s;
    m_recorder = std::make_unique<SessionRecorder>(m_store.get());
    m_recorder->begin(u"sandbox"_s, u"Sandbox"_s, request);
    m_recorder->record(make(SessionRecord::Kind::Requested));

    const auto row = m_store->record(m_recorder->verificationId());
    QVERIFY(row);
    const QJsonObject expected {
        {u"code_length"_s, 6},       {u"lg"_s, u"nl-nl"_s}, {u"pin_expiry"_s, 240},
        {u"next_event_wait"_s, 120}, {u"workflow_id"_s, 2}, {u"sender_id"_s, u"ACME"_s},
    };
    QCOMPARE(row->options, expected);
}

void tst_SessionRecorder::failedAfterThreeWrongCodes()
{
    m_recorder->record(make(SessionRecord::Kind::Requested));
    for (int i = 0; i < 3; ++i)
        m_recorder->record(make(SessionRecord::Kind::Check, u"INVALID"_s));
    m_recorder->record(make(SessionRecord::Kind::Outcome, u"failed"_s));
    const auto row = m_store->record(m_recorder->verificationId());
    QCOMPARE(row->status, HistoryRecord::Status::Failed);
    QCOMPARE(row->attempts, 3);
}

void tst_SessionRecorder::requestRefusedBeforeAnId()
{
    SessionRecord error = make(SessionRecord::Kind::Error, u"request"_s);
    error.requestId.clear();
    error.verifyStatus = VerifyStatus(VerifyStatus::Code::NumberBlacklisted);
    error.message = u"The number is blacklisted for verification."_s;
    m_recorder->record(error);
    const auto row = m_store->record(m_recorder->verificationId());
    QVERIFY(row);
    QCOMPARE(row->status, HistoryRecord::Status::Error);
    QVERIFY(row->requestId.isEmpty());
    QCOMPARE(row->lastError, error.message);
    QVERIFY(kinds().contains(HistoryEvent::Kind::Error));
}

void tst_SessionRecorder::resumedRequestUsesItsExistingRow()
{
    m_recorder->record(make(SessionRecord::Kind::Requested));
    const qint64 first = m_recorder->verificationId();

    // The app restarts; a new session resumes the same request (status 10).
    SessionRecorder again(m_store.get());
    VerifyRequest request;
    request.number = u"31612345678"_s;
    again.begin(u"sandbox"_s, u"Sandbox"_s, request);
    again.record(make(SessionRecord::Kind::Resumed));
    QCOMPARE(again.verificationId(), first);
    again.record(make(SessionRecord::Kind::Control, u"cancel"_s));
    again.record(make(SessionRecord::Kind::Outcome, u"cancelled"_s));
    QCOMPARE(m_store->record(first)->status, HistoryRecord::Status::Cancelled);
    HistoryQuery all;
    QCOMPARE(m_store->count(all), 1);
}

void tst_SessionRecorder::rowSaysWhoAndWhy()
{
    // init() began without an author or reference: the row says nothing of either.
    m_recorder->record(make(SessionRecord::Kind::Requested));
    const auto anonymous = m_store->record(m_recorder->verificationId());
    QVERIFY(anonymous);
    QVERIFY(anonymous->operatorName.isEmpty());
    QVERIFY(anonymous->reference.isEmpty());
    QVERIFY(m_store->clear());

    SessionRecorder recorder(m_store.get());
    recorder.setAuthor(u"Anna de Vries"_s, u"desk-07"_s);
    VerifyRequest request;
    request.number = u"31612345678"_s;
    request.brand = u"Acme"_s;
    recorder.begin(u"sandbox"_s, u"Sandbox"_s, request, u"INC-20451"_s);
    recorder.record(make(SessionRecord::Kind::Requested));
    recorder.record(make(SessionRecord::Kind::Outcome, u"verified"_s));
    const auto row = m_store->record(recorder.verificationId());
    QVERIFY(row);
    QCOMPARE(row->operatorName, u"Anna de Vries"_s);
    QCOMPARE(row->workstation, u"desk-07"_s);
    QCOMPARE(row->reference, u"INC-20451"_s);
    QCOMPARE(row->status, HistoryRecord::Status::Verified);

    // The next verification of the same recorder keeps the author and takes its own reference.
    ++m_step;
    VerifyRequest next = request;
    next.number = u"31687654321"_s;
    recorder.begin(u"sandbox"_s, u"Sandbox"_s, next);
    SessionRecord requested = make(SessionRecord::Kind::Requested);
    requested.requestId = u"fedcba9876543210fedcba9876543210"_s;
    requested.number = next.number;
    recorder.record(requested);
    const auto second = m_store->record(recorder.verificationId());
    QVERIFY(second);
    QVERIFY(second->id != row->id);
    QCOMPARE(second->operatorName, u"Anna de Vries"_s);
    QCOMPARE(second->workstation, u"desk-07"_s);
    QVERIFY(second->reference.isEmpty());
}

void tst_SessionRecorder::paymentConfirmationSaysWhoAndWhy()
{
    SessionRecorder recorder(m_store.get());
    recorder.setAuthor(u"Bram"_s, u"desk-02"_s);
    Psd2Request payment;
    payment.number = u"31612345678"_s;
    payment.payee = u"Bakkerij Zoet"_s;
    payment.amountCents = 4800;
    recorder.begin(u"vonage"_s, u"Vonage"_s, payment, u"Chat 88-1"_s);
    SessionRecord error = make(SessionRecord::Kind::Error, u"psd2"_s);
    error.requestId.clear();
    error.message = u"The number is blacklisted for verification."_s;
    error.verifyStatus = VerifyStatus(VerifyStatus::Code::NumberBlacklisted);
    recorder.record(error);
    const auto row = m_store->record(recorder.verificationId());
    QVERIFY(row);
    QCOMPARE(row->status, HistoryRecord::Status::Error);
    QCOMPARE(row->brand, u"Bakkerij Zoet"_s);
    QCOMPARE(row->operatorName, u"Bram"_s);
    QCOMPARE(row->workstation, u"desk-02"_s);
    QCOMPARE(row->reference, u"Chat 88-1"_s);
}

QTEST_GUILESS_MAIN(tst_SessionRecorder)
#include "tst_SessionRecorder.moc"
