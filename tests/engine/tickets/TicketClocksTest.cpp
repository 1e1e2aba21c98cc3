#include "engine/tickets/TicketClocks.h"

#include <gtest/gtest.h>

using namespace fd;

TEST(TicketClocksTest, FollowUpsStayOnTheGridAnchoredAtTheDispatch)
{
    // R-RP-2: anchor + k × 15 minutes; a late follow-up does not shift the grid.
    const qint64 anchor = 1'000'000;
    const qint64 m = TicketClocks::minutes(1);
    EXPECT_EQ(TicketClocks::nextSlot(anchor, anchor, 15 * m), anchor + 15 * m);
    EXPECT_EQ(TicketClocks::nextSlot(anchor, anchor + 15 * m, 15 * m), anchor + 30 * m);
    EXPECT_EQ(TicketClocks::nextSlot(anchor, anchor + 16 * m, 15 * m), anchor + 30 * m);
    EXPECT_EQ(TicketClocks::nextSlot(anchor, anchor + 44 * m, 15 * m), anchor + 45 * m);
    EXPECT_EQ(TicketClocks::nextSlot(anchor, anchor + 5 * m, 15 * m), anchor + 15 * m);
}

TEST(TicketClocksTest, ComplaintLimitsFollowTheGrade)
{
    // R-CP-5 with the default rules: minor half a day, important one day, major 15 days (reply in 2).
    const auto rules = SiteRules::Snapshot::defaults();
    EXPECT_EQ(TicketClocks::resolveLimit(TicketKind::Complaint, Severity::Minor, rules), TicketClocks::hours(12));
    EXPECT_EQ(TicketClocks::resolveLimit(TicketKind::Complaint, Severity::Important, rules), TicketClocks::hours(24));
    EXPECT_EQ(TicketClocks::resolveLimit(TicketKind::Complaint, Severity::Major, rules), TicketClocks::hours(15 * 24));
    EXPECT_EQ(TicketClocks::replyLimit(TicketKind::Complaint, Severity::Major, rules), TicketClocks::hours(48));
    EXPECT_FALSE(TicketClocks::replyLimit(TicketKind::Complaint, Severity::Important, rules).has_value());
    EXPECT_FALSE(TicketClocks::resolveLimit(TicketKind::Repair, Severity::None, rules).has_value());
    // R-IN-4
    EXPECT_EQ(TicketClocks::resolveLimit(TicketKind::Request, Severity::None, rules), TicketClocks::hours(24));
}
