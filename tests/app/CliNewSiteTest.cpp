// --new-site on the real binary: an IT person prepares a site's database before the desk opens.
#include "FrontDeskProcess.h"

#include "app/ServiceHost.h"
#include "engine/AccountService.h"
#include "engine/SiteSetup.h"
#include "support/FakeClock.h"

#include <gtest/gtest.h>

#include <QFileInfo>

using namespace Qt::StringLiterals;
using fd::test::FrontDeskProcess;

namespace {

class CliNewSite : public ::testing::Test
{
protected:
    FrontDeskProcess::Run newSite(const QByteArray& input, const QStringList& more = {}) const
    {
        return frontdesk.run(QStringList{u"--database"_s, m_db, u"--new-site"_s, u"翠湖花园"_s, u"--admin"_s,
                                         u"it.admin"_s} +
                                 more,
                             input);
    }

    FrontDeskProcess frontdesk;
    QString m_db = frontdesk.path(u"site.sqlite"_s);
};

} // namespace

TEST_F(CliNewSite, ANewDatabaseGetsItsSiteAndAnAdministratorWhoCanSignIn)
{
    const auto run = newSite("first-pass-1\n", {u"--admin-name"_s, u"周涛"_s});
    ASSERT_EQ(run.exitCode, 0) << run.all().toStdString();
    const QStringList lines = run.out.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 1) << "one line of summary: " << run.out.toStdString();
    EXPECT_TRUE(lines.first().contains(u"翠湖花园"_s) && lines.first().contains(u"it.admin"_s)) << run.out.toStdString();
    EXPECT_FALSE(run.all().contains(u"first-pass-1"_s)) << "the password is never echoed";

    fd::test::FakeClock clock;
    auto host = fd::ServiceHost::open(fd::ConnectionSpec::sqlite(m_db), clock);
    ASSERT_TRUE(host.ok());
    EXPECT_EQ(host.value()->services().site.siteName(), u"翠湖花园"_s);
    auto admin = host.value()->services().accounts.signIn(u"it.admin"_s, u"first-pass-1"_s);
    ASSERT_TRUE(admin.ok()) << admin.error().message.toStdString();
    EXPECT_EQ(admin.value().user.role, fd::Role::Admin);
    EXPECT_EQ(admin.value().user.displayName, u"周涛"_s);
}

TEST_F(CliNewSite, ADatabaseThatAlreadyHasASiteIsRefusedAndNotChanged)
{
    ASSERT_EQ(newSite("first-pass-1\n").exitCode, 0);
    const QByteArray before = FrontDeskProcess::bytes(m_db);
    const qint64 users = FrontDeskProcess::countRows(m_db, u"users"_s);
    const qint64 events = FrontDeskProcess::countRows(m_db, u"audit_events"_s);

    const auto again = frontdesk.run({u"--database"_s, m_db, u"--new-site"_s, u"别的小区"_s, u"--admin"_s,
                                      u"other.admin"_s},
                                     "second-pass-1\n");
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(u"already has a site (翠湖花园)"_s)) << again.all().toStdString();
    EXPECT_FALSE(again.err.contains(u"Password for"_s)) << "refused before asking for a password";
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"users"_s), users);
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"audit_events"_s), events);
    EXPECT_EQ(FrontDeskProcess::bytes(m_db), before);
}

TEST_F(CliNewSite, ABadOrMissingPasswordLeavesNoDatabaseBehind)
{
    const auto shortPassword = newSite("abc\n");
    EXPECT_EQ(shortPassword.exitCode, 1);
    EXPECT_TRUE(shortPassword.err.contains(u"at least"_s)) << shortPassword.all().toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_db));

    const auto none = newSite({});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains(u"No password"_s)) << none.all().toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_db));

    const auto badLogin = frontdesk.run({u"--database"_s, m_db, u"--new-site"_s, u"翠湖花园"_s, u"--admin"_s,
                                         u"管理员"_s},
                                        "first-pass-1\n");
    EXPECT_EQ(badLogin.exitCode, 1);
    EXPECT_TRUE(badLogin.err.contains(u"--admin"_s)) << badLogin.all().toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_db));
}

TEST_F(CliNewSite, TheAdministratorAndTheNameAreRequiredAndGoOnlyWithNewSite)
{
    EXPECT_EQ(frontdesk.run({u"--database"_s, m_db, u"--new-site"_s, u"翠湖花园"_s}).exitCode, 2);
    EXPECT_EQ(frontdesk.run({u"--database"_s, m_db, u"--admin"_s, u"it.admin"_s}).exitCode, 2);
    EXPECT_EQ(frontdesk.run({u"--database"_s, m_db, u"--new-site"_s, u"翠湖花园"_s, u"--admin"_s, u"it.admin"_s,
                             u"--demo"_s})
                  .exitCode,
              2);
    EXPECT_FALSE(QFileInfo::exists(m_db));
}

TEST_F(CliNewSite, AfterItTheUnitsImportFromTheCommandLine)
{
    ASSERT_EQ(newSite("first-pass-1\n").exitCode, 0);
    const QString csv = frontdesk.path(u"units.csv"_s);
    FrontDeskProcess::writeFile(csv, "楼栋,单元,房号,类型,面积,业主,电话\n3,1,502,住宅,89.5,张伟,13812345678\n");
    const auto imported =
        frontdesk.run({u"--database"_s, m_db, u"--import-units"_s, csv, u"--as"_s, u"it.admin"_s}, "first-pass-1\n");
    EXPECT_EQ(imported.exitCode, 0) << imported.all().toStdString();
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"units"_s), 1);
}
