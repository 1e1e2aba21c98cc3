// A renovation with the rest of the product: withdrawn before anything is charged, found by the search,
// on the desk's handover sheet, counted in the daily report, on the page's badge, and the decoration
// hours the site sets (R-RN-1).
#include "RenovationFixture.h"

#include "engine/shifts/Shift.h"
#include "engine/tickets/SiteRules.h"
#include "engine/tickets/TicketQueues.h"
#include "modules/queues/QueuePage.h"
#include "modules/queues/QueueTableModel.h"
#include "modules/renovations/RenovationHandoverProvider.h"
#include "modules/renovations/RenovationsPage.h"
#include "modules/reports/ReportService.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class RenovationLinksTest : public RenovationFixture
{
};

// R-RN-1: an application given up is withdrawn with its reason, but only before anything is charged:
// a charged deposit goes on to its refund.
TEST_P(RenovationLinksTest, AnApplicationIsWithdrawnOnlyBeforeItsDepositIsCharged)
{
    const qint64 id = renovations().apply(clerk, application()).value().id;
    auto unsaid = renovations().withdraw(clerk, id, u" "_s);
    ASSERT_FALSE(unsaid.ok());
    EXPECT_EQ(unsaid.error().field, u"reason"_s);
    auto withdrawn = renovations().withdraw(clerk, id, u"业主暂缓装修"_s);
    ASSERT_TRUE(withdrawn.ok());
    EXPECT_EQ(withdrawn.value().stage, RenovationStage::Withdrawn);
    EXPECT_TRUE(withdrawn.value().ended());
    EXPECT_TRUE(renovations().apply(clerk, application()).ok()) << "the unit may apply again";

    const qint64 other = renovations().renovations(clerk, true).value().first().id;
    ASSERT_TRUE(renovations().approve(supervisor, other, {}).ok());
    ASSERT_TRUE(renovations().signAgreement(clerk, other, signedOnPad()).ok());
    ASSERT_TRUE(renovations().chargeDeposit(clerk, other, depositItem, 500000, wasteItem, 80000).ok());
    const qint64 before = written();
    EXPECT_FALSE(renovations().withdraw(clerk, other, u"业主暂缓装修"_s).ok());
    EXPECT_EQ(written(), before);
}

// The search finds a renovation by its number, the owner and the company.
TEST_P(RenovationLinksTest, TheSearchFindsARenovation)
{
    const Renovation r = renovations().apply(clerk, application()).value();
    for (const QString& query : {r.number, u"美居装饰"_s}) {
        auto hits = host.services().search.find(clerk, query);
        ASSERT_TRUE(hits.ok());
        bool found = false;
        for (const auto& hit : hits.value())
            found = found || (hit.kind == QString::fromLatin1(RenovationService::SearchKind) && hit.refId == r.id);
        EXPECT_TRUE(found) << query.toStdString();
    }
}

// R-SH-2: renovations not ended are on the desk's handover sheet with their stage, end and problems; not
// on the control room's, and not once refunded.
TEST_P(RenovationLinksTest, RenovationsUnderWayAreOnTheDesksHandoverSheet)
{
    const Renovation r = working();
    ASSERT_NE(r.id, 0);
    InspectionFound found;
    found.day = QDate(2026, 12, 5);
    found.inspector = u"工程部 赵工"_s;
    found.findings = u"卫生间防水未做闭水试验"_s;
    found.problem = true;
    found.toldHow = u"书面整改通知"_s;
    found.fixBy = QDate(2026, 12, 8);
    ASSERT_TRUE(renovations().recordInspection(clerk, r.id, found).ok());
    RenovationHandoverProvider provider(host.db());
    auto desk = provider.openItems(Post{1, u"desk"_s, u"前台"_s, false}, host.clock().nowMs());
    ASSERT_TRUE(desk.ok());
    ASSERT_EQ(desk.value().size(), 1);
    EXPECT_EQ(desk.value().first().refId, r.id);
    EXPECT_TRUE(desk.value().first().text.contains(r.number));
    EXPECT_TRUE(desk.value().first().text.contains(u"1 problem"_s)) << desk.value().first().text.toStdString();
    auto control = provider.openItems(Post{2, u"control"_s, u"中控室"_s, true}, host.clock().nowMs());
    ASSERT_TRUE(control.ok());
    EXPECT_TRUE(control.value().isEmpty());
}

