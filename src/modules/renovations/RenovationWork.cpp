// RenovationService while the work goes on (R-RN-1): the roster, the passes and the door, the
// inspections and the extensions of the end.
#include "modules/renovations/RenovationService.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/PhoneNumber.h"
#include "engine/AuditLog.h"
#include "engine/LastChange.h"
#include "engine/Session.h"
#include "engine/SiteSettings.h"
#include "engine/tickets/SiteRules.h"
#include "engine/watches/WatchService.h"
#include "modules/moves/OwnerArchiveService.h"
#include "modules/renovations/RenovationTerms.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// The stages in which workers come and go.
const QList<RenovationStage> kWorking{RenovationStage::Working, RenovationStage::Acceptance};

bool within(const QTime& t, const SiteRules::ShiftTimes& hours)
{
    if (hours.start <= hours.end)
        return t >= hours.start && t < hours.end;
    return t >= hours.start || t < hours.end; // a range across midnight
}

} // namespace

Result<RenovationWorker> RenovationService::addWorker(const Session& who, qint64 renovationId, const NewWorker& worker)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    const QString name = worker.name.simplified();
    if (name.isEmpty())
        return Error{u"renovation.worker_name"_s, tr("Enter the worker's name."), u"name"_s};
    const QString id = worker.idNumber.simplified().remove(u' ');
    if (id.size() < 6)
        return Error{u"renovation.worker_id"_s, tr("Enter the worker's ID number as on the card."), u"id_number"_s};
    if (!PhoneNumber::isValid(worker.phone))
        return Error{u"renovation.worker_phone"_s, tr("Enter the worker's phone number."), u"phone"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto r = loadAt(renovationId, kWorking);
    if (!r)
        return r.error();
    RenovationWorker w;
    w.name = name;
    w.idMasked = OwnerArchiveService::maskNumber(id);
    w.phone = PhoneNumber::normalize(worker.phone);
    w.trade = worker.trade.simplified();
    w.addedMs = m_clock.nowMs();
    auto added = m_db.insert(u"INSERT INTO renovation_workers (renovation_id, name, id_masked, phone, trade, added_ms, "
                             "added_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                             {renovationId, w.name, w.idMasked, w.phone, sql::text(w.trade), w.addedMs, who.user.id});
    if (!added)
        return added.error();
    w.id = added.value();
    if (auto e = m_audit.append(
            who, u"renovation"_s, renovationId, u"worker_added"_s, {},
            {{u"worker_id"_s, w.id}, {u"name"_s, w.name}, {u"id_masked"_s, w.idMasked}, {u"trade"_s, w.trade}});
        !e)
        return e.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return w;
}

Result<RenovationWorker> RenovationService::removeWorker(const Session& who, qint64 workerId, const QString& reason)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{u"renovation.reason"_s, tr("Say why the worker leaves the roster."), u"reason"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    // Taken off the roster at another desk (issue 16), before or while this desk read it: who and when.
    const auto removedMeanwhile = [&] {
        return LastChange::doneBy(m_db,
                                  u"SELECT u.display_name, w.removed_ms FROM renovation_workers w JOIN users u ON "
                                  "u.id = w.removed_by WHERE w.id = ?"_s,
                                  {workerId}, u"renovation.worker"_s, tr("%1 took the worker off the roster at %2."),
                                  u"worker"_s);
    };
    auto owner = m_db.exec(u"SELECT renovation_id, removed_ms FROM renovation_workers WHERE id = ?"_s, {workerId});
    if (!owner)
        return owner.error();
    if (!owner.value().next())
        return Error{u"renovation.worker"_s, tr("That worker is not on a roster."), u"worker"_s};
    const bool removed = !owner.value().value(1).isNull();
    const qint64 renovationId = owner.value().value(0).toLongLong();
    owner.value().finish();
    if (removed)
        return removedMeanwhile();
    const qint64 now = m_clock.nowMs();
    // Removed once: a desk that removed the worker meanwhile is said, not written over.
    if (auto q = m_db.update(u"UPDATE renovation_workers SET removed_ms = ?, removed_by = ?, removed_reason = ? "
                             "WHERE id = ? AND removed_ms IS NULL"_s,
                             {now, who.user.id, why, workerId});
        !q)
        return q.error();
    else if (q.value() == 0)
        return removedMeanwhile();
    // R-RN-1: a removed worker's pass is refused at the desk: every one still valid is voided.
    if (auto q = m_db.exec(u"UPDATE renovation_passes SET voided_ms = ?, voided_by = ?, void_reason = ? "
                           "WHERE worker_id = ? AND voided_ms IS NULL"_s,
                           {now, who.user.id, tr("Worker removed from the roster: %1").arg(why), workerId});
        !q)
        return q.error();
    if (auto e = m_audit.append(who, u"renovation"_s, renovationId, u"worker_removed"_s, {{u"worker_id"_s, workerId}},
                                {{u"reason"_s, why}});
        !e)
        return e.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    auto r = load(renovationId);
    if (!r)
        return r.error();
    for (const RenovationWorker& w : r.value().workers)
        if (w.id == workerId)
            return w;
    return Error{u"renovation.worker"_s, tr("That worker is not on a roster."), u"worker"_s};
}

Result<WorkerPass> RenovationService::issuePass(const Session& who, qint64 workerId, const QDate& from,
                                                const QDate& until)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    if (!from.isValid())
        return Error{u"renovation.pass_from"_s, tr("Enter the first day the pass is valid."), u"from"_s};
    if (!until.isValid() || until < from)
        return Error{u"renovation.pass_until"_s, tr("Enter the last day the pass is valid, not before the first."),
                     u"until"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto worker =
        m_db.exec(u"SELECT renovation_id, name, removed_ms FROM renovation_workers WHERE id = ?"_s, {workerId});
    if (!worker)
        return worker.error();
    if (!worker.value().next())
        return Error{u"renovation.worker"_s, tr("Choose a worker on the roster."), u"worker"_s};
    const qint64 renovationId = worker.value().value(0).toLongLong();
    const QString name = worker.value().value(1).toString();
    const bool removed = !worker.value().value(2).isNull();
    worker.value().finish();
    if (removed)
        return Error{u"renovation.worker_removed"_s, tr("%1 is off the roster: no pass is issued.").arg(name),
                     u"worker"_s};
    auto r = loadAt(renovationId, kWorking);
    if (!r)
        return r.error();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    if (until < today)
        return Error{u"renovation.pass_until"_s, tr("The pass would have run out already."), u"until"_s};
    // R-RN-1: a pass is never valid past the renovation's end (an extension first, then a new pass).
    if (until > r.value().plannedEnd)
        return Error{u"renovation.pass_after_end"_s,
                     tr("The renovation ends %1: a pass is valid until then at most.")
                         .arg(DateTimeText::date(r.value().plannedEnd)),
                     u"until"_s};
    if (from < r.value().plannedStart)
        return Error{
            u"renovation.pass_from"_s,
            tr("The work starts %1: a pass is valid from then.").arg(DateTimeText::date(r.value().plannedStart)),
            u"from"_s};
    auto number = allocateNumber(u"renovation_pass"_s, u"CR"_s);
    if (!number)
        return number.error();
    auto id = m_db.insert(u"INSERT INTO renovation_passes (number, renovation_id, worker_id, valid_from, valid_until, "
                          "issued_ms, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {number.value(), renovationId, workerId, from.toString(Qt::ISODate),
                           until.toString(Qt::ISODate), m_clock.nowMs(), who.user.id});
    if (!id)
        return id.error();
    if (auto e = m_audit.append(who, u"renovation"_s, renovationId, u"pass_issued"_s, {},
                                {{u"pass"_s, number.value()},
                                 {u"worker_id"_s, workerId},
                                 {u"from"_s, from.toString(Qt::ISODate)},
                                 {u"until"_s, until.toString(Qt::ISODate)}});
        !e)
        return e.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return loadPass(id.value());
}

