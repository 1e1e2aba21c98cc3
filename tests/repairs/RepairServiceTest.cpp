#include "RepairFixture.h"

#include "engine/tickets/SiteRules.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class RepairServiceTest : public RepairFixture
{
};

qint64 at(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 23), QTime(hour, minute)).toMSecsSinceEpoch();
}

TEST_P(RepairServiceTest, AQuoteIsPriceTimesQuantityAddedUp)
{
    // R-RP-1: paid repairs are priced from the site's fee schedule.
    auto q = repairs->quote({{tap.id, 2}, {pipe.id, 1}});
    ASSERT_TRUE(q.ok()) << q.error().message.toStdString();
    ASSERT_EQ(q.value().lines.size(), 2);
    EXPECT_EQ(q.value().lines.at(0).amountFen, 2 * tap.priceFen);
    EXPECT_EQ(q.value().totalFen, 2 * tap.priceFen + pipe.priceFen);
    EXPECT_EQ(repairs->quote({{tap.id, 3}}).value().totalFen, 3 * tap.priceFen);

    // A new price applies to the next quote.
    FeeItem dearer = tap;
    dearer.priceFen = 4200;
    ASSERT_TRUE(repairs->saveFeeItem(host.admin(), dearer).ok());
    EXPECT_EQ(repairs->quote({{tap.id, 2}}).value().totalFen, 8400);
}

TEST_P(RepairServiceTest, APriceChangedOnAnotherDeskMeanwhileIsNotOverwrittenAndSaysWho)
{
    // R-RP-1 with two desks (issue 16): two managers edit the same fee item from the same copy; the
    // second save would silently put back the first's price: refused naming who saved it and when.
    FeeItem first = tap;
    first.priceFen = 4200;
    host.clock().advanceMinutes(3);
    ASSERT_TRUE(repairs->saveFeeItem(host.admin(), first).ok());
    const qint64 audits = scalar(u"SELECT COUNT(*) FROM audit_events"_s);
    FeeItem second = tap; // read before the first save
    second.name = u"更换水龙头（含配件）"_s;
    auto refused = repairs->saveFeeItem(host.admin(), second);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, u"fee.stale"_s);
    EXPECT_TRUE(refused.error().message.contains(host.admin().user.displayName))
        << refused.error().message.toStdString();
    EXPECT_EQ(scalar(u"SELECT price_fen FROM fee_items WHERE id = ?"_s, {tap.id}), 4200);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events"_s), audits);
}

