#include "ReportFixture.h"

#include "support/TestDatabase.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ReportNightCall_ : public ReportFixture
{
};

// R-RP-5, R-IN-6: a night call entered the next morning (补单) is counted for the control-room
// operator who took it and dispatched, not for the desk clerk who typed it in.
TEST_P(ReportNightCall_, TheClerksCountsCreditTheOperatorWhoTookANightCall)
{
    const Session control = host.signedIn(Role::ControlRoom, u"zhang.wei"_s);
    setTime(1, 9, 0);
    open(TicketKind::Repair, Channel::Call, u"水路"_s); // li.na's own ticket
    setTime(2, 8, 0);
    NewTicket night;
    night.kind = TicketKind::Repair;
    night.channel = Channel::ControlRoom;
    night.personName = u"赵先生"_s;
    night.description = u"楼道灯不亮"_s;
    night.category = u"电路"_s;
    night.retroactive = true;
    night.occurredMs = QDateTime(monday().addDays(1), QTime(23, 0)).toMSecsSinceEpoch();
    night.takenBy = control.user.id;
    ASSERT_TRUE(tickets().open(clerk, night).ok()); // entered by li.na in the morning

    const ReportFigures f = week();
    EXPECT_EQ(f.total, 2);
    qint64 byClerk = -1;
    qint64 byOperator = -1;
    for (const ClerkFigures& c : f.clerks) {
        if (c.userId == clerk.user.id)
            byClerk = c.entered;
        if (c.userId == control.user.id)
            byOperator = c.entered;
    }
    EXPECT_EQ(byClerk, 1);
    EXPECT_EQ(byOperator, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportNightCall_, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