Result<WorkerPass> RenovationService::voidPass(const Session& who, qint64 passId, const QString& reason)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{u"renovation.reason"_s, tr("Say why the pass is voided (lost, taken back)."), u"reason"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto pass = loadPass(passId);
    if (!pass)
        return pass.error();
    // Voided at another desk (issue 16), before or while this desk read it: who and when, from the pass.
    const auto voidedMeanwhile = [&] {
        return LastChange::doneBy(m_db,
                                  u"SELECT u.display_name, p.voided_ms FROM renovation_passes p JOIN users u ON "
                                  "u.id = p.voided_by WHERE p.id = ?"_s,
                                  {passId}, u"renovation.pass_void"_s,
                                  tr("%1 voided pass %3 at %2.").arg(u"%1"_s, u"%2"_s, pass.value().number), u"pass"_s);
    };
    if (pass.value().voidedMs != 0)
        return voidedMeanwhile();
    auto owner = m_db.scalar(u"SELECT renovation_id FROM renovation_passes WHERE id = ?"_s, {passId});
    if (!owner)
        return owner.error();
    if (auto q = m_db.update(u"UPDATE renovation_passes SET voided_ms = ?, voided_by = ?, void_reason = ? "
                             "WHERE id = ? AND voided_ms IS NULL"_s,
                             {m_clock.nowMs(), who.user.id, why, passId});
        !q)
        return q.error();
    else if (q.value() == 0)
        return voidedMeanwhile();
    if (auto e = m_audit.append(who, u"renovation"_s, owner.value().toLongLong(), u"pass_voided"_s,
                                {{u"pass"_s, pass.value().number}}, {{u"reason"_s, why}});
        !e)
        return e.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return loadPass(passId);
}

