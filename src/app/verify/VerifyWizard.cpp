#include "VerifyWizard.h"

#include "Appearance.h"
#include "Dialogs.h"
#include "FlowLayout.h"
#include "ScrollAreaWidth.h"
#include "SkippableClock.h"
#include "api/ApiError.h"
#include "api/VerifyRequest.h"
#include "ui_VerifyWizard.h"
#include "verification/VerificationSession.h"
#include "verification/Workflow.h"

#include <QAccessible>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

using State = VerificationSession::State;
using Action = VerificationSession::Action;

namespace {

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

void setMessage(QLabel *label, const QString &text)
{
    // Error labels carry a sign as well as their colour.
    label->setText(label->property("error").toBool() ? Appearance::errorText(text) : text);
    label->setVisible(!text.isEmpty());
}

// "4:05" for a countdown.
QString clockText(int seconds)
{
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), u"HH:mm:ss"_s);
}

bool looksLikeAPhoneNumber(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isDigit() || c == u' ' || c == u'+' || c == u'-' || c == u'(' || c == u')'
            || c == u'.';
    });
}

} // namespace

VerifyWizard::VerifyWizard(VerifyClient *client, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::VerifyWizard>())
    , m_client(client)
    , m_ownClock(new SkippableClock(this))
    , m_clock(m_ownClock)
{
    m_ui->setupUi(this);
    // The PIN and result steps join the stack when first shown: a stacked widget measures every
    // page it holds, and measuring their wrapped texts would cost the first paint more than
    // building them.
    m_ui->steps->removeWidget(m_ui->pinPage);
    m_ui->steps->removeWidget(m_ui->resultPage);
    // The PIN step's buttons change their text as the request goes on ("Cancel (in 28 s)"): they
    // move to a second row where that needs the room, instead of widening the window.
    auto *actionFlow = new FlowLayout(m_ui->actionsRow);
    actionFlow->setContentsMargins(0, 0, 0, 0);
    for (QWidget *button :
         {static_cast<QWidget *>(m_ui->checkButton), static_cast<QWidget *>(m_ui->cancelButton),
          static_cast<QWidget *>(m_ui->nextEventButton),
          static_cast<QWidget *>(m_ui->refreshButton)})
        actionFlow->addWidget(button);
    for (QLabel *label : {m_ui->sendError, m_ui->actionError}) {
        connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
            if (link.startsWith(u"exchange:"))
                Q_EMIT showExchangeRequested(link.mid(9).toULongLong());
        });
    }
    setUpNumberStep();
    setUpPinStep();
    setUpResultStep();
    createSession(m_clock);
    applyDefaults(Profile::RequestDefaults {});
    showStep(Step::Number);
    // Step 1 scrolls up and down where the window is short (large fonts, the options open), and
    // is never clipped at the right.
    ScrollAreaWidth::install(m_ui->numberScroll);
    // The number is what the user types first: the focus is there when the window opens.
    m_ui->numberEdit->setFocus();
}

VerifyWizard::~VerifyWizard() = default;

// --- set-up ---------------------------------------------------------------------------------

void VerifyWizard::createSession(SessionClock *clock)
{
    m_clock = clock;
    m_session = std::make_unique<VerificationSession>(m_client, clock);
    VerificationSession *session = m_session.get();
    connect(session, &VerificationSession::stateChanged, this, &VerifyWizard::onStateChanged);
    connect(session, &VerificationSession::availabilityChanged, this, &VerifyWizard::updateActions);
    connect(session, &VerificationSession::busyChanged, this, &VerifyWizard::updateActions);
    connect(session, &VerificationSession::attemptsLeftChanged, this, &VerifyWizard::updateActions);
    connect(session, &VerificationSession::countdownsChanged, this,
            &VerifyWizard::updateCountdowns);
    connect(session, &VerificationSession::timelineChanged, this, &VerifyWizard::updateTimeline);
    connect(session, &VerificationSession::codeChecked, this, &VerifyWizard::onCodeChecked);
    connect(session, &VerificationSession::errorOccurred, this, &VerifyWizard::onError);
    // A failed search ends without availabilityChanged; the refresh button comes back.
    connect(session, &VerificationSession::errorOccurred, this, &VerifyWizard::updateActions);
    connect(session, &VerificationSession::resumeOffered, this, [this](const QString &requestId) {
        m_ui->resumeLabel->setText(
            tr("A verification for %1 is still running (request %2). Continue it here instead "
               "of sending a new one; its PIN is still valid.")
                .arg(displayNumber(), requestId));
        m_ui->resumeBox->show();
        m_ui->resumeButton->setFocus();
    });
    connect(session, &VerificationSession::recorded, this, &VerifyWizard::recorded);
}

