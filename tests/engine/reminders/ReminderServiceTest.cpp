#include "ReminderFixture.h"

#include "engine/shifts/ShiftService.h"
#include "engine/tickets/SiteRules.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ReminderServiceTest : public ReminderFixture
{
};

TEST_P(ReminderServiceTest, TheDesksRemindersGoToWhoeverIsOnDutyAtTheDesk)
{
    // Issue 3 escalation ladder "due → the clerk on duty"; R-SH-1 shifts, R-SH-3 the control room at night.
    const Session colleague = person(Role::Clerk, u"zhao.min"_s);
    const Session control = person(Role::ControlRoom, u"wang.kong"_s);
    const Session supervisor = person(Role::Supervisor, u"chen.zhu"_s);
    ShiftService shifts(*m_db, m_clock, *m_audit, *m_rules, *m_accounts);
    qint64 desk = 0, controlRoom = 0;
    for (const Post& p : shifts.posts().value())
        (p.isControlRoom ? controlRoom : desk) = p.id;
    dispatchedRepair();
    advanceTo(9, 16);
    raise();
    // All three are signed in at their workstations (the window records it, DeskPresence).
    for (const Session& here : {m_clerk, colleague, control})
        ASSERT_TRUE(shifts.presence().signIn(here, here.user.login, 0).ok());
    // Nobody has started a shift: every clerk and the control room see it, so nothing is missed.
    EXPECT_EQ(activeFor(m_clerk).size(), 1);
    EXPECT_EQ(activeFor(colleague).size(), 1);
    EXPECT_EQ(activeFor(control).size(), 1);

    // The control room alone on duty (the night): it holds the desk's reminders.
    ASSERT_TRUE(shifts.startShift(control, controlRoom).ok());
    EXPECT_EQ(activeFor(control).size(), 1);
    EXPECT_TRUE(activeFor(m_clerk).isEmpty());

    // Once a clerk starts at the desk, the reminders are that clerk's; the colleague off duty hears nothing.
    ASSERT_TRUE(shifts.startShift(colleague, desk).ok());
    EXPECT_EQ(activeFor(colleague).size(), 1);
    EXPECT_TRUE(activeFor(m_clerk).isEmpty());
    EXPECT_TRUE(activeFor(control).isEmpty());
    EXPECT_TRUE(m_reminders->noticesDue(m_clock.nowMs(), m_clerk).value().isEmpty());

    // The rungs above the desk go by role, shift or not (R-IN-2).
    advanceTo(9, 31);
    raise();
    EXPECT_FALSE(activeFor(supervisor).isEmpty());
}

TEST_P(ReminderServiceTest, DispatchedRepairRaisesFollowUpsEveryQuarterHourUntilReturned)
{
    // R-RP-2: dispatched at 09:00 and not returned → follow-ups at 09:15, 09:30, 09:45; none after return.
    Ticket t = dispatchedRepair();
    QList<qint64> raised;
    for (int minute = 0; minute <= 50; ++minute) {
        advanceTo(9, minute);
        raised << dueInstants(raise(), ReminderDue::FollowUp);
    }
    EXPECT_EQ(raised, (QList<qint64>{at(9, 15), at(9, 30), at(9, 45)}));
    EXPECT_EQ(dueInstants(activeFor(m_clerk), ReminderDue::FollowUp), raised);

    ASSERT_TRUE(m_tickets->returned(m_clerk, reload(t), u"换了水管"_s, u"老李"_s).ok()); // R-RP-3
    for (int minute = 51; minute <= 59; ++minute) {
        advanceTo(9, minute);
        EXPECT_TRUE(raise().isEmpty());
    }
    for (int hour = 10; hour <= 12; ++hour) {
        advanceTo(hour, 0);
        EXPECT_TRUE(dueInstants(raise(), ReminderDue::FollowUp).isEmpty());
    }
    EXPECT_TRUE(activeFor(m_clerk).isEmpty()) << "acted on: the return resolves every raised follow-up";
    EXPECT_EQ(m_db->scalar(u"SELECT COUNT(*) FROM reminders WHERE resolved_ms IS NULL"_s).value().toInt(), 0);
}

