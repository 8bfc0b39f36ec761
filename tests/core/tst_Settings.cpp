#include "FakeSecretBackend.h"
#include "settings/OperatorIdentity.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "settings/SettingsSchema.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Settings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshFileGetsDefaults();
    void roundTrip();
    void unchangedWindowLayoutIsNotWrittenAgain();
    void injectedQSettings();
    void sandboxCannotBeRemoved();
    void removingTheActiveProfileActivatesSandbox();
    void refusedChanges_data();
    void refusedChanges();
    void sandboxStoresNoUrls();
    void unusableFileFallsBackToDefaults_data();
    void unusableFileFallsBackToDefaults();
    void brokenProfileEntriesAreLeftOut();
    void missingSandboxIsRestored();
    void productionWithAnotherColourIsReadAsRed();
    void productionFlagDefaultsByKind();
    void flavourFollowsTheKind();
    void languageAndTheme();
    void historyRetention();
    void operatorNameDefaultsToTheAccountsName();
    void teamDatabaseIsKeptWithoutItsPassword();
    void secretNeverInSettingsFile();
    void defaultFileIsInTheConfigFolder();
    void storedEnumTexts();
    void fileFromDecember2026Loads();
    void fileFromDecember2026IsWrittenBackAsItWas();

private:
    QString iniPath() const { return m_dir->filePath(u"verifydesk.ini"_s); }
    QByteArray iniBytes() const;
    void writeIni(const QByteArray &contents) const;
    QString copyOfFixture() const;
    static Profile fullCustom();

    std::unique_ptr<QTemporaryDir> m_dir;
};

QByteArray tst_Settings::iniBytes() const
{
    QFile f(iniPath());
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

void tst_Settings::writeIni(const QByteArray &contents) const
{
    QFile f(iniPath());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(contents), contents.size());
}

