#pragma once

#include <QLoggingCategory>

// Every logging category of Verify Desk, declared in one place: one per module, named
// verifydesk.<module>, shown from QtInfoMsg up unless QT_LOGGING_RULES says otherwise (for example
// "verifydesk.*.debug=true"). The simulator, which depends on nothing of core, declares its own
// (verifydesk.sandbox) in src/sandbox/SandboxLogging.h.
//
// What is logged is what a support lead looks for afterwards: which profile was in use, what was
// sent and how it ended, when a production send was confirmed, when secrets fell back from the
// keychain. Never a secret, token or PIN; phone numbers only masked (PhoneMask below).
Q_DECLARE_LOGGING_CATEGORY(lcApi) // verifydesk.api: tokens, HTTP exchanges, the rate guard
Q_DECLARE_LOGGING_CATEGORY(lcPhone) // verifydesk.phone: parsing and the phone-number module
Q_DECLARE_LOGGING_CATEGORY(lcSettings) // verifydesk.settings: the file, profiles, the keychain
Q_DECLARE_LOGGING_CATEGORY(lcConnection) // verifydesk.connection: the active profile and its use
Q_DECLARE_LOGGING_CATEGORY(lcVerification) // verifydesk.verification: each verification's course
Q_DECLARE_LOGGING_CATEGORY(lcHistory) // verifydesk.history: the store, exports, status refresh
Q_DECLARE_LOGGING_CATEGORY(lcInspector) // verifydesk.inspector: the exchange log and its exports
Q_DECLARE_LOGGING_CATEGORY(lcApp) // verifydesk.app: the window, confirmations the agent answered

class QString;
class QStringView;

namespace Logging {
// A phone number as a log may show it: its first two and last two digits ("31•••••••78"), enough
// to tell two customers apart in one afternoon's log, not enough to call either.
QString maskedNumber(QStringView digits);
} // namespace Logging
