#include "FeeFixture.h"

#include "core/DateTimeText.h"
#include "core/Money.h"
#include "engine/SiteSettings.h"
#include "engine/reminders/ReminderService.h"
#include "engine/tickets/SiteRules.h"
#include "modules/fees/ArrearsService.h"
#include "modules/fees/PaymentService.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

// December is billed: management due on the 15th, garbage on the 20th. 1-1-101 owes ¥210.02 and
// ¥10.00; 1-1-102 ¥282.00 and ¥10.00.
class ArrearsServiceTest : public FeeFixture
{
protected:
    void SetUp() override
    {
        FeeFixture::SetUp();
        setUpCharges();
        run(u"2026-12"_s);
        home = unitId(u"1-1-101"_s);
    }

    ArrearsService& arrears() { return host.services().arrears; }

    void on(int month, int day)
    {
        host.clock().set(QDateTime(QDate(month == 1 ? 2027 : 2026, month, day), QTime(9, 0)));
    }

    std::optional<ArrearsRow> rowOf(qint64 unit)
    {
        auto list = arrears().arrears(cashier);
        EXPECT_TRUE(list.ok());
        for (const ArrearsRow& r : list.value())
            if (r.unitId == unit)
                return r;
        return std::nullopt;
    }

    void payAll(qint64 unit)
    {
        const UnitAccount a = host.services().payments.account(cashier, unit).value();
        PaymentRequest r;
        r.unitId = unit;
        r.amountFen = a.owedFen;
        for (const OpenLine& o : a.open)
            r.lineIds << o.line.id;
        ASSERT_TRUE(host.services().payments.pay(cashier, r).ok());
    }

    qint64 notices() { return scalar(u"SELECT COUNT(*) FROM dunning_notices"_s); }

    qint64 home = 0;
};

// R-FE-3: a unit is on the arrears list once a bill is unpaid after its due day, with what is overdue,
// since when and for how many days; paid, it leaves the list.
TEST_P(ArrearsServiceTest, AUnitUnpaidAfterItsDueDayIsOnTheArrearsList)
{
    on(12, 15);
    EXPECT_TRUE(arrears().arrears(cashier).value().isEmpty()) << "due today is not overdue";
    on(12, 16);
    auto row = rowOf(home);
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ(row->owedFen, 21002) << "garbage is due on the 20th: not overdue yet";
    EXPECT_EQ(row->since, QDate(2026, 12, 15));
    EXPECT_EQ(row->daysOverdue, 1);
    EXPECT_EQ(row->unitCode, u"1-1-101"_s);
    EXPECT_EQ(row->owner, u"张三"_s);
    on(12, 21);
    EXPECT_EQ(rowOf(home)->owedFen, 22002);
    EXPECT_EQ(arrears().arrears(cashier).value().size(), 4);
    payAll(home);
    EXPECT_FALSE(rowOf(home).has_value());
    EXPECT_EQ(arrears().arrears(cashier).value().size(), 3);
}

