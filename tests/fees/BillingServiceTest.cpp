#include "FeeFixture.h"

#include "core/Money.h"
#include "engine/SiteSettings.h"
#include "engine/tickets/SiteRules.h"
#include "engine/watches/WatchService.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class BillingServiceTest : public FeeFixture
{
protected:
    void SetUp() override
    {
        FeeFixture::SetUp();
        setUpCharges();
    }

    qint64 lines() { return scalar(u"SELECT COUNT(*) FROM bill_lines"_s); }
    qint64 runs() { return scalar(u"SELECT COUNT(*) FROM billing_runs"_s); }
    qint64 audited() { return scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'billing_run'"_s); }
};

// R-FE-1: the month's run computes every unit's lines and totals as a preview; confirmed, exactly
// those lines are billed, and the total is the sum of its lines (R-FE-5: per line, half up, in fen).
TEST_P(BillingServiceTest, ThePreviewBillsEveryUnitAndConfirmingWritesExactlyThePreview)
{
    auto p = billing().preview(cashier, u"2026-12"_s);
    ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
    const BillingPreview& preview = p.value();
    QStringList got;
    for (const BillLine& l : preview.lines)
        got << u"%1 %2 %3"_s.arg(l.unitCode, l.itemName, Money::text(l.amountFen));
    // By unit, then by item code (LJ before WY): 89.37 ㎡ × ¥2.35 = 210.0195 → ¥210.02; the shop has a
    // rate of its own; offices have no management rate.
    const QStringList expected{u"1-1-101 垃圾清运费 ¥10.00"_s, u"1-1-101 物业管理费 ¥210.02"_s,
                               u"1-1-102 垃圾清运费 ¥10.00"_s, u"1-1-102 物业管理费 ¥282.00"_s,
                               u"1-1-103 垃圾清运费 ¥10.00"_s, u"1-1-103 物业管理费 ¥227.50"_s,
                               u"2-1-201 垃圾清运费 ¥10.00"_s};
    EXPECT_EQ(got, expected) << got.join(u" | "_s).toStdString();
    EXPECT_EQ(preview.units, 4);
    EXPECT_EQ(preview.totalFen, 21002 + 1000 + 28200 + 1000 + 22750 + 1000 + 1000);
    EXPECT_EQ(preview.lines.first().dueDay, QDate(2026, 12, 20)); // each item's own due day
    EXPECT_EQ(preview.lines.at(1).dueDay, QDate(2026, 12, 15));
    EXPECT_EQ(lines(), 0) << "a preview writes nothing";

    auto confirmed = billing().confirm(cashier, u"2026-12"_s, preview.totalFen);
    ASSERT_TRUE(confirmed.ok()) << confirmed.error().message.toStdString();
    EXPECT_EQ(confirmed.value().lines, 7);
    EXPECT_EQ(confirmed.value().totalFen, preview.totalFen);
    EXPECT_EQ(confirmed.value().confirmedBy, cashier.user.displayName);
    const QList<BillLine> billed = billing().lines(cashier, confirmed.value().id).value();
    ASSERT_EQ(billed.size(), preview.lines.size());
    qint64 sum = 0;
    for (qsizetype i = 0; i < billed.size(); ++i) {
        EXPECT_EQ(billed.at(i).amountFen, preview.lines.at(i).amountFen);
        EXPECT_EQ(billed.at(i).unitCode, preview.lines.at(i).unitCode);
        sum += billed.at(i).amountFen;
    }
    EXPECT_EQ(sum, confirmed.value().totalFen);
    EXPECT_EQ(scalar(u"SELECT SUM(amount_fen) FROM bill_lines"_s), confirmed.value().totalFen);
    EXPECT_EQ(audited(), 1);
    ASSERT_EQ(billing().runs(cashier, u"2026-12"_s).value().size(), 1);
}

// R-FE-1: the preview the cashier checks lists units as people read them, rooms by number: 1-1-103
// before 1-1-1001 (as text it would come after), building 2 after building 1.
TEST_P(BillingServiceTest, ThePreviewListsUnitsInTheirNaturalOrder)
{
    const QByteArray csv =
        QStringLiteral("楼栋,单元,房号,类型,面积,业主,电话\n1,1,1001,住宅,100,钱七,13800005555\n").toUtf8();
    ASSERT_TRUE(host.services().registry.importUnitsCsv(host.admin(), csv).accepted);
    auto p = billing().preview(cashier, u"2026-12"_s);
    ASSERT_TRUE(p.ok());
    QStringList units;
    for (const BillLine& l : p.value().lines)
        if (units.isEmpty() || units.last() != l.unitCode)
            units << l.unitCode;
    EXPECT_EQ(units, (QStringList{u"1-1-101"_s, u"1-1-102"_s, u"1-1-103"_s, u"1-1-1001"_s, u"2-1-201"_s}))
        << units.join(u' ').toStdString();
}

// R-FE-1: the confirmation reports its progress line by line up to the whole run; stopped part way,
// nothing of the month is billed.
TEST_P(BillingServiceTest, TheRunReportsItsProgressAndStoppedBillsNothing)
{
    const qint64 total = billing().preview(cashier, u"2026-12"_s).value().totalFen;
    auto stopped = billing().confirm(cashier, u"2026-12"_s, total, 0, 0, [](qsizetype, qsizetype) { return false; });
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.error().code, u"fees.run_stopped"_s);
    EXPECT_EQ(lines(), 0);
    EXPECT_EQ(runs(), 0);
    EXPECT_EQ(audited(), 0);

    QList<std::pair<qsizetype, qsizetype>> seen;
    auto run = billing().confirm(cashier, u"2026-12"_s, total, 0, 0, [&seen](qsizetype done, qsizetype all) {
        seen.append({done, all});
        return true;
    });
    ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_EQ(seen.first().first, 0);
    EXPECT_EQ(seen.last(), (std::pair<qsizetype, qsizetype>{run.value().lines, run.value().lines}));
}

