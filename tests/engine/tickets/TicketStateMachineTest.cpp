#include "engine/tickets/TicketStateMachine.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace fd;

TEST(TicketStateMachineTest, AClosedRepairMustBeReopenedBeforeItCanBeDispatchedAgain)
{
    auto r = TicketStateMachine::allowed(TicketKind::Repair, TicketStatus::Closed, TicketAction::Dispatch);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, u"ticket.transition"_s);
    EXPECT_TRUE(r.error().message.contains(u"reopened"_s)) << r.error().message.toStdString();
    EXPECT_EQ(TicketStateMachine::allowed(TicketKind::Repair, TicketStatus::Closed, TicketAction::Reopen).value(),
              TicketStatus::Reopened);
    EXPECT_EQ(TicketStateMachine::allowed(TicketKind::Repair, TicketStatus::Reopened, TicketAction::Dispatch).value(),
              TicketStatus::Dispatched);
}

TEST(TicketStateMachineTest, ARepairIsClosedByItsCallbackNotByHand)
{
    // R-CB-1: a completed repair, complaint or request owes the customer a callback.
    for (TicketKind kind : {TicketKind::Repair, TicketKind::Complaint, TicketKind::Request}) {
        EXPECT_FALSE(TicketStateMachine::allowed(kind, TicketStatus::Returned, TicketAction::Close).ok());
        EXPECT_EQ(TicketStateMachine::allowed(kind, TicketStatus::Returned, TicketAction::CallBackSatisfied).value(),
                  TicketStatus::Closed);
    }
    EXPECT_EQ(TicketStateMachine::allowed(TicketKind::Inquiry, TicketStatus::Replied, TicketAction::Close).value(),
              TicketStatus::Closed);
}

TEST(TicketStateMachineTest, AnUnsatisfiedCallbackReopensTheWork)
{
    // R-CB-3, R-RP-4
    EXPECT_EQ(TicketStateMachine::allowed(TicketKind::Repair, TicketStatus::Returned, TicketAction::CallBackUnsatisfied)
                  .value(),
              TicketStatus::Reopened);
}

TEST(TicketStateMachineTest, OnlyADispatchedTicketIsFollowedUpAndAWaitingOneMustBeResumedFirst)
{
    // R-RP-2: follow-ups run while the order is out, and not while it waits.
    EXPECT_FALSE(TicketStateMachine::allowed(TicketKind::Repair, TicketStatus::New, TicketAction::FollowUp).ok());
    auto waiting = TicketStateMachine::allowed(TicketKind::Repair, TicketStatus::WaitingParts, TicketAction::FollowUp);
    ASSERT_FALSE(waiting.ok());
    EXPECT_TRUE(waiting.error().message.contains(u"resume"_s));
    EXPECT_EQ(TicketStateMachine::allowed(TicketKind::Repair, TicketStatus::WaitingParts, TicketAction::Resume).value(),
              TicketStatus::Dispatched);
    EXPECT_FALSE(
        TicketStateMachine::allowed(TicketKind::Complaint, TicketStatus::Dispatched, TicketAction::WaitForParts).ok());
}

TEST(TicketStateMachineTest, EveryOpenStatusCanBeCancelledButNothingChangesACancelledTicket)
{
    for (TicketStatus s : TicketTerms::statuses()) {
        const bool open = TicketTerms::isOpen(s);
        EXPECT_EQ(TicketStateMachine::allowed(TicketKind::Affair, s, TicketAction::Cancel).ok(), open);
        EXPECT_TRUE(TicketStateMachine::allowed(TicketKind::Affair, s, TicketAction::Comment).ok());
    }
    for (const auto& row : TicketStateMachine::table()) {
        if (row.action != TicketAction::Comment) {
            EXPECT_FALSE(row.from.contains(TicketStatus::Cancelled));
        }
    }
}

TEST(TicketStateMachineTest, OnlyComplaintsAreGradedAndRepairsAreNotRepliedTo)
{
    // R-CP-3
    EXPECT_TRUE(TicketStateMachine::allowed(TicketKind::Complaint, TicketStatus::Dispatched, TicketAction::Grade).ok());
    EXPECT_FALSE(TicketStateMachine::allowed(TicketKind::Repair, TicketStatus::Dispatched, TicketAction::Grade).ok());
    EXPECT_FALSE(TicketStateMachine::allowed(TicketKind::Repair, TicketStatus::Returned, TicketAction::Reply).ok());
    EXPECT_EQ(TicketStateMachine::allowed(TicketKind::Request, TicketStatus::New, TicketAction::Reply).value(),
              TicketStatus::Replied);
}
