// Late fees (滞纳金, R-FE-3): an optional site rule, a share of what is still owed for each day past the
// due day and the days of grace, exact to the fen, charged as a line of its own that is never charged
// twice for one day, or waived by a manager with a reason.
#include "FeeFixture.h"

#include "engine/SiteSettings.h"
#include "engine/tickets/SiteRules.h"
#include "modules/fees/LateFeeService.h"
#include "modules/fees/PaymentService.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class LateFeeServiceTest : public FeeFixture
{
protected:
    void SetUp() override
    {
        FeeFixture::SetUp();
        setUpCharges();
        znj = item(u"ZNJ"_s, u"滞纳金"_s, ChargeBasis::OneOff, ChargePeriod::Monthly, 1);
        run(u"2026-11"_s, unitId(u"1-1-101"_s), wy.id); // ¥210.02, due 2026-11-15
        unit = unitId(u"1-1-101"_s);
    }

    void rule(const char* key, int value)
    {
        ASSERT_TRUE(host.services().settings.set(host.admin(), QString::fromLatin1(key), QString::number(value)).ok());
    }
    void at(const QDate& day) { host.clock().set(QDateTime(day, QTime(9, 0))); }
    LateFeeService& lateFees() { return host.services().lateFees; }
    QList<LateFee> accrued() { return lateFees().accrued(cashier, unit).value(); }
    qint64 written()
    {
        return scalar(u"SELECT COUNT(*) FROM bill_lines"_s) + scalar(u"SELECT COUNT(*) FROM late_fee_waivers"_s) +
               scalar(u"SELECT COUNT(*) FROM audit_events"_s);
    }

    ChargeItem znj;
    qint64 unit = 0;
};

// R-FE-3: with the site's rate at nought nothing runs up; at 5 ten-thousandths a day, ¥210.02 owed for
// 31 days runs up 210.02 × 31 × 0.0005 = ¥3.2553, charged as ¥3.26.
TEST_P(LateFeeServiceTest, ALateFeeIsTheDaysTimesTheRateOnWhatIsStillOwed)
{
    at(QDate(2026, 12, 16));
    EXPECT_TRUE(accrued().isEmpty()) << "the site charges none unless its rule says so";
    rule(SiteRules::LateFeePer10000, 5);
    const QList<LateFee> fees = accrued();
    ASSERT_EQ(fees.size(), 1);
    EXPECT_EQ(fees.first().line.outstandingFen(), 21002);
    EXPECT_EQ(fees.first().days, 31);
    EXPECT_EQ(fees.first().feeFen, 326);

    // Days of grace: counted from 10 days after the due day, 21 days to 16 December.
    rule(SiteRules::LateFeeGraceDays, 10);
    EXPECT_EQ(accrued().first().days, 21);
    EXPECT_EQ(accrued().first().feeFen, 221); // 210.02 × 21 × 0.0005 = 2.2052

    // A part payment: the late fee runs on what is still owed.
    PaymentRequest part;
    part.unitId = unit;
    part.lineIds = {fees.first().line.line.id};
    part.amountFen = 10002;
    ASSERT_TRUE(host.services().payments.pay(cashier, part).ok());
    EXPECT_EQ(accrued().first().feeFen, 116); // 110.00 × 21 × 0.0005 = 1.155, half up
}

// R-FE-3: charged, the late fee is a line of its own due today that names its bill; the same days are
// not charged again, no late fee runs on a late fee, and the next day starts a new one.
TEST_P(LateFeeServiceTest, AChargedLateFeeIsItsOwnLineAndNeverChargedTwice)
{
    rule(SiteRules::LateFeePer10000, 5);
    at(QDate(2026, 12, 16));
    EXPECT_EQ(lateFees().charge(cashier, unit, znj.id, 325).error().code, u"fees.preview_changed"_s);
    EXPECT_EQ(lateFees().charge(cashier, unit, wy.id, 326).error().field, u"item"_s);
    auto run = lateFees().charge(cashier, unit, znj.id, 326);
    ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM bill_lines WHERE late_fee_of IS NOT NULL AND amount_fen = 326 AND "
                     "due_day = '2026-12-16' AND late_fee_through = '2026-12-16' AND item_id = ?"_s,
                     {znj.id}),
              1);
    EXPECT_TRUE(accrued().isEmpty()) << "today's late fee is charged";
    EXPECT_EQ(lateFees().charge(cashier, unit, znj.id, 0).error().code, u"fees.no_late_fee"_s);

    at(QDate(2026, 12, 18));
    const QList<LateFee> next = accrued();
    ASSERT_EQ(next.size(), 1) << "the late fee line itself runs up none";
    EXPECT_EQ(next.first().days, 2);
    EXPECT_EQ(next.first().feeFen, 21); // 210.02 × 2 × 0.0005
}

// R-FE-3: a manager waives a bill's late fee to today with a reason, and it is not charged; a cashier
// may not, a waiver without a reason is refused, and a refusal writes nothing.
TEST_P(LateFeeServiceTest, AManagerWaivesALateFeeWithAReason)
{
    rule(SiteRules::LateFeePer10000, 5);
    at(QDate(2026, 12, 16));
    const qint64 line = accrued().first().line.line.id;
    const qint64 before = written();
    EXPECT_EQ(lateFees().waive(cashier, line, u"账单寄晚了"_s).error().code, u"perm.denied"_s);
    EXPECT_EQ(lateFees().waive(manager, line, u"   "_s).error().field, u"reason"_s);
    EXPECT_EQ(written(), before);
    ASSERT_TRUE(lateFees().waive(manager, line, u"账单寄晚了"_s).ok());
    EXPECT_TRUE(accrued().isEmpty());
    EXPECT_EQ(scalar(u"SELECT fee_fen FROM late_fee_waivers WHERE line_id = ?"_s, {line}), 326);
    EXPECT_FALSE(host.db().exec(u"DELETE FROM late_fee_waivers"_s).ok()) << "kept";
    at(QDate(2026, 12, 17));
    EXPECT_EQ(accrued().first().days, 1) << "counted again from the day it was waived to";
}

INSTANTIATE_TEST_SUITE_P(Backends, LateFeeServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
