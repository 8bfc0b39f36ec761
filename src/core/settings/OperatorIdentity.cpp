#include "OperatorIdentity.h"

#include <QSysInfo>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

QString OperatorIdentity::nameFromGecos(const QString &gecos, const QString &login)
{
    QString name = gecos.section(u',', 0, 0).trimmed();
    if (name.contains(u'&') && !login.isEmpty())
        name.replace(u'&', login.left(1).toUpper() + login.mid(1));
    return name.isEmpty() ? login : name;
}

QString OperatorIdentity::accountFullName()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(getuid())) {
        const QString login = QString::fromLocal8Bit(entry->pw_name);
        const QString name = nameFromGecos(
            entry->pw_gecos ? QString::fromLocal8Bit(entry->pw_gecos) : QString(), login);
        if (!name.isEmpty())
            return name;
    }
    return qEnvironmentVariable("USER");
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

QString OperatorIdentity::workstation()
{
    return QSysInfo::machineHostName();
}
