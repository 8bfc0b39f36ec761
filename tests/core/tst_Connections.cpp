// Every profile's connection: made when first needed, kept whatever profile is selected, each with
// its own client and clock, configured from its own profile and secret.

#include "FakeSecretBackend.h"
#include "SecretSupport.h"
#include "api/ApiConfig.h"
#include "api/ExchangeLog.h"
#include "api/TokenClient.h"
#include "api/VerifyClient.h"
#include "settings/Connections.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "verification/SessionClock.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const SandboxEndpoint kSandbox {QUrl(u"http://127.0.0.1:9/"_s), u"sandbox-client"_s,
                                u"sandbox-secret"_s};

} // namespace

class tst_Connections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eachProfileHasItsOwnConnectionKeptForTheSession();
    void theActiveOneFollowsTheSelection();
    void aConnectionIsConfiguredFromItsOwnProfileAndSecret();
    void aSkipMovesOnlyItsOwnProfilesClock();
    void anEditThatLeavesTheConnectionKeepsItReady();
    void goingAwayWithCallsUnderWay();
    void whatStopsASendIsSaid_data();
    void whatStopsASendIsSaid();

private:
    Profile addCustom(const QString &name, const QString &clientId);
    void storeSecret(const QString &profileId, const QString &secret);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ExchangeLog> m_log;
    std::unique_ptr<Connections> m_connections;
};

void tst_Connections::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"verifydesk.ini"_s));
    m_secrets = std::make_unique<SecretStore>(std::make_unique<FakeSecretBackend>(), m_dir->path());
    m_log = std::make_unique<ExchangeLog>();
    m_connections =
        std::make_unique<Connections>(m_settings.get(), m_secrets.get(), m_log.get(), kSandbox);
}

