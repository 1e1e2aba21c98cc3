// The role table's cases for complaints, callbacks and customer visits.
#include "RoleWorld.h"

#include "modules/callbacks/CallbackService.h"
#include "modules/callbacks/VisitService.h"
#include "modules/complaints/ComplaintService.h"

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

using P = Permission;
using Call = std::function<Outcome(const Session&)>;

constexpr qint64 kDayMs = 24 * 3'600'000;

} // namespace

QList<RoleCase> complaintAndCallbackCases()
{
    QList<RoleCase> c;
    c << RoleCase{u"ComplaintService::decide"_s, {P::JudgeComplaints}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.complaint();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().complaints.decide(who, t, {true, Severity::Minor, {}, {}}));
                      };
                  }};
    c << RoleCase{u"ComplaintService::extend (a minor complaint)"_s, {P::ApproveExtensions},
                  [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.gradedComplaint(Severity::Minor);
                      return [&w, t](const Session& who) {
                          const qint64 later = w.host().clock().nowMs() + 3 * kDayMs;
                          return outcomeOf(w.s().complaints.extend(who, t, later, u"需等物业公司审批"_s));
                      };
                  }};
    c << RoleCase{u"ComplaintService::extend (an important complaint)"_s, {P::ApproveManagerExtensions},
                  [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.gradedComplaint(Severity::Important);
                      return [&w, t](const Session& who) {
                          const qint64 later = w.host().clock().nowMs() + 3 * kDayMs;
                          return outcomeOf(w.s().complaints.extend(who, t, later, u"需更换设备"_s));
                      };
                  }};
    c << RoleCase{u"ComplaintService::linkSameEvent"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket first = w.complaint();
                      const Ticket second = w.complaint();
                      return [&w, first, second](const Session& who) {
                          return outcomeOf(w.s().complaints.linkSameEvent(who, second, first.id));
                      };
                  }};
    c << RoleCase{u"ComplaintService::linkSameEvent (several at once)"_s, {P::WorkTickets},
                  [](RoleWorld& w, const Session&) -> Call {
                      const QList<qint64> ids{w.complaint().id, w.complaint().id, w.complaint().id};
                      return [&w, ids](const Session& who) {
                          return outcomeOf(w.s().complaints.linkSameEvent(who, ids));
                      };
                  }};
    c << RoleCase{u"ComplaintService::forward"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.gradedComplaint(Severity::Minor);
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().complaints.forward(who, t, u"保洁部"_s));
                      };
                  }};
    c << RoleCase{u"ComplaintService::recordResult"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket graded = w.gradedComplaint(Severity::Minor);
                      const Ticket t = w.s().complaints.forward(w.as(Role::Supervisor), graded, u"保洁部"_s).value();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().complaints.recordResult(who, t, u"已清理"_s, u"刘姐"_s));
                      };
                  }};
    c << RoleCase{u"ComplaintService::reply"_s, {P::WorkTickets}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.gradedComplaint(Severity::Minor);
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().complaints.reply(who, t, u"已约施工方今晚停工"_s));
                      };
                  }};
    c << RoleCase{u"ComplaintService::addCustomerNote"_s, {P::WorkTickets, P::EditRegistry},
                  [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.complaint();
                      return [&w, t](const Session& who) {
                          return outcomeOf(w.s().complaints.addCustomerNote(who, t, u"对噪音敏感"_s));
                      };
                  }};

    c << RoleCase{u"CallbackService::record"_s, {P::CallBack}, [](RoleWorld& w, const Session&) -> Call {
                      const Ticket t = w.returnedRepair();
                      return [&w, t](const Session& who) {
                          CallbackRecord call;
                          call.outcome = CallbackOutcome::Satisfied;
                          call.handled = true;
                          call.satisfaction = u"满意"_s;
                          return outcomeOf(w.s().callbacks.record(who, t, call));
                      };
                  }};
    c << RoleCase{u"CallbackService::openFromOpinion"_s, {P::CallBack, P::TakeIn},
                  [](RoleWorld& w, const Session&) -> Call {
                      const qint64 attempt = w.callbackWithOpinion();
                      return [&w, attempt](const Session& who) {
                          return outcomeOf(w.s().callbacks.openFromOpinion(who, attempt, TicketKind::Request));
                      };
                  }};

    c << RoleCase{u"VisitService::record"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          VisitInput v;
                          v.unitId = w.unitId();
                          v.visitedMs = w.host().clock().nowMs();
                          v.topic = u"了解对保洁的意见"_s;
                          return outcomeOf(w.s().visits.record(who, v));
                      };
                  }};
    return c;
}

} // namespace fd::test
