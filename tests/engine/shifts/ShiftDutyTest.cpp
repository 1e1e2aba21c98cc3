#include "ShiftFixture.h"

#include "engine/reminders/ReminderService.h"

#include <memory>

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

// Issue 11: who holds a post and its reminders when shifts are left, killed or handed over at night.
class ShiftDutyTest : public ShiftFixture
{
protected:
    void SetUp() override
    {
        ShiftFixture::SetUp();
        m_reminders = std::make_unique<ReminderService>(*m_db, m_clock, *m_audit, *m_rules);
    }

    // The window records a sign-in at a workstation and renews it every minute (WorkstationPresence).
    qint64 signIn(const Session& who, qint64 post)
    {
        auto id = m_shifts->presence().signIn(who, who.user.login + u"-pc"_s, post);
        EXPECT_TRUE(id.ok());
        return id.ok() ? id.value() : 0;
    }

    Ticket dispatchedRepair(const Session& who, const QString& what)
    {
        auto t = m_tickets->open(who, repairRequest(what));
        EXPECT_TRUE(t.ok()) << (t.ok() ? std::string() : t.error().message.toStdString());
        auto d = m_tickets->dispatch(who, t.value(), u"工程部"_s);
        EXPECT_TRUE(d.ok());
        return d.ok() ? d.value() : Ticket{};
    }

    int visibleTo(const Session& who)
    {
        EXPECT_TRUE(m_reminders->raiseDue(m_clock.nowMs()).ok());
        auto r = m_reminders->active(m_clock.nowMs(), who);
        EXPECT_TRUE(r.ok());
        return r.ok() ? static_cast<int>(r.value().size()) : -1;
    }

    std::optional<ShiftOnDuty> holderOf(qint64 post)
    {
        for (const ShiftOnDuty& d : m_shifts->onDutyNow().value())
            if (d.shift.postId == post)
                return d;
        return std::nullopt;
    }

    std::unique_ptr<ReminderService> m_reminders;
};

TEST_P(ShiftDutyTest, AShiftLeftWithoutAHandoverStopsHidingTheDesksRemindersAndIsTakenOver)
{
    // R-SH-1: clerk1's program is killed at 11:00 with her A shift open; clerk2 signs in the next morning.
    setTime(at(7, 35));
    signIn(m_clerk, m_desk);
    const Shift left = start(m_clerk, m_desk);
    const Ticket repair = dispatchedRepair(m_clerk, u"卫生间漏水"_s);
    setTime(at(11, 0));
    EXPECT_GT(visibleTo(m_clerk), 0);

    setTime(at(8, 50, 1));
    signIn(m_morning, m_desk);
    // Her shift is shown past its end, not handed over, to the next one at the post and the supervisor.
    const auto held = holderOf(m_desk);
    ASSERT_TRUE(held.has_value());
    EXPECT_EQ(held->shift.id, left.id);
    EXPECT_TRUE(held->pastEnd);
    EXPECT_FALSE(held->present);
    EXPECT_EQ(held->personName, m_clerk.user.displayName);
    // The reminders of the repair still out are clerk2's now, before she starts anything.
    const int missed = visibleTo(m_morning);
    EXPECT_GT(missed, 0);

    // Starting at the desk takes the left shift over; it ends, audited, and hers starts.
    const Shift today = start(m_morning, m_desk);
    EXPECT_NE(today.id, left.id);
    EXPECT_EQ(today.code, u'A');
    const Shift ended = m_shifts->shift(left.id).value();
    EXPECT_EQ(ended.endedMs, at(8, 50, 1));
    EXPECT_EQ(ended.endedHow, u"taken_over"_s);
    EXPECT_EQ(ended.endedBy, m_morning.user.id);
    EXPECT_EQ(holderOf(m_desk)->shift.id, today.id);
    EXPECT_EQ(visibleTo(m_morning), missed);
    // The repair taken on her shift stays in the desk's custody: it is on clerk2's sheet.
    setTime(at(14, 50, 1));
    auto sheet = m_shifts->endShift(m_morning, today.id, {});
    ASSERT_TRUE(sheet.ok());
    EXPECT_TRUE(ticketLines(sheet.value()).contains(repair.id));
    expectAuditIntact();
}

