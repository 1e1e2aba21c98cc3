// Payment notices (R-FE-1): finance checks a billing run, someone other than who confirmed it, and
// only then do the month's notices come out, each unit's lines, what prepaid settled, what is still
// unpaid from earlier months and what is due in all.
#include "FeeFixture.h"

#include "engine/search/SearchService.h"
#include "modules/fees/PaymentNoticeService.h"
#include "modules/fees/PaymentService.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class PaymentNoticeServiceTest : public FeeFixture
{
protected:
    void SetUp() override
    {
        FeeFixture::SetUp();
        setUpCharges();
    }

    PaymentNoticeService& notices() { return host.services().paymentNotices; }
    qint64 checks() { return scalar(u"SELECT COUNT(*) FROM billing_run_checks"_s); }

    void check(const BillingRun& run)
    {
        auto done = billing().check(manager, run.id);
        ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    }

    QList<PaymentNotice> read(qint64 building = 0, const QString& unit = {})
    {
        auto got = notices().notices(cashier, u"2026-12"_s, building, unit);
        EXPECT_TRUE(got.ok()) << (got.ok() ? std::string() : got.error().message.toStdString());
        return got.ok() ? got.value() : QList<PaymentNotice>{};
    }
};

// R-FE-1: a run's notices wait for the finance check; the check is recorded with who and when, and
// audited.
TEST_P(PaymentNoticeServiceTest, NoticesPrintOnlyOnceFinanceHasCheckedTheRun)
{
    const BillingRun run = this->run(u"2026-12"_s);
    auto before = notices().notices(cashier, u"2026-12"_s, 0);
    ASSERT_FALSE(before.ok());
    EXPECT_EQ(before.error().code, u"fees.unchecked"_s);
    EXPECT_EQ(before.error().field, u"notices"_s);

    host.clock().advanceMinutes(30);
    auto checked = billing().check(manager, run.id);
    ASSERT_TRUE(checked.ok()) << checked.error().message.toStdString();
    EXPECT_EQ(checked.value().checkedBy, manager.user.displayName);
    EXPECT_EQ(checked.value().checkedMs, host.clock().nowMs());
    const QList<BillingRun> runs = billing().runs(cashier, u"2026-12"_s).value();
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs.first().checkedBy, manager.user.displayName);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'billing_run' AND action = 'checked'"_s), 1);

    const QList<PaymentNotice> all = read();
    QStringList units;
    for (const PaymentNotice& n : all)
        units << n.unitCode;
    EXPECT_EQ(units, (QStringList{u"1-1-101"_s, u"1-1-102"_s, u"1-1-103"_s, u"2-1-201"_s}));
}

// R-FE-1: finance checks what the cashier billed: not the person who confirmed the run, not a
// cashier, and a run once only; a refused check writes nothing.
TEST_P(PaymentNoticeServiceTest, TheCheckIsSomeoneElsesAndHappensOnce)
{
    auto p = billing().preview(manager, u"2026-12"_s);
    ASSERT_TRUE(p.ok());
    const BillingRun own = billing().confirm(manager, u"2026-12"_s, p.value().totalFen).value();
    auto self = billing().check(manager, own.id);
    ASSERT_FALSE(self.ok());
    EXPECT_EQ(self.error().code, u"fees.own_run"_s);
    auto byCashier = billing().check(cashier, own.id);
    ASSERT_FALSE(byCashier.ok());
    EXPECT_EQ(byCashier.error().code, u"perm.denied"_s);
    EXPECT_EQ(checks(), 0);

    const Session other = host.signedIn(Role::Manager, u"zhou.cw"_s);
    ASSERT_TRUE(billing().check(other, own.id).ok());
    auto twice = billing().check(other, own.id);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, u"fees.run_checked"_s);
    EXPECT_EQ(checks(), 1);
    auto missing = billing().check(other, own.id + 100);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, u"fees.no_run"_s);
}

