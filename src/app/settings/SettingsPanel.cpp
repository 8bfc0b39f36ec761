#include "SettingsPanel.h"

#include "Appearance.h"
#include "Dialogs.h"
#include "EnumKeys.h"
#include "FlowLayout.h"
#include "FormRows.h"
#include "HistorySettingsEditor.h"
#include "Icons.h"
#include "ReadableWidth.h"
#include "ScrollAreaFit.h"
#include "api/ExchangeLog.h"
#include "api/TokenClient.h"
#include "api/TokenInfo.h"
#include "api/VerifyClient.h"
#include "settings/Connections.h"
#include "settings/OperatorIdentity.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "ui_SettingsPanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Colour
{
    const char *name;
    const char *hex;
};
// Banner colours offered for a profile; names are translated where shown.
constexpr Colour kColours[] = {
    {QT_TRANSLATE_NOOP("SettingsPanel", "Green"), "#1a7f37"},
    {QT_TRANSLATE_NOOP("SettingsPanel", "Blue"), "#1f6feb"},
    {QT_TRANSLATE_NOOP("SettingsPanel", "Purple"), "#8250df"},
    {QT_TRANSLATE_NOOP("SettingsPanel", "Orange"), "#bc4c00"},
    {QT_TRANSLATE_NOOP("SettingsPanel", "Red"), "#cf222e"},
    {QT_TRANSLATE_NOOP("SettingsPanel", "Grey"), "#6e7781"},
};
// The production item's role that keeps the colour chosen before production was ticked.
constexpr int kChoiceBeforeProductionRole = Qt::UserRole + 1;

// A production profile is always red (Profile::bannerColour()): while "Production profile" is
// ticked, the combo shows that red after the choices, disabled; unticked, the choice is back.
void showProductionColour(QComboBox *combo, bool production)
{
    const int productionRow = static_cast<int>(std::size(kColours));
    const bool shown = combo->count() > productionRow;
    if (production && !shown) {
        const int choice = combo->currentIndex();
        combo->addItem(SettingsPanel::tr("Red: production profiles are always red"),
                       Profile::productionColour());
        combo->setItemData(productionRow, choice, kChoiceBeforeProductionRole);
        combo->setCurrentIndex(productionRow);
    } else if (!production && shown) {
        combo->setCurrentIndex(combo->itemData(productionRow, kChoiceBeforeProductionRole).toInt());
        combo->removeItem(productionRow);
    }
    combo->setEnabled(!production);
}

// The API's name of a request option, as RequestOptionsEditor knows its fields; the fields of the
// panel itself have none.
constexpr EnumKey<Profile::Field> kRequestOptionFields[] = {
    {Profile::Field::CodeLength, "code_length"},        {Profile::Field::Language, "lg"},
    {Profile::Field::WorkflowId, "workflow_id"},        {Profile::Field::PinExpiry, "pin_expiry"},
    {Profile::Field::NextEventWait, "next_event_wait"}, {Profile::Field::SenderId, "sender_id"},
};

QString durationText(qint64 seconds)
{
    if (seconds >= 120)
        return SettingsPanel::tr("%n minute(s)", nullptr, static_cast<int>(seconds / 60));
    return SettingsPanel::tr("%n second(s)", nullptr, static_cast<int>(seconds));
}

// The Sandbox's "search answers at once" check box, applied as soon as it is ticked.
void showInstantSearch(QCheckBox *check, Settings *settings)
{
    check->setChecked(settings->sandboxInstantSearch());
    QObject::connect(check, &QCheckBox::toggled, settings, &Settings::setSandboxInstantSearch);
    QObject::connect(settings, &Settings::sandboxInstantSearchChanged, check,
                     &QCheckBox::setChecked);
}

// The operator's name, stored when the user leaves the field; emptied, it is the account's name
// again. The computer's name beside it, as the history records both.
void showOperator(QLineEdit *edit, QLabel *workstation, Settings *settings)
{
    edit->setMaxLength(Settings::kMaxOperatorNameLength);
    edit->setPlaceholderText(OperatorIdentity::accountFullName());
    edit->setText(settings->operatorName());
    QObject::connect(edit, &QLineEdit::editingFinished, settings, [edit, settings] {
        settings->setOperatorName(edit->text());
        edit->setText(settings->operatorName());
    });
    QObject::connect(settings, &Settings::operatorNameChanged, edit, [edit](const QString &name) {
        if (!edit->hasFocus())
            edit->setText(name);
    });
    workstation->setText(SettingsPanel::tr("Workstation: %1").arg(OperatorIdentity::workstation()));
}

} // namespace

