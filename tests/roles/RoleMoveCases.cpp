// The role table's cases for move-ins and move-outs: the moves and their steps, a unit's keys, the cargo
// lift's bookings, the owner's archive and the fees started by a move-in.
#include "RoleWorld.h"

#include "engine/AuditLog.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/OneOffChargeService.h"
#include "modules/moves/LiftBookingService.h"
#include "modules/moves/MoveService.h"
#include "modules/moves/OwnerArchiveService.h"
#include "modules/moves/UnitKeyService.h"

#include <QFile>
#include <QTemporaryDir>

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

std::shared_ptr<OwnerArchiveService> archiveOf(RoleWorld& w)
{
    return std::make_shared<OwnerArchiveService>(w.host().db(), w.host().clock(), w.s().audit);
}

// A one-page PDF on disk, for the archive's cases.
QString scan()
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"scan.pdf"_s);
    QFile f(path);
    if (!f.exists() && f.open(QIODevice::WriteOnly))
        f.write("%PDF-1.4\n%%EOF\n");
    return path;
}

FileToFile fileFor(RoleWorld& w)
{
    FileToFile f;
    f.unitId = w.unitId();
    f.title = u"购房合同"_s;
    f.path = scan();
    return f;
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

// A move-in of someone new to 3-1-502, opened by the clerk (a new name each time).
qint64 openMove(RoleWorld& w, int* serial)
{
    NewMove m;
    m.kind = MoveKind::In;
    m.unitId = w.unitId();
    m.plannedDay = QDate(2027, 1, 10);
    m.newResident = ResidentChange{u"新业主%1"_s.arg((*serial)++), ResidentRelation::Owner, {}};
    return w.s().moves.open(w.as(Role::Clerk), m).value().id;
}

// A move's case: `act` on a move-in opened for it.
RoleCase onMove(const QString& name, QList<Permission> needs,
                std::function<Outcome(RoleWorld&, qint64, const Session&)> act)
{
    static int serial = 0;
    return RoleCase{name, std::move(needs), [act](RoleWorld& w, const Session&) -> Call {
                        const qint64 id = openMove(w, &serial);
                        return [&w, id, act](const Session& who) { return act(w, id, who); };
                    }};
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
    c << RoleCase{u"OwnerArchiveService::attach"_s, {P::EditRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w, archive = archiveOf(w)](const Session& who) {
                          return outcomeOf(archive->attach(who, fileFor(w)));
                      };
                  }};
    c << RoleCase{
        u"OwnerArchiveService::recordDocument"_s, {P::EditRegistry}, [](RoleWorld& w, const Session&) -> Call {
            return [&w, archive = archiveOf(w)](const Session& who) {
                DocumentSeen seen;
                seen.unitId = w.unitId();
                seen.kind = DocumentKind::PurchaseContract;
                seen.number = u"GF-2026-001234"_s;
                seen.seenOn = w.host().clock().now().date();
                return outcomeOf(archive->recordDocument(who, seen));
            };
        }};
    c << RoleCase{u"OwnerArchiveService::files"_s, {P::ViewRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w, archive = archiveOf(w)](const Session& who) {
                          return outcomeOf(archive->files(who, w.unitId()));
                      };
                  }};
    c << RoleCase{u"OwnerArchiveService::documents"_s, {P::ViewRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w, archive = archiveOf(w)](const Session& who) {
                          return outcomeOf(archive->documents(who, w.unitId()));
                      };
                  }};
    c << RoleCase{u"OwnerArchiveService::content"_s, {P::SeePersonalData}, [](RoleWorld& w, const Session&) -> Call {
                      auto archive = archiveOf(w);
                      const qint64 id = archive->attach(w.as(Role::Clerk), fileFor(w)).value().id;
                      return [id, archive](const Session& who) { return outcomeOf(archive->content(who, id)); };
                  }};
    c << RoleCase{u"MoveService::open"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      const QString name = u"新租户%1"_s.arg(serial++);
                      return [&w, name](const Session& who) {
                          NewMove m;
                          m.unitId = w.unitId();
                          m.plannedDay = QDate(2027, 1, 12);
                          m.newResident = ResidentChange{name, ResidentRelation::Tenant, {}};
                          return outcomeOf(w.s().moves.open(who, m));
                      };
                  }};
    c << onMove(u"MoveService::complete"_s, {P::WorkTheDesk}, [](RoleWorld& w, qint64 id, const Session& who) {
        return outcomeOf(w.s().moves.complete(who, id, u"notice"_s, {}));
    });
    c << onMove(u"MoveService::skip"_s, {P::WorkTheDesk}, [](RoleWorld& w, qint64 id, const Session& who) {
        return outcomeOf(w.s().moves.skip(who, id, u"notice"_s, u"开发商已发"_s));
    });
    c << onMove(u"MoveService::schedule"_s, {P::WorkTheDesk}, [](RoleWorld& w, qint64 id, const Session& who) {
        std::optional<QDate> seen;
        for (const MoveStep& step : w.s().moves.find(w.as(Role::Clerk), id).value().steps)
            if (step.key == u"inspection"_s)
                seen = step.dueDay;
        return outcomeOf(w.s().moves.schedule(who, id, u"inspection"_s, QDate(2027, 1, 8), seen));
    });
    c << onMove(u"MoveService::recordDefect"_s, {P::WorkTheDesk}, [](RoleWorld& w, qint64 id, const Session& who) {
        DefectFound d;
        d.room = u"厨房"_s;
        d.item = u"水槽"_s;
        d.description = u"渗水"_s;
        return outcomeOf(w.s().moves.recordDefect(who, id, d));
    });
    c << onMove(u"MoveService::cancel"_s, {P::WorkTheDesk}, [](RoleWorld& w, qint64 id, const Session& who) {
        return outcomeOf(w.s().moves.cancel(who, id, u"业主改期"_s));
    });
    c << onMove(u"MoveService::find"_s, {P::ViewRegistry},
                [](RoleWorld& w, qint64 id, const Session& who) { return outcomeOf(w.s().moves.find(who, id)); });
    c << RoleCase{u"MoveService::moves"_s, {P::ViewRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) { return outcomeOf(w.s().moves.moves(who, true)); };
                  }};
    c << RoleCase{u"MoveService::movesOfUnit"_s, {P::ViewRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) { return outcomeOf(w.s().moves.movesOfUnit(who, w.unitId())); };
                  }};
    c << RoleCase{u"MoveService::owed"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) { return outcomeOf(w.s().moves.owed(who, w.unitId())); };
                  }};
    c << RoleCase{u"MoveService::setPlan"_s, {P::EditSiteRules}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          QStringList keys;
                          for (const MoveSteps::Definition& d : MoveSteps::defaults(MoveKind::Out))
                              keys << d.key;
                          QStringList seen;
                          for (const MoveSteps::Definition& d : w.s().moves.plan(MoveKind::Out).value())
                              seen << d.key;
                          return outcomeOf(w.s().moves.setPlan(who, MoveKind::Out, keys, seen));
                      };
                  }};
    c << RoleCase{u"MoveService::setDocumentsRequired"_s, {P::EditSiteRules}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          return outcomeOf(w.s().moves.setDocumentsRequired(
                              who, ResidentRelation::Tenant, {{DocumentKind::IdCard, DocumentKind::Passport}},
                              w.s().moves.documentsRequired(ResidentRelation::Tenant).value()));
                      };
                  }};
    c << RoleCase{u"ChargeService::startFeesAtMoveIn"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          return outcomeOf(w.s().charges.startFeesAtMoveIn(who, w.unitId(u"3-1-601"_s),
                                                                           QDate(2030, 2, 1), u"RH-20301201-001"_s));
                      };
                  }};
    c << RoleCase{
        u"OneOffChargeService::chargeMoveDamage"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
            ChargeItem damage;
            damage.code = u"PC%1"_s.arg(serial++);
            damage.name = u"损坏赔偿"_s;
            damage.basis = ChargeBasis::OneOff;
            const qint64 item = w.s().charges.addItem(w.as(Role::Manager), damage).value().id;
            return [&w, item](const Session& who) {
                return outcomeOf(w.s().oneOffCharges.chargeMoveDamage(
                    who, {.unitId = w.unitId(), .itemId = item, .amountFen = 5000, .note = u"地板划痕"_s}));
            };
        }};
    return c;
}

} // namespace fd::test
