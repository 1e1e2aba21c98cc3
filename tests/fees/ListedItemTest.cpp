// Items billed only to the units listed for them (a parking space's rent), prorated by days when a
// listing starts or ends inside the month (R-FE-1, R-FE-5).
#include "FeeFixture.h"

#include "core/DateTimeText.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// 车位租金 at ¥300.00 a month, due the 10th, for the listed units only.
class ListedItemTest : public FeeFixture
{
protected:
    void SetUp() override
    {
        FeeFixture::SetUp();
        ChargeItem i;
        i.code = u"CW"_s;
        i.name = u"车位租金"_s;
        i.basis = ChargeBasis::Fixed;
        i.dueDay = 10;
        i.listed = true;
        auto added = charges().addItem(manager, i);
        ASSERT_TRUE(added.ok());
        parking = added.value();
        rate(parking.id, 30000, QDate(2026, 1, 1));
    }

    ChargeListing list(const QString& unit, const QDate& from, const QString& note = u"B1-023"_s)
    {
        ChargeListing l;
        l.itemId = parking.id;
        l.unitId = unitId(unit);
        l.from = from;
        l.note = note;
        auto r = charges().listUnit(cashier, l);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return r.ok() ? r.value() : ChargeListing{};
    }

    QHash<QString, BillLine> preview(const QString& period)
    {
        QHash<QString, BillLine> out;
        auto p = billing().preview(cashier, period);
        EXPECT_TRUE(p.ok());
        for (const BillLine& l : p.value().lines)
            out.insert(l.unitCode, l);
        return out;
    }

    ChargeItem parking;
};

// R-FE-1: only listed units are billed the item; a listing from the 11th of a 31-day month pays 21
// days of it, rounded half up once (R-FE-5), and says so on the line.
TEST_P(ListedItemTest, OnlyListedUnitsPayAndAPartMonthIsProratedByDays)
{
    list(u"1-1-101"_s, QDate(2026, 12, 11));
    list(u"1-1-102"_s, QDate(2026, 11, 1));
    const auto dec = preview(u"2026-12"_s);
    ASSERT_EQ(dec.size(), 2) << "1-1-103 and 2-1-201 are not listed";
    EXPECT_EQ(dec.value(u"1-1-101"_s).amountFen, 20323); // 300.00 × 21 / 31 = 203.2258…
    EXPECT_EQ(dec.value(u"1-1-101"_s).note, u"%1 to %2, 21 of 31 days"_s.arg(DateTimeText::date(QDate(2026, 12, 11)),
                                                                             DateTimeText::date(QDate(2026, 12, 31))));
    EXPECT_EQ(dec.value(u"1-1-102"_s).amountFen, 30000);
    EXPECT_TRUE(dec.value(u"1-1-102"_s).note.isEmpty());
    run(u"2026-12"_s);
    EXPECT_EQ(scalar(u"SELECT amount_fen FROM bill_lines WHERE unit_id = ? AND item_id = ?"_s,
                     {unitId(u"1-1-101"_s), parking.id}),
              20323);
}

// R-FE-1: a listing that ends on the 10th pays ten days of that month and nothing after.
TEST_P(ListedItemTest, AListingThatEndsPaysItsDaysAndThenNothing)
{
    const ChargeListing l = list(u"1-1-102"_s, QDate(2026, 11, 1));
    auto ended = charges().endListing(cashier, l.id, QDate(2027, 1, 10));
    ASSERT_TRUE(ended.ok()) << ended.error().message.toStdString();
    EXPECT_EQ(preview(u"2027-01"_s).value(u"1-1-102"_s).amountFen, 9677); // 300.00 × 10 / 31
    EXPECT_TRUE(preview(u"2027-02"_s).isEmpty());
}

// R-FE-1: a second listing of a unit over the first, a unit listed for an item that is for everyone,
// an end before the start or a second end are refused, naming the field, and write nothing.
TEST_P(ListedItemTest, BadListingsAreRefusedAndWriteNothing)
{
    const ChargeListing first = list(u"1-1-101"_s, QDate(2026, 12, 1));
    const qint64 before = scalar(u"SELECT COUNT(*) FROM charge_item_units"_s);
    ChargeListing again = first;
    again.id = 0;
    again.from = QDate(2027, 3, 1);
    auto overlap = charges().listUnit(cashier, again);
    ASSERT_FALSE(overlap.ok());
    EXPECT_EQ(overlap.error().field, u"from"_s);
    setUpCharges();
    ChargeListing garbage = again;
    garbage.itemId = lj.id;
    auto notListed = charges().listUnit(cashier, garbage);
    ASSERT_FALSE(notListed.ok());
    EXPECT_EQ(notListed.error().field, u"item"_s);
    auto early = charges().endListing(cashier, first.id, QDate(2026, 11, 30));
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().field, u"until"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM charge_item_units"_s), before);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM charge_item_units WHERE until_day IS NOT NULL"_s), 0);
    ASSERT_TRUE(charges().endListing(cashier, first.id, QDate(2027, 2, 28)).ok());
    auto twice = charges().endListing(cashier, first.id, QDate(2027, 3, 31));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field, u"listing"_s);
    EXPECT_TRUE(twice.error().message.contains(cashier.user.displayName)) << "who ended it (issue 16)";
    EXPECT_TRUE(twice.error().message.contains(DateTimeText::dateTime(host.clock().nowMs())))
        << twice.error().message.toStdString();
    // R-FE-5: a listing keeps its history: never deleted, its start never moved.
    EXPECT_FALSE(host.db().exec(u"DELETE FROM charge_item_units"_s).ok());
    EXPECT_FALSE(host.db().exec(u"UPDATE charge_item_units SET from_day = '2026-01-01'"_s).ok());
    EXPECT_FALSE(host.db().exec(u"UPDATE charge_item_units SET until_day = '2027-12-31'"_s).ok());
    // Ended, the unit can be listed again after it.
    EXPECT_TRUE(charges().listUnit(cashier, again).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, ListedItemTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
