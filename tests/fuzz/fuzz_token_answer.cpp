// The token endpoint's answer, through TokenClient: KPN's all-strings JSON, OAuth errors, Apigee
// faults, HTML pages, truncated bodies. Input: see fuzz::answerFromBytes.
#include "ClientRig.h"
#include "FuzzSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FakeAnswer answer = fuzz::answerFromBytes(data, size);
    ClientRig rig(FakeAnswer {}, answer);
    int calls = 0;
    std::optional<Outcome<QString>> outcome;
    rig.tokens().fetchToken(&rig.log(), [&](const Outcome<QString> &result) {
        ++calls;
        outcome = result;
    });
    rig.runUntil([&] { return calls > 0; });
    rig.settle();
    FUZZ_CHECK(calls == 1, u"%1 callbacks"_s.arg(calls));
    FUZZ_CHECK(!rig.tokens().isFetching(), QString());

    // Only a call that got no HTTP answer is retried, and at most twice.
    const int sent = rig.tokenCallsSent();
    FUZZ_CHECK(sent >= 1 && sent <= 1 + TokenClient::kMaxNetworkRetries, QString::number(sent));
    FUZZ_CHECK(sent == 1 || answer.status == 0, QString::number(sent));

    QList<QByteArray> secrets;
    if (outcome->ok()) {
        const QString token = outcome->value();
        FUZZ_CHECK(!token.isEmpty(), QString());
        FUZZ_CHECK(answer.status > 0 && answer.status < 400, QString::number(answer.status));
        FUZZ_CHECK(rig.tokens().hasToken(), QString());
        const TokenInfo &info = rig.tokens().tokenInfo();
        FUZZ_CHECK(info.isValid(), QString());
        const qint64 remaining = rig.tokens().remainingSeconds();
        FUZZ_CHECK(remaining >= 0 && remaining <= info.lifetimeSeconds,
                   u"%1 of %2"_s.arg(remaining).arg(info.lifetimeSeconds));
        // What the answer said, read back independently.
        const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
        FUZZ_CHECK(object.value(u"access_token"_s).toString() == token, token);
        for (const QString &product : info.products)
            FUZZ_CHECK(!product.trimmed().isEmpty(), info.products.join(u'|'));
        // The token is not searched for literally: the token answer is logged before the
        // token is known, so only its access_token value is masked there (checked below).
    } else {
        const ApiError &error = outcome->error();
        ClientRig::checkError(error);
        FUZZ_CHECK(error.kind() != ApiError::Kind::Business, error.detail());
        FUZZ_CHECK(!rig.tokens().hasToken(), error.detail());
        if (answer.status > 0 && answer.status < 400)
            FUZZ_CHECK(error.kind() == ApiError::Kind::MalformedAnswer, error.detail());
    }
    rig.checkLog(secrets);
    return 0;
}