void VerifyWizard::setUpNumberStep()
{
    populateCountries(u"NL"_s);
    connect(m_ui->countryCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_formatter.setRegionCode(region());
        onNumberEdited(m_ui->numberEdit->text());
    });
    connect(m_ui->numberEdit, &QLineEdit::textEdited, this, &VerifyWizard::onNumberEdited);
    connect(m_ui->numberEdit, &QLineEdit::textChanged, this, &VerifyWizard::updateVerdict);
    // The clear button shows only over text, so it is made with the first text: its icon is the
    // first image the window would load, and loading the image plugins is not needed to paint an
    // empty field.
    auto *clearButtonOnce = new QObject(this);
    connect(m_ui->numberEdit, &QLineEdit::textChanged, clearButtonOnce, [this, clearButtonOnce] {
        m_ui->numberEdit->setClearButtonEnabled(true);
        clearButtonOnce->deleteLater();
    });
    connect(m_ui->brandEdit, &QLineEdit::textChanged, this, &VerifyWizard::updateBrandCounter);
    m_ui->brandCounter->setAccessibleName(tr("Brand length"));

    m_ui->codeLengthCombo->addItem(tr("4 digits"), 4);
    m_ui->codeLengthCombo->addItem(tr("6 digits"), 6);
    m_ui->languageCombo->addItem(tr("Automatic (from the number)"), QString());
    for (const QString &code : Profile::supportedLanguages()) {
        const QString name = QLocale::languageToString(QLocale(code).language());
        m_ui->languageCombo->addItem(tr("%1 (%2)").arg(code, name), code);
    }
    for (int id = Workflow::kMinId; id <= Workflow::kMaxId; ++id) {
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
    m_ui->pinExpirySpin->setSuffix(tr(" s"));
    m_ui->nextEventWaitSpin->setSuffix(tr(" s"));
    connect(m_ui->pinExpirySpin, &QSpinBox::valueChanged, this, &VerifyWizard::updateTimersNote);
    connect(m_ui->customTimersCheck, &QCheckBox::toggled, this, &VerifyWizard::updateTimersNote);
    connect(m_ui->nextEventWaitSpin, &QSpinBox::valueChanged, this,
            &VerifyWizard::updateTimersNote);
    connect(m_ui->workflowCombo, &QComboBox::currentIndexChanged, this,
            &VerifyWizard::updateVerdict);
    m_ui->optionsToggle->setAccessibleName(tr("Show the request options"));
    connect(m_ui->optionsToggle, &QToolButton::toggled, this, &VerifyWizard::setOptionsVisible);
    setOptionsVisible(false);

    connect(m_ui->useVoiceWorkflowButton, &QPushButton::clicked, this, [this] {
        m_ui->workflowCombo->setCurrentIndex(m_ui->workflowCombo->findData(7));
        updateVerdict();
        m_ui->brandEdit->setFocus();
    });
    connect(m_ui->sendButton, &QPushButton::clicked, this, &VerifyWizard::send);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, m_ui->numberPage);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        shortcut->setWhatsThis(tr("Send the PIN"));
        connect(shortcut, &QShortcut::activated, this, &VerifyWizard::send);
    }
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &VerifyWizard::resumeRunning);
    m_ui->resumeBox->hide();
    clearFieldErrors();
    for (QLabel *label : {m_ui->numberError, m_ui->brandError, m_ui->optionsError, m_ui->sendError,
                          m_ui->pinError, m_ui->actionError}) {
        Appearance::markAsError(label);
    }
}

void VerifyWizard::setUpPinStep()
{
    connect(m_ui->copyIdButton, &QToolButton::clicked, this, &VerifyWizard::copyRequestId);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &VerifyWizard::check);
    m_ui->pinEdit->setAccessibleDescription(
        tr("Type the digits the customer reads out, then press Enter to check them."));
    connect(m_ui->pinEdit, &QLineEdit::returnPressed, this, &VerifyWizard::check);
    connect(m_ui->pinEdit, &QLineEdit::textEdited, this,
            [this] { setMessage(m_ui->pinError, {}); });
    connect(m_ui->pinEdit, &QLineEdit::inputRejected, this, [this] {
        setMessage(m_ui->pinError,
                   tr("The code has %1 digits, nothing else.").arg(m_session->codeLength()));
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &VerifyWizard::cancel);
    connect(m_ui->nextEventButton, &QPushButton::clicked, this, &VerifyWizard::nextEvent);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &VerifyWizard::refresh);
}

