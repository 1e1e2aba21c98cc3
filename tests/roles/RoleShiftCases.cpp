// The role table's cases for shifts and handover, the control room, the morning review and reminders.
#include "RoleWorld.h"

#include "engine/reminders/ReminderEngine.h"
#include "engine/reminders/ReminderService.h"
#include "engine/shifts/ControlRoomService.h"
#include "engine/shifts/MorningReviewService.h"
#include "engine/shifts/ShiftService.h"

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

using P = Permission;
using Call = std::function<Outcome(const Session&)>;

ReminderService reminders(RoleWorld& w)
{
    return ReminderService(w.host().db(), w.host().clock(), w.s().audit, w.s().rules);
}

} // namespace

QList<RoleCase> shiftCases()
{
    QList<RoleCase> c;
    c << RoleCase{u"ShiftService::startShift"_s, {P::WorkShifts}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          return outcomeOf(w.s().shifts.startShift(who, w.s().shifts.posts().value().first().id));
                      };
                  }};
    c << RoleCase{u"ShiftService::endShift"_s, {P::WorkShifts}, [](RoleWorld& w, const Session& actor) -> Call {
                      const qint64 shift = w.shiftOf(actor);
                      return [&w, shift](const Session& who) {
                          return outcomeOf(w.s().shifts.endShift(who, shift, u"无异常"_s));
                      };
                  }};
    c << RoleCase{u"ShiftService::previewLines"_s, {P::WorkShifts}, [](RoleWorld& w, const Session& actor) -> Call {
                      const qint64 shift = w.shiftOf(actor);
                      return
                          [&w, shift](const Session& who) { return outcomeOf(w.s().shifts.previewLines(who, shift)); };
                  }};
    c << RoleCase{u"ShiftService::signLeaving"_s, {P::WorkShifts}, [](RoleWorld& w, const Session& actor) -> Call {
                      const qint64 sheet = w.draftSheetOf(actor);
                      return [&w, sheet](const Session& who) {
                          return outcomeOf(w.s().shifts.signLeaving(who, sheet, RoleWorld::passwordOf(who)));
                      };
                  }};

    c << RoleCase{u"ControlRoomService::recordCall"_s, {P::DirectDispatch}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          NewCall n;
                          n.callerPhone = u"13800001111"_s;
                          n.unitId = w.unitId();
                          n.description = u"楼道灯坏了"_s;
                          return outcomeOf(w.s().controlRoom.recordCall(who, n));
                      };
                  }};
    c << RoleCase{
        u"ControlRoomService::recordDirectDispatch"_s, {P::DirectDispatch}, [](RoleWorld& w, const Session&) -> Call {
            NewCall n;
            n.callerPhone = u"13800001111"_s;
            n.description = u"水管爆裂"_s;
            const qint64 id = w.s().controlRoom.recordCall(w.as(Role::ControlRoom), n).value().id;
            return [&w, id](const Session& who) {
                return outcomeOf(w.s().controlRoom.recordDirectDispatch(who, id, u"engineering"_s, u"王师傅"_s));
            };
        }};
    c << RoleCase{u"ControlRoomService::recordReturn"_s, {P::DirectDispatch}, [](RoleWorld& w, const Session&) -> Call {
                      NewCall n;
                      n.callerPhone = u"13800001111"_s;
                      n.description = u"水管爆裂"_s;
                      const Session& control = w.as(Role::ControlRoom);
                      const qint64 id = w.s().controlRoom.recordCall(control, n).value().id;
                      (void)w.s().controlRoom.recordDirectDispatch(control, id, u"engineering"_s, u"王师傅"_s);
                      return [&w, id](const Session& who) {
                          return outcomeOf(w.s().controlRoom.recordReturn(who, id, u"关阀换管"_s));
                      };
                  }};
    c << RoleCase{
        u"ControlRoomService::enterAsTicket"_s, {P::EnterNightCalls}, [](RoleWorld& w, const Session&) -> Call {
            const qint64 id = w.nightCall();
            return [&w, id](const Session& who) {
                return outcomeOf(w.s().controlRoom.enterAsTicket(who, id, TicketKind::Repair, u"水路"_s));
            };
        }};

    c << RoleCase{u"MorningReviewService::startReview"_s, {P::ReviewShifts}, [](RoleWorld& w, const Session&) -> Call {
                      w.nightForReview();
                      return [&w](const Session& who) { return outcomeOf(w.s().reviews.startReview(who)); };
                  }};
    c << RoleCase{u"MorningReviewService::markRead"_s, {P::ReviewShifts}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 review = w.reviewStarted();
                      const qint64 mark = w.reviewMark(review);
                      return [&w, review, mark](const Session& who) {
                          return outcomeOf(w.s().reviews.markRead(who, review, mark, u"已核实"_s));
                      };
                  }};
    c << RoleCase{u"MorningReviewService::complete"_s, {P::ReviewShifts}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 review = w.reviewStarted();
                      (void)w.s().reviews.markRead(w.as(Role::Supervisor), review, w.reviewMark(review));
                      return
                          [&w, review](const Session& who) { return outcomeOf(w.s().reviews.complete(who, review)); };
                  }};
    // Asked by every window on start: a person who reviews nothing is told there is nothing.
    c << RoleCase{u"MorningReviewService::pendingReview"_s,
                  {P::ReviewShifts},
                  [](RoleWorld& w, const Session&) -> Call {
                      (void)w.reviewStarted();
                      return [&w](const Session& who) {
                          auto r = w.s().reviews.pendingReview(who);
                          return r ? Outcome{std::nullopt, r.value().has_value()} : Outcome{r.error()};
                      };
                  },
                  true};
    c << RoleCase{u"MorningReviewService::reviewDue"_s,
                  {P::ReviewShifts},
                  [](RoleWorld& w, const Session&) -> Call {
                      w.nightForReview();
                      return [&w](const Session& who) {
                          auto r = w.s().reviews.reviewDue(who);
                          return r ? Outcome{std::nullopt, r.value()} : Outcome{r.error()};
                      };
                  },
                  true};

    // Each person's own reminders: every role reads its inbox (a cashier's is empty).
    c << RoleCase{u"ReminderService::active"_s, {}, [](RoleWorld& w, const Session&) -> Call {
                      (void)w.urgentTicket();
                      return [&w](const Session& who) {
                          return outcomeOf(reminders(w).active(w.host().clock().nowMs(), who));
                      };
                  }};
    c << RoleCase{u"ReminderService::noticesDue"_s, {}, [](RoleWorld& w, const Session&) -> Call {
                      (void)w.urgentTicket();
                      return [&w](const Session& who) {
                          auto service = reminders(w);
                          return outcomeOf(service.noticesDue(w.host().clock().nowMs(), who));
                      };
                  }};
    c << RoleCase{u"ReminderService::recordNotices"_s, {}, [](RoleWorld& w, const Session&) -> Call {
                      (void)w.urgentTicket();
                      return [&w](const Session& who) {
                          auto service = reminders(w);
                          auto mine = service.active(w.host().clock().nowMs(), who);
                          QHash<qint64, qint64> told;
                          return mine ? outcomeOf(
                                            service.recordNotices(w.host().clock().nowMs(), who, mine.value(), told))
                                      : outcomeOf(mine);
                      };
                  }};
    // The engine below the window gives the same inbox from what it keeps.
    c << RoleCase{u"ReminderEngine::active"_s, {}, [](RoleWorld& w, const Session&) -> Call {
                      (void)w.urgentTicket();
                      return [&w](const Session& who) {
                          (void)w.s().reminders.advance(w.host().clock().nowMs());
                          return outcomeOf(w.s().reminders.active(w.host().clock().nowMs(), who));
                      };
                  }};
    c << RoleCase{u"ReminderEngine::lines"_s, {}, [](RoleWorld& w, const Session&) -> Call {
                      (void)w.urgentTicket();
                      return [&w](const Session& who) {
                          (void)w.s().reminders.advance(w.host().clock().nowMs());
                          return outcomeOf(w.s().reminders.lines(w.host().clock().nowMs(), who));
                      };
                  }};
    c << RoleCase{u"ReminderEngine::noticesDue"_s, {}, [](RoleWorld& w, const Session&) -> Call {
                      (void)w.urgentTicket();
                      return [&w](const Session& who) {
                          (void)w.s().reminders.advance(w.host().clock().nowMs());
                          return outcomeOf(w.s().reminders.noticesDue(w.host().clock().nowMs(), who));
                      };
                  }};
    c << RoleCase{u"ReminderService::onDuty"_s, {}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          return outcomeOf(reminders(w).onDuty(who, w.host().clock().nowMs()));
                      };
                  }};
    c << RoleCase{u"ReminderService::acknowledge"_s, {P::HearReports}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 id = w.reportReminder();
                      return [&w, id](const Session& who) {
                          auto service = reminders(w);
                          return outcomeOf(service.acknowledge(who, id));
                      };
                  }};
    return c;
}

} // namespace fd::test
