#include "HistorySettingsEditor.h"

#include "Appearance.h"
#include "Dialogs.h"
#include "FormRows.h"
#include "TeamConnectionTest.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "ui_HistorySettingsEditor.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace {

constexpr int kDefaultPort = 5432;

QString teamSecretId()
{
    return QString(Settings::kTeamSecretId);
}

} // namespace

bool HistorySettingsEditor::Choice::operator==(const Choice &other) const
{
    return shared == other.shared && retentionDays == other.retentionDays
        && team.host == other.team.host && team.port == other.team.port
        && team.database == other.team.database && team.user == other.team.user
        && team.tls == other.team.tls && team.caFile == other.team.caFile;
}

HistorySettingsEditor::HistorySettingsEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistorySettingsEditor>())
    , m_test(new TeamConnectionTest(this))
{
    m_ui->setupUi(this);
    fillChoices();
    for (QLabel *label :
         {m_ui->teamHostError, m_ui->teamPortError, m_ui->teamUserError, m_ui->teamCaFileError})
        Appearance::markAsError(label);
    m_ui->teamTestBusy->hide();
    connect(m_ui->historyPlaceCombo, &QComboBox::currentIndexChanged, this,
            &HistorySettingsEditor::showPlace);
    connect(m_ui->teamTlsCombo, &QComboBox::currentIndexChanged, this, [this] {
        // Without TLS there is no certificate to check.
        const bool tls = m_ui->teamTlsCombo->currentData().toInt()
            != static_cast<int>(TeamDatabase::TlsMode::Disable);
        m_ui->teamCaFileLabel->setEnabled(tls);
        m_ui->teamCaFileBox->setEnabled(tls);
    });
    connect(m_ui->teamCaBrowseButton, &QPushButton::clicked, this,
            [this] { Dialogs::chooseCaFile(m_ui->teamCaFileEdit, tr("Server CA file")); });
    connect(m_ui->retentionSpin, &QSpinBox::valueChanged, this,
            [this](int days) { m_ui->retentionSpin->setSuffix(tr(" day(s)", nullptr, days)); });
    connect(m_ui->teamTestButton, &QPushButton::clicked, this,
            &HistorySettingsEditor::testConnection);
    connect(m_test, &TeamConnectionTest::finished, this, &HistorySettingsEditor::showTestResult);
}

HistorySettingsEditor::~HistorySettingsEditor() = default;

void HistorySettingsEditor::fillChoices()
{
    m_ui->historyPlaceCombo->addItem(tr("On this computer"), false);
    m_ui->historyPlaceCombo->addItem(tr("Shared team database (PostgreSQL)"), true);
    // Strongest first: the default verifies both.
    using Tls = TeamDatabase::TlsMode;
    const std::pair<Tls, QString> modes[] = {
        {Tls::VerifyFull, tr("Verify the server's certificate and name (verify-full)")},
        {Tls::VerifyCa, tr("Verify the server's certificate only (verify-ca)")},
        {Tls::Require, tr("Encrypt, without checking the server (require)")},
        {Tls::Prefer, tr("Encrypt when the server offers it (prefer)")},
        {Tls::Disable, tr("Do not encrypt (disable)")},
    };
    for (const auto &[mode, text] : modes)
        m_ui->teamTlsCombo->addItem(text, static_cast<int>(mode));
    m_ui->retentionSpin->setSpecialValueText(tr("Forever"));
}

void HistorySettingsEditor::setServices(Settings *settings, SecretStore *secrets)
{
    m_settings = settings;
    m_secrets = secrets;
    revert();
}

void HistorySettingsEditor::revert()
{
    const TeamDatabase team = m_settings->teamDatabase();
    m_ui->historyPlaceCombo->setCurrentIndex(m_settings->sharedHistory() ? 1 : 0);
    m_ui->teamHostEdit->setText(team.host);
    m_ui->teamPortEdit->setText(QString::number(team.port));
    m_ui->teamDatabaseEdit->setText(team.database);
    m_ui->teamUserEdit->setText(team.user);
    m_ui->teamPasswordEdit->clear();
    m_ui->teamTlsCombo->setCurrentIndex(m_ui->teamTlsCombo->findData(static_cast<int>(team.tls)));
    m_ui->teamCaFileEdit->setText(team.caFile);
    m_ui->retentionSpin->setValue(m_settings->historyRetentionDays());
    m_ui->retentionSpin->setSuffix(tr(" day(s)", nullptr, m_ui->retentionSpin->value()));
    showErrors({});
    showPlace();
    setTestText({});
    m_shown = choiceFromForm();
}

