#pragma once

#include "settings/Profile.h"

#include <QWidget>

#include <memory>

struct PinRequest;

namespace Ui {
class RequestOptionsEditor;
}

// The options of a Verify request (code length, language, workflow, timers, sender id) with the
// API's rules explained next to them: the wizard edits one request's, Settings a profile's
// defaults. Brand and country are the host's own fields.
class RequestOptionsEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestOptionsEditor)

public:
    explicit RequestOptionsEditor(QWidget *parent = nullptr);
    ~RequestOptionsEditor() override;

    // Fills every field from a profile's defaults (brand and country are not edited here). Timers
    // at the API's defaults (300 s and 300 s) leave "Set the timers myself" unticked.
    void setDefaults(const Profile::RequestDefaults &defaults);
    // The fields as defaults (brand and country copied from `base`); the timers as the spin boxes
    // show them, ticked or not.
    Profile::RequestDefaults defaults(const Profile::RequestDefaults &base = {}) const;
    // Copies the options both kinds of request have into `request`; the timers only when "Set
    // the timers myself" is ticked.
    void applyTo(PinRequest *request) const;
    // The sender id, trimmed, which only a verification has.
    QString senderId() const;
    // A payment confirmation (PSD2) has its own languages and no sender id: the language list
    // and the sender id field follow. A language the other list lacks becomes "Automatic".
    void setPaymentConfirmation(bool payment);
    bool isPaymentConfirmation() const { return m_payment; }

    int workflowId() const;
    void setWorkflowId(int id);

    // Settings stores both timers with every profile: there the check is hidden and stays ticked
    // (false). The wizard shows it (true, the default).
    void setTimersOptional(bool optional);

    // Shows `message` under the options and focuses the widget of the API field ("code_length",
    // "lg", "workflow_id", "pin_expiry", "next_event_wait", "sender_id"); false for another field.
    bool showFieldError(const QString &field, const QString &message);
    void clearFieldError();
    // The widget that edits the API field, nullptr for another field.
    QWidget *widgetForField(const QString &field) const;
    // Every field, in the order Tab visits them, for a form that holds the editor.
    QList<QWidget *> fieldsInTabOrder() const;

Q_SIGNALS:
    void workflowChanged(int workflowId);
    // Any field changed, by the user or by a setter.
    void changed();

private:
    void fillChoices();
    void fillLanguages(const QStringList &codes);
    void updateTimersNote();
    void onFieldChanged();

    const std::unique_ptr<Ui::RequestOptionsEditor> m_ui;
    bool m_timersOptional = true;
    bool m_filling = false; // setDefaults() runs: one changed() at its end
    bool m_payment = false; // the options of a payment confirmation (PSD2)
    QString m_languageAside; // the verification's language while m_payment
};
