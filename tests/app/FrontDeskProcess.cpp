#include "FrontDeskProcess.h"

#include "app/ServiceHost.h"
#include "engine/SiteSetup.h"
#include "support/FakeClock.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::test {

FrontDeskProcess::FrontDeskProcess()
{
    EXPECT_TRUE(m_dir.isValid());
}

FrontDeskProcess::Run FrontDeskProcess::run(const QStringList& arguments, const QByteArray& input) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FRONTDESK_DATA_DIR"_s, m_dir.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.remove(u"FRONTDESK_DATABASE"_s);

    QStringList args = arguments;
    if (!args.contains(u"--language"_s))
        args << u"--language"_s << u"en"_s;
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(FD_BINARY_DIR "/frontdesk"), args);
    Run result;
    if (!process.waitForStarted(30'000)) {
        ADD_FAILURE() << "frontdesk did not start: " << process.errorString().toStdString();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "frontdesk did not finish: " << args.join(u' ').toStdString();
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit)
        ADD_FAILURE() << "frontdesk crashed: " << result.err.toStdString();
    else
        result.exitCode = process.exitCode();
    return result;
}

void FrontDeskProcess::createSite(const QString& databasePath)
{
    FakeClock clock;
    auto host = ServiceHost::open(ConnectionSpec::sqlite(databasePath), clock);
    ASSERT_TRUE(host.ok()) << host.error().message.toStdString();
    auto admin = host.value()->services().site.initialize(
        {u"翠湖花园"_s, u"admin"_s, u"系统管理员"_s, u"admin-pass-1"_s, u"admin-pass-1"_s});
    ASSERT_TRUE(admin.ok()) << admin.error().message.toStdString();
}

void FrontDeskProcess::execRaw(const QString& databasePath, const QStringList& statements)
{
    const QString name = u"raw-"_s + databasePath;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            EXPECT_TRUE(query.exec(statement))
                << statement.toStdString() << ": " << query.lastError().text().toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

qint64 FrontDeskProcess::countRows(const QString& databasePath, const QString& table)
{
    const QString name = u"count-"_s + databasePath;
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next())
                count = query.value(0).toLongLong();
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

QByteArray FrontDeskProcess::bytes(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void FrontDeskProcess::writeFile(const QString& filePath, const QByteArray& bytes)
{
    QFile file(filePath);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace fd::test
