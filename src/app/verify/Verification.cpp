#include "Verification.h"

#include "Logging.h"
#include "history/SessionRecorder.h"
#include "settings/ProfileConnection.h"
#include "verification/VerificationSession.h"

Verification::Verification(ProfileConnection *connection, HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_profile(connection->profile())
    , m_session(std::make_unique<VerificationSession>(connection->client(), connection->clock()))
{
    if (history) {
        m_recorder = new SessionRecorder(history, this);
        connect(m_session.get(), &VerificationSession::recorded, m_recorder,
                &SessionRecorder::record);
    }
    VerificationSession *session = m_session.get();
    connect(session, &VerificationSession::stateChanged, this, &Verification::changed);
    // Which profile a request ID belongs to, for whoever reads the log later.
    connect(session, &VerificationSession::stateChanged, this,
            [this](VerificationSession::State state) {
                if (state == VerificationSession::State::WaitingForCode && !m_loggedRequest) {
                    m_loggedRequest = true;
                    qCInfo(lcVerification).noquote().nospace()
                        << "request " << m_session->requestId() << " is on profile \""
                        << m_profile.name << '"';
                }
            });
    connect(session, &VerificationSession::countdownsChanged, this, &Verification::changed);
    // Only this profile's clock moves when its simulator's does: search at once, so that what
    // the desk shows matches the sandbox.
    connect(connection, &ProfileConnection::clockSkipped, this, [this] {
        if (m_session->state() == VerificationSession::State::WaitingForCode)
            m_session->refresh();
    });
}

Verification::~Verification()
{
    // The session's calls end before the recorder that writes their outcome goes.
    m_session.reset();
}

void Verification::setAuthor(const QString &operatorName, const QString &workstation)
{
    if (m_recorder)
        m_recorder->setAuthor(operatorName, workstation);
}

bool Verification::send(const VerifyRequest &request, const QString &displayNumber,
                        const QString &reference)
{
    m_request = request;
    m_payment.reset();
    m_displayNumber = displayNumber;
    m_reference = reference;
    qCInfo(lcVerification).noquote().nospace()
        << "sending a PIN to " << Logging::maskedNumber(request.number) << " on profile \""
        << m_profile.name << "\"" << (m_profile.production ? " (production)" : "") << ", workflow "
        << request.workflowId.value_or(1);
    if (m_recorder)
        m_recorder->begin(m_profile.id, m_profile.name, request, m_reference);
    return m_session->send(request);
}

bool Verification::send(const Psd2Request &request, const QString &displayNumber,
                        const QString &reference)
{
    m_request = VerifyRequest(request, request.payee);
    m_payment = request;
    m_displayNumber = displayNumber;
    m_reference = reference;
    qCInfo(lcVerification).noquote().nospace()
        << "sending a payment confirmation (PSD2) to " << Logging::maskedNumber(request.number)
        << " on profile \"" << m_profile.name << "\""
        << (m_profile.production ? " (production)" : "") << ", workflow "
        << request.workflowId.value_or(1);
    if (m_recorder)
        m_recorder->begin(m_profile.id, m_profile.name, request, m_reference);
    return m_session->send(request);
}

bool Verification::resume()
{
    if (m_recorder) {
        if (m_payment)
            m_recorder->begin(m_profile.id, m_profile.name, *m_payment, m_reference);
        else
            m_recorder->begin(m_profile.id, m_profile.name, m_request, m_reference);
    }
    return m_session->resume();
}

bool Verification::follow(const VerifyRequest &request, const QString &displayNumber,
                          const QString &reference, const QString &requestId)
{
    m_request = request;
    m_payment.reset();
    m_displayNumber = displayNumber;
    m_reference = reference;
    qCInfo(lcVerification).noquote().nospace()
        << "following request " << requestId << " for " << Logging::maskedNumber(request.number)
        << " on profile \"" << m_profile.name << "\" instead of sending a new PIN";
    // The history row is found by its request ID: the one the other desk made.
    if (m_recorder)
        m_recorder->begin(m_profile.id, m_profile.name, request, m_reference);
    return m_session->resume(requestId, request);
}

Profile Verification::currentProfile() const
{
    return m_connection ? m_connection->profile() : m_profile;
}

bool Verification::maySucceed() const
{
    const VerificationSession::State state = m_session->state();
    return state == VerificationSession::State::Sending
        || state == VerificationSession::State::WaitingForCode;
}

QString Verification::description() const
{
    return m_request.brand.isEmpty()
        ? tr("%1 (%2)").arg(m_displayNumber, m_profile.name)
        : tr("%1 (%2, %3)").arg(m_displayNumber, m_request.brand, m_profile.name);
}
