#include "SensitiveKeys.h"

using namespace Qt::StringLiterals;

const QStringList &SensitiveKeys::all()
{
    // The Redactor's keys and the history's, together, so that neither masks less than before.
    // Longer than 16 characters would need Redactor's kMaxKeyBytes raised.
    static const QStringList keys = {
        u"client_secret"_s, u"api_secret"_s, u"secret"_s,   u"access_token"_s,
        u"refresh_token"_s, u"id_token"_s,   u"token"_s,    u"code"_s,
        u"pin_code"_s,      u"pin"_s,        u"password"_s, u"authorization"_s,
    };
    return keys;
}

bool SensitiveKeys::contains(QStringView key)
{
    for (const QString &known : all()) {
        if (key.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
