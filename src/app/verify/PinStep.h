#pragma once

#include "about/ShortcutsDialog.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class ApiError;
class Verification;
class VerificationSession;

namespace Ui {
class PinStep;
}

// Step 2 of one verification: the PIN the customer reads out, the request's timeline with its
// countdowns, the attempts left and the control actions, each enabled only when the API allows
// it and saying why not when it does not.
class PinStep : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinStep)

public:
    explicit PinStep(Verification *verification, QWidget *parent = nullptr);
    ~PinStep() override;

    // The keys of a PIN step, for Help > Keyboard shortcuts while none is on screen.
    static QList<ShortcutsDialog::Entry> shortcuts();

    // Asked before anything that sends an SMS or makes a call; `what` is a translated sentence.
    void setCostlyActionGuard(std::function<bool(const QString &what)> guard);
    Verification *verification() const { return m_verification; }
    void focusPin();
    // How many times a countdown was announced to screen readers (thresholds, not seconds).
    int countdownAnnouncements() const { return m_countdownAnnouncements; }

Q_SIGNALS:
    // The user followed an error's link to the HTTP exchange behind it.
    void showExchangeRequested(quint64 exchangeId);
    // "Leave…": stop following this verification here.
    void leaveRequested();

private:
    VerificationSession *session() const;
    // A session-clock time as the desk shows times.
    QString shownTime(qint64 sessionMs) const;
    // Parts of the constructor: the rows that wrap, the actions' wiring, the number and the
    // profile the step is about, and the session's signals.
    void arrangeRows();
    void connectActions();
    void showWhatIsVerified();
    void followSession();
    void start();
    void check();
    void cancel();
    void nextEvent();
    void refresh();
    void copyRequestId();
    void updateTimeline();
    void updateCountdowns();
    // Whether a countdown at `seconds` is to be told to screen readers now (it started or crossed
    // a threshold since `*lastThreshold`, which it updates).
    bool announceCountdown(int seconds, int *lastThreshold);
    // Tells screen readers `text` as `widget`'s description.
    void tell(QWidget *widget, const QString &text);
    void updateActions();
    void onCodeChecked(bool valid, int attemptsLeft);
    // The wrong-code message, or what a PIN renewed since says instead.
    void updatePinMessage();
    void onError(const ApiError &error);

    const std::unique_ptr<Ui::PinStep> m_ui;
    QPointer<Verification> m_verification;
    std::function<bool(const QString &)> m_guard;
    static constexpr int kNotAnnounced = -2;
    // The last countdown threshold (60, 30, 10, 0 s; 61 above, -1 none) told to screen readers.
    int m_announcedCancel = kNotAnnounced;
    int m_announcedPinExpiry = kNotAnnounced;
    int m_announcedNextEvent = kNotAnnounced;
    int m_countdownAnnouncements = 0;
    // The code's and the next message's countdowns as last told, the timeline's description.
    QString m_toldPinExpiry;
    QString m_toldNextEvent;
    // Session-clock time of the last wrong code and the attempts it left; -1 when none is
    // said (or a new PIN went out since).
    qint64 m_wrongCodeAtMs = -1;
    int m_attemptsAfterWrongCode = 0;
    // Session-clock time of the renewal last told in the PIN note; -1 before any.
    qint64 m_renewalNotedAtMs = -1;
};
