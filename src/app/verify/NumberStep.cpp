#include "NumberStep.h"

#include "Appearance.h"
#include "ErrorLink.h"
#include "FormRows.h"
#include "Icons.h"
#include "ScrollAreaFit.h"
#include "SendShortcut.h"
#include "api/ApiError.h"
#include "api/Psd2Request.h"
#include "api/SpecLimits.h"
#include "api/VerifyRequest.h"
#include "history/TicketReference.h"
#include "phone/CountryNames.h"
#include "ui_NumberStep.h"
#include "verification/Workflow.h"
#include "verify/EuroAmount.h"
#include "verify/RequestOptionsEditor.h"

#include <QSignalBlocker>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Call only: what a fixed line can receive.
constexpr int kVoiceOnlyWorkflow = 7;

// The counter under a field with a length limit: "10/18", or "20/18, too long".
QString lengthText(const QString &text, int maxLength)
{
    const int length = static_cast<int>(text.size());
    return length > maxLength ? NumberStep::tr("%1/%2, too long").arg(length).arg(maxLength)
                              : NumberStep::tr("%1/%2").arg(length).arg(maxLength);
}

struct Country
{
    const char16_t *region;
    int callingCode;
};

// The countries the selector offers; a profile's own country is added when missing.
constexpr Country kCountries[] = {
    {u"NL", 31},  {u"BE", 32},  {u"DE", 49},  {u"FR", 33},  {u"GB", 44}, {u"IE", 353},
    {u"LU", 352}, {u"ES", 34},  {u"PT", 351}, {u"IT", 39},  {u"AT", 43}, {u"CH", 41},
    {u"DK", 45},  {u"SE", 46},  {u"NO", 47},  {u"FI", 358}, {u"PL", 48}, {u"CZ", 420},
    {u"TR", 90},  {u"MA", 212}, {u"SR", 597}, {u"CW", 599}, {u"US", 1},  {u"CA", 1},
    {u"AU", 61},  {u"IN", 91},  {u"CN", 86},  {u"JP", 81},  {u"BR", 55}, {u"ZA", 27},
};

bool looksLikeAPhoneNumber(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isDigit() || c == u' ' || c == u'+' || c == u'-' || c == u'(' || c == u')'
            || c == u'.';
    });
}

} // namespace

NumberStep::NumberStep(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NumberStep>())
{
    m_ui->setupUi(this);
    Icons::applyNamed(this);
    populateCountries(u"NL"_s);
    connect(m_ui->countryCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_formatter.setRegionCode(region());
        onNumberEdited(m_ui->numberEdit->text());
    });
    connect(m_ui->numberEdit, &QLineEdit::textEdited, this, &NumberStep::onNumberEdited);
    connect(m_ui->numberEdit, &QLineEdit::textChanged, this, &NumberStep::updateVerdict);
    // The clear button shows only over text, so it is made with the first text: its icon is the
    // first image the window would load, and loading the image plugins is not needed to paint an
    // empty field.
    auto *clearButtonOnce = new QObject(this);
    connect(m_ui->numberEdit, &QLineEdit::textChanged, clearButtonOnce, [this, clearButtonOnce] {
        m_ui->numberEdit->setClearButtonEnabled(true);
        clearButtonOnce->deleteLater();
    });
    connect(m_ui->brandEdit, &QLineEdit::textChanged, this, &NumberStep::updateBrandCounter);
    connect(m_ui->brandEdit, &QLineEdit::textEdited, this, &NumberStep::inputChanged);
    connect(m_ui->referenceEdit, &QLineEdit::textEdited, this, [this] {
        Appearance::setMessage(m_ui->referenceError, {});
        inputChanged();
    });
    connect(m_ui->optionsPanel, &RequestOptionsEditor::changed, this, &NumberStep::inputChanged);
    m_ui->brandCounter->setAccessibleName(tr("Brand length"));
    connect(m_ui->optionsPanel, &RequestOptionsEditor::workflowChanged, this,
            &NumberStep::updateVerdict);
    m_ui->optionsToggle->setAccessibleName(tr("Show the request options"));
    connect(m_ui->optionsToggle, &QToolButton::toggled, this, &NumberStep::setOptionsVisible);
    setOptionsVisible(false);
    // The form's tab order cannot name the options' fields: they follow their toggle here, as
    // they are shown, before Send.
    QWidget *previous = m_ui->optionsToggle;
    for (QWidget *next : m_ui->optionsPanel->fieldsInTabOrder()) {
        setTabOrder(previous, next);
        previous = next;
    }

    connect(m_ui->useVoiceWorkflowButton, &QPushButton::clicked, this, [this] {
        useVoiceWorkflow();
        m_ui->brandEdit->setFocus();
    });
    connect(m_ui->sendButton, &QPushButton::clicked, this, &NumberStep::sendRequested);
    addSendShortcut(this, tr("Send the PIN"), &NumberStep::sendRequested);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &NumberStep::resumeRequested);
    ErrorLink::follow(m_ui->sendError, this, &NumberStep::showExchangeRequested);
    m_ui->resumeBox->hide();
    for (QLabel *label : {m_ui->numberError, m_ui->brandError, m_ui->payeeError, m_ui->amountError,
                          m_ui->referenceError, m_ui->sendError})
        Appearance::markAsError(label);
    setUpPayment();
    clearMessages();
    updateBrandCounter();
    // Step 1 scrolls up and down where the window is short (large fonts, the options open), and
    // is never clipped at the right.
    ScrollAreaFit::fitWidth(m_ui->numberScroll);
}

