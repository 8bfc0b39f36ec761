#pragma once

#include "api/Psd2Request.h"
#include "api/VerifyRequest.h"
#include "settings/Profile.h"
#include "settings/ProfileConnection.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class HistoryStore;
class SessionRecorder;
class VerificationSession;

// One verification the desk follows: its session, bound for all its life to the connection of
// the profile it was sent with (token, client, clock, the Sandbox's simulator), and the history
// row it writes, whatever profile is selected later.
class Verification : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Verification)

public:
    // `history` may be null (nothing is recorded).
    Verification(ProfileConnection *connection, HistoryStore *history, QObject *parent = nullptr);
    ~Verification() override;

    ProfileConnection *connection() const { return m_connection; }
    // The profile as it was when the verification started.
    const Profile &profile() const { return m_profile; }
    // The profile as the settings say now (its production flag may have been ticked since).
    Profile currentProfile() const;
    VerificationSession *session() const { return m_session.get(); }

    // The desk user and computer the history records with this verification.
    void setAuthor(const QString &operatorName, const QString &workstation);
    // Sends `request`; `displayNumber` is the number as the desk shows it, `reference` the
    // ticket or reference typed with it (kept in the history; may be empty).
    bool send(const VerifyRequest &request, const QString &displayNumber,
              const QString &reference = {});
    // Sends a PSD2 payment confirmation; its payee stands where a brand would.
    bool send(const Psd2Request &request, const QString &displayNumber,
              const QString &reference = {});
    // Follows the running request of a status 10 instead.
    bool resume();
    // Follows request `requestId`, made for `request`'s number elsewhere (another desk of the
    // team), instead of sending a new one.
    bool follow(const VerifyRequest &request, const QString &displayNumber,
                const QString &reference, const QString &requestId);

    QString displayNumber() const { return m_displayNumber; }
    // The brand, or the payee of a payment confirmation.
    QString brand() const { return m_request.brand; }
    // The payment confirmation sent, when it was one.
    const std::optional<Psd2Request> &payment() const { return m_payment; }
    QString reference() const { return m_reference; }
    // Sending, or waiting for the code: the customer may still be verified.
    bool maySucceed() const;
    // "+31 6 12345678 (VerifyDesk, Sandbox)", for lists and questions.
    QString description() const;

Q_SIGNALS:
    // What a list of verifications shows changed (state, countdowns).
    void changed();

private:
    QPointer<ProfileConnection> m_connection;
    Profile m_profile;
    std::unique_ptr<VerificationSession> m_session;
    SessionRecorder *m_recorder = nullptr;
    VerifyRequest m_request;
    std::optional<Psd2Request> m_payment;
    QString m_displayNumber;
    QString m_reference;
    bool m_loggedRequest = false;
};