void VerifyWizard::setUpResultStep()
{
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] { startOver(false); });
    connect(m_ui->sameNumberButton, &QPushButton::clicked, this, [this] { startOver(true); });
}

void VerifyWizard::populateCountries(const QString &selected)
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
        const QString name = QLocale::territoryToString(QLocale::codeToTerritory(region));
        entries.append({tr("%1 (+%2)").arg(name).arg(country.callingCode), region});
        haveSelected = haveSelected || region == selected;
    }
    if (!haveSelected && !selected.isEmpty()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(selected);
        if (territory != QLocale::AnyTerritory)
            entries.append({QLocale::territoryToString(territory), selected});
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

QString VerifyWizard::region() const
{
    const QString code = m_ui->countryCombo->currentData().toString();
    return code.isEmpty() ? u"NL"_s : code;
}

void VerifyWizard::setProfile(const Profile &profile)
{
    if (m_haveProfile && profile == m_profile)
        return;
    const bool newDefaults = !m_haveProfile || profile.defaults != m_profile.defaults;
    m_profile = profile;
    m_haveProfile = true;
    const State state = m_session->state();
    if (newDefaults && state != State::Sending && state != State::WaitingForCode)
        applyDefaults(profile.defaults);
}

void VerifyWizard::applyDefaults(const Profile::RequestDefaults &defaults)
{
    populateCountries(defaults.country.isEmpty() ? u"NL"_s : defaults.country.toUpper());
    m_ui->brandEdit->setText(defaults.brand);
    m_ui->codeLengthCombo->setCurrentIndex(
        std::max(0, m_ui->codeLengthCombo->findData(defaults.codeLength)));
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(defaults.language.toLower())));
    m_ui->workflowCombo->setCurrentIndex(
        std::max(0, m_ui->workflowCombo->findData(defaults.workflowId)));
    m_ui->pinExpirySpin->setValue(defaults.pinExpirySeconds);
    m_ui->nextEventWaitSpin->setValue(defaults.nextEventWaitSeconds);
    // Timers the profile leaves at the API's defaults are not sent: next_event_wait would
    // replace every wait of the workflow (125 s, 180 s … in workflow 1).
    m_ui->customTimersCheck->setChecked(defaults.pinExpirySeconds != 300
                                        || defaults.nextEventWaitSeconds != 300);
    m_ui->senderIdEdit->setText(defaults.senderId);
    onNumberEdited(m_ui->numberEdit->text());
    updateBrandCounter();
    updateTimersNote();
}

void VerifyWizard::setCostlyActionGuard(std::function<bool(const QString &)> guard)
{
    m_guard = std::move(guard);
}

void VerifyWizard::setSessionClock(SessionClock *clock)
{
    const State state = m_session->state();
    if (state == State::Sending || state == State::WaitingForCode)
        return;
    createSession(clock ? clock : m_ownClock);
    onStateChanged();
}

bool VerifyWizard::prefill(const QString &number, const QString &brand)
{
    const State state = m_session->state();
    if (state == State::Sending || state == State::WaitingForCode)
        return false;
    m_session->reset();
    QString typed = number.trimmed();
    const bool e164Digits = !typed.isEmpty() && !typed.startsWith(u'0')
        && std::all_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.isDigit(); });
    if (e164Digits)
        typed.prepend(u'+');
    m_ui->numberEdit->setText(typed);
    onNumberEdited(typed);
    if (!brand.isEmpty())
        m_ui->brandEdit->setText(brand);
    startOver(true);
    return true;
}

VerifyWizard::Step VerifyWizard::currentStep() const
{
    const QWidget *page = m_ui->steps->currentWidget();
    if (page == m_ui->pinPage)
        return Step::Pin;
    return page == m_ui->resultPage ? Step::Result : Step::Number;
}

void VerifyWizard::focusMainControl()
{
    switch (currentStep()) {
    case Step::Number:
        m_ui->numberEdit->setFocus(Qt::OtherFocusReason);
        return;
    case Step::Pin:
        m_ui->pinEdit->setFocus(Qt::OtherFocusReason);
        return;
    case Step::Result:
        m_ui->newButton->setFocus(Qt::OtherFocusReason);
        return;
    }
}

