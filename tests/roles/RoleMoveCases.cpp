// The role table's cases for move-ins and move-outs: a unit's keys and the cargo lift's bookings.
#include "RoleWorld.h"

#include "engine/AuditLog.h"
#include "modules/moves/LiftBookingService.h"
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
    return c;
}

} // namespace fd::test