TEST_P(RepairServiceTest, ANegativeOrZeroPriceOrQuantityIsRefusedWithAFieldErrorAndWritesNothing)
{
    // R-RP-1 (Done means: "negative price" gets a message next to the field and writes nothing).
    const qint64 items = scalar(u"SELECT COUNT(*) FROM fee_items"_s);
    const qint64 audits = scalar(u"SELECT COUNT(*) FROM audit_events"_s);
    for (qint64 price : {qint64(-500), qint64(0)}) {
        auto saved = repairs->saveFeeItem(host.admin(), FeeItem{0, u"DQ-01"_s, u"更换开关"_s, u"个"_s, price, true, 1});
        ASSERT_FALSE(saved.ok());
        EXPECT_EQ(saved.error().field, u"price"_s);
    }
    FeeItem cheaper = tap;
    cheaper.priceFen = -1;
    EXPECT_EQ(repairs->saveFeeItem(host.admin(), cheaper).error().field, u"price"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM fee_items"_s), items);
    EXPECT_EQ(scalar(u"SELECT price_fen FROM fee_items WHERE id = ?"_s, {tap.id}), tap.priceFen);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events"_s), audits);

    for (int quantity : {0, -2}) {
        auto q = repairs->quote({{tap.id, quantity}});
        ASSERT_FALSE(q.ok());
        EXPECT_EQ(q.error().field, u"quantity"_s);
    }
}

TEST_P(RepairServiceTest, DispatchWritesTheNumberedOrderAndDispatchesTheTicket)
{
    // R-RP-1: a numbered dispatch order goes to the department; R-RP-2: follow-ups start.
    const Ticket t = openRepair();
    auto d = repairs->dispatch(clerk, t, paidRequest());
    ASSERT_TRUE(d.ok()) << d.error().message.toStdString();
    EXPECT_EQ(d.value().order.number, u"PG-20261123-0001"_s);
    EXPECT_EQ(d.value().order.quote.totalFen, 2 * tap.priceFen + pipe.priceFen);

    const Ticket stored = host.services().tickets.find(t.id).value();
    EXPECT_EQ(stored.status, TicketStatus::Dispatched);
    EXPECT_EQ(stored.department, u"engineering"_s);
    const qint64 followUp = host.services().rules.snapshot().followUpMinutes * 60'000LL;
    EXPECT_EQ(stored.nextFollowUpMs.value_or(0), at(9, 0) + followUp);

    auto orders = repairs->orders(t.id);
    ASSERT_TRUE(orders.ok());
    ASSERT_EQ(orders.value().size(), 1);
    const RepairOrder& o = orders.value().first();
    EXPECT_EQ(o.technician, u"刘师傅"_s);
    EXPECT_TRUE(o.paid);
    ASSERT_EQ(o.quote.lines.size(), 2);
    EXPECT_EQ(o.quote.lines.at(0).name, u"更换水龙头"_s);
    EXPECT_EQ(o.quote.lines.at(0).quantity, 2);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'repair_order' AND entity_id = ?"_s, {o.id}),
              1);

    // The next order of the day gets the next number.
    auto second =
        repairs->dispatch(clerk, openRepair(u"卫生间灯不亮"_s), DispatchRequest{u"工程部"_s, {}, {}, false, {}, {}});
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(second.value().order.number, u"PG-20261123-0002"_s);
    EXPECT_EQ(second.value().order.quote.totalFen, 0);
}

TEST_P(RepairServiceTest, ARefusedDispatchWritesNeitherOrderNorTicketChange)
{
    // R-RP-1: a paid repair is priced from the schedule; without items it is not dispatched.
    const Ticket t = openRepair();
    DispatchRequest noItems = paidRequest();
    noItems.items.clear();
    auto d = repairs->dispatch(clerk, t, noItems);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().field, u"items"_s);

    DispatchRequest noDepartment = paidRequest();
    noDepartment.department = u"  "_s;
    EXPECT_EQ(repairs->dispatch(clerk, t, noDepartment).error().field, u"department"_s);

    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM repair_orders"_s), 0);
    EXPECT_EQ(host.services().tickets.find(t.id).value().status, TicketStatus::New);
    EXPECT_EQ(host.services().tickets.find(t.id).value().version, t.version);
}

TEST_P(RepairServiceTest, TheReturnRecordsItsDetailsAndTheCallbackClockStarts)
{
    // R-RP-3: result and who did it; R-CB-1: a callback is then due.
    const Ticket dispatched = repairs->dispatch(clerk, openRepair(), paidRequest()).value().ticket;
    host.clock().advanceMinutes(95);
    RepairReturn back{u"刘师傅"_s, u"水龙头 2 个，生料带"_s, 80, 15000, u"已更换水龙头，试水无渗漏"_s};
    auto r = repairs->recordReturn(clerk, dispatched, back);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().status, TicketStatus::Returned);
    EXPECT_FALSE(r.value().nextFollowUpMs.has_value());
    const qint64 callbackMs = host.services().rules.snapshot().callbackHours * 3'600'000LL;
    EXPECT_EQ(r.value().callbackByMs.value_or(0), at(10, 35) + callbackMs);

    auto returns = repairs->returns(dispatched.id);
    ASSERT_TRUE(returns.ok());
    ASSERT_EQ(returns.value().size(), 1);
    EXPECT_EQ(returns.value().first().materials, u"水龙头 2 个，生料带"_s);
    EXPECT_EQ(returns.value().first().minutesSpent, 80);
    EXPECT_EQ(returns.value().first().chargeFen, 15000);
    EXPECT_EQ(scalar(u"SELECT order_id FROM repair_returns"_s), repairs->latestOrder(dispatched.id).value()->id);

    // A negative charge or a missing technician is refused and writes nothing.
    const Ticket other = repairs->dispatch(clerk, openRepair(u"门锁坏"_s), paidRequest()).value().ticket;
    RepairReturn bad = back;
    bad.chargeFen = -100;
    EXPECT_EQ(repairs->recordReturn(clerk, other, bad).error().field, u"charge"_s);
    bad = back;
    bad.technician.clear();
    EXPECT_EQ(repairs->recordReturn(clerk, other, bad).error().field, u"technician"_s);
    EXPECT_EQ(host.services().tickets.find(other.id).value().status, TicketStatus::Dispatched);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM repair_returns"_s), 1);
}

