// The unit/resident CSV import against a real database (SQLite, and PostgreSQL when configured):
// what a good file creates, idempotence, updates with their audit events, preview, volume.
// (RegistryImportRefusalTest covers the files and users that must change nothing.)
#include "RegistryFixture.h"
#include "engine/AuditLog.h"
#include "modules/registry/RegistryService.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

#include <vector>

using namespace Qt::StringLiterals;
using fd::ImportReport;
using fd::test::TestDatabase;
using fd::test::TestHost;

namespace {

const QString kHeader = u"楼栋,单元,房号,类型,面积,业主,电话,住户,住户电话,管家\n"_s;

// Three units in two butler zones, four residents, five phone numbers (one a Shanghai landline).
QString sampleCsv()
{
    return kHeader + u"3,1,502,住宅,89.5,张三,13800001111,,,王管家\n"
                     "3,1,501,住宅,89.50,李四,13800002222/021-55556666,赵六,13900003333,王管家\n"
                     "3,2,101,商铺,120,王五,13800004444,,,李管家\n"_s;
}

QString problemsOf(const ImportReport& report)
{
    return report.text();
}

} // namespace

class RegistryImport : public fd::test::RegistryFixture
{
protected:
};

TEST_P(RegistryImport, ChineseHeadersCreateBuildingsUnitsResidentsPhonesAndButlerZones)
{
    const ImportReport report = import(sampleCsv());
    ASSERT_TRUE(report.accepted) << problemsOf(report).toStdString();
    EXPECT_EQ(report.rowsRead, 3);
    EXPECT_EQ(report.unitsAdded, 3);
    EXPECT_EQ(report.residentsAdded, 4);
    EXPECT_EQ(report.buildingsAdded, 1);
    EXPECT_EQ(report.zonesAdded, 2);
    EXPECT_EQ(report.encoding, u"UTF-8"_s);
    // buildings, zones, units, residents, phones; audit: site + admin from set-up, then 10 created records
    EXPECT_EQ(counts(), (std::vector<qint64>{1, 2, 3, 4, 5, 12}));

    auto q = host.db().exec(u"SELECT b.code, b.name, u.entrance, u.room, u.compact, u.type, u.area_centi, z.name, "
                            "z.butler_name FROM units u JOIN buildings b ON b.id = u.building_id "
                            "JOIN zones z ON z.id = u.zone_id WHERE u.code = '3-1-502'"_s);
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE(q.value().next());
    EXPECT_EQ(q.value().value(0).toString(), u"3"_s);
    EXPECT_EQ(q.value().value(1).toString(), u"3栋"_s);
    EXPECT_EQ(q.value().value(2).toString(), u"1"_s);
    EXPECT_EQ(q.value().value(3).toString(), u"502"_s);
    EXPECT_EQ(q.value().value(4).toString(), u"31502"_s);
    EXPECT_EQ(q.value().value(5).toString(), u"residential"_s);
    EXPECT_EQ(q.value().value(6).toLongLong(), 8950);
    EXPECT_EQ(q.value().value(7).toString(), u"王管家"_s);
    EXPECT_EQ(q.value().value(8).toString(), u"王管家"_s);
    EXPECT_EQ(scalar(u"SELECT area_centi FROM units WHERE code = '3-2-101'"_s), 12000);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM resident_phones WHERE phone = '02155556666' AND tail = '6666'"_s), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM residents WHERE name = '赵六' AND relation = 'tenant'"_s), 1);
}

TEST_P(RegistryImport, EnglishHeadersInAnyOrderWithCaseAndSpacesImport)
{
    const ImportReport report = import(u" Owner ,PHONE,Building,unit,Room,Area,TYPE\n"
                                       "张三,13800001111,3,1,502,89.5,Residential\n"
                                       "李四,13800002222,3,1,501,70,office\n"_s);
    ASSERT_TRUE(report.accepted) << problemsOf(report).toStdString();
    EXPECT_EQ(report.unitsAdded, 2);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM units WHERE code = '3-1-501' AND type = 'office'"_s), 1);
}

TEST_P(RegistryImport, GbkFileSavedByChineseExcelImportsWithChineseIntact)
{
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk.encode(sampleCsv());
    const ImportReport report = registry().importUnitsCsv(host.admin(), bytes);
    ASSERT_TRUE(report.accepted) << problemsOf(report).toStdString();
    EXPECT_EQ(report.encoding, u"GB18030"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM residents WHERE name = ?"_s, {u"张三"_s}), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM zones WHERE name = ?"_s, {u"李管家"_s}), 1);
}

