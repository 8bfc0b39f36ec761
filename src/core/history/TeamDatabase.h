#pragma once

#include <QString>

// How to reach a shared team history on PostgreSQL. The password comes from the keychain and
// is never written to the settings file.
struct TeamDatabase
{
    // libpq's sslmode values, weakest first.
    enum class TlsMode { Disable, Prefer, Require, VerifyCa, VerifyFull };

    QString host; // a name, an address, or a directory with the server's Unix socket
    int port = 5432;
    QString database;
    QString user;
    QString password;
    TlsMode tls = TlsMode::VerifyFull;
    QString caFile; // PEM; empty: the system's trusted CAs (libpq: sslrootcert=system)
    // More libpq keywords ("key=value key=value"), for what the fields above do not say.
    QString options;

    // user@host:port/database, for messages and the log (never the password).
    QString location() const;
    // The libpq keywords for everything but host, port, database, user and password.
    QString connectOptions() const;
    static QString tlsKey(TlsMode mode); // "verify-full" …
    static TlsMode tlsFromKey(const QString &key, bool *ok = nullptr);

    // Reads a libpq keyword/value connection string ("host=/run/pg port=5433 dbname=desk
    // user=anna"); keywords it has no field for go to `options`.
    static TeamDatabase fromConnectionString(const QString &conninfo);
};
