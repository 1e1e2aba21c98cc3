#include "TicketFixture.h"

#include "engine/tickets/TicketQueues.h"

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

class TicketQueuesTest : public TicketFixture
{
protected:
    void SetUp() override
    {
        TicketFixture::SetUp();
        m_queues = std::make_unique<TicketQueues>(*m_db, *m_rules);
        m_other = person(Role::Clerk, u"zhao.min"_s);
    }

    QList<QString> numbers(QueueKind queue, qint64 asOf, const QString& department = {}, int offset = 0, int limit = 50,
                           const Session* who = nullptr)
    {
        auto rows = m_queues->page(who ? *who : m_clerk, queue, asOf, department, offset, limit);
        EXPECT_TRUE(rows.ok()) << (rows.ok() ? std::string() : rows.error().message.toStdString());
        QList<QString> out;
        if (rows.ok())
            for (const QueueRow& r : rows.value())
                out << r.number;
        return out;
    }

    std::unique_ptr<TicketQueues> m_queues;
    Session m_other;
};

TEST_P(TicketQueuesTest, OverdueDueSoonAndMyWorkEachListATicketByItsEarliestRunningClock)
{
    // R-IN-3: a ticket not forwarded within 10 minutes is overdue; R-RP-2: a dispatched repair's
    // next follow-up 15 minutes on is due soon.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    Ticket dispatched = openTicket(repairRequest());
    dispatched = m_tickets->dispatch(m_clerk, dispatched, u"工程部"_s).value();         // follow-up 09:15
    auto notForwarded = m_tickets->open(m_other, repairRequest(u"门禁坏了"_s)).value(); // respond-by 09:10

    const qint64 now = at(9, 12);
    EXPECT_EQ(numbers(QueueKind::Overdue, now), QList<QString>{notForwarded.number});
    EXPECT_EQ(numbers(QueueKind::DueSoon, now), QList<QString>{dispatched.number});
    EXPECT_EQ(numbers(QueueKind::MyOpen, now), QList<QString>{dispatched.number}) << "only what I entered";
    EXPECT_EQ(numbers(QueueKind::MyOpen, now, {}, 0, 50, &m_other), QList<QString>{notForwarded.number});

    auto rows = m_queues->page(m_clerk, QueueKind::DueSoon, now, {}, 0, 50).value();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().dueMs, at(9, 15));
    EXPECT_EQ(rows.first().dueClock, TicketClock::FollowUp);
    EXPECT_EQ(rows.first().department, u"engineering"_s);
    EXPECT_EQ(rows.first().unitCode, u"3-1-502"_s);

    const QueueCounts counts = m_queues->counts(m_clerk, now).value();
    EXPECT_EQ(counts.mine, 1);
    EXPECT_EQ(counts.overdue, 1);
    EXPECT_EQ(counts.dueSoon, 1);

    // Per department: the undispatched one has none yet.
    EXPECT_TRUE(numbers(QueueKind::Overdue, now, u"工程部"_s).isEmpty());
    EXPECT_EQ(numbers(QueueKind::DueSoon, now, u"工程部"_s), QList<QString>{dispatched.number});
    EXPECT_EQ(m_queues->counts(m_clerk, now, u"工程部"_s).value().overdue, 0);
    EXPECT_EQ(m_queues->departments().value(), QStringList{u"engineering"_s});

    // At 09:16 the follow-up is overdue too, most overdue first.
    EXPECT_EQ(numbers(QueueKind::Overdue, at(9, 16)), (QList<QString>{notForwarded.number, dispatched.number}));
}