void VerifyWizard::followSandboxClock(qint64 seconds)
{
    if (m_clock == m_ownClock)
        m_ownClock->skip(seconds * 1000);
    if (m_session->state() == State::WaitingForCode)
        m_session->refresh();
}

// --- step 1: number and brand ---------------------------------------------------------------

void VerifyWizard::onNumberEdited(const QString &text)
{
    setMessage(m_ui->numberError, {});
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

void VerifyWizard::updateVerdict()
{
    const QString text = m_ui->numberEdit->text();
    m_ui->useVoiceWorkflowButton->hide();
    if (text.trimmed().isEmpty()) {
        m_number = PhoneNumber();
        setMessage(m_ui->verdictLabel, {});
        setMessage(m_ui->e164Label, {});
        return;
    }
    m_number = PhoneNumber::parse(text, region());
    if (!m_number.isValid()) {
        setMessage(m_ui->verdictLabel, tr("✗ Not a usable number: %1").arg(m_number.errorText()));
        setMessage(m_ui->e164Label, {});
        return;
    }
    const int workflow = m_ui->workflowCombo->currentData().toInt();
    const bool voiceOnlyWorkflow = workflow == 3 || workflow == 7;
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
    setMessage(m_ui->verdictLabel, verdict);
    setMessage(m_ui->e164Label, tr("International form (E.164): %1").arg(m_number.e164()));
}

void VerifyWizard::updateBrandCounter()
{
    const int length = static_cast<int>(m_ui->brandEdit->text().size());
    m_ui->brandCounter->setText(
        length > Profile::kMaxBrandLength
            ? tr("%1/%2, too long").arg(length).arg(Profile::kMaxBrandLength)
            : tr("%1/%2").arg(length).arg(Profile::kMaxBrandLength));
    setMessage(m_ui->brandError, {});
}

void VerifyWizard::updateTimersNote()
{
    const bool custom = m_ui->customTimersCheck->isChecked();
    m_ui->pinExpirySpin->setEnabled(custom);
    m_ui->nextEventWaitSpin->setEnabled(custom);
    if (!custom) {
        m_ui->timersNote->setText(tr("The workflow's own timings apply; the PIN stays valid "
                                     "300 s."));
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
    } else {
        m_ui->timersNote->setText(tr("The PIN stays valid %1 s; Verify waits %2 s before each "
                                     "next message. pin_expiry must be a multiple of "
                                     "next_event_wait, or the API uses next_event_wait.")
                                      .arg(pinExpiry)
                                      .arg(wait));
    }
}

void VerifyWizard::setOptionsVisible(bool visible)
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

void VerifyWizard::clearFieldErrors()
{
    for (QLabel *label :
         {m_ui->numberError, m_ui->brandError, m_ui->optionsError, m_ui->sendError}) {
        setMessage(label, {});
    }
}

bool VerifyWizard::buildRequest(VerifyRequest *request)
{
    updateVerdict();
    if (!m_number.isValid()) {
        showFieldError(u"number"_s, m_number.errorText());
        return false;
    }
    request->number = m_number.e164Digits();
    request->brand = m_ui->brandEdit->text().trimmed();
    request->codeLength = m_ui->codeLengthCombo->currentData().toInt();
    request->language = m_ui->languageCombo->currentData().toString();
    request->workflowId = m_ui->workflowCombo->currentData().toInt();
    if (m_ui->customTimersCheck->isChecked()) {
        request->pinExpiry = m_ui->pinExpirySpin->value();
        request->nextEventWait = m_ui->nextEventWaitSpin->value();
    }
    request->senderId = m_ui->senderIdEdit->text().trimmed();
    if (const std::optional<ApiError> error = request->validate()) {
        showFieldError(error->field(), error->message());
        return false;
    }
    return true;
}

void VerifyWizard::showFieldError(const QString &field, const QString &message)
{
    // Step 1 scrolls when the window is short (large fonts, the options open): the field and its
    // message are scrolled into view once the layout has placed them.
    const auto reveal = [this](QWidget *widget, QLabel *error) {
        widget->setFocus();
        QTimer::singleShot(0, this, [this, widget, error] {
            m_ui->numberScroll->ensureWidgetVisible(error);
            m_ui->numberScroll->ensureWidgetVisible(widget);
        });
    };
    if (field == u"number" || field == u"country") {
        setMessage(m_ui->numberError, message);
        reveal(m_ui->numberEdit, m_ui->numberError);
        return;
    }
    if (field == u"brand") {
        setMessage(m_ui->brandError, message);
        reveal(m_ui->brandEdit, m_ui->brandError);
        return;
    }
    setOptionsVisible(true);
    setMessage(m_ui->optionsError, message);
    QWidget *widget = m_ui->senderIdEdit;
    if (field == u"code_length")
        widget = m_ui->codeLengthCombo;
    else if (field == u"lg")
        widget = m_ui->languageCombo;
    else if (field == u"pin_expiry")
        widget = m_ui->pinExpirySpin;
    else if (field == u"next_event_wait")
        widget = m_ui->nextEventWaitSpin;
    else if (field == u"workflow_id")
        widget = m_ui->workflowCombo;
    reveal(widget, m_ui->optionsError);
}

void VerifyWizard::send()
{
    if (currentStep() != Step::Number)
        return;
    clearFieldErrors();
    VerifyRequest request;
    if (!buildRequest(&request))
        return;
    const VerificationSession::Availability allowed = m_session->availability(Action::Send);
    if (!allowed.allowed) {
        setMessage(m_ui->sendError, allowed.reason);
        return;
    }
    if (!allowedToSpend(tr("Send a PIN to %1.").arg(m_number.internationalFormat()))) {
        setMessage(m_ui->sendError, tr("Not sent: nothing went out."));
        return;
    }
    m_ui->resumeBox->hide();
    m_lastRequest = std::make_unique<VerifyRequest>(request);
    Q_EMIT requestStarting(request);
    m_session->send(request);
}

void VerifyWizard::resumeRunning()
{
    m_ui->resumeBox->hide();
    if (m_lastRequest)
        Q_EMIT requestStarting(*m_lastRequest);
    if (!m_session->resume())
        setMessage(m_ui->sendError, m_session->availability(Action::Resume).reason);
}

// --- step 2: the PIN ------------------------------------------------------------------------

void VerifyWizard::check()
{
    const QString code = m_ui->pinEdit->text();
    const QString problem = m_session->validateCode(code);
    if (!problem.isEmpty()) {
        setMessage(m_ui->pinError, problem);
        m_ui->pinEdit->setFocus();
        return;
    }
    if (!m_session->check(code)) {
        // While a call is under way its own answer follows; a "waiting" note would outlive it.
        if (!m_session->isBusy())
            setMessage(m_ui->pinError, m_session->availability(Action::Check).reason);
        return;
    }
    setMessage(m_ui->pinError, {});
    setMessage(m_ui->actionError, {});
}

void VerifyWizard::onCodeChecked(bool valid, int attemptsLeft)
{
    if (valid)
        return;
    m_ui->pinEdit->clear();
    setMessage(m_ui->pinError,
               attemptsLeft > 1
                   ? tr("✗ Wrong code: %1 attempts left for this PIN.").arg(attemptsLeft)
                   : attemptsLeft == 1 ? tr("✗ Wrong code: 1 attempt left for this PIN.")
                                       : tr("✗ Wrong code: no attempts left for this PIN."));
    m_ui->pinEdit->setFocus();
}

void VerifyWizard::cancel()
{
    setMessage(m_ui->actionError, {});
    if (!m_session->cancel())
        setMessage(m_ui->actionNote, m_session->availability(Action::Cancel).reason);
}

void VerifyWizard::nextEvent()
{
    setMessage(m_ui->actionError, {});
    const Workflow::Channel next =
        m_session->workflow().channels().value(m_session->eventsSent(), Workflow::Channel::Tts);
    const QString what = next == Workflow::Channel::Tts
        ? tr("Call %1 now.").arg(displayNumber())
        : tr("Send the next SMS to %1 now.").arg(displayNumber());
    if (!allowedToSpend(what))
        return;
    if (!m_session->triggerNextEvent())
        setMessage(m_ui->actionNote, m_session->availability(Action::NextEvent).reason);
}

void VerifyWizard::refresh()
{
    setMessage(m_ui->actionError, {});
    if (!m_session->refresh())
        setMessage(m_ui->actionNote, m_session->availability(Action::Refresh).reason);
    updateActions(); // off while the search runs, so that a hanging search is not asked twice
}

void VerifyWizard::copyRequestId()
{
    QGuiApplication::clipboard()->setText(m_session->requestId());
    setMessage(m_ui->actionNote, tr("Request id %1 copied.").arg(m_session->requestId()));
}

void VerifyWizard::updateTimeline()
{
    m_ui->timelineList->clear();
    for (const TimelineEvent &event : m_session->timeline()) {
        const QString channel = Workflow::channelLabel(event.channel);
        const QString time = timeText(event.atMs);
        QString text;
        if (!event.isSent())
            text = tr("%1 expected at about %2").arg(channel, time);
        else if (event.source == TimelineEvent::Source::Triggered)
            text = tr("%1 sent at %2 (asked for)").arg(channel, time);
        else if (event.isApproximate())
            text = tr("%1 sent at about %2").arg(channel, time);
        else
            text = tr("%1 sent at %2").arg(channel, time);
        if (event.newPin && event.index > 0)
            text = tr("%1, with a new PIN").arg(text);
        auto *item = new QListWidgetItem(text, m_ui->timelineList);
        item->setIcon(style()->standardIcon(event.isSent() ? QStyle::SP_DialogApplyButton
                                                           : QStyle::SP_BrowserReload));
    }
}

void VerifyWizard::updateCountdowns()
{
    if (m_session->state() != State::WaitingForCode)
        return;
    const VerificationSession::Countdowns c = m_session->countdowns();
    if (c.untilCancelAllowed > 0)
        m_ui->cancelCountdown->setText(
            tr("Cancel allowed in %1").arg(clockText(c.untilCancelAllowed)));
    else if (c.untilCancelAllowed == 0)
        m_ui->cancelCountdown->setText(tr("Cancel allowed now"));
    else
        m_ui->cancelCountdown->setText(tr("Cancel no longer possible"));
    m_ui->pinCountdown->setText(c.untilPinExpires >= 0
                                    ? tr("PIN expires in ~%1").arg(clockText(c.untilPinExpires))
                                    : QString());
    if (c.untilNextEvent >= 0) {
        const Workflow::Channel next =
            m_session->workflow().channels().value(m_session->eventsSent(), Workflow::Channel::Tts);
        m_ui->nextEventCountdown->setText(
            tr("Next event (%1) in ~%2")
                .arg(Workflow::channelLabel(next), clockText(c.untilNextEvent)));
    } else if (c.untilRequestExpires >= 0) {
        m_ui->nextEventCountdown->setText(
            tr("No more messages; the request ends in ~%1").arg(clockText(c.untilRequestExpires)));
    } else {
        m_ui->nextEventCountdown->setText(tr("No more messages"));
    }
    announceCountdown(m_ui->cancelCountdown, c.untilCancelAllowed, &m_announcedCancel);
    announceCountdown(m_ui->pinCountdown, c.untilPinExpires, &m_announcedPinExpiry);
    // Right after the request is accepted its first message is not known yet, and the label
    // reads "No more messages" for that moment: told then, a screen reader would keep it.
    if (m_session->eventsSent() > 0)
        announceCountdown(m_ui->nextEventCountdown,
                          c.untilNextEvent >= 0 ? c.untilNextEvent : c.untilRequestExpires,
                          &m_announcedNextEvent);
    updateActions();
}

void VerifyWizard::announceCountdown(QLabel *label, int seconds, int *lastThreshold)
{
    // Screen readers hear a countdown when it starts and when it crosses 60, 30, 10 and 0 seconds,
    // not every second: the label's accessible name is fixed, so its text changes stay silent.
    int threshold = -1;
    for (const int t : {0, 10, 30, 60}) {
        if (seconds >= 0 && seconds <= t) {
            threshold = t;
            break;
        }
    }
    if (seconds > 60)
        threshold = 61; // still above every threshold
    if (threshold == *lastThreshold)
        return;
    const bool first = *lastThreshold == kNotAnnounced;
    *lastThreshold = threshold;
    if (!first && threshold > 60)
        return; // back above 60 s (a new PIN): wait for the next crossing
    label->setAccessibleDescription(label->text());
    ++m_countdownAnnouncements;
#if QT_CONFIG(accessibility)
    QAccessibleValueChangeEvent event(label, std::max(seconds, 0));
    QAccessible::updateAccessibility(&event);
#endif
}

void VerifyWizard::updateActions()
{
    const VerificationSession *session = m_session.get();
    const VerificationSession::Availability send = session->availability(Action::Send);
    m_ui->sendButton->setEnabled(send.allowed);
    m_ui->sendButton->setToolTip(send.allowed ? tr("Send the PIN (Ctrl+Enter)") : send.reason);
    m_ui->resumeButton->setEnabled(session->isAllowed(Action::Resume));

    if (session->state() != State::WaitingForCode)
        return;
    m_ui->statusLabel->setText(session->statusMessage());
    m_ui->requestIdLabel->setText(session->requestId());
    m_ui->attemptsLabel->setText(tr("%1 of %2 attempts left")
                                     .arg(session->attemptsLeft())
                                     .arg(VerificationSession::kAttemptsPerPin));

    const VerificationSession::Availability check = session->availability(Action::Check);
    m_ui->checkButton->setEnabled(check.allowed);
    m_ui->checkButton->setToolTip(check.reason);

    const VerificationSession::Availability cancel = session->availability(Action::Cancel);
    const int untilCancel = session->countdowns().untilCancelAllowed;
    m_ui->cancelButton->setEnabled(cancel.allowed);
    m_ui->cancelButton->setText(!cancel.allowed && untilCancel > 0 && !session->isBusy()
                                    ? tr("C&ancel (in %1 s)").arg(untilCancel)
                                    : tr("C&ancel request"));
    m_ui->cancelButton->setToolTip(cancel.reason);

    const VerificationSession::Availability next = session->availability(Action::NextEvent);
    const Workflow::Channel channel =
        session->workflow().channels().value(session->eventsSent(), Workflow::Channel::Tts);
    m_ui->nextEventButton->setText(channel == Workflow::Channel::Tts ? tr("Call &now")
                                                                     : tr("Send &next SMS now"));
    m_ui->nextEventButton->setEnabled(next.allowed);
    m_ui->nextEventButton->setToolTip(next.reason);

    const VerificationSession::Availability refresh = session->availability(Action::Refresh);
    m_ui->refreshButton->setEnabled(refresh.allowed && !session->isRefreshing());
    m_ui->refreshButton->setToolTip(refresh.reason);

    // The reasons in words next to the buttons, not only in tooltips.
    QStringList notes;
    if (!session->isBusy()) {
        if (!cancel.allowed && untilCancel != 0)
            notes.append(cancel.reason);
        if (!next.allowed)
            notes.append(next.reason);
    }
    setMessage(m_ui->actionNote, notes.join(u'\n'));
}

void VerifyWizard::onError(const ApiError &error)
{
    if (currentStep() == Step::Pin) {
        // A wrong code is said at the PIN field by onCodeChecked.
        if (error.kind() == ApiError::Kind::Business && error.businessStatus() == u"16")
            return;
        setMessage(m_ui->actionError, errorText(error));
        return;
    }
    setMessage(m_ui->sendError, errorText(error));
}

QString VerifyWizard::errorText(const ApiError &error) const
{
    return withExchangeLink(tr("⚠ %1").arg(error.message()), error.exchangeId());
}

QString VerifyWizard::withExchangeLink(const QString &sentence, quint64 exchangeId) const
{
    if (exchangeId == 0)
        return sentence;
    // A link to the exchange that failed, for whoever needs the raw detail.
    return u"%1 <a href=\"exchange:%2\">%3</a>"_s.arg(sentence.toHtmlEscaped())
        .arg(exchangeId)
        .arg(tr("Show the exchange in the inspector"));
}

// --- step 3 and moving between steps --------------------------------------------------------

void VerifyWizard::onStateChanged()
{
    const State state = m_session->state();
    switch (state) {
    case State::Idle:
        showStep(Step::Number);
        break;
    case State::Sending:
        setMessage(m_ui->sendError, m_session->statusMessage());
        break;
    case State::WaitingForCode: {
        const int length = m_session->codeLength();
        m_ui->pinEdit->clear();
        m_announcedCancel = m_announcedPinExpiry = m_announcedNextEvent = kNotAnnounced;
        m_ui->pinEdit->setMaxLength(length);
        m_ui->pinEdit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(u"[0-9]{0,%1}"_s.arg(length)), m_ui->pinEdit));
        m_ui->pinEdit->setPlaceholderText(tr("%1 digits").arg(length));
        for (QLabel *label : {m_ui->pinError, m_ui->actionError, m_ui->actionNote})
            setMessage(label, {});
        setMessage(m_ui->sendError, {});
        showStep(Step::Pin);
        updateTimeline();
        updateCountdowns();
        m_ui->pinEdit->setFocus();
        break;
    }
    case State::Error:
        showStep(Step::Number);
        setMessage(
            m_ui->sendError,
            withExchangeLink(tr("⚠ %1").arg(m_session->statusMessage()),
                             m_session->lastError() ? m_session->lastError()->exchangeId() : 0));
        break;
    case State::Verified:
    case State::Failed:
    case State::Cancelled:
    case State::Expired:
        showResult();
        break;
    }
    updateActions();
}

