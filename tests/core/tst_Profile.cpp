#include "settings/Profile.h"

#include <QFile>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A self-signed CA certificate (EC P-256, valid until 2126), only to be parsed.
constexpr char kPemCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIBlDCCATmgAwIBAgIUTTRECn1CUjjBnaBci5H0LRL/1qQwCgYIKoZIzj0EAwIw
HjEcMBoGA1UEAwwTVmVyaWZ5IERlc2sgdGVzdCBDQTAgFw0yNjExMjUxNzAzNDha
GA8yMTI2MTEwMTE3MDM0OFowHjEcMBoGA1UEAwwTVmVyaWZ5IERlc2sgdGVzdCBD
QTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABDk/+hkdg1DrgedqMD2b3sfvzhCT
buv19tOLnxWitoEigZpEQmOWUOUhysgh0J0TyKVXQiLLLNvTTKzb934Py4CjUzBR
MB0GA1UdDgQWBBRA/4ZMJ3EGgQ9Ssbk28v2PEUcYBjAfBgNVHSMEGDAWgBRA/4ZM
J3EGgQ9Ssbk28v2PEUcYBjAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0kA
MEYCIQDfht/zYfBNY8SzSDGpN78aoEFCCPUH/PB4rAu1iiNAsAIhAJ03uBftE/aj
joo6UfpI44e/ZeDEN3wmTr44C/SHBFSQ
-----END CERTIFICATE-----
)";

Profile validCustom()
{
    Profile p = Profile::custom(u"Staging"_s);
    p.tokenUrl = QUrl(u"https://staging.example.com/oauth/token"_s);
    p.apiBaseUrl = QUrl(u"https://staging.example.com/verify"_s);
    p.clientId = u"consumer-key"_s;
    return p;
}

// Sets one field by name, so that the data table stays a table.
void setField(Profile &p, const QString &field, const QVariant &value)
{
    if (field == u"name")
        p.name = value.toString();
    else if (field == u"tokenUrl")
        p.tokenUrl = QUrl(value.toString());
    else if (field == u"apiBaseUrl")
        p.apiBaseUrl = QUrl(value.toString());
    else if (field == u"clientId")
        p.clientId = value.toString();
    else if (field == u"brand")
        p.defaults.brand = value.toString();
    else if (field == u"country")
        p.defaults.country = value.toString();
    else if (field == u"codeLength")
        p.defaults.codeLength = value.toInt();
    else if (field == u"language")
        p.defaults.language = value.toString();
    else if (field == u"workflowId")
        p.defaults.workflowId = value.toInt();
    else if (field == u"pinExpiry")
        p.defaults.pinExpirySeconds = value.toInt();
    else if (field == u"nextEventWait")
        p.defaults.nextEventWaitSeconds = value.toInt();
    else if (field == u"senderId")
        p.defaults.senderId = value.toString();
    else if (field == u"timeout")
        p.timeoutSeconds = value.toInt();
    else if (field == u"proxyHost") {
        p.proxyMode = Profile::ProxyMode::Manual;
        p.proxyPort = 3128;
        p.proxyHost = value.toString();
    } else if (field == u"proxyPort") {
        p.proxyMode = Profile::ProxyMode::Manual;
        p.proxyHost = u"proxy.example.com"_s;
        p.proxyPort = value.toInt();
    } else if (field == u"caFile")
        p.caFile = value.toString();
    else if (field == u"colour")
        p.colour = value.toString();
    else
        QFAIL(qPrintable(u"unknown field "_s + field));
}

} // namespace

class tst_Profile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtIns();
    void customIdsAreUnique();
    void validation_data();
    void validation();
    void sandboxNeedsNoUrlsOrClientId();
    void severalErrorsAtOnce();
    void fieldAndKindNames();
    void equality();
    void bannerColour_data();
    void bannerColour();
    void builtInBannerColours();

private:
    QTemporaryDir m_dir;
    QString m_pemFile;
    QString m_textFile;
    QString m_brokenPemFile;
};