NumberStep::~NumberStep() = default;

void NumberStep::setUpPayment()
{
    m_ui->kindCombo->addItem(tr("Verification (the brand in the message)"), false);
    m_ui->kindCombo->addItem(tr("Payment confirmation (PSD2)"), true);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &NumberStep::updateKind);
    connect(m_ui->payeeEdit, &QLineEdit::textChanged, this, &NumberStep::updatePayeeCounter);
    connect(m_ui->payeeEdit, &QLineEdit::textEdited, this, &NumberStep::inputChanged);
    m_ui->payeeCounter->setAccessibleName(tr("Payee length"));
    m_ui->amountEdit->setPlaceholderText(
        tr("In euros, e.g. %1").arg(EuroAmount::edit(4800, locale())));
    connect(m_ui->amountEdit, &QLineEdit::textChanged, this, &NumberStep::updateAmountPreview);
    connect(m_ui->amountEdit, &QLineEdit::textEdited, this, &NumberStep::inputChanged);
    // A typed amount is written back in the locale's format once the agent moves on.
    connect(m_ui->amountEdit, &QLineEdit::editingFinished, this, [this] {
        if (const auto cents = EuroAmount::parse(m_ui->amountEdit->text(), locale()))
            m_ui->amountEdit->setText(EuroAmount::edit(*cents, locale()));
    });
    m_ui->amountPreview->setAccessibleName(tr("Amount as the message names it"));
    updatePayeeCounter();
    updateAmountPreview();
    updateKind();
}

void NumberStep::setPaymentOffered(bool offered)
{
    if (offered == m_paymentOffered)
        return;
    m_paymentOffered = offered;
    if (!offered) {
        const QSignalBlocker blocker(m_ui->kindCombo);
        m_ui->kindCombo->setCurrentIndex(0);
    }
    updateKind();
}

bool NumberStep::isPaymentConfirmation() const
{
    return m_paymentOffered && m_ui->kindCombo->currentData().toBool();
}

void NumberStep::updateKind()
{
    const bool payment = isPaymentConfirmation();
    // A row of widgets only is taken out of the form (FormRows); a row whose field is a layout
    // stays in the form, its widgets hidden one by one, as Qt 6.4 lays such a row out correctly.
    const auto showRow = [](std::initializer_list<QWidget *> widgets, bool shown) {
        for (QWidget *widget : widgets)
            widget->setVisible(shown);
    };
    FormRows::setRowShown(m_ui->numberForm, m_ui->kindCombo, m_paymentOffered);
    showRow({m_ui->brandLabel, m_ui->brandEdit, m_ui->brandCounter}, !payment);
    showRow({m_ui->payeeLabel, m_ui->payeeEdit, m_ui->payeeCounter}, payment);
    showRow({m_ui->amountLabel, m_ui->amountEdit, m_ui->amountPreview}, payment);
    m_ui->optionsPanel->setPaymentConfirmation(payment);
    clearMessages();
    inputChanged();
    Q_EMIT kindChanged();
}

void NumberStep::updatePayeeCounter()
{
    m_ui->payeeCounter->setText(lengthText(m_ui->payeeEdit->text(), SpecLimits::kMaxPayeeLength));
    Appearance::setMessage(m_ui->payeeError, {});
}

void NumberStep::updateAmountPreview()
{
    const QString typed = m_ui->amountEdit->text().trimmed();
    const std::optional<qint64> cents = EuroAmount::parse(typed, locale());
    m_ui->amountPreview->setText(typed.isEmpty() ? QString()
                                     : cents     ? EuroAmount::display(*cents, locale())
                                                 : tr("not an amount"));
    Appearance::setMessage(m_ui->amountError, {});
}

