#pragma once

#include "FakeNetwork.h"
#include "api/ExchangeLog.h"
#include "api/TokenClient.h"
#include "api/VerifyClient.h"

#include <functional>
#include <optional>

// The API client wired to a FakeNetwork: the token endpoint answers `tokenAnswer` (a valid token
// by default), every Verify endpoint answers `verifyAnswer`. Time at the rate guard is driven, so
// a Retry-After never makes a run wait.
class ClientRig
{
public:
    static const QByteArray kClientSecret;
    static const QByteArray kToken;
    static const QByteArray kRequestId;

    explicit ClientRig(FakeAnswer verifyAnswer, std::optional<FakeAnswer> tokenAnswer = {});
    ~ClientRig();

    FakeNetwork &network() { return m_network; }
    ExchangeLog &log() { return m_log; }
    TokenClient &tokens() { return m_tokens; }
    VerifyClient &client() { return m_client; }

    // Runs the event loop until `done` holds; fails the run if it never does.
    void runUntil(const std::function<bool()> &done);
    // A few more turns of the event loop and the deferred deletes, after the end of a call.
    void settle();
    // Calls sent to the Verify endpoints (not the token endpoint).
    int verifyCallsSent() const;
    int tokenCallsSent() const;
    // The exchange log holds neither the client secret, nor the token, nor `extra` unmasked.
    void checkLog(const QList<QByteArray> &extra = {}) const;
    // Checks shared by every call's ApiError.
    static void checkError(const ApiError &error);

private:
    void turn();

    FakeNetwork m_network;
    ExchangeLog m_log;
    TokenClient m_tokens;
    VerifyClient m_client;
    qint64 m_nowMs = 1'000'000;
    std::optional<qint64> m_wakeUpMs;
};
