// Deposits (装修押金, 装修垃圾清运押金): charged one at a time and paid like any bill, but held for the
// unit: never income, never a late fee (issue 13; refunds come with renovations).
#include "FeeFixture.h"

#include "engine/SiteSettings.h"
#include "engine/tickets/SiteRules.h"
#include "modules/fees/FeeSummaryService.h"
#include "modules/fees/FeeWeek.h"
#include "modules/fees/LateFeeService.h"
#include "modules/fees/OneOffChargeService.h"
#include "modules/fees/PaymentService.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// The management fee and garbage are billed for December; 1-1-101 also leaves a ¥2,000.00 renovation
// deposit, charged and paid at the counter on 3 December.
class DepositTest : public FeeFixture
{
protected:
    void SetUp() override
    {
        FeeFixture::SetUp();
        setUpCharges();
        deposit = item(u"ZXYJ"_s, u"装修押金"_s, ChargeBasis::Deposit, ChargePeriod::Monthly, 5);
        home = unitId(u"1-1-101"_s);
        host.clock().set(QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
        run(u"2026-12"_s);
        host.clock().set(QDateTime(QDate(2026, 12, 3), QTime(10, 0)));
    }

    BillLine charge(qint64 fen)
    {
        OneOffCharge c;
        c.unitId = home;
        c.itemId = deposit.id;
        c.amountFen = fen;
        c.note = u"二次装修"_s;
        c.onTheSpot = true;
        auto l = host.services().oneOffCharges.charge(cashier, c);
        EXPECT_TRUE(l.ok()) << (l.ok() ? std::string() : l.error().message.toStdString());
        return l.ok() ? l.value() : BillLine{};
    }

    void pay(const BillLine& l)
    {
        PaymentRequest r;
        r.unitId = home;
        r.lineIds = {l.id};
        r.amountFen = l.amountFen;
        ASSERT_TRUE(host.services().payments.pay(cashier, r).ok());
    }

    ChargeItem deposit;
    qint64 home = 0;
};

// A deposit paid is held for the unit: its account says so, and the month's summary and the week's
// collection keep it apart from the income, each total the sum of its own rows (R-FE-5).
TEST_P(DepositTest, APaidDepositIsHeldApartFromIncome)
{
    pay(charge(200000));
    const UnitAccount a = host.services().payments.account(cashier, home).value();
    EXPECT_EQ(a.depositsFen, 200000);
    EXPECT_EQ(a.owedFen, 21002 + 1000) << "the month's fees are still owed";

    auto summary = FeeSummaryService(host.db()).monthly(cashier, u"2026-12"_s);
    ASSERT_TRUE(summary.ok());
    ASSERT_EQ(summary.value().deposits.size(), 1);
    EXPECT_EQ(summary.value().deposits.first().itemName, u"装修押金"_s);
    EXPECT_EQ(summary.value().depositTotal.billedFen, 200000);
    EXPECT_EQ(summary.value().depositTotal.collectedFen, 200000);
    qint64 income = 0;
    for (const FeeSummaryRow& r : summary.value().rows) {
        EXPECT_NE(r.itemName, u"装修押金"_s);
        income += r.billedFen;
    }
    EXPECT_EQ(summary.value().total.billedFen, income);
    EXPECT_EQ(income, 21002 + 28200 + 22750 + 1000 * 4) << "December: two homes, the shop (45.5 ㎡ × 5.00), garbage";

    const qint64 from = QDateTime(QDate(2026, 12, 3), QTime(0, 0)).toMSecsSinceEpoch();
    auto week = FeeWeek::rows(host.db(), cashier, from, from + 86'400'000, host.clock().nowMs());
    ASSERT_TRUE(week.ok());
    EXPECT_EQ(week.value().at(0).count, 0) << "nothing but the deposit was billed that day";
    EXPECT_EQ(week.value().at(1).count, 1);
    EXPECT_EQ(week.value().at(1).fen, 200000);
}

// R-FE-3: a late fee is charged on unpaid bills, never on an unpaid deposit.
TEST_P(DepositTest, AnUnpaidDepositRunsUpNoLateFee)
{
    ASSERT_TRUE(
        host.services().settings.set(host.admin(), QString::fromLatin1(SiteRules::LateFeePer10000), u"5"_s).ok());
    charge(200000);
    host.clock().set(QDateTime(QDate(2027, 1, 20), QTime(9, 0)));
    auto fees = host.services().lateFees.accrued(cashier, home);
    ASSERT_TRUE(fees.ok());
    ASSERT_EQ(fees.value().size(), 2) << "the management fee and garbage";
    for (const LateFee& f : fees.value())
        EXPECT_NE(f.line.line.itemName, u"装修押金"_s);
}

// R-FE-5: a deposit has no rate; each is charged with its own amount.
TEST_P(DepositTest, ADepositHasNoRate)
{
    ChargeRate r;
    r.itemId = deposit.id;
    r.priceFen = 200000;
    r.validFrom = QDate(2026, 1, 1);
    auto refused = charges().addRate(manager, r);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"item"_s);
    auto p = billing().preview(cashier, u"2027-01"_s);
    ASSERT_TRUE(p.ok());
    for (const BillLine& l : p.value().lines)
        EXPECT_NE(l.itemId, deposit.id) << "no billing run bills a deposit";
}

INSTANTIATE_TEST_SUITE_P(Backends, DepositTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