// A settings file written by the app of 5 December 2026, with every stored field set.
QString tst_Settings::copyOfFixture() const
{
    const QString fixture = QFINDTESTDATA("data/settings-2026-12-05.ini");
    if (fixture.isEmpty() || !QFile::copy(fixture, iniPath()))
        return QString();
    QFile::setPermissions(iniPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return fixture;
}

Profile tst_Settings::fullCustom()
{
    Profile p = Profile::custom(u"Staging, \"quoted\" = weird"_s);
    p.tokenUrl = QUrl(u"https://staging.example.com/oauth/token?grant_type=client_credentials"_s);
    p.apiBaseUrl = QUrl(u"http://127.0.0.1:8443/communication/nexmo/verify"_s);
    p.clientId = u"key/with=odd;chars"_s;
    p.defaults.brand = u"ACME Bank"_s;
    p.defaults.country = u"BE"_s;
    p.defaults.codeLength = 6;
    p.defaults.language = u"nl-nl"_s;
    p.defaults.workflowId = 6;
    p.defaults.pinExpirySeconds = 600;
    p.defaults.nextEventWaitSeconds = 120;
    p.defaults.senderId = u"ACME"_s;
    p.timeoutSeconds = 42;
    p.proxyMode = Profile::ProxyMode::Manual;
    p.proxyHost = u"proxy.example.com"_s;
    p.proxyPort = 3128;
    p.colour = u"#123abc"_s;
    p.production = true;
    return p;
}

void tst_Settings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Settings::freshFileGetsDefaults()
{
    Settings settings(iniPath());
    QVERIFY(settings.loadNotice().isEmpty());
    QVERIFY(settings.backupPath().isEmpty());
    QCOMPARE(settings.profiles(), (QList<Profile> {Profile::sandbox(), Profile::kpnProduction()}));
    QCOMPARE(settings.activeProfileId(), Profile::sandboxId());
    QCOMPARE(settings.activeProfile(), Profile::sandbox());
    QCOMPARE(settings.language(), Settings::Language::System);
    QCOMPARE(settings.theme(), Settings::Theme::System);
    QVERIFY(settings.windowGeometry().isEmpty());
    QCOMPARE(settings.historyRetentionDays(), Settings::kDefaultHistoryRetentionDays);
    settings.sync();
    QVERIFY(iniBytes().contains("schemaVersion=1"));
}

void tst_Settings::roundTrip()
{
    const Profile custom = fullCustom();
    Profile kpn = Profile::kpnProduction();
    kpn.clientId = u"kpn-consumer-key"_s;
    kpn.defaults.brand = u"KPN"_s;
    Profile sandbox = Profile::sandbox();
    sandbox.defaults.brand = u"Demo"_s;
    // The Sandbox speaking the vendor's flavour, the one flavour that is written down.
    sandbox.flavour = ApiFlavour::VonageKey;
    Profile vonage = Profile::vonage(u"Vonage live"_s);
    vonage.clientId = u"abcd1234"_s;
    const QByteArray geometry("\x01\x02\x00\xffgeometry", 12);
    const QByteArray state("\x00state\xfe", 7);
    {
        Settings settings(iniPath());
        QSignalSpy changed(&settings, &Settings::profilesChanged);
        QSignalSpy activeChanged(&settings, &Settings::activeProfileChanged);
        QString error;
        QVERIFY2(settings.addProfile(custom, &error), qPrintable(error));
        QVERIFY2(settings.updateProfile(kpn, &error), qPrintable(error));
        QVERIFY2(settings.updateProfile(sandbox, &error), qPrintable(error));
        QVERIFY2(settings.addProfile(vonage, &error), qPrintable(error));
        QCOMPARE(changed.size(), 4);
        QVERIFY(settings.setActiveProfileId(custom.id));
        QCOMPARE(activeChanged.size(), 1);
        QCOMPARE(activeChanged.at(0).at(0).toString(), custom.id);
        QVERIFY(!settings.setActiveProfileId(u"no-such-profile"_s));
        settings.setLanguage(Settings::Language::Dutch);
        settings.setTheme(Settings::Theme::Dark);
        settings.setWindowGeometry(geometry);
        settings.setWindowState(state);
        settings.setHistoryRetentionDays(30);
    }
    Settings settings(iniPath());
    QVERIFY2(settings.loadNotice().isEmpty(), qPrintable(settings.loadNotice()));
    QCOMPARE(settings.profiles(), (QList<Profile> {sandbox, kpn, custom, vonage}));
    QCOMPARE(settings.profile(vonage.id)->kind, Profile::Kind::Vonage);
    QCOMPARE(settings.profile(vonage.id)->flavour, ApiFlavour::VonageKey);
    QCOMPARE(settings.profile(vonage.id)->apiBaseUrl, QUrl(u"https://api.nexmo.com"_s));
    QCOMPARE(settings.profile(custom.id), std::optional<Profile>(custom));
    QCOMPARE(settings.profileByName(u"KPN PRODUCTION"_s)->id, Profile::kpnProductionId());
    QCOMPARE(settings.activeProfileId(), custom.id);
    QCOMPARE(settings.activeProfile(), custom);
    QCOMPARE(settings.language(), Settings::Language::Dutch);
    QCOMPARE(settings.theme(), Settings::Theme::Dark);
    QCOMPARE(settings.windowGeometry(), geometry);
    QCOMPARE(settings.windowState(), state);
    QCOMPARE(settings.historyRetentionDays(), 30);
}

void tst_Settings::unchangedWindowLayoutIsNotWrittenAgain()
{
    // The window saves its layout at every exit; the file is written only when it changed.
    const QByteArray geometry("\x01\xd9geometry", 10);
    const QByteArray state("\x00state", 6);
    {
        Settings settings(iniPath());
        settings.setWindowGeometry(geometry);
        settings.setWindowState(state);
        settings.sync();
    }
    Settings settings(iniPath());
    QCOMPARE(settings.windowGeometry(), geometry);
    QVERIFY(QFile::remove(iniPath()));
    settings.setWindowGeometry(geometry);
    settings.setWindowState(state);
    settings.sync();
    QVERIFY(!QFile::exists(iniPath())); // nothing changed: nothing written
    settings.setWindowState(state + "moved");
    settings.sync();
    QVERIFY(iniBytes().contains("statemoved"));
}

void tst_Settings::injectedQSettings()
{
    QSettings qsettings(iniPath(), QSettings::IniFormat);
    const Profile custom = fullCustom();
    {
        Settings settings(&qsettings);
        QVERIFY(settings.addProfile(custom));
    }
    QCOMPARE(qsettings.value(u"meta/schemaVersion"_s).toInt(), Settings::kSchemaVersion);
    Settings again(iniPath());
    QCOMPARE(again.profile(custom.id), std::optional<Profile>(custom));
}

void tst_Settings::sandboxCannotBeRemoved()
{
    {
        Settings settings(iniPath());
        QSignalSpy changed(&settings, &Settings::profilesChanged);
        QString error;
        QVERIFY(!settings.removeProfile(Profile::sandboxId(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(settings.profile(Profile::sandboxId()));
        QCOMPARE(changed.size(), 0);
        // The other built-in can go.
        QVERIFY(settings.removeProfile(Profile::kpnProductionId()));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!settings.removeProfile(Profile::kpnProductionId(), &error));
    }
    Settings settings(iniPath());
    QCOMPARE(settings.profiles(), QList<Profile> {Profile::sandbox()});
}

void tst_Settings::removingTheActiveProfileActivatesSandbox()
{
    Settings settings(iniPath());
    const Profile custom = fullCustom();
    QVERIFY(settings.addProfile(custom));
    QVERIFY(settings.setActiveProfileId(custom.id));
    QSignalSpy activeChanged(&settings, &Settings::activeProfileChanged);
    QVERIFY(settings.removeProfile(custom.id));
    QCOMPARE(settings.activeProfileId(), Profile::sandboxId());
    QCOMPARE(activeChanged.size(), 1);
    QVERIFY(!settings.profile(custom.id));
}

void tst_Settings::refusedChanges_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("add invalid") << u"addInvalid"_s;
    QTest::newRow("add duplicate id") << u"addDuplicateId"_s;
    QTest::newRow("add duplicate name") << u"addDuplicateName"_s;
    QTest::newRow("add a second sandbox") << u"addSandbox"_s;
    QTest::newRow("add without id") << u"addNoId"_s;
    QTest::newRow("update unknown") << u"updateUnknown"_s;
    QTest::newRow("update invalid") << u"updateInvalid"_s;
    QTest::newRow("update to a taken name") << u"updateTakenName"_s;
    QTest::newRow("update into a sandbox") << u"updateIntoSandbox"_s;
    QTest::newRow("remove unknown") << u"removeUnknown"_s;
}

void tst_Settings::refusedChanges()
{
    QFETCH(QString, change);
    Settings settings(iniPath());
    const Profile custom = fullCustom();
    QVERIFY(settings.addProfile(custom));
    const QList<Profile> before = settings.profiles();
    const QByteArray fileBefore = iniBytes();
    QSignalSpy changed(&settings, &Settings::profilesChanged);

    QString error;
    bool done = true;
    Profile p = fullCustom(); // a new id, the same name
    if (change == u"addInvalid") {
        p.name = u"Other"_s;
        p.tokenUrl = QUrl(u"ftp://example.com"_s);
        done = settings.addProfile(p, &error);
        QVERIFY(error.contains(u"token URL"_s));
    } else if (change == u"addDuplicateId") {
        p = custom;
        p.name = u"Other"_s;
        done = settings.addProfile(p, &error);
    } else if (change == u"addDuplicateName") {
        p.name = custom.name.toUpper();
        done = settings.addProfile(p, &error);
    } else if (change == u"addSandbox") {
        done = settings.addProfile(Profile::sandbox(), &error);
    } else if (change == u"addNoId") {
        p.id.clear();
        p.name = u"Other"_s;
        done = settings.addProfile(p, &error);
    } else if (change == u"updateUnknown") {
        p.name = u"Other"_s;
        done = settings.updateProfile(p, &error);
    } else if (change == u"updateInvalid") {
        p = custom;
        p.defaults.codeLength = 5;
        done = settings.updateProfile(p, &error);
    } else if (change == u"updateTakenName") {
        p = custom;
        p.name = Profile::kpnProduction().name;
        done = settings.updateProfile(p, &error);
    } else if (change == u"updateIntoSandbox") {
        p = custom;
        p.kind = Profile::Kind::Sandbox;
        done = settings.updateProfile(p, &error);
    } else if (change == u"removeUnknown") {
        done = settings.removeProfile(u"no-such-id"_s, &error);
    } else {
        QFAIL("unknown change");
    }
    QVERIFY(!done);
    QVERIFY(!error.isEmpty());
    QCOMPARE(settings.profiles(), before);
    QCOMPARE(changed.size(), 0);
    settings.sync();
    QCOMPARE(iniBytes(), fileBefore);
}

void tst_Settings::sandboxStoresNoUrls()
{
    {
        Settings settings(iniPath());
        Profile sandbox = Profile::sandbox();
        // The app fills these in at run time; they must not stick.
        sandbox.tokenUrl = QUrl(u"http://127.0.0.1:40001/oauth/client_credential/accesstoken"_s);
        sandbox.apiBaseUrl = QUrl(u"http://127.0.0.1:40001/communication/nexmo/verify"_s);
        sandbox.defaults.brand = u"Demo"_s;
        sandbox.name = u"My sandbox"_s;
        sandbox.production = true;
        QVERIFY(settings.updateProfile(sandbox));
        const Profile stored = *settings.profile(Profile::sandboxId());
        QVERIFY(stored.tokenUrl.isEmpty());
        QVERIFY(stored.apiBaseUrl.isEmpty());
        QCOMPARE(stored.defaults.brand, u"Demo"_s);
        QCOMPARE(stored.name, Profile::sandbox().name);
        QVERIFY(!stored.production);
    }
    QVERIFY(!iniBytes().contains("40001"));
    Settings settings(iniPath());
    QVERIFY(settings.profile(Profile::sandboxId())->tokenUrl.isEmpty());
    QCOMPARE(settings.profile(Profile::sandboxId())->defaults.brand, u"Demo"_s);
}

void tst_Settings::unusableFileFallsBackToDefaults_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("reasonWord");

    QByteArray garbage;
    for (int i = 0; i < 512; ++i)
        garbage.append(char((i * 73 + 11) % 256));
    QTest::newRow("binary garbage") << garbage << u"damaged"_s;
    QTest::newRow("version not a number")
        << QByteArray("[meta]\nschemaVersion=abc\n[app]\nactiveProfile=x\n") << u"damaged"_s;
    QTest::newRow("no version: written before versions")
        << QByteArray("[profiles]\nsize=1\n1\\id=old\n1\\kind=custom\n") << u"older"_s;
    QTest::newRow("newer version")
        << QByteArray("[meta]\nschemaVersion=99\n[app]\nlanguage=nl\n") << u"newer"_s;
    QTest::newRow("unterminated section (QSettings::FormatError)")
        << QByteArray("[meta\nschemaVersion=1\n") << u"could not be read"_s;
    QTest::newRow("truncated mid-line") << QByteArray("[meta]\nschemaVer") << u"damaged"_s;
}

void tst_Settings::unusableFileFallsBackToDefaults()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, reasonWord);
    writeIni(contents);
    {
        Settings settings(iniPath());
        QVERIFY(!settings.loadNotice().isEmpty());
        QVERIFY2(settings.loadNotice().contains(reasonWord), qPrintable(settings.loadNotice()));
        QCOMPARE(settings.profiles(),
                 (QList<Profile> {Profile::sandbox(), Profile::kpnProduction()}));
        QCOMPARE(settings.activeProfileId(), Profile::sandboxId());
        QCOMPARE(settings.language(), Settings::Language::System);
        // The old file is kept, unchanged, and the notice says where.
        QVERIFY(!settings.backupPath().isEmpty());
        QVERIFY(settings.loadNotice().contains(settings.backupPath()));
        QFile backup(settings.backupPath());
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), contents);
        // Usable from now on.
        QVERIFY(settings.addProfile(fullCustom()));
    }
    Settings settings(iniPath());
    QVERIFY2(settings.loadNotice().isEmpty(), qPrintable(settings.loadNotice()));
    QCOMPARE(settings.profiles().size(), 3);
}

