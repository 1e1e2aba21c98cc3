// --import-units on the real binary: all or nothing, re-runs change nothing, problems name the row.
#include "FrontDeskProcess.h"

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

    FrontDeskProcess::Run import(const QByteArray& csv, const QString& name = u"units.csv"_s) const
    {
        const QString file = frontdesk.path(name);
        FrontDeskProcess::writeFile(file, csv);
        return frontdesk.run({u"--import-units"_s, file, u"--database"_s, m_db});
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
    const qint64 events = FrontDeskProcess::countRows(m_db, u"audit_events"_s);

    const auto again = import(kGoodCsv);
    EXPECT_EQ(again.exitCode, 0) << again.all().toStdString();
    EXPECT_TRUE(again.out.contains(u"Nothing new"_s)) << again.out.toStdString();
    EXPECT_FALSE(again.out.contains(u"3 added"_s));
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"units"_s), 3);
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"residents"_s), 4);
    EXPECT_EQ(FrontDeskProcess::countRows(m_db, u"audit_events"_s), events);
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
    const auto result = frontdesk.run({u"--import-units"_s, missing});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(missing)) << result.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(frontdesk.defaultDatabase()));
}

TEST_F(CliImport, ImportIntoADatabaseWithoutASiteIsRefused)
{
    const QString file = frontdesk.path(u"units.csv"_s);
    FrontDeskProcess::writeFile(file, kGoodCsv);
    // No --database: the default file in the data folder is created, migrated, and has no site yet.
    const auto result = frontdesk.run({u"--import-units"_s, file});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.all().contains(u"not set up"_s)) << result.all().toStdString();
    EXPECT_EQ(FrontDeskProcess::countRows(frontdesk.defaultDatabase(), u"units"_s), 0);
}