void tst_Profile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto write = [this](const QString &name, const QByteArray &data) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(data);
        return f.fileName();
    };
    m_pemFile = write(u"ca.pem"_s, kPemCertificate);
    m_textFile = write(u"notes.txt"_s, "just some text\n");
    m_brokenPemFile = write(u"broken.pem"_s,
                            "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n"
                            "-----END CERTIFICATE-----\n");
    QVERIFY(!m_pemFile.isEmpty() && !m_textFile.isEmpty() && !m_brokenPemFile.isEmpty());
}

void tst_Profile::builtIns()
{
    const Profile sandbox = Profile::sandbox();
    QCOMPARE(sandbox.id, u"sandbox"_s);
    QCOMPARE(sandbox.kind, Profile::Kind::Sandbox);
    QVERIFY(sandbox.isSandbox());
    QVERIFY(!sandbox.isRemovable());
    QVERIFY(sandbox.tokenUrl.isEmpty());
    QVERIFY(sandbox.apiBaseUrl.isEmpty());
    QVERIFY(!sandbox.production);
    QVERIFY(sandbox.isValid());

    const Profile kpn = Profile::kpnProduction();
    QCOMPARE(kpn.id, u"kpn-production"_s);
    QCOMPARE(kpn.kind, Profile::Kind::KpnProduction);
    QCOMPARE(
        kpn.tokenUrl,
        QUrl(
            u"https://api-prd.kpn.com/oauth/client_credential/accesstoken?grant_type=client_credentials"_s));
    QCOMPARE(kpn.apiBaseUrl, QUrl(u"https://api-prd.kpn.com/communication/nexmo/verify"_s));
    QVERIFY(kpn.production);
    QVERIFY(kpn.isRemovable());
    QVERIFY(kpn.clientId.isEmpty());
    // Ready but for the consumer key the user brings.
    QCOMPARE(kpn.validate().keys(), QList<Profile::Field> {Profile::Field::ClientId});
}

void tst_Profile::customIdsAreUnique()
{
    const Profile a = Profile::custom(u"A"_s);
    const Profile b = Profile::custom(u"B"_s);
    QVERIFY(!a.id.isEmpty());
    QVERIFY(a.id != b.id);
    QCOMPARE(a.kind, Profile::Kind::Custom);
    QCOMPARE(a.name, u"A"_s);
}

