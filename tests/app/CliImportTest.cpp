// --import-units on the real binary: all or nothing, re-runs change nothing, problems name the row.
// The import acts as a named account (--as LOGIN, its password on standard input or at the terminal),
// signed in through the account service: the administrator-only import is not open to anyone with a shell.
#include "FrontDeskProcess.h"

#include "app/ServiceHost.h"
#include "engine/AccountService.h"
#include "support/FakeClock.h"

#include <gtest/gtest.h>

#include <QFileInfo>

using namespace Qt::StringLiterals;
using fd::test::FrontDeskProcess;

namespace {

const QByteArray kGoodCsv = "楼栋,单元,房号,类型,面积,业主,电话,住户,住户电话,管家\r\n"
                            "3,1,502,住宅,89.50,张伟,13812345678,,,黄小丽\r\n"
                            "3,1,503,住宅,92.17,李娜,13912345678,王芳,13712345678,黄小丽\r\n"
                            "S,1,101,商铺,45.2,刘洋,0755-86001234,,,\r\n";

// Data row 2 (row 3 in a spreadsheet, under the header) has an area that is not a number; the other rows are fine, so
// nothing may be imported.
const QByteArray kBadCsv = "楼栋,单元,房号,类型,面积,业主,电话\n"
                           "5,1,101,住宅,88,周敏,13800001111\n"
                           "5,1,102,住宅,八十八,吴军,13800002222\n"
                           "5,1,103,住宅,90,郑洁,13800003333\n";

class CliImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = frontdesk.path(u"desk.sqlite"_s);
        FrontDeskProcess::createSite(m_db);
    }

    FrontDeskProcess::Run import(const QByteArray& csv, const QString& login = u"admin"_s,
                                 const QByteArray& password = "admin-pass-1\n") const
    {
        const QString file = frontdesk.path(u"units.csv"_s);
        FrontDeskProcess::writeFile(file, csv);
        return frontdesk.run({u"--import-units"_s, file, u"--as"_s, login, u"--database"_s, m_db}, password);
    }

    // A clerk's account on the site, made by its administrator.
    void addClerk()
    {
        fd::test::FakeClock clock;
        auto host = fd::ServiceHost::open(fd::ConnectionSpec::sqlite(m_db), clock);
        ASSERT_TRUE(host.ok());
        auto admin = host.value()->services().accounts.signIn(u"admin"_s, u"admin-pass-1"_s);
        ASSERT_TRUE(admin.ok());
        ASSERT_TRUE(host.value()
                        ->services()
                        .accounts.createUser(admin.value(), u"li.na"_s, u"李娜"_s, fd::Role::Clerk, u"clerk-pass-1"_s)
                        .ok());
    }

    qint64 scalar(const QString& sql) const
    {
        fd::test::FakeClock clock;
        auto host = fd::ServiceHost::open(fd::ConnectionSpec::sqlite(m_db), clock);
        EXPECT_TRUE(host.ok());
        return host.ok() ? host.value()->db().scalar(sql).value().toLongLong() : -1;
    }

    FrontDeskProcess frontdesk;
    QString m_db;
};

} // namespace

TEST_F(CliImport, GoodFileIsImportedWithCountsAndARerunSaysNothingNew)
{
    const auto first = import(kGoodCsv);
    ASSERT_EQ(first.exitCode, 0) << first.all().toStdString();
    EXPECT_TRUE(first.out.contains(u"3 added"_s)) << first.out.toStdString();
    EXPECT_FALSE(first.out.contains(u"Nothing new"_s));
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"units"_s), 3);
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"residents"_s), 4);
    // The records' own events; each run's sign-in is an event of the account (entity 'user').
    const QString recordEvents = u"SELECT COUNT(*) FROM audit_events WHERE entity <> 'user'"_s;
    const qint64 events = scalar(recordEvents);

    const auto again = import(kGoodCsv);
    EXPECT_EQ(again.exitCode, 0) << again.all().toStdString();
    EXPECT_TRUE(again.out.contains(u"Nothing new"_s)) << again.out.toStdString();
    EXPECT_FALSE(again.out.contains(u"3 added"_s));
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"units"_s), 3);
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"residents"_s), 4);
    EXPECT_EQ(scalar(recordEvents), events);
}

