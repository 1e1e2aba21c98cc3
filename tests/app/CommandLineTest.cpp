#include "app/CommandLine.h"
#include "core/AppPaths.h"

#include <gtest/gtest.h>

#include <QSettings>

using namespace Qt::StringLiterals;
using fd::CommandLine;

namespace {

CommandLine::Parsed parse(const QStringList& arguments)
{
    return CommandLine::parse(QStringList{u"frontdesk"_s} + arguments);
}

void expectRefused(const QStringList& arguments, const QString& mentioned)
{
    const CommandLine::Parsed parsed = parse(arguments);
    EXPECT_FALSE(parsed.ok()) << arguments.join(u' ').toStdString();
    EXPECT_EQ(parsed.argumentExitCode(), CommandLine::ExitBadArguments);
    EXPECT_TRUE(parsed.error.contains(mentioned))
        << "error: " << parsed.error.toStdString() << " should mention " << mentioned.toStdString();
}

} // namespace

TEST(CommandLine, NoArgumentsOpensTheDesktopWindow)
{
    const auto parsed = parse({});
    EXPECT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.action, CommandLine::Action::RunDesktop);
    EXPECT_FALSE(parsed.isConsole());
    EXPECT_EQ(parsed.argumentExitCode(), CommandLine::ExitOk);
}

TEST(CommandLine, EachActionIsRecognisedWithItsFile)
{
    auto parsed = parse({u"--import-units"_s, u"units.csv"_s, u"--as"_s, u"admin"_s});
    EXPECT_EQ(parsed.action, CommandLine::Action::ImportUnits);
    EXPECT_EQ(parsed.file, u"units.csv"_s);
    EXPECT_EQ(parsed.login, u"admin"_s);
    EXPECT_TRUE(parsed.isConsole());

    parsed = parse({u"--backup=/tmp/copy.sqlite"_s});
    EXPECT_EQ(parsed.action, CommandLine::Action::Backup);
    EXPECT_EQ(parsed.file, u"/tmp/copy.sqlite"_s);

    EXPECT_EQ(parse({u"--check"_s}).action, CommandLine::Action::Check);
    EXPECT_EQ(parse({u"--verify-audit"_s}).action, CommandLine::Action::VerifyAudit);
    EXPECT_EQ(parse({u"--demo"_s}).action, CommandLine::Action::Demo);
    for (const QString& action : {u"--check"_s, u"--verify-audit"_s, u"--demo"_s})
        EXPECT_TRUE(parse({action}).ok()) << action.toStdString();
}

TEST(CommandLine, DatabaseAndLanguageAreKeptBesideAnAction)
{
    const auto parsed = parse({u"--database"_s, u"/data/desk.sqlite"_s, u"--language"_s, u"zh_CN"_s, u"--check"_s});
    ASSERT_TRUE(parsed.ok()) << parsed.error.toStdString();
    EXPECT_EQ(parsed.database, u"/data/desk.sqlite"_s);
    EXPECT_EQ(parsed.language, u"zh_CN"_s);
    EXPECT_EQ(parsed.action, CommandLine::Action::Check);

    const auto english = parse({u"--language=en"_s});
    ASSERT_TRUE(english.ok());
    EXPECT_EQ(english.language, u"en"_s);
    EXPECT_EQ(english.action, CommandLine::Action::RunDesktop);
}

TEST(CommandLine, HelpAndVersionAreConsoleActions)
{
    EXPECT_EQ(parse({u"-h"_s}).action, CommandLine::Action::ShowHelp);
    EXPECT_EQ(parse({u"--help"_s}).action, CommandLine::Action::ShowHelp);
    EXPECT_EQ(parse({u"--version"_s}).action, CommandLine::Action::ShowVersion);
    EXPECT_TRUE(parse({u"--version"_s}).isConsole());
}

TEST(CommandLine, UnknownOptionIsRefusedWithExitCodeTwo)
{
    expectRefused({u"--frobnicate"_s}, u"frobnicate"_s);
}

TEST(CommandLine, MissingValueIsRefusedWithExitCodeTwo)
{
    expectRefused({u"--database"_s}, u"database"_s);
    expectRefused({u"--import-units"_s}, u"import-units"_s);
    expectRefused({u"--backup"_s}, u"backup"_s);
    expectRefused({u"--language"_s}, u"language"_s);
}