SettingsPanel::SettingsPanel(Settings *settings, SecretStore *secrets, Connections *connections,
                             QNetworkAccessManager *nam, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsPanel>())
    , m_settings(settings)
    , m_secrets(secrets)
    , m_connections(connections)
    , m_nam(nam)
{
    m_ui->setupUi(this);
    Icons::applyNamed(this);
    setUpProfileList();
    fillChoices();
    setUpFlavourChoices();
    setUpRequestOptions();
    connect(m_ui->addButton, &QPushButton::clicked, this, &SettingsPanel::addProfile);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &SettingsPanel::deleteProfile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SettingsPanel::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this] {
        if (m_isNew)
            selectProfile(m_settings->activeProfileId());
        else
            showProfile(m_current);
        m_ui->historyEditor->revert();
        setStatus(tr("Changes reverted."));
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &SettingsPanel::testConnection);
    connect(m_ui->showSecretButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showSecretButton->setText(shown ? tr("Hide") : tr("Show"));
        updateSecretButtonName();
    });
    connect(m_ui->productionCheck, &QCheckBox::toggled, this,
            [this](bool production) { showProductionColour(m_ui->colourCombo, production); });
    connect(m_ui->proxyModeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool manual = m_ui->proxyModeCombo->currentData().toInt()
            == static_cast<int>(Profile::ProxyMode::Manual);
        m_ui->proxyHostEdit->setEnabled(manual);
        m_ui->proxyPortSpin->setEnabled(manual);
    });
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this,
            [this] { Dialogs::chooseCaFile(m_ui->caFileEdit, tr("CA certificates")); });
    connect(m_ui->fileRadio, &QRadioButton::toggled, this, &SettingsPanel::chooseFileFallback);
    setUpAppSettings();
    setUpHistory();
    connect(m_secrets, &SecretStore::keychainAvailableChanged, this,
            &SettingsPanel::updateKeychainState);
    connect(m_settings, &Settings::profilesChanged, this, &SettingsPanel::reloadList);

    reloadList();
    selectProfile(m_settings->activeProfileId());
    updateKeychainState();
}

SettingsPanel::~SettingsPanel() = default;

// The list of profiles with Add and Delete under it; choosing a row shows that profile, after
// asking when the one shown has unsaved changes.
void SettingsPanel::setUpProfileList()
{
    // Add and Delete share a row where there is room and stack where a language or a large font
    // needs it, so that the list's column stays narrow.
    auto *listButtons = new FlowLayout(m_ui->listButtons);
    listButtons->setContentsMargins(0, 0, 0, 0);
    listButtons->addWidget(m_ui->addButton);
    listButtons->addWidget(m_ui->deleteButton);
    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading || row < 0)
            return;
        const QString id = m_ui->profileList->item(row)->data(Qt::UserRole).toString();
        if (id == m_current.id)
            return;
        if (profileChanged()
            && !Dialogs::confirm(this, tr("Unsaved changes"),
                                 tr("Discard the changes to \"%1\"?").arg(m_current.name),
                                 tr("Discard"))) {
            selectProfile(m_current.id);
            return;
        }
        selectProfile(id);
    });
    // A production profile's warning sign as tall as the line of text beside it.
    const int iconSide = m_ui->profileList->fontMetrics().height();
    m_ui->profileList->setIconSize(QSize(iconSide, iconSide));
    // Names are never cut off at the right edge: the list widens to them (reloadList) and a name
    // too long even for that ends in "…", whole in its tooltip.
    m_ui->profileList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->profileList->setTextElideMode(Qt::ElideRight);
}

// The settings of the whole app, beside the profiles: saved as they are chosen.
void SettingsPanel::setUpAppSettings()
{
    ReadableWidth::install(m_ui->generalForm, ReadableWidth::kFormEms);
    connect(m_ui->interfaceLanguageCombo, &QComboBox::activated, this, [this] {
        m_settings->setLanguage(
            static_cast<Settings::Language>(m_ui->interfaceLanguageCombo->currentData().toInt()));
        setStatus(tr("The interface language changes the next time Verify Desk starts."));
    });
    showInstantSearch(m_ui->instantSearchCheck, m_settings);
    showOperator(m_ui->operatorEdit, m_ui->workstationLabel, m_settings);
    connect(m_ui->themeCombo, &QComboBox::activated, this, [this] {
        m_settings->setTheme(static_cast<Settings::Theme>(m_ui->themeCombo->currentData().toInt()));
    });
    connect(m_settings, &Settings::themeChanged, this, [this](Settings::Theme theme) {
        m_ui->themeCombo->setCurrentIndex(m_ui->themeCombo->findData(static_cast<int>(theme)));
    });
}

