#include "FeeFixture.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ChargeServiceTest : public FeeFixture
{
protected:
    qint64 items() { return scalar(u"SELECT COUNT(*) FROM charge_items"_s); }
    qint64 rates() { return scalar(u"SELECT COUNT(*) FROM charge_rates"_s); }
    qint64 audited() { return scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity LIKE 'charge%'"_s); }
};

// R-FE-1: an item is set up with its basis, period and due day; bad input names its field and
// writes nothing.
TEST_P(ChargeServiceTest, BadItemsAreRefusedNamingTheFieldAndWriteNothing)
{
    const ChargeItem wy = item(u"wy"_s, u"物业管理费"_s, ChargeBasis::Area);
    EXPECT_EQ(wy.code, u"WY"_s) << "codes are kept in capitals";
    EXPECT_EQ(charges().item(wy.id).value().name, u"物业管理费"_s);
    const qint64 before = items(), auditBefore = audited();

    ChargeItem bad;
    bad.code = u"LJ"_s;
    bad.name = u"  "_s;
    auto r = charges().addItem(manager, bad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, u"name"_s);
    bad.name = u"垃圾清运费"_s;
    bad.code = u"垃圾"_s;
    r = charges().addItem(manager, bad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, u"code"_s);
    bad.code = u"WY"_s;
    r = charges().addItem(manager, bad);
    ASSERT_FALSE(r.ok()) << "a code is the site's only once";
    EXPECT_EQ(r.error().field, u"code"_s);
    bad.code = u"LJ"_s;
    bad.dueDay = 31;
    r = charges().addItem(manager, bad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, u"due_day"_s);
    EXPECT_EQ(items(), before);
    EXPECT_EQ(audited(), auditBefore);
}

// R-FE-5: a rate is never edited: a new one starts on its day, after the last one of the same item
// and unit type; a price of zero is refused; the database refuses an edit behind the program's back.
TEST_P(ChargeServiceTest, ARateIsNeverEditedANewOneStartsAfterTheLast)
{
    const ChargeItem wy = item(u"WY"_s, u"物业管理费"_s, ChargeBasis::Area);
    const ChargeRate first = rate(wy.id, 235, QDate(2026, 1, 1), u"residential"_s);
    ASSERT_NE(first.id, 0);
    const qint64 before = rates(), auditBefore = audited();

    for (const QDate& day : {QDate(2026, 1, 1), QDate(2025, 12, 1)}) {
        ChargeRate overlap;
        overlap.itemId = wy.id;
        overlap.unitType = u"residential"_s;
        overlap.priceFen = 250;
        overlap.validFrom = day;
        auto r = charges().addRate(manager, overlap);
        ASSERT_FALSE(r.ok()) << day.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(r.error().field, u"valid_from"_s);
    }
    ChargeRate free;
    free.itemId = wy.id;
    free.priceFen = 0;
    free.validFrom = QDate(2027, 1, 1);
    auto r = charges().addRate(manager, free);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, u"price"_s);
    EXPECT_EQ(rates(), before);
    EXPECT_EQ(audited(), auditBefore);

    // Another unit type has its own line of rates; a later day starts a new rate.
    EXPECT_NE(rate(wy.id, 500, QDate(2026, 1, 1), u"shop"_s).id, 0);
    EXPECT_NE(rate(wy.id, 250, QDate(2027, 1, 1), u"residential"_s).id, 0);
    const QList<ChargeRate> all = charges().rates(wy.id).value();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.first().priceFen, 235) << "the first rate is as it was";

    EXPECT_FALSE(host.db().exec(u"UPDATE charge_rates SET price_fen = 1 WHERE id = ?"_s, {first.id}).ok());
    EXPECT_FALSE(host.db().exec(u"DELETE FROM charge_rates WHERE id = ?"_s, {first.id}).ok());
    EXPECT_EQ(charges().rates(wy.id).value().first().priceFen, 235);
}

INSTANTIATE_TEST_SUITE_P(Backends, ChargeServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