// R-FE-3: written notices are numbered first, second, third, no sooner than the site's interval apart,
// each with the unpaid lines and a deadline; there is no fourth.
TEST_P(ArrearsServiceTest, NoticesAreNumberedOneToThreeAtTheSitesInterval)
{
    on(12, 21);
    auto first = arrears().issueNotice(cashier, home);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first.value().number, 1);
    EXPECT_EQ(first.value().noticeNo, u"CK2026000001"_s);
    EXPECT_EQ(first.value().owedFen, 22002);
    EXPECT_EQ(first.value().lines.size(), 2);
    EXPECT_EQ(first.value().deadline, QDate(2026, 12, 31)); // ten days, the default
    EXPECT_EQ(rowOf(home)->notices, 1);
    EXPECT_EQ(rowOf(home)->nextNoticeFrom, QDate(2027, 1, 5)); // fifteen days, the default

    auto tooSoon = arrears().issueNotice(cashier, home);
    ASSERT_FALSE(tooSoon.ok());
    EXPECT_EQ(tooSoon.error().field, u"unit"_s);
    EXPECT_EQ(notices(), 1);

    // The interval is the site's rule: at five days the second may go on the 26th.
    ASSERT_TRUE(
        host.services().settings.set(host.admin(), QString::fromLatin1(SiteRules::DunningIntervalDays), u"5"_s).ok());
    on(12, 26);
    EXPECT_EQ(arrears().issueNotice(cashier, home).value().number, 2);
    on(12, 31);
    EXPECT_EQ(arrears().issueNotice(cashier, home).value().number, 3);
    on(1, 20);
    auto fourth = arrears().issueNotice(cashier, home);
    ASSERT_FALSE(fourth.ok());
    EXPECT_EQ(fourth.error().field, u"unit"_s);
    EXPECT_EQ(notices(), 3);
    EXPECT_FALSE(rowOf(home)->nextNoticeFrom.isValid());

    // A unit with nothing overdue gets no notice.
    payAll(unitId(u"1-1-102"_s));
    auto paid = arrears().issueNotice(cashier, unitId(u"1-1-102"_s));
    ASSERT_FALSE(paid.ok());
    EXPECT_EQ(paid.error().field, u"unit"_s);
}

// R-FE-3: after the third notice's deadline, still unpaid, the manager refers the unit for legal
// handling; not before, and not the cashier. The referral stays on the unit.
TEST_P(ArrearsServiceTest, AfterTheThirdNoticeTheManagerRefersTheUnit)
{
    on(12, 21);
    EXPECT_FALSE(arrears().refer(manager, home, {}).ok()) << "no notice yet";
    ASSERT_TRUE(arrears().issueNotice(cashier, home).ok());
    on(1, 5);
    ASSERT_TRUE(arrears().issueNotice(cashier, home).ok());
    on(1, 20);
    ASSERT_TRUE(arrears().issueNotice(cashier, home).ok());
    const Status early = arrears().refer(manager, home, {});
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().field, u"unit"_s) << "the third notice's deadline (the 30th) has not passed";
    on(1, 31);
    const Status byCashier = arrears().refer(cashier, home, {});
    ASSERT_FALSE(byCashier.ok());
    EXPECT_EQ(byCashier.error().code, u"perm.denied"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM legal_referrals"_s), 0);
    const Status referred = arrears().refer(manager, home, u"移交法务部"_s);
    ASSERT_TRUE(referred.ok()) << referred.error().message.toStdString();
    EXPECT_TRUE(rowOf(home)->referred);
    EXPECT_FALSE(arrears().refer(manager, home, {}).ok()) << "once";
    payAll(home);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM legal_referrals WHERE unit_id = ?"_s, {home}), 1) << "it stays";
}

// R-FE-3: the unit's card tells the desk that it owes and since when; the amount only to the roles
// that see fee amounts; a legal referral stays on the card after the unit has paid.
TEST_P(ArrearsServiceTest, TheUnitsCardSaysItOwesAndSinceWhen)
{
    const Session clerk = host.signedIn(Role::Clerk, u"sun.kz"_s);
    on(12, 10);
    EXPECT_TRUE(arrears().unitFact(clerk, home).isEmpty()) << "nothing is due yet";
    on(12, 16);
    const QString since = DateTimeText::date(QDate(2026, 12, 15));
    const QString toClerk = arrears().unitFact(clerk, home);
    EXPECT_TRUE(toClerk.contains(since)) << toClerk.toStdString();
    EXPECT_FALSE(toClerk.contains(u"¥"_s)) << "a clerk sees no amount: " << toClerk.toStdString();
    const QString toCashier = arrears().unitFact(cashier, home);
    EXPECT_TRUE(toCashier.contains(since));
    EXPECT_TRUE(toCashier.contains(Money::text(21002))) << toCashier.toStdString();

    on(12, 21);
    ASSERT_TRUE(arrears().issueNotice(cashier, home).ok());
    on(1, 5);
    ASSERT_TRUE(arrears().issueNotice(cashier, home).ok());
    on(1, 20);
    ASSERT_TRUE(arrears().issueNotice(cashier, home).ok());
    on(1, 31);
    ASSERT_TRUE(arrears().refer(manager, home, {}).ok());
    payAll(home);
    const QString after = arrears().unitFact(clerk, home);
    EXPECT_FALSE(after.contains(since)) << "paid: it owes nothing now";
    EXPECT_TRUE(after.contains(DateTimeText::date(QDate(2027, 1, 31)))) << after.toStdString();
}