// The History tab: where every profile's history is kept, app-wide, saved with the panel.
void SettingsPanel::setUpHistory()
{
    HistorySettingsEditor *editor = m_ui->historyEditor;
    editor->setServices(m_settings, m_secrets);
    ReadableWidth::install(editor, ReadableWidth::kFormEms);
    ScrollAreaFit::fitWidth(m_ui->historyScroll);
    ScrollAreaFit::fitWidth(m_ui->scrollArea);
    connect(editor, &HistorySettingsEditor::message, this, &SettingsPanel::setStatus);
    // The form's tab order cannot name the editor's fields: they follow the connection's here.
    QWidget *previous = m_ui->caBrowseButton;
    for (QWidget *next : editor->fieldsInTabOrder()) {
        setTabOrder(previous, next);
        previous = next;
    }
    setTabOrder(previous, m_ui->revertButton);
}

void SettingsPanel::setUpRequestOptions()
{
    // A profile stores both timers: they are always edited here, and the note says when the
    // wizard leaves them out.
    m_ui->requestOptions->setTimersOptional(false);
    // The form's tab order cannot name the editor's fields: they follow the country here.
    QWidget *previous = m_ui->countryEdit;
    for (const QString &field : {u"code_length"_s, u"lg"_s, u"workflow_id"_s, u"pin_expiry"_s,
                                 u"next_event_wait"_s, u"sender_id"_s}) {
        QWidget *next = m_ui->requestOptions->widgetForField(field);
        setTabOrder(previous, next);
        previous = next;
    }
    setTabOrder(previous, m_ui->timeoutSpin);
}

void SettingsPanel::fillChoices()
{
    for (const Colour &colour : kColours)
        m_ui->colourCombo->addItem(tr(colour.name), QString::fromLatin1(colour.hex));
    m_ui->proxyModeCombo->addItem(tr("System settings"),
                                  static_cast<int>(Profile::ProxyMode::System));
    m_ui->proxyModeCombo->addItem(tr("No proxy"), static_cast<int>(Profile::ProxyMode::None));
    m_ui->proxyModeCombo->addItem(tr("Manual"), static_cast<int>(Profile::ProxyMode::Manual));
    m_ui->interfaceLanguageCombo->addItem(tr("System"),
                                          static_cast<int>(Settings::Language::System));
    m_ui->interfaceLanguageCombo->addItem(u"English"_s,
                                          static_cast<int>(Settings::Language::English));
    m_ui->interfaceLanguageCombo->addItem(u"Nederlands"_s,
                                          static_cast<int>(Settings::Language::Dutch));
    m_ui->interfaceLanguageCombo->setCurrentIndex(
        m_ui->interfaceLanguageCombo->findData(static_cast<int>(m_settings->language())));
    m_ui->themeCombo->addItem(tr("System"), static_cast<int>(Settings::Theme::System));
    m_ui->themeCombo->addItem(tr("Light"), static_cast<int>(Settings::Theme::Light));
    m_ui->themeCombo->addItem(tr("Dark"), static_cast<int>(Settings::Theme::Dark));
    m_ui->themeCombo->setCurrentIndex(
        m_ui->themeCombo->findData(static_cast<int>(m_settings->theme())));
}

void SettingsPanel::setUpFlavourChoices()
{
    // A new profile is custom or for the vendor's API; KPN production and the Sandbox are there
    // from the start.
    for (const Profile::Kind kind : {Profile::Kind::Custom, Profile::Kind::Vonage})
        m_ui->profileKindCombo->addItem(Profile::kindName(kind), static_cast<int>(kind));
    m_ui->flavourCombo->addItem(tr("KPN (OAuth)"), static_cast<int>(ApiFlavour::KpnOAuth));
    m_ui->flavourCombo->addItem(tr("Vonage (API key)"), static_cast<int>(ApiFlavour::VonageKey));
    connect(m_ui->profileKindCombo, &QComboBox::activated, this, [this] {
        applyKind(static_cast<Profile::Kind>(m_ui->profileKindCombo->currentData().toInt()));
    });
    connect(m_ui->flavourCombo, &QComboBox::currentIndexChanged, this,
            [this] { showFlavour(formFlavour()); });
}

