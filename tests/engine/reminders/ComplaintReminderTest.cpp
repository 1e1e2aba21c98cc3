// The complaint's reminders beyond its clocks: the supervisor is reminded to judge (R-CP-2) and hears
// the department's result, which the customer is replied to the same day (R-CP-6).
#include "ReminderFixture.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ComplaintReminderTest : public ReminderFixture
{
protected:
    void SetUp() override
    {
        ReminderFixture::SetUp();
        m_boss = person(Role::Supervisor, u"zhou.zg"_s);
        m_manager = person(Role::Manager, u"wu.jl"_s);
    }

    static QList<qint64> ticketsOf(const QList<Reminder>& list, ReminderDue due)
    {
        QList<qint64> out;
        for (const Reminder& r : list)
            if (r.due == due)
                out << r.ticketId;
        return out;
    }

    // A complaint judged minor by the supervisor and dispatched to the department at 09:00.
    Ticket dispatchedComplaint()
    {
        Ticket t = openTicket(complaintRequest(Severity::None));
        auto graded = m_tickets->grade(m_boss, t, Severity::Minor, u"属实"_s);
        EXPECT_TRUE(graded.ok());
        auto sent = m_tickets->dispatch(m_clerk, graded.value(), u"工程部"_s);
        EXPECT_TRUE(sent.ok());
        return sent.ok() ? sent.value() : t;
    }

    Session m_boss;
    Session m_manager;
};

TEST_P(ComplaintReminderTest, ADispatchedComplaintIsFollowedUpEveryQuarterHourLikeARepair)
{
    // R-CP-7: a dispatched complaint is followed up every 15 minutes like a repair (R-RP-2), until the
    // department brings back its result.
    const Ticket t = dispatchedComplaint(); // 09:00
    QList<qint64> raised;
    for (int minute = 1; minute <= 50; ++minute) {
        advanceTo(9, minute);
        raised << dueInstants(raise(), ReminderDue::FollowUp);
    }
    EXPECT_EQ(raised, (QList<qint64>{at(9, 15), at(9, 30), at(9, 45)}));
    ASSERT_TRUE(m_tickets->returned(m_clerk, reload(t), u"已处理"_s).ok());
    advanceTo(10, 30);
    EXPECT_TRUE(dueInstants(raise(), ReminderDue::FollowUp).isEmpty());
    EXPECT_TRUE(dueInstants(activeFor(m_clerk), ReminderDue::FollowUp).isEmpty());
}

TEST_P(ComplaintReminderTest, AnUnjudgedComplaintRemindsTheSupervisorUntilJudged)
{
    // R-CP-2: the supervisor judges every complaint; one nobody has judged within
    // rule.complaint.judge_minutes (30) reminds the supervisor, and stops once it is judged.
    const Ticket t = openTicket(complaintRequest(Severity::None)); // 09:00, by the clerk
    advanceTo(9, 29);
    raise();
    EXPECT_TRUE(ticketsOf(activeFor(m_boss), ReminderDue::Judge).isEmpty()) << "not yet 30 minutes";
    auto next = m_reminders->nextDueMs(m_clock.nowMs(), &m_boss);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next.value(), at(9, 30)) << "the scheduler wakes for it";

    advanceTo(9, 30);
    raise();
    EXPECT_EQ(dueInstants(activeFor(m_boss), ReminderDue::Judge), QList<qint64>{at(9, 30)});
    EXPECT_EQ(ticketsOf(notices(m_boss), ReminderDue::Judge), QList<qint64>{t.id}) << "the supervisor is told";
    EXPECT_TRUE(ticketsOf(activeFor(m_clerk), ReminderDue::Judge).isEmpty()) << "a clerk cannot judge";

    advanceTo(9, 40);
    ASSERT_TRUE(m_tickets->grade(m_boss, reload(t), Severity::Minor, u"属实"_s).ok());
    advanceTo(9, 41);
    raise();
    EXPECT_TRUE(ticketsOf(activeFor(m_boss), ReminderDue::Judge).isEmpty()) << "judged: it stops";
    EXPECT_NE(m_db->scalar(u"SELECT resolved_ms FROM reminders WHERE due = 'judge'"_s).value(), QVariant())
        << "and the record says when it ended";
}

