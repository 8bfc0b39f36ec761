#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

// What a bash script printed and how it ended.
struct BashResult
{
    int exitCode = -1; // -1: it crashed or did not end within 20 s (then it is killed)
    QByteArray out;
    QByteArray err;
};

// Runs `script` with bash -c in `env`, turning this thread's event loop meanwhile, so that an
// in-process sandbox can answer the curl commands it runs.
BashResult runBash(const QString &script, const QProcessEnvironment &env);
