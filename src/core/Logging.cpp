#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "verifydesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPhone, "verifydesk.phone", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "verifydesk.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnection, "verifydesk.connection", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVerification, "verifydesk.verification", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHistory, "verifydesk.history", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInspector, "verifydesk.inspector", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "verifydesk.app", QtInfoMsg)

#include <QString>

namespace Logging {

QString maskedNumber(QStringView digits)
{
    constexpr qsizetype kShown = 2;
    if (digits.size() <= 2 * kShown)
        return QString(digits.size(), u'•');
    return digits.left(kShown) + QString(digits.size() - 2 * kShown, u'•') + digits.right(kShown);
}

} // namespace Logging