void NumberStep::populateCountries(const QString &selected)
{
    const QSignalBlocker blocker(m_ui->countryCombo);
    m_ui->countryCombo->clear();
    struct Entry
    {
        QString name;
        QString region;
    };
    QList<Entry> entries;
    bool haveSelected = false;
    for (const Country &country : kCountries) {
        const QString region = QString::fromUtf16(country.region);
        // In the interface's language: "Duitsland" in Dutch.
        const QString name = CountryNames::displayName(region, QLocale());
        entries.append({tr("%1 (+%2)").arg(name).arg(country.callingCode), region});
        haveSelected = haveSelected || region == selected;
    }
    if (!haveSelected && !selected.isEmpty()) {
        if (QLocale::codeToTerritory(selected) != QLocale::AnyTerritory)
            entries.append({CountryNames::displayName(selected, QLocale()), selected});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Entry &entry : entries)
        m_ui->countryCombo->addItem(entry.name, entry.region);
    const int index = m_ui->countryCombo->findData(selected);
    m_ui->countryCombo->setCurrentIndex(index >= 0 ? index : m_ui->countryCombo->findData(u"NL"_s));
    m_formatter.setRegionCode(region());
}

QString NumberStep::region() const
{
    const QString code = m_ui->countryCombo->currentData().toString();
    return code.isEmpty() ? u"NL"_s : code;
}

void NumberStep::setDefaults(const Profile::RequestDefaults &defaults)
{
    populateCountries(defaults.country.isEmpty() ? u"NL"_s : defaults.country.toUpper());
    m_ui->brandEdit->setText(defaults.brand);
    m_ui->optionsPanel->setDefaults(defaults);
    onNumberEdited(m_ui->numberEdit->text());
    updateBrandCounter();
}

void NumberStep::prefill(const QString &number, const QString &brand)
{
    QString typed = number.trimmed();
    const bool e164Digits = !typed.isEmpty() && !typed.startsWith(u'0')
        && std::all_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.isDigit(); });
    if (e164Digits)
        typed.prepend(u'+');
    m_ui->numberEdit->setText(typed);
    onNumberEdited(typed);
    if (!brand.isEmpty())
        m_ui->brandEdit->setText(brand);
    clearMessages();
}

bool NumberStep::prefillPayment(const QString &number, const QString &payee, qint64 amountCents)
{
    prefill(number, {});
    if (!m_paymentOffered)
        return false;
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(true));
    m_ui->payeeEdit->setText(payee);
    m_ui->amountEdit->setText(EuroAmount::edit(amountCents, locale()));
    return true;
}

std::optional<QString> NumberStep::takeReference()
{
    const QString problem = TicketReference::problem(m_ui->referenceEdit->text());
    if (!problem.isEmpty()) {
        showFieldError(u"reference"_s, problem);
        return std::nullopt;
    }
    return TicketReference::normalized(m_ui->referenceEdit->text());
}

void NumberStep::setReference(const QString &reference)
{
    m_ui->referenceEdit->setText(reference);
    Appearance::setMessage(m_ui->referenceError, {});
}

void NumberStep::clearNumber()
{
    m_ui->numberEdit->clear();
    m_ui->referenceEdit->clear();
    clearMessages();
    restoreWorkflow();
}

void NumberStep::useVoiceWorkflow()
{
    const int workflow = m_ui->optionsPanel->workflowId();
    if (Workflow::fromRequest(workflow).isVoiceOnly())
        return;
    m_workflowBeforeVoice = workflow;
    m_ui->optionsPanel->setWorkflowId(kVoiceOnlyWorkflow);
    updateVerdict();
}

void NumberStep::restoreWorkflow()
{
    if (m_workflowBeforeVoice == 0)
        return;
    const int before = std::exchange(m_workflowBeforeVoice, 0);
    if (m_ui->optionsPanel->workflowId() == kVoiceOnlyWorkflow)
        m_ui->optionsPanel->setWorkflowId(before);
}

bool NumberStep::smsCannotArrive() const
{
    return m_number.isValid() && m_number.type() == PhoneNumber::Type::FixedLine
        && !Workflow::fromRequest(m_ui->optionsPanel->workflowId()).isVoiceOnly();
}

void NumberStep::inputChanged()
{
    Appearance::setMessage(m_ui->sendError, {});
    hideResumeOffer();
}

