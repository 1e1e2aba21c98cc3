// The Database runs the same SQL on SQLite and PostgreSQL; every test here runs on both when
// FRONTDESK_TEST_PG names a server (CI always does).
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"
#include "support/FakeClock.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class DatabaseTest : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        m_tdb = std::make_unique<TestDatabase>(GetParam());
        auto db = Database::open(m_tdb->spec());
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        m_db = std::move(db).value();
        ASSERT_TRUE(Migrator().migrate(*m_db, m_clock).ok());
    }
    qint64 count(const QString& table) { return m_db->scalar(u"SELECT COUNT(*) FROM "_s + table).value().toLongLong(); }
    qint64 addSite(const QString& name)
    {
        auto id =
            m_db->insert(u"INSERT INTO sites (name, created_ms) VALUES (?, ?) RETURNING id"_s, {name, m_clock.nowMs()});
        EXPECT_TRUE(id.ok());
        return id.ok() ? id.value() : 0;
    }

    FakeClock m_clock;
    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
};

TEST_P(DatabaseTest, InsertReturningGivesEachNewRowItsOwnId)
{
    const qint64 a = addSite(u"A"_s);
    const qint64 b = addSite(u"B"_s);
    EXPECT_GT(a, 0);
    EXPECT_EQ(b, a + 1);
}

TEST_P(DatabaseTest, OnConflictUpdateRunsUnchangedOnBothDatabases)
{
    const QString sql = u"INSERT INTO settings (key, value, updated_ms) VALUES (?, ?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s;
    ASSERT_TRUE(m_db->exec(sql, {u"k"_s, u"1"_s, 0}).ok());
    ASSERT_TRUE(m_db->exec(sql, {u"k"_s, u"2"_s, 0}).ok());
    EXPECT_EQ(m_db->scalar(u"SELECT value FROM settings WHERE key = 'k'"_s).value().toString(), u"2"_s);
    EXPECT_EQ(count(u"settings"_s), 1);
}

TEST_P(DatabaseTest, ATransactionLeftWithoutCommitWritesNothing)
{
    {
        Transaction tx(*m_db);
        ASSERT_TRUE(tx.started().ok());
        addSite(u"never saved"_s);
    }
    EXPECT_EQ(count(u"sites"_s), 0);
}

TEST_P(DatabaseTest, AFailedInnerStepRollsBackTheWholeOuterTransaction)
{
    Transaction outer(*m_db);
    addSite(u"outer"_s);
    {
        Transaction inner(*m_db);
        addSite(u"inner"_s);
        // inner leaves without commit: it failed
    }
    EXPECT_FALSE(outer.commit().ok());
    EXPECT_EQ(count(u"sites"_s), 0);
}

TEST_P(DatabaseTest, CommittedWorkSurvivesReopening)
{
    {
        Transaction tx(*m_db);
        addSite(u"kept"_s);
        ASSERT_TRUE(tx.commit().ok());
    }
    m_db.reset();
    auto again = Database::open(m_tdb->spec());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value()->scalar(u"SELECT name FROM sites"_s).value().toString(), u"kept"_s);
}

TEST_P(DatabaseTest, TheDatabaseItselfRefusesToChangeOrDeleteAuditEvents)
{
    ASSERT_TRUE(
        m_db->exec(u"INSERT INTO audit_events (id, at_ms, actor, entity, entity_id, action, before_json, "
                   "after_json, prev_hash, hash) VALUES (1, 0, 'x', 'site', 1, 'created', '{}', '{}', '', 'h')"_s)
            .ok());
    EXPECT_FALSE(m_db->exec(u"UPDATE audit_events SET actor = 'someone else'"_s).ok());
    EXPECT_FALSE(m_db->exec(u"DELETE FROM audit_events"_s).ok());
    EXPECT_EQ(count(u"audit_events"_s), 1);
}

TEST_P(DatabaseTest, RecordsAreNeverHardDeleted)
{
    addSite(u"S"_s);
    EXPECT_FALSE(m_db->exec(u"DELETE FROM sites"_s).ok());
    EXPECT_EQ(count(u"sites"_s), 1);
}

TEST_P(DatabaseTest, ForeignKeysAreEnforced)
{
    EXPECT_FALSE(
        m_db->exec(u"INSERT INTO buildings (site_id, code, name, created_ms) VALUES (999, '1', '1', 0)"_s).ok());
}

TEST_P(DatabaseTest, SqliteRunsWithWalFullSyncAndForeignKeys)
{
    if (GetParam() != u"sqlite"_s)
        GTEST_SKIP() << "SQLite pragmas";
    EXPECT_EQ(m_db->scalar(u"PRAGMA journal_mode"_s).value().toString(), u"wal"_s);
    EXPECT_EQ(m_db->scalar(u"PRAGMA synchronous"_s).value().toInt(), 2); // FULL
    EXPECT_EQ(m_db->scalar(u"PRAGMA foreign_keys"_s).value().toInt(), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, DatabaseTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());
