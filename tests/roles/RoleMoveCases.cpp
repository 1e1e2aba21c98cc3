// The role table's cases for move-ins and move-outs: a unit's keys and the cargo lift's bookings.
#include "RoleWorld.h"

#include "engine/AuditLog.h"
#include "modules/moves/LiftBookingService.h"
#include "modules/moves/UnitKeyService.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

using P = Permission;
using Call = std::function<Outcome(const Session&)>;

std::shared_ptr<UnitKeyService> keysOf(RoleWorld& w)
{
    return std::make_shared<UnitKeyService>(w.host().db(), w.host().clock(), w.s().audit);
}

std::shared_ptr<LiftBookingService> liftOf(RoleWorld& w)
{
    return std::make_shared<LiftBookingService>(w.host().db(), w.host().clock(), w.s().audit);
}

// A slot of the lift of 3-1-502's building booked by the clerk, a later one each time.
qint64 booking(RoleWorld& w, int* serial)
{
    LiftBooking b;
    b.unitId = w.unitId();
    b.starts = QDateTime(QDate(2027, 1, 4).addDays((*serial)++), QTime(9, 0));
    b.ends = b.starts.addSecs(3600);
    return liftOf(w)->book(w.as(Role::Clerk), b).value().id;
}

} // namespace

QList<RoleCase> moveCases()
{
    static int serial = 0;
    QList<RoleCase> c;
    c << RoleCase{u"UnitKeyService::record"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w, keys = keysOf(w)](const Session& who) {
                          KeyChange made;
                          made.unitId = w.unitId();
                          made.reason = KeyReason::Made;
                          made.counts = {{KeyKind::AccessCard, 1}};
                          made.note = u"补办门禁卡"_s;
                          return outcomeOf(keys->record(who, made));
                      };
                  }};
    c << RoleCase{u"UnitKeyService::held"_s, {P::ViewRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return
                          [&w, keys = keysOf(w)](const Session& who) { return outcomeOf(keys->held(who, w.unitId())); };
                  }};
    c << RoleCase{u"UnitKeyService::history"_s, {P::ViewRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w, keys = keysOf(w)](const Session& who) {
                          return outcomeOf(keys->history(who, w.unitId()));
                      };
                  }};
    c << RoleCase{u"LiftBookingService::book"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      const QDateTime from(QDate(2027, 2, 1).addDays(serial++), QTime(14, 0));
                      return [&w, from, lift = liftOf(w)](const Session& who) {
                          LiftBooking b;
                          b.unitId = w.unitId();
                          b.starts = from;
                          b.ends = from.addSecs(7200);
                          return outcomeOf(lift->book(who, b));
                      };
                  }};
    c << RoleCase{u"LiftBookingService::cancel"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 id = booking(w, &serial);
                      return [id, lift = liftOf(w)](const Session& who) {
                          return outcomeOf(lift->cancel(who, id, u"业主改期"_s));
                      };
                  }};
    c << RoleCase{u"LiftBookingService::day"_s, {P::ViewRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [lift = liftOf(w)](const Session& who) {
                          return outcomeOf(lift->day(who, QDate(2027, 1, 4)));
                      };
                  }};
    return c;
}

} // namespace fd::test
