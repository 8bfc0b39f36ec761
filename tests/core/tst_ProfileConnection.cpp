// ProfileConnection: one profile's way to the API, configured from the profile and its secret,
// tried against a real sandbox over loopback.

#include "FakeSecretBackend.h"
#include "SandboxControl.h"
#include "SandboxServer.h"
#include "SecretSupport.h"
#include "api/ExchangeLog.h"
#include "api/RateGuard.h"
#include "api/TokenClient.h"
#include "api/VerifyClient.h"
#include "settings/ProfileConnection.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "verification/DrivenClock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ProfileConnection::State)

namespace {

const QString kNumber = u"31612345678"_s;

int tokenExchanges(const ExchangeLog &log)
{
    int count = 0;
    for (const ExchangeLog::Entry &entry : log.entries())
        count += entry.url.contains(u"/accesstoken"_s) ? 1 : 0;
    return count;
}

} // namespace

class tst_ProfileConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void theSandboxProfileTalksToTheSandbox();
    void aCustomProfileUsesItsStoredSecret();
    void applyKeepsAKnownSecretWhileTheKeychainReads();
    void reconfiguredOnlyWhenTheConfigurationDiffers();
    void aRemovedProfileKeepsWhatItHad();
    void clockSkipsAndTestClocks();
    void whatStopsASendIsSaid_data();
    void whatStopsASendIsSaid();

private:
    // A custom profile on the sandbox's KPN routes, saved (with `secret` when not empty).
    Profile addSandboxBacked(const QString &name, const QString &secret);
    std::unique_ptr<ProfileConnection> connect(const QString &profileId);
    // A verification request through `connection`; true when the sandbox took it.
    bool request(ProfileConnection &connection, const QString &number = kNumber);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<Settings> m_settings;
    FakeSecretBackend *m_keychain = nullptr; // owned by m_secrets
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ExchangeLog> m_log;
    SandboxEndpoint m_endpoint;
};

void tst_ProfileConnection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    sandbox::SandboxOptions options;
    options.timeScale = 1e-9;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_server->listen(0));
    m_control = std::make_unique<SandboxControl>(m_server->baseUrl());
    m_endpoint = {m_server->baseUrl(), options.simulator.clientId, options.simulator.clientSecret};
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"verifydesk.ini"_s));
    auto keychain = std::make_unique<FakeSecretBackend>();
    m_keychain = keychain.get();
    m_secrets = std::make_unique<SecretStore>(std::move(keychain), m_dir->path());
    m_log = std::make_unique<ExchangeLog>();
}

void tst_ProfileConnection::cleanup()
{
    m_log.reset();
    m_secrets.reset();
    m_settings.reset();
    m_control.reset();
    m_server.reset();
    m_dir.reset();
}

Profile tst_ProfileConnection::addSandboxBacked(const QString &name, const QString &secret)
{
    Profile profile = Profile::custom(name);
    profile.tokenUrl = m_server->baseUrl().resolved(
        QUrl(u"/oauth/client_credential/accesstoken?grant_type=client_credentials"_s));
    profile.apiBaseUrl = m_server->baseUrl().resolved(QUrl(u"/communication/nexmo/verify"_s));
    profile.clientId = m_endpoint.clientId;
    profile.proxyMode = Profile::ProxyMode::None;
    QString error;
    if (!m_settings->addProfile(profile, &error))
        qFatal("cannot add the profile: %s", qPrintable(error));
    profile = *m_settings->profileByName(name);
    if (!secret.isEmpty() && !storeSecret(*m_secrets, profile.id, secret))
        qFatal("the secret was not stored");
    return profile;
}

std::unique_ptr<ProfileConnection> tst_ProfileConnection::connect(const QString &profileId)
{
    auto connection = std::make_unique<ProfileConnection>(profileId, m_settings.get(),
                                                          m_secrets.get(), m_log.get(), m_endpoint);
    connection->client()->rateGuard()->setInterval(RateGuard::Lane::Request, 0);
    return connection;
}

