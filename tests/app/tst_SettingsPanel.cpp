// The settings and credentials panel, driven as a user would: profiles, secrets, validation,
// the keychain fallback and "Test connection" against the in-process sandbox; where the history
// is kept, and the team database's "Test connection" against a real PostgreSQL.

#include "AppHarness.h"
#include "Dialogs.h"
#include "PostgresTestDatabase.h"
#include "settings/HistorySettingsEditor.h"
#include "settings/OperatorIdentity.h"
#include "settings/SettingsPanel.h"
#include "verify/RequestOptionsEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class tst_SettingsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensOnTheSandbox();
    void instantSearchIsASandboxSetting();
    void operatorNameIsSetHere();
    void createProfileKeepsTheSecretOutOfTheSettingsFile();
    void invalidInputIsShownAtTheFieldAndNothingIsSaved();
    void passwordInAUrlIsRefusedAtTheField();
    void editAndRevert();
    void requestDefaultsAreEditedInTheOptionsEditor();
    void requestOptionErrorsAreShownAtTheirField();
    void tabGoesThroughTheRequestOptions();
    void deleteAsksFirstAndNeverTheSandbox();
    void showHideSecret();
    void testConnection_data();
    void testConnection();
    void noKeychainFallsBackVisibly();
    void productionColourIsNotAChoice();
    void savingKpnProductionKeepsItRed();
    void newProductionProfileIsSavedRed();
    void sharedHistoryIsSavedWithItsPasswordInTheKeychain();
    void sharedHistoryFieldsAreChecked_data();
    void sharedHistoryFieldsAreChecked();
    void tabGoesThroughTheHistorySection();
    void noKeychainIsToldAtTheTeamPassword();
    void teamConnectionTestReachesTheServer();
    void teamConnectionTestNamesAnUnreachableServer();

private:
    template<typename T> T *child(const char *name)
    {
        auto *widget = m_panel->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void typeInto(const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    void typeIntoSpin(const char *name, int value)
    {
        auto *spin = child<QSpinBox>(name);
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
    }
    void fillSandboxBackedProfile(const QString &name, const QString &secret);
    // Chooses the shared team database with the keyboard, as a user would.
    void chooseSharedHistory()
    {
        m_panel->showHistorySettings(); // a tab of its own, beside the profiles
        auto *combo = child<QComboBox>("historyPlaceCombo");
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), 1);
    }
    void chooseTls(TeamDatabase::TlsMode mode)
    {
        auto *combo = child<QComboBox>("teamTlsCombo");
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        const int wanted = combo->findData(static_cast<int>(mode));
        while (combo->currentIndex() < wanted)
            QTest::keyClick(combo, Qt::Key_Down);
    }
    void fillTeamDatabase(const TeamDatabase &team)
    {
        typeInto("teamHostEdit", team.host);
        typeInto("teamPortEdit", QString::number(team.port));
        typeInto("teamDatabaseEdit", team.database);
        typeInto("teamUserEdit", team.user);
        typeInto("teamPasswordEdit", team.password);
        chooseTls(team.tls);
    }
    void pressTeamTest(const TeamDatabase &team);
    QString status() { return child<QLabel>("statusLabel")->text(); }

    std::unique_ptr<AppHarness> m_harness;
    std::unique_ptr<SettingsPanel> m_panel;
};