TEST_P(RepairServiceTest, AnUnsatisfiedCallbackSendsTheWorkOutAgainAsALinkedSecondDispatch)
{
    // R-RP-4, R-CB-3: not satisfied → a second dispatch (二次派单) linked to the first.
    const Ticket dispatched = repairs->dispatch(clerk, openRepair(), paidRequest()).value().ticket;
    host.clock().advanceMinutes(60);
    const Ticket back = repairs->recordReturn(clerk, dispatched, {u"刘师傅"_s, {}, 40, 0, u"已紧固接口"_s}).value();
    host.clock().advanceMinutes(120);

    DispatchRequest again{u"工程部"_s, u"陈师傅"_s, {}, false, {}, u"返修"_s};
    auto second = repairs->secondDispatch(clerk, back, u"仍在滴水，不满意"_s, again);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    const Ticket& t2 = second.value().ticket;
    EXPECT_NE(t2.id, dispatched.id);
    EXPECT_EQ(t2.secondDispatchOf, dispatched.id);
    EXPECT_EQ(t2.status, TicketStatus::Dispatched);
    EXPECT_EQ(t2.unitId, dispatched.unitId);
    EXPECT_EQ(second.value().order.ticketId, t2.id);
    EXPECT_EQ(second.value().order.technician, u"陈师傅"_s);

    // The first keeps the unsatisfied callback in its history and stops its clocks.
    const Ticket first = host.services().tickets.find(dispatched.id).value();
    EXPECT_FALSE(TicketTerms::isOpen(first.status));
    EXPECT_FALSE(first.callbackByMs.has_value());
    EXPECT_FALSE(first.respondByMs.has_value());
    bool unsatisfied = false;
    for (const TicketEvent& e : host.services().tickets.history(dispatched.id).value())
        unsatisfied |=
            e.kind == TicketTerms::eventKey(TicketAction::CallBackUnsatisfied) && e.note == u"仍在滴水，不满意"_s;
    EXPECT_TRUE(unsatisfied);

    // Without the customer's words nothing is written.
    const Ticket other = repairs->dispatch(clerk, openRepair(u"门锁坏"_s), paidRequest()).value().ticket;
    const Ticket otherBack = repairs->recordReturn(clerk, other, {u"刘师傅"_s, {}, 10, 0, u"已修"_s}).value();
    const qint64 tickets = scalar(u"SELECT COUNT(*) FROM tickets"_s);
    EXPECT_EQ(repairs->secondDispatch(clerk, otherBack, u" "_s, again).error().field, u"note"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM tickets"_s), tickets);
    EXPECT_EQ(host.services().tickets.find(other.id).value().status, TicketStatus::Returned);
}

TEST_P(RepairServiceTest, AClerkCannotEditTheFeeScheduleAndASwitchedOffItemIsNotQuoted)
{
    // R-RP-1: the fee schedule is the site's, edited by the administrator (Permission::EditSiteRules).
    FeeItem cheaper = tap;
    cheaper.priceFen = 100;
    auto denied = repairs->saveFeeItem(clerk, cheaper);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, u"perm.denied"_s);
    EXPECT_EQ(repairs->setFeeItemActive(clerk, tap.id, false).error().code, u"perm.denied"_s);
    EXPECT_EQ(repairs->quote({{tap.id, 1}}).value().totalFen, tap.priceFen);

    ASSERT_TRUE(repairs->setFeeItemActive(host.admin(), tap.id, false).ok());
    EXPECT_EQ(repairs->quote({{tap.id, 1}}).error().field, u"items"_s);
    EXPECT_EQ(repairs->feeItems().value().size(), 1);
    EXPECT_EQ(repairs->feeItems(true).value().size(), 2); // never deleted
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'fee_item' AND entity_id = ?"_s, {tap.id}), 2);
}

