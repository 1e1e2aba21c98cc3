#include "ReportFixture.h"

#include "engine/reminders/ReminderService.h"
#include "engine/tickets/SiteRules.h"
#include "engine/watches/WatchService.h"
#include "modules/reports/ReportSections.h"
#include "support/TestDatabase.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ReportService_ : public ReportFixture
{
};

// R-IN-6: the week runs Saturday 00:00 to Friday 24:00, whatever day of it is asked for.
TEST_P(ReportService_, WeekClosesOnFridayAndStartsOnSaturday)
{
    for (int offset = -2; offset <= 4; ++offset) {
        const ReportFigures f = week(monday().addDays(offset));
        EXPECT_EQ(f.firstDay, QDate(2026, 11, 21)) << offset;
        EXPECT_EQ(f.lastDay, QDate(2026, 11, 27)) << offset;
        EXPECT_EQ(f.firstDay.dayOfWeek(), Qt::Saturday);
        EXPECT_EQ(f.lastDay.dayOfWeek(), Qt::Friday);
    }
    EXPECT_EQ(week(QDate(2026, 11, 28)).firstDay, QDate(2026, 11, 28));
}

// R-IN-6 (rule.week_close_day): a site whose week closes on Sunday reports Monday 00:00 to Sunday
// 24:00, and the title names the day.
TEST_P(ReportService_, TheWeekClosesOnTheSitesDay)
{
    ASSERT_TRUE(host.services().rules.set(host.admin(), QString::fromLatin1(SiteRules::WeekCloseDay), u"7"_s).ok());
    for (int offset = 0; offset <= 6; ++offset) {
        const ReportFigures f = week(monday().addDays(offset));
        EXPECT_EQ(f.firstDay, monday()) << offset;
        EXPECT_EQ(f.lastDay, QDate(2026, 11, 29)) << offset;
    }
    EXPECT_EQ(week(QDate(2026, 11, 22)).lastDay, QDate(2026, 11, 22)) << "Sunday closes the week before";
    setTime(-1, 23, 59); // Sunday 11-22: last week now
    open(TicketKind::Repair);
    setTime(0, 0, 0); // Monday 00:00: this week
    open(TicketKind::Repair);
    EXPECT_EQ(week().total, 1);
    EXPECT_TRUE(ReportSections::title(week()).contains(QLocale().dayName(Qt::Sunday)));
    // Out of range is refused and the week stays.
    EXPECT_FALSE(host.services().rules.set(host.admin(), QString::fromLatin1(SiteRules::WeekCloseDay), u"8"_s).ok());
    EXPECT_EQ(week().lastDay.dayOfWeek(), Qt::Sunday);
}

// R-IN-6: everything taken in during the week, by kind and by channel.
TEST_P(ReportService_, CountsTicketsByKindAndChannel)
{
    setTime(0, 9, 0);
    open(TicketKind::Repair, Channel::Call, u"水电"_s);
    open(TicketKind::Repair, Channel::Call, u"水电"_s);
    open(TicketKind::Repair, Channel::Patrol, u"门窗"_s);
    open(TicketKind::Complaint, Channel::WalkIn);
    open(TicketKind::Inquiry, Channel::Letter);

    const ReportFigures f = week();
    EXPECT_EQ(f.total, 5);
    EXPECT_EQ(countOf(f.byKind, u"repair"_s), 3);
    EXPECT_EQ(countOf(f.byKind, u"complaint"_s), 1);
    EXPECT_EQ(countOf(f.byKind, u"inquiry"_s), 1);
    EXPECT_EQ(countOf(f.byKind, u"request"_s), 0);
    EXPECT_EQ(countOf(f.byChannel, u"call"_s), 2);
    EXPECT_EQ(countOf(f.byChannel, u"patrol"_s), 1);
    EXPECT_EQ(countOf(f.byChannel, u"walk_in"_s), 1);
    EXPECT_EQ(countOf(f.byChannel, u"letter"_s), 1);
    EXPECT_EQ(countOf(f.byCategory, u"水电"_s), 2);
    EXPECT_EQ(countOf(f.byCategory, u"门窗"_s), 1);
    // The categories are the repairs' (R-RP-1): a complaint or an inquiry is no "unclassified repair".
    qint64 categorised = 0;
    for (const ReportCount& c : f.byCategory) {
        EXPECT_FALSE(c.key.isEmpty()) << c.count << " counted without a category";
        categorised += c.count;
    }
    EXPECT_EQ(categorised, countOf(f.byKind, u"repair"_s));
    EXPECT_EQ(countOf(f.bySeverity, u""_s), 1); // R-CP-9: the complaint, not graded yet
}

