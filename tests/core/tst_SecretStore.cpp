#include "FakeSecretBackend.h"
#include "settings/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace {

const QString kProfile = u"kpn-production"_s;
const QString kSecret = u"consumer-secret-42"_s;

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void names();
    void successPath();
    void callbacks();
    void failureMakesKeychainUnavailable_data();
    void failureMakesKeychainUnavailable();
    void sessionOnlyKeepsInMemoryAndWritesNoFile();
    void filePolicyRefusedUntilRiskAccepted();
    void fileIsOwnerOnly();
    void otherKeychainErrorsAreReported();
    void unansweredKeychainTimesOut();
    void retryKeychain();
    void badRequests();
    void realKeychain();

private:
    // Runs until `store` answers request `id` and returns that answer.
    static SecretStore::Result waitFor(SecretStore &store, quint64 id, int timeoutMs = 5000);
    QStringList filesInDir() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeSecretBackend *m_fake = nullptr;
    std::unique_ptr<SecretStore> m_store;
};

SecretStore::Result tst_SecretStore::waitFor(SecretStore &store, quint64 id, int timeoutMs)
{
    SecretStore::Result answer;
    bool answered = false;
    int answers = 0;
    QMetaObject::Connection c =
        connect(&store, &SecretStore::finished, &store, [&](const SecretStore::Result &r) {
            if (r.requestId == id) {
                answer = r;
                answered = true;
                ++answers;
            }
        });
    if (!QTest::qWaitFor([&answered] { return answered; }, timeoutMs))
        QTest::qFail("SecretStore did not answer the request", __FILE__, __LINE__);
    // Exactly one answer per request.
    QTest::qWait(20);
    disconnect(c);
    if (answers > 1)
        QTest::qFail("SecretStore answered a request more than once", __FILE__, __LINE__);
    return answer;
}

QStringList tst_SecretStore::filesInDir() const
{
    return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

void tst_SecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto fake = std::make_unique<FakeSecretBackend>();
    m_fake = fake.get();
    m_store = std::make_unique<SecretStore>(std::move(fake), m_dir->path());
}

void tst_SecretStore::names()
{
    QCOMPARE(SecretStore::serviceName(), u"Verify Desk"_s);
    QCOMPARE(SecretStore::keyFor(u"abc"_s), u"profile/abc/client-secret"_s);
    QCOMPARE(QFileInfo(m_store->fallbackFilePath()).absolutePath(),
             QFileInfo(m_dir->path()).absoluteFilePath());
    QVERIFY(!SecretStore::fileRiskText().isEmpty());
}

void tst_SecretStore::successPath()
{
    QVERIFY(m_store->keychainAvailable());
    const quint64 w = m_store->writeSecret(kProfile, kSecret);
    SecretStore::Result r = waitFor(*m_store, w);
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QCOMPARE(r.operation, SecretStore::Operation::Write);
    QCOMPARE(r.profileId, kProfile);
    QCOMPARE(r.storage, SecretStore::Storage::Keychain);
    QCOMPARE(m_fake->stored().value(u"profile/kpn-production/client-secret"_s), kSecret);

    const quint64 rd = m_store->readSecret(kProfile);
    QVERIFY(rd != w);
    r = waitFor(*m_store, rd);
    QVERIFY(r.ok);
    QVERIFY(r.found);
    QCOMPARE(r.secret, kSecret);
    QCOMPARE(r.storage, SecretStore::Storage::Keychain);

    r = waitFor(*m_store, m_store->removeSecret(kProfile));
    QVERIFY(r.ok);
    QVERIFY(m_fake->stored().isEmpty());

    r = waitFor(*m_store, m_store->readSecret(kProfile));
    QVERIFY(r.ok);
    QVERIFY(!r.found);
    QVERIFY(r.secret.isEmpty());

    // Removing what is not there is not an error.
    r = waitFor(*m_store, m_store->removeSecret(kProfile));
    QVERIFY(r.ok);
    QVERIFY(m_store->keychainAvailable());
    QVERIFY(filesInDir().isEmpty());
}

void tst_SecretStore::callbacks()
{
    int calls = 0;
    SecretStore::Result got;
    QObject context;
    m_store->writeSecret(kProfile, kSecret, &context, [&](const SecretStore::Result &r) {
        ++calls;
        got = r;
    });
    QCOMPARE(calls, 0); // never before the call returned
    QTRY_COMPARE(calls, 1);
    QVERIFY(got.ok);

    // Nothing is called once the context is gone.
    auto gone = std::make_unique<QObject>();
    int late = 0;
    const quint64 id =
        m_store->readSecret(kProfile, gone.get(), [&late](const SecretStore::Result &) { ++late; });
    gone.reset();
    const SecretStore::Result r = waitFor(*m_store, id);
    QVERIFY(r.found);
    QCOMPARE(late, 0);
}

void tst_SecretStore::failureMakesKeychainUnavailable_data()
{
    QTest::addColumn<SecretBackend::Error>("error");
    QTest::newRow("no backend") << SecretBackend::Error::Unavailable;
    QTest::newRow("access denied") << SecretBackend::Error::AccessDenied;
}