ApiFlavour SettingsPanel::formFlavour() const
{
    if (const std::optional<ApiFlavour> fixed = Profile::fixedFlavour(m_current.kind))
        return *fixed;
    return static_cast<ApiFlavour>(m_ui->flavourCombo->currentData().toInt());
}

void SettingsPanel::updateSecretButtonName()
{
    m_ui->showSecretButton->setAccessibleName(
        m_ui->showSecretButton->isChecked()
            ? secretText(QT_TR_NOOP("Hide the consumer secret"), QT_TR_NOOP("Hide the API secret"))
            : secretText(QT_TR_NOOP("Show the consumer secret"),
                         QT_TR_NOOP("Show the API secret")));
}

QString SettingsPanel::secretText(const char *kpn, const char *vonage) const
{
    return tr(formFlavour() == ApiFlavour::KpnOAuth ? kpn : vonage);
}

void SettingsPanel::applyKind(Profile::Kind kind)
{
    if (kind == m_current.kind || !m_isNew)
        return;
    const QString name = m_ui->nameEdit->text();
    const QString key = m_ui->clientIdEdit->text();
    const QString secret = m_ui->secretEdit->text();
    Profile preset = kind == Profile::Kind::Vonage ? Profile::vonage(name) : Profile::custom(name);
    preset.id = m_current.id;
    showProfile(preset);
    m_ui->clientIdEdit->setText(key);
    m_ui->secretEdit->setText(secret);
}

void SettingsPanel::showFlavour(ApiFlavour flavour)
{
    const bool kpn = flavour == ApiFlavour::KpnOAuth;
    FormRows::setRowShown(m_ui->profileForm, m_ui->tokenUrlEdit, kpn);
    m_ui->clientIdLabel->setText(kpn ? tr("Co&nsumer key:") : tr("API key:"));
    m_ui->secretLabel->setText(kpn ? tr("&Consumer secret:") : tr("API se&cret:"));
    m_ui->secretEdit->setAccessibleName(kpn ? tr("Consumer secret") : tr("API secret"));
    updateSecretButtonName();
    m_ui->apiUrlEdit->setPlaceholderText(kpn ? Profile::kpnApiBaseUrl().toString()
                                             : Profile::vonageApiBaseUrl().toString());
    if (m_current.isSandbox()) {
        // The Sandbox's endpoints as the flavour chosen uses them.
        Profile shown = m_current;
        shown.flavour = flavour;
        const ApiConfig endpoints = m_connections->configFor(shown, {});
        m_ui->tokenUrlEdit->setText(endpoints.tokenUrl.toString());
        m_ui->apiUrlEdit->setText(endpoints.apiBaseUrl.toString());
    }
}

void SettingsPanel::reloadList()
{
    m_loading = true;
    m_ui->profileList->clear();
    for (const Profile &profile : m_settings->profiles()) {
        auto *item = new QListWidgetItem(profile.name);
        item->setToolTip(profile.name);
        if (profile.production) {
            item->setIcon(Icons::icon(Icons::Name::Warning, Icons::Tone::Warning));
            item->setToolTip(
                profile.name + u'\n'
                + tr("Production: every SMS and call reaches a customer and costs money."));
        }
        item->setData(Qt::UserRole, profile.id);
        m_ui->profileList->addItem(item);
        if (profile.id == m_current.id)
            m_ui->profileList->setCurrentItem(item);
    }
    // As wide as the longest name (up to 18 ems); with more profiles than the list shows, its
    // scroll bar takes a little of that and the longest names end in "…".
    QListWidget *list = m_ui->profileList;
    const int widest = list->sizeHintForColumn(0) + 2 * list->frameWidth();
    const int cap = 18 * list->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    list->setMinimumWidth(std::min(widest, cap));
    list->setMaximumWidth(std::max(list->minimumWidth(), cap));
    m_loading = false;
}

void SettingsPanel::selectProfile(const QString &id)
{
    const std::optional<Profile> profile = m_settings->profile(id);
    if (!profile)
        return;
    m_isNew = false;
    showProfile(*profile);
    m_loading = true;
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        if (m_ui->profileList->item(row)->data(Qt::UserRole).toString() == id)
            m_ui->profileList->setCurrentRow(row);
    }
    m_loading = false;
}

