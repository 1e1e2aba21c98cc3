// --demo on the real binary: fills an empty database once, refuses every time after.
#include "FrontDeskProcess.h"

#include "app/DemoSite.h"
#include "engine/Role.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using fd::test::FrontDeskProcess;

TEST(CliDemo, DemoFillsAnEmptyDatabaseAndPrintsEverySignInName)
{
    FrontDeskProcess frontdesk;
    const auto result = frontdesk.run({u"--demo"_s});
    ASSERT_EQ(result.exitCode, 0) << result.all().toStdString();
    const QString& out = result.out;
    EXPECT_TRUE(out.contains(u"翠湖花园"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(QString::fromLatin1(fd::DemoSite::Password)));
    EXPECT_TRUE(out.contains(fd::DemoSite::adminLogin()));
    for (const auto& account : fd::DemoSite::staff())
        EXPECT_TRUE(out.contains(account.login)) << account.login.toStdString();
    for (fd::Role role : fd::Roles::all())
        EXPECT_TRUE(out.contains(fd::Roles::displayName(role))) << fd::Roles::key(role).toStdString();

    const QString db = frontdesk.defaultDatabase();
    EXPECT_EQ(FrontDeskProcess::countRows(db, u"units"_s), fd::DemoSite::UnitTotal);
    EXPECT_EQ(FrontDeskProcess::countRows(db, u"users"_s), fd::DemoSite::staff().size() + 1);
}

TEST(CliDemo, DemoRunTwiceIsRefusedTheSecondTimeAndChangesNothing)
{
    FrontDeskProcess frontdesk;
    ASSERT_EQ(frontdesk.run({u"--demo"_s}).exitCode, 0);
    const QString db = frontdesk.defaultDatabase();
    const qint64 units = FrontDeskProcess::countRows(db, u"units"_s);
    const qint64 residents = FrontDeskProcess::countRows(db, u"residents"_s);
    const qint64 users = FrontDeskProcess::countRows(db, u"users"_s);
    const qint64 events = FrontDeskProcess::countRows(db, u"audit_events"_s);

    const auto again = frontdesk.run({u"--demo"_s});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(u"empty database"_s)) << again.all().toStdString();
    EXPECT_EQ(FrontDeskProcess::countRows(db, u"units"_s), units);
    EXPECT_EQ(FrontDeskProcess::countRows(db, u"residents"_s), residents);
    EXPECT_EQ(FrontDeskProcess::countRows(db, u"users"_s), users);
    EXPECT_EQ(FrontDeskProcess::countRows(db, u"audit_events"_s), events);

    const auto check = frontdesk.run({u"--check"_s});
    EXPECT_EQ(check.exitCode, 0) << check.all().toStdString();
}

TEST(CliDemo, ASiteAlreadySetUpGetsTheDemoStaffOnlyFromItsSignedInAdministrator)
{
    // Without a sign-in anyone with a shell could add a manager with the shared demo password.
    FrontDeskProcess frontdesk;
    const QString db = frontdesk.path(u"site.sqlite"_s);
    FrontDeskProcess::createSite(db); // 翠湖花园, administrator "admin"
    const auto anonymous = frontdesk.run({u"--database"_s, db, u"--demo"_s});
    EXPECT_EQ(anonymous.exitCode, 1) << anonymous.all().toStdString();
    EXPECT_TRUE(anonymous.err.contains(u"--as"_s)) << anonymous.err.toStdString();
    EXPECT_EQ(FrontDeskProcess::countRows(db, u"users"_s), 1);
    EXPECT_EQ(FrontDeskProcess::countRows(db, u"units"_s), 0);

    const auto wrong = frontdesk.run({u"--database"_s, db, u"--demo"_s, u"--as"_s, u"admin"_s}, "guessed-pass\n");
    EXPECT_EQ(wrong.exitCode, 1) << wrong.all().toStdString();
    EXPECT_EQ(FrontDeskProcess::countRows(db, u"users"_s), 1);

    const auto signedIn = frontdesk.run({u"--database"_s, db, u"--demo"_s, u"--as"_s, u"admin"_s}, "admin-pass-1\n");
    ASSERT_EQ(signedIn.exitCode, 0) << signedIn.all().toStdString();
    EXPECT_EQ(FrontDeskProcess::countRows(db, u"users"_s), fd::DemoSite::staff().size() + 1);
    EXPECT_EQ(FrontDeskProcess::countRows(db, u"units"_s), fd::DemoSite::UnitTotal);
}
