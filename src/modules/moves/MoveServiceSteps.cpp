// What each step of a move does when it is done (R-MI-1, R-MO-1), inside MoveService::complete's
// transaction: a refusal here leaves nothing written.
#include "modules/moves/MoveService.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/Money.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/watches/SignatureService.h"
#include "engine/watches/WatchService.h"
#include "modules/fees/ChargeService.h"
#include "modules/moves/LiftBookingService.h"
#include "modules/moves/MoveTerms.h"
#include "modules/moves/UnitKeyService.h"
#include "modules/registry/RegistryService.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString joined(const QString& head, const QString& note)
{
    return note.isEmpty() ? head : head + u" · "_s + note;
}

qint64 startOfDay(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

Status MoveService::doStep(const Session& who, Move& move, const MoveStep& step, const MoveSteps::Definition& def,
                           const StepDone& done, QString& note, qint64& signatureId)
{
    switch (def.needs) {
    case MoveSteps::Needs::Nothing:
        if (step.key == "documents"_L1)
            return checkDocuments(move);
        if (step.key == "fees_checked"_L1) {
            // R-MO-1 "outstanding fees checked": what the unit owes today is kept on the step.
            auto owed = owedFen(move.unitId);
            if (!owed)
                return owed.error();
            note =
                joined(tr("Owed on %1: %2").arg(DateTimeText::date(m_clock.nowMs()), Money::text(owed.value())), note);
        }
        return {};
    case MoveSteps::Needs::Signature: {
        if (!done.signature || done.signature->isEmpty())
            return Error{u"move.signature"_s, tr("The owner signs on the pad, or say why not."), u"signature"_s};
        if (Status s = SignatureService::validate(*done.signature); !s)
            return Error{s.error().code, s.error().message, u"signature"_s};
        auto id = SignatureService(m_db, m_clock, m_audit).store(who, *done.signature);
        if (!id)
            return id.error();
        signatureId = id.value();
        return {};
    }
    case MoveSteps::Needs::KeysHanded: {
        // R-MI-1 "keys handed over (counted)": the counts the owner signs for, into the unit's record.
        if (done.keys.isEmpty())
            return Error{u"move.keys"_s, tr("Count the keys handed over, by kind."), u"keys"_s};
        if (!done.signature || done.signature->isEmpty())
            return Error{u"move.signature"_s, tr("The owner signs for the keys on the pad, or say why not."),
                         u"signature"_s};
        auto entries = m_keys.record(who, {.unitId = move.unitId,
                                           .reason = KeyReason::HandedOver,
                                           .counts = done.keys,
                                           .note = joined(move.number, note),
                                           .signature = done.signature});
        if (!entries)
            return entries.error();
        if (!entries.value().isEmpty())
            signatureId = entries.value().first().signatureId;
        return {};
    }
    case MoveSteps::Needs::KeysReturned:
        return keysReturned(who, move, done, note);
    case MoveSteps::Needs::MoveDay:
        return moveDay(who, move, done, note);
    case MoveSteps::Needs::Day:
        if (!done.day || !done.day->isValid())
            return Error{u"move.day"_s, tr("Enter the day, or mark the step not applicable."), u"day"_s};
        note = joined(DateTimeText::date(*done.day), note);
        return {};
    case MoveSteps::Needs::FeesSettled: {
        // R-MO-1 "all fees settled": the move-out does not pass while the unit owes anything.
        auto owed = owedFen(move.unitId);
        if (!owed)
            return owed.error();
        if (owed.value() > 0)
            return Error{u"move.fees_owed"_s,
                         tr("%1 still owes %2: the cashier takes it before the move-out goes on.")
                             .arg(move.unitCode, Money::text(owed.value())),
                         u"fees"_s};
        return {};
    }
    }
    return {};
}

Status MoveService::checkDocuments(const Move& move) const
{
    // R-MI-1 "documents and agreement checked": each document the site asks for is in the archive.
    auto required = documentsRequired(move.tenant ? ResidentRelation::Tenant : ResidentRelation::Owner);
    if (!required)
        return required.error();
    QStringList missing;
    for (const QList<DocumentKind>& any : required.value()) {
        QStringList keys;
        QStringList names;
        for (DocumentKind k : any) {
            keys << u"'%1'"_s.arg(MoveTerms::key(k));
            names << MoveTerms::displayName(k);
        }
        auto seen = m_db.scalar(u"SELECT COUNT(*) FROM archive_documents WHERE unit_id = ? AND resident_id = ? AND "
                                "kind IN (%1)"_s.arg(keys.join(u',')),
                                {move.unitId, move.residentId});
        if (!seen)
            return seen.error();
        if (seen.value().toLongLong() == 0)
            missing << names.join(tr(" or "));
    }
    if (!missing.isEmpty())
        return Error{
            u"move.documents"_s,
            tr("Not in %1's archive yet: %2. Record them first.").arg(move.residentName, missing.join(tr(", "))),
            u"documents"_s};
    return {};
}

Status MoveService::keysReturned(const Session& who, const Move& move, const StepDone& done, QString& note)
{
    // R-MO-1 "keys returned": counted against what the unit holds; what is not returned needs a note and
    // is recorded as lost, so the unit's record holds nothing afterwards.
    auto held = m_keys.held(who, move.unitId);
    if (!held)
        return held.error();
    QHash<KeyKind, int> returned;
    QList<KeyCount> back;
    for (const KeyCount& c : done.keys) {
        if (c.count < 0)
            return Error{u"move.keys_count"_s, tr("Count the keys returned: a number, zero or more."), u"keys"_s};
        if (c.count > 0) {
            returned[c.kind] += c.count;
            back << c;
        }
    }
    QList<KeyCount> missing;
    QStringList missingText;
    QHash<KeyKind, int> holding;
    for (const KeyCount& h : held.value())
        holding.insert(h.kind, h.count);
    for (const KeyCount& c : back)
        if (c.count > holding.value(c.kind))
            return Error{u"move.keys_over"_s,
                         tr("%1 holds %2 × %3: no more can be returned.")
                             .arg(move.unitCode)
                             .arg(holding.value(c.kind))
                             .arg(MoveTerms::displayName(c.kind)),
                         u"keys"_s};
    for (const KeyCount& h : held.value())
        if (const int gone = h.count - returned.value(h.kind); gone > 0) {
            missing << KeyCount{h.kind, gone};
            missingText << tr("%1 × %2").arg(gone).arg(MoveTerms::displayName(h.kind));
        }
    if (!missing.isEmpty() && note.isEmpty())
        return Error{u"move.keys_missing"_s,
                     tr("Not returned: %1. Write what happened to them (lost, kept by the owner), or charge them.")
                         .arg(missingText.join(tr(", "))),
                     u"note"_s};
    if (!back.isEmpty())
        if (auto r = m_keys.record(
                who, {.unitId = move.unitId, .reason = KeyReason::Returned, .counts = back, .note = move.number});
            !r)
            return r.error();
    if (!missing.isEmpty()) {
        if (auto r = m_keys.record(who, {.unitId = move.unitId,
                                         .reason = KeyReason::Lost,
                                         .counts = missing,
                                         .note = joined(move.number, note)});
            !r)
            return r.error();
        note = joined(tr("Not returned: %1").arg(missingText.join(tr(", "))), note);
    }
    return {};
}

Status MoveService::moveDay(const Session& who, Move& move, const StepDone& done, QString& note)
{
    if (!done.day || !done.day->isValid())
        return Error{u"move.day"_s, tr("Enter the day of the move."), u"day"_s};
    const QDate day = *done.day;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    if (day < today.addDays(-DayWindowDays) || day > today.addDays(DayWindowDays))
        return Error{u"move.day_range"_s, tr("Enter a day at most %1 days before or after today.").arg(DayWindowDays),
                     u"day"_s};
    if (done.liftFrom.has_value() != done.liftTo.has_value())
        return Error{u"move.lift"_s, tr("Give the cargo lift's slot a start and an end."),
                     done.liftFrom ? u"lift_to"_s : u"lift_from"_s};
    if (done.liftFrom && done.liftFrom->date() != day)
        return Error{u"move.lift_day"_s, tr("Book the cargo lift on the day of the move."), u"lift_from"_s};
    if (done.liftTo && done.liftTo->toMSecsSinceEpoch() <= m_clock.nowMs())
        return Error{u"move.lift_past"_s, tr("That slot has passed: book the cargo lift for a time to come."),
                     u"lift_from"_s};
    QString head = tr("Day %1").arg(DateTimeText::date(day));
    if (move.kind == MoveKind::In) {
        // R-MI-1 with the fees: a unit never billed starts its fees on the day of the move-in (its month by
        // its days). A unit whose fees run already (an owner before, a tenant moving in) goes on as it is.
        auto started = m_charges.feesFrom(move.unitId);
        if (!started)
            return started.error();
        auto billed = m_db.scalar(u"SELECT COUNT(*) FROM bill_lines l JOIN charge_items i ON i.id = l.item_id WHERE "
                                  "l.unit_id = ? AND l.rate_id IS NOT NULL AND i.basis IN ('area', 'fixed')"_s,
                                  {move.unitId});
        if (!billed)
            return billed.error();
        if (!started.value() && billed.value().toLongLong() == 0) {
            if (Status s = m_charges.startFeesAtMoveIn(who, move.unitId, day, move.number); !s)
                return Error{s.error().code, s.error().message, u"day"_s};
            head += tr(", fees from this day");
        } else {
            head += tr(", the unit's fees run already");
        }
    }
    qint64 bookingId = move.liftBookingId;
    if (done.liftFrom) {
        auto booking =
            m_lift.book(who, {.unitId = move.unitId,
                              .purpose = move.kind == MoveKind::In ? LiftPurpose::MoveIn : LiftPurpose::MoveOut,
                              .starts = *done.liftFrom,
                              .ends = *done.liftTo,
                              .note = move.number});
        if (!booking) {
            Error e = booking.error();
            e.field = e.field == "ends"_L1 ? u"lift_to"_s : u"lift_from"_s;
            return e;
        }
        bookingId = booking.value().id;
        head += tr(", cargo lift %1–%2")
                    .arg(DateTimeText::time(done.liftFrom->time()), DateTimeText::time(done.liftTo->time()));
    }
    if (auto q = m_db.exec(u"UPDATE moves SET planned_day = ?, lift_booking_id = ? WHERE id = ?"_s,
                           {day.toString(Qt::ISODate), sql::idOrNull(bookingId), move.id});
        !q)
        return q.error();
    move.plannedDay = day;
    move.liftBookingId = bookingId;
    note = joined(head, note);
    return {};
}

Status MoveService::finish(const Session& who, Move& move)
{
    const qint64 now = m_clock.nowMs();
    if (move.kind == MoveKind::Out) {
        // R-MO-1: a move-out never ends with money owed, whatever was billed since its fees were settled.
        auto owed = owedFen(move.unitId);
        if (!owed)
            return owed.error();
        if (owed.value() > 0)
            return Error{u"move.fees_owed"_s,
                         tr("%1 still owes %2: the cashier takes it before the move-out goes on.")
                             .arg(move.unitCode, Money::text(owed.value())),
                         u"fees"_s};
    }
    if (auto q = m_db.exec(u"UPDATE moves SET status = 'done', ended_ms = ?, ended_by = ? WHERE id = ?"_s,
                           {now, who.user.id, move.id});
        !q)
        return q.error();
    if (auto a =
            m_audit.append(who, u"move"_s, move.id, u"done"_s, {{u"status"_s, u"open"_s}}, {{u"status"_s, u"done"_s}});
        !a)
        return a.error();
    if (Status s = WatchService(m_db).close(MoveSteps::key(move.kind), move.id, now); !s)
        return s;
    if (move.kind == MoveKind::Out) {
        // R-MO-1: the resident leaves the registry's current list and stays in its history; a sale's new
        // owner comes with a move-in of their own (a fresh archive, the old one kept).
        auto active = m_db.scalar(u"SELECT active FROM residents WHERE id = ?"_s, {move.residentId});
        if (!active)
            return active.error();
        if (active.value().toBool()) {
            const qint64 movedOut = std::min(now, startOfDay(move.plannedDay));
            if (auto r = m_registry.endResident(who, move.residentId, movedOut > 0 ? movedOut : now); !r)
                return r.error();
        }
    }
    move.status = MoveStatus::Done;
    move.endedMs = now;
    return {};
}

Status MoveService::armWatch(const Move& move)
{
    // The desk is reminded on the day the next step is planned for, else on the move's day agreed.
    const MoveStep* next = move.current();
    if (!next)
        return WatchService(m_db).close(MoveSteps::key(move.kind), move.id, m_clock.nowMs());
    const QDate day = next->dueDay ? *next->dueDay : move.plannedDay;
    Watch w;
    w.source = MoveSteps::key(move.kind);
    w.refId = move.id;
    w.unitId = move.unitId;
    w.title = tr("%1 %2 · %3 %4").arg(MoveSteps::displayName(move.kind), move.number, move.unitCode, move.residentName);
    // A reminder keeps the words it was raised with, so they name the day, not a step that may be done by
    // the time it is read.
    w.detail = tr("Planned for %1: open the move for its next step").arg(DateTimeText::date(day));
    w.dueMs = startOfDay(day);
    return WatchService(m_db).arm(w, m_clock.nowMs());
}

} // namespace fd
