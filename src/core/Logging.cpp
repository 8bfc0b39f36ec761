#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "verifydesk.api")
Q_LOGGING_CATEGORY(lcPhone, "verifydesk.phone")
