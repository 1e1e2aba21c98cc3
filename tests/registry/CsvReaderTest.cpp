// The file-reading half of the import, without a database: CSV records, text encodings, cell rules.
#include "modules/registry/CsvReader.h"
#include "modules/registry/ImportReport.h"
#include "modules/registry/TextDecoder.h"
#include "modules/registry/UnitCsvImporter.h"

#include <gtest/gtest.h>

#include <QStringEncoder>

using namespace Qt::StringLiterals;
using fd::CsvReader;
using fd::TextDecoder;
using fd::UnitCsvImporter;

namespace {

QList<QStringList> records(const QString& text)
{
    auto r = CsvReader::parse(text);
    EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
    return r.ok() ? r.value() : QList<QStringList>{};
}

} // namespace

TEST(CsvReader, SplitsPlainRecordsAtCommasAndLineBreaks)
{
    const auto r = records(u"a,b,c\n1,2,3\n"_s);
    ASSERT_EQ(r.size(), 2);
    EXPECT_EQ(r[0], (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    EXPECT_EQ(r[1], (QStringList{u"1"_s, u"2"_s, u"3"_s}));
}

TEST(CsvReader, QuotedCellsKeepCommasDoubledQuotesAndLineBreaks)
{
    const auto r = records(u"name,note\r\n\"张三, 李四\",\"he said \"\"hi\"\"\nand left\"\r\n"_s);
    ASSERT_EQ(r.size(), 2);
    EXPECT_EQ(r[1][0], u"张三, 李四"_s);
    EXPECT_EQ(r[1][1], u"he said \"hi\"\nand left"_s);
}

TEST(CsvReader, AcceptsCrLfLfAndLoneCrLineEnds)
{
    const auto r = records(u"a,b\r\n1,2\n3,4\r5,6"_s);
    ASSERT_EQ(r.size(), 4);
    EXPECT_EQ(r[3], (QStringList{u"5"_s, u"6"_s}));
}

TEST(CsvReader, IgnoresTrailingEmptyLinesAndExcelBlankRows)
{
    const auto r = records(u"a,b\n1,2\n\n,\r\n\n"_s);
    EXPECT_EQ(r.size(), 2);
}

TEST(CsvReader, KeepsBlankLinesInBetweenSoRecordNumbersMatchTheSpreadsheet)
{
    const auto r = records(u"a,b\n1,2\n\n3,4\n"_s);
    ASSERT_EQ(r.size(), 4);
    EXPECT_TRUE(CsvReader::isBlank(r[2]));
    EXPECT_EQ(r[3][0], u"3"_s);
}

TEST(CsvReader, EmptyCellsAndTrailingCommaAreCells)
{
    const auto r = records(u"a,,c,\n"_s);
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(r[0], (QStringList{u"a"_s, QString(), u"c"_s, QString()}));
}

TEST(CsvReader, UnclosedQuoteIsAnErrorNamingTheRecordWhereItOpened)
{
    auto r = CsvReader::parse(u"a,b\n1,2\n\"3,4\n5,6\n"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().row, 2);
    EXPECT_FALSE(r.error().message.isEmpty());
}

TEST(CsvReader, GuessesTabForExcelUnicodeTextAndCommaOtherwise)
{
    EXPECT_EQ(CsvReader::guessSeparator(u"楼栋\t单元\t房号\n"_s), QChar(u'\t'));
    EXPECT_EQ(CsvReader::guessSeparator(u"楼栋,单元,房号\n"_s), QChar(u','));
    const auto r = CsvReader::parse(u"a\tb\n1\t2\n"_s, u'\t');
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value()[1], (QStringList{u"1"_s, u"2"_s}));
}

TEST(TextDecoder, PlainUtf8IsUtf8)
{
    auto d = TextDecoder::decode(u"楼栋,单元"_s.toUtf8());
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->encoding, u"UTF-8"_s);
    EXPECT_EQ(d->text, u"楼栋,单元"_s);
}

TEST(TextDecoder, Utf8ByteOrderMarkIsRecognisedAndRemoved)
{
    auto d = TextDecoder::decode(QByteArray("\xEF\xBB\xBF") + u"楼栋"_s.toUtf8());
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->encoding, u"UTF-8 (BOM)"_s);
    EXPECT_EQ(d->text, u"楼栋"_s);
}

TEST(TextDecoder, GbkBytesFromChineseExcelAreReadAsGb18030)
{
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk.encode(u"楼栋,单元,业主\n3,1,张三\n"_s);
    ASSERT_FALSE(TextDecoder::isValidUtf8(bytes));
    auto d = TextDecoder::decode(bytes);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->encoding, u"GB18030"_s);
    EXPECT_EQ(d->text, u"楼栋,单元,业主\n3,1,张三\n"_s);
}

