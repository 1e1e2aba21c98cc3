#include "ReportFixture.h"

#include "../gui/GuiTestSupport.h"
#include "modules/callbacks/VisitService.h"
#include "modules/reports/ReportSections.h"
#include "support/TestDatabase.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ReportVisits_ : public ReportFixture
{
protected:
    void SetUp() override
    {
        ReportFixture::SetUp();
        importSample(host);
    }

    void visitAt(const Session& who, QDate day, bool forDepartment = false)
    {
        VisitInput v;
        v.unitId = host.db().scalar(u"SELECT id FROM units WHERE code = '3-1-502'"_s).value().toLongLong();
        v.visitedMs = QDateTime(day, QTime(10, 0)).toMSecsSinceEpoch();
        v.topic = u"冬季供暖情况"_s;
        v.forDepartment = forDepartment;
        auto r = visits.record(who, v);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    }

    VisitService visits{host.db(), host.clock(), host.services().audit, host.services().rules};
};

// R-CB-5 in the weekly report: each clerk's own visits from the first of the month to the week's end.
TEST_P(ReportVisits_, EachClerksOwnVisitsThisMonthAreInTheReport)
{
    const Session wang = host.signedIn(Role::Clerk, u"wang.fang"_s);
    setTime(6, 12, 0);                         // Sunday after the week
    visitAt(clerk, QDate(2026, 10, 30));       // last month
    visitAt(clerk, QDate(2026, 11, 3));        // this month, an earlier week
    visitAt(clerk, QDate(2026, 11, 24));       // this week
    visitAt(clerk, QDate(2026, 11, 25), true); // the department's, not li.na's
    visitAt(clerk, QDate(2026, 11, 28));       // after the week closed
    visitAt(wang, QDate(2026, 11, 21));

    const ReportFigures f = week();
    ASSERT_EQ(f.clerks.size(), 2);
    for (const ClerkFigures& c : f.clerks)
        EXPECT_EQ(c.monthVisits, c.userId == clerk.user.id ? 2 : 1) << c.name.toStdString();
    const QList<ReportSection> sections = ReportSections::build(f);
    const ReportSection& clerks = sections.last();
    EXPECT_EQ(clerks.headers.size(), clerks.rows.value(0).size());
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Backends, ReportVisits_, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace fd::test
