#pragma once

#include "desk/Services.h"
#include "engine/tickets/TicketService.h"
#include "modules/repairs/RepairService.h"
#include "support/TestHost.h"

#include <gtest/gtest.h>

namespace fd::test {

// A repair of `unitId` taken by `clerk`, dispatched to 工程部 and returned an hour later with a charge
// of `chargeFen` (0: a free one), as the fees' tests need it: the ticket's number, empty on failure.
inline QString returnedRepair(TestHost& host, const Session& clerk, qint64 unitId, qint64 chargeFen)
{
    NewTicket r;
    r.kind = TicketKind::Repair;
    r.channel = Channel::Call;
    r.callerPhone = QStringLiteral("13800001111");
    r.unitId = unitId;
    r.personName = QStringLiteral("张三");
    r.description = QStringLiteral("厨房水龙头漏水");
    r.category = QStringLiteral("水");
    auto t = host.services().tickets.open(clerk, r);
    EXPECT_TRUE(t.ok()) << (t.ok() ? std::string() : t.error().message.toStdString());
    if (!t)
        return {};
    DispatchRequest order;
    order.department = QStringLiteral("工程部");
    order.technician = QStringLiteral("刘师傅");
    auto d = host.services().repairs.dispatch(clerk, t.value(), order);
    EXPECT_TRUE(d.ok()) << (d.ok() ? std::string() : d.error().message.toStdString());
    if (!d)
        return {};
    host.clock().advanceMinutes(60);
    auto back = host.services().repairs.recordReturn(
        clerk, d.value().ticket,
        RepairReturn{QStringLiteral("刘师傅"), QStringLiteral("水龙头 1 个"), 40, chargeFen, QStringLiteral("已更换")});
    EXPECT_TRUE(back.ok()) << (back.ok() ? std::string() : back.error().message.toStdString());
    return back ? t.value().number : QString();
}

} // namespace fd::test