// R-FE-1: a notice holds the month's lines with what prepaid settled of them, what is unpaid from
// earlier months, and what is due in all, the sum of those entries (R-FE-5).
TEST_P(PaymentNoticeServiceTest, ANoticeShowsTheMonthPrepaidAndEarlierArrears)
{
    const qint64 home = unitId(u"1-1-101"_s);
    const qint64 big = unitId(u"1-1-102"_s);
    check(run(u"2026-11"_s, big)); // November for 1-1-102, left unpaid
    PaymentRequest ahead;
    ahead.unitId = home;
    ahead.amountFen = 10000;
    ahead.method = PaymentMethod::Cash;
    ASSERT_TRUE(host.services().payments.pay(cashier, ahead).ok()); // ¥100.00 paid ahead by 1-1-101
    check(run(u"2026-12"_s));

    const QList<PaymentNotice> one = read(0, u"1-1-101"_s);
    ASSERT_EQ(one.size(), 1);
    const PaymentNotice& n = one.first();
    EXPECT_EQ(n.owner, u"张三"_s);
    ASSERT_EQ(n.lines.size(), 2);
    EXPECT_EQ(n.lines.at(0).line.itemName, u"物业管理费"_s); // due on the 15th, settled first
    EXPECT_EQ(n.lines.at(0).line.amountFen, 21002);
    EXPECT_EQ(n.lines.at(0).paidFen, 10000);
    EXPECT_EQ(n.lines.at(1).paidFen, 0);
    EXPECT_EQ(n.billedFen(), 22002);
    EXPECT_EQ(n.earlierOwedFen, 0);
    EXPECT_EQ(n.dueFen(), 12002);
    EXPECT_EQ(n.dueDay, QDate(2026, 12, 15));

    const QList<PaymentNotice> other = read(0, u"11102"_s); // the code without its separators
    ASSERT_EQ(other.size(), 1);
    EXPECT_EQ(other.first().unitCode, u"1-1-102"_s);
    EXPECT_EQ(other.first().earlierOwedFen, 28200 + 1000);
    EXPECT_EQ(other.first().dueFen(), 2 * (28200 + 1000));

    // Every unit's notices at once say the same.
    for (const PaymentNotice& each : read()) {
        if (each.unitCode == u"1-1-101"_s) {
            EXPECT_EQ(each.settledFen(), 10000);
            EXPECT_EQ(each.dueFen(), 12002);
        } else if (each.unitCode == u"1-1-102"_s) {
            EXPECT_EQ(each.earlierOwedFen, 28200 + 1000);
        } else {
            EXPECT_EQ(each.earlierOwedFen, 0) << each.unitCode.toStdString();
        }
    }
}

// R-FE-1: one building's notices, or one unit's; a unit not in the registry, a month written wrong
// or a month not billed is answered next to its field.
TEST_P(PaymentNoticeServiceTest, NoticesForOneBuildingOrOneUnit)
{
    check(run(u"2026-12"_s));
    const auto buildings = notices().buildings().value();
    ASSERT_EQ(buildings.size(), 2);
    const QList<PaymentNotice> second = read(buildings.at(1).id);
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second.first().unitCode, u"2-1-201"_s);
    EXPECT_EQ(second.first().dueFen(), 1000); // offices pay garbage only
    EXPECT_EQ(read(buildings.at(0).id).size(), 3);

    auto none = notices().notices(cashier, u"2026-12"_s, 0, u"9-9-909"_s);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().field, u"noticeUnit"_s);
    auto badMonth = notices().notices(cashier, u"2026-13"_s, 0);
    ASSERT_FALSE(badMonth.ok());
    EXPECT_EQ(badMonth.error().field, u"period"_s);
    auto unbilled = notices().notices(cashier, u"2027-01"_s, 0);
    ASSERT_FALSE(unbilled.ok());
    EXPECT_EQ(unbilled.error().code, u"fees.no_notices"_s);
    auto supervisor = notices().notices(host.signedIn(Role::Supervisor, u"chen.zg"_s), u"2026-12"_s, 0);
    ASSERT_FALSE(supervisor.ok());
    EXPECT_EQ(supervisor.error().code, u"perm.denied"_s);
}

