#include "RequestOptionsEditor.h"

#include "Appearance.h"
#include "FormRows.h"
#include "api/PinRequest.h"
#include "api/Psd2Request.h"
#include "api/SpecLimits.h"
#include "api/VerifyRequest.h"
#include "ui_RequestOptionsEditor.h"
#include "verification/Workflow.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QSignalBlocker>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Timers a profile leaves at these values are not sent: next_event_wait would replace every wait
// of the workflow (125 s, 180 s … in workflow 1).
bool atTheApisDefaults(int pinExpiry, int nextEventWait)
{
    return pinExpiry == Workflow::kDefaultPinExpirySeconds
        && nextEventWait == Profile::RequestDefaults().nextEventWaitSeconds;
}

// Characters a combo keeps room for however narrow the page.
constexpr int kShortestComboText = 16;

} // namespace

RequestOptionsEditor::RequestOptionsEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RequestOptionsEditor>())
{
    m_ui->setupUi(this);
    fillChoices();
    Appearance::markAsError(m_ui->optionsError);
    FormRows::setShown(m_ui->optionsError, false);

    for (QComboBox *combo : {m_ui->codeLengthCombo, m_ui->languageCombo, m_ui->workflowCombo})
        connect(combo, &QComboBox::currentIndexChanged, this,
                &RequestOptionsEditor::onFieldChanged);
    connect(m_ui->workflowCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            Q_EMIT workflowChanged(workflowId());
    });
    for (QSpinBox *spin : {m_ui->pinExpirySpin, m_ui->nextEventWaitSpin})
        connect(spin, &QSpinBox::valueChanged, this, &RequestOptionsEditor::onFieldChanged);
    connect(m_ui->customTimersCheck, &QCheckBox::toggled, this,
            &RequestOptionsEditor::onFieldChanged);
    connect(m_ui->senderIdEdit, &QLineEdit::textChanged, this,
            &RequestOptionsEditor::onFieldChanged);

    setDefaults(Profile::RequestDefaults {});
}

RequestOptionsEditor::~RequestOptionsEditor() = default;

void RequestOptionsEditor::fillChoices()
{
    for (int length : {SpecLimits::kShortCodeLength, SpecLimits::kLongCodeLength})
        m_ui->codeLengthCombo->addItem(tr("%1 digits").arg(length), length);
    fillLanguages(VerifyRequest::languages());
    for (int id = SpecLimits::kMinWorkflowId; id <= SpecLimits::kMaxWorkflowId; ++id) {
        const Workflow workflow = Workflow::fromRequest(id);
        QStringList waits;
        for (int wait : workflow.waits())
            waits.append(tr("%1 s").arg(wait));
        m_ui->workflowCombo->addItem(tr("%1: %2").arg(id).arg(workflow.description()), id);
        m_ui->workflowCombo->setItemData(
            m_ui->workflowCombo->count() - 1,
            tr("Workflow %1: %2, waiting %3 after each message unless next_event_wait is set")
                .arg(id)
                .arg(workflow.description(), waits.join(tr(", "))),
            Qt::ToolTipRole);
    }
    // The longest languages and workflows would widen a narrow page (Settings, large fonts): the
    // combos shorten them there, the list and the tooltips show them whole. Where the page has
    // room they take it, and show them whole too.
    for (QComboBox *combo : {m_ui->languageCombo, m_ui->workflowCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(kShortestComboText);
        combo->setSizePolicy(QSizePolicy::Expanding, combo->sizePolicy().verticalPolicy());
    }
    m_ui->pinExpirySpin->setSuffix(tr(" s"));
    m_ui->nextEventWaitSpin->setSuffix(tr(" s"));
}

void RequestOptionsEditor::fillLanguages(const QStringList &codes)
{
    const QString selected = m_ui->languageCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->languageCombo);
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("Automatic (from the number)"), QString());
    for (const QString &code : codes) {
        const QString name = QLocale::languageToString(QLocale(code).language());
        m_ui->languageCombo->addItem(tr("%1 (%2)").arg(code, name), code);
    }
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(selected)));
}

