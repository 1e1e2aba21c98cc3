#include "PrivateServer.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace fd::test {

PrivateServer::PrivateServer()
{
    QTcpServer probe; // a port free now, given back at once
    if (probe.listen(QHostAddress::LocalHost, 0))
        m_port = probe.serverPort();
    QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFileDevice::ExeOther |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther);
}

PrivateServer::~PrivateServer()
{
    if (m_running)
        (void)stop();
}

bool PrivateServer::script(const QString& command)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{command, m_dir.filePath(u"pg"_s)};
    if (command == u"start"_s)
        arguments << QString::number(m_port);
    process.start(QStringLiteral(FD_SOURCE_DIR "/scripts/pg-test-server"), arguments);
    if (!process.waitForFinished(120'000) || process.exitCode() != 0) {
        ADD_FAILURE() << "pg-test-server " << command.toStdString() << ": " << process.readAll().toStdString();
        return false;
    }
    return true;
}

bool PrivateServer::start()
{
    if (m_running)
        return true;
    m_running = script(u"start"_s);
    return m_running;
}

bool PrivateServer::stop()
{
    const bool stopped = script(u"stop"_s);
    m_running = !stopped;
    return stopped;
}

QString PrivateServer::address() const
{
    return u"postgresql://postgres@127.0.0.1:%1/postgres"_s.arg(m_port);
}

} // namespace fd::test
