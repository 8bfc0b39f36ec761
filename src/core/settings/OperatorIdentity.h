#pragma once

#include <QString>

// Who is at this desk, as the history records it by default: the full name of the computer
// account and the computer's name.
namespace OperatorIdentity {

// The full name of the account this process runs as: on Unix and macOS the GECOS field of the
// password entry (nameFromGecos()); on Windows, or when the system knows no name, the login name.
QString accountFullName();
// The name part of a GECOS field ("Anna de Vries,Room 3,+31…"): up to the first comma, trimmed,
// with '&' standing for `login` capitalised (the BSD convention); `login` when that is empty.
QString nameFromGecos(const QString &gecos, const QString &login);
// This computer's host name.
QString workstation();

} // namespace OperatorIdentity