void tst_Settings::brokenProfileEntriesAreLeftOut()
{
    writeIni("[meta]\nschemaVersion=1\n"
             "[app]\nactiveProfile=good\n"
             "[profiles]\nsize=4\n"
             "1\\id=good\n1\\kind=custom\n1\\name=Good\n1\\tokenUrl=https://a.example/t\n"
             "1\\apiBaseUrl=https://a.example/v\n1\\clientId=k\n1\\codeLength=six\n"
             "2\\id=\n2\\kind=custom\n"
             "3\\id=strange\n3\\kind=martian\n"
             "4\\id=good\n4\\kind=custom\n");
    Settings settings(iniPath());
    QVERIFY(!settings.loadNotice().isEmpty());
    QVERIFY(settings.backupPath().isEmpty());
    const QList<Profile> profiles = settings.profiles();
    QCOMPARE(profiles.size(), 2);
    QVERIFY(profiles.at(0).isSandbox());
    QCOMPARE(profiles.at(1).id, u"good"_s);
    QCOMPARE(profiles.at(1).clientId, u"k"_s);
    // An unreadable number reads as the default.
    QCOMPARE(profiles.at(1).defaults.codeLength, Profile().defaults.codeLength);
    QCOMPARE(settings.activeProfileId(), u"good"_s);
}

