#include "SecretSupport.h"

#include "settings/SecretStore.h"

#include <QObject>
#include <QTest>

#include <optional>

bool storeSecret(SecretStore &secrets, const QString &profileId, const QString &secret,
                 int timeoutMs)
{
    QObject context;
    std::optional<bool> written;
    secrets.writeSecret(profileId, secret, &context,
                        [&written](const SecretStore::Result &result) { written = result.ok; });
    return QTest::qWaitFor([&written] { return written.has_value(); }, timeoutMs) && *written;
}