// R-FE-1: run again, a month adds nothing: the second run is refused and writes nothing.
TEST_P(BillingServiceTest, ASecondRunOfTheMonthAddsNothing)
{
    run(u"2026-12"_s);
    const qint64 before = lines();
    auto again = billing().preview(cashier, u"2026-12"_s);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again.value().lines.isEmpty());
    auto confirmed = billing().confirm(cashier, u"2026-12"_s, 0);
    ASSERT_FALSE(confirmed.ok());
    EXPECT_EQ(confirmed.error().code, u"fees.nothing_to_bill"_s);
    EXPECT_EQ(confirmed.error().field, u"period"_s);
    EXPECT_EQ(lines(), before);
    EXPECT_EQ(runs(), 1);
    EXPECT_EQ(audited(), 1);
}

// R-FE-1: one unit can be run alone; the month's run afterwards bills only the others.
TEST_P(BillingServiceTest, OneUnitRunAloneIsNotBilledAgainByTheMonthsRun)
{
    const BillingRun alone = run(u"2026-12"_s, unitId(u"1-1-102"_s));
    EXPECT_EQ(alone.lines, 2);
    EXPECT_EQ(alone.units, 1);
    EXPECT_EQ(alone.totalFen, 28200 + 1000);
    const BillingRun rest = run(u"2026-12"_s);
    EXPECT_EQ(rest.lines, 5);
    EXPECT_EQ(rest.units, 3);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM bill_lines WHERE unit_id = ?"_s, {unitId(u"1-1-102"_s)}), 2);
    // One item alone, for a month not billed yet.
    const BillingRun garbage = run(u"2027-01"_s, 0, lj.id);
    EXPECT_EQ(garbage.lines, 4);
    EXPECT_EQ(garbage.totalFen, 4000);
}

// R-FE-1: a month is billed at the rate in force on its first day; a new rate bills from its day on.
TEST_P(BillingServiceTest, AMonthIsBilledAtTheRateInForceOnItsFirstDay)
{
    rate(wy.id, 250, QDate(2027, 1, 1), u"residential"_s);
    const auto dec = billing().preview(cashier, u"2026-12"_s, unitId(u"1-1-102"_s), wy.id).value();
    const auto jan = billing().preview(cashier, u"2027-01"_s, unitId(u"1-1-102"_s), wy.id).value();
    ASSERT_EQ(dec.lines.size(), 1);
    ASSERT_EQ(jan.lines.size(), 1);
    EXPECT_EQ(dec.lines.first().amountFen, 28200); // 120 ㎡ × ¥2.35
    EXPECT_EQ(jan.lines.first().amountFen, 30000); // 120 ㎡ × ¥2.50
}

// R-FE-1: a quarterly item bills three months at once, in January, April, July and October only.
TEST_P(BillingServiceTest, AQuarterlyItemBillsThreeMonthsInTheQuartersFirstMonthOnly)
{
    const ChargeItem tc = item(u"TC"_s, u"车位租金"_s, ChargeBasis::Fixed, ChargePeriod::Quarterly, 10);
    rate(tc.id, 15000, QDate(2026, 1, 1), u"office"_s);
    const auto jan = billing().preview(cashier, u"2027-01"_s, 0, tc.id).value();
    ASSERT_EQ(jan.lines.size(), 1);
    EXPECT_EQ(jan.lines.first().unitCode, u"2-1-201"_s);
    EXPECT_EQ(jan.lines.first().months, 3);
    EXPECT_EQ(jan.lines.first().amountFen, 45000);
    EXPECT_TRUE(billing().preview(cashier, u"2027-02"_s, 0, tc.id).value().lines.isEmpty());
}