// R-IN-6: a category is saved as it read on screen; the week counts 水路 taken in Chinese and Water
// taken in English as one row, named as it reads in the language in use.
TEST_P(ReportService_, ACategorySavedInEitherLanguageIsOneRow)
{
    setTime(0, 9, 0);
    open(TicketKind::Repair, Channel::Call, u"水路"_s);
    open(TicketKind::Repair, Channel::Call, u"Water"_s);
    open(TicketKind::Repair, Channel::Call, u"门窗"_s); // typed by a clerk: no term, kept as typed
    const ReportFigures f = week();
    qint64 water = 0;
    int rows = 0;
    for (const ReportCount& c : f.byCategory) {
        ++rows;
        if (c.label == u"Water"_s)
            water = c.count;
    }
    EXPECT_EQ(water, 2);
    EXPECT_EQ(rows, 2);
}

// R-IN-6: a ticket of the week before or after is not in this week's report.
TEST_P(ReportService_, TicketOutsideTheWeekIsNotCounted)
{
    setTime(-3, 23, 59); // Friday 11-20: last week
    open(TicketKind::Repair);
    setTime(-2, 0, 0); // Saturday 11-21 00:00: this week
    open(TicketKind::Repair);
    setTime(4, 23, 59); // Friday 11-27: this week
    open(TicketKind::Complaint);
    setTime(5, 0, 0); // Saturday 11-28: next week
    open(TicketKind::Request);

    const ReportFigures f = week();
    EXPECT_EQ(f.total, 2);
    EXPECT_EQ(countOf(f.byKind, u"repair"_s), 1);
    EXPECT_EQ(countOf(f.byKind, u"complaint"_s), 1);
    EXPECT_EQ(countOf(f.byKind, u"request"_s), 0);
    EXPECT_EQ(week(QDate(2026, 11, 28)).total, 1);
    EXPECT_EQ(week(QDate(2026, 11, 20)).total, 1);
}

// R-IN-3: forwarded within the forward minutes is on time; later, or not at all by now, is not.
TEST_P(ReportService_, ForwardingDoneLateIsNotOnTime)
{
    setTime(0, 9, 0);
    Ticket quick = open(TicketKind::Repair);
    Ticket slow = open(TicketKind::Repair);
    open(TicketKind::Repair); // never forwarded
    host.clock().advanceMinutes(5);
    ok(tickets().dispatch(clerk, quick, u"工程部"_s));
    host.clock().advanceMinutes(20); // 25 minutes after intake: past the 10 of R-IN-3
    ok(tickets().dispatch(clerk, slow, u"工程部"_s));
    open(TicketKind::Repair); // just taken in: its limit has not passed, so it is not counted yet

    const ReportFigures f = week();
    EXPECT_EQ(f.forwarding.met, 1);
    EXPECT_EQ(f.forwarding.total, 3);
}

// R-RP-2: each follow-up against its slot on the grid that starts at the dispatch.
TEST_P(ReportService_, FollowUpAfterItsSlotIsLate)
{
    setTime(0, 10, 0);
    Ticket t = ok(tickets().dispatch(clerk, open(TicketKind::Repair), u"工程部"_s));
    setTime(0, 10, 14);
    t = ok(tickets().recordFollowUp(clerk, t)); // slot 10:15: on time
    setTime(0, 10, 40);
    t = ok(tickets().recordFollowUp(clerk, t)); // slot 10:30: late
    setTime(0, 10, 44);
    t = ok(tickets().recordFollowUp(clerk, t)); // slot 10:45: on time

    const ReportFigures f = week();
    EXPECT_EQ(f.followUp.met, 2);
    EXPECT_EQ(f.followUp.total, 3);
}

// R-CB-4, R-CP-8: work done in the week owes a callback; the rate is how much got one, and the
// satisfaction is how many of the callbacks found the customer satisfied.
TEST_P(ReportService_, CallbackRateAndSatisfaction)
{
    setTime(0, 9, 0);
    QList<Ticket> done;
    for (int i = 0; i < 3; ++i) {
        Ticket t = ok(tickets().dispatch(clerk, open(TicketKind::Repair), u"工程部"_s));
        done << ok(tickets().returned(clerk, t, u"已更换水管"_s, u"王师傅"_s));
    }
    open(TicketKind::Repair); // not done yet: owes nothing
    host.clock().advanceHours(2);
    ok(tickets().callBack(clerk, done[0], true, u"满意"_s));
    ok(tickets().callBack(clerk, done[1], false, u"还在滴水"_s));

    const ReportFigures f = week();
    EXPECT_EQ(f.callbacks.met, 2);
    EXPECT_EQ(f.callbacks.total, 3);
    EXPECT_EQ(f.satisfaction.met, 1);
    EXPECT_EQ(f.satisfaction.total, 2);
    ASSERT_TRUE(f.satisfaction.percent());
    EXPECT_DOUBLE_EQ(*f.satisfaction.percent(), 50.0);
}