TEST_P(ReminderServiceTest, RecordingAFollowUpResolvesTheMissedSlotsAndTheGridStays)
{
    Ticket t = dispatchedRepair();
    advanceTo(9, 50);
    EXPECT_EQ(dueInstants(raise(), ReminderDue::FollowUp), (QList<qint64>{at(9, 15), at(9, 30), at(9, 45)}));
    auto followed = m_tickets->recordFollowUp(m_clerk, reload(t)); // R-RP-2, one call sets the next slot
    ASSERT_TRUE(followed.ok());
    EXPECT_EQ(followed.value().nextFollowUpMs, at(10, 0));
    EXPECT_TRUE(activeFor(m_clerk).isEmpty());
    advanceTo(10, 0);
    EXPECT_EQ(dueInstants(raise(), ReminderDue::FollowUp), QList<qint64>{at(10, 0)});
}

TEST_P(ReminderServiceTest, ARestartAt0940LosesNoneAndRepeatsNone)
{
    // The record in `reminders` and `reminder_notices`, not memory, says what was raised and told.
    dispatchedRepair();
    QList<qint64> raised;
    QMap<qint64, QList<qint64>> told; // reminder's due instant → when the clerk was told
    const auto minute = [&](int h, int m) {
        advanceTo(h, m);
        raised << dueInstants(raise(), ReminderDue::FollowUp);
        for (const Reminder& r : notices(m_clerk))
            told[r.dueMs] << m_clock.nowMs();
    };
    for (int m = 0; m <= 40; ++m)
        minute(9, m);
    restart();
    for (int m = 40; m <= 59; ++m)
        minute(9, m);

    EXPECT_EQ(raised, (QList<qint64>{at(9, 15), at(9, 30), at(9, 45)})) << "none lost, none raised twice";
    // Told once when due, then every 5 minutes (rule.reminder_repeat_minutes) — never twice at 09:40.
    EXPECT_EQ(told.value(at(9, 15)), (QList<qint64>{at(9, 15), at(9, 20), at(9, 25), at(9, 30), at(9, 35), at(9, 40),
                                                    at(9, 45), at(9, 50), at(9, 55)}));
    EXPECT_EQ(told.value(at(9, 45)), (QList<qint64>{at(9, 45), at(9, 50), at(9, 55)}));
}

TEST_P(ReminderServiceTest, AClockJumpForwardRaisesEveryMissedOneOnce)
{
    dispatchedRepair();
    advanceTo(9, 1);
    EXPECT_TRUE(raise().isEmpty());
    advanceTo(9, 52); // suspended, or the clock was set forward
    EXPECT_EQ(dueInstants(raise(), ReminderDue::FollowUp), (QList<qint64>{at(9, 15), at(9, 30), at(9, 45)}));
    EXPECT_EQ(notices(m_clerk).size(), 3);
    EXPECT_TRUE(raise().isEmpty());
    EXPECT_TRUE(notices(m_clerk).isEmpty());
    // And back again: nothing is raised twice when the clock returns.
    advanceTo(9, 20);
    EXPECT_TRUE(raise().isEmpty());
    advanceTo(9, 52);
    EXPECT_TRUE(raise().isEmpty());
}

TEST_P(ReminderServiceTest, AfterADayClosedTheFirstMissedSlotAndTheLastTwoHoursAreRaised)
{
    // R-RP-2: dispatched at 09:00, the program closed until 09:05 the next day. The reminder says
    // since when (09:15 yesterday, so it is the manager's at once, R-IN-2), and the recent slots
    // follow; the 80-odd slots of the night in between are not raised one by one.
    dispatchedRepair();
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 5, 1)));
    const QList<qint64> raised = dueInstants(raise(), ReminderDue::FollowUp);
    QList<qint64> expected{at(9, 15)};
    for (qint64 slot = at(7, 15, 1); slot <= at(9, 0, 1); slot += 15 * 60'000)
        expected << slot;
    EXPECT_EQ(raised, expected);
    EXPECT_EQ(activeFor(m_clerk).first().dueMs, at(9, 15));
    EXPECT_EQ(activeFor(m_clerk).first().level, ReminderLevel::Manager);
    // From then on every slot is raised as it comes.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 16, 1)));
    EXPECT_EQ(dueInstants(raise(), ReminderDue::FollowUp), QList<qint64>{at(9, 15, 1)});
}