// R-FE-1: a notice is numbered the first time it is given out (ZD, the year, six digits) and keeps its
// number when printed again, so the number on the owner's copy and on the office's stub is the one a
// resident quotes; the global search finds the bill by it. Reading the notices numbers nothing. A
// number is never changed or deleted.
TEST_P(PaymentNoticeServiceTest, ANoticeIsNumberedOnceAndTheSearchFindsTheBillByIt)
{
    check(run(u"2026-12"_s));
    const auto give = [this](qint64 building, const QString& unit) {
        QList<PaymentNotice> list = read(building, unit);
        EXPECT_TRUE(notices().giveOut(cashier, list).ok());
        return list;
    };
    const QString year = QString::number(host.clock().now().date().year());
    EXPECT_TRUE(read(0, u"1-1-102"_s).first().number.isEmpty());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM payment_notices"_s), 0) << "read, not given out";
    const QList<PaymentNotice> one = give(0, u"1-1-102"_s);
    ASSERT_EQ(one.size(), 1);
    EXPECT_EQ(one.first().number, u"ZD"_s + year + u"000001"_s);
    EXPECT_EQ(read(0, u"1-1-102"_s).first().number, one.first().number) << "read again, with its number";

    const QList<PaymentNotice> all = give(0, {});
    ASSERT_EQ(all.size(), 4);
    QSet<QString> numbers;
    for (const PaymentNotice& n : all) {
        EXPECT_TRUE(n.number.startsWith(u"ZD"_s + year)) << n.number.toStdString();
        numbers.insert(n.number);
        if (n.unitCode == u"1-1-102"_s) {
            EXPECT_EQ(n.number, one.first().number) << "printed again, the notice keeps its number";
        }
    }
    EXPECT_EQ(numbers.size(), 4);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM payment_notices"_s), 4);
    const QList<PaymentNotice> again = give(0, {});
    for (int i = 0; i < again.size(); ++i)
        EXPECT_EQ(again.at(i).number, all.at(i).number);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM payment_notices"_s), 4);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'payment_notice' AND action = 'numbered'"_s), 2)
        << "one event for the first unit, one for the other three; none when nothing was new";

    // A month whose run finance has not checked gives out no notice and no number.
    run(u"2027-01"_s);
    EXPECT_FALSE(notices().notices(cashier, u"2027-01"_s, 0).ok());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM payment_notices"_s), 4);

    const PaymentNotice& office = all.last();
    ASSERT_EQ(office.unitCode, u"2-1-201"_s);
    auto hits = host.services().search.find(cashier, office.number);
    ASSERT_TRUE(hits.ok()) << hits.error().message.toStdString();
    ASSERT_EQ(hits.value().size(), 1);
    EXPECT_EQ(hits.value().first().kind, QString::fromLatin1(PaymentNoticeService::SearchKind));
    EXPECT_EQ(hits.value().first().unitId, unitId(u"2-1-201"_s));
    EXPECT_EQ(notices().unitOfNotice(hits.value().first().refId), unitId(u"2-1-201"_s));

    EXPECT_FALSE(host.db().exec(u"UPDATE payment_notices SET notice_no = 'ZD1'"_s).ok());
    EXPECT_FALSE(host.db().exec(u"DELETE FROM payment_notices"_s).ok());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM payment_notices"_s), 4);
    QList<PaymentNotice> bySupervisor = read();
    auto refused = notices().giveOut(host.signedIn(Role::Supervisor, u"chen.zg"_s), bySupervisor);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, u"perm.denied"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, PaymentNoticeServiceTest, ::testing::ValuesIn(TestDatabase::backends()),
                         BackendName());

} // namespace
} // namespace fd::test