void RequestOptionsEditor::setPaymentConfirmation(bool payment)
{
    if (payment == m_payment)
        return;
    m_payment = payment;
    const QString before = m_ui->languageCombo->currentData().toString();
    // A verification's language, given back when the payment confirmation is put aside.
    const QString kept = std::exchange(m_languageAside, payment ? before : QString());
    fillLanguages(payment ? Psd2Request::languages() : VerifyRequest::languages());
    if (!payment && before.isEmpty())
        m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(kept)));
    // The vendor's spec has no sender_id for a payment confirmation.
    FormRows::setRowShown(m_ui->optionsForm, m_ui->senderIdEdit, !payment);
    if (m_ui->languageCombo->currentData().toString() != before)
        onFieldChanged();
}

void RequestOptionsEditor::setDefaults(const Profile::RequestDefaults &defaults)
{
    const int workflowBefore = workflowId();
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        m_ui->codeLengthCombo->setCurrentIndex(
            std::max(0, m_ui->codeLengthCombo->findData(defaults.codeLength)));
        m_ui->languageCombo->setCurrentIndex(
            std::max(0, m_ui->languageCombo->findData(defaults.language.toLower())));
        if (m_payment)
            m_languageAside = defaults.language.toLower();
        m_ui->workflowCombo->setCurrentIndex(
            std::max(0, m_ui->workflowCombo->findData(defaults.workflowId)));
        m_ui->pinExpirySpin->setValue(defaults.pinExpirySeconds);
        m_ui->nextEventWaitSpin->setValue(defaults.nextEventWaitSeconds);
        m_ui->customTimersCheck->setChecked(
            !m_timersOptional
            || !atTheApisDefaults(defaults.pinExpirySeconds, defaults.nextEventWaitSeconds));
        m_ui->senderIdEdit->setText(defaults.senderId);
    }
    updateTimersNote();
    if (workflowId() != workflowBefore)
        Q_EMIT workflowChanged(workflowId());
    Q_EMIT changed();
}

Profile::RequestDefaults RequestOptionsEditor::defaults(const Profile::RequestDefaults &base) const
{
    Profile::RequestDefaults defaults;
    defaults.brand = base.brand;
    defaults.country = base.country;
    defaults.codeLength = m_ui->codeLengthCombo->currentData().toInt();
    defaults.language = m_ui->languageCombo->currentData().toString();
    defaults.workflowId = workflowId();
    defaults.pinExpirySeconds = m_ui->pinExpirySpin->value();
    defaults.nextEventWaitSeconds = m_ui->nextEventWaitSpin->value();
    defaults.senderId = senderId();
    return defaults;
}

void RequestOptionsEditor::applyTo(PinRequest *request) const
{
    request->codeLength = m_ui->codeLengthCombo->currentData().toInt();
    request->language = m_ui->languageCombo->currentData().toString();
    request->workflowId = workflowId();
    if (m_ui->customTimersCheck->isChecked()) {
        request->pinExpiry = m_ui->pinExpirySpin->value();
        request->nextEventWait = m_ui->nextEventWaitSpin->value();
    } else {
        request->pinExpiry.reset();
        request->nextEventWait.reset();
    }
}

QString RequestOptionsEditor::senderId() const
{
    return m_ui->senderIdEdit->text().trimmed();
}

int RequestOptionsEditor::workflowId() const
{
    return m_ui->workflowCombo->currentData().toInt();
}

void RequestOptionsEditor::setWorkflowId(int id)
{
    const int index = m_ui->workflowCombo->findData(id);
    if (index >= 0)
        m_ui->workflowCombo->setCurrentIndex(index);
}

