#pragma once

#include <QLoggingCategory>

// One logging category per core module. None of them ever receives a secret, token or PIN.
Q_DECLARE_LOGGING_CATEGORY(lcApi) // verifydesk.api
Q_DECLARE_LOGGING_CATEGORY(lcPhone) // verifydesk.phone
Q_DECLARE_LOGGING_CATEGORY(lcSettings) // verifydesk.settings
Q_DECLARE_LOGGING_CATEGORY(lcHistory) // verifydesk.history
