#pragma once

#include <QString>

class SecretStore;

// Stores `secret` for `profileId` and waits for the store's answer; false when it failed or did
// not come within `timeoutMs`.
bool storeSecret(SecretStore &secrets, const QString &profileId, const QString &secret,
                 int timeoutMs = 5000);