// R-FE-3: the reminders tell the cashier (and the manager, not the desk) when the next notice may go
// and, after the third deadline, that the unit may be referred; a payment that leaves nothing overdue
// ends them.
TEST_P(ArrearsServiceTest, TheRemindersSayWhenTheNextNoticeMayGoAndWhenToRefer)
{
    ReminderService reminders(host.db(), host.clock(), host.services().audit, host.services().rules);
    const Session clerk = host.signedIn(Role::Clerk, u"sun.kz"_s);
    const auto dunning = [&](const Session& who) {
        QList<Reminder> out;
        for (const Reminder& r : reminders.active(host.clock().nowMs(), who).value())
            if ((r.source == QString::fromLatin1(ArrearsService::SearchKind) ||
                 r.source == QString::fromLatin1(ArrearsService::ReferralKind)) &&
                r.unitId == home)
                out << r;
        return out;
    };
    on(12, 21);
    ASSERT_TRUE(arrears().issueNotice(cashier, home).ok());
    on(1, 4);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    EXPECT_TRUE(dunning(cashier).isEmpty()) << "the interval (15 days) has not passed";
    on(1, 5);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    ASSERT_EQ(dunning(cashier).size(), 1);
    EXPECT_EQ(dunning(manager).size(), 1);
    EXPECT_TRUE(dunning(clerk).isEmpty()) << "the desk is not told of dunning";

    ASSERT_TRUE(arrears().issueNotice(cashier, home).ok());
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    EXPECT_TRUE(dunning(cashier).isEmpty()) << "the second notice went: that reminder is done";
    on(1, 20);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    ASSERT_EQ(dunning(cashier).size(), 1);
    ASSERT_TRUE(arrears().issueNotice(cashier, home).ok()); // the third: deadline the 30th
    on(1, 31);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    const QList<Reminder> refer = dunning(manager);
    ASSERT_EQ(refer.size(), 1);
    EXPECT_TRUE(refer.first().description.contains(u"legal"_s)) << refer.first().description.toStdString();
    EXPECT_TRUE(dunning(cashier).isEmpty()) << "the manager refers; the cashier is not reminded of it";

    payAll(home);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    EXPECT_TRUE(dunning(manager).isEmpty()) << "paid: nothing to refer";
}