TEST_P(TicketQueuesTest, WaitingWorkStaysInMyWorkWithoutADueTimeAndLeavesTheDueQueues)
{
    // Waiting for the customer pauses the ticket's clocks: nothing of it can be overdue.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    Ticket waiting = openTicket(repairRequest());
    waiting = m_tickets->dispatch(m_clerk, waiting, u"工程部"_s).value();
    Ticket running = openTicket(repairRequest(u"灯不亮"_s));
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 5)));
    waiting = m_tickets->pause(m_clerk, waiting, TicketAction::WaitForCustomer, u"业主不在家"_s).value();

    EXPECT_EQ(numbers(QueueKind::Overdue, at(11, 0)), QList<QString>{running.number});
    EXPECT_EQ(numbers(QueueKind::MyOpen, at(11, 0)), (QList<QString>{running.number, waiting.number}))
        << "work with a running clock first, waiting work last";
    auto rows = m_queues->page(m_clerk, QueueKind::MyOpen, at(11, 0), {}, 0, 50).value();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_FALSE(rows.last().dueMs.has_value());
    EXPECT_EQ(rows.last().status, TicketStatus::WaitingCustomer);

    // Closed work leaves every queue.
    running = m_tickets->cancel(m_clerk, running, u"业主自行处理"_s).value();
    EXPECT_TRUE(numbers(QueueKind::Overdue, at(11, 0)).isEmpty());
    EXPECT_EQ(m_queues->counts(m_clerk, at(11, 0)).value().mine, 1);
}

TEST_P(TicketQueuesTest, PagesFollowOneAnotherWithoutGapsOrRepeats)
{
    // The queue list fetches 50 rows at a time as the clerk scrolls.
    QList<QString> all;
    for (int i = 0; i < 7; ++i) {
        m_clock.set(QDateTime::fromMSecsSinceEpoch(at(8, i)));
        all << openTicket(repairRequest(u"报修 %1"_s.arg(i))).number;
    }
    QList<QString> paged;
    for (int offset = 0; offset < 8; offset += 3)
        paged += numbers(QueueKind::Overdue, at(12, 0), {}, offset, 3);
    EXPECT_EQ(paged, all);
}

TEST_P(TicketQueuesTest, DueSoonIsTheSitesRuleTheRemindersReadToo)
{
    // R-RP-2 (rule.due_soon_minutes): the queues' "due soon" and the reminders' warning are one site
    // rule. A ticket due in 45 minutes is not due soon at 30 and is at 60.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    ASSERT_TRUE(m_rules->set(m_admin, QString::fromLatin1(SiteRules::ForwardMinutes), u"45"_s).ok());
    const Ticket t = openTicket(repairRequest()); // respond-by 09:45
    const QString soon = QString::fromLatin1(SiteRules::DueSoonMinutes);

    ASSERT_TRUE(m_rules->set(m_admin, soon, u"30"_s).ok());
    EXPECT_EQ(m_queues->dueSoonMinutes(), 30);
    EXPECT_TRUE(numbers(QueueKind::DueSoon, at(9, 0)).isEmpty());
    EXPECT_EQ(m_queues->counts(m_clerk, at(9, 0)).value().dueSoon, 0);

    ASSERT_TRUE(m_rules->set(m_admin, soon, u"60"_s).ok());
    EXPECT_EQ(numbers(QueueKind::DueSoon, at(9, 0)), QList<QString>{t.number});
    EXPECT_EQ(m_queues->counts(m_clerk, at(9, 0)).value().dueSoon, 1);
}

TEST_P(TicketQueuesTest, OneDepartmentIsOneQueueWhateverTheScreensLanguage)
{
    // R-RP-1: dispatched from an English screen and from a Chinese one to the same department, the
    // work is stored under one key and the department's queue holds both.
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 0)));
    Ticket english = openTicket(repairRequest());
    english = m_tickets->dispatch(m_clerk, english, u"Engineering"_s).value();
    Ticket chinese = openTicket(repairRequest(u"灯不亮"_s));
    chinese = m_tickets->dispatch(m_clerk, chinese, u"工程部"_s).value();
    EXPECT_EQ(english.department, chinese.department);
    EXPECT_EQ(m_queues->departments().value(), QStringList{u"engineering"_s});
    EXPECT_EQ(numbers(QueueKind::DueSoon, at(9, 1), u"engineering"_s),
              (QList<QString>{english.number, chinese.number}));
    EXPECT_EQ(m_queues->counts(m_clerk, at(9, 1), u"工程部"_s).value().dueSoon, 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, TicketQueuesTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());