void tst_Connections::cleanup()
{
    m_connections.reset();
    m_log.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

Profile tst_Connections::addCustom(const QString &name, const QString &clientId)
{
    Profile profile = Profile::custom(name);
    profile.tokenUrl = QUrl(u"https://example.invalid/token"_s);
    profile.apiBaseUrl = QUrl(u"https://example.invalid/verify"_s);
    profile.clientId = clientId;
    QString error;
    if (!m_settings->addProfile(profile, &error))
        qFatal("cannot add the profile: %s", qPrintable(error));
    return *m_settings->profileByName(name);
}

void tst_Connections::storeSecret(const QString &profileId, const QString &secret)
{
    QVERIFY(::storeSecret(*m_secrets, profileId, secret));
}

void tst_Connections::eachProfileHasItsOwnConnectionKeptForTheSession()
{
    const Profile custom = addCustom(u"Custom"_s, u"key"_s);
    ProfileConnection *sandbox = m_connections->connection(Profile::sandboxId());
    ProfileConnection *other = m_connections->connection(custom.id);
    QVERIFY(sandbox && other);
    QVERIFY(sandbox != other);
    QVERIFY(sandbox->client() != other->client());
    QVERIFY(sandbox->tokens() != other->tokens());
    QVERIFY(sandbox->clock() != other->clock());
    QCOMPARE(m_connections->connection(Profile::sandboxId()), sandbox);
    QVERIFY(!m_connections->connection(u"no-such-profile"_s));

    // Removed from the settings, the profile's connection stays as it was for what runs on it.
    QVERIFY(m_settings->removeProfile(custom.id));
    QCOMPARE(m_connections->connection(custom.id), other);
    QCOMPARE(other->profile().name, u"Custom"_s);
}

void tst_Connections::theActiveOneFollowsTheSelection()
{
    QSignalSpy changed(m_connections.get(), &Connections::activeChanged);
    ProfileConnection *sandbox = m_connections->active();
    QCOMPARE(sandbox->profileId(), Profile::sandboxId());
    QVERIFY(m_settings->setActiveProfileId(Profile::kpnProductionId()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_connections->active()->profileId(), Profile::kpnProductionId());
    // The Sandbox's connection is not reconfigured for the profile selected now.
    QCOMPARE(sandbox->client()->config().clientId, kSandbox.clientId);
    QCOMPARE(sandbox->client()->config().profileName, Profile::sandbox().name);
}

void tst_Connections::aConnectionIsConfiguredFromItsOwnProfileAndSecret()
{
    const Profile first = addCustom(u"First"_s, u"first-key"_s);
    const Profile second = addCustom(u"Second"_s, u"second-key"_s);
    storeSecret(first.id, u"first-secret"_s);
    storeSecret(second.id, u"second-secret"_s);
    ProfileConnection *a = m_connections->connection(first.id);
    ProfileConnection *b = m_connections->connection(second.id);
    QTRY_COMPARE(a->state(), ProfileConnection::State::Ready);
    QTRY_COMPARE(b->state(), ProfileConnection::State::Ready);
    QCOMPARE(a->client()->config().clientId, u"first-key"_s);
    QCOMPARE(a->client()->config().clientSecret, u"first-secret"_s);
    QCOMPARE(a->client()->config().profileName, u"First"_s);
    QVERIFY(!a->client()->config().sandbox);
    QCOMPARE(b->client()->config().clientSecret, u"second-secret"_s);

    // An edit of a profile reaches its own connection only.
    Profile edited = first;
    edited.timeoutSeconds = 7;
    QString error;
    QVERIFY2(m_settings->updateProfile(edited, &error), qPrintable(error));
    QTRY_COMPARE(a->client()->config().timeoutMs, 7000);
    QCOMPARE(b->client()->config().timeoutMs, second.timeoutSeconds * 1000);

    const ApiConfig sandbox = m_connections->configFor(Profile::sandbox(), u"ignored"_s);
    QVERIFY(sandbox.sandbox);
    QCOMPARE(sandbox.clientSecret, kSandbox.clientSecret);
    QVERIFY(sandbox.tokenUrl.toString().startsWith(kSandbox.baseUrl.toString()));
}

void tst_Connections::aSkipMovesOnlyItsOwnProfilesClock()
{
    const Profile custom = addCustom(u"Custom"_s, u"key"_s);
    ProfileConnection *sandbox = m_connections->connection(Profile::sandboxId());
    ProfileConnection *other = m_connections->connection(custom.id);
    QSignalSpy skipped(sandbox, &ProfileConnection::clockSkipped);
    const qint64 before = other->clock()->nowMs();
    sandbox->skipClock(30'000);
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(sandbox->clock()->skippedMs(), 30'000);
    QCOMPARE(other->clock()->skippedMs(), 0);
    QVERIFY(sandbox->clock()->nowMs() >= before + 30'000);
    QVERIFY(other->clock()->nowMs() < before + 30'000);
    sandbox->skipClock(-5); // never back
    QCOMPARE(sandbox->clock()->skippedMs(), 30'000);
}

void tst_Connections::anEditThatLeavesTheConnectionKeepsItReady()
{
    Profile profile = addCustom(u"Custom"_s, u"key"_s);
    storeSecret(profile.id, u"secret"_s);
    ProfileConnection *connection = m_connections->connection(profile.id);
    QTRY_COMPARE(connection->state(), ProfileConnection::State::Ready);
    QSignalSpy states(connection, &ProfileConnection::stateChanged);
    QSignalSpy tokens(connection->tokens(), &TokenClient::tokenChanged);
    // The colour and the request defaults do not touch the connection: the verifications bound
    // to it go on with their token and secret.
    profile.colour = u"#1565c0"_s;
    profile.defaults.brand = u"Other brand"_s;
    QString error;
    QVERIFY2(m_settings->updateProfile(profile, &error), qPrintable(error));
    QTRY_VERIFY(!states.isEmpty()); // the secret is read again
    for (const QList<QVariant> &state : std::as_const(states))
        QCOMPARE(state.at(0).value<ProfileConnection::State>(), ProfileConnection::State::Ready);
    QCOMPARE(connection->client()->config().clientSecret, u"secret"_s);
    QCOMPARE(connection->profile().colour, u"#1565c0"_s);
    QVERIFY(tokens.isEmpty());
}

void tst_Connections::goingAwayWithCallsUnderWay()
{
    // A token endpoint that takes the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    QList<ProfileConnection *> connections;
    for (int i = 0; i < 3; ++i) {
        Profile profile = addCustom(u"Silent %1"_s.arg(i), u"key"_s);
        profile.tokenUrl = QUrl(u"http://127.0.0.1:%1/token"_s.arg(silent.serverPort()));
        QString error;
        QVERIFY2(m_settings->updateProfile(profile, &error), qPrintable(error));
        storeSecret(profile.id, u"secret"_s);
        ProfileConnection *connection = m_connections->connection(profile.id);
        QTRY_COMPARE(connection->state(), ProfileConnection::State::Ready);
        connection->tokens()->fetchToken(this, [](const Outcome<QString> &) {});
        connections.append(connection);
    }
    QTRY_COMPARE(held.size(), 3);
    QTRY_COMPARE(m_connections->inFlight(), 3);
    // Each connection aborts its call on its way out; nothing reaches one already gone.
    m_connections.reset();
    qDeleteAll(held);
}

void tst_Connections::whatStopsASendIsSaid_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no secret") << u"key"_s << QString() << u"No consumer secret"_s;
    // KPN production comes without a consumer key, which a custom profile cannot be saved without.
    QTest::newRow("no consumer key") << QString() << u"secret"_s << u"no consumer key"_s;
    QTest::newRow("ready") << u"key"_s << u"secret"_s << QString();
}

void tst_Connections::whatStopsASendIsSaid()
{
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(QString, expected);
    const Profile profile = clientId.isEmpty() ? *m_settings->profile(Profile::kpnProductionId())
                                               : addCustom(u"Custom"_s, clientId);
    QVERIFY(profile.clientId == clientId);
    if (!secret.isEmpty())
        storeSecret(profile.id, secret);
    ProfileConnection *connection = m_connections->connection(profile.id);
    QTRY_VERIFY(connection->state() != ProfileConnection::State::LoadingSecret);
    const QString problem = connection->sendProblem();
    if (expected.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expected), qPrintable(problem));
    QVERIFY(m_connections->connection(Profile::sandboxId())->sendProblem().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Connections)
#include "tst_Connections.moc"
