#include "ClientRig.h"

#include "FuzzSupport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

const QByteArray ClientRig::kClientSecret = QByteArrayLiteral("fuzz-Secret-7c1e9b");
const QByteArray ClientRig::kToken = QByteArrayLiteral("fuzzToken-Q8vX2mT4");
const QByteArray ClientRig::kRequestId = QByteArrayLiteral("abcdef0123456789abcdef0123456789");

namespace {

FakeAnswer validTokenAnswer()
{
    FakeAnswer answer;
    answer.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    answer.body = "{\"access_token\":\"" + ClientRig::kToken
        + "\",\"expires_in\":\"3599\",\"issued_at\":\"1521039195424\","
          "\"token_type\":\"Bearer\",\"status\":\"approved\","
          "\"api_product_list_json\":[\"Nexmo Verify\"]}";
    return answer;
}

} // namespace

ClientRig::ClientRig(FakeAnswer verifyAnswer, std::optional<FakeAnswer> tokenAnswer)
    : m_network(
        [verifyAnswer = std::move(verifyAnswer),
         tokenAnswer = tokenAnswer.value_or(validTokenAnswer())](const FakeNetwork::Sent &sent) {
            return sent.url.path().endsWith(u"/accesstoken") ? tokenAnswer : verifyAnswer;
        })
    , m_tokens(&m_network, &m_log)
    , m_client(&m_network, &m_tokens, &m_log)
{
    ApiConfig config;
    config.tokenUrl = QUrl(u"http://api.fuzz.invalid/oauth/client_credential/accesstoken"_s);
    config.apiBaseUrl = QUrl(u"http://api.fuzz.invalid/communication/nexmo/verify"_s);
    config.clientId = u"fuzz-client"_s;
    config.clientSecret = QString::fromLatin1(kClientSecret);
    config.proxyMode = ApiConfig::ProxyMode::None;
    m_client.setConfig(config);
    m_log.addSecret(kClientSecret);
    m_tokens.setRetryDelays({0, 0});
    m_client.setSearchRetryDelays({0, 0});
    // Each answer is read once: a "Throttled" (status 1) is the caller's error, not a retry.
    m_client.setThrottleRetryDelays({});
    RateGuard *guard = m_client.rateGuard();
    guard->setClock([this] { return m_nowMs; });
    guard->setWakeUp([this](qint64 delayMs) { m_wakeUpMs = delayMs; });
}

ClientRig::~ClientRig()
{
    settle();
}

void ClientRig::turn()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (m_wakeUpMs) {
        // Nothing else can happen until the rate guard's time comes: move on to it.
        m_nowMs += std::max<qint64>(0, *m_wakeUpMs);
        m_wakeUpMs.reset();
        m_client.rateGuard()->pump();
    }
}

void ClientRig::runUntil(const std::function<bool()> &done)
{
    for (int i = 0; i < 10'000; ++i) {
        if (done())
            return;
        turn();
    }
    fuzz::fail("the call ends", u"no callback after 10,000 turns of the event loop"_s);
}

void ClientRig::settle()
{
    for (int i = 0; i < 4; ++i)
        turn();
}

int ClientRig::verifyCallsSent() const
{
    return static_cast<int>(m_network.sent().size()) - tokenCallsSent();
}

int ClientRig::tokenCallsSent() const
{
    return m_network.countSentTo(u"/accesstoken"_s);
}

void ClientRig::checkLog(const QList<QByteArray> &extra) const
{
    QList<QByteArray> secrets {kClientSecret, kToken};
    secrets.append(extra);
    fuzz::checkExchangeLog(m_log, secrets);
}

void ClientRig::checkError(const ApiError &error)
{
    using Kind = ApiError::Kind;
    FUZZ_CHECK(!error.message().trimmed().isEmpty(), error.detail());
    // Nothing here times out, aborts, is refused before sending or has a bad configuration.
    FUZZ_CHECK(error.kind() != Kind::Timeout && error.kind() != Kind::Aborted
                   && error.kind() != Kind::InvalidInput && error.kind() != Kind::Config
                   && error.kind() != Kind::Tls,
               error.detail());
    FUZZ_CHECK(error.bodyExcerpt().size() <= ApiError::kMaxExcerptBytes, error.detail());
    if (error.kind() == Kind::Business)
        FUZZ_CHECK(!error.businessStatus().isEmpty(), error.detail());
    // Not checked: a secret the server echoes in an error body stays in bodyExcerpt(), which
    // masks sensitive keys but does not know the literal secrets (reported).
    FUZZ_CHECK(fuzz::unmaskedSensitiveValue(error.bodyExcerpt().toUtf8()).isEmpty(),
               error.detail());
}
