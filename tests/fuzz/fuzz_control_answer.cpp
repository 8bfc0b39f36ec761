// The answer to a control command (POST /control), through VerifyClient::control, for both
// commands (the input's size picks one). Input: see fuzz::answerFromBytes.
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
    const auto command =
        size % 2 == 0 ? VerifyClient::Command::Cancel : VerifyClient::Command::TriggerNextEvent;
    int calls = 0;
    std::optional<Outcome<ControlResult>> outcome;
    rig.client().control(QString::fromLatin1(ClientRig::kRequestId), command, &rig.log(),
                         [&](const Outcome<ControlResult> &result) {
                             ++calls;
                             outcome = result;
                         });
    rig.runUntil([&] { return calls > 0; });
    rig.settle();
    FUZZ_CHECK(calls == 1, u"%1 callbacks"_s.arg(calls));

    // trigger_next_event sends a message: never twice on its own.
    const int sent = rig.verifyCallsSent();
    if (outcome->ok()) {
        FUZZ_CHECK(sent == 1, QString::number(sent));
        FUZZ_CHECK(outcome->value().status.isSuccess(), outcome->value().status.rawCode());
    } else {
        const ApiError &error = outcome->error();
        ClientRig::checkError(error);
        if (error.kind() == ApiError::Kind::Business)
            FUZZ_CHECK(error.businessStatus() != u"0", error.detail());
        FUZZ_CHECK(sent == 1 || (sent == 2 && error.kind() == ApiError::Kind::InvalidToken),
                   u"sent %1 times\n%2"_s.arg(sent).arg(error.detail()));
        if (error.kind() == ApiError::Kind::Business)
            FUZZ_CHECK(error.requestId() == QString::fromLatin1(ClientRig::kRequestId),
                       error.detail());
    }
    for (const FakeNetwork::Sent &request : rig.network().sent()) {
        if (request.url.path().endsWith(u"/control"))
            FUZZ_CHECK(request.body.contains(VerifyClient::commandName(command).toUtf8()),
                       QString::fromUtf8(request.body));
    }
    rig.checkLog();
    return 0;
}
