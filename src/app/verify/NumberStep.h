#pragma once

#include "phone/PhoneNumber.h"
#include "phone/PhoneNumberFormatter.h"
#include "settings/Profile.h"

#include <QWidget>

#include <memory>

struct VerifyRequest;

namespace Ui {
class NumberStep;
}

// Step 1 of a verification: the number as the customer says it, read and judged as it is typed,
// the brand and the request options, checked before anything is sent.
class NumberStep : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberStep)

public:
    explicit NumberStep(QWidget *parent = nullptr);
    ~NumberStep() override;

    // Fills the brand, country and options from a profile's defaults.
    void setDefaults(const Profile::RequestDefaults &defaults);
    // The form as a request; false (and the reason shown at its field, focused) when a value
    // cannot be sent.
    bool buildRequest(VerifyRequest *request);
    PhoneNumber number() const { return m_number; }
    // "Verify again": this number and brand in the form.
    void prefill(const QString &number, const QString &brand);
    // Clears the number (and what was said about it) for the next customer.
    void clearNumber();

    // A sentence under the form; rich text with a link to an exchange ("exchange:ID") allowed.
    void showSendError(const QString &html);
    void clearMessages();
    // Status 10: offers to continue the running request instead.
    void offerResume(const QString &text);
    void hideResumeOffer();
    void setSendAvailable(bool allowed, const QString &reason);
    void setResumeAvailable(bool allowed);
    void focusNumber();
    void focusSend();

Q_SIGNALS:
    void sendRequested();
    void resumeRequested();
    void showExchangeRequested(quint64 exchangeId);

private:
    void populateCountries(const QString &selected);
    QString region() const;
    void onNumberEdited(const QString &text);
    void updateVerdict();
    void updateBrandCounter();
    void setOptionsVisible(bool visible);
    void showFieldError(const QString &field, const QString &message);

    const std::unique_ptr<Ui::NumberStep> m_ui;
    PhoneNumberFormatter m_formatter;
    PhoneNumber m_number;
};
