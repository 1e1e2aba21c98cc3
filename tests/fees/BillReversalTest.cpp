// A bill line taken back (R-FE-5): never changed or deleted, a reversal with its reason and a manager's
// approval takes it out of what the unit owes, and the month's run may bill it again, once.
#include "FeeFixture.h"

#include "core/Money.h"
#include "modules/fees/FeeLedger.h"
#include "modules/fees/MeterReadingService.h"
#include "modules/fees/PaymentService.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// Water at ¥4.20 a ton by meter; 1-1-101's December reading was typed as 130 instead of 103.
class BillReversalTest : public FeeFixture
{
protected:
    void SetUp() override
    {
        FeeFixture::SetUp();
        water = item(u"SF"_s, u"水费"_s, ChargeBasis::Meter, ChargePeriod::Monthly, 20);
        rate(water.id, 420, QDate(2026, 1, 1));
        home = unitId(u"1-1-101"_s);
        read(13000, 10000);
        run(u"2026-12"_s);
        line = scalar(u"SELECT id FROM bill_lines WHERE unit_id = ? AND item_id = ?"_s, {home, water.id});
    }

    void read(qint64 current, qint64 previous, const QString& note = {})
    {
        MeterReading r;
        r.itemId = water.id;
        r.unitId = home;
        r.period = u"2026-12"_s;
        r.currentCenti = current;
        r.previousCenti = previous;
        r.note = note;
        // A correction names the reading it corrects, as the dialog does for the unit chosen.
        if (auto seen = meters.current(home, water.id, r.period); seen.ok() && seen.value())
            r.replacesId = seen.value()->id;
        auto recorded = meters.record(cashier, r);
        ASSERT_TRUE(recorded.ok()) << recorded.error().message.toStdString();
    }

    qint64 owed() { return host.services().payments.account(cashier, home).value().owedFen; }

    QString refusal(const Result<BillLine>& r) { return r.ok() ? u"taken back"_s : r.error().field; }

    MeterReadingService meters{host.db(), host.clock(), host.services().audit};
    ChargeItem water;
    qint64 home = 0;
    qint64 line = 0;
};

// R-FE-5: the wrong line is taken back with a reason and a manager's approval: it stays as billed, the
// unit owes it no more, its reading can be corrected, and the month's run bills the right amount once,
// naming the line it replaces.
TEST_P(BillReversalTest, AWrongBillIsTakenBackAndBilledAgainOnce)
{
    EXPECT_EQ(owed(), 12600); // 30 t × 4.20
    auto taken = billing().reverseLine(cashier, manager, line, u"读数录错，应为103"_s);
    ASSERT_TRUE(taken.ok()) << taken.error().message.toStdString();
    EXPECT_EQ(owed(), 0);
    EXPECT_EQ(scalar(u"SELECT amount_fen FROM bill_lines WHERE id = ?"_s, {line}), 12600) << "never changed";
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'bill_line' AND action = 'reversed'"_s), 1);

    read(10300, 10000);
    run(u"2026-12"_s);
    EXPECT_EQ(owed(), 1260); // 3 t × 4.20
    EXPECT_EQ(scalar(u"SELECT rebills FROM bill_lines WHERE unit_id = ? AND item_id = ? AND id <> ?"_s,
                     {home, water.id, line}),
              line);
    auto again = billing().preview(cashier, u"2026-12"_s);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again.value().lines.isEmpty()) << "billed once again, not twice";
    auto problems = FeeLedger(host.db()).check();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems.value().isEmpty()) << problems.value().join(u"; "_s).toStdString();
}

// R-FE-5: no reason, a cashier as the approver, a bill partly paid or one taken back already is refused
// naming the field, and nothing is written; the database keeps reversals and the once-a-month key.
TEST_P(BillReversalTest, ABillIsTakenBackOnlyUnpaidWithAReasonAndAManager)
{
    EXPECT_EQ(refusal(billing().reverseLine(cashier, manager, line, u"  "_s)), u"reason"_s);
    EXPECT_EQ(refusal(billing().reverseLine(cashier, cashier, line, u"读数录错"_s)), u"approver"_s);
    PaymentRequest r;
    r.unitId = home;
    r.lineIds = {line};
    r.amountFen = 5000;
    auto paid = host.services().payments.pay(cashier, r);
    ASSERT_TRUE(paid.ok());
    EXPECT_EQ(refusal(billing().reverseLine(cashier, manager, line, u"读数录错"_s)), u"line"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM bill_line_reversals"_s), 0);

    ASSERT_TRUE(host.services().payments.reverse(cashier, manager, paid.value().id, u"先退款"_s).ok());
    ASSERT_TRUE(billing().reverseLine(cashier, manager, line, u"读数录错"_s).ok());
    EXPECT_EQ(refusal(billing().reverseLine(cashier, manager, line, u"再次"_s)), u"line"_s);
    EXPECT_FALSE(host.db().exec(u"DELETE FROM bill_line_reversals"_s).ok());
    EXPECT_FALSE(host.db().exec(u"UPDATE bill_line_reversals SET reason = 'x'"_s).ok());
    EXPECT_FALSE(host.db()
                     .exec(u"INSERT INTO payment_allocations (payment_id, line_id, unit_id, amount_fen, created_ms) "
                           "VALUES (NULL, ?, ?, 100, 0)"_s,
                           {line, home})
                     .ok())
        << "nothing settles a bill taken back";
    // R-FE-1: a second rated line of the month that replaces nothing is still refused.
    EXPECT_FALSE(host.db()
                     .exec(u"INSERT INTO bill_lines (run_id, unit_id, item_id, period, months, rate_id, quantity, "
                           "price_fen, amount_fen, due_day) SELECT run_id, unit_id, item_id, period, months, rate_id, "
                           "quantity, price_fen, amount_fen, due_day FROM bill_lines WHERE id = ?"_s,
                           {line})
                     .ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, BillReversalTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