TEST_F(CliImport, BadFileIsRefusedNamingTheRowAndReasonAndImportsNothing)
{
    const auto result = import(kBadCsv);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.all().contains(u"Row 3"_s)) << result.all().toStdString();
    EXPECT_TRUE(result.all().contains(u"八十八"_s)) << result.all().toStdString();
    EXPECT_TRUE(result.all().contains(u"not an area"_s)) << result.all().toStdString();
    EXPECT_TRUE(result.err.contains(u"nothing was imported"_s)) << result.err.toStdString();
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"units"_s), 0);
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"residents"_s), 0);
}

TEST_F(CliImport, UnreadableFileExitsOneAndTouchesNoDatabase)
{
    const QString missing = frontdesk.path(u"no-such.csv"_s);
    const auto result = frontdesk.run({u"--import-units"_s, missing, u"--as"_s, u"admin"_s}, "admin-pass-1\n");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(missing)) << result.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(frontdesk.defaultDatabase()));
}

TEST_F(CliImport, ImportIntoADatabaseWithoutASiteIsRefused)
{
    const QString file = frontdesk.path(u"units.csv"_s);
    FrontDeskProcess::writeFile(file, kGoodCsv);
    // No --database: the default file in the data folder is created, migrated, and has no site yet.
    const auto result = frontdesk.run({u"--import-units"_s, file, u"--as"_s, u"admin"_s}, "admin-pass-1\n");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.all().contains(u"not set up"_s)) << result.all().toStdString();
    EXPECT_EQ(FrontDeskProcess::countRows(frontdesk.defaultDatabase(), u"units"_s), 0);
}

TEST_F(CliImport, TheImportIsAuditedUnderTheAccountThatSignedInNotAsSystem)
{
    const auto run = import(kGoodCsv);
    ASSERT_EQ(run.exitCode, 0) << run.all().toStdString();
    EXPECT_FALSE(run.all().contains(u"admin-pass-1"_s)) << "the password is never echoed";
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'unit' AND actor = 'system'"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events a JOIN users u ON u.id = a.actor_id "
                     u"WHERE a.entity = 'unit' AND u.login = 'admin'"_s),
              3);
}

TEST_F(CliImport, WithoutAnAccountTheImportIsRefusedBeforeAnythingIsRead)
{
    const QString file = frontdesk.path(u"units.csv"_s);
    FrontDeskProcess::writeFile(file, kGoodCsv);
    const auto result = frontdesk.run({u"--import-units"_s, file, u"--database"_s, m_db});
    EXPECT_EQ(result.exitCode, 2) << result.all().toStdString();
    EXPECT_TRUE(result.err.contains(u"--as"_s)) << result.err.toStdString();
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"units"_s), 0);
}

TEST_F(CliImport, AWrongPasswordImportsNothingAndCountsTowardsTheLockout)
{
    const qint64 events = FrontDeskProcess::countRows(m_db, u"audit_events"_s);
    const auto result = import(kGoodCsv, u"admin"_s, "not-the-password\n");
    EXPECT_EQ(result.exitCode, 1) << result.all().toStdString();
    EXPECT_TRUE(result.err.contains(u"Nothing was imported"_s)) << result.err.toStdString();
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"units"_s), 0);
    EXPECT_EQ(scalar(u"SELECT failed_attempts FROM users WHERE login = 'admin'"_s), 1);
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"audit_events"_s), events);
    // No password at all (standard input closed): refused the same way.
    const auto none = import(kGoodCsv, u"admin"_s, {});
    EXPECT_EQ(none.exitCode, 1) << none.all().toStdString();
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"units"_s), 0);
}

TEST_F(CliImport, ALockedAccountIsRefusedEvenWithTheRightPassword)
{
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(import(kGoodCsv, u"admin"_s, "wrong-pass-9\n").exitCode, 1);
    const auto locked = import(kGoodCsv);
    EXPECT_EQ(locked.exitCode, 1) << locked.all().toStdString();
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"units"_s), 0);
}

TEST_F(CliImport, AClerkMayNotImportAndIsToldWhy)
{
    addClerk();
    const qint64 events = FrontDeskProcess::countRows(m_db, u"audit_events"_s);
    const auto result = import(kGoodCsv, u"li.na"_s, "clerk-pass-1\n");
    EXPECT_EQ(result.exitCode, 1) << result.all().toStdString();
    EXPECT_TRUE(result.err.contains(u"may not import"_s)) << result.err.toStdString();
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"units"_s), 0);
    EXPECT_GE(FrontDeskProcess::countRows(m_db, u"audit_events"_s), events); // the sign-in itself may be recorded
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'unit'"_s), 0);
}
