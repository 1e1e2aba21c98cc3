#include "CallbackFixture.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class CallbackServiceTest : public CallbackFixture
{
};

QStringList numbers(const QList<CallbackDue>& rows)
{
    QStringList out;
    for (const CallbackDue& d : rows)
        out << d.number;
    return out;
}

TEST_P(CallbackServiceTest, TheQueueListsOnlyWorkOwingACallbackTheOneDueFirstOnTop)
{
    // R-CB-1: finished work owes a callback; open work and closed matters do not.
    const Ticket first = doneRepair(u"厨房水龙头漏水"_s);
    const Ticket second = doneRepair(u"卫生间灯不亮"_s, u"3-1-502"_s, u"张三"_s, u"13800001111"_s, 30);
    ASSERT_TRUE(repairs->dispatch(clerk, openRepair(u"门锁坏了"_s), paidRequest(1)).ok()); // still at work
    openRepair(u"阳台漏水"_s);                                                             // not yet dispatched

    auto queue = callbacks->queue(50);
    ASSERT_TRUE(queue.ok()) << queue.error().message.toStdString();
    EXPECT_EQ(numbers(queue.value()), QStringList({first.number, second.number}));
    EXPECT_EQ(queue.value().first().dueMs, first.callbackByMs.value_or(0));
    EXPECT_EQ(queue.value().first().unitCode, u"3-1-502"_s);
    EXPECT_EQ(callbacks->queueCount().value(), 2);
    // Paged: the second page holds the second ticket only.
    EXPECT_EQ(numbers(callbacks->queue(1, 1).value()), QStringList({second.number}));
}

TEST_P(CallbackServiceTest, ASatisfiedCustomerClosesTheTicketAndItLeavesTheQueue)
{
    // R-CB-2: satisfied closes the ticket through the engine's callback.
    const Ticket done = doneRepair();
    host.clock().advanceMinutes(120);
    auto call = callbacks->record(clerk, done, reached(CallbackOutcome::Satisfied, u"修得很好，很满意"_s));
    ASSERT_TRUE(call.ok()) << call.error().message.toStdString();
    EXPECT_EQ(reload(done).status, TicketStatus::Closed);
    EXPECT_EQ(callbacks->queueCount().value(), 0);
    EXPECT_EQ(call.value().outcome, CallbackOutcome::Satisfied);
}

TEST_P(CallbackServiceTest, TheThreeAnswersAreStoredInFull)
{
    // R-CB-2: was it handled, satisfied or not, any other opinion — recorded in full.
    const Ticket done = doneRepair();
    CallbackRecord r = reached(CallbackOutcome::Satisfied, u"满意，师傅很准时"_s, u"希望小区路灯晚上早点开"_s);
    r.handled = false;
    ASSERT_TRUE(callbacks->record(clerk, done, r).ok());
    auto stored = callbacks->attempts(done.id);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored.value().size(), 1);
    const CallbackAttempt& a = stored.value().first();
    ASSERT_TRUE(a.handled.has_value());
    EXPECT_FALSE(*a.handled);
    EXPECT_EQ(a.satisfaction, u"满意，师傅很准时"_s);
    EXPECT_EQ(a.opinion, u"希望小区路灯晚上早点开"_s);
    EXPECT_EQ(a.recordedBy, clerk.user.displayName);
    EXPECT_EQ(a.atMs, host.clock().nowMs());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'callback_attempt'"_s), 1);
}

TEST_P(CallbackServiceTest, AnUnsatisfiedRepairGoesOutAgainAsALinkedSecondDispatch)
{
    // R-CB-3, R-RP-4: not satisfied → second dispatch linked to the first.
    const Ticket done = doneRepair();
    CallbackRecord r = reached(CallbackOutcome::Unsatisfied, u"还是漏水"_s);
    r.action = UnsatisfiedAction::Redispatch;
    r.dispatch.department = u"工程部"_s;
    r.dispatch.technician = u"王师傅"_s;
    auto call = callbacks->record(clerk, done, r);
    ASSERT_TRUE(call.ok()) << call.error().message.toStdString();
    ASSERT_NE(call.value().followUpTicketId, 0);
    const Ticket again = host.services().tickets.find(call.value().followUpTicketId).value();
    EXPECT_EQ(again.secondDispatchOf, done.id);
    EXPECT_EQ(again.status, TicketStatus::Dispatched);
    EXPECT_EQ(again.kind, TicketKind::Repair);
    EXPECT_NE(reload(done).status, TicketStatus::Returned);
    EXPECT_EQ(callbacks->queueCount().value(), 0);
    EXPECT_EQ(callbacks->attempts(done.id).value().first().followUpTicketId, again.id);
}

