// Special services and other one-off charges (R-FE-4): billed for the month they are done in, due five
// days after it ends (small jobs the same day), a returned repair's charge billed exactly once, and the
// cashier reminded while one is unpaid past its day.
#include "FeeFixture.h"

#include "engine/reminders/ReminderService.h"
#include "engine/watches/WatchService.h"
#include "modules/fees/FeeLedger.h"
#include "modules/fees/FeeTerms.h"
#include "modules/fees/OneOffChargeService.h"
#include "modules/fees/PaymentService.h"
#include "support/ReturnedRepair.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class OneOffChargeServiceTest : public FeeFixture
{
protected:
    void SetUp() override
    {
        FeeFixture::SetUp();
        special = item(u"TY"_s, u"特约服务"_s, ChargeBasis::OneOff, ChargePeriod::Monthly, 5);
    }

    OneOffChargeService& oneOff() { return host.services().oneOffCharges; }

    Result<BillLine> charge(qint64 fen, const QString& note, bool onTheSpot = false, const QString& unit = u"1-1-101"_s)
    {
        OneOffCharge c;
        c.unitId = unitId(unit);
        c.itemId = special.id;
        c.amountFen = fen;
        c.note = note;
        c.onTheSpot = onTheSpot;
        return oneOff().charge(cashier, c);
    }

    // A repair of 1-1-101 dispatched and returned with a charge (0: a free one).
    void returnedRepair(qint64 chargeFen)
    {
        numbers << test::returnedRepair(host, host.signedIn(Role::Clerk, u"li.na"_s), unitId(u"1-1-101"_s), chargeFen);
        ASSERT_FALSE(numbers.last().isEmpty());
    }

    std::optional<qint64> watchDue(qint64 lineId)
    {
        return WatchService(host.db()).dueOf(QString::fromLatin1(OneOffChargeService::WatchKind), lineId).value();
    }

    ChargeItem special;
    QStringList numbers;
};

qint64 ms(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

// R-FE-4: a single job is billed for its month and due five days after the month ends; a small job
// paid on the spot is due today; several jobs of one unit in one month are each a line of their own.
TEST_P(OneOffChargeServiceTest, AJobIsDueFiveDaysAfterItsMonthEndsAndASmallOneTheSameDay)
{
    auto job = charge(15000, u"  更换水龙头  "_s);
    ASSERT_TRUE(job.ok()) << job.error().message.toStdString();
    EXPECT_EQ(job.value().period, u"2026-11"_s);
    EXPECT_EQ(job.value().dueDay, QDate(2026, 12, 5));
    EXPECT_EQ(job.value().note, u"更换水龙头"_s);
    auto small = charge(2000, u"配门禁卡"_s, true);
    ASSERT_TRUE(small.ok()) << small.error().message.toStdString();
    EXPECT_EQ(small.value().dueDay, QDate(2026, 11, 16));
    ASSERT_TRUE(charge(8000, u"疏通下水"_s).ok());

    auto open = FeeLedger(host.db()).openLines(unitId(u"1-1-101"_s));
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open.value().size(), 3);
    EXPECT_EQ(open.value().at(0).line.amountFen, 2000);
    EXPECT_EQ(open.value().at(0).line.rateId, 0);
    QStringList labels;
    for (const OpenLine& o : open.value())
        labels << FeeTerms::label(o.line);
    EXPECT_TRUE(labels.contains(u"特约服务: 更换水龙头"_s)) << labels.join(u" | "_s).toStdString();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM billing_runs WHERE item_id = ?"_s, {special.id}), 3);

    // The next month's job belongs to the next month.
    host.clock().set(QDateTime(QDate(2026, 12, 31), QTime(18, 0)));
    EXPECT_EQ(charge(5000, u"换锁芯"_s).value().dueDay, QDate(2027, 1, 5));
}

