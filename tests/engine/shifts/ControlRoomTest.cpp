#include "ShiftFixture.h"

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class ControlRoomTest : public ShiftFixture
{
protected:
    // The night of 23–24 November: the evening clerk hands the desk to the control room at 20:40;
    // at 23:10 a resident calls, a plumber is sent at 23:15 and is back at 23:50.
    ControlRoomCall nightCall()
    {
        setTime(at(14, 30));
        start(m_evening, m_desk);
        setTime(at(20, 30));
        start(m_control, m_controlPost);
        setTime(at(20, 40));
        handOver(m_evening, m_control); // R-SH-3: the control room covers the desk for the night
        setTime(at(23, 10));
        auto c = m_calls->recordCall(m_control, {u"13812345678"_s, m_unitId, u"张先生"_s, u"卫生间水管爆裂"_s});
        EXPECT_TRUE(c.ok()) << (c.ok() ? std::string() : c.error().message.toStdString());
        setTime(at(23, 15));
        EXPECT_TRUE(m_calls->recordDirectDispatch(m_control, c.value().id, u"工程部"_s, u"刘师傅"_s).ok());
        setTime(at(23, 50));
        auto back = m_calls->recordReturn(m_control, c.value().id, u"关闭总阀，更换水管"_s);
        EXPECT_TRUE(back.ok());
        return back.ok() ? back.value() : ControlRoomCall{};
    }
};

TEST_P(ControlRoomTest, TheControlRoomsDirectDispatchBecomesARetroactiveTicketWithItsRealTimes)
{
    // R-RP-5, R-SH-3
    const ControlRoomCall call = nightCall();
    EXPECT_EQ(call.callMs, at(23, 10));
    EXPECT_EQ(call.dispatchedMs, at(23, 15));
    EXPECT_EQ(call.returnedMs, at(23, 50));
    EXPECT_EQ(call.postId, m_controlPost);
    // The control room stayed on its own shift; no second shift was started for it.
    EXPECT_EQ(openShiftOf(m_control).postId, m_controlPost);

    setTime(at(8, 10, 1));
    start(m_morning, m_desk);
    auto pending = m_calls->pendingCalls();
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending.value().size(), 1);
    EXPECT_EQ(pending.value().first().id, call.id);

    auto entered = m_calls->enterAsTicket(m_morning, call.id, TicketKind::Repair, u"水路"_s);
    ASSERT_TRUE(entered.ok()) << entered.error().message.toStdString();
    const Ticket t = m_tickets->find(entered.value().id).value();
    EXPECT_TRUE(t.retroactive);
    EXPECT_EQ(t.channel, Channel::ControlRoom);
    EXPECT_EQ(t.occurredMs, at(23, 10));
    EXPECT_EQ(t.createdMs, at(8, 10, 1));
    // R-RP-5, R-SH-3: the ticket is the control room's, who took the call and dispatched; the desk
    // clerk only entered it (recorded on the intake step, and audited as the one who acted).
    EXPECT_EQ(t.createdBy, m_control.user.id);
    EXPECT_EQ(t.category, u"水路"_s);
    EXPECT_EQ(t.status, TicketStatus::Returned);
    EXPECT_EQ(t.department, u"engineering"_s);
    EXPECT_TRUE(t.number.contains(u"20261123"_s)); // numbered on the day it happened
    const auto events = m_tickets->history(t.id).value();
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[0].atMs, at(23, 10));
    EXPECT_EQ(events[1].atMs, at(23, 15));
    EXPECT_EQ(events[2].atMs, at(23, 50));
    for (const TicketEvent& e : events) {
        EXPECT_EQ(e.recordedMs, at(8, 10, 1));
        EXPECT_EQ(e.actorId, m_control.user.id); // the operator took, dispatched and took the return
    }
    EXPECT_EQ(events[0].data.value(u"entered_by"_s).toInteger(), m_morning.user.id);
    // The night's work is the ticket's work steps (R-RP-3), not text on the intake step.
    EXPECT_FALSE(events[0].note.contains(u"刘师傅"_s)) << events[0].note.toStdString();
    EXPECT_FALSE(events[0].note.contains(u"更换水管"_s)) << events[0].note.toStdString();
    EXPECT_EQ(events[1].data.value(u"technician"_s).toString(), u"刘师傅"_s);
    EXPECT_EQ(events[2].note, u"关闭总阀，更换水管"_s);
    EXPECT_EQ(events[2].data.value(u"done_by"_s).toString(), u"刘师傅"_s);
    const auto ticketAudit = m_audit->history(u"ticket"_s, t.id).value();
    ASSERT_FALSE(ticketAudit.isEmpty());
    EXPECT_EQ(ticketAudit.first().actorId, m_morning.user.id); // who entered it, audited

    EXPECT_EQ(m_calls->call(call.id).value().enteredTicketId, t.id);
    EXPECT_TRUE(m_calls->pendingCalls().value().isEmpty());
    QStringList actions;
    const auto callHistory = m_audit->history(u"control_room_call"_s, call.id).value();
    for (const auto& e : callHistory)
        actions << e.action;
    EXPECT_EQ(actions, (QStringList{u"taken"_s, u"dispatched"_s, u"returned"_s, u"entered"_s}));
    expectAuditIntact();
}