// The daily report's renovations table: what happened that day, and the refunds due.
TEST_P(RenovationLinksTest, TheReportCountsTheDaysRenovations)
{
    const Renovation r = working(); // applied and approved today
    ASSERT_NE(r.id, 0);
    ASSERT_TRUE(renovations()
                    .apply(clerk,
                           [&] {
                               RenovationApplication a = application({u"facade"_s});
                               a.unitId = scalar(u"SELECT id FROM units WHERE code = '3-1-601'"_s);
                               a.residentId = scalar(u"SELECT id FROM residents WHERE unit_id = ?"_s, {a.unitId});
                               return a;
                           }())
                    .ok());
    const qint64 second = renovations().renovations(clerk, true).value().last().id;
    ASSERT_TRUE(renovations().reject(supervisor, second, u"外立面禁止改动"_s).ok());
    ASSERT_TRUE(renovations().requestAcceptance(clerk, r.id, {}).ok());
    ASSERT_TRUE(renovations().passAcceptance(supervisor, r.id).ok());
    auto day = host.services().reports.day(supervisor, QDate(2026, 12, 5));
    ASSERT_TRUE(day.ok()) << day.error().message.toStdString();
    QHash<QString, qint64> counts;
    for (const RenovationWeekRow& row : day.value().renovations)
        counts.insert(row.label, row.count);
    EXPECT_EQ(counts.value(u"Applications received"_s), 2);
    EXPECT_EQ(counts.value(u"Approved by engineering"_s), 1);
    EXPECT_EQ(counts.value(u"Returned to change"_s), 1);
    EXPECT_EQ(counts.value(u"Acceptances passed"_s), 1);
    EXPECT_EQ(counts.value(u"Refunds due and not paid"_s), 0) << "due in three months";
    host.clock().set(QDateTime(QDate(2027, 3, 5), QTime(9, 0)));
    auto later = host.services().reports.day(supervisor, QDate(2027, 3, 5));
    ASSERT_TRUE(later.ok());
    for (const RenovationWeekRow& row : later.value().renovations)
        if (row.label == u"Refunds due and not paid"_s)
            EXPECT_EQ(row.count, 1);
}

// The page's badge counts what needs the desk today: acceptance asked for; the planned end reached.
TEST_P(RenovationLinksTest, ThePagesBadgeCountsWhatNeedsTheDeskToday)
{
    Services& s = host.services();
    RenovationsPage page({s.renovations, s.charges, s.registry, s.site, s.rules, s.changes, s.minuteTick, s.clock});
    QSignalSpy due(&page, &RenovationsPage::dueChanged);
    page.setSession(clerk);
    const Renovation r = working();
    ASSERT_NE(r.id, 0);
    page.refresh();
    EXPECT_EQ(due.last().at(0).toInt(), 0) << "at work, the end not reached";
    host.clock().set(QDateTime(QDate(2027, 2, 28), QTime(9, 0)));
    page.refresh();
    EXPECT_EQ(due.last().at(0).toInt(), 1) << "the planned end has come";
    ASSERT_TRUE(renovations().requestAcceptance(clerk, r.id, {}).ok());
    page.refresh();
    EXPECT_EQ(due.last().at(0).toInt(), 1) << "acceptance asked for";
    ASSERT_TRUE(renovations().passAcceptance(supervisor, r.id).ok());
    page.refresh();
    EXPECT_EQ(due.last().at(0).toInt(), 0) << "the refund is due in three months";
}

