// The role table's cases for the tickets, the repairs and the intake form.
#include "RoleWorld.h"

#include "engine/tickets/TicketQueues.h"
#include "engine/tickets/TicketService.h"
#include "modules/intake/IntakeService.h"
#include "modules/repairs/RepairService.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

using P = Permission;
using Call = std::function<Outcome(const Session&)>;

DispatchRequest order()
{
    DispatchRequest r;
    r.department = u"engineering"_s;
    r.technician = u"李师傅"_s;
    return r;
}

IntakeForm walkIn(RoleWorld& w)
{
    IntakeForm f;
    f.intakeClass = IntakeClass::Repair;
    f.channel = Channel::WalkIn;
    f.unitId = w.unitId();
    f.personName = u"张三"_s;
    f.description = u"卫生间灯不亮"_s;
    f.category = u"电"_s;
    return f;
}

} // namespace

QList<RoleCase> ticketCases()
{
    QList<RoleCase> c;
    c << RoleCase{u"TicketService::open"_s, {P::TakeIn}, [](RoleWorld& w, const Session&) -> Call {
                      NewTicket r;
                      r.kind = TicketKind::Request;
                      r.channel = Channel::WalkIn;
                      r.personName = u"张三"_s;
                      r.description = u"建议增加快递柜"_s;
                      return [&w, r](const Session& who) { return outcomeOf(w.s().tickets.open(who, r)); };
                  }};
    c << RoleCase{u"TicketService::open (a complaint graded at intake)"_s, {P::TakeIn, P::JudgeComplaints},
                  [](RoleWorld& w, const Session&) -> Call {
                      NewTicket r;
                      r.kind = TicketKind::Complaint;
                      r.channel = Channel::WalkIn;
                      r.unitId = w.unitId();
                      r.personName = u"张三"_s;
                      r.description = u"保安态度恶劣"_s;
                      r.severity = Severity::Important;
                      return [&w, r](const Session& who) { return outcomeOf(w.s().tickets.open(who, r)); };
                  }};
    c << RoleCase{u"TicketService::dispatch"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.repair();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().tickets.dispatch(who, t, u"engineering"_s));
                      };
                  }};
    c << RoleCase{u"TicketService::recordFollowUp"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.dispatchedRepair();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().tickets.recordFollowUp(who, t, u"师傅已到现场"_s));
                      };
                  }};
    c << RoleCase{u"TicketService::pause"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.dispatchedRepair();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().tickets.pause(who, t, TicketAction::WaitForParts, u"等配件"_s));
                      };
                  }};
    c << RoleCase{u"TicketService::resume"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t =
                          w.s().tickets.pause(w.as(Role::Clerk), w.dispatchedRepair(), TicketAction::WaitForParts).value();
                      return [&w, t](const Session& who) { return outcomeOf(w.s().tickets.resume(who, t)); };
                  }};
    c << RoleCase{u"TicketService::returned"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.dispatchedRepair();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().tickets.returned(who, t, u"已修好"_s, u"李师傅"_s));
                      };
                  }};
    c << RoleCase{u"TicketService::reply"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.inquiry();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().tickets.reply(who, t, u"到前台办理"_s));
                      };
                  }};
    c << RoleCase{u"TicketService::callBack"_s, {P::CallBack}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.returnedRepair();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().tickets.callBack(who, t, true, u"修好了，满意"_s));
                      };
                  }};
    c << RoleCase{u"TicketService::reopen"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.returnedRepair();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().tickets.reopen(who, t, u"又漏了"_s));
                      };
                  }};
    c << RoleCase{u"TicketService::comment"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.repair();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().tickets.comment(who, t, u"业主下午在家"_s));
                      };
                  }};
    c << RoleCase{u"TicketService::revealCallerPhone"_s, {P::SeePersonalData},
                  [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.returnedRepair();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().tickets.revealCallerPhone(who, t.id));
                      };
                  }};
    c << RoleCase{u"TicketService::grade"_s, {P::JudgeComplaints}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.complaint();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().tickets.grade(who, t, Severity::Minor));
                      };
                  }};
    c << RoleCase{u"TicketService::cancel"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.repair();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().tickets.cancel(who, t, u"重复登记"_s));
                      };
                  }};
    c << RoleCase{u"TicketService::cancel (a complaint)"_s, {P::WorkTickets, P::JudgeComplaints},
                  [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.complaint();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().tickets.cancel(who, t, u"重复登记"_s));
                      };
                  }};
    c << RoleCase{u"TicketService::close"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.inquiry();
                      return [&w, t](const Session& who) { return outcomeOf(w.s().tickets.close(who, t)); };
                  }};

    c << RoleCase{u"TicketQueues::page"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      (void)w.dispatchedRepair();
                      return [&w](const Session& who) {
                          return outcomeOf(w.s().queues.page(who, QueueKind::Overdue, w.host().clock().nowMs(), {}, 0, 50));
                      };
                  }};
    c << RoleCase{u"TicketQueues::counts"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      (void)w.dispatchedRepair();
                      return [&w](const Session& who) {
                          return outcomeOf(w.s().queues.counts(who, w.host().clock().nowMs()));
                      };
                  }};

    c << RoleCase{u"RepairService::saveFeeItem"_s, {P::EditFeeSchedule}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          const QString code = u"HS-"_s + Roles::key(who.user.role);
                          return outcomeOf(
                              w.s().repairs.saveFeeItem(who, FeeItem{0, code, u"更换水龙头"_s, u"个"_s, 3000, true, 1}));
                      };
                  }};
    c << RoleCase{u"RepairService::setFeeItemActive"_s, {P::EditFeeSchedule},
                  [](RoleWorld& w, const Session&) -> Call {
                      const qint64 id = w.feeItemId();
                      return [&w, id](const Session& who) {
                          return outcomeOf(w.s().repairs.setFeeItemActive(who, id, false));
                      };
                  }};
    c << RoleCase{u"RepairService::dispatch"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.repair();
                      return [&w, t](const Session& who) { return outcomeOf(w.s().repairs.dispatch(who, t, order())); };
                  }};
    c << RoleCase{u"RepairService::recordReturn"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.s().repairs.dispatch(w.as(Role::Clerk), w.repair(), order()).value().ticket;
                      return [&w, t](const Session& who) {
                          RepairReturn d;
                          d.technician = u"李师傅"_s;
                          d.result = u"更换阀门"_s;
                          return outcomeOf(w.s().repairs.recordReturn(who, t, d));
                      };
                  }};
    c << RoleCase{u"RepairService::secondDispatch"_s, {P::CallBack, P::TakeIn, P::WorkTickets},
                  [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.returnedRepair();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().repairs.secondDispatch(who, t, u"还是漏水"_s, order()));
                      };
                  }};

    c << RoleCase{u"IntakeService::saveDraft"_s, {P::TakeIn}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          return outcomeOf(w.s().intake.saveDraft(who, walkIn(w).toJson()));
                      };
                  }};
    c << RoleCase{u"IntakeService::draft"_s, {P::TakeIn}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) { return outcomeOf(w.s().intake.draft(who)); };
                  }};
    c << RoleCase{u"IntakeService::clearDraft"_s, {P::TakeIn}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) { return outcomeOf(w.s().intake.clearDraft(who)); };
                  }};
    c << RoleCase{u"IntakeService::submit"_s, {P::TakeIn}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) { return outcomeOf(w.s().intake.submit(who, walkIn(w))); };
                  }};
    c << RoleCase{u"IntakeService::history"_s, {P::ViewRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          return outcomeOf(w.s().intake.history(who, w.unitId(), u"张三"_s));
                      };
                  }};
    return c;
}

} // namespace fd::test