TEST(TextDecoder, Utf16LittleEndianWithBomIsRead)
{
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    auto d = TextDecoder::decode(utf16.encode(u"楼栋\t单元"_s));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->encoding, u"UTF-16LE (BOM)"_s);
    EXPECT_EQ(d->text, u"楼栋\t单元"_s);
}

TEST(TextDecoder, ExcelWorkbookIsRefusedWithAHowTo)
{
    auto d = TextDecoder::decode(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8));
    ASSERT_FALSE(d.ok());
    EXPECT_TRUE(d.error().message.contains(u"CSV"_s));
}

TEST(UnitCsvImporterRules, AreaIsParsedExactlyIntoHundredths)
{
    EXPECT_EQ(UnitCsvImporter::parseArea(u"89.5"_s).value(), 8950);
    EXPECT_EQ(UnitCsvImporter::parseArea(u"89.50"_s).value(), 8950);
    EXPECT_EQ(UnitCsvImporter::parseArea(u" 90 "_s).value(), 9000);
    EXPECT_EQ(UnitCsvImporter::parseArea(u"0.01"_s).value(), 1);
    EXPECT_EQ(UnitCsvImporter::parseArea(u"99999.99"_s).value(), 9999999);
    EXPECT_EQ(UnitCsvImporter::parseArea(u"0.29"_s).value(), 29); // 0.29 is not exact in binary floating point
    EXPECT_EQ(UnitCsvImporter::parseArea(u"120.5㎡"_s).value(), 12050);
    EXPECT_EQ(UnitCsvImporter::parseArea(u"８９.５"_s).value(), 8950);
}

TEST(UnitCsvImporterRules, AreaRefusesMoreThanTwoDecimalsZeroHugeAndNonNumbers)
{
    for (const QString& bad : {u""_s, u"abc"_s, u"89.555"_s, u"0"_s, u"0.00"_s, u"-5"_s, u"100000"_s,
                               u"1234567890123456789012"_s, u"1e3"_s, u"89,5"_s, u"89."_s, u".5"_s})
        EXPECT_FALSE(UnitCsvImporter::parseArea(bad).ok()) << bad.toStdString();
}

TEST(UnitCsvImporterRules, TypeAcceptsEnglishAndChineseWords)
{
    using fd::UnitType;
    EXPECT_EQ(UnitCsvImporter::parseType(u"Residential"_s), UnitType::Residential);
    EXPECT_EQ(UnitCsvImporter::parseType(u"住宅"_s), UnitType::Residential);
    EXPECT_EQ(UnitCsvImporter::parseType(u"SHOP"_s), UnitType::Shop);
    EXPECT_EQ(UnitCsvImporter::parseType(u"商铺"_s), UnitType::Shop);
    EXPECT_EQ(UnitCsvImporter::parseType(u"商业"_s), UnitType::Shop);
    EXPECT_EQ(UnitCsvImporter::parseType(u"office"_s), UnitType::Office);
    EXPECT_EQ(UnitCsvImporter::parseType(u"写字间"_s), UnitType::Office);
    EXPECT_EQ(UnitCsvImporter::parseType(u"办公"_s), UnitType::Office);
    EXPECT_FALSE(UnitCsvImporter::parseType(u"车位"_s).has_value());
}

TEST(UnitCsvImporterRules, PhoneCellSplitsAtEverySeparatorPeopleUse)
{
    EXPECT_EQ(UnitCsvImporter::splitPhones(u"13800001111/13900002222；0755-86001234、86001235，13700001111;1,2"_s),
              (QStringList{u"13800001111"_s, u"13900002222"_s, u"0755-86001234"_s, u"86001235"_s, u"13700001111"_s,
                           u"1"_s, u"2"_s}));
}

TEST(UnitCsvImporterRules, CompactCodeIsTheDigitsInOrder)
{
    EXPECT_EQ(UnitCsvImporter::compactOf(u"3-1-502"_s), u"31502"_s);
    EXPECT_EQ(UnitCsvImporter::compactOf(u"A-2-1001"_s), u"21001"_s);
    EXPECT_EQ(UnitCsvImporter::buildingName(u"3"_s), u"3栋"_s);
    EXPECT_EQ(UnitCsvImporter::buildingName(u"A座"_s), u"A座"_s);
}