void VerifyWizard::showResult()
{
    const State state = m_session->state();
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxWarning;
    if (state == State::Verified)
        icon = QStyle::SP_DialogApplyButton;
    else if (state == State::Failed)
        icon = QStyle::SP_MessageBoxCritical;
    else if (state == State::Cancelled)
        icon = QStyle::SP_DialogCancelButton;
    m_ui->resultIcon->setPixmap(style()->standardIcon(icon).pixmap(32, 32));
    m_ui->resultIcon->setAccessibleName(VerificationSession::stateLabel(state));
    m_ui->resultTitle->setText(VerificationSession::stateLabel(state));
    m_ui->resultDetail->setText(m_session->statusMessage());
    m_ui->resultNumber->setText(
        tr("Number %1, request %2").arg(displayNumber(), m_session->requestId()));

    QString price;
    if (!m_session->price().isEmpty()) {
        QString digits = m_session->price();
        const qsizetype dot = digits.indexOf(u'.');
        int decimals = 2;
        if (dot >= 0) {
            while (digits.endsWith(u'0'))
                digits.chop(1);
            decimals = std::max(2, static_cast<int>(digits.size() - dot - 1));
        }
        price = tr("Price: %1 %2")
                    .arg(QLocale().toString(m_session->price().toDouble(), 'f', decimals),
                         m_session->currency());
    } else if (!m_session->estimatedPriceMessagesSent().isEmpty()) {
        price = tr("Messages sent cost about %1 %2")
                    .arg(m_session->estimatedPriceMessagesSent(), m_session->currency());
    } else {
        price = tr("Price: not reported");
    }
    m_ui->priceLabel->setText(price);
    const qint64 durationMs = m_session->durationMs();
    if (durationMs >= 0) {
        const qint64 seconds = durationMs / 1000;
        m_ui->durationLabel->setText(
            seconds >= 60 ? tr("Duration: %1 min %2 s").arg(seconds / 60).arg(seconds % 60)
                          : tr("Duration: %1 s").arg(seconds));
    } else {
        m_ui->durationLabel->setText(tr("Duration: unknown"));
    }
    showStep(Step::Result);
    m_ui->newButton->setFocus();
}

