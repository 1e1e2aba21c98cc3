// The role table's cases for the replies owed to customers (R-IN-4, R-IN-5) and the community
// events that fill the callbacks queue (R-CB-1).
#include "RoleWorld.h"

#include "engine/tickets/TicketService.h"
#include "modules/callbacks/CommunityEventService.h"

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

using P = Permission;
using Call = std::function<Outcome(const Session&)>;

constexpr qint64 kDayMs = 24 * 3'600'000;

} // namespace

QList<RoleCase> replyCases()
{
    QList<RoleCase> c;
    c << RoleCase{u"TicketService::promiseReply"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.inquiry();
                      return [&w, t](const Session& who) {
                          const qint64 promised = w.host().clock().nowMs() + 2 * kDayMs;
                          return outcomeOf(w.s().tickets.promiseReply(who, t, promised, u"客户同意"_s));
                      };
                  }};
    c << RoleCase{u"TicketService::referToHead"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.inquiry();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().tickets.referToHead(who, t, u"工程部"_s, u"赵工"_s));
                      };
                  }};
    c << RoleCase{u"TicketService::replyFromHead"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.inquiry();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().tickets.replyFromHead(who, t, u"赵工"_s, u"月卡在前台办理"_s));
                      };
                  }};
    c << RoleCase{u"TicketService::headAbsent"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.inquiry();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().tickets.headAbsent(who, t, u"张三"_s, u"13900003333"_s));
                      };
                  }};
    c << RoleCase{
        u"CommunityEventService::record"_s, {P::CallBack, P::TakeIn}, [](RoleWorld& w, const Session&) -> Call {
            const qint64 unit = w.unitId();
            return [&w, unit](const Session& who) {
                const qint64 now = w.host().clock().nowMs();
                return outcomeOf(
                    w.s().communityEvents.record(who, {u"3栋停水"_s, u"管道维修"_s, now - 3'600'000, now, {unit}}));
            };
        }};
    c << RoleCase{u"CommunityEventService::households"_s, {P::CallBack}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) { return outcomeOf(w.s().communityEvents.households(who)); };
                  }};
    return c;
}

} // namespace fd::test
