// --backup, --check and --verify-audit on the real binary: they report, refuse and never change
// the database they look at.
#include "FrontDeskProcess.h"

#include "engine/AuditLog.h"
#include "modules/moves/OwnerArchiveService.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrator.h"
#include "support/FakeClock.h"

#include <gtest/gtest.h>

#include <QFileInfo>

using namespace Qt::StringLiterals;
using fd::test::FrontDeskProcess;

namespace {

class CliDatabase : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = frontdesk.path(u"desk.sqlite"_s);
        FrontDeskProcess::createSite(m_db);
    }

    FrontDeskProcess::Run run(QStringList arguments) const
    {
        return frontdesk.run(arguments << u"--database"_s << m_db);
    }

    FrontDeskProcess frontdesk;
    QString m_db;
};

} // namespace

TEST_F(CliDatabase, BackupWritesACopyThatOpensAndVerifies)
{
    const QString target = frontdesk.path(u"copy.sqlite"_s);
    const auto result = run({u"--backup"_s, target});
    ASSERT_EQ(result.exitCode, 0) << result.all().toStdString();
    EXPECT_TRUE(result.out.contains(target)) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(u"schema version: %1"_s.arg(fd::Migrator().latestVersion())));

    auto copy = fd::Database::open(fd::ConnectionSpec::sqlite(target), fd::Database::OpenMode::ReadOnly);
    ASSERT_TRUE(copy.ok()) << copy.error().message.toStdString();
    auto problems = fd::IntegrityCheck::run(*copy.value(), fd::IntegrityCheck::Depth::Full);
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems.value().isEmpty());
    fd::test::FakeClock clock;
    fd::AuditLog audit(*copy.value(), clock);
    auto verification = audit.verify();
    ASSERT_TRUE(verification.ok());
    EXPECT_TRUE(verification.value().ok);
    EXPECT_GT(verification.value().checked, 0);
    EXPECT_TRUE(result.out.contains(u"audit events: %1"_s.arg(verification.value().checked)))
        << result.out.toStdString();
}

TEST_F(CliDatabase, BackupRefusesAnExistingTargetAndLeavesItAlone)
{
    const QString target = frontdesk.path(u"taken.sqlite"_s);
    FrontDeskProcess::writeFile(target, "keep me");
    const auto result = run({u"--backup"_s, target});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(u"already exists"_s)) << result.err.toStdString();
    EXPECT_EQ(FrontDeskProcess::bytes(target), QByteArray("keep me"));
}

// R-FE-5: a unit's balance is the sum of its entries; --check says so, and names a payment whose
// parts do not add up to it (here one written past the program, settling nothing and kept as nothing).
TEST_F(CliDatabase, CheckFindsAFeeLedgerThatDoesNotAddUp)
{
    const auto healthy = run({u"--check"_s});
    EXPECT_EQ(healthy.exitCode, 0) << healthy.all().toStdString();
    EXPECT_TRUE(healthy.out.contains(u"Fee ledger: ok"_s)) << healthy.out.toStdString();
    FrontDeskProcess::execRaw(
        m_db, {u"INSERT INTO buildings (site_id, code, name, created_ms) SELECT id, '1', '1', 0 FROM sites"_s,
               u"INSERT INTO units (building_id, entrance, room, code, compact, type, area_centi, created_ms) "
               "SELECT id, '1', '101', '1-1-101', '11101', 'residential', 8937, 0 FROM buildings"_s,
               u"INSERT INTO payments (receipt_no, unit_id, method, amount_fen, credit_fen, taken_ms, taken_by) "
               "SELECT 'SJ2026000001', u.id, 'cash', 10000, 0, 0, (SELECT MIN(id) FROM users) FROM units u"_s});
    const auto broken = run({u"--check"_s});
    EXPECT_EQ(broken.exitCode, 1) << broken.all().toStdString();
    EXPECT_TRUE(broken.out.contains(u"Fee ledger: 1 sum"_s)) << broken.out.toStdString();
    EXPECT_TRUE(broken.out.contains(u"SJ2026000001"_s)) << broken.out.toStdString();
}