void NumberStep::onNumberEdited(const QString &text)
{
    Appearance::setMessage(m_ui->numberError, {});
    inputChanged();
    // Letters and other characters stay as typed, so that the verdict can say what is wrong
    // instead of the formatter silently dropping them.
    if (!text.isEmpty() && looksLikeAPhoneNumber(text)) {
        int cursor = m_ui->numberEdit->cursorPosition();
        const QString formatted = m_formatter.format(text, &cursor);
        if (formatted != text) {
            m_ui->numberEdit->setText(formatted);
            m_ui->numberEdit->setCursorPosition(std::clamp(cursor, 0, int(formatted.size())));
        }
    }
    updateVerdict();
}

void NumberStep::updateVerdict()
{
    const QString text = m_ui->numberEdit->text();
    m_ui->useVoiceWorkflowButton->hide();
    if (text.trimmed().isEmpty()) {
        m_number = PhoneNumber();
        Appearance::setMessage(m_ui->verdictLabel, {});
        Appearance::setMessage(m_ui->e164Label, {});
        return;
    }
    m_number = PhoneNumber::parse(text, region());
    if (!m_number.isValid()) {
        Appearance::setMessage(m_ui->verdictLabel,
                               tr("✗ Not a usable number: %1").arg(m_number.errorText()));
        Appearance::setMessage(m_ui->e164Label, {});
        return;
    }
    // "Use workflow 7" was for the fixed line typed before.
    if (m_number.type() != PhoneNumber::Type::FixedLine)
        restoreWorkflow();
    const int workflow = m_ui->optionsPanel->workflowId();
    const bool voiceOnlyWorkflow = Workflow::fromRequest(workflow).isVoiceOnly();
    QString verdict;
    switch (m_number.type()) {
    case PhoneNumber::Type::Mobile:
        verdict = tr("✓ Mobile number: SMS and voice calls reach it.");
        break;
    case PhoneNumber::Type::FixedLine:
        verdict = voiceOnlyWorkflow
            ? tr("✓ Fixed line: voice calls only, and workflow %1 only calls.").arg(workflow)
            : tr("⚠ Fixed line: voice calls only, an SMS does not arrive. Use workflow 3 "
                 "(call → call) or 7 (call only).");
        m_ui->useVoiceWorkflowButton->setVisible(!voiceOnlyWorkflow);
        break;
    case PhoneNumber::Type::FixedLineOrMobile:
        verdict = tr("✓ Mobile or fixed line (the number does not tell): an SMS may not arrive.");
        break;
    default:
        verdict = tr("⚠ %1 number: an SMS may not arrive; workflow 3 or 7 only calls.")
                      .arg(PhoneNumber::typeName(m_number.type()));
        m_ui->useVoiceWorkflowButton->setVisible(!voiceOnlyWorkflow);
        break;
    }
    Appearance::setMessage(m_ui->verdictLabel, verdict);
    Appearance::setMessage(m_ui->e164Label,
                           tr("International form (E.164): %1").arg(m_number.e164()));
}

void NumberStep::updateBrandCounter()
{
    m_ui->brandCounter->setText(lengthText(m_ui->brandEdit->text(), SpecLimits::kMaxBrandLength));
    Appearance::setMessage(m_ui->brandError, {});
}

void NumberStep::setOptionsVisible(bool visible)
{
    m_ui->optionsPanel->setVisible(visible);
    m_ui->optionsToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    if (m_ui->optionsToggle->isChecked() != visible) {
        const QSignalBlocker blocker(m_ui->optionsToggle);
        m_ui->optionsToggle->setChecked(visible);
    }
    m_ui->optionsToggle->setAccessibleName(visible ? tr("Hide the request options")
                                                   : tr("Show the request options"));
}

void NumberStep::clearMessages()
{
    for (QLabel *label : {m_ui->numberError, m_ui->brandError, m_ui->payeeError, m_ui->amountError,
                          m_ui->referenceError, m_ui->sendError})
        Appearance::setMessage(label, {});
    m_ui->optionsPanel->clearFieldError();
}

bool NumberStep::takeNumber()
{
    clearMessages();
    updateVerdict();
    if (m_number.isValid())
        return true;
    // The verdict under the field says why already: once is enough.
    if (m_ui->verdictLabel->isVisibleTo(this))
        m_ui->numberEdit->setFocus();
    else
        showFieldError(u"number"_s, m_number.errorText());
    return false;
}

