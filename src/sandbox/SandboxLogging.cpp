#include "SandboxLogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "verifydesk.sandbox", QtInfoMsg)
