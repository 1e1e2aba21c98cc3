#include "TicketFixture.h"

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class ComplaintUpgradeTest : public TicketFixture
{
protected:
    Ticket gradedComplaint(Severity severity)
    {
        const Session supervisor = person(Role::Supervisor, u"chen.zhu%1"_s.arg(int(severity)));
        Ticket t = openTicket(complaintRequest(Severity::None));
        auto graded = m_tickets->grade(supervisor, t, severity, u"属实"_s);
        EXPECT_TRUE(graded.ok());
        return graded.ok() ? graded.value() : t;
    }
};

TEST_P(ComplaintUpgradeTest, AValidComplaintNotResolvedWithinTheWeekBecomesMajorByItself)
{
    // R-CP-3: not resolved within 1 week → major (automatic upgrade), with a major complaint's limits.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    const Ticket minor = gradedComplaint(Severity::Minor);
    const Ticket important = gradedComplaint(Severity::Important);
    const Ticket ungraded = openTicket(complaintRequest(Severity::None)); // not judged valid yet

    EXPECT_EQ(m_tickets->upgradeStaleComplaints(at(8, 59, 7)).value(), 0) << "a minute short of the week";
    EXPECT_EQ(m_tickets->find(minor.id).value().severity, Severity::Minor);

    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0, 7)));
    EXPECT_EQ(m_tickets->upgradeStaleComplaints(m_clock.nowMs()).value(), 2);
    const Ticket upgraded = m_tickets->find(minor.id).value();
    EXPECT_EQ(upgraded.severity, Severity::Major);
    EXPECT_EQ(m_tickets->find(important.id).value().severity, Severity::Major);
    EXPECT_EQ(m_tickets->find(ungraded.id).value().severity, Severity::None);
    const QList<TicketEvent> events = m_tickets->history(minor.id).value();
    EXPECT_EQ(events.last().kind, u"graded"_s);
    EXPECT_TRUE(events.last().note.contains(u"R-CP-3"_s));
    EXPECT_NE(upgraded.replyByMs, minor.replyByMs) << "a major complaint owes a definite reply (R-CP-5)";

    // Done once: the next wake changes nothing, and a resolved complaint is never upgraded.
    EXPECT_EQ(m_tickets->upgradeStaleComplaints(m_clock.nowMs()).value(), 0);
    EXPECT_TRUE(m_audit->verify().value().ok);
}

INSTANTIATE_TEST_SUITE_P(Backends, ComplaintUpgradeTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());
