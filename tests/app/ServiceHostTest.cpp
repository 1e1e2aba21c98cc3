// ServiceHost::open refuses files it must not touch: they stay byte for byte as they were.
#include "app/ServiceHost.h"

#include "FrontDeskProcess.h"
#include "support/FakeClock.h"

#include <gtest/gtest.h>

#include <QDateTime>

#include <QFile>

#include <QFileInfo>
#include <QSysInfo>

using namespace Qt::StringLiterals;
using fd::test::FrontDeskProcess;

TEST(ServiceHost, CreatesAndMigratesAMissingDatabase)
{
    FrontDeskProcess folder;
    const QString path = folder.path(u"new.sqlite"_s);
    fd::test::FakeClock clock;
    auto host = fd::ServiceHost::open(fd::ConnectionSpec::sqlite(path), clock);
    ASSERT_TRUE(host.ok()) << host.error().message.toStdString();
    EXPECT_TRUE(host.value()->db().tableExists(u"units"_s));
    EXPECT_TRUE(QFileInfo::exists(path));
}

TEST(ServiceHost, RefusesADatabaseNewerThanTheProgramWithoutChangingIt)
{
    FrontDeskProcess folder;
    const QString path = folder.path(u"desk.sqlite"_s);
    FrontDeskProcess::createSite(path);
    // A rollback-journal file: a read-write open would switch it to WAL, which rewrites its header.
    FrontDeskProcess::execRaw(path, {u"PRAGMA journal_mode=DELETE"_s,
                                     u"INSERT INTO schema_version (version, name, applied_ms, app_version) "
                                     "VALUES (9999, 'from_the_future', 0, '99.0')"_s});
    const QByteArray before = FrontDeskProcess::bytes(path);
    fd::test::FakeClock clock;
    auto host = fd::ServiceHost::open(fd::ConnectionSpec::sqlite(path), clock);
    ASSERT_FALSE(host.ok());
    EXPECT_EQ(host.error().code, u"schema.newer"_s);
    EXPECT_TRUE(host.error().message.contains(u"9999"_s));
    EXPECT_EQ(FrontDeskProcess::bytes(path), before);
}

TEST(ServiceHost, RefusesAFileThatIsNotADatabaseWithoutChangingIt)
{
    FrontDeskProcess folder;
    const QString path = folder.path(u"minutes.txt"_s);
    const QByteArray text = "会议纪要\nnot a database at all\n";
    FrontDeskProcess::writeFile(path, text);
    fd::test::FakeClock clock;
    auto host = fd::ServiceHost::open(fd::ConnectionSpec::sqlite(path), clock);
    ASSERT_FALSE(host.ok());
    EXPECT_EQ(host.error().code, u"db.notdb"_s);
    EXPECT_EQ(FrontDeskProcess::bytes(path), text);
}

TEST(ServiceHost, ASecondProgramOnTheSameSqliteFileIsRefusedUntilTheFirstCloses)
{
    FrontDeskProcess folder;
    const QString path = folder.path(u"desk.sqlite"_s);
    fd::test::FakeClock clock;
    auto first = fd::ServiceHost::open(fd::ConnectionSpec::sqlite(path), clock);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    auto second = fd::ServiceHost::open(fd::ConnectionSpec::sqlite(path), clock);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, u"db.inuse"_s);
    EXPECT_EQ(second.error().field, u"database"_s);
    first.value().reset();
    EXPECT_TRUE(fd::ServiceHost::open(fd::ConnectionSpec::sqlite(path), clock).ok());
}

TEST(ServiceHost, AStartKilledWhileTakingTheLockOverDoesNotKeepTheNextOneOut)
{
    // Foundation: nothing lost, and the desk starts again after a crash. A program killed while it was
    // removing a dead program's lock leaves Qt's second lock file empty; once it is older than half a
    // second, the next start takes the database.
    FrontDeskProcess folder;
    const QString path = folder.path(u"desk.sqlite"_s);
    FrontDeskProcess::createSite(path);
    FrontDeskProcess::writeFile(path + u".lock"_s, "999999\nfrontdesk\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    FrontDeskProcess::writeFile(path + u".lock.rmlock"_s, QByteArray());
    fd::test::FakeClock clock;
    QFile fresh(path + u".lock.rmlock"_s);
    ASSERT_TRUE(fresh.open(QIODevice::ReadWrite));
    ASSERT_TRUE(fresh.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime));
    fresh.close();
    auto refused = fd::ServiceHost::open(fd::ConnectionSpec::sqlite(path), clock);
    ASSERT_FALSE(refused.ok()) << "a second lock file just made may be a live program's";
    EXPECT_EQ(refused.error().code, u"db.inuse"_s);

    ASSERT_TRUE(fresh.open(QIODevice::ReadWrite));
    ASSERT_TRUE(fresh.setFileTime(QDateTime::currentDateTime().addSecs(-2), QFileDevice::FileModificationTime));
    fresh.close();
    auto host = fd::ServiceHost::open(fd::ConnectionSpec::sqlite(path), clock);
    ASSERT_TRUE(host.ok()) << host.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path + u".lock.rmlock"_s));
}

TEST(ServiceHost, AfterACrashADamagedFileIsRefusedBeforeAnythingIsWritten)
{
    // Foundation: nothing lost. A crash leaves the lock file behind; the next start reads every page.
    FrontDeskProcess folder;
    const QString path = folder.path(u"desk.sqlite"_s);
    FrontDeskProcess::createSite(path);
    FrontDeskProcess::execRaw(path, {u"PRAGMA journal_mode=DELETE"_s});
    QByteArray bytes = FrontDeskProcess::bytes(path);
    ASSERT_GT(bytes.size(), 3 * 4096);
    bytes.replace(bytes.size() - 2 * 4096, 4096, QByteArray(4096, '\xAB')); // a page torn by the power cut
    FrontDeskProcess::writeFile(path, bytes);
    FrontDeskProcess::writeFile(path + u".lock"_s, "999999\nfrontdesk\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    fd::test::FakeClock clock;
    auto host = fd::ServiceHost::open(fd::ConnectionSpec::sqlite(path), clock);
    ASSERT_FALSE(host.ok());
    EXPECT_EQ(host.error().code, u"db.damaged"_s) << host.error().message.toStdString();
    EXPECT_EQ(FrontDeskProcess::bytes(path), bytes);
}