// R-MI-2: the owners' archive keeps its files in the database: --check compares each with its hash
// and names one changed behind the program's back; a backup carries them.
TEST_F(CliDatabase, CheckComparesTheArchivesFilesAndABackupCarriesThem)
{
    const QByteArray scan = "%PDF-1.4\n% 购房合同 第1页\n%%EOF\n";
    FrontDeskProcess::execRaw(
        m_db, {u"INSERT INTO buildings (site_id, code, name, created_ms) SELECT id, '1', '1', 0 FROM sites"_s,
               u"INSERT INTO units (building_id, entrance, room, code, compact, type, area_centi, created_ms) "
               "SELECT id, '1', '101', '1-1-101', '11101', 'residential', 8937, 0 FROM buildings"_s,
               u"INSERT INTO archive_files (unit_id, kind, title, file_name, mime, size_bytes, sha256, content, "
               "added_ms, added_by) SELECT u.id, 'document', '购房合同', 'contract.pdf', 'application/pdf', %1, "
               "'%2', X'%3', 0, (SELECT MIN(id) FROM users) FROM units u"_s.arg(scan.size())
                   .arg(fd::OwnerArchiveService::sha256Hex(scan), QString::fromLatin1(scan.toHex()))});
    const auto healthy = run({u"--check"_s});
    EXPECT_EQ(healthy.exitCode, 0) << healthy.all().toStdString();
    EXPECT_TRUE(healthy.out.contains(u"Owners' archive: ok, 1 file"_s)) << healthy.out.toStdString();

    const QString target = frontdesk.path(u"copy.sqlite"_s);
    ASSERT_EQ(run({u"--backup"_s, target}).exitCode, 0);
    auto copy = fd::Database::open(fd::ConnectionSpec::sqlite(target), fd::Database::OpenMode::ReadOnly);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(copy.value()->scalar(u"SELECT content FROM archive_files"_s).value().toByteArray(), scan);
    copy.value().reset();

    FrontDeskProcess::execRaw(m_db, {u"DROP TRIGGER archive_files_append_only_update"_s,
                                     u"UPDATE archive_files SET content = X'2550444600'"_s});
    const auto damaged = run({u"--check"_s});
    EXPECT_EQ(damaged.exitCode, 1) << damaged.all().toStdString();
    EXPECT_TRUE(damaged.out.contains(u"Owners' archive: 1 file"_s)) << damaged.out.toStdString();
    EXPECT_TRUE(damaged.out.contains(u"contract.pdf"_s)) << damaged.out.toStdString();
}

TEST_F(CliDatabase, CheckOnAHealthyDatabasePassesAndChangesNothing)
{
    const QByteArray before = FrontDeskProcess::bytes(m_db);
    const auto result = run({u"--check"_s});
    EXPECT_EQ(result.exitCode, 0) << result.all().toStdString();
    EXPECT_TRUE(result.out.contains(u"Integrity: ok"_s)) << result.out.toStdString();
    const int latest = fd::Migrator().latestVersion();
    EXPECT_TRUE(result.out.contains(u"Schema: %1 of %1"_s.arg(latest))) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(u"Audit chain: ok"_s)) << result.out.toStdString();
    EXPECT_EQ(FrontDeskProcess::bytes(m_db), before);
}

TEST_F(CliDatabase, CheckRefusesATextFileThatIsNotADatabaseAndLeavesItUnchanged)
{
    const QString notes = frontdesk.path(u"notes.txt"_s);
    const QByteArray text = "值班记录: 3-1-502 漏水, 已派工\nthis is not a database\n";
    FrontDeskProcess::writeFile(notes, text);
    const auto result = frontdesk.run({u"--check"_s, u"--database"_s, notes});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(u"is not a FrontDesk database"_s)) << result.err.toStdString();
    EXPECT_EQ(FrontDeskProcess::bytes(notes), text);
}

TEST_F(CliDatabase, CheckRefusesAMissingFileWithoutCreatingIt)
{
    const QString missing = frontdesk.path(u"nowhere.sqlite"_s);
    const auto result = frontdesk.run({u"--check"_s, u"--database"_s, missing});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(u"does not exist"_s)) << result.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));
}

TEST_F(CliDatabase, CheckSaysADatabaseNewerThanTheProgramIsNewerAndLeavesItUnchanged)
{
    FrontDeskProcess::execRaw(m_db, {u"INSERT INTO schema_version (version, name, applied_ms, app_version) "
                                     "VALUES (9999, 'from_the_future', 0, '99.0')"_s});
    const QByteArray before = FrontDeskProcess::bytes(m_db);
    const auto result = run({u"--check"_s});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.contains(u"newer"_s)) << result.all().toStdString();
    EXPECT_TRUE(result.out.contains(u"9999"_s));
    EXPECT_EQ(FrontDeskProcess::bytes(m_db), before);
}

TEST_F(CliDatabase, VerifyAuditOnAnUntouchedChainPasses)
{
    const auto result = run({u"--verify-audit"_s});
    EXPECT_EQ(result.exitCode, 0) << result.all().toStdString();
    EXPECT_TRUE(result.out.contains(u"intact"_s)) << result.out.toStdString();
}

TEST_F(CliDatabase, VerifyAuditNamesTheEventChangedBehindTheProgramsBack)
{
    FrontDeskProcess::execRaw(m_db, {u"DROP TRIGGER audit_events_append_only_update"_s,
                                     u"UPDATE audit_events SET after_json = '{\"name\":\"别的花园\"}' WHERE id = 2"_s});
    const auto result = run({u"--verify-audit"_s});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(u"event 2"_s)) << result.all().toStdString();
    EXPECT_TRUE(result.err.contains(u"changed"_s)) << result.err.toStdString();

    const auto check = run({u"--check"_s});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.out.contains(u"BROKEN at event 2"_s)) << check.all().toStdString();
}
