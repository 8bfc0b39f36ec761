// ApiError::fromResponse: the classification of a failed exchange — Apigee faults, KPN's gateway
// envelope, OAuth errors, 429 with Retry-After, HTML error pages, plain text, broken JSON.
// Input: see fuzz::answerFromBytes; statuses below 400 are read as 400 + status % 200.
#include "FuzzSupport.h"
#include "api/ApiError.h"
#include "api/HttpResponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FakeAnswer answer = fuzz::answerFromBytes(data, size);
    HttpResponse response;
    response.httpStatus = answer.status < 400 ? 400 + answer.status % 200 : answer.status;
    response.headers = answer.headers;
    response.body = answer.body;
    response.networkError = FakeReply::errorForStatus(response.httpStatus);
    response.errorString = u"HTTP %1"_s.arg(response.httpStatus);

    const ApiError error = ApiError::fromResponse(response);
    using Kind = ApiError::Kind;
    FUZZ_CHECK(!error.message().trimmed().isEmpty(), error.detail());
    FUZZ_CHECK(error.httpStatus() == response.httpStatus, error.detail());
    // An HTTP answer arrived: never a network, timeout, TLS, business or input error.
    FUZZ_CHECK(error.kind() == Kind::Http || error.kind() == Kind::GatewayFault
                   || error.kind() == Kind::InvalidToken || error.kind() == Kind::InvalidClient,
               error.detail());
    FUZZ_CHECK(error.bodyExcerpt().size() <= ApiError::kMaxExcerptBytes, error.detail());
    FUZZ_CHECK(error.retryAfterSeconds() >= -1, error.detail());
    FUZZ_CHECK(fuzz::unmaskedSensitiveValue(error.bodyExcerpt().toUtf8()).isEmpty(),
               error.detail());
    // No placeholder left unfilled in the sentence the user reads.
    static const QRegularExpression placeholder(u"%[0-9]"_s);
    FUZZ_CHECK(!error.message().contains(placeholder) || response.body.contains('%'),
               error.message());

    // An Apigee fault that names an invalid access token is recognised as such.
    const QJsonObject fault =
        QJsonDocument::fromJson(response.body).object().value(u"fault"_s).toObject();
    const QString code =
        fault.value(u"detail"_s).toObject().value(u"errorcode"_s).toString().toLower();
    if (code == u"oauth.v2.invalidaccesstoken"
        || code == u"keymanagement.service.invalid_access_token")
        FUZZ_CHECK(error.kind() == Kind::InvalidToken, error.detail());
    if (error.kind() == Kind::InvalidToken || error.kind() == Kind::InvalidClient)
        FUZZ_CHECK(!error.serverCode().isEmpty() || !error.serverText().isEmpty(), error.detail());
    // Retry-After in seconds is reported as given.
    bool ok = false;
    const int seconds = response.header("Retry-After").trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        FUZZ_CHECK(error.retryAfterSeconds() == seconds, error.detail());
    return 0;
}