// R-FE-4 with R-FE-5: a zero, negative or missing amount, a charge for nothing, an item billed by rate
// and a clerk are each refused next to the field, and nothing is written.
TEST_P(OneOffChargeServiceTest, BadInputNamesTheFieldAndWritesNothing)
{
    setUpCharges();
    const Session clerk = host.signedIn(Role::Clerk, u"li.na"_s);
    const qint64 before = scalar(u"SELECT COUNT(*) FROM bill_lines"_s) +
                          scalar(u"SELECT COUNT(*) FROM billing_runs"_s) +
                          scalar(u"SELECT COUNT(*) FROM audit_events"_s);
    EXPECT_EQ(charge(0, u"更换水龙头"_s).error().field, u"amount"_s);
    EXPECT_EQ(charge(-500, u"更换水龙头"_s).error().field, u"amount"_s);
    EXPECT_EQ(charge(15000, u"   "_s).error().field, u"note"_s);
    OneOffCharge byRate;
    byRate.unitId = unitId(u"1-1-101"_s);
    byRate.itemId = wy.id;
    byRate.amountFen = 100;
    byRate.note = u"x"_s;
    EXPECT_EQ(oneOff().charge(cashier, byRate).error().field, u"item"_s);
    byRate.itemId = special.id;
    byRate.unitId = 0;
    EXPECT_EQ(oneOff().charge(cashier, byRate).error().field, u"unit"_s);
    byRate.unitId = unitId(u"1-1-101"_s);
    EXPECT_EQ(oneOff().charge(clerk, byRate).error().code, u"perm.denied"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM bill_lines"_s) + scalar(u"SELECT COUNT(*) FROM billing_runs"_s) +
                  scalar(u"SELECT COUNT(*) FROM audit_events"_s),
              before);

    // R-FE-1: an item charged one at a time has no rate, and no month's run bills it.
    ChargeRate r;
    r.itemId = special.id;
    r.priceFen = 100;
    r.validFrom = QDate(2026, 1, 1);
    EXPECT_EQ(charges().addRate(manager, r).error().field, u"item"_s);
    auto preview = billing().preview(cashier, u"2026-12"_s, 0, 0);
    ASSERT_TRUE(preview.ok());
    for (const BillLine& l : preview.value().lines)
        EXPECT_NE(l.itemId, special.id);
}

// R-FE-4: a repair returned with a charge becomes a special-service line by itself, exactly once; a
// free repair bills nothing.
TEST_P(OneOffChargeServiceTest, AReturnedRepairsChargeIsBilledExactlyOnce)
{
    returnedRepair(15000);
    returnedRepair(0);
    auto pending = oneOff().repairCharges(cashier, u"2026-11"_s);
    ASSERT_TRUE(pending.ok()) << pending.error().message.toStdString();
    ASSERT_EQ(pending.value().size(), 1);
    EXPECT_EQ(pending.value().first().amountFen, 15000);
    EXPECT_EQ(pending.value().first().ticketNumber, numbers.first());
    EXPECT_TRUE(oneOff().repairCharges(cashier, u"2026-10"_s).value().isEmpty()) << "returned after October ended";

    EXPECT_EQ(oneOff().billRepairCharges(cashier, u"2026-11"_s, special.id, 14999).error().code,
              u"fees.preview_changed"_s);
    auto run = oneOff().billRepairCharges(cashier, u"2026-11"_s, special.id, 15000);
    ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
    EXPECT_EQ(run.value().lines, 1);
    EXPECT_EQ(run.value().totalFen, 15000);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM bill_lines WHERE repair_return_id IS NOT NULL AND note = ? AND "
                     "due_day = '2026-12-05'"_s,
                     {numbers.first()}),
              1);

    EXPECT_TRUE(oneOff().repairCharges(cashier, u"2026-12"_s).value().isEmpty());
    EXPECT_EQ(oneOff().billRepairCharges(cashier, u"2026-12"_s, special.id, 15000).error().code,
              u"fees.nothing_to_bill"_s);
    EXPECT_FALSE(host.db()
                     .exec(u"INSERT INTO bill_lines (run_id, unit_id, item_id, period, months, quantity, price_fen, "
                           "amount_fen, due_day, repair_return_id) SELECT run_id, unit_id, item_id, period, 1, 1, "
                           "amount_fen, amount_fen, due_day, repair_return_id FROM bill_lines"_s)
                     .ok())
        << "the database itself refuses a second line for one return";
}