void tst_SettingsPanel::init()
{
    Dialogs::resetTestState();
    m_harness = std::make_unique<AppHarness>();
    m_panel =
        std::make_unique<SettingsPanel>(&m_harness->settings(), &m_harness->secrets(),
                                        &m_harness->connections(), m_harness->services().network);
    m_panel->resize(900, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_SettingsPanel::cleanup()
{
    m_panel.reset();
    m_harness.reset();
}

void tst_SettingsPanel::fillSandboxBackedProfile(const QString &name, const QString &secret)
{
    const Profile target = m_harness->sandboxBackedProfile(name);
    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    typeInto("nameEdit", name);
    typeInto("tokenUrlEdit", target.tokenUrl.toString());
    typeInto("apiUrlEdit", target.apiBaseUrl.toString());
    typeInto("clientIdEdit", target.clientId);
    typeInto("secretEdit", secret);
}

void tst_SettingsPanel::opensOnTheSandbox()
{
    QCOMPARE(m_panel->currentProfileId(), Profile::sandboxId());
    QVERIFY(!child<QLineEdit>("tokenUrlEdit")->isEnabled());
    QVERIFY(!child<QPushButton>("deleteButton")->isEnabled());
    // KPN production is there from the start, pre-filled.
    const auto kpn = m_harness->settings().profile(Profile::kpnProductionId());
    QVERIFY(kpn);
    QVERIFY(kpn->production);
}

// The operator's name the history records: the account's name until one is typed, stored when
// the field is left, and the account's again when emptied; the computer's name beside it.
void tst_SettingsPanel::operatorNameIsSetHere()
{
    m_panel->showGeneralSettings();
    auto *edit = child<QLineEdit>("operatorEdit");
    auto *label = child<QLabel>("operatorLabel");
    QVERIFY(edit->isVisible());
    QCOMPARE(label->buddy(), edit);
    const QString account = OperatorIdentity::accountFullName();
    QCOMPARE(edit->text(), account);
    QVERIFY(child<QLabel>("workstationLabel")->text().contains(OperatorIdentity::workstation()));

    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, u" Anna de Vries "_s);
    QCOMPARE(m_harness->settings().operatorName(), account); // not before the field is left
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_harness->settings().operatorName(), u"Anna de Vries"_s);
    QCOMPARE(edit->text(), u"Anna de Vries"_s);

    edit->clear();
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_harness->settings().operatorName(), account);
    QCOMPARE(edit->text(), account);
}

// "Search answers at once after completion": only on the Sandbox's page, off by default as the
// real API, and the in-process sandbox follows it at once.
void tst_SettingsPanel::instantSearchIsASandboxSetting()
{
    auto *check = child<QCheckBox>("instantSearchCheck");
    QVERIFY(check->isVisible());
    QVERIFY(!check->isChecked());
    QVERIFY(!m_harness->settings().sandboxInstantSearch());
    QVERIFY(m_harness->sandbox().instantSearch()); // the harness's own option
    check->click();
    QVERIFY(m_harness->settings().sandboxInstantSearch());
    QVERIFY(m_harness->sandbox().instantSearch());
    check->click();
    QVERIFY(!m_harness->settings().sandboxInstantSearch());
    QVERIFY(!m_harness->sandbox().instantSearch());
    m_harness->settings().sync();
    QVERIFY(QSettings(m_harness->settingsPath(), QSettings::IniFormat)
                .contains(u"sandbox/instantSearch"_s));
    m_panel->selectProfile(Profile::kpnProductionId());
    QVERIFY(!check->isVisible());
    m_panel->selectProfile(Profile::sandboxId());
    QVERIFY(check->isVisible());
}

void tst_SettingsPanel::createProfileKeepsTheSecretOutOfTheSettingsFile()
{
    const int before = m_harness->settings().profiles().size();
    fillSandboxBackedProfile(u"Staging"_s, u"sandbox-secret"_s);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);

    QCOMPARE(m_harness->settings().profiles().size(), before + 1);
    const auto saved = m_harness->settings().profileByName(u"Staging"_s);
    QVERIFY(saved);
    QCOMPARE(saved->clientId, u"sandbox-client"_s);
    QTRY_COMPARE(m_harness->keychain()->stored().value(SecretStore::keyFor(saved->id)),
                 u"sandbox-secret"_s);
    QTRY_VERIFY(status().contains(u"keychain"_s));
    QVERIFY(child<QLineEdit>("secretEdit")->text().isEmpty());

    m_harness->settings().sync();
    QFile ini(m_harness->settingsPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(bytes.contains("Staging"));
    QVERIFY(!bytes.contains("sandbox-secret"));
}

