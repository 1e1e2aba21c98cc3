#include "VisitFixture.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class VisitServiceTest : public VisitFixture
{
};

TEST_P(VisitServiceTest, TheMonthCountsEachClerksOwnVisitsAndTheDepartmentsAgainstTheQuotas)
{
    // R-CB-5: each clerk at least 20 a month, the department at least 10.
    const Session wang = host.signedIn(Role::Clerk, u"wang.fang"_s);
    const Session idle = host.signedIn(Role::Clerk, u"zhao.lei"_s);
    const Session supervisor = host.signedIn(Role::Supervisor, u"chen.jing"_s);
    recordMany(clerk, 3, at(2026, 11, 2));
    recordMany(wang, 1, at(2026, 11, 20));
    recordMany(supervisor, 2, at(2026, 11, 5), true); // joint visits: the department's
    recordMany(clerk, 1, at(2026, 11, 6), true);

    auto p = visits->progress(host.clock().nowMs());
    ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
    const VisitProgress& progress = p.value();
    ASSERT_NE(tallyOf(progress, clerk.user.id), nullptr);
    EXPECT_EQ(tallyOf(progress, clerk.user.id)->done, 3);
    EXPECT_EQ(tallyOf(progress, clerk.user.id)->quota, 20);
    EXPECT_FALSE(tallyOf(progress, clerk.user.id)->met());
    ASSERT_NE(tallyOf(progress, wang.user.id), nullptr);
    EXPECT_EQ(tallyOf(progress, wang.user.id)->done, 1);
    ASSERT_NE(tallyOf(progress, idle.user.id), nullptr); // a clerk with no visit yet is listed at 0
    EXPECT_EQ(tallyOf(progress, idle.user.id)->done, 0);
    EXPECT_EQ(tallyOf(progress, supervisor.user.id), nullptr); // only department visits: not a clerk's bar
    EXPECT_EQ(progress.department.done, 3);
    EXPECT_EQ(progress.department.quota, 10);
    EXPECT_EQ(progress.fromMs, at(2026, 11, 1, 0, 0));
    EXPECT_EQ(progress.toMs, at(2026, 12, 1, 0, 0));
}

TEST_P(VisitServiceTest, AVisitLastMonthDoesNotCountThisMonth)
{
    // R-CB-5: the quota is per calendar month (local time), counted by when the visit was made.
    recordMany(clerk, 2, at(2026, 10, 31, 23, 59));
    recordMany(clerk, 1, at(2026, 10, 20), true);
    recordMany(clerk, 1, at(2026, 11, 1, 0, 0));

    const VisitProgress november = visits->progress(host.clock().nowMs()).value();
    EXPECT_EQ(tallyOf(november, clerk.user.id)->done, 1);
    EXPECT_EQ(november.department.done, 0);
    const VisitProgress october = visits->progress(at(2026, 10, 15)).value();
    EXPECT_EQ(tallyOf(october, clerk.user.id)->done, 2);
    EXPECT_EQ(october.department.done, 1);
}

TEST_P(VisitServiceTest, TheQuotasComeFromTheSiteRules)
{
    // R-CB-5: the numbers are site rules, not literals: lowered, two visits meet them.
    ASSERT_TRUE(
        host.services().rules.set(host.admin(), QString::fromLatin1(SiteRules::VisitsClerkMonthly), u"2"_s).ok());
    ASSERT_TRUE(
        host.services().rules.set(host.admin(), QString::fromLatin1(SiteRules::VisitsDepartmentMonthly), u"1"_s).ok());
    recordMany(clerk, 2);
    const VisitProgress p = visits->progress(host.clock().nowMs()).value();
    EXPECT_EQ(tallyOf(p, clerk.user.id)->quota, 2);
    EXPECT_TRUE(tallyOf(p, clerk.user.id)->met());
    EXPECT_EQ(p.department.quota, 1);
    EXPECT_FALSE(p.department.met());
}

TEST_P(VisitServiceTest, BadInputIsRefusedNextToTheFieldAndNothingIsWritten)
{
    // R-CB-5: a visit is recorded in full — which unit, when, how, what about.
    VisitInput noUnit = visit(u"3-1-502"_s, u"停车费"_s);
    noUnit.unitId = 0;
    EXPECT_EQ(visits->record(clerk, noUnit).error().field, u"unit"_s);
    VisitInput unknownUnit = noUnit;
    unknownUnit.unitId = 987654;
    EXPECT_EQ(visits->record(clerk, unknownUnit).error().field, u"unit"_s);
    EXPECT_EQ(visits->record(clerk, visit(u"3-1-502"_s, u"   "_s)).error().field, u"topic"_s);
    const qint64 tomorrow = host.clock().nowMs() + 24LL * 3600 * 1000;
    EXPECT_EQ(visits->record(clerk, visit(u"3-1-502"_s, u"停车费"_s, tomorrow)).error().field, u"visited"_s);
    VisitInput badWay = visit(u"3-1-502"_s, u"停车费"_s);
    badWay.way = static_cast<VisitWay>(42);
    EXPECT_EQ(visits->record(clerk, badWay).error().field, u"way"_s);
    const Session cashier = host.signedIn(Role::Cashier, u"sun.li"_s);
    EXPECT_EQ(visits->record(cashier, visit(u"3-1-502"_s, u"停车费"_s)).error().code, u"perm.denied"_s);

    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM customer_visits"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'customer_visit'"_s), 0);
    EXPECT_EQ(tallyOf(visits->progress(host.clock().nowMs()).value(), clerk.user.id)->done, 0);
}

TEST_P(VisitServiceTest, AVisitIsStoredAuditedListedLatestFirstAndNeverDeleted)
{
    // R-CB-5: recorded — every field kept, the audit trail has it, the record cannot be deleted.
    VisitInput first = visit(u"3-1-601"_s, u"电梯维保安排"_s, at(2026, 11, 10));
    first.way = VisitWay::Phone;
    first.personName = u"  钱七 "_s;
    first.opinion = u"希望周末不要保养电梯"_s;
    auto a = visits->record(clerk, first);
    ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
    ASSERT_TRUE(visits->record(clerk, visit(u"5-2-101"_s, u"商铺门前停车"_s, at(2026, 11, 21), true)).ok());
    ASSERT_TRUE(visits->record(clerk, visit(u"3-1-502"_s, u"冬季供暖"_s, at(2026, 11, 15))).ok());

    auto list = visits->recent(2);
    ASSERT_TRUE(list.ok()) << list.error().message.toStdString();
    ASSERT_EQ(list.value().size(), 2);
    EXPECT_EQ(list.value().at(0).unitCode, u"5-2-101"_s);
    EXPECT_TRUE(list.value().at(0).forDepartment);
    EXPECT_EQ(list.value().at(1).unitCode, u"3-1-502"_s);
    const CustomerVisit stored = visits->recent(2, 2).value().value(0);
    EXPECT_EQ(stored.id, a.value().id);
    EXPECT_EQ(stored.personName, u"钱七"_s);
    EXPECT_EQ(stored.way, VisitWay::Phone);
    EXPECT_EQ(stored.opinion, u"希望周末不要保养电梯"_s);
    EXPECT_FALSE(stored.forDepartment);
    EXPECT_EQ(stored.recordedBy, clerk.user.displayName);
    EXPECT_EQ(stored.createdMs, host.clock().nowMs());
    EXPECT_EQ(visits->count().value(), 3);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'customer_visit'"_s), 3);
    EXPECT_FALSE(host.db().exec(u"DELETE FROM customer_visits"_s).ok());
    EXPECT_EQ(visits->count().value(), 3);
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Backends, VisitServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace fd::test