// R-IN-4: a request replied within the reply hours is on time; R-CP-5: a minor complaint resolved
// after half a day is late, an important one resolved within its day is on time.
TEST_P(ReportService_, ReplyAndResolutionAgainstTheirLimits)
{
    setTime(-1, 9, 0);
    Ticket quickRequest = open(TicketKind::Request);
    Ticket slowRequest = open(TicketKind::Request);
    Ticket minor = open(TicketKind::Complaint);
    Ticket important = open(TicketKind::Complaint);
    host.clock().advanceMinutes(5);
    minor = ok(tickets().grade(supervisor, minor, Severity::Minor));
    important = ok(tickets().grade(supervisor, important, Severity::Important));
    minor = ok(tickets().dispatch(clerk, minor, u"保洁部"_s));
    important = ok(tickets().dispatch(clerk, important, u"工程部"_s));
    host.clock().advanceHours(2);
    ok(tickets().reply(clerk, quickRequest, u"已答复"_s));
    host.clock().advanceHours(18); // 20 hours after intake
    ok(tickets().returned(clerk, important, u"已处理"_s));
    ok(tickets().returned(clerk, minor, u"已处理"_s)); // past the 12 hours of a minor complaint
    host.clock().advanceHours(10);                     // 30 hours: past the 24 of R-IN-4
    ok(tickets().reply(clerk, slowRequest, u"已答复"_s));

    const ReportFigures f = week();
    EXPECT_EQ(f.reply.met, 1);
    EXPECT_EQ(f.reply.total, 2);
    EXPECT_EQ(f.resolution.met, 1);
    EXPECT_EQ(f.resolution.total, 2);
    EXPECT_EQ(countOf(f.bySeverity, u"minor"_s), 1);
    EXPECT_EQ(countOf(f.bySeverity, u"important"_s), 1);
}

// R-IN-6: each clerk's numbers: tickets entered, follow-ups recorded, callbacks made.
TEST_P(ReportService_, EachClerksNumbers)
{
    const Session wang = host.signedIn(Role::Clerk, u"wang.fang"_s);
    setTime(0, 9, 0);
    Ticket t = ok(tickets().dispatch(clerk, open(TicketKind::Repair), u"工程部"_s));
    open(TicketKind::Inquiry);
    open(TicketKind::Request, Channel::WalkIn, {}, &wang);
    host.clock().advanceMinutes(10);
    t = ok(tickets().recordFollowUp(wang, t));
    t = ok(tickets().returned(clerk, t, u"已修好"_s));
    ok(tickets().callBack(wang, t, true, u"满意"_s));

    const ReportFigures f = week();
    ASSERT_EQ(f.clerks.size(), 2);
    EXPECT_EQ(f.clerks[0].name, u"li.na"_s);
    EXPECT_EQ(f.clerks[0].entered, 2);
    EXPECT_EQ(f.clerks[0].followUps, 0);
    EXPECT_EQ(f.clerks[1].name, u"wang.fang"_s);
    EXPECT_EQ(f.clerks[1].entered, 1);
    EXPECT_EQ(f.clerks[1].followUps, 1);
    EXPECT_EQ(f.clerks[1].callbacks, 1);
}

// R-IN-6, R-RP-5: one definition for the totals and the clerks: a ticket counts in the week it
// happened, so a night call entered afterwards (补单) on Saturday morning is in Friday's week for
// both, and the clerks' numbers add up to the total.
TEST_P(ReportService_, TheClerksNumbersAddUpToTheTotalWithANightCallEnteredAfterwards)
{
    const Session wang = host.signedIn(Role::Clerk, u"wang.fang"_s);
    setTime(0, 9, 0);
    open(TicketKind::Repair, Channel::Call, u"水电"_s);
    setTime(5, 8, 0); // Saturday: the week closed on Friday
    NewTicket night;
    night.kind = TicketKind::Repair;
    night.channel = Channel::ControlRoom;
    night.personName = u"赵先生"_s;
    night.description = u"楼道灯不亮"_s;
    night.category = u"电路"_s;
    night.retroactive = true;
    night.occurredMs = QDateTime(monday().addDays(4), QTime(23, 0)).toMSecsSinceEpoch();
    auto entered = tickets().open(wang, night);
    ASSERT_TRUE(entered.ok()) << entered.error().message.toStdString();

    const auto sum = [](const ReportFigures& f) {
        qint64 n = 0;
        for (const ClerkFigures& c : f.clerks)
            n += c.entered;
        return n;
    };
    const ReportFigures f = week();
    EXPECT_EQ(f.total, 2);
    EXPECT_EQ(sum(f), f.total);
    const ReportFigures next = week(monday().addDays(7));
    EXPECT_EQ(next.total, 0);
    EXPECT_EQ(sum(next), next.total);
}

