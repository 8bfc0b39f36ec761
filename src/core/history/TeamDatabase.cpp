#include "TeamDatabase.h"

#include "EnumKeys.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

using TlsMode = TeamDatabase::TlsMode;

constexpr EnumKey<TlsMode> kTlsKeys[] = {
    {TlsMode::Disable, "disable"},        {TlsMode::Prefer, "prefer"},
    {TlsMode::Require, "require"},        {TlsMode::VerifyCa, "verify-ca"},
    {TlsMode::VerifyFull, "verify-full"},
};

// A value as libpq's connection strings write it: bare, or in single quotes with \' and \\.
QString quoted(const QString &value)
{
    if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'\'')
        && !value.contains(u'\\'))
        return value;
    QString out = value;
    out.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u'\'' + out + u'\'';
}

// The keyword/value pairs of a libpq connection string, in order.
QList<std::pair<QString, QString>> keywords(const QString &conninfo)
{
    QList<std::pair<QString, QString>> pairs;
    qsizetype i = 0;
    const qsizetype n = conninfo.size();
    while (i < n) {
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        const qsizetype eq = conninfo.indexOf(u'=', i);
        if (i >= n || eq < 0)
            break;
        const QString key = conninfo.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && conninfo.at(i) == u'\'') {
            for (++i; i < n && conninfo.at(i) != u'\''; ++i) {
                if (conninfo.at(i) == u'\\' && i + 1 < n)
                    ++i;
                value.append(conninfo.at(i));
            }
            ++i; // the closing quote
        } else {
            while (i < n && !conninfo.at(i).isSpace())
                value.append(conninfo.at(i++));
        }
        pairs.append({key, value});
    }
    return pairs;
}

} // namespace

QString TeamDatabase::location() const
{
    const QString who = user.isEmpty() ? QString() : user + u'@';
    return u"%1%2:%3/%4"_s.arg(who, host.isEmpty() ? u"localhost"_s : host).arg(port).arg(database);
}

QString TeamDatabase::connectOptions() const
{
    QStringList out {u"sslmode="_s + tlsKey(tls), u"connect_timeout=5"_s,
                     u"application_name=verifydesk"_s};
    if (!caFile.isEmpty())
        out << u"sslrootcert="_s + quoted(caFile);
    if (!options.trimmed().isEmpty())
        out << options.trimmed();
    return out.join(u' ');
}

QString TeamDatabase::tlsKey(TlsMode mode)
{
    return keyOf(kTlsKeys, mode);
}

TeamDatabase::TlsMode TeamDatabase::tlsFromKey(const QString &key, bool *ok)
{
    return enumOr(kTlsKeys, key, TlsMode::VerifyFull, ok);
}

TeamDatabase TeamDatabase::fromConnectionString(const QString &conninfo)
{
    TeamDatabase db;
    db.tls = TlsMode::Prefer; // libpq's own default when the string names none
    QStringList rest;
    for (const auto &[key, value] : keywords(conninfo)) {
        bool ok = true;
        if (key == u"host"_s)
            db.host = value;
        else if (key == u"port"_s)
            db.port = value.toInt(&ok);
        else if (key == u"dbname"_s)
            db.database = value;
        else if (key == u"user"_s)
            db.user = value;
        else if (key == u"password"_s)
            db.password = value;
        else if (key == u"sslmode"_s)
            db.tls = tlsFromKey(value, &ok);
        else if (key == u"sslrootcert"_s)
            db.caFile = value;
        else
            ok = false;
        if (!ok)
            rest << key + u'=' + quoted(value);
    }
    db.options = rest.join(u' ');
    return db;
}