void tst_SettingsPanel::invalidInputIsShownAtTheFieldAndNothingIsSaved()
{
    const int before = m_harness->settings().profiles().size();
    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    typeInto("nameEdit", u"Broken"_s);
    typeInto("tokenUrlEdit", u"not a url"_s);
    typeInto("apiUrlEdit", u"ftp://example.com/verify"_s);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);

    QVERIFY(!m_panel->fieldError(Profile::Field::TokenUrl).isEmpty());
    QVERIFY(!m_panel->fieldError(Profile::Field::ApiBaseUrl).isEmpty());
    QVERIFY(!m_panel->fieldError(Profile::Field::ClientId).isEmpty());
    QVERIFY(m_panel->fieldError(Profile::Field::Name).isEmpty());
    QVERIFY(status().startsWith(u"Not saved"_s));
    QCOMPARE(m_harness->settings().profiles().size(), before);

    // Corrected, the messages go away and it saves.
    const Profile target = m_harness->sandboxBackedProfile(u"Broken"_s);
    typeInto("tokenUrlEdit", target.tokenUrl.toString());
    typeInto("apiUrlEdit", target.apiBaseUrl.toString());
    typeInto("clientIdEdit", u"key"_s);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(m_panel->fieldError(Profile::Field::TokenUrl).isEmpty());
    QCOMPARE(m_harness->settings().profiles().size(), before + 1);
}

void tst_SettingsPanel::passwordInAUrlIsRefusedAtTheField()
{
    const int before = m_harness->settings().profiles().size();
    const Profile target = m_harness->sandboxBackedProfile(u"With password"_s);
    QUrl withPassword = target.tokenUrl;
    withPassword.setUserInfo(u"me:Pa55w0rd"_s);
    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    typeInto("nameEdit", u"With password"_s);
    typeInto("tokenUrlEdit", withPassword.toString());
    typeInto("apiUrlEdit", target.apiBaseUrl.toString());
    typeInto("clientIdEdit", u"key"_s);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);

    const QString error = m_panel->fieldError(Profile::Field::TokenUrl);
    QVERIFY2(error.contains(u"credential fields"_s), qPrintable(error));
    QVERIFY(!error.contains(u"Pa55w0rd"_s));
    QVERIFY(status().startsWith(u"Not saved"_s));
    QCOMPARE(m_harness->settings().profiles().size(), before);
    m_harness->settings().sync();
    QFile ini(m_harness->settingsPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("Pa55w0rd"));

    // Without it, the profile saves.
    typeInto("tokenUrlEdit", target.tokenUrl.toString());
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(m_panel->fieldError(Profile::Field::TokenUrl).isEmpty());
    QCOMPARE(m_harness->settings().profiles().size(), before + 1);
}

void tst_SettingsPanel::editAndRevert()
{
    m_panel->selectProfile(Profile::kpnProductionId());
    typeInto("brandEdit", u"Acme"_s);
    QVERIFY(m_panel->hasUnsavedChanges());
    QTest::mouseClick(child<QPushButton>("revertButton"), Qt::LeftButton);
    QVERIFY(child<QLineEdit>("brandEdit")->text().isEmpty());
    QVERIFY(!m_panel->hasUnsavedChanges());

    typeInto("brandEdit", u"Acme"_s);
    typeInto("clientIdEdit", u"my-consumer-key"_s);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    const auto kpn = m_harness->settings().profile(Profile::kpnProductionId());
    QCOMPARE(kpn->defaults.brand, u"Acme"_s);
    QCOMPARE(kpn->clientId, u"my-consumer-key"_s);
}

void tst_SettingsPanel::requestDefaultsAreEditedInTheOptionsEditor()
{
    m_panel->selectProfile(Profile::kpnProductionId());
    // A profile stores both timers: nothing to tick, and the note says what a request will do.
    QVERIFY(child<QCheckBox>("customTimersCheck")->isHidden());
    QVERIFY(child<QSpinBox>("pinExpirySpin")->isEnabled());
    QVERIFY(child<QSpinBox>("nextEventWaitSpin")->isEnabled());
    auto *note = child<QLabel>("timersNote");
    QVERIFY2(note->text().contains(u"not sent"_s), qPrintable(note->text()));

    QTest::keyClick(child<QComboBox>("workflowCombo"), Qt::Key_End);
    QTest::keyClick(child<QComboBox>("codeLengthCombo"), Qt::Key_End);
    typeIntoSpin("pinExpirySpin", 600);
    typeIntoSpin("nextEventWaitSpin", 180);
    QVERIFY2(note->text().contains(u"not a multiple"_s), qPrintable(note->text()));
    typeInto("senderIdEdit", u"Acme"_s);
    typeInto("clientIdEdit", u"my-consumer-key"_s);
    QVERIFY(m_panel->hasUnsavedChanges());
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(status(), u"Saved."_s);

    const auto kpn = m_harness->settings().profile(Profile::kpnProductionId());
    QCOMPARE(kpn->defaults.workflowId, 7);
    QCOMPARE(kpn->defaults.codeLength, 6);
    QCOMPARE(kpn->defaults.pinExpirySeconds, 600);
    QCOMPARE(kpn->defaults.nextEventWaitSeconds, 180);
    QCOMPARE(kpn->defaults.senderId, u"Acme"_s);

    // Shown again as saved.
    m_panel->selectProfile(Profile::sandboxId());
    QCOMPARE(child<QSpinBox>("nextEventWaitSpin")->value(), 300);
    m_panel->selectProfile(Profile::kpnProductionId());
    QCOMPARE(child<QComboBox>("workflowCombo")->currentData().toInt(), 7);
    QCOMPARE(child<QSpinBox>("pinExpirySpin")->value(), 600);
    QCOMPARE(child<QSpinBox>("nextEventWaitSpin")->value(), 180);
    QVERIFY(!m_panel->hasUnsavedChanges());
}