QList<QWidget *> HistorySettingsEditor::fieldsInTabOrder() const
{
    return {m_ui->historyPlaceCombo, m_ui->teamHostEdit,   m_ui->teamPortEdit,
            m_ui->teamDatabaseEdit,  m_ui->teamUserEdit,   m_ui->teamPasswordEdit,
            m_ui->teamTlsCombo,      m_ui->teamCaFileEdit, m_ui->teamCaBrowseButton,
            m_ui->teamTestButton,    m_ui->retentionSpin};
}

bool HistorySettingsEditor::sharedChosen() const
{
    return m_ui->historyPlaceCombo->currentData().toBool();
}

HistorySettingsEditor::Choice HistorySettingsEditor::choiceFromForm() const
{
    Choice choice;
    choice.shared = sharedChosen();
    choice.retentionDays = m_ui->retentionSpin->value();
    TeamDatabase &team = choice.team;
    team.host = m_ui->teamHostEdit->text().trimmed();
    const QString port = m_ui->teamPortEdit->text().trimmed();
    bool portOk = false;
    team.port = port.isEmpty() ? kDefaultPort : port.toInt(&portOk);
    if (!port.isEmpty() && !portOk)
        team.port = 0;
    team.database = m_ui->teamDatabaseEdit->text().trimmed();
    if (team.database.isEmpty())
        team.database = m_ui->teamDatabaseEdit->placeholderText();
    team.user = m_ui->teamUserEdit->text().trimmed();
    team.tls = static_cast<TeamDatabase::TlsMode>(m_ui->teamTlsCombo->currentData().toInt());
    team.caFile = m_ui->teamCaFileEdit->text().trimmed();
    return choice;
}

bool HistorySettingsEditor::hasUnsavedChanges() const
{
    return !(choiceFromForm() == m_shown) || !m_ui->teamPasswordEdit->text().isEmpty();
}

void HistorySettingsEditor::showPlace()
{
    const bool shared = sharedChosen();
    for (QWidget *label :
         {m_ui->teamHostLabel, m_ui->teamPortLabel, m_ui->teamDatabaseLabel, m_ui->teamUserLabel,
          m_ui->teamPasswordLabel, m_ui->teamTlsLabel, m_ui->teamCaFileLabel})
        FormRows::setRowShown(m_ui->historyForm, label, shared);
    FormRows::setShown(m_ui->teamTestBox, shared);
    FormRows::setShown(m_ui->teamTestResultLabel,
                       shared && !m_ui->teamTestResultLabel->text().isEmpty());
    // The shared history's retention is its administrator's: here only this desk's outbox.
    m_ui->retentionNoteLabel->setText(
        tr("With the shared database, this applies only to this desk's outbox (what it keeps "
           "until the team database has it). How long the shared history keeps verifications is "
           "up to its administrator."));
    FormRows::setShown(m_ui->retentionNoteLabel, shared);
    showErrors({});
    updateKeychainState();
    if (shared)
        readStoredPassword();
}

QHash<HistorySettingsEditor::Field, QString> HistorySettingsEditor::errors() const
{
    QHash<Field, QString> found;
    if (!sharedChosen())
        return found;
    const Choice choice = choiceFromForm();
    if (choice.team.host.isEmpty())
        found.insert(Field::Host, tr("Enter the server's name or address."));
    if (choice.team.port < 1 || choice.team.port > 65535)
        found.insert(Field::Port, tr("The port is a number from 1 to 65535."));
    if (choice.team.user.isEmpty())
        found.insert(Field::User, tr("Enter the user this desk logs in as."));
    if (const QString &ca = choice.team.caFile; !ca.isEmpty()) {
        const QFileInfo info(ca);
        if (!info.exists())
            found.insert(Field::CaFile, tr("There is no file %1.").arg(ca));
        else if (!info.isFile() || !info.isReadable())
            found.insert(Field::CaFile, tr("The file %1 cannot be read.").arg(ca));
    }
    return found;
}

QLabel *HistorySettingsEditor::errorLabel(Field field) const
{
    switch (field) {
    case Field::Host:
        return m_ui->teamHostError;
    case Field::Port:
        return m_ui->teamPortError;
    case Field::User:
        return m_ui->teamUserError;
    case Field::CaFile:
        return m_ui->teamCaFileError;
    }
    return m_ui->teamHostError;
}

void HistorySettingsEditor::showErrors(const QHash<Field, QString> &errors)
{
    for (const Field field : {Field::Host, Field::Port, Field::User, Field::CaFile}) {
        QLabel *label = errorLabel(field);
        const QString error = errors.value(field);
        label->setText(error.isEmpty() ? QString() : Appearance::errorText(error));
        FormRows::setShown(label, !error.isEmpty());
    }
}

int HistorySettingsEditor::validate()
{
    const QHash<Field, QString> found = errors();
    showErrors(found);
    return static_cast<int>(found.size());
}

