#include "modules/moves/MoveService.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "engine/AuditLog.h"
#include "engine/LastChange.h"
#include "engine/Session.h"
#include "engine/tickets/TicketService.h"
#include "engine/watches/WatchService.h"
#include "modules/fees/OneOffChargeService.h"
#include "modules/moves/LiftBookingService.h"
#include "modules/moves/OwnerArchiveService.h"
#include "modules/registry/RegistryService.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

Error fieldError(const QString& code, const QString& message, const QString& field)
{
    return Error{code, message, field};
}

} // namespace

MoveService::MoveService(Database& db, const Clock& clock, AuditLog& audit, TicketService& tickets,
                         UnitKeyService& keys, LiftBookingService& lift, OwnerArchiveService& archive,
                         ChargeService& charges, OneOffChargeService& oneOffCharges, RegistryService& registry)
    : m_db(db), m_clock(clock), m_audit(audit), m_tickets(tickets), m_keys(keys), m_lift(lift), m_archive(archive),
      m_charges(charges), m_oneOff(oneOffCharges), m_registry(registry)
{}

Result<QString> MoveService::allocateNumber(MoveKind kind)
{
    // The daily counters of tickets and stored items, under the move's own kind.
    const QString day = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date().toString(u"yyyyMMdd"_s);
    auto last = m_db.exec(u"INSERT INTO ticket_counters (kind, day, last) VALUES (?, ?, 1) "
                          "ON CONFLICT (kind, day) DO UPDATE SET last = ticket_counters.last + 1 RETURNING last"_s,
                          {MoveSteps::key(kind), day});
    if (!last)
        return last.error();
    if (!last.value().next())
        return Error{u"move.number"_s, tr("The database did not give out a number.")};
    const int n = last.value().value(0).toInt();
    last.value().finish();
    return u"%1-%2-%3"_s.arg(MoveSteps::prefix(kind), day).arg(n, 3, 10, QChar(u'0'));
}

