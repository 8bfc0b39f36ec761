// The answer to a Verify request (POST /), through VerifyClient::request: status 0 with a
// request_id, 10 with the live request, business errors, gateway and Apigee faults, HTML pages.
// Input: see fuzz::answerFromBytes.
#include "ClientRig.h"
#include "FuzzSupport.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FakeAnswer answer = fuzz::answerFromBytes(data, size);
    ClientRig rig(answer);
    VerifyRequest request;
    request.number = u"31612345678"_s;
    request.brand = u"Verify Desk"_s;
    int calls = 0;
    std::optional<Outcome<RequestResult>> outcome;
    rig.client().request(request, &rig.log(), [&](const Outcome<RequestResult> &result) {
        ++calls;
        outcome = result;
    });
    rig.runUntil([&] { return calls > 0; });
    rig.settle();
    FUZZ_CHECK(calls == 1, u"%1 callbacks"_s.arg(calls));

    // A request sends an SMS: sent once, or twice only when the gateway refused the token.
    const int sent = rig.verifyCallsSent();
    if (outcome->ok()) {
        const RequestResult &result = outcome->value();
        FUZZ_CHECK(sent == 1, QString::number(sent));
        FUZZ_CHECK(result.status.isSuccess() || result.alreadyInProgress(),
                   result.status.rawCode());
        FUZZ_CHECK(!result.requestId.isEmpty(), result.status.rawCode());
        FUZZ_CHECK(answer.status > 0 && answer.status < 400, QString::number(answer.status));
    } else {
        const ApiError &error = outcome->error();
        ClientRig::checkError(error);
        if (error.kind() == ApiError::Kind::Business)
            FUZZ_CHECK(error.businessStatus() != u"0", error.detail());
        FUZZ_CHECK(sent == 1 || (sent == 2 && error.kind() == ApiError::Kind::InvalidToken),
                   u"sent %1 times\n%2"_s.arg(sent).arg(error.detail()));
    }
    rig.checkLog();
    return 0;
}