// R-FE-4: a charge unpaid past its due day reminds the cashier the next morning, until it is paid; a
// charge the unit's prepaid balance settles at once never reminds.
TEST_P(OneOffChargeServiceTest, AnUnpaidChargeRemindsUntilItIsPaid)
{
    auto job = charge(15000, u"更换水龙头"_s);
    ASSERT_TRUE(job.ok());
    EXPECT_EQ(watchDue(job.value().id), ms(QDate(2026, 12, 6)));

    PaymentRequest part;
    part.unitId = job.value().unitId;
    part.lineIds = {job.value().id};
    part.amountFen = 10000;
    ASSERT_TRUE(host.services().payments.pay(cashier, part).ok());
    EXPECT_TRUE(watchDue(job.value().id).has_value()) << "part paid, still owed";
    part.amountFen = 5000 + 3000; // the rest, and 30 yuan kept as prepaid
    ASSERT_TRUE(host.services().payments.pay(cashier, part).ok());
    EXPECT_FALSE(watchDue(job.value().id).has_value());

    auto covered = charge(2500, u"配钥匙"_s);
    ASSERT_TRUE(covered.ok());
    EXPECT_FALSE(watchDue(covered.value().id).has_value()) << "settled from the prepaid balance";
    EXPECT_EQ(FeeLedger(host.db()).prepaid(job.value().unitId).value(), 500) << "3000 kept, 2500 of it settled";
}

// R-FE-4: a payment taken back leaves the job owed again: its reminder comes back, at once when its due
// day has passed, or on that day when it has not.
TEST_P(OneOffChargeServiceTest, APaymentTakenBackRemindsOfTheJobAgain)
{
    auto job = charge(15000, u"更换水龙头"_s); // due 2026-12-05, reminds on the 6th
    ASSERT_TRUE(job.ok());
    PaymentRequest r;
    r.unitId = job.value().unitId;
    r.lineIds = {job.value().id};
    r.amountFen = 15000;
    const Payment early = host.services().payments.pay(cashier, r).value();
    ASSERT_FALSE(watchDue(job.value().id).has_value());
    ASSERT_TRUE(host.services().payments.reverse(cashier, manager, early.id, u"转账退回"_s).ok());
    EXPECT_EQ(watchDue(job.value().id), ms(QDate(2026, 12, 6))) << "not due yet: it reminds on its day";

    host.clock().set(QDateTime(QDate(2026, 12, 10), QTime(9, 30)));
    const Payment late = host.services().payments.pay(cashier, r).value();
    ASSERT_FALSE(watchDue(job.value().id).has_value());
    host.clock().advanceMinutes(20);
    ASSERT_TRUE(host.services().payments.reverse(cashier, manager, late.id, u"金额录错"_s).ok());
    EXPECT_EQ(watchDue(job.value().id), host.clock().nowMs()) << "overdue: it reminds now";
    ReminderService reminders(host.db(), host.clock(), host.services().audit, host.services().rules);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    bool reminded = false;
    for (const Reminder& each : reminders.active(host.clock().nowMs(), cashier).value())
        reminded = reminded ||
                   (each.source == QString::fromLatin1(OneOffChargeService::WatchKind) && each.refId == job.value().id);
    EXPECT_TRUE(reminded) << "the cashier is reminded of the job again";
}

INSTANTIATE_TEST_SUITE_P(Backends, OneOffChargeServiceTest, ::testing::ValuesIn(TestDatabase::backends()),
                         BackendName());

} // namespace
} // namespace fd::test
