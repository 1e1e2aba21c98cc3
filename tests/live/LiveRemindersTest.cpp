// Issue 16, reminders across desks: each reminder is raised once for the site by one desk
// (ReminderLeader), however many desks run the scheduler; the others only read, hear of each raise
// within a second and show it; when the desk that raises closes or signs out, another takes over and
// raises what came due meanwhile.
#include "LiveDesks.h"

#include "engine/reminders/ReminderEngine.h"
#include "engine/reminders/ReminderScheduler.h"
#include "engine/tickets/TicketService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

namespace {

class LiveRemindersTest : public LiveDesks
{
protected:
    void SetUp() override
    {
        LiveDesks::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        auto opened = ServiceHost::open(a->spec(), a->clock());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        c = std::move(opened).value();
        listen(c->services());
    }

    // A repair dispatched to engineering: followed up every 15 minutes while it is out (R-RP-2).
    qint64 dispatchedRepair()
    {
        const Session clerk = a->signedIn(Role::Clerk, u"li.na"_s);
        auto opened = a->services().tickets.open(clerk, repair());
        EXPECT_TRUE(opened.ok()) << opened.error().message.toStdString();
        if (!opened)
            return 0;
        auto dispatched = a->services().tickets.dispatch(clerk, opened.value(), u"工程部"_s);
        EXPECT_TRUE(dispatched.ok()) << dispatched.error().message.toStdString();
        return opened.value().id;
    }

    // The follow-up reminder a desk shows for this ticket, 0 when none.
    static qint64 followUp(const ReminderEngine& engine, qint64 ticketId)
    {
        for (const Reminder& r : engine.pending())
            if (r.ticketId == ticketId && r.due == ReminderDue::FollowUp)
                return r.id;
        return 0;
    }

    static ReminderEngine& engine(Services& desk) { return desk.reminders; }

    qint64 rows(qint64 ticketId)
    {
        return a->db()
            .scalar(u"SELECT COUNT(*) FROM reminders WHERE due = 'follow_up' AND ticket_id = ?"_s, {ticketId})
            .value()
            .toLongLong();
    }

    // Waits until a desk's feed has carried the raise of this reminder (what ServiceHost hands its engine).
    static bool hears(QSignalSpy& spy, qint64 reminderId)
    {
        QElapsedTimer took;
        took.start();
        while (took.elapsed() < 1000) {
            for (const Change& ch : caught(spy))
                if (ch.kind == u"reminder"_s && ch.id == reminderId && ch.action == u"raised"_s)
                    return true;
            spy.wait(50);
        }
        return false;
    }