// R-FE-1: the cashier confirms what was checked: when the charges changed after the preview, the
// confirmation is refused and nothing is written.
TEST_P(BillingServiceTest, AConfirmationOfAPreviewThatNoLongerHoldsIsRefused)
{
    const qint64 checked = billing().preview(cashier, u"2026-12"_s).value().totalFen;
    const ChargeItem dt = item(u"DT"_s, u"电梯费"_s, ChargeBasis::Fixed);
    rate(dt.id, 2000, QDate(2026, 12, 1));
    auto r = billing().confirm(cashier, u"2026-12"_s, checked);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, u"fees.preview_changed"_s);
    EXPECT_TRUE(r.error().message.contains(Money::text(checked))) << r.error().message.toStdString();
    EXPECT_EQ(lines(), 0);
    EXPECT_EQ(runs(), 0);
}

// Bad input names its field and writes nothing: a month that is not one, a unit or item unknown.
TEST_P(BillingServiceTest, AMonthThatIsNotOneOrAnUnknownUnitOrItemIsRefused)
{
    for (const QString& period : {u"2026-13"_s, u"12/2026"_s, u""_s}) {
        auto r = billing().preview(cashier, period);
        ASSERT_FALSE(r.ok()) << period.toStdString();
        EXPECT_EQ(r.error().field, u"period"_s);
    }
    auto unit = billing().confirm(cashier, u"2026-12"_s, 0, 999'999);
    ASSERT_FALSE(unit.ok());
    EXPECT_EQ(unit.error().field, u"unit"_s);
    auto item = billing().preview(cashier, u"2026-12"_s, 0, 999'999);
    ASSERT_FALSE(item.ok());
    EXPECT_EQ(item.error().field, u"item"_s);
    EXPECT_EQ(lines(), 0);
    EXPECT_EQ(runs(), 0);
}

// R-FE-5: a billed line is never changed or deleted, even behind the program's back.
TEST_P(BillingServiceTest, ABilledLineIsNeverChangedOrDeleted)
{
    const BillingRun r = run(u"2026-12"_s);
    const qint64 line = scalar(u"SELECT MIN(id) FROM bill_lines"_s);
    EXPECT_FALSE(host.db().exec(u"UPDATE bill_lines SET amount_fen = 1 WHERE id = ?"_s, {line}).ok());
    EXPECT_FALSE(host.db().exec(u"DELETE FROM bill_lines WHERE id = ?"_s, {line}).ok());
    EXPECT_FALSE(host.db().exec(u"UPDATE billing_runs SET total_fen = 1 WHERE id = ?"_s, {r.id}).ok());
    EXPECT_EQ(scalar(u"SELECT SUM(amount_fen) FROM bill_lines"_s), r.totalFen);
}

// R-FE-1: a month's run is due half a month (a site rule) before its first due day: the whole-site run
// of December arms January's reminder, January's run closes it and arms February's at the rule in force;
// a run of one unit arms nothing.
TEST_P(BillingServiceTest, TheNextMonthsRunComesDueHalfAMonthBeforeItsFirstDueDay)
{
    // The fixture's items: management due the 15th, garbage the 20th.
    const auto due = [this](int month) {
        return WatchService(host.db()).dueOf(QString::fromLatin1(BillingService::WatchKind), month).value();
    };
    const auto at = [](const QDate& d) { return QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch(); };
    run(u"2026-12"_s, unitId(u"1-1-101"_s));
    EXPECT_FALSE(due(202701).has_value()) << "one unit alone is not the month's run";
    run(u"2026-12"_s);
    EXPECT_EQ(due(202701), at(QDate(2026, 12, 31))) << "15 January less 15 days";
    ASSERT_TRUE(
        host.services().settings.set(host.admin(), QString::fromLatin1(SiteRules::BillingLeadDays), u"10"_s).ok());
    run(u"2027-01"_s);
    EXPECT_FALSE(due(202701).has_value()) << "January is billed";
    EXPECT_EQ(due(202702), at(QDate(2027, 2, 5)));
}

INSTANTIATE_TEST_SUITE_P(Backends, BillingServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