void SettingsPanel::showProfile(const Profile &profile)
{
    m_current = profile;
    const bool sandbox = profile.isSandbox();
    m_ui->kindLabel->setText(sandbox
                                 ? tr("The built-in Sandbox simulates the API inside Verify Desk: "
                                      "no account, no cost, no real messages. Its endpoints and "
                                      "credentials are its own.")
                                 : tr("%1 profile.").arg(Profile::kindName(profile.kind)));
    m_ui->sandboxGroup->setVisible(sandbox);
    // The kind is chosen when a profile is added; the flavour where the kind leaves it open.
    FormRows::setRowShown(m_ui->profileForm, m_ui->profileKindCombo, m_isNew);
    m_ui->profileKindCombo->setCurrentIndex(
        m_ui->profileKindCombo->findData(static_cast<int>(profile.kind)));
    FormRows::setRowShown(m_ui->profileForm, m_ui->flavourCombo,
                          !Profile::fixedFlavour(profile.kind).has_value());
    {
        const QSignalBlocker blocker(m_ui->flavourCombo);
        m_ui->flavourCombo->setCurrentIndex(
            m_ui->flavourCombo->findData(static_cast<int>(profile.flavour)));
    }
    m_ui->nameEdit->setText(profile.name);
    m_ui->nameEdit->setEnabled(!sandbox);
    // The Sandbox's endpoints are those of the server the app runs; show them as they are used.
    const ApiConfig endpoints = sandbox ? m_connections->configFor(profile, {}) : ApiConfig();
    m_ui->tokenUrlEdit->setText(sandbox ? endpoints.tokenUrl.toString()
                                        : profile.tokenUrl.toString());
    m_ui->apiUrlEdit->setText(sandbox ? endpoints.apiBaseUrl.toString()
                                      : profile.apiBaseUrl.toString());
    m_ui->clientIdEdit->setText(sandbox ? endpoints.clientId : profile.clientId);
    m_ui->tokenUrlEdit->setEnabled(!sandbox);
    m_ui->apiUrlEdit->setEnabled(!sandbox);
    showFlavour(profile.flavour);
    // The profile's own colour first, so that unticking production gives it back.
    showProductionColour(m_ui->colourCombo, false);
    const int colour =
        m_ui->colourCombo->findData(profile.colour, Qt::UserRole, Qt::MatchFixedString);
    m_ui->colourCombo->setCurrentIndex(colour >= 0 ? colour : 0);
    m_ui->productionCheck->setChecked(profile.production);
    m_ui->productionCheck->setEnabled(!sandbox);
    showProductionColour(m_ui->colourCombo, profile.production);
    m_ui->credentialsGroup->setEnabled(true);
    m_ui->clientIdEdit->setEnabled(!sandbox);
    m_ui->secretEdit->clear();
    m_ui->secretEdit->setEnabled(!sandbox);
    m_ui->showSecretButton->setEnabled(!sandbox);
    m_ui->secretEdit->setPlaceholderText(sandbox ? tr("Not needed for the Sandbox") : QString());
    if (!sandbox && !m_isNew) {
        const QString id = profile.id;
        m_secrets->readSecret(id, this, [this, id](const SecretStore::Result &result) {
            if (id != m_current.id)
                return;
            m_ui->secretEdit->setPlaceholderText(result.ok && result.found
                                                     ? tr("Stored; type to replace it")
                                                     : tr("Not stored yet"));
        });
    }
    m_ui->deleteButton->setEnabled(profile.isRemovable() && !m_isNew);

    m_ui->brandEdit->setText(profile.defaults.brand);
    m_ui->countryEdit->setText(profile.defaults.country);
    m_ui->requestOptions->setDefaults(profile.defaults);
    m_ui->timeoutSpin->setValue(profile.timeoutSeconds);
    m_ui->proxyModeCombo->setCurrentIndex(
        m_ui->proxyModeCombo->findData(static_cast<int>(profile.proxyMode)));
    m_ui->proxyHostEdit->setText(profile.proxyHost);
    m_ui->proxyPortSpin->setValue(profile.proxyPort);
    m_ui->caFileEdit->setText(profile.caFile);
    m_ui->testResultLabel->clear();
    showErrors({});
    // What the form holds now is the reference for "unsaved changes" (the form may normalise
    // values the stored profile leaves empty, such as the colour).
    m_shown = profileFromForm();
}

