// A unit's fees start on its move-in day (issue 14, R-FE-1): no month before it is billed, the month
// it starts in by its days, half up once (R-FE-5).
#include "FeeFixture.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class FeeStartTest : public FeeFixture
{
protected:
    void SetUp() override
    {
        FeeFixture::SetUp();
        setUpCharges();
    }

    // "unit item = amount (note)" of a month's preview, for one unit.
    QStringList preview(const QString& period, const QString& unit)
    {
        QStringList out;
        auto p = billing().preview(cashier, period);
        EXPECT_TRUE(p.ok());
        for (const BillLine& l : p.value().lines)
            if (l.unitCode == unit)
                out << u"%1 %2"_s.arg(l.itemName).arg(l.amountFen) +
                           (l.note.isEmpty() ? QString() : u" ("_s + l.note + u')');
        return out;
    }

    qint64 starts() { return scalar(u"SELECT COUNT(*) FROM unit_fee_starts"_s); }
};

// R-FE-1: fees from the 11th bill 21 of December's 31 days of every item, and the line says so; fees
// from 5 January bill nothing in December and 27 of January's 31 days; the other units pay in full.
TEST_P(FeeStartTest, FeesStartOnTheMoveInDayProratedByDays)
{
    ASSERT_TRUE(charges().startFees(cashier, unitId(u"1-1-101"_s), QDate(2026, 12, 11), u"入伙"_s).ok());
    ASSERT_TRUE(charges().startFees(cashier, unitId(u"1-1-102"_s), QDate(2027, 1, 5), u"入伙"_s).ok());
    const QStringList december = preview(u"2026-12"_s, u"1-1-101"_s);
    ASSERT_EQ(december.size(), 2) << december.join(u" | "_s).toStdString();
    EXPECT_TRUE(december.at(0).startsWith(u"垃圾清运费 677 ("_s)) << december.at(0).toStdString();   // 1000 × 21/31
    EXPECT_TRUE(december.at(1).startsWith(u"物业管理费 14227 ("_s)) << december.at(1).toStdString(); // 21002 × 21/31
    EXPECT_TRUE(december.at(1).contains(u"21 of 31 days"_s)) << december.at(1).toStdString();
    EXPECT_TRUE(preview(u"2026-12"_s, u"1-1-102"_s).isEmpty()) << "its fees start in January";
    EXPECT_EQ(preview(u"2026-12"_s, u"1-1-103"_s), (QStringList{u"垃圾清运费 1000"_s, u"物业管理费 22750"_s}));
    const QStringList january = preview(u"2027-01"_s, u"1-1-102"_s);
    ASSERT_EQ(january.size(), 2);
    EXPECT_TRUE(january.at(0).startsWith(u"垃圾清运费 871 ("_s)) << january.at(0).toStdString();
    EXPECT_TRUE(january.at(1).startsWith(u"物业管理费 24561 ("_s)) << january.at(1).toStdString(); // 28200 × 27/31
    EXPECT_EQ(preview(u"2027-01"_s, u"1-1-101"_s), (QStringList{u"垃圾清运费 1000"_s, u"物业管理费 21002"_s}))
        << "the month after the move-in in full";
}

// R-FE-5: a month billed stays as billed: a start inside it, or one that moves a start out of a billed
// month, or one inside a billed quarter is refused, naming the month, and nothing is written; the
// latest start of a unit counts.
TEST_P(FeeStartTest, AStartInsideABilledMonthIsRefusedAndTheLatestCounts)
{
    run(u"2026-12"_s);
    const qint64 shop = unitId(u"1-1-103"_s);
    auto inBilled = charges().startFees(cashier, shop, QDate(2026, 12, 20), {});
    ASSERT_FALSE(inBilled.ok());
    EXPECT_EQ(inBilled.error().field, u"from"_s);
    EXPECT_TRUE(inBilled.error().message.contains(u"2026-12"_s)) << inBilled.error().message.toStdString();
    auto noDay = charges().startFees(cashier, shop, QDate(), {});
    ASSERT_FALSE(noDay.ok());
    EXPECT_EQ(noDay.error().field, u"from"_s);
    EXPECT_EQ(starts(), 0);

    ASSERT_TRUE(charges().startFees(cashier, shop, QDate(2027, 1, 10), u"交房"_s).ok());
    ASSERT_TRUE(charges().startFees(cashier, shop, QDate(2027, 2, 1), u"交房推迟"_s).ok());
    EXPECT_EQ(charges().feesFrom(shop).value(), std::optional<QDate>(QDate(2027, 2, 1)));
    EXPECT_TRUE(preview(u"2027-01"_s, u"1-1-103"_s).isEmpty()) << "the later start counts";
    EXPECT_EQ(preview(u"2027-02"_s, u"1-1-103"_s).size(), 2);
    EXPECT_FALSE(host.db().exec(u"DELETE FROM unit_fee_starts"_s).ok());
    EXPECT_EQ(starts(), 2);

    // December billed from a start on the 11th: moving the start later would leave December's days
    // billed; a quarter billed in January covers February.
    const qint64 home = unitId(u"1-1-101"_s);
    const qint64 office = unitId(u"2-1-201"_s);
    ASSERT_TRUE(charges().startFees(cashier, home, QDate(2027, 3, 11), {}).ok());
    ASSERT_TRUE(charges().startFees(cashier, home, QDate(2027, 3, 20), {}).ok()) << "nothing of March billed";
    run(u"2027-03"_s, home);
    auto later = charges().startFees(cashier, home, QDate(2027, 4, 5), {});
    ASSERT_FALSE(later.ok());
    EXPECT_TRUE(later.error().message.contains(u"2027-03"_s)) << later.error().message.toStdString();
    const ChargeItem quarterly = item(u"TC"_s, u"停车管理费"_s, ChargeBasis::Fixed, ChargePeriod::Quarterly, 10);
    rate(quarterly.id, 9000, QDate(2026, 1, 1));
    run(u"2027-01"_s, office, quarterly.id);
    auto inQuarter = charges().startFees(cashier, office, QDate(2027, 2, 10), {});
    ASSERT_FALSE(inQuarter.ok());
    EXPECT_TRUE(inQuarter.error().message.contains(u"2027-01"_s)) << inQuarter.error().message.toStdString();
    EXPECT_EQ(starts(), 4);
}

INSTANTIATE_TEST_SUITE_P(Backends, FeeStartTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
