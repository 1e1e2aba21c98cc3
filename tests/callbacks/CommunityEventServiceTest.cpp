// R-CB-1 "callbacks after assistance or a large community event": an event with its households
// opens one callback per household in the queue, due a day after the event's end, each worked like
// any other callback (R-CB-2); all or nothing, audited.
#include "CallbackFixture.h"

#include "engine/tickets/TicketClocks.h"
#include "modules/callbacks/CommunityEventService.h"

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

class CommunityEvents : public CallbackFixture
{
protected:
    qint64 rows(const QString& table)
    {
        return host.db().scalar(u"SELECT COUNT(*) FROM "_s + table).value().toLongLong();
    }

    std::vector<qint64> counts()
    {
        std::vector<qint64> out;
        for (const QString& t : {u"community_events"_s, u"community_event_callbacks"_s, u"tickets"_s,
                                 u"ticket_events"_s, u"audit_events"_s})
            out.push_back(rows(t));
        return out;
    }

    void expectRefused(const NewCommunityEvent& e, const QString& field)
    {
        const auto before = counts();
        auto r = events.record(clerk, e);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, field) << r.error().message.toStdString();
        EXPECT_EQ(counts(), before);
    }

    CommunityEventService& events = host.services().communityEvents;
};

TEST_P(CommunityEvents, AWaterCutOpensOneCallbackPerHouseholdDueADayAfterItsEnd)
{
    // R-CB-1: the households on floors 6-7 of building 3, chosen by building and floor.
    auto all = events.households(clerk);
    ASSERT_TRUE(all.ok()) << all.error().message.toStdString();
    const QList<qint64> chosen = CommunityEventService::choose(all.value(), u"3"_s, 6, 7);
    ASSERT_EQ(chosen.size(), 3); // 3-1-601, 3-1-602, 3-1-701
    const qint64 queued = callbacks->queueCount().value();
    const qint64 now = host.clock().nowMs();
    const qint64 ends = now + TicketClocks::hours(8);
    auto r =
        events.record(clerk, {u"3栋6-7层停水"_s, u"水泵检修"_s, now, ends, chosen + QList<qint64>{chosen.first()}});
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r.value().ticketIds.size(), 3) << "one per household, a household chosen twice counts once";
    EXPECT_EQ(callbacks->queueCount().value(), queued + 3);
    for (qint64 id : r.value().ticketIds) {
        const Ticket t = host.services().tickets.find(id).value();
        EXPECT_EQ(t.kind, TicketKind::Callback);
        EXPECT_EQ(t.callbackByMs, ends + TicketClocks::hours(24));
        EXPECT_TRUE(chosen.contains(t.unitId));
    }
    EXPECT_EQ(rows(u"community_event_callbacks"_s), 3);
    EXPECT_EQ(host.db().scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'community_event'"_s).value().toInt(),
              1);

    // R-CB-2: each is worked like any other callback, and leaves the queue when done.
    const Ticket first = host.services().tickets.find(r.value().ticketIds.first()).value();
    auto call = callbacks->record(clerk, first, reached(CallbackOutcome::Satisfied, u"已恢复供水，满意"_s));
    ASSERT_TRUE(call.ok()) << call.error().message.toStdString();
    EXPECT_EQ(reload(first).status, TicketStatus::Closed);
    EXPECT_EQ(callbacks->queueCount().value(), queued + 2);
}

TEST_P(CommunityEvents, AnEventWithoutTitleTimesOrHouseholdsIsRefusedAndWritesNothing)
{
    // R-CB-1: all or nothing; each refusal names its field.
    const qint64 now = host.clock().nowMs();
    const QList<qint64> units = CommunityEventService::choose(events.households(clerk).value(), u"3"_s, 0, 0);
    ASSERT_EQ(units.size(), 5);
    expectRefused({u" "_s, {}, now, now + 1000, units}, u"title"_s);
    expectRefused({u"停电"_s, {}, now, now - 1000, units}, u"ends"_s);
    expectRefused({u"停电"_s, {}, now, now + 1000, {}}, u"units"_s);
    expectRefused({u"停电"_s, {}, now, now + 1000, units + QList<qint64>{987654}}, u"units"_s);
    // A cashier does not fill the callbacks queue.
    const Session cashier = host.signedIn(Role::Cashier, u"chen.jing"_s);
    const auto before = counts();
    EXPECT_FALSE(events.record(cashier, {u"停电"_s, {}, now, now + 1000, units}).ok());
    EXPECT_EQ(counts(), before);
}

TEST(CommunityEventFloors, TheFloorIsTheRoomsHundreds)
{
    // R-CB-1: households are chosen by building and floor.
    EXPECT_EQ(CommunityEventService::floorOf(u"502"_s), 5);
    EXPECT_EQ(CommunityEventService::floorOf(u"1203"_s), 12);
    EXPECT_EQ(CommunityEventService::floorOf(u"12"_s), 1);
    const QList<EventHousehold> all{
        {1, u"1-1-101"_s, u"1"_s, 1}, {2, u"1-1-502"_s, u"1"_s, 5}, {3, u"2-1-502"_s, u"2"_s, 5}};
    EXPECT_EQ(CommunityEventService::choose(all, u"1"_s, 2, 0), QList<qint64>{2});
    EXPECT_EQ(CommunityEventService::choose(all, {}, 5, 5), (QList<qint64>{2, 3}));
}

INSTANTIATE_TEST_SUITE_P(Backends, CommunityEvents, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace

} // namespace fd::test