    std::unique_ptr<ServiceHost> c;
};

TEST_F(LiveRemindersTest, OneDeskRaisesTheFollowUpForTheSiteAndTheOtherTwoShowItWithinASecond)
{
    // R-RP-2: three desks run the scheduler; the lobby desk (first to wake) raises for the site.
    ASSERT_TRUE(engine(a->services()).advance(a->clock().nowMs()).ok());
    ASSERT_TRUE(engine(b->services()).advance(a->clock().nowMs()).ok());
    ASSERT_TRUE(engine(c->services()).advance(a->clock().nowMs()).ok());
    EXPECT_TRUE(engine(a->services()).raisesForSite());
    EXPECT_FALSE(engine(b->services()).raisesForSite()) << "a second desk raises for the site too";
    EXPECT_FALSE(engine(c->services()).raisesForSite()) << "a third desk raises for the site too";

    const qint64 ticket = dispatchedRepair();
    a->clock().advanceMinutes(16); // past the first 15-minute slot
    const qint64 now = a->clock().nowMs();

    // The two other desks wake first: they read, and write nothing.
    QCoreApplication::processEvents();
    QSignalSpy atB(&b->services().changes, &ChangeFeed::changed);
    QSignalSpy atC(&c->services().changes, &ChangeFeed::changed);
    ASSERT_TRUE(engine(b->services()).advance(now).ok());
    ASSERT_TRUE(engine(c->services()).advance(now).ok());
    EXPECT_EQ(engine(b->services()).lastRaised(), 0);
    EXPECT_EQ(engine(c->services()).lastRaised(), 0);
    EXPECT_EQ(rows(ticket), 0) << "a desk that does not raise for the site wrote a reminder";

    ASSERT_TRUE(engine(a->services()).advance(now).ok());
    const qint64 id = followUp(engine(a->services()), ticket);
    ASSERT_NE(id, 0) << "the desk that raises did not raise the follow-up";
    EXPECT_GE(engine(a->services()).lastRaised(), 1);

    // Told over the server: both other desks' engines pass over the ticket again and show it.
    ASSERT_TRUE(hears(atB, id)) << "desk B did not hear of the raise within a second";
    ASSERT_TRUE(hears(atC, id)) << "desk C did not hear of the raise within a second";
    ASSERT_TRUE(engine(b->services()).advance(now).ok());
    ASSERT_TRUE(engine(c->services()).advance(now).ok());
    EXPECT_EQ(followUp(engine(b->services()), ticket), id);
    EXPECT_EQ(followUp(engine(c->services()), ticket), id);
    EXPECT_EQ(rows(ticket), 1) << "raised once for the site";

    // Followed up on desk B: every desk drops it, and still nobody but desk A writes a reminder.
    const Session counter = a->signedIn(Role::Clerk, u"wang.fang"_s);
    auto seen = b->services().tickets.find(ticket);
    ASSERT_TRUE(seen.ok());
    ASSERT_TRUE(b->services().tickets.recordFollowUp(counter, seen.value()).ok());
    for (ServiceHost* desk : {b.get(), c.get()})
        ASSERT_TRUE(engine(desk->services()).advance(now).ok());
    ASSERT_TRUE(engine(a->services()).advance(now).ok());
    EXPECT_EQ(followUp(engine(a->services()), ticket), 0);
    EXPECT_EQ(followUp(engine(b->services()), ticket), 0);
    EXPECT_EQ(followUp(engine(c->services()), ticket), 0);
    EXPECT_EQ(rows(ticket), 1);
}

TEST_F(LiveRemindersTest, WhenTheDeskThatRaisesClosesAnotherTakesOverAndRaisesWhatCameDueMeanwhile)
{
    // R-RP-2: desk B raises for the site, then its program closes; the lobby desk takes over at its
    // next wake and raises the slot that came due while no desk raised.
    ASSERT_TRUE(engine(b->services()).advance(a->clock().nowMs()).ok());
    ASSERT_TRUE(engine(b->services()).raisesForSite());
    ASSERT_TRUE(engine(a->services()).advance(a->clock().nowMs()).ok());
    ASSERT_FALSE(engine(a->services()).raisesForSite());
    const qint64 ticket = dispatchedRepair();
    b.reset(); // closed: the server lets go of its lock with its connection
    a->clock().advanceMinutes(16);

    QElapsedTimer took;
    took.start();
    do {
        ASSERT_TRUE(engine(a->services()).advance(a->clock().nowMs()).ok());
        if (!engine(a->services()).raisesForSite())
            QTest::qWait(20); // the server ends the closed desk's session a moment later
    } while (!engine(a->services()).raisesForSite() && took.elapsed() < 2000);
    ASSERT_TRUE(engine(a->services()).raisesForSite()) << "no desk took over raising";
    EXPECT_NE(followUp(engine(a->services()), ticket), 0);
    EXPECT_EQ(rows(ticket), 1);
}

TEST_F(LiveRemindersTest, ADeskWhereNobodyIsSignedInLeavesRaisingToTheOthers)
{
    // R-RP-2: the lobby desk's clerk signs out (its scheduler stops): desk C, where someone is
    // signed in, raises from its next wake.
    const Session clerk = a->signedIn(Role::Clerk, u"li.na"_s);
    ReminderScheduler& scheduler = a->services().reminderScheduler;
    scheduler.setSession(clerk);
    scheduler.start();
    ASSERT_TRUE(engine(a->services()).raisesForSite());
    ASSERT_TRUE(engine(c->services()).advance(a->clock().nowMs()).ok());
    ASSERT_FALSE(engine(c->services()).raisesForSite());

    scheduler.stop();
    scheduler.setSession(Session{});
    const qint64 ticket = dispatchedRepair();
    a->clock().advanceMinutes(16);
    ASSERT_TRUE(engine(c->services()).advance(a->clock().nowMs()).ok());
    EXPECT_TRUE(engine(c->services()).raisesForSite());
    EXPECT_NE(followUp(engine(c->services()), ticket), 0);
    EXPECT_EQ(rows(ticket), 1);
}

} // namespace
