#pragma once

#include "phone/PhoneNumber.h"
#include "phone/PhoneNumberFormatter.h"
#include "settings/Profile.h"
#include "verification/SessionRecord.h"

#include <QWidget>

#include <functional>
#include <memory>

class ApiError;
class QLabel;
class SessionClock;
class SkippableClock;
class VerificationSession;
class VerifyClient;
struct VerifyRequest;

namespace Ui {
class VerifyWizard;
}

// The verification wizard: number and brand with the request options, then the PIN with the
// countdowns, attempts and control actions, then the result. It renders a VerificationSession and
// checks what the user typed before anything is sent; the session does the calls.
class VerifyWizard : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyWizard)

public:
    enum class Step { Number, Pin, Result };

    explicit VerifyWizard(VerifyClient *client, QWidget *parent = nullptr);
    ~VerifyWizard() override;

    // The request defaults fill the form, the production flag makes costly actions ask first.
    void setProfile(const Profile &profile);
    // Asked before anything that sends an SMS or makes a call on a production profile; `what`
    // is a translated sentence. Refusing sends nothing.
    void setCostlyActionGuard(std::function<bool(const QString &what)> guard);
    // Replaces the session's clock (tests and demos); only while nothing runs. Not owned.
    void setSessionClock(SessionClock *clock);
    // "Verify again" from the history: back to step 1 with this number and brand. Refused (false)
    // while a verification runs.
    bool prefill(const QString &number, const QString &brand);

    VerificationSession *session() const { return m_session.get(); }
    Step currentStep() const;
    // Gives the keyboard to the step's first field: the number, the PIN, or "New verification".
    void focusMainControl();
    // How many times a countdown was announced to screen readers (thresholds, not seconds).
    int countdownAnnouncements() const { return m_countdownAnnouncements; }

public Q_SLOTS:
    // The in-process sandbox's clock was moved on: the wizard's own clock follows and the
    // session searches, so that what it shows matches the sandbox.
    void followSandboxClock(qint64 seconds);

Q_SIGNALS:
    // A request is about to go out (or a running one to be resumed): who verifies what, for the
    // history row the next records belong to.
    void requestStarting(const VerifyRequest &request);
    // Every step of the session, for the history.
    void recorded(const SessionRecord &record);
    // The user followed an error's link to the HTTP exchange behind it.
    void showExchangeRequested(quint64 exchangeId);

private:
    void setUpNumberStep();
    void setUpPinStep();
    void setUpResultStep();
    void createSession(SessionClock *clock);
    void applyDefaults(const Profile::RequestDefaults &defaults);
    void populateCountries(const QString &selected);
    QString region() const;

    // Step 1
    void onNumberEdited(const QString &text);
    void updateVerdict();
    void updateBrandCounter();
    void updateTimersNote();
    void setOptionsVisible(bool visible);
    void clearFieldErrors();
    void send();
    bool buildRequest(VerifyRequest *request);
    void showFieldError(const QString &field, const QString &message);
    void resumeRunning();

    // Step 2
    void check();
    void cancel();
    void nextEvent();
    void refresh();
    void copyRequestId();
    void updateTimeline();
    void updateCountdowns();
    void announceCountdown(QLabel *label, int seconds, int *lastThreshold);
    void updateActions();
    void onCodeChecked(bool valid, int attemptsLeft);
    void onError(const ApiError &error);
    QString errorText(const ApiError &error) const;
    QString withExchangeLink(const QString &sentence, quint64 exchangeId) const;

    // Step 3
    void showResult();
    void startOver(bool keepNumber);

    void onStateChanged();
    void showStep(Step step);
    bool allowedToSpend(const QString &what);
    QString displayNumber() const;

    const std::unique_ptr<Ui::VerifyWizard> m_ui;
    VerifyClient *m_client;
    SkippableClock *m_ownClock;
    SessionClock *m_clock;
    std::unique_ptr<VerificationSession> m_session;
    std::function<bool(const QString &)> m_guard;
    Profile m_profile;
    bool m_haveProfile = false;
    PhoneNumberFormatter m_formatter;
    PhoneNumber m_number;
    std::unique_ptr<VerifyRequest> m_lastRequest; // the last one sent, for a resume
    static constexpr int kNotAnnounced = -2;
    // The last countdown threshold (60, 30, 10, 0 s; 61 above, -1 none) told to screen readers.
    int m_announcedCancel = kNotAnnounced;
    int m_announcedPinExpiry = kNotAnnounced;
    int m_announcedNextEvent = kNotAnnounced;
    int m_countdownAnnouncements = 0;
};
