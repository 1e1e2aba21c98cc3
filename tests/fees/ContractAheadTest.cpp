// A monthly special-service contract paid one month ahead (R-FE-4): the month's run bills next month
// too, due this month, never twice; the month's payment notice asks for both.
#include "FeeFixture.h"

#include "modules/fees/PaymentNoticeService.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// 保洁包月 (weekly cleaning by the month) at ¥300.00, due the 10th, for the units that signed up,
// paid a month ahead.
class ContractAheadTest : public FeeFixture
{
protected:
    void SetUp() override
    {
        FeeFixture::SetUp();
        ChargeItem i;
        i.code = u"BJ"_s;
        i.name = u"保洁包月"_s;
        i.basis = ChargeBasis::Fixed;
        i.dueDay = 10;
        i.listed = true;
        i.ahead = true;
        auto added = charges().addItem(manager, i);
        ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
        cleaning = added.value();
        EXPECT_TRUE(cleaning.ahead);
        rate(cleaning.id, 30000, QDate(2026, 1, 1));
        ChargeListing l;
        l.itemId = cleaning.id;
        l.unitId = unitId(u"1-1-101"_s);
        l.from = QDate(2026, 12, 11); // signed up on the 11th
        l.note = u"每周二上午"_s;
        ASSERT_TRUE(charges().listUnit(cashier, l).ok());
    }

    QList<BillLine> preview(const QString& period)
    {
        auto p = billing().preview(cashier, period);
        EXPECT_TRUE(p.ok()) << (p.ok() ? std::string() : p.error().message.toStdString());
        return p.ok() ? p.value().lines : QList<BillLine>{};
    }

    ChargeItem cleaning;
};

// R-FE-4: December's run bills the contract's December (21 of 31 days, half up once) and January in
// full, both due on December's due day; run again it adds nothing; January's run bills February only,
// at the rate in force in February.
TEST_P(ContractAheadTest, TheMonthsRunBillsNextMonthAheadAndNothingTwice)
{
    const QList<BillLine> december = preview(u"2026-12"_s);
    ASSERT_EQ(december.size(), 2);
    EXPECT_EQ(december.at(0).period, u"2026-12"_s);
    EXPECT_EQ(december.at(0).amountFen, 20323); // 30000 × 21 / 31 = 20322.58…
    EXPECT_EQ(december.at(1).period, u"2027-01"_s);
    EXPECT_EQ(december.at(1).amountFen, 30000);
    for (const BillLine& l : december)
        EXPECT_EQ(l.dueDay, QDate(2026, 12, 10)) << l.period.toStdString();
    run(u"2026-12"_s);
    EXPECT_TRUE(preview(u"2026-12"_s).isEmpty()) << "billed: a second run adds nothing";

    rate(cleaning.id, 32000, QDate(2027, 2, 1));
    const QList<BillLine> january = preview(u"2027-01"_s);
    ASSERT_EQ(january.size(), 1) << "January was billed in December";
    EXPECT_EQ(january.first().period, u"2027-02"_s);
    EXPECT_EQ(january.first().amountFen, 32000) << "February's rate";
    EXPECT_EQ(january.first().dueDay, QDate(2027, 1, 10));
    run(u"2027-01"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM bill_lines WHERE item_id = ?"_s, {cleaning.id}), 3);
}

// R-FE-4 with R-FE-1: December's payment notice asks for the contract's December and January, both due
// in December; January's asks for February, and counts what December asked for as owed.
TEST_P(ContractAheadTest, TheMonthsNoticeAsksForNextMonthPaidAhead)
{
    const BillingRun december = run(u"2026-12"_s);
    ASSERT_TRUE(billing().check(manager, december.id).ok());
    auto notices = host.services().paymentNotices.notices(cashier, u"2026-12"_s, 0, u"1-1-101"_s);
    ASSERT_TRUE(notices.ok()) << notices.error().message.toStdString();
    ASSERT_EQ(notices.value().size(), 1);
    const PaymentNotice& n = notices.value().first();
    QStringList periods;
    for (const OpenLine& o : n.lines)
        if (o.line.itemId == cleaning.id)
            periods << o.line.period;
    EXPECT_EQ(periods, (QStringList{u"2026-12"_s, u"2027-01"_s}));
    EXPECT_EQ(n.dueFen(), n.billedFen());
    EXPECT_EQ(n.earlierOwedFen, 0);
    EXPECT_EQ(n.dueDay, QDate(2026, 12, 10));

    // January's notice asks for February (billed ahead in January), not January again; January's line,
    // due in December and unpaid, is owed from before, with December's.
    const BillingRun january = run(u"2027-01"_s);
    ASSERT_TRUE(billing().check(manager, january.id).ok());
    auto next = host.services().paymentNotices.notices(cashier, u"2027-01"_s, 0, u"1-1-101"_s);
    ASSERT_TRUE(next.ok()) << next.error().message.toStdString();
    const PaymentNotice& j = next.value().first();
    ASSERT_EQ(j.lines.size(), 1);
    EXPECT_EQ(j.lines.first().line.period, u"2027-02"_s);
    EXPECT_EQ(j.dueDay, QDate(2027, 1, 10));
    EXPECT_EQ(j.earlierOwedFen, 20323 + 30000);
    EXPECT_EQ(j.dueFen(), 30000 + 20323 + 30000);
}

// R-FE-4: only a monthly item by area or at a fixed amount is paid ahead; asked otherwise, the answer is
// next to the box and nothing is written.
TEST_P(ContractAheadTest, OnlyAMonthlyItemIsBilledAhead)
{
    const qint64 before = scalar(u"SELECT COUNT(*) FROM charge_items"_s);
    for (const auto& [basis, period] :
         {std::pair{ChargeBasis::Fixed, ChargePeriod::Quarterly}, std::pair{ChargeBasis::Meter, ChargePeriod::Monthly},
          std::pair{ChargeBasis::OneOff, ChargePeriod::Monthly}}) {
        ChargeItem i;
        i.code = u"X%1"_s.arg(int(basis));
        i.name = u"试"_s;
        i.basis = basis;
        i.period = period;
        i.ahead = true;
        auto added = charges().addItem(manager, i);
        ASSERT_FALSE(added.ok());
        EXPECT_EQ(added.error().field, u"ahead"_s);
    }
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM charge_items"_s), before);
}

INSTANTIATE_TEST_SUITE_P(Backends, ContractAheadTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