bool tst_ProfileConnection::request(ProfileConnection &connection, const QString &number)
{
    VerifyRequest params;
    params.number = number;
    params.brand = u"Desk"_s;
    std::optional<Outcome<RequestResult>> result;
    connection.client()->request(params, this,
                                 [&result](const Outcome<RequestResult> &o) { result = o; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10'000))
        return false;
    if (!result->ok())
        qWarning("%s", qPrintable(result->error().message()));
    return result->ok();
}

void tst_ProfileConnection::theSandboxProfileTalksToTheSandbox()
{
    const auto connection = connect(Profile::sandboxId());
    // No keychain for the Sandbox: ready at once, with the sandbox's own credentials.
    QCOMPARE(connection->state(), ProfileConnection::State::Ready);
    QCOMPARE(m_keychain->calls(), 0);
    const ApiConfig config = connection->client()->config();
    QVERIFY(config.sandbox);
    QCOMPARE(config.clientId, m_endpoint.clientId);
    QCOMPARE(config.clientSecret, m_endpoint.clientSecret);
    QCOMPARE(config.proxyMode, ApiConfig::ProxyMode::None);
    QCOMPARE(config.profileName, Profile::sandbox().name);
    QVERIFY(connection->sendProblem().isEmpty());
    QVERIFY(request(*connection));
    QCOMPARE(m_server->simulator().messages(kNumber).size(), 1);
}

void tst_ProfileConnection::aCustomProfileUsesItsStoredSecret()
{
    const Profile profile = addSandboxBacked(u"Custom"_s, m_endpoint.clientSecret);
    const auto connection = connect(profile.id);
    QSignalSpy states(connection.get(), &ProfileConnection::stateChanged);
    // Until the keychain answers, nothing is known: calls wait.
    QCOMPARE(connection->state(), ProfileConnection::State::LoadingSecret);
    QVERIFY(connection->client()->config().clientSecret.isEmpty());
    QVERIFY(connection->sendProblem().contains(u"Reading the consumer secret"_s));
    QTRY_COMPARE(connection->state(), ProfileConnection::State::Ready);
    QCOMPARE(states.size(), 1);
    const ApiConfig config = connection->client()->config();
    QVERIFY(!config.sandbox);
    QCOMPARE(config.clientSecret, m_endpoint.clientSecret);
    QCOMPARE(config.tokenUrl, profile.tokenUrl);
    QCOMPARE(config.timeoutMs, profile.timeoutSeconds * 1000);
    QVERIFY(request(*connection));

    // The wrong secret stored: the sandbox refuses it.
    const Profile wrong = addSandboxBacked(u"Wrong"_s, u"not-the-secret"_s);
    const auto refused = connect(wrong.id);
    QTRY_COMPARE(refused->state(), ProfileConnection::State::Ready);
    QVERIFY(!request(*refused, u"31612345679"_s));
}

void tst_ProfileConnection::applyKeepsAKnownSecretWhileTheKeychainReads()
{
    const Profile profile = addSandboxBacked(u"Custom"_s, m_endpoint.clientSecret);
    const auto connection = connect(profile.id);
    QTRY_COMPARE(connection->state(), ProfileConnection::State::Ready);
    QSignalSpy states(connection.get(), &ProfileConnection::stateChanged);

    // The keychain goes quiet: the secret known so far carries the calls meanwhile. (The read
    // times out after two seconds.)
    m_secrets->setTimeout(2000);
    m_keychain->setSilent(true);
    const int callsBefore = m_keychain->calls();
    connection->apply();
    QCOMPARE(m_keychain->calls(), callsBefore + 1); // read again
    QCOMPARE(connection->state(), ProfileConnection::State::Ready);
    QVERIFY(states.isEmpty());
    QCOMPARE(connection->client()->config().clientSecret, m_endpoint.clientSecret);
    QVERIFY(request(*connection));

    // A newer apply() decides: the read it replaced, timed out later, changes nothing.
    m_keychain->setSilent(false);
    connection->apply();
    QTRY_COMPARE(states.size(), 1);
    QCOMPARE(connection->state(), ProfileConnection::State::Ready);
    QTest::qWait(2500);
    QCOMPARE(states.size(), 1);
    QCOMPARE(connection->state(), ProfileConnection::State::Ready);
    QCOMPARE(connection->client()->config().clientSecret, m_endpoint.clientSecret);
}

void tst_ProfileConnection::reconfiguredOnlyWhenTheConfigurationDiffers()
{
    Profile profile = addSandboxBacked(u"Custom"_s, m_endpoint.clientSecret);
    const auto connection = connect(profile.id);
    QTRY_COMPARE(connection->state(), ProfileConnection::State::Ready);
    QVERIFY(request(*connection));
    QCOMPARE(tokenExchanges(*m_log), 1);
    QSignalSpy tokens(connection->tokens(), &TokenClient::tokenChanged);

    // Read again with nothing changed, or edited where the connection does not look (colour,
    // request defaults): the token and the calls under way stay.
    connection->apply();
    QTRY_COMPARE(connection->state(), ProfileConnection::State::Ready);
    profile.colour = u"#1565c0"_s;
    profile.defaults.brand = u"Other"_s;
    QString error;
    QVERIFY2(m_settings->updateProfile(profile, &error), qPrintable(error));
    QTRY_COMPARE(connection->profile().colour, u"#1565c0"_s);
    QTRY_COMPARE(connection->state(), ProfileConnection::State::Ready);
    QVERIFY(tokens.isEmpty());
    QVERIFY(connection->tokens()->hasToken());
    QVERIFY(request(*connection, u"31612345679"_s));
    QCOMPARE(tokenExchanges(*m_log), 1);

    // An edit the connection uses (the timeout): configured again, and a new token is fetched.
    profile.timeoutSeconds = 7;
    QVERIFY2(m_settings->updateProfile(profile, &error), qPrintable(error));
    QTRY_COMPARE(connection->client()->config().timeoutMs, 7000);
    QCOMPARE(tokens.size(), 1);
    QVERIFY(!connection->tokens()->hasToken());
    QTRY_COMPARE(connection->state(), ProfileConnection::State::Ready);
    QVERIFY(request(*connection, u"31612345670"_s));
    QCOMPARE(tokenExchanges(*m_log), 2);
}

void tst_ProfileConnection::aRemovedProfileKeepsWhatItHad()
{
    const Profile profile = addSandboxBacked(u"Custom"_s, m_endpoint.clientSecret);
    const auto connection = connect(profile.id);
    QTRY_COMPARE(connection->state(), ProfileConnection::State::Ready);
    QVERIFY(m_settings->removeProfile(profile.id));
    connection->apply();
    QTRY_COMPARE(connection->state(), ProfileConnection::State::Ready);
    QCOMPARE(connection->profile().name, u"Custom"_s);
    QCOMPARE(connection->client()->config().tokenUrl, profile.tokenUrl);
    QVERIFY(request(*connection));
}

void tst_ProfileConnection::clockSkipsAndTestClocks()
{
    const auto connection = connect(Profile::sandboxId());
    SessionClock *own = connection->clock();
    QVERIFY(own);
    QSignalSpy skipped(connection.get(), &ProfileConnection::clockSkipped);
    const qint64 before = own->nowMs();
    connection->skipClock(90'000);
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.at(0).at(0).toLongLong(), 90'000);
    QCOMPARE(own->skippedMs(), 90'000);
    QVERIFY(own->nowMs() >= before + 90'000);
    // Never back, and nothing for nothing.
    connection->skipClock(0);
    connection->skipClock(-1000);
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(own->skippedMs(), 90'000);

    // A test's own clock stands in until it is taken away or destroyed.
    {
        DrivenClock driven(1'000);
        connection->setClock(&driven);
        QCOMPARE(connection->clock(), &driven);
        connection->skipClock(5'000); // the profile's own clock moves, not the test's
        QCOMPARE(driven.nowMs(), 1'000);
        QCOMPARE(own->skippedMs(), 95'000);
        connection->setClock(nullptr);
        QCOMPARE(connection->clock(), own);
        connection->setClock(&driven);
    }
    QCOMPARE(connection->clock(), own);
}

void tst_ProfileConnection::whatStopsASendIsSaid_data()
{
    QTest::addColumn<QString>("profileId"); // empty: a custom profile on the sandbox
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("keychainFailure"); // SecretBackend::Error
    QTest::addColumn<ProfileConnection::State>("state");
    QTest::addColumn<QString>("expected"); // a part of sendProblem(); empty: none

    using E = SecretBackend::Error;
    using S = ProfileConnection::State;
    QTest::newRow("ready") << QString() << u"sandbox-secret"_s << int(E::None) << S::Ready
                           << QString();
    QTest::newRow("the Sandbox") << Profile::sandboxId() << QString() << int(E::None) << S::Ready
                                 << QString();
    QTest::newRow("no secret") << QString() << QString() << int(E::None) << S::MissingSecret
                               << u"No consumer secret is stored for \"Custom\""_s;
    QTest::newRow("keychain refuses")
        << QString() << u"sandbox-secret"_s << int(E::Failed) << S::SecretUnavailable
        << u"The consumer secret of \"Custom\" could not be read: The secret could not be read "
           "from the keychain: the keychain is locked"_s;
    // KPN production comes without a consumer key, which a custom profile cannot be saved without.
    QTest::newRow("no consumer key") << Profile::kpnProductionId() << u"secret"_s << int(E::None)
                                     << S::Ready << u"has no consumer key"_s;
}

void tst_ProfileConnection::whatStopsASendIsSaid()
{
    QFETCH(QString, profileId);
    QFETCH(QString, secret);
    QFETCH(int, keychainFailure);
    QFETCH(ProfileConnection::State, state);
    QFETCH(QString, expected);
    if (profileId.isEmpty()) {
        profileId = addSandboxBacked(u"Custom"_s, secret).id;
    } else if (!secret.isEmpty()) {
        QVERIFY(storeSecret(*m_secrets, profileId, secret));
    }
    m_keychain->setFailure(SecretBackend::Error(keychainFailure), u"the keychain is locked"_s);
    const auto connection = connect(profileId);
    QTRY_COMPARE(connection->state(), state);
    const QString problem = connection->sendProblem();
    if (expected.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(request(*connection));
    } else {
        QVERIFY2(problem.contains(expected), qPrintable(problem));
    }
}

QTEST_GUILESS_MAIN(tst_ProfileConnection)
#include "tst_ProfileConnection.moc"