void tst_Settings::missingSandboxIsRestored()
{
    writeIni("[meta]\nschemaVersion=1\n"
             "[app]\nactiveProfile=sandbox\n"
             "[profiles]\nsize=1\n"
             "1\\id=kpn-production\n1\\kind=kpn-production\n1\\name=KPN\n");
    Settings settings(iniPath());
    QVERIFY(settings.loadNotice().isEmpty());
    QCOMPARE(settings.profiles().size(), 2);
    QVERIFY(settings.profiles().at(0).isSandbox());
    QCOMPARE(settings.activeProfile().id, Profile::sandboxId());
}

void tst_Settings::productionWithAnotherColourIsReadAsRed()
{
    // Written by a version whose colour list had no red: production, but green.
    writeIni("[meta]\nschemaVersion=1\n"
             "[profiles]\nsize=3\n"
             "1\\id=sandbox\n1\\kind=sandbox\n1\\name=Sandbox\n1\\colour=#1a7f37\n"
             "2\\id=kpn-production\n2\\kind=kpn-production\n2\\name=KPN production\n"
             "2\\tokenUrl=https://api-prd.kpn.com/t\n2\\apiBaseUrl=https://api-prd.kpn.com/v\n"
             "2\\clientId=key\n2\\colour=#1a7f37\n2\\production=true\n"
             "3\\id=own\n3\\kind=custom\n3\\name=Own\n3\\tokenUrl=https://a.example/t\n"
             "3\\apiBaseUrl=https://a.example/v\n3\\clientId=k\n3\\colour=#1a7f37\n"
             "3\\production=true\n");
    const QString red = Profile::productionColour();
    {
        Settings settings(iniPath());
        QVERIFY2(settings.loadNotice().isEmpty(), qPrintable(settings.loadNotice()));
        const auto kpn = settings.profile(Profile::kpnProductionId());
        const auto own = settings.profile(u"own"_s);
        QVERIFY(kpn && own);
        QVERIFY(kpn->production);
        QVERIFY(own->production);
        QCOMPARE(kpn->bannerColour(), red);
        QCOMPARE(own->bannerColour(), red);
        QCOMPARE(settings.activeProfile().bannerColour(), u"#1a7f37"_s); // the Sandbox's own

        // Saving something else keeps it production, and red.
        Profile changed = *own;
        changed.defaults.brand = u"Own"_s;
        QVERIFY(settings.updateProfile(changed));
    }
    Settings settings(iniPath());
    const auto own = settings.profile(u"own"_s);
    QVERIFY(own);
    QCOMPARE(own->defaults.brand, u"Own"_s);
    QVERIFY(own->production);
    QCOMPARE(own->bannerColour(), red);
    QVERIFY(settings.profile(Profile::kpnProductionId())->production);
}

