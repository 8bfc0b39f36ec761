#include "BashRun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

using namespace Qt::StringLiterals;

BashResult runBash(const QString &script, const QProcessEnvironment &env)
{
    QProcess bash;
    bash.setProcessEnvironment(env);
    bash.start(u"bash"_s, {u"-c"_s, script});
    BashResult result;
    QElapsedTimer timer;
    timer.start();
    while (bash.state() != QProcess::NotRunning && timer.elapsed() < 20'000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        bash.waitForFinished(10);
    }
    if (bash.state() != QProcess::NotRunning) {
        bash.kill();
        bash.waitForFinished();
        return result;
    }
    result.exitCode = bash.exitStatus() == QProcess::NormalExit ? bash.exitCode() : -1;
    result.out = bash.readAllStandardOutput();
    result.err = bash.readAllStandardError();
    return result;
}
