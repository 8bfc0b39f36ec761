#include "PostgresTestServer.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

PostgresTestServer::PostgresTestServer(int port)
    : m_port(port)
{
    // The server runs as the postgres user when the tests run as root: it must reach the folder.
    QFile::setPermissions(m_dir.path(),
                          QFile::permissions(m_dir.path()) | QFile::ExeGroup | QFile::ExeOther
                              | QFile::ReadGroup | QFile::ReadOther);
}

PostgresTestServer::~PostgresTestServer()
{
    stop();
}

bool PostgresTestServer::run(const QString &command)
{
    QProcess p;
    p.start(QStringLiteral(VERIFYDESK_TEST_SUPPORT_DIR "/postgres-test-server"),
            {command, m_dir.filePath(u"pg"_s), QString::number(m_port)});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_why = u"postgres-test-server %1 failed: %2"_s.arg(
            command, QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
        return false;
    }
    if (command == u"start"_s)
        m_conninfo = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
    return true;
}

bool PostgresTestServer::start()
{
    if (!m_dir.isValid()) {
        m_why = u"no temporary folder"_s;
        return false;
    }
    return run(u"start"_s);
}

bool PostgresTestServer::stop()
{
    return m_conninfo.isEmpty() || run(u"stop"_s);
}