void tst_SecretStore::failureMakesKeychainUnavailable()
{
    QFETCH(SecretBackend::Error, error);
    m_fake->setFailure(error, u"org.freedesktop.DBus.Error.ServiceUnknown"_s);
    QSignalSpy availability(m_store.get(), &SecretStore::keychainAvailableChanged);

    const SecretStore::Result r = waitFor(*m_store, m_store->writeSecret(kProfile, kSecret));
    QVERIFY(!m_store->keychainAvailable());
    QCOMPARE(availability.size(), 1);
    QCOMPARE(availability.at(0).at(0).toBool(), false);
    QVERIFY(m_store->keychainProblem().contains(u"org.freedesktop.DBus.Error.ServiceUnknown"_s));
    QVERIFY(m_store->keychainProblem().size() > 40);
    // The default policy: this session only.
    QCOMPARE(m_store->fallbackPolicy(), SecretStore::FallbackPolicy::SessionOnly);
    QVERIFY(r.ok);
    QCOMPARE(r.storage, SecretStore::Storage::Session);

    // Once known to be unavailable, the keychain is not asked again.
    const int calls = m_fake->calls();
    const SecretStore::Result again = waitFor(*m_store, m_store->readSecret(kProfile));
    QCOMPARE(m_fake->calls(), calls);
    QCOMPARE(again.secret, kSecret);
    QCOMPARE(availability.size(), 1);
}

void tst_SecretStore::sessionOnlyKeepsInMemoryAndWritesNoFile()
{
    m_fake->setFailure(SecretBackend::Error::Unavailable, u"no D-Bus"_s);
    SecretStore::Result r = waitFor(*m_store, m_store->writeSecret(kProfile, kSecret));
    QCOMPARE(r.storage, SecretStore::Storage::Session);

    r = waitFor(*m_store, m_store->readSecret(kProfile));
    QVERIFY(r.ok);
    QVERIFY(r.found);
    QCOMPARE(r.secret, kSecret);
    QCOMPARE(r.storage, SecretStore::Storage::Session);
    QVERIFY2(filesInDir().isEmpty(), qPrintable(filesInDir().join(u", "_s)));
    QVERIFY(!QFile::exists(m_store->fallbackFilePath()));

    // A new session has forgotten it.
    auto fake = std::make_unique<FakeSecretBackend>();
    fake->setFailure(SecretBackend::Error::Unavailable);
    SecretStore next(std::move(fake), m_dir->path());
    r = waitFor(next, next.readSecret(kProfile));
    QVERIFY(r.ok);
    QVERIFY(!r.found);

    r = waitFor(*m_store, m_store->removeSecret(kProfile));
    QVERIFY(r.ok);
    r = waitFor(*m_store, m_store->readSecret(kProfile));
    QVERIFY(!r.found);
}

void tst_SecretStore::filePolicyRefusedUntilRiskAccepted()
{
    m_fake->setFailure(SecretBackend::Error::Unavailable, u"no D-Bus"_s);
    QVERIFY(!m_store->fileRiskAccepted());
    QVERIFY(!m_store->setFallbackPolicy(SecretStore::FallbackPolicy::File));
    QCOMPARE(m_store->fallbackPolicy(), SecretStore::FallbackPolicy::SessionOnly);

    SecretStore::Result r = waitFor(*m_store, m_store->writeSecret(kProfile, kSecret));
    QCOMPARE(r.storage, SecretStore::Storage::Session);
    QVERIFY(filesInDir().isEmpty());

    m_store->acceptFileRisk();
    QVERIFY(m_store->fileRiskAccepted());
    QVERIFY(m_store->setFallbackPolicy(SecretStore::FallbackPolicy::File));
    QCOMPARE(m_store->fallbackPolicy(), SecretStore::FallbackPolicy::File);
    r = waitFor(*m_store, m_store->writeSecret(kProfile, kSecret));
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QCOMPARE(r.storage, SecretStore::Storage::File);
    QVERIFY(QFile::exists(m_store->fallbackFilePath()));

    // The next session finds it in the file.
    auto fake = std::make_unique<FakeSecretBackend>();
    fake->setFailure(SecretBackend::Error::Unavailable);
    SecretStore next(std::move(fake), m_dir->path());
    r = waitFor(next, next.readSecret(kProfile));
    QVERIFY(r.found);
    QCOMPARE(r.secret, kSecret);
    QCOMPARE(r.storage, SecretStore::Storage::File);

    // Removing the only secret removes the file.
    r = waitFor(next, next.removeSecret(kProfile));
    QVERIFY(r.ok);
    QVERIFY(!QFile::exists(next.fallbackFilePath()));
}