void tst_SettingsPanel::requestOptionErrorsAreShownAtTheirField()
{
    m_panel->selectProfile(Profile::sandboxId());
    typeInto("senderIdEdit", u"MuchTooLongSender"_s);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(status().startsWith(u"Not saved"_s));
    const QString error = m_panel->fieldError(Profile::Field::SenderId);
    QVERIFY2(error.contains(u"11"_s), qPrintable(error));
    QVERIFY(m_harness->settings().profile(Profile::sandboxId())->defaults.senderId.isEmpty());

    // In the row right under the sender id, inside the options editor.
    QLabel *shown = nullptr;
    for (QLabel *label : m_panel->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text() == error)
            shown = label;
    }
    QVERIFY(shown);
    auto *editor = m_panel->findChild<RequestOptionsEditor *>();
    QVERIFY(editor && editor->isAncestorOf(shown));
    auto *form = editor->findChild<QFormLayout *>(u"optionsForm"_s);
    QVERIFY(form);
    int senderRow = -1;
    int errorRow = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(child<QLineEdit>("senderIdEdit"), &senderRow, &role);
    form->getWidgetPosition(shown, &errorRow, &role);
    QVERIFY(senderRow >= 0);
    QCOMPARE(errorRow, senderRow + 1);

    // Corrected, the message goes and the profile is saved.
    typeInto("senderIdEdit", u"Acme"_s);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(m_panel->fieldError(Profile::Field::SenderId).isEmpty());
    QVERIFY(!shown->isVisible());
    QCOMPARE(m_harness->settings().profile(Profile::sandboxId())->defaults.senderId, u"Acme"_s);
}

void tst_SettingsPanel::tabGoesThroughTheRequestOptions()
{
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    auto *country = child<QLineEdit>("countryEdit");
    country->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), country);
    // The check box is hidden here: Tab passes it by.
    for (const char *name : {"codeLengthCombo", "languageCombo", "workflowCombo", "pinExpirySpin",
                             "nextEventWaitSpin", "senderIdEdit", "timeoutSpin"}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *expected = child<QWidget>(name);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY2(focused == expected || expected->isAncestorOf(focused),
                 qPrintable(u"%1 instead of %2"_s.arg(
                     focused ? focused->objectName() : u"nothing"_s, QString::fromLatin1(name))));
    }
}

void tst_SettingsPanel::deleteAsksFirstAndNeverTheSandbox()
{
    fillSandboxBackedProfile(u"Temporary"_s, u"x"_s);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    const QString id = m_harness->settings().profileByName(u"Temporary"_s)->id;
    QTRY_VERIFY(m_harness->keychain()->stored().contains(SecretStore::keyFor(id)));

    Dialogs::setNextAnswer(false);
    QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
    QVERIFY(m_harness->settings().profile(id));
    QVERIFY(Dialogs::lastText().contains(u"Temporary"_s));

    Dialogs::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
    QVERIFY(!m_harness->settings().profile(id));
    QTRY_VERIFY(!m_harness->keychain()->stored().contains(SecretStore::keyFor(id)));

    m_panel->selectProfile(Profile::sandboxId());
    QVERIFY(!child<QPushButton>("deleteButton")->isEnabled());
}