void tst_Settings::productionFlagDefaultsByKind()
{
    // An entry without the flag: KPN production is production unless it says otherwise.
    writeIni("[meta]\nschemaVersion=1\n"
             "[profiles]\nsize=3\n"
             "1\\id=kpn-production\n1\\kind=kpn-production\n1\\name=KPN\n"
             "2\\id=own\n2\\kind=custom\n2\\name=Own\n"
             "3\\id=kpn-test\n3\\kind=kpn-production\n3\\name=KPN test\n"
             "3\\production=false\n");
    Settings settings(iniPath());
    QVERIFY(settings.profile(Profile::kpnProductionId())->production);
    QCOMPARE(settings.profile(Profile::kpnProductionId())->bannerColour(),
             Profile::productionColour());
    QVERIFY(!settings.profile(u"own"_s)->production);
    // Turned off on purpose, it stays off.
    QVERIFY(!settings.profile(u"kpn-test"_s)->production);
}

void tst_Settings::flavourFollowsTheKind()
{
    // Written by a hand or a later version: KPN production and Vonage speak their own flavour
    // whatever the entry says; the Sandbox and custom profiles speak the one stored, KPN's when
    // none is. A Vonage entry without the production flag is production.
    writeIni("[meta]\nschemaVersion=1\n"
             "[profiles]\nsize=5\n"
             "1\\id=kpn-production\n1\\kind=kpn-production\n1\\name=KPN\n"
             "1\\flavour=vonage-key\n"
             "2\\id=v\n2\\kind=vonage\n2\\name=V\n2\\flavour=kpn-oauth\n"
             "2\\apiBaseUrl=https://api.nexmo.com\n2\\clientId=k\n"
             "3\\id=own\n3\\kind=custom\n3\\name=Own\n3\\flavour=vonage-key\n"
             "3\\apiBaseUrl=https://own.example\n3\\clientId=k\n3\\colour=#123456\n"
             "4\\id=old\n4\\kind=custom\n4\\name=Old\n"
             "5\\id=sandbox\n5\\kind=sandbox\n5\\name=Sandbox\n5\\flavour=vonage-key\n");
    Settings settings(iniPath());
    QVERIFY2(settings.loadNotice().isEmpty(), qPrintable(settings.loadNotice()));
    QCOMPARE(settings.profile(Profile::kpnProductionId())->flavour, ApiFlavour::KpnOAuth);
    QCOMPARE(settings.profile(u"v"_s)->flavour, ApiFlavour::VonageKey);
    QVERIFY(settings.profile(u"v"_s)->production);
    QCOMPARE(settings.profile(u"own"_s)->flavour, ApiFlavour::VonageKey);
    QCOMPARE(settings.profile(u"old"_s)->flavour, ApiFlavour::KpnOAuth);
    QCOMPARE(settings.profile(Profile::sandboxId())->flavour, ApiFlavour::VonageKey);
    // Written back (all of them, by one change), a kind's own flavour is not spelled out; a
    // chosen one is.
    Profile own = *settings.profile(u"own"_s);
    own.name = u"Own 2"_s;
    QString error;
    QVERIFY2(settings.updateProfile(own, &error), qPrintable(error));
    settings.sync();
    QSettings written(iniPath(), QSettings::IniFormat);
    QHash<QString, QVariant> flavours;
    const int count = written.beginReadArray(u"profiles"_s);
    for (int i = 0; i < count; ++i) {
        written.setArrayIndex(i);
        flavours.insert(written.value(u"id"_s).toString(), written.value(u"flavour"_s));
    }
    written.endArray();
    QCOMPARE(flavours.size(), 5);
    QCOMPARE(flavours.value(Profile::kpnProductionId()), QVariant());
    QCOMPARE(flavours.value(u"v"_s), QVariant());
    QCOMPARE(flavours.value(u"own"_s).toString(), u"vonage-key"_s);
    QCOMPARE(flavours.value(u"old"_s), QVariant());
    QCOMPARE(flavours.value(Profile::sandboxId()).toString(), u"vonage-key"_s);
}