TEST(CommandLine, AnImportNamesTheAccountItActsAsAndAsGoesWithNothingElse)
{
    // The import writes under a person's name: without --as it is refused before anything is opened.
    expectRefused({u"--import-units"_s, u"units.csv"_s}, u"--as"_s);
    expectRefused({u"--import-units"_s, u"units.csv"_s, u"--as="_s}, u"--as"_s);
    expectRefused({u"--check"_s, u"--as"_s, u"admin"_s}, u"--as"_s);
}

TEST(CommandLine, EmptyFileNameIsRefusedWithExitCodeTwo)
{
    expectRefused({u"--backup="_s}, u"--backup"_s);
    expectRefused({u"--import-units"_s, u""_s}, u"--import-units"_s);
    expectRefused({u"--database="_s}, u"--database"_s);
}

TEST(CommandLine, TwoActionsAtOnceAreRefusedWithExitCodeTwo)
{
    expectRefused({u"--check"_s, u"--demo"_s}, u"--check"_s);
    expectRefused({u"--backup"_s, u"a.sqlite"_s, u"--verify-audit"_s}, u"--verify-audit"_s);
    const auto parsed = parse({u"--import-units"_s, u"a.csv"_s, u"--backup"_s, u"b.sqlite"_s});
    EXPECT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.isConsole()); // the error is printed, no window opens
}

TEST(CommandLine, UnknownLanguageIsRefusedWithExitCodeTwo)
{
    expectRefused({u"--language"_s, u"fr"_s}, u"fr"_s);
    expectRefused({u"--language"_s, u"klingon"_s, u"--check"_s}, u"zh_CN"_s);
}

TEST(CommandLine, StrayArgumentIsRefusedWithExitCodeTwo)
{
    expectRefused({u"units.csv"_s}, u"units.csv"_s);
}

TEST(CommandLine, HelpListsEveryOptionAndTheExitCodes)
{
    const QString help = CommandLine::helpText();
    for (const QString& option : {u"--database"_s, u"--import-units"_s, u"--backup"_s, u"--check"_s,
                                  u"--verify-audit"_s, u"--demo"_s, u"--language"_s, u"--help"_s, u"--version"_s})
        EXPECT_TRUE(help.contains(option)) << option.toStdString();
    EXPECT_TRUE(help.contains(u"Exit codes"_s));
    for (const QString& code : {u"  0  "_s, u"  1  "_s, u"  2  "_s})
        EXPECT_TRUE(help.contains(code)) << help.toStdString();
}

TEST(CommandLine, DatabaseComesFromTheOptionThenTheEnvironmentThenTheChosenServerThenTheDataFolder)
{
    qunsetenv("FRONTDESK_DATABASE");
    QSettings().remove(u"database/address"_s);
    auto spec = CommandLine::databaseSpec(parse({}));
    ASSERT_TRUE(spec.ok());
    EXPECT_EQ(spec.value().backend, fd::Backend::Sqlite);
    EXPECT_EQ(spec.value().path, fd::AppPaths::defaultDatabasePath());

    // Issue 16: the server the connection dialog chose on this computer.
    QSettings().setValue(u"database/address"_s, u"postgresql://desk@10.0.0.7:5432/site"_s);
    spec = CommandLine::databaseSpec(parse({}));
    QSettings().remove(u"database/address"_s);
    ASSERT_TRUE(spec.ok());
    EXPECT_EQ(spec.value().backend, fd::Backend::Postgres);
    EXPECT_EQ(spec.value().host, u"10.0.0.7"_s);

    qputenv("FRONTDESK_DATABASE", "postgresql://desk@db.example:5433/cuihu");
    spec = CommandLine::databaseSpec(parse({}));
    ASSERT_TRUE(spec.ok());
    EXPECT_EQ(spec.value().backend, fd::Backend::Postgres);
    EXPECT_EQ(spec.value().host, u"db.example"_s);
    EXPECT_EQ(spec.value().port, 5433);

    spec = CommandLine::databaseSpec(parse({u"--database"_s, u"/srv/desk.sqlite"_s}));
    qunsetenv("FRONTDESK_DATABASE");
    ASSERT_TRUE(spec.ok());
    EXPECT_EQ(spec.value().backend, fd::Backend::Sqlite);
    EXPECT_EQ(spec.value().path, u"/srv/desk.sqlite"_s);
}