TEST_P(ReminderServiceTest, AfterAGapTheCatchUpWindowIsTwoHoursWhateverTheInterval)
{
    // R-RP-2 (rule.reminder_catch_up_minutes 120): at a 30-minute follow-up interval the slots raised
    // after a closed night are the last two hours' (07:30 … 09:00), not the last eight intervals (four hours).
    ASSERT_TRUE(m_rules->set(m_admin, QString::fromLatin1(SiteRules::FollowUpMinutes), u"30"_s).ok());
    dispatchedRepair(); // 09:00, follow-ups at 09:30, 10:00 …
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 5, 1)));
    EXPECT_EQ(dueInstants(raise(), ReminderDue::FollowUp),
              (QList<qint64>{at(9, 30), at(7, 30, 1), at(8, 0, 1), at(8, 30, 1), at(9, 0, 1)}));
}

TEST_P(ReminderServiceTest, TheSiteMayNarrowTheCatchUpWindow)
{
    // R-RP-2: a 30-minute window at a 15-minute interval raises the first missed slot and the last two.
    ASSERT_TRUE(m_rules->set(m_admin, QString::fromLatin1(SiteRules::ReminderCatchUpMinutes), u"30"_s).ok());
    dispatchedRepair();
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 5, 1)));
    EXPECT_EQ(dueInstants(raise(), ReminderDue::FollowUp), (QList<qint64>{at(9, 15), at(8, 45, 1), at(9, 0, 1)}));
}

TEST_P(ReminderServiceTest, NeverForClosedOrPausedWork)
{
    Ticket paused = dispatchedRepair();
    Ticket cancelled = openTicket(complaintRequest(Severity::None));
    advanceTo(9, 16);
    EXPECT_EQ(dueInstants(raise(), ReminderDue::FollowUp), QList<qint64>{at(9, 15)});
    ASSERT_TRUE(m_tickets->pause(m_clerk, reload(paused), TicketAction::WaitForParts, u"等配件"_s).ok());
    const Session supervisor = person(Role::Supervisor, u"zhang.wei"_s); // R-CP-2: only the judgement ends it
    ASSERT_TRUE(m_tickets->cancel(supervisor, reload(cancelled), u"住户撤回"_s).ok());
    EXPECT_TRUE(activeFor(m_clerk).isEmpty()) << "waiting work shows nothing";
    for (int hour = 10; hour <= 23; ++hour) {
        advanceTo(hour, 0);
        EXPECT_TRUE(raise().isEmpty()) << "at " << hour << ":00";
        EXPECT_TRUE(notices(m_clerk).isEmpty());
    }
    auto next = m_reminders->nextDueMs(m_clock.nowMs(), &m_clerk);
    ASSERT_TRUE(next.ok());
    EXPECT_FALSE(next.value().has_value()) << "nothing runs, so nothing to wake for";
}