void tst_Settings::languageAndTheme()
{
    Settings settings(iniPath());
    QSignalSpy languageChanged(&settings, &Settings::languageChanged);
    settings.setLanguage(Settings::Language::English);
    settings.setLanguage(Settings::Language::English);
    QCOMPARE(languageChanged.size(), 1);
    QCOMPARE(settings.language(), Settings::Language::English);

    QCOMPARE(Settings::languageFromCode(u"NL"_s), std::optional(Settings::Language::Dutch));
    QCOMPARE(Settings::languageFromCode(u"en"_s), std::optional(Settings::Language::English));
    QCOMPARE(Settings::languageFromCode(u"system"_s), std::optional(Settings::Language::System));
    QVERIFY(!Settings::languageFromCode(u"fr"_s));
    for (const auto l :
         {Settings::Language::System, Settings::Language::English, Settings::Language::Dutch})
        QCOMPARE(Settings::languageFromCode(Settings::languageCode(l)), std::optional(l));

    settings.setTheme(Settings::Theme::Light);
    QCOMPARE(settings.theme(), Settings::Theme::Light);
}

void tst_Settings::historyRetention()
{
    writeIni("[meta]\nschemaVersion=1\n[history]\nretentionDays=-5\n");
    Settings settings(iniPath());
    QCOMPARE(settings.historyRetentionDays(), Settings::kDefaultHistoryRetentionDays);
    settings.setHistoryRetentionDays(100000);
    QCOMPARE(settings.historyRetentionDays(), Settings::kMaxHistoryRetentionDays);
    settings.setHistoryRetentionDays(7);
    QCOMPARE(settings.historyRetentionDays(), 7);
    // 0 keeps everything, and is the default.
    QCOMPARE(Settings::kDefaultHistoryRetentionDays, 0);
    settings.setHistoryRetentionDays(0);
    QCOMPARE(settings.historyRetentionDays(), 0);
}

void tst_Settings::secretNeverInSettingsFile()
{
    const QString secret = u"s3cr3t-Consumer-Secret-value"_s;
    Settings settings(iniPath());
    Profile kpn = *settings.profile(Profile::kpnProductionId());
    kpn.clientId = u"kpn-key"_s;
    QVERIFY(settings.updateProfile(kpn));
    QVERIFY(settings.addProfile(fullCustom()));

    // The secret goes through SecretStore, in the keychain first, then through the file fallback
    // kept in the same folder as the settings file.
    auto backend = std::make_unique<FakeSecretBackend>();
    FakeSecretBackend *fake = backend.get();
    SecretStore store(std::move(backend), m_dir->path());
    QSignalSpy finished(&store, &SecretStore::finished);
    store.writeSecret(kpn.id, secret);
    QVERIFY(finished.wait());
    QCOMPARE(fake->stored().value(SecretStore::keyFor(kpn.id)), secret);

    fake->setFailure(SecretBackend::Error::Unavailable, u"no D-Bus"_s);
    store.acceptFileRisk();
    QVERIFY(store.setFallbackPolicy(SecretStore::FallbackPolicy::File));
    store.writeSecret(kpn.id, secret);
    QVERIFY(finished.wait());
    QCOMPARE(finished.last().at(0).value<SecretStore::Result>().storage,
             SecretStore::Storage::File);
    QVERIFY(store.fallbackFilePath() != iniPath());

    settings.setWindowGeometry("geometry");
    settings.sync();
    const QByteArray ini = iniBytes();
    QVERIFY(ini.contains("kpn-key"));
    QVERIFY(!ini.contains(secret.toUtf8()));
    QVERIFY(!ini.contains(secret.toUtf8().toBase64()));
    QVERIFY(!ini.toLower().contains("secret"));
}

void tst_Settings::defaultFileIsInTheConfigFolder()
{
    QCOMPARE(Settings::defaultFilePath(),
             QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                 + u"/verifydesk.ini"_s);
}

