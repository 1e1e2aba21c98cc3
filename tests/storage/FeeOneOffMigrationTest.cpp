// Schema 30: the fee tables are rebuilt on SQLite (a line of a one-off charge has no rate) and altered
// on PostgreSQL. A database written before keeps every bill, payment and their links, and the ledger
// stays append-only (R-FE-5). Schema 32 keeps what each line still owes beside it (bill_line_open).
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "support/FakeClock.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

namespace {

class FeeOneOffMigrationTest : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        auto db = Database::open(m_tdb.spec());
        ASSERT_TRUE(db.ok());
        m_db = std::move(db.value());
        ASSERT_TRUE(Migrator().upTo(29).migrate(*m_db, m_clock).ok());
        for (const QString& sql :
             {u"INSERT INTO sites (name, created_ms) VALUES ('翠湖花园', 0)"_s,
              u"INSERT INTO users (login, display_name, role, password_hash, created_ms) "
              "VALUES ('cw', '出纳', 'cashier', 'x', 0)"_s,
              u"INSERT INTO buildings (site_id, code, name, created_ms) SELECT id, '1', '1', 0 FROM sites"_s,
              u"INSERT INTO units (building_id, entrance, room, code, compact, type, area_centi, created_ms) "
              "SELECT id, '1', '101', '1-1-101', '11101', 'residential', 8937, 0 FROM buildings"_s,
              u"INSERT INTO charge_items (code, name, basis, period, due_day, created_ms) "
              "VALUES ('WY', '物业费', 'area', 'monthly', 10, 0)"_s,
              u"INSERT INTO charge_rates (item_id, price_fen, valid_from, created_ms, created_by) "
              "SELECT i.id, 250, '2026-01-01', 0, u.id FROM charge_items i, users u"_s,
              u"INSERT INTO billing_runs (period, units, lines, total_fen, confirmed_ms, confirmed_by) "
              "SELECT '2026-11', 1, 1, 22343, 0, id FROM users"_s,
              u"INSERT INTO bill_lines (run_id, unit_id, item_id, period, months, rate_id, quantity, price_fen, "
              "amount_fen, due_day) SELECT r.id, u.id, i.id, '2026-11', 1, c.id, 8937, 250, 22343, '2026-11-10' "
              "FROM billing_runs r, units u, charge_items i, charge_rates c"_s,
              u"INSERT INTO payments (receipt_no, unit_id, method, amount_fen, credit_fen, taken_ms, taken_by) "
              "SELECT 'SJ2026000001', u.id, 'cash', 10000, 0, 0, s.id FROM units u, users s"_s,
              u"INSERT INTO payment_allocations (payment_id, line_id, unit_id, amount_fen, created_ms) "
              "SELECT p.id, l.id, l.unit_id, 10000, 0 FROM payments p, bill_lines l"_s})
            ASSERT_TRUE(m_db->exec(sql).ok()) << sql.toStdString();
        ASSERT_TRUE(Migrator().migrate(*m_db, m_clock).ok());
    }

    qint64 count(const QString& sql) { return m_db->scalar(sql).value().toLongLong(); }

    FakeClock m_clock;
    TestDatabase m_tdb{GetParam()};
    std::unique_ptr<Database> m_db;
};

TEST_P(FeeOneOffMigrationTest, TheLedgerWrittenBeforeIsKeptWithItsLinks)
{
    // R-FE-5: every bill and payment survives the upgrade, and the payment still settles its line.
    EXPECT_EQ(
        count(u"SELECT COUNT(*) FROM bill_lines WHERE amount_fen = 22343 AND rate_id IS NOT NULL AND note = ''"_s), 1);
    EXPECT_EQ(count(u"SELECT SUM(a.amount_fen) FROM payment_allocations a JOIN bill_lines l ON l.id = a.line_id"_s),
              10000);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM charge_items WHERE code = 'WY' AND basis = 'area'"_s), 1);
    if (m_db->dialect().backend() == Backend::Sqlite) {
        EXPECT_EQ(count(u"PRAGMA foreign_keys"_s), 1) << "foreign keys are on again after the rebuild";
        EXPECT_FALSE(m_db->exec(u"INSERT INTO payment_allocations (payment_id, line_id, unit_id, amount_fen, "
                                "created_ms) SELECT id, 999, unit_id, 1, 0 FROM payments"_s)
                         .ok())
            << "a part of a payment still needs its line";
    }
}