void tst_Profile::validation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    // -1: the profile is valid; otherwise the one field that gets a message.
    QTest::addColumn<int>("errorField");

    using F = Profile::Field;
    const auto ok = -1;
    auto row = [](const char *tag, const char *field, const QVariant &value, int errorField) {
        QTest::newRow(tag) << QString::fromLatin1(field) << value << errorField;
    };

    row("name empty", "name", u"  "_s, int(F::Name));
    row("token https", "tokenUrl", u"https://example.com/token"_s, ok);
    row("token http localhost port", "tokenUrl", u"http://127.0.0.1:8080/oauth"_s, ok);
    row("token ftp", "tokenUrl", u"ftp://example.com/token"_s, int(F::TokenUrl));
    row("token no host", "tokenUrl", u"https://"_s, int(F::TokenUrl));
    row("token no scheme", "tokenUrl", u"example.com/token"_s, int(F::TokenUrl));
    row("token empty", "tokenUrl", QString(), int(F::TokenUrl));
    // Credentials belong in the credential fields, not in a URL kept in the settings file.
    row("token user and password", "tokenUrl", u"https://me:pa55@example.com/token"_s,
        int(F::TokenUrl));
    row("token password only", "tokenUrl", u"https://:pa55@example.com/token"_s, int(F::TokenUrl));
    row("token user only", "tokenUrl", u"https://me@example.com/token"_s, int(F::TokenUrl));
    row("base user and password", "apiBaseUrl", u"https://me:pa55@example.com/v"_s,
        int(F::ApiBaseUrl));
    row("base file", "apiBaseUrl", u"file:///etc/passwd"_s, int(F::ApiBaseUrl));
    row("base empty", "apiBaseUrl", QString(), int(F::ApiBaseUrl));
    row("client id blank", "clientId", u"   "_s, int(F::ClientId));
    row("brand 18", "brand", u"ABCDEFGHIJKLMNOPQR"_s, ok);
    row("brand 19", "brand", u"ABCDEFGHIJKLMNOPQRS"_s, int(F::Brand));
    row("country NL", "country", u"NL"_s, ok);
    row("country empty", "country", QString(), ok);
    row("country NLD", "country", u"NLD"_s, int(F::Country));
    row("code 4", "codeLength", 4, ok);
    row("code 6", "codeLength", 6, ok);
    row("code 5", "codeLength", 5, int(F::CodeLength));
    row("code 0", "codeLength", 0, int(F::CodeLength));
    row("lg nl-nl", "language", u"nl-nl"_s, ok);
    row("lg yue-cn", "language", u"yue-cn"_s, ok);
    row("lg unknown", "language", u"xx-yy"_s, int(F::Language));
    row("workflow 0", "workflowId", 0, int(F::WorkflowId));
    row("workflow 1", "workflowId", 1, ok);
    row("workflow 7", "workflowId", 7, ok);
    row("workflow 8", "workflowId", 8, int(F::WorkflowId));
    row("pin_expiry 59", "pinExpiry", 59, int(F::PinExpiry));
    row("pin_expiry 60", "pinExpiry", 60, ok);
    row("pin_expiry 3600", "pinExpiry", 3600, ok);
    row("pin_expiry 3601", "pinExpiry", 3601, int(F::PinExpiry));
    row("next_event_wait 59", "nextEventWait", 59, int(F::NextEventWait));
    row("next_event_wait 60", "nextEventWait", 60, ok);
    row("next_event_wait 900", "nextEventWait", 900, ok);
    row("next_event_wait 901", "nextEventWait", 901, int(F::NextEventWait));
    row("sender 11", "senderId", u"VerifyDesk1"_s, ok);
    row("sender 12", "senderId", u"VerifyDesk12"_s, int(F::SenderId));
    row("timeout 0", "timeout", 0, int(F::Timeout));
    row("timeout 300", "timeout", 300, ok);
    row("timeout 301", "timeout", 301, int(F::Timeout));
    row("proxy host empty", "proxyHost", QString(), int(F::ProxyHost));
    row("proxy host ok", "proxyHost", u"proxy.example.com"_s, ok);
    row("proxy port 0", "proxyPort", 0, int(F::ProxyPort));
    row("proxy port 65536", "proxyPort", 65536, int(F::ProxyPort));
    row("ca none", "caFile", QString(), ok);
    row("ca pem", "caFile", m_pemFile, ok);
    row("ca missing", "caFile", m_dir.filePath(u"missing.pem"_s), int(F::CaFile));
    row("ca directory", "caFile", m_dir.path(), int(F::CaFile));
    row("ca text", "caFile", m_textFile, int(F::CaFile));
    if (QSslSocket::supportsSsl())
        row("ca pem markers, no certificate", "caFile", m_brokenPemFile, int(F::CaFile));
    row("colour ok", "colour", u"#00aaFF"_s, ok);
    row("colour name", "colour", u"red"_s, int(F::Colour));
}

void tst_Profile::validation()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(int, errorField);

    QVERIFY(validCustom().isValid());
    Profile p = validCustom();
    setField(p, field, value);
    const Profile::Errors errors = p.validate();
    if (errorField < 0) {
        QVERIFY2(errors.isEmpty(), qPrintable(QStringList(errors.values()).join(u" | "_s)));
        QVERIFY(p.isValid());
    } else {
        const auto expected = Profile::Field(errorField);
        QCOMPARE(errors.keys(), QList<Profile::Field> {expected});
        // A sentence to show next to the field.
        const QString message = errors.value(expected);
        QVERIFY(message.size() > 10);
        QVERIFY(message.endsWith(u'.'));
        QVERIFY(!message.contains(u"pa55"));
        QVERIFY(!p.isValid());
    }
}

