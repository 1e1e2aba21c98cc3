#include "ReminderFixture.h"

#include "engine/reminders/ReminderEngine.h"
#include "engine/reminders/ReminderScheduler.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ReminderSchedulerTest : public ReminderFixture
{
protected:
    void SetUp() override
    {
        ReminderFixture::SetUp();
        m_engine = std::make_unique<ReminderEngine>(*m_db, m_clock, *m_audit, *m_rules);
        m_scheduler = std::make_unique<ReminderScheduler>(*m_engine, m_clock);
        m_scheduler->setSession(m_clerk);
    }
    void TearDown() override
    {
        m_scheduler.reset();
        m_engine.reset();
    }

    std::unique_ptr<ReminderEngine> m_engine;
    std::unique_ptr<ReminderScheduler> m_scheduler;
};

TEST_P(ReminderSchedulerTest, ArmsAtMostAMinuteAndExactlyAtTheNearestDueInstant)
{
    // FACTS.md "Timers": the monotonic clock stops in suspend, so never wait longer than 60 s.
    dispatchedRepair();
    m_scheduler->start();
    EXPECT_EQ(m_scheduler->armedIntervalMs(), ReminderScheduler::LongestWaitMs) << "09:15 is 15 minutes away";
    m_clock.set(QDateTime::fromMSecsSinceEpoch(at(9, 14) + 37'000));
    m_scheduler->tick();
    EXPECT_EQ(m_scheduler->armedIntervalMs(), 23'000) << "armed for 09:15:00 exactly";
    m_scheduler->stop();
    EXPECT_EQ(m_scheduler->armedIntervalMs(), -1);
}

TEST_P(ReminderSchedulerTest, EachWakeRaisesAndTellsWhatCameDue)
{
    dispatchedRepair();
    QSignalSpy notify(m_scheduler.get(), &ReminderScheduler::notify);
    QSignalSpy changed(m_scheduler.get(), &ReminderScheduler::changed);
    m_scheduler->start();
    EXPECT_EQ(notify.count(), 0);
    advanceTo(9, 15);
    m_scheduler->tick();
    ASSERT_EQ(notify.count(), 1);
    const auto told = notify.takeFirst().at(0).value<QList<Reminder>>();
    ASSERT_EQ(told.size(), 1);
    EXPECT_EQ(told.first().due, ReminderDue::FollowUp); // R-RP-2
    EXPECT_EQ(told.first().dueMs, at(9, 15));
    EXPECT_GE(changed.count(), 2);
    m_scheduler->tick();
    EXPECT_EQ(notify.count(), 0) << "a second wake at the same instant tells nothing";
    EXPECT_TRUE(m_scheduler->lastError().isEmpty());
}

TEST_P(ReminderSchedulerTest, SigningInAgainAtTheDeskKeepsTheRemindersWithoutARebuild)
{
    // R-RP-2: the follow-up raised stays as it is when the desk's scheduler stops and starts (another
    // person signs in): giving raising up for that moment (issue 16) rebuilds nothing, on SQLite
    // (the one desk) or PostgreSQL (the same desk taking the site's lock again).
    dispatchedRepair();
    m_scheduler->start();
    advanceTo(9, 15);
    m_scheduler->tick();
    ASSERT_TRUE(m_engine->raisesForSite());
    ASSERT_TRUE(m_engine->settled());
    const quint64 version = m_engine->version();
    m_scheduler->stop();
    m_scheduler->setSession(m_clerk);
    m_scheduler->start();
    EXPECT_TRUE(m_engine->raisesForSite());
    EXPECT_EQ(m_engine->version(), version) << "the engine was rebuilt";
    EXPECT_EQ(m_engine->lastTicketsPassed(), 0);
}

TEST_P(ReminderSchedulerTest, ARestartedSchedulerDoesNotTellAgain)
{
    dispatchedRepair();
    advanceTo(9, 16);
    m_scheduler->start();
    m_scheduler.reset();
    m_engine.reset();
    restart();
    m_engine = std::make_unique<ReminderEngine>(*m_db, m_clock, *m_audit, *m_rules);
    m_scheduler = std::make_unique<ReminderScheduler>(*m_engine, m_clock);
    m_scheduler->setSession(m_clerk);
    QSignalSpy notify(m_scheduler.get(), &ReminderScheduler::notify);
    m_scheduler->start();
    EXPECT_EQ(notify.count(), 0);
    EXPECT_EQ(m_scheduler->armedIntervalMs(), 60'000 - 0) << "next: the repeat at 09:20, beyond a minute";
}

INSTANTIATE_TEST_SUITE_P(Backends, ReminderSchedulerTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