// The texts are in files users have: each stays as it is, and every value has one.
void tst_Settings::storedEnumTexts()
{
    using namespace SettingsSchema;
    const auto check = [](const auto &table, auto value, const char *text) {
        QCOMPARE(keyOf(table, value), QString::fromLatin1(text));
        QCOMPARE(enumOf(table, QString::fromLatin1(text)), std::optional(value));
    };
    check(kKindKeys, Profile::Kind::Sandbox, "sandbox");
    check(kKindKeys, Profile::Kind::KpnProduction, "kpn-production");
    check(kKindKeys, Profile::Kind::Custom, "custom");
    check(kKindKeys, Profile::Kind::Vonage, "vonage");
    check(kFlavourKeys, ApiFlavour::KpnOAuth, "kpn-oauth");
    check(kFlavourKeys, ApiFlavour::VonageKey, "vonage-key");
    check(kProxyModeKeys, Profile::ProxyMode::System, "system");
    check(kProxyModeKeys, Profile::ProxyMode::None, "none");
    check(kProxyModeKeys, Profile::ProxyMode::Manual, "manual");
    check(kThemeKeys, Settings::Theme::System, "system");
    check(kThemeKeys, Settings::Theme::Light, "light");
    check(kThemeKeys, Settings::Theme::Dark, "dark");
    check(kLanguageKeys, Settings::Language::System, "system");
    check(kLanguageKeys, Settings::Language::English, "en");
    check(kLanguageKeys, Settings::Language::Dutch, "nl");
    // Read as written, nothing more: a theme in capitals is not one.
    QVERIFY(!enumOf(kThemeKeys, u"Dark"_s));
}

void tst_Settings::fileFromDecember2026Loads()
{
    QVERIFY(!copyOfFixture().isEmpty());
    Settings settings(iniPath());
    QVERIFY2(settings.loadNotice().isEmpty(), qPrintable(settings.loadNotice()));
    QVERIFY(settings.backupPath().isEmpty());

    Profile sandbox = Profile::sandbox();
    sandbox.defaults.brand = u"Demo Bank"_s;
    sandbox.defaults.country = u"NL"_s;
    sandbox.defaults.codeLength = 6;
    sandbox.defaults.language = u"en-gb"_s;
    sandbox.defaults.workflowId = 2;
    sandbox.defaults.pinExpirySeconds = 120;
    sandbox.defaults.nextEventWaitSeconds = 90;
    sandbox.defaults.senderId = u"DemoSender"_s;
    sandbox.timeoutSeconds = 20;
    sandbox.colour = u"#6a1b9a"_s;

    Profile kpn = Profile::kpnProduction();
    kpn.clientId = u"kpn-consumer-key"_s;
    kpn.defaults.brand = u"KPN"_s;
    kpn.timeoutSeconds = 30;

    Profile custom;
    custom.id = u"6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab"_s;
    custom.name = u"Staging, \"quoted\" = weird"_s;
    custom.kind = Profile::Kind::Custom;
    custom.tokenUrl =
        QUrl(u"https://staging.example.com/oauth/token?grant_type=client_credentials"_s);
    custom.apiBaseUrl = QUrl(u"http://127.0.0.1:8443/communication/nexmo/verify"_s);
    custom.clientId = u"key/with=odd;chars"_s;
    custom.defaults.brand = u"ACME Bank"_s;
    custom.defaults.country = u"BE"_s;
    custom.defaults.codeLength = 6;
    custom.defaults.language = u"nl-nl"_s;
    custom.defaults.workflowId = 6;
    custom.defaults.pinExpirySeconds = 600;
    custom.defaults.nextEventWaitSeconds = 120;
    custom.defaults.senderId = u"ACME"_s;
    custom.timeoutSeconds = 42;
    custom.proxyMode = Profile::ProxyMode::Manual;
    custom.proxyHost = u"proxy.example.com"_s;
    custom.proxyPort = 3128;
    custom.caFile = u"/etc/ssl/certs/ca-certificates.crt"_s;
    custom.colour = u"#123abc"_s;
    custom.production = true;

    Profile direct;
    direct.id = u"direct"_s;
    direct.name = u"Direct test"_s;
    direct.kind = Profile::Kind::Custom;
    direct.tokenUrl = QUrl(u"https://test.example.org/token"_s);
    direct.apiBaseUrl = QUrl(u"https://test.example.org/verify"_s);
    direct.clientId = u"test-key"_s;
    direct.proxyMode = Profile::ProxyMode::None;
    direct.colour = u"#ef6c00"_s;

    const QList<Profile> profiles = settings.profiles();
    QCOMPARE(profiles.size(), 4);
    QCOMPARE(profiles.at(0), sandbox);
    QCOMPARE(profiles.at(1), kpn);
    QCOMPARE(profiles.at(2), custom);
    QCOMPARE(profiles.at(3), direct);
    QCOMPARE(settings.activeProfileId(), custom.id);
    QCOMPARE(settings.language(), Settings::Language::Dutch);
    QCOMPARE(Settings::storedLanguage(iniPath()), Settings::Language::Dutch);
    QCOMPARE(settings.theme(), Settings::Theme::Dark);
    QCOMPARE(settings.windowGeometry(),
             QByteArray("\x01\xd9\xd0\xcb\x00\x03\x00\x00geometry=[1]\\", 21));
    // The state as the app of the day wrote it, its closing NUL included.
    QCOMPARE(settings.windowState(), QByteArray("\x00\x00\x00\xff\x00\x00state;\"x\"\n\x00", 17));
    QCOMPARE(settings.historyRetentionDays(), 90);
}

