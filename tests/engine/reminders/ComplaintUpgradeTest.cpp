#include "ReminderFixture.h"

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class ComplaintUpgradeTest : public ReminderFixture
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

    // Done once: the next wake changes nothing.
    EXPECT_EQ(m_tickets->upgradeStaleComplaints(m_clock.nowMs()).value(), 0);
    EXPECT_TRUE(m_audit->verify().value().ok);
}

TEST_P(ComplaintUpgradeTest, AResolvedComplaintWaitingForItsCallbackIsNeverUpgraded)
{
    // R-CP-3: only a valid complaint still unresolved after the week becomes major. One judged minor
    // and replied to on day 0 (resolved, only its callback outstanding) stays minor on day 8.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    const Ticket minor = gradedComplaint(Severity::Minor);
    auto replied = m_tickets->reply(m_clerk, minor, u"已协调楼上住户，晚间不再施工"_s);
    ASSERT_TRUE(replied.ok()) << replied.error().message.toStdString();
    ASSERT_EQ(replied.value().status, TicketStatus::Replied);
    const qint64 events = count(u"ticket_events"_s);

    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0, 8)));
    EXPECT_EQ(m_tickets->upgradeStaleComplaints(m_clock.nowMs()).value(), 0);
    EXPECT_EQ(m_tickets->find(minor.id).value().severity, Severity::Minor);
    EXPECT_EQ(count(u"ticket_events"_s), events) << "nothing written";

    // Nor by the engine's pass, and the manager hears of nothing (R-CP-4 is for major complaints).
    const Session manager = person(Role::Manager, u"wu.jl"_s);
    raise();
    EXPECT_EQ(reload(minor).severity, Severity::Minor);
    EXPECT_TRUE(dueInstants(activeFor(manager), ReminderDue::Report).isEmpty());
}

TEST_P(ComplaintUpgradeTest, TheEnginesPassUpgradesAtTheInstantTheWeekRanOutAndTellsTheManager)
{
    // R-CP-3: the upgrade belongs to the engine's pass (wherever the reminders run, not the window),
    // and is stamped when the week ran out, not when the program next ran. R-CP-4: major → reported
    // to the superior at once.
    const Session manager = person(Role::Manager, u"wu.jl"_s);
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    const Ticket minor = gradedComplaint(Severity::Minor);
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0, 6)));
    raise();
    EXPECT_EQ(reload(minor).severity, Severity::Minor) << "day 6: within the week";
    EXPECT_TRUE(dueInstants(activeFor(manager), ReminderDue::Report).isEmpty());

    // The program is off from day 6 to day 10.
    restart();
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(10, 30, 10)));
    raise();
    const Ticket upgraded = reload(minor);
    EXPECT_EQ(upgraded.severity, Severity::Major);
    const TicketEvent last = m_tickets->history(minor.id).value().last();
    EXPECT_EQ(last.kind, u"graded"_s);
    EXPECT_EQ(last.atMs, at(9, 0, 7)) << "the week ran out on day 7 at 09:00";
    EXPECT_EQ(last.recordedMs, at(10, 30, 10)) << "written when the program ran again";
    EXPECT_EQ(dueInstants(activeFor(manager), ReminderDue::Report).size(), 1) << "R-CP-4";
    EXPECT_EQ(dueInstants(notices(manager), ReminderDue::Report).size(), 1) << "the manager is told";
}

INSTANTIATE_TEST_SUITE_P(Backends, ComplaintUpgradeTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());
