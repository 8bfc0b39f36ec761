#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "verifydesk.api")
Q_LOGGING_CATEGORY(lcPhone, "verifydesk.phone")
Q_LOGGING_CATEGORY(lcSettings, "verifydesk.settings")
Q_LOGGING_CATEGORY(lcHistory, "verifydesk.history")
