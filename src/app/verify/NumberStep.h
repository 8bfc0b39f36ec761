#pragma once

#include "phone/PhoneNumber.h"
#include "phone/PhoneNumberFormatter.h"
#include "settings/Profile.h"

#include <QWidget>

#include <memory>
#include <optional>

class ApiError;
struct Psd2Request;
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
    // The same for a payment confirmation (PSD2): payee and amount instead of the brand.
    bool buildRequest(Psd2Request *request);
    // Whether the profile's API offers payment confirmation (PSD2, offersPsd2()): only then is
    // the request kind shown and may be chosen; otherwise a verification is sent.
    void setPaymentOffered(bool offered);
    // "Payment confirmation (PSD2)" is chosen (and offered).
    bool isPaymentConfirmation() const;
    PhoneNumber number() const { return m_number; }
    // The number is a fixed line and the workflow starts with a text message, which cannot
    // arrive there.
    bool smsCannotArrive() const;
    // Workflow 7 (call only) for the request being prepared; given back for the next number.
    void useVoiceWorkflow();
    // "Verify again": this number and brand in the form.
    void prefill(const QString &number, const QString &brand);
    // "Verify again" of a payment confirmation: the number, payee and amount, the kind PSD2 when
    // the profile offers it; false (the number only in the form) when it does not.
    bool prefillPayment(const QString &number, const QString &payee, qint64 amountCents);
    // The ticket or reference typed with the verification (optional, kept in the history),
    // trimmed; nullopt, with the reason shown at its field (focused), when it cannot be kept.
    std::optional<QString> takeReference();
    // "Verify again": the reference of the verification repeated.
    void setReference(const QString &reference);
    // Clears the number and reference (and what was said about them) for the next customer.
    void clearNumber();

    // A sentence under the form, with a link to the exchange behind it when `exchangeId` is
    // not 0.
    void showSendError(const QString &sentence, quint64 exchangeId = 0);
    void clearMessages();
    // Status 10: offers to continue the running request instead.
    void offerResume(const QString &text);
    void hideResumeOffer();
    void setSendAvailable(bool allowed, const QString &reason);
    void setResumeAvailable(bool allowed);
    void focusNumber();
    void selectNumber();
    void focusSend();

Q_SIGNALS:
    void sendRequested();
    void resumeRequested();
    void showExchangeRequested(quint64 exchangeId);
    // A verification or a payment confirmation is chosen now.
    void kindChanged();

private:
    void populateCountries(const QString &selected);
    void setUpPayment();
    QString region() const;
    void onNumberEdited(const QString &text);
    void updateVerdict();
    void updateBrandCounter();
    void updatePayeeCounter();
    void updateAmountPreview();
    // Shows the fields of the kind chosen: brand, or payee and amount, and the options' own.
    void updateKind();
    // The number as a request takes it; false (the reason shown) when it is not usable.
    bool takeNumber();
    void setOptionsVisible(bool visible);
    void showFieldError(const QString &field, const QString &message);
    // Whether a request checked by its validate() may be sent; its error, if any, shown at its
    // field.
    bool isSendable(const std::optional<ApiError> &error);
    // What was said about the last send goes once its input changes.
    void inputChanged();
    void restoreWorkflow();

    const std::unique_ptr<Ui::NumberStep> m_ui;
    PhoneNumberFormatter m_formatter;
    PhoneNumber m_number;
    // The workflow before "Use workflow 7" for a fixed line, given back when the number changes
    // to another kind or the request went out; 0 when none was replaced.
    int m_workflowBeforeVoice = 0;
    bool m_paymentOffered = false;
};