Result<PassCheck> RenovationService::checkIn(const Session& who, const QString& passNumber)
{
    if (Status s = who.require(Permission::ReceiveVisitors); !s)
        return s.error();
    const QString number = passNumber.trimmed().toUpper();
    if (number.isEmpty())
        return Error{u"renovation.pass"_s, tr("Enter the pass's number."), u"pass"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto id = m_db.scalar(u"SELECT id FROM renovation_passes WHERE number = ?"_s, {number});
    if (!id)
        return id.error();
    if (!id.value().isValid())
        return Error{u"renovation.no_pass"_s, tr("No pass has the number %1.").arg(number), u"pass"_s};
    auto pass = loadPass(id.value().toLongLong());
    if (!pass)
        return pass.error();
    PassCheck check;
    check.pass = pass.value();
    auto owner = m_db.exec(u"SELECT r.id, r.number, un.code, r.stage, r.planned_end, w.removed_ms FROM "
                           "renovation_passes p JOIN renovations r ON r.id = p.renovation_id JOIN units un ON "
                           "un.id = r.unit_id JOIN renovation_workers w ON w.id = p.worker_id WHERE p.id = ?"_s,
                           {check.pass.id});
    if (!owner || !owner.value().next())
        return owner ? Error{u"renovation.no_pass"_s, tr("No pass has the number %1.").arg(number), u"pass"_s}
                     : owner.error();
    const qint64 renovationId = owner.value().value(0).toLongLong();
    check.renovationNumber = owner.value().value(1).toString();
    check.unitCode = owner.value().value(2).toString();
    const auto stage = RenovationTerms::stageFromKey(owner.value().value(3).toString());
    const QDate end = QDate::fromString(owner.value().value(4).toString(), Qt::ISODate);
    const bool removed = !owner.value().value(5).isNull();
    owner.value().finish();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs());
    const QDate today = now.date();
    // R-RN-1: refused at the desk: voided, a removed worker, outside its days, past the renovation's end.
    if (check.pass.voidedMs != 0)
        check.reason = tr("Pass %1 was voided: %2.").arg(number, check.pass.voidReason);
    else if (removed)
        check.reason = tr("%1 is off the renovation's roster.").arg(check.pass.workerName);
    else if (!stage || !kWorking.contains(*stage))
        check.reason = tr("Renovation %1 is not in progress (%2).")
                           .arg(check.renovationNumber, stage ? RenovationTerms::displayName(*stage) : QString());
    else if (today > end)
        check.reason = tr("Renovation %1 ended %2.").arg(check.renovationNumber, DateTimeText::date(end));
    else if (today > check.pass.validUntil)
        check.reason = tr("Pass %1 ran out %2.").arg(number, DateTimeText::date(check.pass.validUntil));
    else if (today < check.pass.validFrom)
        check.reason = tr("Pass %1 is valid from %2.").arg(number, DateTimeText::date(check.pass.validFrom));
    check.valid = check.reason.isEmpty();
    if (!check.valid)
        return check; // nothing written: the transaction ends unused
    const SiteRules::ShiftTimes hours =
        SiteRules(m_settings).hours(QString::fromLatin1(SiteRules::RenovationWorkingHours));
    check.outsideHours = !within(now.time(), hours);
    if (auto q = m_db.exec(u"INSERT INTO renovation_entries (pass_id, at_ms, by_user, outside_hours) VALUES "
                           "(?, ?, ?, ?)"_s,
                           {check.pass.id, now.toMSecsSinceEpoch(), who.user.id, check.outsideHours});
        !q)
        return q.error();
    if (auto e = m_audit.append(who, u"renovation"_s, renovationId, u"worker_entered"_s, {},
                                {{u"pass"_s, number}, {u"outside_hours"_s, check.outsideHours}});
        !e)
        return e.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return check;
}