Result<Move> MoveService::open(const Session& who, const NewMove& request)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    if (!request.plannedDay.isValid())
        return fieldError(u"move.day"_s, tr("Enter the day agreed for the move."), u"day"_s);
    if (request.residentId == 0 && !request.newResident)
        return fieldError(u"move.resident"_s, tr("Choose who moves, or enter a new resident's name."), u"resident"_s);
    if (request.kind == MoveKind::Out && request.newResident)
        return fieldError(u"move.resident"_s, tr("A move-out is of someone in the registry: choose them."),
                          u"resident"_s);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto unit = m_db.scalar(u"SELECT code FROM units WHERE id = ?"_s, {request.unitId});
    if (!unit)
        return unit.error();
    if (!unit.value().isValid())
        return fieldError(u"move.unit"_s, tr("Choose the unit from the registry."), u"unit"_s);
    qint64 residentId = request.residentId;
    if (request.newResident) {
        auto added = m_registry.addResident(who, request.unitId, *request.newResident);
        if (!added) {
            Error e = added.error();
            return fieldError(e.code, e.message, e.field.isEmpty() ? u"name"_s : e.field);
        }
        residentId = added.value().id;
    }
    auto resident = m_db.exec(u"SELECT unit_id, active, name FROM residents WHERE id = ?"_s, {residentId});
    if (!resident)
        return resident.error();
    if (!resident.value().next() || resident.value().value(0).toLongLong() != request.unitId)
        return fieldError(u"move.resident"_s, tr("That person is not a resident of %1.").arg(unit.value().toString()),
                          u"resident"_s);
    const QString name = resident.value().value(2).toString();
    if (!resident.value().value(1).toBool())
        return fieldError(u"move.resident"_s, tr("%1 has moved out already.").arg(name), u"resident"_s);
    resident.value().finish();
    auto other = m_db.scalar(u"SELECT number FROM moves WHERE resident_id = ? AND kind = ? AND status = 'open'"_s,
                             {residentId, MoveSteps::key(request.kind)});
    if (!other)
        return other.error();
    if (other.value().isValid())
        return fieldError(u"move.open"_s,
                          tr("%1's %2 is open already: %3.")
                              .arg(name, MoveSteps::displayName(request.kind), other.value().toString()),
                          u"resident"_s);
    auto steps = plan(request.kind);
    if (!steps)
        return steps.error();
    auto number = allocateNumber(request.kind);
    if (!number)
        return number.error();
    const qint64 now = m_clock.nowMs();
    const QString note = request.note.trimmed();
    auto id = m_db.insert(u"INSERT INTO moves (number, kind, unit_id, resident_id, planned_day, note, opened_ms, "
                          "opened_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {number.value(), MoveSteps::key(request.kind), request.unitId, residentId,
                           request.plannedDay.toString(Qt::ISODate), sql::text(note), now, who.user.id});
    if (!id)
        return id.error();
    int position = 0;
    for (const MoveSteps::Definition& d : steps.value())
        if (auto q = m_db.exec(u"INSERT INTO move_steps (move_id, position, step_key) VALUES (?, ?, ?)"_s,
                               {id.value(), ++position, d.key});
            !q)
            return q.error();
    if (auto a = m_audit.append(who, u"move"_s, id.value(), u"opened"_s, {},
                                {{u"number"_s, number.value()},
                                 {u"kind"_s, MoveSteps::key(request.kind)},
                                 {u"unit_id"_s, request.unitId},
                                 {u"resident_id"_s, residentId},
                                 {u"planned_day"_s, request.plannedDay.toString(Qt::ISODate)},
                                 {u"note"_s, note}});
        !a)
        return a.error();
    auto move = load(id.value());
    if (!move)
        return move.error();
    if (Status s = armWatch(move.value()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return move;
}

Status MoveService::checkNext(const Move& move, const QString& stepKey) const
{
    // R-MI-1, R-MO-1: in order: a step only once every step before it is done or not applicable.
    for (const MoveStep& s : move.steps) {
        if (s.key == stepKey) {
            if (s.status != StepStatus::Pending)
                return fieldError(
                    u"move.step_done"_s,
                    tr("“%1” is done already: a step done is not changed.").arg(MoveSteps::displayName(stepKey)),
                    u"step"_s);
            return {};
        }
        if (s.status == StepStatus::Pending)
            return fieldError(u"move.step_order"_s,
                              tr("“%1” comes first: do it or mark it not applicable before “%2”.")
                                  .arg(MoveSteps::displayName(s.key), MoveSteps::displayName(stepKey)),
                              u"step"_s);
    }
    return fieldError(u"move.no_step"_s, tr("This move has no step “%1”.").arg(MoveSteps::displayName(stepKey)),
                      u"step"_s);
}

Result<Move> MoveService::closeStep(const Session& who, Transaction& tx, qint64 moveId, const QString& stepKey,
                                    StepStatus status, const QString& note, qint64 signatureId)
{
    // Done or not applicable: written once with who and when, audited; then the watch moves to the next
    // step, or the move ends with its last.
    const bool done = status == StepStatus::Done;
    if (auto q = m_db.exec(u"UPDATE move_steps SET status = ?, done_ms = ?, done_by = ?, note = ?, signature_id = ? "
                           "WHERE move_id = ? AND step_key = ?"_s,
                           {MoveSteps::key(status), m_clock.nowMs(), who.user.id, sql::text(note),
                            sql::idOrNull(signatureId), moveId, stepKey});
        !q)
        return q.error();
    QJsonObject after{{u"step"_s, stepKey}};
    if (done) {
        after.insert(u"note"_s, note);
        after.insert(u"signature_id"_s, signatureId);
    } else {
        after.insert(u"reason"_s, note);
    }
    if (auto a = m_audit.append(who, u"move"_s, moveId, done ? u"step_done"_s : u"step_skipped"_s,
                                {{u"step"_s, stepKey}}, after);
        !a)
        return a.error();
    auto moved = load(moveId);
    if (!moved)
        return moved.error();
    if (Status s = moved.value().current() ? armWatch(moved.value()) : finish(who, moved.value()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return load(moveId);
}

Result<Move> MoveService::complete(const Session& who, qint64 moveId, const QString& stepKey, const StepDone& done)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto move = loadOpen(moveId);
    if (!move)
        return move.error();
    if (Status s = checkNext(move.value(), stepKey); !s)
        return s.error();
    const MoveStep* step = nullptr;
    for (const MoveStep& s : move.value().steps)
        if (s.key == stepKey)
            step = &s;
    const auto def = MoveSteps::find(move.value().kind, stepKey);
    if (!def)
        return fieldError(u"move.no_step"_s, tr("This move has no step “%1”.").arg(stepKey), u"step"_s);
    QString note = done.note.trimmed();
    qint64 signatureId = 0;
    if (Status s = doStep(who, move.value(), *step, *def, done, note, signatureId); !s)
        return s.error();
    return closeStep(who, tx, moveId, stepKey, StepStatus::Done, note, signatureId);
}

Result<Move> MoveService::skip(const Session& who, qint64 moveId, const QString& stepKey, const QString& reason)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fieldError(u"move.skip_reason"_s, tr("Say why this step does not apply."), u"reason"_s);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto move = loadOpen(moveId);
    if (!move)
        return move.error();
    if (Status s = checkNext(move.value(), stepKey); !s)
        return s.error();
    const auto def = MoveSteps::find(move.value().kind, stepKey);
    // R-MI-1, R-MO-1: the keys, the move's day and the fees are never skipped.
    if (def && def->required)
        return fieldError(
            u"move.step_required"_s,
            tr("“%1” always applies: it cannot be marked not applicable.").arg(MoveSteps::displayName(stepKey)),
            u"step"_s);
    return closeStep(who, tx, moveId, stepKey, StepStatus::Skipped, why, 0);
}

Result<Move> MoveService::schedule(const Session& who, qint64 moveId, const QString& stepKey, const QDate& day,
                                   const std::optional<QDate>& seenDay)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    if (!day.isValid())
        return fieldError(u"move.step_day"_s, tr("Enter the day this step is planned for."), u"day"_s);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto move = loadOpen(moveId);
    if (!move)
        return move.error();
    const MoveStep* step = nullptr;
    for (const MoveStep& s : move.value().steps)
        if (s.key == stepKey)
            step = &s;
    if (!step)
        return fieldError(u"move.no_step"_s, tr("This move has no step “%1”.").arg(stepKey), u"step"_s);
    if (step->status != StepStatus::Pending)
        return fieldError(u"move.step_done"_s,
                          tr("“%1” is done already: a step done is not changed.").arg(MoveSteps::displayName(stepKey)),
                          u"step"_s);
    if (step->dueDay != seenDay) { // planned for another day at another desk since this one read it
        // Who planned this step last (the move's own last event may be another step's).
        Error e = LastChange::doneBy(m_db,
                                     u"SELECT COALESCE(u.display_name, e.actor), e.at_ms FROM audit_events e LEFT "
                                     "JOIN users u ON u.id = e.actor_id WHERE e.entity = 'move' AND e.entity_id = ? "
                                     "AND e.action = 'step_planned' AND e.after_json LIKE ? ORDER BY e.id DESC "
                                     "LIMIT 1"_s,
                                     {moveId, u"%\"step\":\"%1\"%"_s.arg(stepKey)}, u"move.stale"_s,
                                     tr("%1 planned this step at %2, after you opened it."), u"day"_s);
        e.message += u' ' + tr("It is planned for %1 now; plan it again to change that.")
                                .arg(step->dueDay ? DateTimeText::date(*step->dueDay) : tr("no day"));
        return e;
    }
    if (auto q = m_db.exec(u"UPDATE move_steps SET due_day = ? WHERE id = ?"_s, {day.toString(Qt::ISODate), step->id});
        !q)
        return q.error();
    if (auto a = m_audit.append(
            who, u"move"_s, moveId, u"step_planned"_s,
            {{u"step"_s, stepKey}, {u"due_day"_s, step->dueDay ? step->dueDay->toString(Qt::ISODate) : QString()}},
            {{u"step"_s, stepKey}, {u"due_day"_s, day.toString(Qt::ISODate)}});
        !a)
        return a.error();
    auto after = load(moveId);
    if (!after)
        return after.error();
    if (Status s = armWatch(after.value()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return after;
}

Result<Move> MoveService::cancel(const Session& who, qint64 moveId, const QString& reason)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fieldError(u"move.cancel_reason"_s, tr("Say why the move will not happen."), u"reason"_s);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto move = loadOpen(moveId);
    if (!move)
        return move.error();
    // A move that changed the unit (keys handed over or back, fees started) is finished through its steps.
    for (const MoveStep& step : move.value().steps)
        if (step.status == StepStatus::Done && (step.key == "keys_handed"_L1 || step.key == "keys_returned"_L1 ||
                                                (step.key == "move_day"_L1 && move.value().kind == MoveKind::In)))
            return fieldError(u"move.cancel_late"_s,
                              tr("“%1” is done: the move has changed the unit and goes on through its steps.")
                                  .arg(MoveSteps::displayName(step.key)),
                              u"move"_s);
    // The move's slot of the cargo lift is given back (unless the desk cancelled it already).
    auto booked = m_db.scalar(u"SELECT COUNT(*) FROM lift_bookings WHERE id = ? AND cancelled_ms IS NULL"_s,
                              {move.value().liftBookingId});
    if (!booked)
        return booked.error();
    if (booked.value().toLongLong() > 0) {
        auto booking =
            m_lift.cancel(who, move.value().liftBookingId, tr("%1 cancelled: %2").arg(move.value().number, why));
        if (!booking)
            return booking.error();
    }
    if (auto q = m_db.exec(u"UPDATE moves SET status = 'cancelled', ended_ms = ?, ended_by = ?, cancel_reason = ? "
                           "WHERE id = ?"_s,
                           {m_clock.nowMs(), who.user.id, why, moveId});
        !q)
        return q.error();
    if (auto a = m_audit.append(who, u"move"_s, moveId, u"cancelled"_s, {{u"status"_s, u"open"_s}},
                                {{u"status"_s, u"cancelled"_s}, {u"reason"_s, why}});
        !a)
        return a.error();
    if (Status s = WatchService(m_db).close(MoveSteps::key(move.value().kind), moveId, m_clock.nowMs()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return load(moveId);
}

Result<MoveDefect> MoveService::recordDefect(const Session& who, qint64 moveId, const DefectFound& found)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    const QString room = found.room.simplified();
    const QString item = found.item.simplified();
    const QString description = found.description.simplified();
    if (room.isEmpty())
        return fieldError(u"move.defect_room"_s, tr("Say which room, e.g. 主卧."), u"room"_s);
    if (item.isEmpty())
        return fieldError(u"move.defect_item"_s, tr("Say what is wrong with what, e.g. 窗户."), u"item"_s);
    if (description.isEmpty())
        return fieldError(u"move.defect_description"_s, tr("Describe the defect."), u"description"_s);
    if (found.amountFen < 0)
        return fieldError(u"move.defect_amount"_s, tr("A compensation is more than zero."), u"amount"_s);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto move = loadOpen(moveId);
    if (!move)
        return move.error();
    // R-MI-1 "defects recorded and tracked": while the inspection is still to do, each a repair ticket.
    const QString stepKey = MoveSteps::defectStep(move.value().kind);
    const MoveStep* step = nullptr;
    for (const MoveStep& s : move.value().steps)
        if (s.key == stepKey)
            step = &s;
    if (!step || step->status != StepStatus::Pending)
        return fieldError(u"move.defect_step"_s,
                          tr("Defects are recorded while “%1” is still to do.").arg(MoveSteps::displayName(stepKey)),
                          u"step"_s);
    if (found.amountFen > 0 && move.value().kind != MoveKind::Out)
        return fieldError(u"move.defect_amount"_s, tr("A move-in's defects are repaired, not charged."), u"amount"_s);
    qint64 photoId = 0;
    if (!found.photoPath.isEmpty()) {
        auto file = m_archive.attach(who, {.unitId = move.value().unitId,
                                           .residentId = move.value().residentId,
                                           .kind = ArchiveFileKind::Inspection,
                                           .title = tr("%1 %2 %3").arg(move.value().number, room, item),
                                           .path = found.photoPath});
        if (!file) {
            Error e = file.error();
            e.field = u"photo"_s;
            return e;
        }
        photoId = file.value().id;
    }
    const QString what = tr("%1 %2: %3").arg(room, item, description);
    qint64 ticketId = 0;
    qint64 lineId = 0;
    if (found.amountFen > 0) {
        // R-MO-1 "compensation charged as a fee line", by the desk running the move-out.
        auto line = m_oneOff.chargeMoveDamage(who, {.unitId = move.value().unitId,
                                                    .itemId = found.chargeItemId,
                                                    .amountFen = found.amountFen,
                                                    .note = tr("%1 damage: %2").arg(move.value().number, what)});
        if (!line) {
            Error e = line.error();
            e.field = u"amount"_s; // the item is chosen beside the amount
            return e;
        }
        lineId = line.value().id;
    } else {
        NewTicket t;
        t.kind = TicketKind::Repair;
        t.channel = Channel::WalkIn;
        t.unitId = move.value().unitId;
        t.residentId = move.value().residentId;
        t.personName = move.value().residentName;
        t.description = tr("%1 %2 found: %3").arg(MoveSteps::displayName(move.value().kind), move.value().number, what);
        auto ticket = m_tickets.open(who, t);
        if (!ticket)
            return ticket.error();
        ticketId = ticket.value().id;
    }
    auto id = m_db.insert(u"INSERT INTO move_defects (move_id, room, item, description, photo_file_id, ticket_id, "
                          "bill_line_id, created_ms, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {moveId, room, item, description, sql::idOrNull(photoId), sql::idOrNull(ticketId),
                           sql::idOrNull(lineId), m_clock.nowMs(), who.user.id});
    if (!id)
        return id.error();
    if (auto a = m_audit.append(who, u"move"_s, moveId, u"defect"_s, {},
                                {{u"room"_s, room},
                                 {u"item"_s, item},
                                 {u"description"_s, description},
                                 {u"ticket_id"_s, ticketId},
                                 {u"bill_line_id"_s, lineId},
                                 {u"amount_fen"_s, found.amountFen}});
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    auto after = load(moveId);
    if (!after)
        return after.error();
    for (const MoveDefect& d : after.value().defects)
        if (d.id == id.value())
            return d;
    return Error{u"move.defect"_s, tr("The defect was not saved.")};
}

} // namespace fd
