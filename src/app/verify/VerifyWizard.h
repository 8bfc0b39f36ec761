#pragma once

#include "AreaPage.h"
#include "Verification.h"
#include "settings/Profile.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class Connections;
class ProfileConnection;
class HistoryStore;
class NumberStep;
class PinStep;
class QTreeWidgetItem;
class ResultStep;
class VerificationSession;

namespace Ui {
class VerifyWizard;
}

// The Verify area: the verifications the desk follows, listed with their number, brand, profile,
// status and time left, and the steps of the one at hand — number and brand, the PIN with its
// countdowns and actions, the result. Each verification is bound to the profile it was sent with;
// any can be put aside and picked up again, and a new one started at any time (Ctrl+N).
class VerifyWizard : public QWidget, public AreaPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyWizard)

public:
    enum class Step { Number, Pin, Result };

    // `history` may be null (nothing is recorded).
    VerifyWizard(Connections *connections, HistoryStore *history, QWidget *parent = nullptr);
    ~VerifyWizard() override;

    // The profile new verifications are sent with: its defaults fill the form. Verifications
    // already sent keep theirs.
    void setProfile(const Profile &profile);
    // Asked before anything that sends an SMS or makes a call on a production profile; `what` is
    // a translated sentence. Refusing sends nothing.
    void setCostlyActionGuard(std::function<bool(const Profile &, const QString &what)> guard);
    // The desk user and computer the history records with each verification sent from now on.
    void setAuthor(const QString &operatorName, const QString &workstation);
    // "Verify again" from the history: a new verification with this number, brand and ticket
    // or reference; the running ones go on.
    bool prefill(const QString &number, const QString &brand, const QString &reference = {});
    // The same for a payment confirmation; false when the selected profile's API has no PSD2
    // (the number and reference alone are then in the form, and the step says why).
    bool prefillPayment(const QString &number, const QString &payee, qint64 amountCents,
                        const QString &reference = {});

    // The session of the verification on screen (the one being sent, on step 1); null when none.
    VerificationSession *session() const;
    // The verification on screen; null on step 1.
    Verification *currentVerification() const;
    // Every verification listed, oldest first.
    QList<Verification *> verifications() const;
    // Those that may still succeed, described for a question ("+31 6 … (Brand, Sandbox)").
    QStringList runningDescriptions() const;
    // How many of them there are.
    int runningCount() const;
    Step currentStep() const;
    // Shows a listed verification (the one on screen is put aside) and gives it the keyboard.
    void showVerification(Verification *verification);
    // Gives the keyboard to the step's first field: the number, the PIN, or "New verification".
    void focusMainControl() override;
    // How many times the countdowns of the verification on screen were announced to screen
    // readers (thresholds, not seconds).
    int countdownAnnouncements() const;

public Q_SLOTS:
    // Step 1 for another customer; the verifications running go on and stay listed.
    void newVerification();

Q_SIGNALS:
    // The user followed an error's link to the HTTP exchange behind it.
    void showExchangeRequested(quint64 exchangeId);
    // Another verification is on screen, or none (step 1).
    void currentVerificationChanged();
    // A verification was added to the list or left it.
    void verificationsChanged();
    // runningCount() changed.
    void runningCountChanged(int count);

private:
    struct Entry
    {
        QPointer<Verification> verification;
        PinStep *pin = nullptr;
        ResultStep *result = nullptr;
        QTreeWidgetItem *item = nullptr;
        bool showWhenReady = true; // its first step is shown (and focused) when it arrives
    };

    void send();
    void resumeRunning();
    // In a shared history, another desk's running verification of this number: offered to be
    // continued instead (true: nothing is sent now).
    bool offerColleaguesVerification(const VerifyRequest &request, const QString &displayNumber,
                                     const QString &reference);
    // A new pending verification on `connection`, followed by this wizard.
    void startPending(ProfileConnection *connection);
    // Status 10 on the pending send: offers to continue the running request `requestId`.
    void offerResume(const QString &requestId);
    void onPendingStateChanged();
    void adopt(Verification *verification, bool show);
    void showVerification(Verification *verification, bool takeKeyboard);
    void onEntryStateChanged(Verification *verification);
    void updateRow(const Entry &entry);
    void updateListHeight();
    void showPage(QWidget *page);
    void updateStepLabel();
    void leave(Verification *verification);
    void close(Verification *verification);
    void closeFinishedOnScreen();
    void updateSendAvailability();
    void updateRunningCount();
    bool allowedToSpend(const Profile &profile, const QString &what);
    Entry *entryFor(const Verification *verification);
    const Entry *entryFor(const Verification *verification) const;

    const std::unique_ptr<Ui::VerifyWizard> m_ui;
    Connections *m_connections;
    HistoryStore *m_history; // outlives the window
    NumberStep *m_numberStep;
    std::function<bool(const Profile &, const QString &)> m_guard;
    Profile m_profile;
    bool m_haveProfile = false;
    QString m_operatorName;
    QString m_workstation;
    // The verification being sent from step 1, until its request runs (or to resume it after a
    // status 10).
    std::unique_ptr<Verification> m_pending;
    // Status 10 named a request that a listed verification follows already: resuming shows it.
    QPointer<Verification> m_resumeListed;
    // Another desk's running verification of the number in step 1 (shared history), offered to
    // be continued instead of a second PIN; the number it was offered for, so that a second
    // Send goes out.
    struct Colleague
    {
        QString requestId;
        VerifyRequest request;
        QString displayNumber;
        QString reference;
    };
    std::optional<Colleague> m_colleague;
    QString m_colleagueWarnedFor;
    QList<Entry> m_entries;
    int m_runningCount = 0;
};
