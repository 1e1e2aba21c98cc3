#pragma once

#include "../repairs/RepairFixture.h"
#include "modules/callbacks/CallbackService.h"
#include "modules/callbacks/CallbacksPage.h"

namespace fd::test {

// The repair fixture (site, clerk, repair service, fee schedule) plus the callback service, built
// here from the host's parts (it is not yet in Services), and repairs brought back done.
class CallbackFixture : public RepairFixture
{
protected:
    void SetUp() override
    {
        RepairFixture::SetUp();
        callbacks = std::make_unique<CallbackService>(host.db(), host.clock(), host.services().audit,
                                                      host.services().tickets, *repairs);
    }

    // A repair dispatched, then returned done `minutes` later: its callback clock runs (R-CB-1).
    Ticket doneRepair(const QString& what = QStringLiteral("厨房水龙头漏水"),
                      const QString& unit = QStringLiteral("3-1-502"), const QString& person = QStringLiteral("张三"),
                      const QString& phone = QStringLiteral("13800001111"), int minutes = 60)
    {
        auto sent = repairs->dispatch(clerk, openRepair(what, unit, person, phone), paidRequest(1));
        EXPECT_TRUE(sent.ok()) << (sent.ok() ? std::string() : sent.error().message.toStdString());
        host.clock().advanceMinutes(minutes);
        auto back =
            repairs->recordReturn(clerk, sent.value().ticket,
                                  {QStringLiteral("刘师傅"), {}, minutes, 0, QStringLiteral("已修好，试水无渗漏")});
        EXPECT_TRUE(back.ok()) << (back.ok() ? std::string() : back.error().message.toStdString());
        return back.ok() ? back.value() : Ticket{};
    }

    Ticket reload(const Ticket& t) { return host.services().tickets.find(t.id).value(); }

    // The callbacks page's services as addCallbacksPages picks them, with this fixture's callback
    // service and, when given, a visit service for the visits tab.
    CallbacksPage::Uses pageUses(VisitService* visits = nullptr)
    {
        Services& s = host.services();
        return {.callbacks = *callbacks,
                .tickets = s.tickets,
                .communityEvents = s.communityEvents,
                .registry = s.registry,
                .clock = s.clock,
                .minuteTick = s.minuteTick,
                .visits = visits};
    }

    static CallbackRecord reached(CallbackOutcome outcome, const QString& said, const QString& opinion = {})
    {
        CallbackRecord r;
        r.outcome = outcome;
        r.handled = true;
        r.satisfaction = said;
        r.opinion = opinion;
        return r;
    }

    std::unique_ptr<CallbackService> callbacks;
};

} // namespace fd::test
