#pragma once

#include <QLoggingCategory>

// The simulator's logging category, shown from QtInfoMsg up. It lives here rather than with the
// app's categories (src/core/Logging.h) because the simulator depends on nothing of core.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox) // verifydesk.sandbox