TEST_P(RepairServiceTest, ANightRepairEnteredAfterwardsIsListedAsRetroactiveAndReturnedByTheDesk)
{
    // R-RP-5: the control room sent a plumber at 02:15; the desk enters it in the morning.
    NewTicket r;
    r.kind = TicketKind::Repair;
    r.channel = Channel::ControlRoom;
    r.unitId = unitId(u"3-1-601"_s);
    r.personName = u"钱七"_s;
    r.description = u"水管爆裂"_s;
    r.retroactive = true;
    r.occurredMs = at(2, 10);
    r.dispatchedMs = at(2, 15);
    r.department = u"工程部"_s;
    auto t = host.services().tickets.open(clerk, r);
    ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
    const Ticket day = openRepair(u"白天报修"_s);

    auto back = repairs->recordReturn(clerk, t.value(), {u"夜班王师傅"_s, u"管箍 1 个"_s, 50, 0, u"已更换管段"_s});
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();

    auto rows = repairs->repairs(50);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows.value().size(), 2);
    // Open first, newest first: the day's repair (09:00) before the night one (02:10).
    EXPECT_EQ(rows.value().at(0).ticketId, day.id);
    EXPECT_EQ(rows.value().at(1).ticketId, t.value().id);
    EXPECT_TRUE(rows.value().at(1).retroactive);
    EXPECT_EQ(rows.value().at(1).occurredMs, at(2, 10));
    EXPECT_EQ(rows.value().at(1).unitCode, u"3-1-601"_s);
}

TEST_P(RepairServiceTest, TheListPagesOpenRepairsFirstNewestFirstWhateverThePageSize)
{
    // The repairs page lists open work first, newest first within open and finished (issue 12: read
    // in two parts along their indexes). Every page size and offset gives the rows of the one
    // ordered query the page used to run.
    QList<Ticket> opened;
    for (int i = 0; i < 9; ++i) {
        host.clock().advanceMinutes(7);
        opened << openRepair(u"报修 %1"_s.arg(i));
    }
    for (int i : {0, 2, 3, 7}) // finished among the open ones, the newest too
        ASSERT_TRUE(host.services().tickets.cancel(clerk, opened.at(i), u"重复登记"_s).ok());
    QList<qint64> expected;
    auto q = host.db().exec(u"SELECT id FROM tickets WHERE kind = 'repair' ORDER BY CASE WHEN status IN "
                            "('closed', 'cancelled') THEN 1 ELSE 0 END, occurred_ms DESC, id DESC"_s);
    ASSERT_TRUE(q.ok());
    while (q.value().next())
        expected << q.value().value(0).toLongLong();
    q.value().finish();
    ASSERT_EQ(expected.size(), 9);
    for (int size = 1; size <= 10; ++size)
        for (int offset = 0; offset <= 10; ++offset) {
            auto rows = repairs->repairs(size, offset);
            ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
            QList<qint64> ids;
            for (const RepairRow& row : rows.value())
                ids << row.ticketId;
            EXPECT_EQ(ids, expected.mid(offset, size)) << "page of " << size << " at " << offset;
        }
}

INSTANTIATE_TEST_SUITE_P(Backends, RepairServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