Result<RenovationInspection> RenovationService::recordInspection(const Session& who, qint64 renovationId,
                                                                 const InspectionFound& found)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    if (!found.day.isValid() || found.day > today)
        return Error{u"renovation.inspection_day"_s, tr("Enter the day of the inspection, today or before."), u"day"_s};
    const QString inspector = found.inspector.simplified();
    if (inspector.isEmpty())
        return Error{u"renovation.inspector"_s, tr("Enter who inspected."), u"inspector"_s};
    const QString findings = found.findings.trimmed();
    if (findings.isEmpty())
        return Error{u"renovation.findings"_s, tr("Write what the inspection found, or that all was in order."),
                     u"findings"_s};
    const QString told = found.toldHow.trimmed();
    if (found.problem && told.isEmpty())
        return Error{u"renovation.told"_s, tr("Say how the owner was told of the problem."), u"told"_s};
    if (found.problem && (!found.fixBy || !found.fixBy->isValid() || *found.fixBy < found.day))
        return Error{u"renovation.fix_by"_s, tr("Enter the day the problem is to be put right by."), u"fix_by"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto r = loadAt(renovationId, kWorking);
    if (!r)
        return r.error();
    RenovationInspection i;
    i.day = found.day;
    i.department = found.department;
    i.inspector = inspector;
    i.findings = findings;
    i.problem = found.problem;
    i.toldHow = found.problem ? told : QString();
    i.fixBy = found.problem ? found.fixBy : std::nullopt;
    i.createdMs = m_clock.nowMs();
    i.createdBy = who.user.displayName;
    auto id = m_db.insert(u"INSERT INTO renovation_inspections (renovation_id, day, department, inspector, findings, "
                          "problem, told_how, fix_by, created_ms, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                          "RETURNING id"_s,
                          {renovationId, i.day.toString(Qt::ISODate), RenovationTerms::key(i.department), i.inspector,
                           i.findings, i.problem, sql::text(i.toldHow),
                           i.fixBy ? QVariant(i.fixBy->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)),
                           i.createdMs, who.user.id});
    if (!id)
        return id.error();
    i.id = id.value();
    if (auto e = m_audit.append(who, u"renovation"_s, renovationId, u"inspected"_s, {},
                                {{u"inspection_id"_s, i.id},
                                 {u"day"_s, i.day.toString(Qt::ISODate)},
                                 {u"department"_s, RenovationTerms::key(i.department)},
                                 {u"inspector"_s, i.inspector},
                                 {u"findings"_s, i.findings},
                                 {u"problem"_s, i.problem},
                                 {u"told_how"_s, i.toldHow},
                                 {u"fix_by"_s, i.fixBy ? i.fixBy->toString(Qt::ISODate) : QString()}});
        !e)
        return e.error();
    if (i.problem) {
        // The desk is reminded on the day the problem is to be put right by, until it is.
        Watch w;
        w.source = QString::fromLatin1(ProblemWatch);
        w.refId = i.id;
        w.unitId = r.value().unitId;
        w.title = tr("Renovation %1 · %2: problem to put right").arg(r.value().number, r.value().unitCode);
        w.detail = tr("Due %1: %2").arg(DateTimeText::date(*i.fixBy), i.findings.left(80));
        w.dueMs = i.fixBy->startOfDay().toMSecsSinceEpoch();
        if (Status s = WatchService(m_db).arm(w, m_clock.nowMs()); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return i;
}

Result<RenovationInspection> RenovationService::problemFixed(const Session& who, qint64 inspectionId,
                                                             const QString& note)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    const QString words = note.trimmed();
    if (words.isEmpty())
        return Error{u"renovation.fixed_note"_s, tr("Say how it was put right and who checked it."), u"note"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto row = m_db.exec(u"SELECT renovation_id, problem, fixed_ms FROM renovation_inspections WHERE id = ?"_s,
                         {inspectionId});
    if (!row)
        return row.error();
    if (!row.value().next() || !row.value().value(1).toBool() || !row.value().value(2).isNull())
        return Error{u"renovation.no_problem"_s, tr("That inspection has no problem left to put right."),
                     u"inspection"_s};
    const qint64 renovationId = row.value().value(0).toLongLong();
    row.value().finish();
    const qint64 now = m_clock.nowMs();
    if (auto q = m_db.update(u"UPDATE renovation_inspections SET fixed_ms = ?, fixed_by = ?, fixed_note = ? "
                             "WHERE id = ? AND fixed_ms IS NULL"_s,
                             {now, who.user.id, words, inspectionId});
        !q)
        return q.error();
    else if (q.value() == 0) // put right at another desk since it was read
        return LastChange::doneBy(m_db,
                                  u"SELECT u.display_name, i.fixed_ms FROM renovation_inspections i JOIN users u ON "
                                  "u.id = i.fixed_by WHERE i.id = ?"_s,
                                  {inspectionId}, u"renovation.no_problem"_s,
                                  tr("%1 recorded this problem as put right at %2."), u"inspection"_s);
    if (auto e = m_audit.append(who, u"renovation"_s, renovationId, u"problem_fixed"_s,
                                {{u"inspection_id"_s, inspectionId}}, {{u"note"_s, words}});
        !e)
        return e.error();
    if (Status s = WatchService(m_db).close(QString::fromLatin1(ProblemWatch), inspectionId, now); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    auto r = load(renovationId);
    if (!r)
        return r.error();
    for (const RenovationInspection& i : r.value().inspections)
        if (i.id == inspectionId)
            return i;
    return Error{u"renovation.no_problem"_s, tr("That inspection has no problem left to put right."), u"inspection"_s};
}

Result<Renovation> RenovationService::extend(const Session& who, qint64 renovationId, const QDate& newEnd,
                                             const QString& reason)
{
    if (Status s = who.require(Permission::ReviewRenovations); !s)
        return s.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{u"renovation.reason"_s, tr("Say why the work needs longer."), u"reason"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto r = loadAt(renovationId, kWorking);
    if (!r)
        return r.error();
    const QDate from = r.value().plannedEnd;
    if (!newEnd.isValid() || newEnd <= from)
        return Error{u"renovation.extend_day"_s,
                     tr("The work ends %1 now: enter a later day.").arg(DateTimeText::date(from)), u"day"_s};
    if (auto q = m_db.exec(u"INSERT INTO renovation_extensions (renovation_id, from_day, to_day, reason, approved_by, "
                           "created_ms) VALUES (?, ?, ?, ?, ?, ?)"_s,
                           {renovationId, from.toString(Qt::ISODate), newEnd.toString(Qt::ISODate), why, who.user.id,
                            m_clock.nowMs()});
        !q)
        return q.error();
    if (auto q = m_db.exec(u"UPDATE renovations SET planned_end = ? WHERE id = ?"_s,
                           {newEnd.toString(Qt::ISODate), renovationId});
        !q)
        return q.error();
    if (auto e = m_audit.append(who, u"renovation"_s, renovationId, u"extended"_s,
                                {{u"planned_end"_s, from.toString(Qt::ISODate)}},
                                {{u"planned_end"_s, newEnd.toString(Qt::ISODate)}, {u"reason"_s, why}});
        !e)
        return e.error();
    auto extended = load(renovationId, false);
    if (!extended)
        return extended.error();
    // The desk's reminder moves to the new end, acceptance asked for or not (it may fail).
    if (Status s = armEndWatch(extended.value()); !s)
        return s.error();
    return commitAndLoad(tx, renovationId);
}

} // namespace fd