TEST_P(RegistryImport, Utf8WithBomAndQuotedCellsImport)
{
    const QByteArray bytes =
        QByteArray("\xEF\xBB\xBF") + (kHeader + u"\"3\",\"1\",\"502\",\"住宅\",\"89.5\",\"张 \"\"小\"\" 三\","
                                                "\"13800001111, 13900002222\",,,\r\n"_s)
                                         .toUtf8();
    const ImportReport report = registry().importUnitsCsv(host.admin(), bytes);
    ASSERT_TRUE(report.accepted) << problemsOf(report).toStdString();
    EXPECT_EQ(report.encoding, u"UTF-8 (BOM)"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM residents WHERE name = ?"_s, {u"张 \"小\" 三"_s}), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM resident_phones"_s), 2);
}

TEST_P(RegistryImport, Utf16TabSeparatedUnicodeTextFromExcelImports)
{
    QString text = sampleCsv();
    text.replace(u',', u'\t');
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const ImportReport report = registry().importUnitsCsv(host.admin(), utf16.encode(text));
    ASSERT_TRUE(report.accepted) << problemsOf(report).toStdString();
    EXPECT_EQ(report.unitsAdded, 3);
}

TEST_P(RegistryImport, ImportingTheSameFileTwiceChangesNothingTheSecondTime)
{
    ASSERT_TRUE(import(sampleCsv()).accepted);
    const auto before = counts();
    const ImportReport again = import(sampleCsv());
    ASSERT_TRUE(again.accepted) << problemsOf(again).toStdString();
    EXPECT_EQ(again.unitsAdded, 0);
    EXPECT_EQ(again.unitsUpdated, 0);
    EXPECT_EQ(again.unitsUnchanged, 3);
    EXPECT_EQ(again.residentsAdded, 0);
    EXPECT_EQ(again.residentsUnchanged, 4);
    EXPECT_FALSE(again.changedAnything());
    EXPECT_EQ(counts(), before); // audit events included
    EXPECT_TRUE(again.text().startsWith(u"Nothing changed"_s)) << again.text().toStdString();
}

TEST_P(RegistryImport, ChangedAreaUpdatesTheUnitAndAuditsBeforeAndAfter)
{
    ASSERT_TRUE(import(sampleCsv()).accepted);
    QString changed = sampleCsv();
    changed.replace(u"3,1,502,住宅,89.5"_s, u"3,1,502,住宅,95.25"_s);
    const ImportReport report = import(changed);
    ASSERT_TRUE(report.accepted) << problemsOf(report).toStdString();
    EXPECT_EQ(report.unitsUpdated, 1);
    EXPECT_EQ(report.unitsUnchanged, 2);
    EXPECT_EQ(scalar(u"SELECT area_centi FROM units WHERE code = '3-1-502'"_s), 9525);
    EXPECT_EQ(scalar(u"SELECT version FROM units WHERE code = '3-1-502'"_s), 2);

    auto history = host.services().audit.history(u"unit"_s, unitId(u"3-1-502"_s));
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history.value().size(), 2);
    const auto& e = history.value().last();
    EXPECT_EQ(e.action, u"updated"_s);
    EXPECT_EQ(e.actor, u"admin"_s);
    EXPECT_EQ(QJsonDocument::fromJson(e.beforeJson.toUtf8()).object().value(u"area_centi"_s).toInteger(), 8950);
    EXPECT_EQ(QJsonDocument::fromJson(e.afterJson.toUtf8()).object().value(u"area_centi"_s).toInteger(), 9525);
}

TEST_P(RegistryImport, ChangedButlerMovesTheUnitToThatButlersZoneAndEmptyButlerKeepsIt)
{
    ASSERT_TRUE(import(sampleCsv()).accepted);
    const ImportReport moved = import(kHeader + u"3,1,502,住宅,89.5,张三,13800001111,,,李管家\n"
                                                "3,1,501,住宅,89.5,李四,13800002222,,,\n"_s);
    ASSERT_TRUE(moved.accepted) << problemsOf(moved).toStdString();
    EXPECT_EQ(moved.unitsUpdated, 1);
    EXPECT_EQ(moved.unitsUnchanged, 1);
    EXPECT_EQ(moved.zonesAdded, 0);
    const QString zoneOf = u"SELECT z.name FROM units u JOIN zones z ON z.id = u.zone_id WHERE u.code = ?"_s;
    EXPECT_EQ(host.db().scalar(zoneOf, {u"3-1-502"_s}).value().toString(), u"李管家"_s);
    EXPECT_EQ(host.db().scalar(zoneOf, {u"3-1-501"_s}).value().toString(), u"王管家"_s);
}

