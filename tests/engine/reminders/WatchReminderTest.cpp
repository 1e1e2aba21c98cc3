// The desk's logs come due through the same reminders as tickets: an open watch raises one reminder
// when due, the desk is told again every repeat interval until the record acts, and re-arming or
// closing the watch ends it (R-VS-3, R-PS-2).
#include "ReminderFixture.h"

#include "engine/tickets/SiteRules.h"
#include "engine/watches/WatchService.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class WatchReminderTest : public ReminderFixture
{
protected:
    void SetUp() override
    {
        ReminderFixture::SetUp();
        m_watches = std::make_unique<WatchService>(*m_db);
    }

    void arm(qint64 refId, qint64 dueMs)
    {
        Watch w{u"visitor"_s, refId, m_unitId, u"访客 王伟"_s, u"与住户确认"_s, dueMs};
        ASSERT_TRUE(m_watches->arm(w, m_clock.nowMs()).ok());
    }

    static QList<Reminder> watchesOf(const QList<Reminder>& list)
    {
        QList<Reminder> out;
        for (const Reminder& r : list)
            if (r.due == ReminderDue::Watch)
                out << r;
        return out;
    }

    std::unique_ptr<WatchService> m_watches;
};

// R-VS-3: a visitor checked in at 09:00 is due a check with the resident at 10:30, not before.
TEST_P(WatchReminderTest, AWatchRaisesOnceWhenDueAndNotBefore)
{
    advanceTo(9, 0);
    arm(7, at(10, 30));
    advanceTo(10, 29);
    EXPECT_TRUE(watchesOf(raise()).isEmpty());
    EXPECT_EQ(m_reminders->nextDueMs(m_clock.nowMs()).value().value_or(0), at(10, 30));

    advanceTo(10, 31);
    const QList<Reminder> raised = watchesOf(raise());
    ASSERT_EQ(raised.size(), 1);
    EXPECT_EQ(raised.first().source, u"visitor"_s);
    EXPECT_EQ(raised.first().refId, 7);
    EXPECT_EQ(raised.first().number, u"访客 王伟"_s);
    EXPECT_EQ(raised.first().unitId, m_unitId);
    EXPECT_TRUE(watchesOf(raise()).isEmpty()); // raised once
    ASSERT_EQ(watchesOf(activeFor(m_clerk)).size(), 1);
}

// R-VS-3 "repeating until confirmed": the desk hears it again every repeat interval, and it never
// climbs to the supervisor — it is the desk's own work.
TEST_P(WatchReminderTest, TheDeskIsToldAgainUntilTheRecordActs)
{
    advanceTo(9, 0);
    arm(7, at(10, 30));
    advanceTo(10, 30);
    raise();
    EXPECT_EQ(watchesOf(notices(m_clerk)).size(), 1);
    EXPECT_TRUE(watchesOf(notices(m_clerk)).isEmpty());
    const int repeat = m_rules->reminderRepeatMinutes();
    m_clock.advanceMinutes(repeat);
    raise();
    EXPECT_EQ(watchesOf(notices(m_clerk)).size(), 1);

    m_clock.advanceMinutes(600);
    raise();
    const Session supervisor = person(Role::Supervisor, u"zhao.min"_s);
    EXPECT_TRUE(watchesOf(activeFor(supervisor)).isEmpty());
    ASSERT_EQ(watchesOf(activeFor(m_clerk)).size(), 1);
    EXPECT_EQ(watchesOf(activeFor(m_clerk)).first().level, ReminderLevel::Clerk);
}

// Confirming with the resident re-arms the watch: the old reminder ends, the next check comes later.
TEST_P(WatchReminderTest, ReArmingEndsThePendingReminderAndClosingStopsIt)
{
    advanceTo(9, 0);
    arm(7, at(10, 30));
    advanceTo(10, 40);
    raise();
    arm(7, at(12, 10));
    raise();
    EXPECT_TRUE(watchesOf(activeFor(m_clerk)).isEmpty());

    advanceTo(12, 10);
    ASSERT_EQ(watchesOf(raise()).size(), 1);
    ASSERT_TRUE(m_watches->close(u"visitor"_s, 7, m_clock.nowMs()).ok());
    raise();
    EXPECT_TRUE(watchesOf(activeFor(m_clerk)).isEmpty());
    EXPECT_FALSE(m_watches->dueOf(u"visitor"_s, 7).value().has_value());
    m_clock.advanceMinutes(600);
    EXPECT_TRUE(watchesOf(raise()).isEmpty());
}

// A record ended at one desk while another desk re-arms its watch from a stale screen: the watch
// stays closed, so no reminder about a visitor who has left can come back (R-VS-3, R-VS-4).
TEST_P(WatchReminderTest, AClosedWatchIsNotReopenedByALateReArm)
{
    advanceTo(9, 0);
    arm(7, at(10, 30));
    ASSERT_TRUE(m_watches->close(u"visitor"_s, 7, m_clock.nowMs()).ok());
    arm(7, at(12, 0));
    EXPECT_FALSE(m_watches->dueOf(u"visitor"_s, 7).value().has_value());
    advanceTo(12, 30);
    EXPECT_TRUE(watchesOf(raise()).isEmpty());
}

// A restart neither loses nor repeats a watch's reminder.
TEST_P(WatchReminderTest, ARestartFindsTheWatchRaisedAlready)
{
    advanceTo(9, 0);
    arm(3, at(10, 30));
    advanceTo(10, 45);
    ASSERT_EQ(watchesOf(raise()).size(), 1);
    restart();
    EXPECT_TRUE(watchesOf(raise()).isEmpty());
    EXPECT_EQ(watchesOf(activeFor(m_clerk)).size(), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, WatchReminderTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