// R-FE-3: a payment taken back (a transfer returned by the bank) leaves the unit overdue again: the
// stretch keeps its notices and the reminder of the next one comes back; a referred stretch stays with
// the legal handling and reminds of nothing.
TEST_P(ArrearsServiceTest, APaymentTakenBackBringsTheDunningReminderBack)
{
    ReminderService reminders(host.db(), host.clock(), host.services().audit, host.services().rules);
    const auto dunning = [&] {
        int n = 0;
        for (const Reminder& r : reminders.active(host.clock().nowMs(), cashier).value())
            n += r.source == QString::fromLatin1(ArrearsService::SearchKind) && r.unitId == home;
        return n;
    };
    on(12, 21);
    ASSERT_TRUE(arrears().issueNotice(cashier, home).ok());
    on(1, 6);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    ASSERT_EQ(dunning(), 1);
    payAll(home);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    EXPECT_EQ(dunning(), 0);

    const qint64 paid = scalar(u"SELECT MAX(id) FROM payments WHERE unit_id = ?"_s, {home});
    host.clock().advanceMinutes(30);
    ASSERT_TRUE(host.services().payments.reverse(cashier, manager, paid, u"银行退票"_s).ok());
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    EXPECT_EQ(dunning(), 1) << "overdue again: the second notice may go";
    ASSERT_TRUE(rowOf(home).has_value());
    EXPECT_EQ(rowOf(home)->notices, 1) << "the stretch keeps its first notice";
    ASSERT_TRUE(arrears().issueNotice(cashier, home).ok());
    EXPECT_EQ(scalar(u"SELECT MAX(number) FROM dunning_notices WHERE unit_id = ?"_s, {home}), 2);

    // Referred: paid and taken back again, the manager's referral is where it stays.
    on(1, 21);
    ASSERT_TRUE(arrears().issueNotice(cashier, home).ok());
    host.clock().set(QDateTime(QDate(2027, 2, 1), QTime(9, 0))); // the third deadline (the 31st) passed
    ASSERT_TRUE(arrears().refer(manager, home, {}).ok());
    payAll(home);
    const qint64 again = scalar(u"SELECT MAX(id) FROM payments WHERE unit_id = ?"_s, {home});
    ASSERT_TRUE(host.services().payments.reverse(cashier, manager, again, u"银行退票"_s).ok());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM watches WHERE source IN ('dunning_notice', 'dunning_referral') AND "
                     "closed_ms IS NULL"_s),
              0);
}

// R-FE-3: each contact is recorded with why it is unpaid; the list shows the last one.
TEST_P(ArrearsServiceTest, ContactsRecordWhyItIsUnpaid)
{
    on(12, 21);
    auto empty = arrears().recordContact(cashier, home, ContactKind::Phone, u" "_s, {});
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field, u"note"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM arrears_contacts"_s), 0);
    ASSERT_TRUE(arrears().recordContact(cashier, home, ContactKind::Phone, u"出差，月底交"_s, {}).ok());
    ASSERT_TRUE(arrears().recordContact(cashier, home, ContactKind::Visit, u"对保洁不满"_s, u"已转客服主管"_s).ok());
    EXPECT_TRUE(rowOf(home)->lastContact.contains(u"对保洁不满"_s)) << rowOf(home)->lastContact.toStdString();
    const QList<ArrearsContact> all = arrears().contacts(cashier, home).value();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.first().reason, u"出差，月底交"_s);
    EXPECT_EQ(all.last().kind, ContactKind::Visit);
}

// R-FE-3: arrears paid off end their notices; a later stretch starts again at the first notice.
TEST_P(ArrearsServiceTest, ALaterStretchOfArrearsStartsAtTheFirstNotice)
{
    on(12, 21);
    ASSERT_TRUE(arrears().issueNotice(cashier, home).ok());
    payAll(home);
    run(u"2027-01"_s);
    on(1, 21);
    auto again = arrears().issueNotice(cashier, home);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again.value().number, 1);
    EXPECT_EQ(again.value().since, QDate(2027, 1, 15));
}

// R-FE-3: the global search finds a dunning notice by its number.
TEST_P(ArrearsServiceTest, TheSearchFindsADunningNoticeByItsNumber)
{
    on(12, 21);
    const DunningNotice n = arrears().issueNotice(cashier, home).value();
    auto hits = host.services().search.find(cashier, n.noticeNo);
    ASSERT_TRUE(hits.ok()) << hits.error().message.toStdString();
    ASSERT_FALSE(hits.value().isEmpty());
    EXPECT_EQ(hits.value().first().kind, QString::fromLatin1(ArrearsService::SearchKind));
    EXPECT_EQ(hits.value().first().refId, n.id);
    EXPECT_EQ(arrears().notice(cashier, n.id).value().noticeNo, n.noticeNo);
}

INSTANTIATE_TEST_SUITE_P(Backends, ArrearsServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