TEST_P(ReminderServiceTest, OverdueGoesToTheSupervisorThenTheManager)
{
    // The ladder (R-IN-2): due → clerk; 15 minutes overdue → supervisor; 60 minutes → manager.
    const Session supervisor = person(Role::Supervisor, u"zhou.zg"_s);
    const Session manager = person(Role::Manager, u"wu.jl"_s);
    dispatchedRepair();
    advanceTo(9, 15);
    raise();
    EXPECT_EQ(activeFor(m_clerk).size(), 1);
    EXPECT_TRUE(activeFor(supervisor).isEmpty());
    advanceTo(9, 29);
    raise();
    EXPECT_TRUE(activeFor(supervisor).isEmpty());
    advanceTo(9, 30);
    raise();
    EXPECT_EQ(dueInstants(activeFor(supervisor), ReminderDue::FollowUp), QList<qint64>{at(9, 15)});
    EXPECT_EQ(notices(supervisor).size(), 1) << "the supervisor is told when it reaches the inbox";
    EXPECT_TRUE(activeFor(manager).isEmpty());
    advanceTo(10, 15);
    raise();
    EXPECT_EQ(dueInstants(activeFor(manager), ReminderDue::FollowUp), QList<qint64>{at(9, 15)});
    EXPECT_EQ(m_db->scalar(u"SELECT level FROM reminders WHERE due_ms = ?"_s, {at(9, 15)}).value().toString(),
              u"manager"_s);
}

TEST_P(ReminderServiceTest, AMajorComplaintGoesToTheManagerAtOnce)
{
    // R-IN-2, R-CP-4: a major or important complaint is reported to the superior at once.
    const Session manager = person(Role::Manager, u"wu.jl"_s);
    const Session supervisor = person(Role::Supervisor, u"zhou.zg"_s);
    openTicket(complaintRequest(Severity::Major));
    const QList<Reminder> raised = raise();
    ASSERT_EQ(raised.size(), 1);
    EXPECT_EQ(raised.first().due, ReminderDue::Report);
    EXPECT_EQ(raised.first().level, ReminderLevel::Manager);
    EXPECT_EQ(notices(manager).size(), 1);
    EXPECT_EQ(activeFor(supervisor).size(), 1);
    EXPECT_TRUE(activeFor(m_clerk).isEmpty()) << "the report is for the superiors";

    EXPECT_FALSE(m_reminders->acknowledge(m_clerk, raised.first().id).ok());
    ASSERT_TRUE(m_reminders->acknowledge(manager, raised.first().id).ok());
    EXPECT_TRUE(activeFor(manager).isEmpty());
    advanceTo(9, 10); // R-IN-3: forward within 10 minutes — due, and the manager's at once
    EXPECT_EQ(dueInstants(raise(), ReminderDue::Respond), QList<qint64>{at(9, 10)});
    EXPECT_EQ(dueInstants(activeFor(manager), ReminderDue::Respond), QList<qint64>{at(9, 10)});
    EXPECT_EQ(dueInstants(activeFor(m_clerk), ReminderDue::Respond), QList<qint64>{at(9, 10)});
}

TEST_P(ReminderServiceTest, RepeatsEveryFiveMinutesUntilActedOn)
{
    Ticket t = dispatchedRepair();
    advanceTo(9, 15);
    raise();
    EXPECT_EQ(notices(m_clerk).size(), 1);
    for (int m = 16; m <= 19; ++m) {
        advanceTo(9, m);
        raise();
        EXPECT_TRUE(notices(m_clerk).isEmpty()) << "09:" << m;
    }
    advanceTo(9, 20); // rule.reminder_repeat_minutes = 5
    raise();
    EXPECT_EQ(notices(m_clerk).size(), 1);
    advanceTo(9, 21);
    ASSERT_TRUE(m_tickets->recordFollowUp(m_clerk, reload(t), u"工程部说十分钟到"_s).ok());
    for (int m = 22; m <= 29; ++m) {
        advanceTo(9, m);
        raise();
        EXPECT_TRUE(notices(m_clerk).isEmpty()) << "acted on at 09:21; 09:" << m;
    }
}

TEST_P(ReminderServiceTest, NextDueIsTheNearestSlotOrEscalation)
{
    dispatchedRepair();
    auto next = m_reminders->nextDueMs(at(9, 0), &m_clerk);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next.value(), at(9, 15));
    advanceTo(9, 15);
    raise();
    notices(m_clerk);
    next = m_reminders->nextDueMs(at(9, 15), &m_clerk);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next.value(), at(9, 20)) << "the repeat is the nearest";
}

INSTANTIATE_TEST_SUITE_P(Backends, ReminderServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