TEST_P(FeeOneOffMigrationTest, BillsStayAppendOnlyAndARatedPeriodIsStillBilledOnce)
{
    // R-FE-5: the rebuilt table keeps its guards.
    EXPECT_FALSE(m_db->exec(u"UPDATE bill_lines SET amount_fen = 1"_s).ok());
    EXPECT_FALSE(m_db->exec(u"DELETE FROM bill_lines"_s).ok());
    EXPECT_FALSE(m_db->exec(u"DELETE FROM charge_items"_s).ok());
    // R-FE-1: a second rated line for the same unit, item and month is refused.
    const QString copy = u"INSERT INTO bill_lines (run_id, unit_id, item_id, period, months, rate_id, quantity, "
                         "price_fen, amount_fen, due_day, note, repair_return_id) SELECT run_id, unit_id, item_id, "
                         "period, months, %1, %2, %3, amount_fen, due_day, %4, NULL FROM bill_lines"_s;
    EXPECT_FALSE(m_db->exec(copy.arg(u"rate_id"_s, u"quantity"_s, u"price_fen"_s, u"''"_s)).ok());
    // R-FE-4: one-off lines (no rate) of one unit may be several in a month, each with its own amount.
    EXPECT_TRUE(m_db->exec(copy.arg(u"NULL"_s, u"1"_s, u"amount_fen"_s, u"'换锁芯'"_s)).ok());
    EXPECT_TRUE(m_db->exec(copy.arg(u"NULL"_s, u"1"_s, u"amount_fen"_s, u"'疏通下水'"_s)).ok());
    EXPECT_FALSE(m_db->exec(copy.arg(u"NULL"_s, u"8937"_s, u"250"_s, u"'x'"_s)).ok())
        << "a line without a rate is one piece at its own amount";
    EXPECT_FALSE(m_db->exec(u"INSERT INTO charge_items (code, name, basis, period, due_day, created_ms) "
                            "VALUES ('X', 'x', 'per_visit', 'monthly', 5, 0)"_s)
                     .ok());
    EXPECT_TRUE(m_db->exec(u"INSERT INTO charge_items (code, name, basis, period, due_day, created_ms) "
                           "VALUES ('TY', '特约服务', 'one_off', 'monthly', 5, 0)"_s)
                    .ok());
    // Schema 33: metered items and deposits; the rebuilt table keeps its guard.
    EXPECT_TRUE(m_db->exec(u"INSERT INTO charge_items (code, name, basis, period, due_day, created_ms) "
                           "VALUES ('SF', '水费', 'meter', 'monthly', 20, 0)"_s)
                    .ok());
    EXPECT_TRUE(m_db->exec(u"INSERT INTO charge_items (code, name, basis, period, due_day, created_ms, listed) "
                           "VALUES ('YJ', '装修押金', 'deposit', 'monthly', 5, 0, FALSE)"_s)
                    .ok());
}

TEST_P(FeeOneOffMigrationTest, WhatALineStillOwesIsKeptFromTheLedgerWrittenBefore)
{
    // R-FE-5: the open amount is the line less its payments, filled from the ledger on the upgrade
    // and kept by the database after it: a reversal opens the line again, a new line opens in full,
    // and nothing settles a line with more than it owes.
    const QString open = u"SELECT open_fen FROM bill_line_open WHERE line_id = (SELECT MIN(id) FROM bill_lines)"_s;
    EXPECT_EQ(count(open), 22343 - 10000);
    EXPECT_FALSE(m_db->exec(u"INSERT INTO payment_allocations (payment_id, line_id, unit_id, amount_fen, created_ms) "
                            "SELECT p.id, l.id, l.unit_id, 12344, 0 FROM payments p, bill_lines l"_s)
                     .ok());
    ASSERT_TRUE(m_db->exec(u"INSERT INTO payment_reversals (payment_id, reason, requested_by, approved_by, "
                           "created_ms) SELECT p.id, '金额录错', u.id, u.id, 0 FROM payments p, users u"_s)
                    .ok());
    EXPECT_EQ(count(open), 22343);
    ASSERT_TRUE(m_db->exec(u"INSERT INTO bill_lines (run_id, unit_id, item_id, period, months, quantity, price_fen, "
                           "amount_fen, due_day, note) SELECT run_id, unit_id, item_id, period, 1, 1, 800, 800, "
                           "due_day, '换锁芯' FROM bill_lines"_s)
                    .ok());
    EXPECT_EQ(count(u"SELECT SUM(open_fen) FROM bill_line_open"_s), 22343 + 800);
    EXPECT_FALSE(m_db->exec(u"DELETE FROM bill_line_open"_s).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, FeeOneOffMigrationTest, ::testing::ValuesIn(TestDatabase::backends()),
                         BackendName());

} // namespace
