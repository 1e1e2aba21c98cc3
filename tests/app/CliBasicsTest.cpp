// The real binary's command line: version, help and wrong arguments (exit code 2, usage on stderr).
#include "FrontDeskProcess.h"

#include <gtest/gtest.h>

#include <QFileInfo>

using namespace Qt::StringLiterals;
using fd::test::FrontDeskProcess;

TEST(CliBasics, VersionPrintsTheProgramVersionAndExitsZero)
{
    FrontDeskProcess frontdesk;
    const auto run = frontdesk.run({u"--version"_s});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral(FRONTDESK_VERSION))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"FrontDesk"_s));
}

TEST(CliBasics, HelpListsTheOptionsAndExitCodes)
{
    FrontDeskProcess frontdesk;
    const auto run = frontdesk.run({u"--help"_s});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(u"--import-units"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"Exit codes"_s));
}

TEST(CliBasics, UnknownOptionExitsTwoWithTheErrorAndUsage)
{
    FrontDeskProcess frontdesk;
    const auto run = frontdesk.run({u"--no-such-option"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"no-such-option"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"Usage:"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(frontdesk.defaultDatabase())) << "a wrong command line created the database";
}

TEST(CliBasics, TwoActionsAtOnceExitTwo)
{
    FrontDeskProcess frontdesk;
    const auto run = frontdesk.run({u"--check"_s, u"--demo"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"--check"_s)) << run.err.toStdString();
}

TEST(CliBasics, UnknownLanguageExitsTwo)
{
    FrontDeskProcess frontdesk;
    const auto run = frontdesk.run({u"--language"_s, u"fr"_s, u"--check"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"fr"_s)) << run.err.toStdString();
}

TEST(CliBasics, MissingValueExitsTwo)
{
    FrontDeskProcess frontdesk;
    const auto run = frontdesk.run({u"--backup"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"backup"_s)) << run.err.toStdString();
}

TEST(CliBasics, BadPostgresAddressExitsTwo)
{
    FrontDeskProcess frontdesk;
    const auto run = frontdesk.run({u"--database"_s, u"postgresql://"_s, u"--check"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"postgresql://"_s)) << run.err.toStdString();
}