TEST_P(ComplaintReminderTest, TheJudgeMinutesAreTheSitesAndKeptByEachComplaint)
{
    // R-CP-2 with the site's own number: 45 minutes for complaints opened after the change; one opened
    // before keeps the 30 it was opened under.
    const Ticket before = openTicket(complaintRequest(Severity::None));
    ASSERT_TRUE(m_rules->set(m_admin, QString::fromLatin1(SiteRules::ComplaintJudgeMinutes), u"45"_s).ok());
    const Ticket after = openTicket(complaintRequest(Severity::None));
    advanceTo(9, 44);
    raise();
    EXPECT_EQ(ticketsOf(activeFor(m_boss), ReminderDue::Judge), QList<qint64>{before.id});
    advanceTo(9, 45);
    raise();
    EXPECT_EQ(ticketsOf(activeFor(m_boss), ReminderDue::Judge), (QList<qint64>{before.id, after.id}));
}

TEST_P(ComplaintReminderTest, TheResultIsReportedToTheSupervisorAndTheReplyIsDueByTheEndOfThatDay)
{
    // R-CP-6: the department's result is reported to the supervisor and replied to the customer the
    // same day: the reply is due at 24:00 local time of the day the result was recorded.
    Ticket t = dispatchedComplaint();
    advanceTo(15, 20);
    auto back = m_tickets->returned(m_clerk, reload(t), u"已与楼上住户沟通，晚八点后停工"_s, u"工程部 李工"_s);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    const qint64 midnight = at(0, 0, 1);
    ASSERT_TRUE(back.value().replyByMs.has_value());
    EXPECT_EQ(*back.value().replyByMs, midnight);

    // The supervisor hears of the result at once, with what the department did.
    raise();
    const QList<Reminder> boss = activeFor(m_boss);
    ASSERT_EQ(ticketsOf(boss, ReminderDue::Result), QList<qint64>{t.id});
    for (const Reminder& r : boss) {
        if (r.due == ReminderDue::Result) {
            EXPECT_EQ(r.description, u"已与楼上住户沟通，晚八点后停工"_s);
        }
    }
    EXPECT_EQ(ticketsOf(notices(m_boss), ReminderDue::Result), QList<qint64>{t.id});
    EXPECT_TRUE(ticketsOf(activeFor(m_clerk), ReminderDue::Result).isEmpty()) << "the desk owes the reply instead";

    // Not replied by midnight: the desk is reminded.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(midnight - 60'000));
    EXPECT_TRUE(dueInstants(raise(), ReminderDue::Reply).isEmpty());
    m_clock.set(QDateTime::fromMSecsSinceEpoch(midnight));
    EXPECT_EQ(dueInstants(raise(), ReminderDue::Reply), QList<qint64>{midnight});
    EXPECT_EQ(dueInstants(activeFor(m_clerk), ReminderDue::Reply), QList<qint64>{midnight});

    // Replied (the time is recorded): the reply reminder and the supervisor's line end.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(midnight + 5 * 60'000));
    auto replied = m_tickets->reply(m_clerk, reload(t), u"已电话告知业主处理结果"_s);
    ASSERT_TRUE(replied.ok());
    EXPECT_FALSE(replied.value().replyByMs.has_value());
    raise();
    EXPECT_TRUE(dueInstants(activeFor(m_clerk), ReminderDue::Reply).isEmpty());
    EXPECT_TRUE(ticketsOf(activeFor(m_boss), ReminderDue::Result).isEmpty());
}

TEST_P(ComplaintReminderTest, ASupervisorConfirmsTheResultAndAClerkCannot)
{
    // R-CP-6: the report of the result is the supervisor's to confirm (like R-CP-4's report).
    Ticket t = dispatchedComplaint();
    advanceTo(10, 0);
    ASSERT_TRUE(m_tickets->returned(m_clerk, reload(t), u"已处理"_s).ok());
    qint64 id = 0;
    for (const Reminder& r : raise())
        if (r.due == ReminderDue::Result)
            id = r.id;
    ASSERT_NE(id, 0);
    EXPECT_FALSE(m_reminders->acknowledge(m_clerk, id).ok());
    ASSERT_TRUE(m_reminders->acknowledge(m_boss, id).ok());
    auto again = m_reminders->acknowledge(m_boss, id); // issue 16: another desk's screen had it still
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(m_boss.user.displayName)) << again.error().message.toStdString();
    EXPECT_TRUE(ticketsOf(activeFor(m_boss), ReminderDue::Result).isEmpty());
    EXPECT_EQ(reload(t).status, TicketStatus::Returned) << "the reply is still owed";
}

INSTANTIATE_TEST_SUITE_P(Backends, ComplaintReminderTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