TEST_P(CallbackServiceTest, AnUnsatisfiedCustomerCanHaveTheTicketReopened)
{
    // R-CB-3: not satisfied → reopen.
    const Ticket done = doneRepair();
    CallbackRecord r = reached(CallbackOutcome::Unsatisfied, u"师傅态度不好，问题没解决"_s);
    r.handled = false;
    ASSERT_TRUE(callbacks->record(clerk, done, r).ok());
    EXPECT_EQ(reload(done).status, TicketStatus::Reopened);
    EXPECT_EQ(callbacks->queueCount().value(), 0);
}

TEST_P(CallbackServiceTest, AnUnreachableCustomerKeepsTheTicketOwingAndTheTryIsRecorded)
{
    // R-CB-1, R-CB-2: not reached is not done — the callback is still owed and retried later.
    const Ticket done = doneRepair();
    CallbackRecord nobody;
    nobody.outcome = CallbackOutcome::Unreachable;
    nobody.note = u"无人接听"_s;
    auto call = callbacks->record(clerk, done, nobody);
    ASSERT_TRUE(call.ok()) << call.error().message.toStdString();
    const Ticket still = reload(done);
    EXPECT_EQ(still.status, TicketStatus::Returned);
    EXPECT_EQ(still.callbackByMs, done.callbackByMs);
    auto queue = callbacks->queue(50).value();
    ASSERT_EQ(queue.size(), 1);
    EXPECT_EQ(queue.first().attempts, 1);
    EXPECT_EQ(callbacks->attempts(done.id).value().first().outcome, CallbackOutcome::Unreachable);
    EXPECT_EQ(callbacks->attempts(done.id).value().first().note, u"无人接听"_s);

    // Retried later, the customer answers and the ticket closes.
    host.clock().advanceMinutes(180);
    ASSERT_TRUE(callbacks->record(clerk, still, reached(CallbackOutcome::Satisfied, u"满意"_s)).ok());
    EXPECT_EQ(reload(done).status, TicketStatus::Closed);
    EXPECT_EQ(callbacks->attempts(done.id).value().size(), 2);
}

TEST_P(CallbackServiceTest, MissingAnswersAreRefusedNextToTheFieldAndNothingIsWritten)
{
    // R-CB-2: every question is answered before the call is recorded.
    const Ticket done = doneRepair();
    CallbackRecord noHandled = reached(CallbackOutcome::Satisfied, u"满意"_s);
    noHandled.handled.reset();
    EXPECT_EQ(callbacks->record(clerk, done, noHandled).error().field, u"handled"_s);
    EXPECT_EQ(callbacks->record(clerk, done, reached(CallbackOutcome::Satisfied, u"  "_s)).error().field,
              u"satisfaction"_s);
    CallbackRecord noDepartment = reached(CallbackOutcome::Unsatisfied, u"还是漏"_s);
    noDepartment.action = UnsatisfiedAction::Redispatch;
    EXPECT_FALSE(callbacks->record(clerk, done, noDepartment).ok());
    // Work still out with the department owes no callback yet.
    const Ticket atWork = repairs->dispatch(clerk, openRepair(u"门锁坏了"_s), paidRequest(1)).value().ticket;
    EXPECT_EQ(callbacks->record(clerk, atWork, reached(CallbackOutcome::Satisfied, u"满意"_s)).error().field,
              u"outcome"_s);

    EXPECT_EQ(reload(done).status, TicketStatus::Returned);
    EXPECT_EQ(reload(done).version, done.version);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM callback_attempts"_s), 0);
}

TEST_P(CallbackServiceTest, AnOpinionBecomesAComplaintWithOneActionOnce)
{
    // R-CB-3: an opinion given → a request or complaint for the same customer.
    const Ticket done = doneRepair();
    auto call =
        callbacks->record(clerk, done, reached(CallbackOutcome::Satisfied, u"修好了"_s, u"楼道垃圾几天没人清理"_s));
    ASSERT_TRUE(call.ok());
    auto opened = callbacks->openFromOpinion(clerk, call.value().id, TicketKind::Complaint);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened.value().kind, TicketKind::Complaint);
    EXPECT_EQ(opened.value().description, u"楼道垃圾几天没人清理"_s);
    EXPECT_EQ(opened.value().unitId, done.unitId);
    EXPECT_EQ(opened.value().callerPhone, done.callerPhone);
    EXPECT_EQ(callbacks->attempt(call.value().id).value().opinionTicketId, opened.value().id);
    // Once only; and an attempt without an opinion has nothing to open.
    EXPECT_EQ(callbacks->openFromOpinion(clerk, call.value().id, TicketKind::Request).error().field, u"opinion"_s);
    const Ticket other = doneRepair(u"卫生间灯不亮"_s);
    auto plain = callbacks->record(clerk, other, reached(CallbackOutcome::Satisfied, u"满意"_s));
    EXPECT_EQ(callbacks->openFromOpinion(clerk, plain.value().id, TicketKind::Request).error().field, u"opinion"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM tickets WHERE kind = 'complaint'"_s), 1);
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Backends, CallbackServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace fd::test