Profile SettingsPanel::profileFromForm() const
{
    Profile profile = m_current;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.flavour = formFlavour();
    if (!profile.isSandbox()) { // the Sandbox's endpoints and key are shown, never stored
        profile.tokenUrl = QUrl(m_ui->tokenUrlEdit->text().trimmed());
        profile.apiBaseUrl = QUrl(m_ui->apiUrlEdit->text().trimmed());
        profile.clientId = m_ui->clientIdEdit->text().trimmed();
    }
    profile.production = m_ui->productionCheck->isChecked();
    // Saved as shown: red for production, so that the file agrees with the banner.
    profile.colour = profile.production ? Profile::productionColour()
                                        : m_ui->colourCombo->currentData().toString();
    Profile::RequestDefaults brandAndCountry;
    brandAndCountry.brand = m_ui->brandEdit->text();
    brandAndCountry.country = m_ui->countryEdit->text().trimmed().toUpper();
    profile.defaults = m_ui->requestOptions->defaults(brandAndCountry);
    profile.timeoutSeconds = m_ui->timeoutSpin->value();
    profile.proxyMode =
        static_cast<Profile::ProxyMode>(m_ui->proxyModeCombo->currentData().toInt());
    profile.proxyHost = m_ui->proxyHostEdit->text().trimmed();
    profile.proxyPort = m_ui->proxyPortSpin->value();
    profile.caFile = m_ui->caFileEdit->text().trimmed();
    return profile;
}

void SettingsPanel::focusMainControl()
{
    m_ui->profileList->setFocus(Qt::OtherFocusReason);
}

void SettingsPanel::showHistorySettings()
{
    m_ui->sections->setCurrentWidget(m_ui->historyTab);
}

void SettingsPanel::showGeneralSettings()
{
    m_ui->sections->setCurrentWidget(m_ui->generalTab);
}

bool SettingsPanel::hasUnsavedChanges() const
{
    return profileChanged() || m_ui->historyEditor->hasUnsavedChanges();
}

bool SettingsPanel::profileChanged() const
{
    return m_isNew || !(profileFromForm() == m_shown) || !m_ui->secretEdit->text().isEmpty();
}

QLabel *SettingsPanel::errorLabel(Profile::Field field)
{
    if (QLabel *label = m_errorLabels.value(field))
        return label;
    static const QHash<Profile::Field, const char *> widgets = {
        {Profile::Field::Name, "nameEdit"},           {Profile::Field::TokenUrl, "tokenUrlEdit"},
        {Profile::Field::ApiBaseUrl, "apiUrlEdit"},   {Profile::Field::ClientId, "clientIdEdit"},
        {Profile::Field::Brand, "brandEdit"},         {Profile::Field::Country, "countryEdit"},
        {Profile::Field::Timeout, "timeoutSpin"},     {Profile::Field::ProxyHost, "proxyHostEdit"},
        {Profile::Field::ProxyPort, "proxyPortSpin"}, {Profile::Field::CaFile, "caFileEdit"},
        {Profile::Field::Colour, "colourCombo"}};
    QWidget *fieldWidget = m_ui->requestOptions->widgetForField(keyOf(kRequestOptionFields, field));
    if (!fieldWidget)
        fieldWidget = findChild<QWidget *>(QString::fromLatin1(widgets.value(field, "nameEdit")));
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    Appearance::markAsError(label);
    label->hide();
    // Below the field, in the form row that holds it (a field inside a row layout: that row).
    for (auto *form : findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::FieldRole);
            const bool inRow = item
                && (item->widget() == fieldWidget
                    || (item->layout() && item->layout()->indexOf(fieldWidget) >= 0));
            if (inRow) {
                form->insertRow(row + 1, QString(), label);
                m_errorLabels.insert(field, label);
                return label;
            }
        }
    }
    m_errorLabels.insert(field, label);
    return label;
}

void SettingsPanel::showErrors(const Profile::Errors &errors)
{
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        if (!errors.contains(it.key()))
            it.value()->hide();
    }
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        QLabel *label = errorLabel(it.key());
        label->setText(Appearance::errorText(it.value()));
        label->show();
    }
}

QString SettingsPanel::fieldError(Profile::Field field) const
{
    const QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void SettingsPanel::setStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
}