void tst_Profile::sandboxNeedsNoUrlsOrClientId()
{
    Profile p = Profile::sandbox();
    QVERIFY(p.validate().isEmpty());
    // Its request defaults are checked like any other.
    p.defaults.codeLength = 5;
    QCOMPARE(p.validate().keys(), QList<Profile::Field> {Profile::Field::CodeLength});
}

void tst_Profile::severalErrorsAtOnce()
{
    Profile p = Profile::custom(QString());
    p.defaults.senderId = u"much-too-long-sender"_s;
    const Profile::Errors errors = p.validate();
    QCOMPARE(errors.keys(),
             (QList<Profile::Field> {Profile::Field::Name, Profile::Field::TokenUrl,
                                     Profile::Field::ApiBaseUrl, Profile::Field::ClientId,
                                     Profile::Field::SenderId}));
    QVERIFY(errors.value(Profile::Field::SenderId).contains(u"11"_s));
}

void tst_Profile::fieldAndKindNames()
{
    for (int f = int(Profile::Field::Name); f <= int(Profile::Field::Colour); ++f)
        QVERIFY(!Profile::fieldName(Profile::Field(f)).isEmpty());
    QVERIFY(!Profile::kindName(Profile::Kind::Sandbox).isEmpty());
    QVERIFY(Profile::kindName(Profile::Kind::Custom) != Profile::kindName(Profile::Kind::Sandbox));
}

void tst_Profile::equality()
{
    const Profile a = validCustom();
    Profile b = a;
    QCOMPARE(a, b);
    b.defaults.pinExpirySeconds = 600;
    QVERIFY(a != b);
    b = a;
    b.proxyPort = 1;
    QVERIFY(a != b);
}

void tst_Profile::bannerColour_data()
{
    QTest::addColumn<bool>("production");
    QTest::addColumn<QString>("colour");
    QTest::addColumn<QString>("banner");

    const QString red = u"#c62828"_s;
    const QString green = u"#1a7f37"_s;
    QTest::newRow("production, green") << true << green << red;
    QTest::newRow("production, blue") << true << u"#1f6feb"_s << red;
    QTest::newRow("production, red") << true << red << red;
    QTest::newRow("production, empty") << true << QString() << red;
    QTest::newRow("production, invalid") << true << u"blue"_s << red;
    QTest::newRow("not production, blue") << false << u"#1f6feb"_s << u"#1f6feb"_s;
    QTest::newRow("not production, upper case") << false << u"#00AAFF"_s << u"#00AAFF"_s;
    QTest::newRow("not production, red chosen") << false << red << red;
    QTest::newRow("not production, empty") << false << QString() << green;
    QTest::newRow("not production, name") << false << u"purple"_s << green;
    QTest::newRow("not production, 5 digits") << false << u"#12345"_s << green;
    QTest::newRow("not production, 7 digits") << false << u"#1234567"_s << green;
    QTest::newRow("not production, no hash") << false << u"1f6feb"_s << green;
    QTest::newRow("not production, not hex") << false << u"#12345g"_s << green;
}

void tst_Profile::bannerColour()
{
    QFETCH(bool, production);
    QFETCH(QString, colour);
    QFETCH(QString, banner);

    Profile p = validCustom();
    p.production = production;
    p.colour = colour;
    QCOMPARE(p.bannerColour(), banner);
    // What the profile holds is left alone.
    QCOMPARE(p.colour, colour);
}

void tst_Profile::builtInBannerColours()
{
    QCOMPARE(Profile::productionColour(), u"#c62828"_s);
    QCOMPARE(Profile::defaultColour(), u"#1a7f37"_s);
    QCOMPARE(Profile::kpnProduction().bannerColour(), Profile::productionColour());
    QCOMPARE(Profile::sandbox().bannerColour(), Profile::sandbox().colour);

    // A new custom profile ticked as production is red, and back to its own colour unticked.
    Profile custom = validCustom();
    custom.production = true;
    QCOMPARE(custom.bannerColour(), Profile::productionColour());
    custom.production = false;
    QCOMPARE(custom.bannerColour(), validCustom().colour);
}

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_Profile.moc"