TEST_P(RegistryImport, NewPhoneIsAddedToAKnownResidentAndANewTenantIsAdded)
{
    ASSERT_TRUE(import(sampleCsv()).accepted);
    const ImportReport report =
        import(kHeader + u"3,1,502,住宅,89.5,张三,13800001111/13700007777,钱七,13600006666,\n"_s);
    ASSERT_TRUE(report.accepted) << problemsOf(report).toStdString();
    EXPECT_EQ(report.unitsUnchanged, 1);
    EXPECT_EQ(report.residentsUpdated, 1);
    EXPECT_EQ(report.residentsAdded, 1);
    EXPECT_TRUE(report.changedAnything());
    const qint64 zhang = scalar(u"SELECT id FROM residents WHERE name = ?"_s, {u"张三"_s});
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM resident_phones WHERE resident_id = ?"_s, {zhang}), 2);
    auto history = host.services().audit.history(u"resident"_s, zhang);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history.value().size(), 2);
    EXPECT_EQ(history.value().last().action, u"updated"_s);
    EXPECT_TRUE(history.value().last().afterJson.contains(u"13700007777"_s));
}

TEST_P(RegistryImport, EveryCreatedRecordIsAuditedAndTheChainStillVerifies)
{
    const qint64 before = scalar(u"SELECT COUNT(*) FROM audit_events"_s);
    ASSERT_TRUE(import(sampleCsv()).accepted);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'unit' AND action = 'created'"_s), 3);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'resident' AND action = 'created'"_s), 4);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events"_s) - before, 10); // + 1 building, 2 zones
    auto verified = host.services().audit.verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified.value().ok) << verified.value().reason.toStdString();
}

TEST_P(RegistryImport, CommandLineSystemSessionMayImport)
{
    const ImportReport report = registry().importUnitsCsv(fd::Session::system(), sampleCsv().toUtf8());
    ASSERT_TRUE(report.accepted) << problemsOf(report).toStdString();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'unit' AND actor = 'system'"_s), 3);
}

TEST_P(RegistryImport, PreviewCountsWhatWouldChangeAndWritesNothing)
{
    const auto empty = counts();
    const ImportReport first = registry().previewUnitsCsv(sampleCsv().toUtf8());
    EXPECT_TRUE(first.accepted);
    EXPECT_TRUE(first.preview);
    EXPECT_EQ(first.unitsAdded, 3);
    EXPECT_EQ(first.residentsAdded, 4);
    EXPECT_EQ(first.zonesAdded, 2);
    EXPECT_EQ(counts(), empty);

    ASSERT_TRUE(import(sampleCsv()).accepted);
    const auto imported = counts();
    QString changed = sampleCsv();
    changed.replace(u"3,2,101,商铺,120"_s, u"3,2,101,写字间,120"_s);
    const ImportReport second = registry().previewUnitsCsv(changed.toUtf8());
    EXPECT_TRUE(second.accepted);
    EXPECT_EQ(second.unitsAdded, 0);
    EXPECT_EQ(second.unitsUpdated, 1);
    EXPECT_EQ(second.unitsUnchanged, 2);
    EXPECT_EQ(second.residentsUnchanged, 4);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM units WHERE type = 'shop'"_s), 1);

    const ImportReport bad = registry().previewUnitsCsv((changed + u"5,1,102,住宅,60,某人,1,,,\n"_s).toUtf8());
    EXPECT_FALSE(bad.accepted);
    EXPECT_EQ(bad.problems.size(), 1);
    EXPECT_EQ(counts(), imported);
}

TEST_P(RegistryImport, AThousandUnitFileImportsInOneGoAndIsUnchangedTheSecondTime)
{
    QString csv = kHeader;
    for (int i = 0; i < 1000; ++i)
        csv += u"%1,%2,%3,住宅,%4.%5,业主%6,138%7,,,管家%8\n"_s.arg(i / 100 + 1)
                   .arg(i / 50 % 2 + 1)
                   .arg(100 + i % 50)
                   .arg(60 + i % 40)
                   .arg(i % 100, 2, 10, QChar(u'0'))
                   .arg(i)
                   .arg(i, 8, 10, QChar(u'0'))
                   .arg(i % 7);
    const ImportReport report = import(csv);
    ASSERT_TRUE(report.accepted) << problemsOf(report).left(500).toStdString();
    EXPECT_EQ(report.unitsAdded, 1000);
    EXPECT_EQ(report.buildingsAdded, 10);
    EXPECT_EQ(report.zonesAdded, 7);
    const ImportReport again = import(csv);
    EXPECT_EQ(again.unitsUnchanged, 1000);
    EXPECT_FALSE(again.changedAnything());
}

INSTANTIATE_TEST_SUITE_P(Backends, RegistryImport, ::testing::ValuesIn(TestDatabase::backends()),
                         fd::test::BackendName());