void SettingsPanel::save()
{
    const Profile profile = profileFromForm();
    const Profile::Errors errors = profile.validate();
    showErrors(errors);
    const int needAttention = static_cast<int>(errors.size()) + m_ui->historyEditor->validate();
    if (needAttention > 0) {
        setStatus(tr("Not saved: %n field(s) need attention.", nullptr, needAttention));
        return;
    }
    // First, so that the profile's status follows and the password's comes last.
    if (m_ui->historyEditor->hasUnsavedChanges())
        m_ui->historyEditor->save();
    QString error;
    const bool ok = m_isNew ? m_settings->addProfile(profile, &error)
                            : m_settings->updateProfile(profile, &error);
    if (!ok) {
        setStatus(tr("Not saved: %1").arg(error));
        return;
    }
    m_isNew = false;
    m_current = profile;
    const QString secret = m_ui->secretEdit->text();
    if (!secret.isEmpty() && !profile.isSandbox()) {
        m_ui->secretEdit->clear();
        setStatus(secretText(QT_TR_NOOP("Saved. Storing the consumer secret…"),
                             QT_TR_NOOP("Saved. Storing the API secret…")));
        m_secrets->writeSecret(
            profile.id, secret, this, [this, id = profile.id](const SecretStore::Result &result) {
                if (!result.ok) {
                    setStatus(
                        secretText(QT_TR_NOOP("Saved, but the consumer secret was not stored: %1"),
                                   QT_TR_NOOP("Saved, but the API secret was not stored: %1"))
                            .arg(result.errorText));
                    return;
                }
                setStatus(result.storage == SecretStore::Storage::Keychain ? secretText(
                              QT_TR_NOOP("Saved; the consumer secret is in the keychain."),
                              QT_TR_NOOP("Saved; the API secret is in the keychain."))
                              : result.storage == SecretStore::Storage::File
                              ? secretText(QT_TR_NOOP("Saved; the consumer secret is in a file "
                                                      "only you can read."),
                                           QT_TR_NOOP("Saved; the API secret is in a file only "
                                                      "you can read."))
                              : secretText(QT_TR_NOOP("Saved; the consumer secret is kept until "
                                                      "Verify Desk quits."),
                                           QT_TR_NOOP("Saved; the API secret is kept until "
                                                      "Verify Desk quits.")));
                m_ui->secretEdit->setPlaceholderText(tr("Stored; type to replace it"));
                // The profile's connection reads its new secret (made now when it had none).
                if (ProfileConnection *connection = m_connections->connection(id))
                    connection->apply();
            });
    } else {
        setStatus(tr("Saved."));
    }
    reloadList();
    selectProfile(profile.id);
}

void SettingsPanel::addProfile()
{
    if (profileChanged()
        && !Dialogs::confirm(this, tr("Unsaved changes"),
                             tr("Discard the changes to \"%1\"?").arg(m_current.name),
                             tr("Discard")))
        return;
    int n = 1;
    QString name = tr("New profile");
    while (m_settings->profileByName(name))
        name = tr("New profile %1").arg(++n);
    m_isNew = true;
    showProfile(Profile::custom(name));
    m_ui->profileList->clearSelection();
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
    setStatus(tr("Fill in the endpoints and credentials, then save."));
}

void SettingsPanel::deleteProfile()
{
    if (!m_current.isRemovable() || m_isNew)
        return;
    if (!Dialogs::confirm(
            this, tr("Delete profile"),
            secretText(QT_TR_NOOP("Delete the profile \"%1\" and its stored consumer secret?"),
                       QT_TR_NOOP("Delete the profile \"%1\" and its stored API secret?"))
                .arg(m_current.name),
            tr("Delete"), QMessageBox::Warning))
        return;
    const QString id = m_current.id;
    QString error;
    if (!m_settings->removeProfile(id, &error)) {
        setStatus(tr("Not deleted: %1").arg(error));
        return;
    }
    m_secrets->removeSecret(id);
    selectProfile(m_settings->activeProfileId());
    setStatus(tr("Profile deleted."));
}