TEST_P(ControlRoomTest, ANightRepairIsEnteredOnlyWithItsCategory)
{
    // R-RP-5, R-IN-1: a 补单 is classified like any intake; a repair needs what is to be repaired.
    const ControlRoomCall call = nightCall();
    setTime(at(8, 10, 1));
    start(m_morning, m_desk);
    const qint64 tickets = count(u"tickets"_s);
    auto bare = m_calls->enterAsTicket(m_morning, call.id, TicketKind::Repair, u"  "_s);
    ASSERT_FALSE(bare.ok());
    EXPECT_EQ(bare.error().field, u"category"_s);
    EXPECT_EQ(count(u"tickets"_s), tickets);
    EXPECT_EQ(m_calls->pendingCalls().value().size(), 1);                           // still waiting to be entered
    auto inquiry = m_calls->enterAsTicket(m_morning, call.id, TicketKind::Inquiry); // only repairs need one
    ASSERT_TRUE(inquiry.ok()) << inquiry.error().message.toStdString();
    EXPECT_EQ(inquiry.value().createdBy, m_control.user.id);
}

TEST_P(ControlRoomTest, ACallEnteredOnceCannotBeEnteredTwice)
{
    // R-RP-5
    const ControlRoomCall call = nightCall();
    setTime(at(8, 10, 1));
    ASSERT_TRUE(m_calls->enterAsTicket(m_morning, call.id, TicketKind::Repair, u"水路"_s).ok());
    const qint64 tickets = count(u"tickets"_s);
    auto again = m_calls->enterAsTicket(m_clerk, call.id, TicketKind::Repair, u"水路"_s);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, u"call.entered"_s);
    EXPECT_EQ(count(u"tickets"_s), tickets);
    // Nor can an entered call be dispatched or returned again behind the ticket's back.
    EXPECT_FALSE(m_calls->recordDirectDispatch(m_control, call.id, u"工程部"_s, {}).ok());
    expectAuditIntact();
}

TEST_P(ControlRoomTest, AClerkCannotRecordADirectDispatch)
{
    // R-RP-5: Permission::DirectDispatch is the control room's (and the supervisor's).
    setTime(at(23, 10));
    auto byClerk = m_calls->recordCall(m_evening, {{}, m_unitId, {}, u"楼道灯不亮"_s});
    ASSERT_FALSE(byClerk.ok());
    EXPECT_EQ(byClerk.error().code, u"perm.denied"_s);
    auto c = m_calls->recordCall(m_control, {{}, m_unitId, {}, u"楼道灯不亮"_s});
    ASSERT_TRUE(c.ok());
    auto dispatch = m_calls->recordDirectDispatch(m_evening, c.value().id, u"工程部"_s, u"刘师傅"_s);
    ASSERT_FALSE(dispatch.ok());
    EXPECT_EQ(dispatch.error().code, u"perm.denied"_s);
    EXPECT_FALSE(m_calls->call(c.value().id).value().dispatchedMs.has_value());
    EXPECT_FALSE(m_calls->recordReturn(m_control, c.value().id, u"已修"_s).ok()); // not dispatched yet
    EXPECT_EQ(m_calls->recordCall(m_control, {u"12"_s, 0, {}, u"x"_s}).error().field, u"caller_phone"_s);
    EXPECT_EQ(m_calls->recordCall(m_control, {{}, 0, {}, u" "_s}).error().field, u"description"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, ControlRoomTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());