void RequestOptionsEditor::setTimersOptional(bool optional)
{
    if (optional == m_timersOptional)
        return;
    m_timersOptional = optional;
    FormRows::setShown(m_ui->customTimersCheck, optional);
    if (!optional)
        m_ui->customTimersCheck->setChecked(true);
    else
        m_ui->customTimersCheck->setChecked(
            !atTheApisDefaults(m_ui->pinExpirySpin->value(), m_ui->nextEventWaitSpin->value()));
    updateTimersNote();
}

QWidget *RequestOptionsEditor::widgetForField(const QString &field) const
{
    const std::pair<QStringView, QWidget *> widgets[] = {
        {u"code_length", m_ui->codeLengthCombo},       {u"lg", m_ui->languageCombo},
        {u"workflow_id", m_ui->workflowCombo},         {u"pin_expiry", m_ui->pinExpirySpin},
        {u"next_event_wait", m_ui->nextEventWaitSpin}, {u"sender_id", m_ui->senderIdEdit},
    };
    for (const auto &[name, widget] : widgets) {
        if (field == name)
            return widget;
    }
    return nullptr;
}

QList<QWidget *> RequestOptionsEditor::fieldsInTabOrder() const
{
    return {m_ui->codeLengthCombo,   m_ui->languageCombo, m_ui->workflowCombo,
            m_ui->customTimersCheck, m_ui->pinExpirySpin, m_ui->nextEventWaitSpin,
            m_ui->senderIdEdit};
}

bool RequestOptionsEditor::showFieldError(const QString &field, const QString &message)
{
    QWidget *widget = widgetForField(field);
    if (!widget)
        return false;
    // The server may refuse a timer the user left to the workflow: it is shown to be edited.
    if (!widget->isEnabled() && (field == u"pin_expiry" || field == u"next_event_wait"))
        m_ui->customTimersCheck->setChecked(true);
    m_ui->optionsError->setText(Appearance::errorText(message));
    FormRows::setShown(m_ui->optionsError, true);
    widget->setFocus(Qt::OtherFocusReason);
    return true;
}

void RequestOptionsEditor::clearFieldError()
{
    m_ui->optionsError->clear();
    FormRows::setShown(m_ui->optionsError, false);
}

void RequestOptionsEditor::onFieldChanged()
{
    if (m_filling)
        return;
    updateTimersNote();
    Q_EMIT changed();
}

void RequestOptionsEditor::updateTimersNote()
{
    const bool custom = m_ui->customTimersCheck->isChecked();
    m_ui->pinExpirySpin->setEnabled(custom);
    m_ui->nextEventWaitSpin->setEnabled(custom);
    if (!custom) {
        m_ui->timersNote->setText(tr("The workflow's own timings apply; the PIN stays valid %1 s.")
                                      .arg(Workflow::kDefaultPinExpirySeconds));
        return;
    }
    const int pinExpiry = m_ui->pinExpirySpin->value();
    const int wait = m_ui->nextEventWaitSpin->value();
    if (pinExpiry % wait != 0) {
        m_ui->timersNote->setText(
            tr("⚠ pin_expiry (%1 s) is not a multiple of next_event_wait (%2 s), so the API will "
               "use next_event_wait: the PIN expires after %2 s.")
                .arg(pinExpiry)
                .arg(wait));
    } else if (!m_timersOptional && atTheApisDefaults(pinExpiry, wait)) {
        // What a verification with these defaults will do: the wizard leaves them out.
        m_ui->timersNote->setText(
            tr("At %1 s and %2 s the timers are not sent: the workflow's own timings apply, and "
               "the PIN stays valid %1 s.")
                .arg(pinExpiry)
                .arg(wait));
    } else {
        m_ui->timersNote->setText(tr("The PIN stays valid %1 s; Verify waits %2 s before each "
                                     "next message. pin_expiry must be a multiple of "
                                     "next_event_wait, or the API uses next_event_wait.")
                                      .arg(pinExpiry)
                                      .arg(wait));
    }
}