bool NumberStep::buildRequest(Psd2Request *request)
{
    if (!takeNumber())
        return false;
    request->number = m_number.e164Digits();
    request->payee = m_ui->payeeEdit->text().trimmed();
    const QString typedAmount = m_ui->amountEdit->text().trimmed();
    const std::optional<qint64> cents = EuroAmount::parse(typedAmount, locale());
    request->amountCents = cents.value_or(0);
    m_ui->optionsPanel->applyTo(request);
    std::optional<ApiError> error = request->validate();
    if (error && error->field() == u"amount" && !typedAmount.isEmpty() && !cents) {
        error = ApiError::invalidInput(
            error->field(),
            tr("\u201c%1\u201d is not an amount in euros: type it as %2, with at "
               "most two decimals.")
                .arg(typedAmount, EuroAmount::edit(4850, locale())));
    }
    return isSendable(error);
}

bool NumberStep::buildRequest(VerifyRequest *request)
{
    if (!takeNumber())
        return false;
    request->number = m_number.e164Digits();
    request->brand = m_ui->brandEdit->text().trimmed();
    m_ui->optionsPanel->applyTo(request);
    request->senderId = m_ui->optionsPanel->senderId();
    return isSendable(request->validate());
}

bool NumberStep::isSendable(const std::optional<ApiError> &error)
{
    if (error)
        showFieldError(error->field(), error->message());
    return !error;
}

void NumberStep::showFieldError(const QString &field, const QString &message)
{
    // Step 1 scrolls when the window is short (large fonts, the options open): the field and its
    // message are scrolled into view once the layout has placed them.
    const auto reveal = [this](QWidget *widget, QWidget *error) {
        widget->setFocus();
        QTimer::singleShot(0, this, [this, widget, error] {
            m_ui->numberScroll->ensureWidgetVisible(error);
            m_ui->numberScroll->ensureWidgetVisible(widget);
        });
    };
    // The fields of step 1 itself, each with its message under it; "reference" is no API field.
    const struct
    {
        QStringView field;
        QWidget *edit;
        QLabel *error;
    } ownFields[] = {
        {u"number", m_ui->numberEdit, m_ui->numberError},
        {u"country", m_ui->numberEdit, m_ui->numberError},
        {u"brand", m_ui->brandEdit, m_ui->brandError},
        {u"payee", m_ui->payeeEdit, m_ui->payeeError},
        {u"amount", m_ui->amountEdit, m_ui->amountError},
        {u"reference", m_ui->referenceEdit, m_ui->referenceError},
    };
    for (const auto &own : ownFields) {
        if (field == own.field) {
            Appearance::setMessage(own.error, message);
            reveal(own.edit, own.error);
            return;
        }
    }
    setOptionsVisible(true);
    if (m_ui->optionsPanel->showFieldError(field, message)) {
        if (QWidget *widget = m_ui->optionsPanel->widgetForField(field))
            reveal(widget, m_ui->optionsPanel);
        return;
    }
    Appearance::setMessage(m_ui->sendError, message);
}

void NumberStep::showSendError(const QString &sentence, quint64 exchangeId)
{
    Appearance::setMessage(
        m_ui->sendError,
        sentence.isEmpty() ? QString()
                           : ErrorLink::withExchange(Appearance::errorText(sentence), exchangeId));
}

void NumberStep::offerResume(const QString &text)
{
    m_ui->resumeLabel->setText(text);
    m_ui->resumeBox->show();
    m_ui->resumeButton->setFocus();
    // Where the step scrolls (a short window, large fonts), the offer comes into view with the
    // reason above it, once the layout has made room for it.
    QTimer::singleShot(0, this, [this] {
        m_ui->numberScroll->ensureWidgetVisible(m_ui->resumeBox);
        m_ui->numberScroll->ensureWidgetVisible(m_ui->sendError);
    });
}

void NumberStep::hideResumeOffer()
{
    m_ui->resumeBox->hide();
}

void NumberStep::setSendAvailable(bool allowed, const QString &reason)
{
    m_ui->sendButton->setEnabled(allowed);
    m_ui->sendButton->setToolTip(allowed ? tr("Send the PIN (Ctrl+Enter)") : reason);
}

void NumberStep::setResumeAvailable(bool allowed)
{
    m_ui->resumeButton->setEnabled(allowed);
}

void NumberStep::focusNumber()
{
    m_ui->numberEdit->setFocus(Qt::OtherFocusReason);
}

void NumberStep::selectNumber()
{
    m_ui->numberEdit->selectAll();
}

void NumberStep::focusSend()
{
    if (m_number.isValid())
        m_ui->sendButton->setFocus(Qt::OtherFocusReason);
    else
        m_ui->numberEdit->setFocus(Qt::OtherFocusReason);
}