// The decoration hours are the site's: set to 07:00–20:00, a worker let in at 19:30 is not flagged; a pass
// is never valid before the work starts.
TEST_P(RenovationLinksTest, TheDecorationHoursAreTheSitesRule)
{
    ASSERT_TRUE(host.services()
                    .rules.set(host.admin(), QString::fromLatin1(SiteRules::RenovationWorkingHours), u"07:00-20:00"_s)
                    .ok());
    const Renovation r = working();
    ASSERT_NE(r.id, 0);
    const qint64 worker =
        renovations().addWorker(clerk, r.id, {u"张师傅"_s, u"110105198001011234"_s, u"13700001111"_s, {}}).value().id;
    auto early = renovations().issuePass(clerk, worker, QDate(2026, 12, 9), QDate(2026, 12, 31));
    ASSERT_FALSE(early.ok()) << "the work starts on the 10th";
    EXPECT_EQ(early.error().field, u"from"_s);
    const QString pass =
        renovations().issuePass(clerk, worker, QDate(2026, 12, 10), QDate(2026, 12, 31)).value().number;
    host.clock().set(QDateTime(QDate(2026, 12, 11), QTime(19, 30)));
    auto in = renovations().checkIn(clerk, pass);
    ASSERT_TRUE(in.ok());
    EXPECT_TRUE(in.value().valid);
    EXPECT_FALSE(in.value().outsideHours);
    host.clock().set(QDateTime(QDate(2026, 12, 11), QTime(20, 30)));
    EXPECT_TRUE(renovations().checkIn(clerk, pass).value().outsideHours);
}

// A problem not put right by its day is the desk's work in the overdue queue beside the tickets (every
// department's view), and Enter on it opens the renovation's record; put right, it leaves the queue.
TEST_P(RenovationLinksTest, AProblemDueIsInTheQueues)
{
    const Renovation r = working();
    ASSERT_NE(r.id, 0);
    InspectionFound found;
    found.day = QDate(2026, 12, 5);
    found.department = InspectionDepartment::Security;
    found.inspector = u"保安 李明"_s;
    found.findings = u"楼道堆放装修垃圾"_s;
    found.problem = true;
    found.toldHow = u"电话告知业主"_s;
    found.fixBy = QDate(2026, 12, 7);
    const qint64 problem = renovations().recordInspection(clerk, r.id, found).value().id;
    TicketQueues& queues = host.services().queues;
    EXPECT_EQ(queues.counts(clerk, host.clock().nowMs()).value().overdue, 0) << "not due yet";

    host.clock().set(QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
    const qint64 now = host.clock().nowMs();
    EXPECT_EQ(queues.counts(clerk, now).value().overdue, 1);
    auto overdue = queues.page(clerk, QueueKind::Overdue, now, {}, 0, 50);
    ASSERT_TRUE(overdue.ok()) << overdue.error().message.toStdString();
    ASSERT_EQ(overdue.value().size(), 1);
    EXPECT_EQ(overdue.value().first().source, QString::fromLatin1(RenovationService::ProblemWatch));
    EXPECT_EQ(overdue.value().first().refId, problem);
    EXPECT_EQ(overdue.value().first().unitCode, u"3-1-502"_s);
    EXPECT_TRUE(queues.page(clerk, QueueKind::Overdue, now, u"工程部"_s, 0, 50).value().isEmpty())
        << "a department's view lists its tickets";

    Services& s = host.services();
    QueuePage page(
        {.queues = s.queues, .tickets = s.tickets, .clock = s.clock, .minuteTick = s.minuteTick, .changes = s.changes});
    page.setSession(clerk);
    page.resize(1000, 600);
    page.show();
    page.setCurrentQueue(QueueKind::Overdue);
    page.refresh();
    ASSERT_EQ(page.model()->rowCount(), 1);
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    QSignalSpy opened(&page, &QueuePage::recordActivated);
    QTest::keyClick(page.table(), Qt::Key_Return);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().at(0).toString(), QString::fromLatin1(RenovationService::ProblemWatch));
    EXPECT_EQ(opened.first().at(1).toLongLong(), problem);

    ASSERT_TRUE(renovations().problemFixed(clerk, problem, u"已清运"_s).ok());
    EXPECT_EQ(queues.counts(clerk, now).value().overdue, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, RenovationLinksTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