void VerifyWizard::startOver(bool keepNumber)
{
    m_session->reset();
    m_ui->pinEdit->clear();
    m_ui->resumeBox->hide();
    clearFieldErrors();
    if (!keepNumber)
        m_ui->numberEdit->clear();
    showStep(Step::Number);
    updateActions();
    if (keepNumber && m_number.isValid())
        m_ui->sendButton->setFocus();
    else
        m_ui->numberEdit->setFocus();
}

void VerifyWizard::showStep(Step step)
{
    QWidget *page = step == Step::Pin ? m_ui->pinPage
        : step == Step::Result        ? m_ui->resultPage
                                      : m_ui->numberPage;
    if (m_ui->steps->indexOf(page) < 0) {
        m_ui->steps->addWidget(page);
        // Its icon is looked up in the icon theme, which the number step does not need.
        if (page == m_ui->pinPage)
            m_ui->copyIdButton->setIcon(
                QIcon::fromTheme(u"edit-copy"_s, style()->standardIcon(QStyle::SP_FileIcon)));
    }
    m_ui->steps->setCurrentWidget(page);
    switch (step) {
    case Step::Number:
        m_ui->stepLabel->setText(tr("Step 1 of 3: number and brand"));
        break;
    case Step::Pin:
        m_ui->stepLabel->setText(tr("Step 2 of 3: the PIN the customer reads out"));
        break;
    case Step::Result:
        m_ui->stepLabel->setText(tr("Step 3 of 3: the result"));
        break;
    }
}

bool VerifyWizard::allowedToSpend(const QString &what)
{
    if (!m_profile.production)
        return true;
    if (m_guard)
        return m_guard(what);
    return Dialogs::confirm(this, tr("Production"), what, tr("Send"), QMessageBox::Warning);
}

QString VerifyWizard::displayNumber() const
{
    if (m_number.isValid() && m_number.e164Digits() == m_session->number())
        return m_number.internationalFormat();
    const QString digits = m_session->number();
    return digits.isEmpty() ? m_number.internationalFormat() : u"+%1"_s.arg(digits);
}
