// The import is all or nothing: a bad file, or a user who may not import, changes no row at all,
// and the report names every bad row and why. Real databases (SQLite, and PostgreSQL when configured).
#include "RegistryFixture.h"
#include "modules/registry/RegistryService.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;
using fd::ImportReport;
using fd::Role;
using fd::test::TestDatabase;
using fd::test::TestHost;

namespace {

const QString kHeader = u"楼栋,单元,房号,类型,面积,业主,电话,住户,住户电话,管家\n"_s;

// Three units in two butler zones, four residents: the registry a bad file must leave alone.
QString sampleCsv()
{
    return kHeader + u"3,1,502,住宅,89.5,张三,13800001111,,,王管家\n"
                     "3,1,501,住宅,89.50,李四,13800002222/021-55556666,赵六,13900003333,王管家\n"
                     "3,2,101,商铺,120,王五,13800004444,,,李管家\n"_s;
}

// Two good rows (a changed area and a new unit) and then the row under test, as data row 3.
QString withBadRow(const QString& badRow)
{
    return kHeader +
           u"3,1,502,住宅,95,张三,13800001111,,,王管家\n"
           "5,1,101,住宅,60,新人,13800009999,,,新管家\n"_s +
           badRow + u'\n';
}

} // namespace

class RegistryImportRefusal : public fd::test::RegistryFixture
{
protected:
    // Imports the sample, then a bad file: nothing of the bad file may reach the database.
    ImportReport expectRefused(const QString& csv)
    {
        EXPECT_TRUE(import(sampleCsv()).accepted);
        const auto before = counts();
        const qint64 area = scalar(u"SELECT area_centi FROM units WHERE code = '3-1-502'"_s);
        ImportReport report = import(csv);
        EXPECT_FALSE(report.accepted);
        EXPECT_FALSE(report.changedAnything());
        EXPECT_FALSE(report.problems.isEmpty());
        EXPECT_EQ(counts(), before);
        EXPECT_EQ(scalar(u"SELECT area_centi FROM units WHERE code = '3-1-502'"_s), area);
        return report;
    }
};

TEST_P(RegistryImportRefusal, MissingRequiredColumnImportsNothingAndNamesTheColumn)
{
    const QStringList header{u"building"_s, u"unit"_s, u"room"_s, u"type"_s, u"area"_s, u"owner"_s, u"phone"_s};
    const QStringList row{u"5"_s, u"1"_s, u"101"_s, u"shop"_s, u"60"_s, u"新人"_s, u"13800009999"_s};
    const QStringList chinese{u"楼栋"_s, u"单元"_s, u"房号"_s, u"类型"_s, u"面积"_s, u"业主"_s, u"电话"_s};
    for (int missing = 0; missing < header.size(); ++missing) {
        QStringList h = header, r = row;
        h.removeAt(missing);
        r.removeAt(missing);
        const ImportReport report =
            registry().importUnitsCsv(host.admin(), (h.join(u',') + u'\n' + r.join(u',')).toUtf8());
        EXPECT_FALSE(report.accepted);
        ASSERT_EQ(report.problems.size(), 1) << header[missing].toStdString();
        EXPECT_EQ(report.problems.first().row, 0);
        EXPECT_TRUE(report.problems.first().message.contains(chinese[missing])) << report.text().toStdString();
        EXPECT_TRUE(report.problems.first().message.contains(header[missing])) << report.text().toStdString();
    }
    EXPECT_EQ(counts(), (std::vector<qint64>{0, 0, 0, 0, 0, 2}));
}

TEST_P(RegistryImportRefusal, EmptyRequiredCellImportsNothingAndNamesRowAndColumn)
{
    const ImportReport report = expectRefused(withBadRow(u"5,1,102,住宅,60,,13800009998,,,"_s));
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems.first().row, 3);
    EXPECT_EQ(report.problems.first().column, u"业主"_s);
    EXPECT_TRUE(report.text().contains(u"Row 4 (业主): "_s)) << report.text().toStdString();
}

TEST_P(RegistryImportRefusal, BadPhoneImportsNothingAndNamesTheNumber)
{
    const ImportReport report = expectRefused(withBadRow(u"5,1,102,住宅,60,某人,13800009998/12345,,,"_s));
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems.first().row, 3);
    EXPECT_EQ(report.problems.first().column, u"电话"_s);
    EXPECT_TRUE(report.problems.first().message.contains(u"12345"_s));
}

TEST_P(RegistryImportRefusal, TenantPhoneWithoutTenantImportsNothing)
{
    const ImportReport report = expectRefused(withBadRow(u"5,1,102,住宅,60,某人,13800009998,,13900001111,"_s));
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems.first().column, u"住户电话"_s);
}

TEST_P(RegistryImportRefusal, DuplicateUnitInTheFileImportsNothingAndNamesTheFirstRow)
{
    const ImportReport report = expectRefused(withBadRow(u"5,1,101,住宅,60,别人,13800009998,,,"_s));
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems.first().row, 3);
    EXPECT_TRUE(report.problems.first().message.contains(u"5-1-101"_s));
    // The first occurrence is data row 2, which a spreadsheet shows as row 3 (the header is row 1).
    EXPECT_TRUE(report.problems.first().message.contains(u"row 3"_s)) << report.text().toStdString();
}

TEST_P(RegistryImportRefusal, UnknownTypeImportsNothingAndNamesTheType)
{
    const ImportReport report = expectRefused(withBadRow(u"5,1,102,车位,60,某人,13800009998,,,"_s));
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems.first().column, u"类型"_s);
    EXPECT_TRUE(report.problems.first().message.contains(u"车位"_s));
}