void tst_SettingsPanel::showHideSecret()
{
    m_panel->selectProfile(Profile::kpnProductionId());
    auto *secret = child<QLineEdit>("secretEdit");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QToolButton>("showSecretButton"), Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(child<QToolButton>("showSecretButton"), Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
}

void tst_SettingsPanel::testConnection_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("ok");
    QTest::newRow("good pair") << u"sandbox-secret"_s << true;
    QTest::newRow("bad secret") << u"wrong"_s << false;
}

void tst_SettingsPanel::testConnection()
{
    QFETCH(QString, secret);
    QFETCH(bool, ok);
    fillSandboxBackedProfile(u"Tested"_s, secret);
    QSignalSpy tested(m_panel.get(), &SettingsPanel::connectionTested);
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QVERIFY(tested.wait(10'000));
    QCOMPARE(tested.first().at(0).toBool(), ok);
    const QString shown = child<QLabel>("testResultLabel")->text();
    QCOMPARE(shown, tested.first().at(1).toString());
    QVERIFY(!shown.isEmpty());
    QVERIFY(!shown.contains(secret));
    if (ok) {
        QVERIFY(shown.contains(u"valid for"_s));
        QVERIFY(shown.contains(u"Nexmo Verify"_s)); // the product list of the token answer
    }
    // Testing saves nothing.
    QVERIFY(!m_harness->settings().profileByName(u"Tested"_s));
}

void tst_SettingsPanel::noKeychainFallsBackVisibly()
{
    m_harness->keychain()->setFailure(SecretBackend::Error::Unavailable,
                                      u"The name org.freedesktop.secrets was not provided"_s);
    fillSandboxBackedProfile(u"Offline"_s, u"s3cret-value"_s);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    const QString id = m_harness->settings().profileByName(u"Offline"_s)->id;

    // The panel says so plainly and offers the choice; the default keeps it in memory.
    QTRY_VERIFY(child<QLabel>("keychainLabel")->isVisible());
    QVERIFY(child<QRadioButton>("sessionOnlyRadio")->isChecked());
    QTRY_VERIFY(status().contains(u"until Verify Desk quits"_s));
    const QString file = m_harness->secrets().fallbackFilePath();
    QVERIFY(!QFile::exists(file));

    // Choosing the file asks first; "no" keeps the session choice.
    Dialogs::setNextAnswer(false);
    QTest::mouseClick(child<QRadioButton>("fileRadio"), Qt::LeftButton);
    QVERIFY(child<QRadioButton>("sessionOnlyRadio")->isChecked());
    QCOMPARE(m_harness->secrets().fallbackPolicy(), SecretStore::FallbackPolicy::SessionOnly);

    Dialogs::setNextAnswer(true);
    QTest::mouseClick(child<QRadioButton>("fileRadio"), Qt::LeftButton);
    QCOMPARE(m_harness->secrets().fallbackPolicy(), SecretStore::FallbackPolicy::File);

    m_panel->selectProfile(id);
    typeInto("secretEdit", u"s3cret-value"_s);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(file));
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    m_harness->settings().sync();
    QFile ini(m_harness->settingsPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("s3cret-value"));
}

void tst_SettingsPanel::productionColourIsNotAChoice()
{
    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    auto *colour = child<QComboBox>("colourCombo");
    auto *production = child<QCheckBox>("productionCheck");
    QVERIFY(!production->isChecked());
    QVERIFY(colour->isEnabled());
    // Purple, the third colour offered.
    QTest::keyClick(colour, Qt::Key_Home);
    QTest::keyClick(colour, Qt::Key_Down);
    QTest::keyClick(colour, Qt::Key_Down);
    QCOMPARE(colour->currentData().toString(), u"#8250df"_s);

    QTest::keyClick(production, Qt::Key_Space);
    QVERIFY(production->isChecked());
    QVERIFY(!colour->isEnabled());
    QCOMPARE(colour->currentData().toString(), Profile::productionColour());
    QVERIFY(colour->currentText().contains(u"always red"_s));

    // Unticked, the choice is back, and the production red is not one to pick.
    QTest::keyClick(production, Qt::Key_Space);
    QVERIFY(!production->isChecked());
    QVERIFY(colour->isEnabled());
    QCOMPARE(colour->currentData().toString(), u"#8250df"_s);
    QCOMPARE(colour->findData(Profile::productionColour()), -1);
}

void tst_SettingsPanel::savingKpnProductionKeepsItRed()
{
    m_panel->selectProfile(Profile::kpnProductionId());
    auto *colour = child<QComboBox>("colourCombo");
    QVERIFY(child<QCheckBox>("productionCheck")->isChecked());
    QVERIFY(!colour->isEnabled());
    QCOMPARE(colour->currentData().toString(), Profile::productionColour());
    QVERIFY(!m_panel->hasUnsavedChanges());

    typeInto("clientIdEdit", u"my-consumer-key"_s);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(status(), u"Saved."_s);
    const auto kpn = m_harness->settings().profile(Profile::kpnProductionId());
    QCOMPARE(kpn->clientId, u"my-consumer-key"_s);
    QVERIFY(kpn->production);
    QCOMPARE(kpn->bannerColour(), Profile::productionColour());
    // The file says red too, for anything that reads the colour as it is.
    QCOMPARE(kpn->colour, Profile::productionColour());

    // Shown again after saving: still red, still not a choice.
    QVERIFY(!colour->isEnabled());
    QCOMPARE(colour->currentData().toString(), Profile::productionColour());
    QVERIFY(!m_panel->hasUnsavedChanges());
}

void tst_SettingsPanel::newProductionProfileIsSavedRed()
{
    fillSandboxBackedProfile(u"Live"_s, QString());
    QTest::keyClick(child<QCheckBox>("productionCheck"), Qt::Key_Space);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    const auto saved = m_harness->settings().profileByName(u"Live"_s);
    QVERIFY(saved);
    QVERIFY(saved->production);
    QCOMPARE(saved->bannerColour(), Profile::productionColour());
    QCOMPARE(saved->colour, Profile::productionColour());

    // Unticked and saved, it takes the colour chosen, the first one offered unless changed.
    QTest::keyClick(child<QCheckBox>("productionCheck"), Qt::Key_Space);
    QVERIFY(child<QComboBox>("colourCombo")->isEnabled());
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    const auto unticked = m_harness->settings().profileByName(u"Live"_s);
    QVERIFY(!unticked->production);
    QCOMPARE(unticked->colour, child<QComboBox>("colourCombo")->currentData().toString());
    QVERIFY(unticked->bannerColour() != Profile::productionColour());
}

QTEST_MAIN(tst_SettingsPanel)
#include "tst_SettingsPanel.moc"

// Shared history: chosen, filled and saved, the settings hold where it is, the keychain its
// password, and the settings file no password; "On this computer" hides the database's fields.
void tst_SettingsPanel::sharedHistoryIsSavedWithItsPasswordInTheKeychain()
{
    QVERIFY(!child<QLineEdit>("teamHostEdit")->isVisible());
    QVERIFY(!child<QPushButton>("teamTestButton")->isVisible());
    QVERIFY(!child<QLabel>("retentionNoteLabel")->isVisible());
    chooseSharedHistory();
    QVERIFY(child<QLineEdit>("teamHostEdit")->isVisible());
    QVERIFY(child<QLabel>("retentionNoteLabel")->text().contains(u"outbox"_s));
    QVERIFY(child<QLabel>("retentionNoteLabel")->isVisible());
    QVERIFY(child<QLabel>("historyRestartLabel")->text().contains(u"starts again"_s));
    QCOMPARE(child<QLineEdit>("teamPasswordEdit")->echoMode(), QLineEdit::Password);

    QTemporaryDir dir;
    const QString ca = dir.filePath(u"team-ca.pem"_s);
    QFile caFile(ca);
    QVERIFY(caFile.open(QIODevice::WriteOnly));
    caFile.close();
    TeamDatabase team;
    team.host = u"db.desk.example"_s;
    team.port = 6543;
    team.database = u"support"_s;
    team.user = u"anna"_s;
    team.password = u"pg-s3cret-word"_s;
    team.tls = TeamDatabase::TlsMode::VerifyCa;
    fillTeamDatabase(team);
    Dialogs::setNextFileName(ca);
    QTest::mouseClick(child<QPushButton>("teamCaBrowseButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>("teamCaFileEdit")->text(), ca);
    typeIntoSpin("retentionSpin", 30);
    QVERIFY(m_panel->hasUnsavedChanges());
    QVERIFY(!m_harness->settings().sharedHistory()); // nothing before Save

    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(m_harness->settings().sharedHistory());
    const TeamDatabase saved = m_harness->settings().teamDatabase();
    QCOMPARE(saved.host, team.host);
    QCOMPARE(saved.port, team.port);
    QCOMPARE(saved.database, team.database);
    QCOMPARE(saved.user, team.user);
    QCOMPARE(saved.tls, team.tls);
    QCOMPARE(saved.caFile, ca);
    QCOMPARE(m_harness->settings().historyRetentionDays(), 30);
    const QString key = SecretStore::keyFor(QString(Settings::kTeamSecretId));
    QTRY_COMPARE(m_harness->keychain()->stored().value(key), team.password);
    QTRY_VERIFY(status().contains(u"password is in the keychain"_s));
    QVERIFY(child<QLineEdit>("teamPasswordEdit")->text().isEmpty());
    QVERIFY(!m_panel->hasUnsavedChanges());

    m_harness->settings().sync();
    QFile ini(m_harness->settingsPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(bytes.contains("db.desk.example"));
    QVERIFY(!bytes.contains("pg-s3cret-word"));

    // Back to this computer: the database's fields go, what was stored for it stays.
    auto *combo = child<QComboBox>("historyPlaceCombo");
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QVERIFY(!child<QLineEdit>("teamHostEdit")->isVisible());
    QVERIFY(!child<QLabel>("retentionNoteLabel")->isVisible());
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(!m_harness->settings().sharedHistory());
    QCOMPARE(m_harness->settings().teamDatabase().host, team.host);
}

void tst_SettingsPanel::sharedHistoryFieldsAreChecked_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("no host") << QString() << u"5432"_s << u"anna"_s << QString()
                             << u"teamHostError"_s << u"server's name or address"_s;
    QTest::newRow("port 0") << u"db"_s << u"0"_s << u"anna"_s << QString() << u"teamPortError"_s
                            << u"from 1 to 65535"_s;
    QTest::newRow("port too high") << u"db"_s << u"65536"_s << u"anna"_s << QString()
                                   << u"teamPortError"_s << u"from 1 to 65535"_s;
    QTest::newRow("port not a number") << u"db"_s << u"pg"_s << u"anna"_s << QString()
                                       << u"teamPortError"_s << u"from 1 to 65535"_s;
    QTest::newRow("no user") << u"db"_s << u"5432"_s << QString() << QString() << u"teamUserError"_s
                             << u"user this desk logs in as"_s;
    QTest::newRow("no CA file") << u"db"_s << u"5432"_s << u"anna"_s
                                << u"/nonexistent/team-ca.pem"_s << u"teamCaFileError"_s
                                << u"There is no file /nonexistent/team-ca.pem"_s;
    QTest::newRow("CA file a directory") << u"db"_s << u"5432"_s << u"anna"_s << u"/"_s
                                         << u"teamCaFileError"_s << u"cannot be read"_s;
}

// What is wrong is said at its field, and nothing is saved.
void tst_SettingsPanel::sharedHistoryFieldsAreChecked()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, user);
    QFETCH(QString, caFile);
    QFETCH(QString, field);
    QFETCH(QString, message);
    chooseSharedHistory();
    typeInto("teamHostEdit", host);
    typeInto("teamPortEdit", port);
    typeInto("teamUserEdit", user);
    typeInto("teamCaFileEdit", caFile);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);

    auto *error = m_panel->findChild<QLabel *>(field);
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    for (const char *other : {"teamHostError", "teamPortError", "teamUserError", "teamCaFileError"})
        QCOMPARE(child<QLabel>(other)->isVisible(), field == QLatin1StringView(other));
    QVERIFY(status().contains(u"Not saved"_s));
    QVERIFY(!m_harness->settings().sharedHistory());

    // Test connection checks the same first, and tries nothing.
    QTest::mouseClick(child<QPushButton>("teamTestButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>("teamTestResultLabel")->text(), u"Correct the marked fields first."_s);
    QVERIFY(child<QPushButton>("teamTestButton")->isEnabled());

    // Back to this computer: nothing of the database is asked for, and the marks go.
    auto *combo = child<QComboBox>("historyPlaceCombo");
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QVERIFY(!error->isVisible());
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(status(), u"Saved."_s);
}

void tst_SettingsPanel::tabGoesThroughTheHistorySection()
{
    chooseSharedHistory();
    QWidget *focus = child<QComboBox>("historyPlaceCombo");
    for (const char *next :
         {"teamHostEdit", "teamPortEdit", "teamDatabaseEdit", "teamUserEdit", "teamPasswordEdit",
          "teamTlsCombo", "teamCaFileEdit", "teamCaBrowseButton", "teamTestButton", "retentionSpin",
          "revertButton"}) {
        focus = focus->nextInFocusChain();
        // A spin box's own line edit is the spin box's.
        while (!focus->isVisible() || !focus->isEnabled() || !(focus->focusPolicy() & Qt::TabFocus)
               || focus->objectName().startsWith(u"qt_"_s))
            focus = focus->nextInFocusChain();
        QCOMPARE(focus->objectName(), QString::fromLatin1(next));
    }
    QWidget *before = child<QPushButton>("caBrowseButton")->nextInFocusChain();
    QCOMPARE(before->objectName(), u"historyPlaceCombo"_s);
}

// Presses "Test connection" for `team` and waits for its end: the button is disabled and the
// busy bar shown meanwhile, the window never waiting.
void tst_SettingsPanel::pressTeamTest(const TeamDatabase &team)
{
    chooseSharedHistory();
    fillTeamDatabase(team);
    auto *button = child<QPushButton>("teamTestButton");
    QSignalSpy tested(m_panel->findChild<HistorySettingsEditor *>(),
                      &HistorySettingsEditor::connectionTested);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    QVERIFY(!button->isEnabled());
    QTRY_VERIFY(child<QProgressBar>("teamTestBusy")->isVisible() || tested.size() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20'000);
    QVERIFY(button->isEnabled());
    QVERIFY(button->hasFocus()); // given back once it is enabled again
    QVERIFY(!child<QProgressBar>("teamTestBusy")->isVisible());
    // A test saves nothing.
    QVERIFY(!m_harness->settings().sharedHistory());
}

void tst_SettingsPanel::teamConnectionTestReachesTheServer()
{
    PostgresTestDatabase db;
    VERIFYDESK_REQUIRE_POSTGRES(db);
    pressTeamTest(db.agent());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(child<QLabel>("teamTestResultLabel")->text(),
             u"Connected: team history layout 1, account has only what it needs."_s);
}

void tst_SettingsPanel::teamConnectionTestNamesAnUnreachableServer()
{
    TeamDatabase team;
    team.host = u"/nonexistent/verifydesk-socket-dir"_s;
    team.port = 5432;
    team.database = u"verifydesk"_s;
    team.user = u"anna"_s;
    team.tls = TeamDatabase::TlsMode::Prefer;
    pressTeamTest(team);
    if (QTest::currentTestFailed())
        return;
    const QString shown = child<QLabel>("teamTestResultLabel")->text();
    QVERIFY2(shown.contains(u"cannot be reached"_s), qPrintable(shown));
}

// Without a keychain the password would last only this session, while the shared history is
// opened at the next start: the section says so beside the password, and the status on saving.
void tst_SettingsPanel::noKeychainIsToldAtTheTeamPassword()
{
    m_harness->keychain()->setFailure(SecretBackend::Error::Unavailable,
                                      u"The name org.freedesktop.secrets was not provided"_s);
    auto *label = child<QLabel>("teamKeychainLabel");
    QVERIFY(!label->isVisible());
    chooseSharedHistory();
    QTRY_VERIFY(label->isVisible());
    QVERIFY(label->text().contains(u"could not be opened at the next start"_s));
    TeamDatabase team;
    team.host = u"db.desk.example"_s;
    team.user = u"anna"_s;
    team.password = u"pg-s3cret-word"_s;
    fillTeamDatabase(team);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(status().contains(u"kept only until Verify Desk quits"_s));
    QVERIFY(!QFile::exists(m_harness->secrets().fallbackFilePath()));

    // "Store in a file" under Credentials: the section follows.
    Dialogs::setNextAnswer(true);
    QTest::mouseClick(child<QRadioButton>("fileRadio"), Qt::LeftButton);
    QVERIFY(label->text().contains(u"file only you can read"_s));
}