void SettingsPanel::testConnection()
{
    const Profile profile = profileFromForm();
    Profile::Errors errors = profile.validate();
    // Only what the token call needs must be right for a test.
    for (auto it = errors.begin(); it != errors.end();) {
        // The vendor's flavour is tested with a search, on its API base URL.
        const bool needed = it.key() == Profile::Field::TokenUrl
            || (it.key() == Profile::Field::ApiBaseUrl && !profile.usesTokenUrl())
            || it.key() == Profile::Field::ClientId || it.key() == Profile::Field::Timeout
            || it.key() == Profile::Field::ProxyHost || it.key() == Profile::Field::ProxyPort
            || it.key() == Profile::Field::CaFile;
        it = needed ? std::next(it) : errors.erase(it);
    }
    showErrors(errors);
    if (!errors.isEmpty()) {
        m_ui->testResultLabel->setText(tr("Correct the marked fields first."));
        return;
    }
    const QString typed = m_ui->secretEdit->text();
    if (profile.isSandbox() || !typed.isEmpty()) {
        testWithSecret(profile, typed);
        return;
    }
    if (m_isNew) {
        m_ui->testResultLabel->setText(secretText(QT_TR_NOOP("Enter the consumer secret first."),
                                                  QT_TR_NOOP("Enter the API secret first.")));
        return;
    }
    m_ui->testResultLabel->setText(secretText(QT_TR_NOOP("Reading the consumer secret…"),
                                              QT_TR_NOOP("Reading the API secret…")));
    m_secrets->readSecret(profile.id, this, [this, profile](const SecretStore::Result &result) {
        if (!result.ok || !result.found) {
            m_ui->testResultLabel->setText(
                result.ok ? secretText(QT_TR_NOOP("Enter the consumer secret first."),
                                       QT_TR_NOOP("Enter the API secret first."))
                          : result.errorText);
            return;
        }
        testWithSecret(profile, result.secret);
    });
}

void SettingsPanel::testWithSecret(const Profile &profile, const QString &secret)
{
    delete m_keyTester;
    delete m_tester;
    // A token client of its own: the test must not disturb the active profile's token.
    m_tester = new TokenClient(m_nam, nullptr, this);
    const ApiConfig config = m_connections->configFor(profile, secret);
    if (config.flavour == ApiFlavour::VonageKey) {
        testVonageCredentials(config);
        return;
    }
    m_tester->setConfig(config);
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Testing…"));
    m_tester->fetchToken(this, [this](const Outcome<QString> &outcome) {
        m_ui->testButton->setEnabled(true);
        QString message;
        if (outcome.ok()) {
            const TokenInfo &info = m_tester->tokenInfo();
            message = info.products.isEmpty()
                ? tr("Connected: a token was issued, valid for %1.")
                      .arg(durationText(m_tester->remainingSeconds()))
                : tr("Connected: a token was issued, valid for %1, for the products: %2.")
                      .arg(durationText(m_tester->remainingSeconds()),
                           QLocale().createSeparatedList(info.products));
        } else {
            message = outcome.error().message();
        }
        m_ui->testResultLabel->setText(message);
        Q_EMIT connectionTested(outcome.ok(), message);
    });
}

void SettingsPanel::testVonageCredentials(const ApiConfig &config)
{
    m_keyTester = new VerifyClient(m_nam, m_tester, nullptr, this);
    m_keyTester->setConfig(config);
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Testing…"));
    // An id no verification has: status 101 once the key and secret are accepted.
    m_keyTester->search(u"00000000000000000000000000000000"_s, this,
                        [this](const Outcome<SearchResult> &outcome) {
                            m_ui->testButton->setEnabled(true);
                            const QString message = outcome.ok()
                                ? tr("Connected: the API key and secret were accepted.")
                                : outcome.error().message();
                            m_ui->testResultLabel->setText(message);
                            Q_EMIT connectionTested(outcome.ok(), message);
                        });
}

void SettingsPanel::updateKeychainState()
{
    const bool available = m_secrets->keychainAvailable();
    m_ui->keychainLabel->setVisible(!available);
    m_ui->sessionOnlyRadio->setVisible(!available);
    m_ui->fileRadio->setVisible(!available);
    if (!available) {
        m_ui->keychainLabel->setText(
            tr("<b>No keychain answers.</b> %1 Choose where the consumer secret goes:")
                .arg(m_secrets->keychainProblem().toHtmlEscaped()));
    }
    const bool file = m_secrets->fallbackPolicy() == SecretStore::FallbackPolicy::File;
    QSignalBlocker blocker(m_ui->fileRadio);
    m_ui->fileRadio->setChecked(file);
    m_ui->sessionOnlyRadio->setChecked(!file);
    m_ui->historyEditor->updateKeychainState();
}

void SettingsPanel::chooseFileFallback(bool file)
{
    if (!file) {
        m_secrets->setFallbackPolicy(SecretStore::FallbackPolicy::SessionOnly);
        return;
    }
    if (!m_secrets->fileRiskAccepted()) {
        if (!Dialogs::confirm(this, tr("Store the secret in a file?"), SecretStore::fileRiskText(),
                              tr("Store in a file"), QMessageBox::Warning)) {
            updateKeychainState();
            return;
        }
        m_secrets->acceptFileRisk();
    }
    m_secrets->setFallbackPolicy(SecretStore::FallbackPolicy::File);
    updateKeychainState();
}