void tst_Settings::fileFromDecember2026IsWrittenBackAsItWas()
{
    const QString fixture = copyOfFixture();
    QVERIFY(!fixture.isEmpty());
    {
        Settings settings(iniPath());
        QVERIFY2(settings.loadNotice().isEmpty(), qPrintable(settings.loadNotice()));
        // Every profile is written again by a change and its undoing.
        Profile direct = *settings.profile(u"direct"_s);
        const Profile before = direct;
        direct.defaults.brand = u"Changed"_s;
        QVERIFY(settings.updateProfile(direct));
        QVERIFY(settings.updateProfile(before));
        settings.setLanguage(Settings::Language::Dutch);
        settings.setTheme(Settings::Theme::Dark);
        QVERIFY(settings.setActiveProfileId(settings.activeProfileId()));
        settings.setWindowGeometry(settings.windowGeometry());
        settings.setWindowState(settings.windowState());
        settings.setHistoryRetentionDays(settings.historyRetentionDays());
    }
    const QSettings original(fixture, QSettings::IniFormat);
    const QSettings written(iniPath(), QSettings::IniFormat);
    QCOMPARE(written.allKeys(), original.allKeys());
    for (const QString &key : original.allKeys())
        QVERIFY2(written.value(key) == original.value(key), qPrintable(key));
}

void tst_Settings::operatorNameDefaultsToTheAccountsName()
{
    const QString account = OperatorIdentity::accountFullName();
    QVERIFY(!account.isEmpty());
    {
        Settings settings(iniPath());
        QCOMPARE(settings.operatorName(), account);
        QSignalSpy changed(&settings, &Settings::operatorNameChanged);
        // Trimmed, control characters taken out, cut at the limit.
        settings.setOperatorName(u"  Anna\tde Vries\n "_s);
        QCOMPARE(settings.operatorName(), u"Annade Vries"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), u"Annade Vries"_s);
        settings.setOperatorName(u"Annade Vries"_s);
        QCOMPARE(changed.size(), 1); // unchanged: no signal
        settings.setOperatorName(QString(100, u'x'));
        QCOMPARE(settings.operatorName().size(), Settings::kMaxOperatorNameLength);
        settings.setOperatorName(u"Anna de Vries"_s);
    }
    {
        Settings settings(iniPath());
        QCOMPARE(settings.operatorName(), u"Anna de Vries"_s);
        QSignalSpy changed(&settings, &Settings::operatorNameChanged);
        // Emptied: the account's name again, and nothing of it left in the file.
        settings.setOperatorName(u"   "_s);
        QCOMPARE(settings.operatorName(), account);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), account);
    }
    QSettings file(iniPath(), QSettings::IniFormat);
    QVERIFY(!file.contains(SettingsSchema::kOperatorName.key));
}

void tst_Settings::teamDatabaseIsKeptWithoutItsPassword()
{
    {
        Settings settings(iniPath());
        QVERIFY(!settings.sharedHistory()); // this computer's file unless chosen
        const TeamDatabase blank = settings.teamDatabase();
        QCOMPARE(blank.port, 5432);
        QCOMPARE(blank.database, u"verifydesk"_s);
        QCOMPARE(blank.tls, TeamDatabase::TlsMode::VerifyFull);
        TeamDatabase db;
        db.host = u" db.example.org "_s;
        db.port = 6543;
        db.database = u"desk"_s;
        db.user = u"anna"_s;
        db.password = u"s3cret-pass"_s;
        db.tls = TeamDatabase::TlsMode::VerifyCa;
        db.caFile = u"/etc/ssl/team-ca.pem"_s;
        settings.setTeamDatabase(db);
        settings.setSharedHistory(true);
    }
    Settings settings(iniPath());
    QVERIFY(settings.sharedHistory());
    const TeamDatabase db = settings.teamDatabase();
    QCOMPARE(db.host, u"db.example.org"_s);
    QCOMPARE(db.port, 6543);
    QCOMPARE(db.database, u"desk"_s);
    QCOMPARE(db.user, u"anna"_s);
    QVERIFY(db.password.isEmpty());
    QCOMPARE(db.tls, TeamDatabase::TlsMode::VerifyCa);
    QCOMPARE(db.caFile, u"/etc/ssl/team-ca.pem"_s);
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("verify-ca"));
    QVERIFY(!text.contains("s3cret-pass"));
    // A port out of range or an unknown TLS word reads as the default.
    QSettings raw(iniPath(), QSettings::IniFormat);
    raw.setValue(SettingsSchema::kTeamPort.key, 70000);
    raw.setValue(SettingsSchema::kTeamTls.key, u"maybe"_s);
    raw.sync();
    Settings again(iniPath());
    QCOMPARE(again.teamDatabase().port, 5432);
    QCOMPARE(again.teamDatabase().tls, TeamDatabase::TlsMode::VerifyFull);
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_Settings.moc"
