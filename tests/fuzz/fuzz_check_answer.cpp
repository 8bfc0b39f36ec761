// The answer to a check (POST /check), through VerifyClient::check. The PIN sent must never show
// in the exchange log, and a code the answer names is never copied into the result.
// Input: see fuzz::answerFromBytes.
#include "ClientRig.h"
#include "FuzzSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
const QString kPin = u"482913"_s;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FakeAnswer answer = fuzz::answerFromBytes(data, size);
    ClientRig rig(answer);
    int calls = 0;
    std::optional<Outcome<CheckResult>> outcome;
    rig.client().check(QString::fromLatin1(ClientRig::kRequestId), kPin, &rig.log(),
                       [&](const Outcome<CheckResult> &result) {
                           ++calls;
                           outcome = result;
                       });
    rig.runUntil([&] { return calls > 0; });
    rig.settle();
    FUZZ_CHECK(calls == 1, u"%1 callbacks"_s.arg(calls));

    // A second check of a right code gives 6, of a wrong one costs a try: never sent twice on
    // its own, except once after a refused token.
    const int sent = rig.verifyCallsSent();
    if (outcome->ok()) {
        const CheckResult &result = outcome->value();
        FUZZ_CHECK(sent == 1, QString::number(sent));
        const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
        const QString status = object.value(u"status"_s).isDouble()
            ? QString::number(object.value(u"status"_s).toInt())
            : object.value(u"status"_s).toString();
        FUZZ_CHECK(status == u"0", status);
        // A code in the answer is not one of the result's fields.
        const QString code = object.value(u"code"_s).toString();
        if (code.size() >= 4 && object.value(u"request_id"_s).toString() != code
            && object.value(u"event_id"_s).toString() != code
            && object.value(u"price"_s).toString() != code
            && object.value(u"currency"_s).toString() != code
            && object.value(u"estimated_price_messages_sent"_s).toString() != code) {
            for (const QString &field : {result.requestId, result.eventId, result.price,
                                         result.currency, result.estimatedPriceMessagesSent})
                FUZZ_CHECK(field != code, field);
        }
    } else {
        const ApiError &error = outcome->error();
        ClientRig::checkError(error);
        if (error.kind() == ApiError::Kind::Business)
            FUZZ_CHECK(error.businessStatus() != u"0", error.detail());
        FUZZ_CHECK(sent == 1 || (sent == 2 && error.kind() == ApiError::Kind::InvalidToken),
                   u"sent %1 times\n%2"_s.arg(sent).arg(error.detail()));
        if (error.kind() == ApiError::Kind::Business)
            FUZZ_CHECK(!error.requestId().isEmpty(), error.detail());
    }
    // The PIN went out in the request body; the log masks it there.
    for (const FakeNetwork::Sent &request : rig.network().sent()) {
        if (request.url.path().endsWith(u"/check"))
            FUZZ_CHECK(request.body.contains(kPin.toUtf8()), QString::fromUtf8(request.body));
    }
    for (const ExchangeLog::Entry &entry : rig.log().entries())
        FUZZ_CHECK(!entry.requestBody.contains(kPin.toUtf8()),
                   QString::fromUtf8(entry.requestBody));
    rig.checkLog();
    return 0;
}