TEST(UnitCsvImporterParse, HeaderNamesMatchInAnyOrderCaseAndSpacing)
{
    const auto parsed =
        UnitCsvImporter::parse(u" Phone ,ROOM,Unit, building ,Type,Area (m²),Owner,Tenant_Phone,tenant,BUTLER\n"
                               "13800001111,502,1,3,office,89.5,张三,13900002222,李四,王管家\n"_s.toUtf8());
    ASSERT_TRUE(parsed.problems.isEmpty()) << parsed.problems.first().message.toStdString();
    ASSERT_EQ(parsed.rows.size(), 1);
    const auto& row = parsed.rows.first();
    EXPECT_EQ(row.code, u"3-1-502"_s);
    EXPECT_EQ(row.compact, u"31502"_s);
    EXPECT_EQ(row.type, fd::UnitType::Office);
    EXPECT_EQ(row.areaCenti, 8950);
    EXPECT_EQ(row.butler, u"王管家"_s);
    ASSERT_EQ(row.people.size(), 2);
    EXPECT_EQ(row.people[1].name, u"李四"_s);
    EXPECT_EQ(row.people[1].relation, fd::ResidentRelation::Tenant);
    EXPECT_EQ(row.people[1].phones, QStringList{u"13900002222"_s});
}

TEST(UnitCsvImporterParse, ChineseSuffixesOnBuildingUnitAndRoomAreDropped)
{
    const auto parsed = UnitCsvImporter::parse(u"楼栋,单元,房号,类型,面积,业主,电话\n"
                                               "3栋,1单元,502室,住宅,89.5,张三,13800001111\n"_s.toUtf8());
    ASSERT_EQ(parsed.rows.size(), 1);
    EXPECT_EQ(parsed.rows.first().code, u"3-1-502"_s);
}

TEST(UnitCsvImporterParse, PhoneCellHoldingOnlySeparatorsCountsAsEmpty)
{
    const auto parsed = UnitCsvImporter::parse(u"楼栋,单元,房号,类型,面积,业主,电话\n"
                                               "3,1,502,住宅,89.5,张三, / \n"_s.toUtf8());
    ASSERT_EQ(parsed.problems.size(), 1);
    EXPECT_EQ(parsed.problems.first().row, 1);
    EXPECT_EQ(parsed.problems.first().column, u"电话"_s);
    EXPECT_TRUE(parsed.rows.isEmpty());
}

TEST(UnitCsvImporterParse, DuplicatedColumnIsAWholeFileProblem)
{
    const auto parsed = UnitCsvImporter::parse(u"楼栋,单元,房号,类型,面积,业主,电话,phone\n"_s.toUtf8());
    ASSERT_FALSE(parsed.problems.isEmpty());
    EXPECT_EQ(parsed.problems.first().row, 0);
    EXPECT_TRUE(parsed.problems.first().message.contains(u"电话"_s));
}

TEST(UnitCsvImporterParse, HeaderWithoutRowsIsAProblem)
{
    const auto parsed = UnitCsvImporter::parse(u"楼栋,单元,房号,类型,面积,业主,电话\n"_s.toUtf8());
    ASSERT_EQ(parsed.problems.size(), 1);
    EXPECT_EQ(parsed.problems.first().row, 0);
    EXPECT_TRUE(UnitCsvImporter::parse(QByteArray()).problems.size() == 1);
}

TEST(ImportReportText, SuccessSummaryCountsUnitsAndResidentsInWords)
{
    fd::ImportReport report;
    report.accepted = true;
    report.rowsRead = 3;
    report.unitsAdded = 2;
    report.unitsUpdated = 1;
    report.residentsAdded = 4;
    report.encoding = u"UTF-8"_s;
    const QString text = report.text();
    // Plural words come from the translation files, so only the numbers and fixed words are checked.
    EXPECT_TRUE(text.startsWith(u"Imported 3 unit"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"2 added, 1 updated, 0 unchanged."_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"4 added, 0 with new phone numbers, 0 unchanged."_s)) << text.toStdString();
}

TEST(ImportReportText, RefusalSaysNothingWasImportedAndListsEachProblemRow)
{
    fd::ImportReport report;
    report.problems = {{5, u"电话"_s, u"bad number"_s}, {7, {}, u"too few cells"_s}, {5, u"面积"_s, u"bad area"_s}};
    const QString text = report.text();
    EXPECT_TRUE(text.startsWith(u"Nothing was imported: 2 row"_s)) << text.toStdString();
    // Shown as spreadsheet rows: the header is row 1, so data row 5 is row 6.
    EXPECT_TRUE(text.contains(u"Row 6 (电话): bad number"_s));
    EXPECT_TRUE(text.contains(u"Row 8: too few cells"_s));
    EXPECT_TRUE(text.contains(u"Row 6 (面积): bad area"_s));
}