void HistorySettingsEditor::save()
{
    const Choice choice = choiceFromForm();
    const QString password = m_ui->teamPasswordEdit->text();
    m_settings->setSharedHistory(choice.shared);
    // Where the history is kept on this computer, the team's fields are left as they were stored.
    if (choice.shared)
        m_settings->setTeamDatabase(choice.team);
    m_settings->setHistoryRetentionDays(choice.retentionDays);
    revert();
    if (choice.shared && !password.isEmpty())
        storePassword(password);
}

void HistorySettingsEditor::storePassword(const QString &password)
{
    m_ui->teamPasswordEdit->setPlaceholderText(tr("Storing…"));
    m_secrets->writeSecret(teamSecretId(), password, this, [this](const SecretStore::Result &r) {
        if (!r.ok) {
            m_ui->teamPasswordEdit->setPlaceholderText(tr("Not stored"));
            Q_EMIT message(
                tr("Saved, but the team database's password was not stored: %1").arg(r.errorText));
            return;
        }
        m_ui->teamPasswordEdit->setPlaceholderText(tr("Stored; type to replace it"));
        switch (r.storage) {
        case SecretStore::Storage::Keychain:
            Q_EMIT message(tr("Saved; the team database's password is in the keychain."));
            break;
        case SecretStore::Storage::File:
            Q_EMIT message(
                tr("Saved; the team database's password is in a file only you can read."));
            break;
        default:
            Q_EMIT message(tr("Saved; the team database's password is kept only until Verify "
                              "Desk quits, so the shared history will not open when it starts "
                              "again."));
            break;
        }
    });
}

void HistorySettingsEditor::readStoredPassword()
{
    if (m_passwordLooked)
        return;
    m_passwordLooked = true;
    m_secrets->readSecret(teamSecretId(), this, [this](const SecretStore::Result &r) {
        m_ui->teamPasswordEdit->setPlaceholderText(
            r.ok && r.found ? tr("Stored; type to replace it") : tr("Not stored yet"));
    });
}

void HistorySettingsEditor::updateKeychainState()
{
    const bool available = m_secrets->keychainAvailable();
    if (!available) {
        const bool file = m_secrets->fallbackPolicy() == SecretStore::FallbackPolicy::File;
        m_ui->teamKeychainLabel->setText(
            file ? tr("<b>No keychain answers.</b> The password goes to a file only you can read "
                      "(not encrypted), as chosen under Credentials.")
                 : tr("<b>No keychain answers.</b> The password would be kept only until Verify "
                      "Desk quits, so the shared history could not be opened at the next start. "
                      "Start the keychain, or choose under Credentials to keep secrets in a "
                      "file."));
    }
    FormRows::setShown(m_ui->teamKeychainLabel, sharedChosen() && !available);
}

void HistorySettingsEditor::testConnection()
{
    if (m_test->isRunning())
        return;
    if (validate() > 0) {
        setTestText(tr("Correct the marked fields first."));
        return;
    }
    TeamDatabase team = choiceFromForm().team;
    team.password = m_ui->teamPasswordEdit->text();
    if (!team.password.isEmpty()) {
        startTest(team);
        return;
    }
    setTesting(true);
    setTestText(tr("Reading the password…"));
    // Without a stored password the server may still let the account in (trust, .pgpass).
    m_secrets->readSecret(teamSecretId(), this, [this, team](const SecretStore::Result &r) mutable {
        if (r.ok && r.found)
            team.password = r.secret;
        startTest(team);
    });
}

void HistorySettingsEditor::startTest(const TeamDatabase &team)
{
    setTesting(true);
    m_ui->teamTestBusy->show();
    setTestText(tr("Connecting to %1…").arg(team.location()));
    m_test->start(team);
}

void HistorySettingsEditor::setTesting(bool testing)
{
    // The button keeps the keyboard while it is disabled, instead of handing it to the next field.
    if (testing && m_ui->teamTestButton->isEnabled())
        m_testHadFocus = m_ui->teamTestButton->hasFocus();
    m_ui->teamTestButton->setEnabled(!testing);
    if (!testing && m_testHadFocus)
        m_ui->teamTestButton->setFocus(Qt::OtherFocusReason);
}

void HistorySettingsEditor::setTestText(const QString &text)
{
    m_ui->teamTestResultLabel->setText(text);
    FormRows::setShown(m_ui->teamTestResultLabel, sharedChosen() && !text.isEmpty());
}

void HistorySettingsEditor::showTestResult(bool ok, const QString &text)
{
    setTesting(false);
    m_ui->teamTestBusy->hide();
    // libpq's reasons come with line breaks and tabs of a terminal: one paragraph here.
    setTestText(ok ? text : Appearance::errorText(text.simplified()));
    Q_EMIT connectionTested(ok, text);
}