// The supervisor's daily version counts one day only.
TEST_P(ReportService_, DailyReportCountsOneDay)
{
    setTime(0, 23, 59);
    open(TicketKind::Repair);
    setTime(1, 0, 0);
    open(TicketKind::Repair);
    open(TicketKind::Complaint);

    auto tuesday = reports.day(supervisor, monday().addDays(1));
    ASSERT_TRUE(tuesday.ok());
    EXPECT_TRUE(tuesday.value().daily);
    EXPECT_EQ(tuesday.value().total, 2);
    EXPECT_EQ(reports.day(supervisor, monday()).value().total, 1);
    EXPECT_EQ(week().total, 3);
}

// A clerk may not open the report (Permission::ReviewShifts: supervisors and managers).
TEST_P(ReportService_, ClerkMayNotOpenTheReport)
{
    auto weekly = reports.week(clerk, monday());
    ASSERT_FALSE(weekly.ok());
    EXPECT_EQ(weekly.error().code, u"perm.denied"_s);
    EXPECT_FALSE(reports.day(clerk, monday()).ok());
    EXPECT_TRUE(reports.week(host.signedIn(Role::Manager, u"zhao.lei"_s), monday()).ok());
}

// Issue 5 "the weekly and daily reports count them": every log is listed with the records opened and
// closed in the week and how many came due for a check (R-VS-3, R-PS-2).
TEST_P(ReportService_, TheDesksLogsAreCountedFromTheirWatches)
{
    WatchService watches(host.db());
    ReminderService reminders(host.db(), host.clock(), host.services().audit, host.services().rules);
    setTime(0, 9, 0);
    const qint64 nine = host.clock().nowMs();
    for (qint64 id : {1, 2, 3})
        ASSERT_TRUE(watches.arm({u"visitor"_s, id, 0, u"访客"_s, {}, nine + 90 * 60'000}, nine).ok());
    ASSERT_TRUE(watches.arm({u"stored_item"_s, 1, 0, u"JC-20261123-001"_s, {}, nine + 3'600'000}, nine).ok());
    // The cashier's dunning follow-ups are watched too, but they are not a log of the desk.
    ASSERT_TRUE(watches.arm({u"dunning_notice"_s, 1, 0, u"催缴"_s, {}, nine + 3'600'000}, nine).ok());
    setTime(0, 10, 0);
    ASSERT_TRUE(watches.close(u"visitor"_s, 1, host.clock().nowMs()).ok()); // checked out in time
    setTime(0, 11, 0);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok()); // visitors 2, 3 and the item came due
    ASSERT_TRUE(watches.close(u"visitor"_s, 2, host.clock().nowMs()).ok());
    setTime(5, 9, 0); // next week: not this one's
    ASSERT_TRUE(watches.arm({u"parcel"_s, 1, 0, u"顺丰"_s, {}, host.clock().nowMs()}, host.clock().nowMs()).ok());

    const ReportFigures f = week();
    ASSERT_EQ(f.logs.size(), 6); // the four logs of the desk, then move-ins and move-outs
    EXPECT_EQ(f.logs.at(4).source, u"move_in"_s);
    EXPECT_EQ(f.logs.at(5).source, u"move_out"_s);
    EXPECT_EQ(f.logs.at(0).source, u"visitor"_s);
    EXPECT_EQ(f.logs.at(0).opened, 3);
    EXPECT_EQ(f.logs.at(0).closed, 2);
    EXPECT_EQ(f.logs.at(0).cameDue, 2);
    EXPECT_EQ(f.logs.at(1).source, u"stored_item"_s);
    EXPECT_EQ(f.logs.at(1).opened, 1);
    EXPECT_EQ(f.logs.at(1).cameDue, 1);
    EXPECT_EQ(f.logs.at(2).source, u"parcel"_s);
    EXPECT_EQ(f.logs.at(2).opened, 0);
    auto monday = reports.day(supervisor, ReportFixture::monday());
    ASSERT_TRUE(monday.ok());
    EXPECT_EQ(monday.value().logs.at(0).opened, 3);
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportService_, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