TEST_P(ShiftDutyTest, AKilledProgramStopsHoldingTheRemindersAfterThePresenceTimeout)
{
    // R-SH-1: clerk1 on shift at the desk, her window killed at 09:00 (it stops renewing).
    setTime(at(7, 35));
    const qint64 hers = signIn(m_clerk, m_desk);
    start(m_clerk, m_desk);
    dispatchedRepair(m_clerk, u"厨房跳闸"_s);
    const qint64 theirs = signIn(m_morning, m_desk); // a second clerk at the other workstation, no shift
    setTime(at(9, 0));
    ASSERT_TRUE(m_shifts->presence().renew(hers).ok());
    ASSERT_TRUE(m_shifts->presence().renew(theirs).ok());
    EXPECT_GT(visibleTo(m_clerk), 0);
    EXPECT_EQ(visibleTo(m_morning), 0) << "the clerk on duty holds them while her window runs";
    // The second clerk's window keeps renewing; the killed one does not.
    setTime(at(9, 0) + DeskPresence::TimeoutMs + 60'000);
    ASSERT_TRUE(m_shifts->presence().renew(theirs).ok());
    EXPECT_GT(visibleTo(m_morning), 0);
    // Her own shift is not past its end: on her return she holds them again, alone.
    EXPECT_FALSE(holderOf(m_desk)->pastEnd);
    signIn(m_clerk, m_desk);
    EXPECT_GT(visibleTo(m_clerk), 0);
    EXPECT_EQ(visibleTo(m_morning), 0);
}

TEST_P(ShiftDutyTest, TheNightSheetKeepsTheEveningsOpenTicketsUntilTheMorning)
{
    // R-SH-2, R-SH-3: two tickets open at the desk go to the control room at 20:25 and come back to
    // the desk on the control room's 07:35 sheet.
    setTime(at(14, 30));
    start(m_evening, m_desk);
    setTime(at(16, 0));
    const Ticket first = dispatchedRepair(m_evening, u"楼道灯不亮"_s);
    const Ticket second = dispatchedRepair(m_evening, u"门禁刷不开"_s);
    setTime(at(20, 0));
    start(m_control, m_controlPost);
    setTime(at(20, 25));
    const HandoverSheet evening = handOver(m_evening, m_control);
    EXPECT_EQ(ticketLines(evening), (QList<qint64>{first.id, second.id}));
    setTime(at(2, 0, 1));
    const Ticket night = m_tickets->open(m_control, repairRequest(u"电梯困人"_s)).value();

    setTime(at(7, 35, 1));
    const HandoverSheet morning = handOver(m_control, m_morning);
    EXPECT_EQ(ticketLines(morning), (QList<qint64>{first.id, second.id, night.id}));
    // The morning clerk works at the desk, as chosen: not at the control room the sheet came from.
    EXPECT_EQ(openShiftOf(m_morning).postId, m_desk);
    EXPECT_EQ(openShiftOf(m_morning).code, u'A');
    // And the desk's next sheet still carries them.
    setTime(at(14, 50, 1));
    auto afternoon = m_shifts->endShift(m_morning, openShiftOf(m_morning).id, {});
    ASSERT_TRUE(afternoon.ok());
    EXPECT_EQ(ticketLines(afternoon.value()), (QList<qint64>{first.id, second.id, night.id}));
    auto moved = m_audit->history(u"handover_sheet"_s, morning.id);
    ASSERT_TRUE(moved.ok());
    EXPECT_TRUE(std::any_of(moved.value().begin(), moved.value().end(),
                            [](const auto& e) { return e.action == u"custody_moved"_s; }));
}

TEST_P(ShiftDutyTest, TheArrivingPostIsChosenNeverInferred)
{
    // R-SH-1: without a post the handover is refused with the reason at the post field; nothing sealed.
    setTime(at(7, 35));
    start(m_clerk, m_desk);
    setTime(at(14, 50));
    auto draft = m_shifts->endShift(m_clerk, openShiftOf(m_clerk).id, {});
    ASSERT_TRUE(draft.ok());
    ASSERT_TRUE(m_shifts->signLeaving(m_clerk, draft.value().id, pw()).ok());
    auto refused = m_shifts->acceptByArriving(draft.value().id, m_evening.user.login, pw(), answers(draft.value()), 0);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"post"_s);
    EXPECT_EQ(m_shifts->sheet(draft.value().id).value().status, HandoverStatus::Draft);
    EXPECT_FALSE(m_shifts->currentShift(m_evening.user.id).value().has_value());
}

TEST_P(ShiftDutyTest, OnesOwnShiftElsewhereLapsesOnceLeftAndIsRefusedWhileLive)
{
    // R-SH-1: one post at a time; yesterday's shift at the control room does not block today's desk.
    setTime(at(7, 35));
    const Shift there = start(m_control, m_controlPost);
    auto live = m_shifts->startShift(m_control, m_desk);
    ASSERT_FALSE(live.ok());
    EXPECT_EQ(live.error().code, u"shift.open"_s);
    setTime(at(9, 0, 1));
    const Shift here = start(m_control, m_desk);
    EXPECT_EQ(here.postId, m_desk);
    EXPECT_EQ(m_shifts->shift(there.id).value().endedHow, u"lapsed"_s);
    // Starting again where one is, on a live shift, goes on with it.
    EXPECT_EQ(start(m_control, m_desk).id, here.id);
}

TEST_P(ShiftDutyTest, TheOverrunIsASiteRule)
{
    // R-SH-1: A ends at 15:00; with the default 60 minutes a 07:35 shift counts as left at 16:00.
    setTime(at(7, 35));
    const Shift s = start(m_clerk, m_desk);
    EXPECT_FALSE(m_shifts->pastEnd(s, at(15, 59)));
    EXPECT_TRUE(m_shifts->pastEnd(s, at(16, 0)));
    ASSERT_TRUE(m_rules->set(m_admin, QString::fromLatin1(SiteRules::ShiftOverrunMinutes), u"15"_s).ok());
    EXPECT_TRUE(m_shifts->pastEnd(s, at(15, 15)));
    EXPECT_FALSE(m_shifts->pastEnd(s, at(15, 14)));
}

INSTANTIATE_TEST_SUITE_P(Backends, ShiftDutyTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());