TEST_P(RegistryImportRefusal, BadAreaImportsNothing)
{
    for (const QString& area : {u"abc"_s, u"89.555"_s, u"0"_s, u"100000"_s, u"-3"_s}) {
        const auto before = counts();
        const ImportReport report = import(withBadRow(u"5,1,102,住宅,"_s + area + u",某人,13800009998,,,"_s));
        EXPECT_FALSE(report.accepted);
        ASSERT_EQ(report.problems.size(), 1) << area.toStdString();
        EXPECT_EQ(report.problems.first().row, 3);
        EXPECT_EQ(report.problems.first().column, u"面积"_s);
        EXPECT_EQ(counts(), before);
    }
}

TEST_P(RegistryImportRefusal, WrongNumberOfCellsImportsNothing)
{
    const ImportReport report = expectRefused(withBadRow(u"5,1,102,住宅,60,某人,13800009998"_s));
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems.first().row, 3);
    EXPECT_TRUE(report.problems.first().message.contains(u"7"_s));
    EXPECT_TRUE(report.problems.first().message.contains(u"10"_s));
}

TEST_P(RegistryImportRefusal, UnclosedQuoteImportsNothingAndNamesTheRow)
{
    const ImportReport report = expectRefused(withBadRow(u"5,1,102,住宅,60,\"某人,13800009998,,,"_s));
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems.first().row, 3);
}

TEST_P(RegistryImportRefusal, EveryBadRowIsNamedWithItsReasonNotJustTheFirst)
{
    const ImportReport report = expectRefused(kHeader + u"5,1,101,住宅,60,甲,13800009999,,,\n"
                                                        "5,1,102,住宅,60,乙,138,,,\n"
                                                        "5,1,103,住宅,60,丙,13800009997,,,\n"
                                                        "5,1,104,仓库,6x,丁,13800009996,,,\n"
                                                        "5,1,105,住宅,60\n"_s);
    EXPECT_EQ(report.badRowCount(), 3);
    ASSERT_EQ(report.problems.size(), 4); // row 4 has two problems
    EXPECT_EQ(report.problems[0].row, 2);
    EXPECT_EQ(report.problems[1].row, 4);
    EXPECT_EQ(report.problems[2].row, 4);
    EXPECT_EQ(report.problems[3].row, 5);
    const QString text = report.text();
    EXPECT_TRUE(text.startsWith(u"Nothing was imported: 3 row"_s)) << text.toStdString();
    // A person reads spreadsheet rows: the header is row 1, so data row 2 is row 3.
    EXPECT_TRUE(text.contains(u"Row 3 (电话): "_s));
    EXPECT_TRUE(text.contains(u"Row 5 (类型): "_s));
    EXPECT_TRUE(text.contains(u"Row 5 (面积): "_s));
    EXPECT_TRUE(text.contains(u"Row 6: "_s));
}

TEST_P(RegistryImportRefusal, ARowTheDatabaseRefusesIsNamedWithinTheRowsWrittenWithIt)
{
    // Issue 16: new units go to the database many rows a statement; when the database refuses
    // one of them (here a rule the site's database has, on room 9055), the problem names the rows
    // written together, so the person finds the bad one, and nothing is imported.
    const bool pg = host.db().backend() == fd::Backend::Postgres;
    const QString refuse =
        pg ? u"CREATE FUNCTION refuse_room() RETURNS trigger AS $$ BEGIN IF NEW.room = '9055' THEN RAISE EXCEPTION "
             "'room 9055 is not let'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql; CREATE TRIGGER refuse_room BEFORE "
             "INSERT ON units FOR EACH ROW EXECUTE FUNCTION refuse_room()"_s
           : u"CREATE TRIGGER refuse_room BEFORE INSERT ON units WHEN NEW.room = '9055' BEGIN SELECT "
             "RAISE(ABORT, 'room 9055 is not let'); END"_s;
    ASSERT_TRUE(host.db().exec(refuse).ok());
    QString csv = kHeader;
    int badSheetRow = 0;
    for (int i = 1; i <= 600; ++i) {
        csv += u"7,1,%1,住宅,60,业主%2,1380000%3,,,\n"_s.arg(9000 + i).arg(i).arg(i, 4, 10, QChar(u'0'));
        if (9000 + i == 9055)
            badSheetRow = i + 1; // the header is the sheet's row 1
    }
    const ImportReport report = expectRefused(csv);
    ASSERT_EQ(report.problems.size(), 1);
    const QString said = report.problems.first().message;
    EXPECT_TRUE(said.contains(u"room 9055 is not let"_s)) << said.toStdString();
    const QRegularExpressionMatch rows = QRegularExpression(u"Rows (\\d+) to (\\d+)"_s).match(said);
    ASSERT_TRUE(rows.hasMatch()) << said.toStdString();
    EXPECT_LE(rows.captured(1).toInt(), badSheetRow);
    EXPECT_GE(rows.captured(2).toInt(), badSheetRow);
    EXPECT_EQ(report.problems.first().sheetRow(), rows.captured(1).toInt()) << "shown at the first of them";
}

TEST_P(RegistryImportRefusal, ClerkIsRefusedTheImportAndNothingIsWritten)
{
    const fd::Session clerk = host.signedIn(Role::Clerk);
    const auto before = counts();
    const ImportReport report = registry().importUnitsCsv(clerk, sampleCsv().toUtf8());
    EXPECT_FALSE(report.accepted);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems.first().row, 0);
    EXPECT_EQ(report.problems.first().message, fd::Roles::refusal(fd::Role::Clerk, fd::Permission::ImportRegistry));
    EXPECT_EQ(counts(), before);
}

INSTANTIATE_TEST_SUITE_P(Backends, RegistryImportRefusal, ::testing::ValuesIn(TestDatabase::backends()),
                         fd::test::BackendName());