void tst_SecretStore::fileIsOwnerOnly()
{
    m_fake->setFailure(SecretBackend::Error::Unavailable, u"no D-Bus"_s);
    m_store->acceptFileRisk();
    QVERIFY(m_store->setFallbackPolicy(SecretStore::FallbackPolicy::File));
    QVERIFY(waitFor(*m_store, m_store->writeSecret(kProfile, kSecret)).ok);
    QVERIFY(waitFor(*m_store, m_store->writeSecret(u"other"_s, u"another"_s)).ok);

    const QString path = m_store->fallbackFilePath();
#ifdef Q_OS_UNIX
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
#endif
    QCOMPARE(QFile::permissions(path)
                 & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QCOMPARE(filesInDir(), QStringList {QFileInfo(path).fileName()}); // no temporary left behind

    // Removing one keeps the other, still owner-only.
    QVERIFY(waitFor(*m_store, m_store->removeSecret(kProfile)).ok);
    const SecretStore::Result r = waitFor(*m_store, m_store->readSecret(u"other"_s));
    QCOMPARE(r.secret, u"another"_s);
#ifdef Q_OS_UNIX
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
#endif
}

void tst_SecretStore::otherKeychainErrorsAreReported()
{
    m_fake->setFailure(SecretBackend::Error::Failed, u"could not delete"_s);
    const SecretStore::Result r = waitFor(*m_store, m_store->removeSecret(kProfile));
    QVERIFY(!r.ok);
    QVERIFY(r.errorText.contains(u"could not delete"_s));
    // Not a missing keychain: no fallback, no change of availability.
    QVERIFY(m_store->keychainAvailable());
}

void tst_SecretStore::unansweredKeychainTimesOut()
{
    m_fake->setSilent(true);
    m_store->setTimeout(100);
    const SecretStore::Result r = waitFor(*m_store, m_store->writeSecret(kProfile, kSecret));
    QVERIFY(!m_store->keychainAvailable());
    QVERIFY(r.ok);
    QCOMPARE(r.storage, SecretStore::Storage::Session);
}

void tst_SecretStore::retryKeychain()
{
    m_fake->setFailure(SecretBackend::Error::Unavailable, u"no D-Bus"_s);
    m_store->acceptFileRisk();
    QVERIFY(m_store->setFallbackPolicy(SecretStore::FallbackPolicy::File));
    QVERIFY(waitFor(*m_store, m_store->writeSecret(kProfile, kSecret)).ok);
    QVERIFY(QFile::exists(m_store->fallbackFilePath()));
    QVERIFY(!m_store->keychainAvailable());

    m_fake->setFailure(SecretBackend::Error::None);
    QSignalSpy availability(m_store.get(), &SecretStore::keychainAvailableChanged);
    m_store->retryKeychain();
    QCOMPARE(availability.size(), 1);
    QVERIFY(m_store->keychainAvailable());
    QVERIFY(m_store->keychainProblem().isEmpty());

    // Still found while only the file has it …
    SecretStore::Result r = waitFor(*m_store, m_store->readSecret(kProfile));
    QCOMPARE(r.storage, SecretStore::Storage::File);
    QCOMPARE(r.secret, kSecret);
    // … and once the keychain holds it, the plain copy is gone.
    r = waitFor(*m_store, m_store->writeSecret(kProfile, kSecret));
    QCOMPARE(r.storage, SecretStore::Storage::Keychain);
    QVERIFY(!QFile::exists(m_store->fallbackFilePath()));
}

void tst_SecretStore::badRequests()
{
    SecretStore::Result r = waitFor(*m_store, m_store->writeSecret(QString(), kSecret));
    QVERIFY(!r.ok);
    QVERIFY(!r.errorText.isEmpty());
    r = waitFor(*m_store, m_store->writeSecret(kProfile, QString()));
    QVERIFY(!r.ok);
    QVERIFY(!r.errorText.isEmpty());
    QCOMPARE(m_fake->calls(), 0);
}

void tst_SecretStore::realKeychain()
{
    // Needs a Secret Service on the session bus, e.g.
    //   dbus-run-session -- sh -c 'echo -n test | gnome-keyring-daemon --unlock
    //       --components=secrets; ./tst_SecretStore'
    SecretStore store(SecretStore::createKeychainBackend(), m_dir->path());
    store.setTimeout(15'000);
    const QString profile = u"test-"_s % QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = u"real-keychain-secret-"_s % QUuid::createUuid().toString();

    SecretStore::Result r = waitFor(store, store.writeSecret(profile, secret), 20'000);
    if (!store.keychainAvailable()) {
        QVERIFY(r.ok);
        QCOMPARE(r.storage, SecretStore::Storage::Session);
        QVERIFY(filesInDir().isEmpty());
        QSKIP(
            qPrintable(u"No usable Secret Service on the session D-Bus (run under dbus-run-session "
                       "with an unlocked gnome-keyring-daemon), so the real keychain cannot be "
                       "tried: "_s
                       % store.keychainProblem()));
    }
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QCOMPARE(r.storage, SecretStore::Storage::Keychain);

    r = waitFor(store, store.readSecret(profile), 20'000);
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QVERIFY(r.found);
    QCOMPARE(r.secret, secret);
    QCOMPARE(r.storage, SecretStore::Storage::Keychain);

    r = waitFor(store, store.removeSecret(profile), 20'000);
    QVERIFY2(r.ok, qPrintable(r.errorText));
    r = waitFor(store, store.readSecret(profile), 20'000);
    QVERIFY(r.ok);
    QVERIFY(!r.found);
    QVERIFY(filesInDir().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_SecretStore.moc"
