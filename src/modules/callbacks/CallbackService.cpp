#include "modules/callbacks/CallbackService.h"

#include "core/Clock.h"
#include "core/EnumTable.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/tickets/TicketService.h"
#include "engine/tickets/TicketStore.h"
#include "modules/repairs/RepairService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// The stored keys of callback_attempts.outcome: never change one. An unknown one reads as unreachable.
constexpr auto kOutcomes = enumTable<CallbackOutcome>(
    "CallbackService",
    {{CallbackOutcome::Satisfied, "satisfied", QT_TRANSLATE_NOOP("CallbackService", "Satisfied")},
     {CallbackOutcome::Unsatisfied, "unsatisfied", QT_TRANSLATE_NOOP("CallbackService", "Not satisfied")},
     {CallbackOutcome::Unreachable, "unreachable", QT_TRANSLATE_NOOP("CallbackService", "Not reachable")}});

const QString kAttemptColumns =
    u"a.id, a.ticket_id, a.outcome, a.handled, a.satisfaction, a.opinion, a.note, "
    "COALESCE(a.follow_up_ticket_id, 0), COALESCE(o.ticket_id, 0), a.at_ms, COALESCE(u.display_name, '') "
    "FROM callback_attempts a LEFT JOIN callback_opinion_tickets o ON o.attempt_id = a.id "
    "LEFT JOIN users u ON u.id = a.recorded_by"_s;

QString handledKey(const std::optional<bool>& handled)
{
    return handled ? (*handled ? u"yes"_s : u"no"_s) : u""_s;
}

CallbackOutcome outcomeFrom(const QString& key)
{
    return kOutcomes.from(key).value_or(CallbackOutcome::Unreachable);
}

CallbackAttempt attemptFrom(const QSqlQuery& q)
{
    CallbackAttempt a;
    a.id = q.value(0).toLongLong();
    a.ticketId = q.value(1).toLongLong();
    a.outcome = outcomeFrom(q.value(2).toString());
    const QString handled = q.value(3).toString();
    if (!handled.isEmpty())
        a.handled = handled == u"yes";
    a.satisfaction = q.value(4).toString();
    a.opinion = q.value(5).toString();
    a.note = q.value(6).toString();
    a.followUpTicketId = q.value(7).toLongLong();
    a.opinionTicketId = q.value(8).toLongLong();
    a.atMs = q.value(9).toLongLong();
    a.recordedBy = q.value(10).toString();
    return a;
}

QJsonObject describe(const CallbackAttempt& a)
{
    return {{u"ticket_id"_s, a.ticketId},
            {u"outcome"_s, CallbackService::outcomeKey(a.outcome)},
            {u"handled"_s, handledKey(a.handled)},
            {u"satisfaction"_s, a.satisfaction},
            {u"opinion"_s, a.opinion},
            {u"note"_s, a.note},
            {u"follow_up_ticket_id"_s, a.followUpTicketId},
            {u"at_ms"_s, a.atMs}};
}

// A null QString binds as NULL; the text columns are NOT NULL DEFAULT ''.
QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

Error fieldError(const QString& code, const QString& message, const QString& field)
{
    return Error{code, message, field};
}

} // namespace

CallbackService::CallbackService(Database& db, const Clock& clock, AuditLog& audit, TicketService& tickets,
                                 RepairService& repairs)
    : m_db(db), m_clock(clock), m_audit(audit), m_tickets(tickets), m_repairs(repairs)
{}

QString CallbackService::outcomeKey(CallbackOutcome outcome)
{
    return kOutcomes.key(kOutcomes.known(outcome, CallbackOutcome::Unreachable));
}

QString CallbackService::outcomeName(CallbackOutcome outcome)
{
    return kOutcomes.name(kOutcomes.known(outcome, CallbackOutcome::Unreachable));
}

Result<QList<CallbackDue>> CallbackService::queue(int limit, int offset) const
{
    // R-CB-1: every ticket whose callback clock runs, the one due first at the top.
    auto q =
        m_db.exec(u"SELECT t.id, t.number, t.kind, t.status, COALESCE(u.code, ''), t.person_name, t.caller_phone, "
                  "t.description, t.department, t.callback_by_ms, "
                  "(SELECT COUNT(*) FROM callback_attempts a WHERE a.ticket_id = t.id AND a.outcome = 'unreachable'), "
                  "COALESCE((SELECT MAX(a.at_ms) FROM callback_attempts a WHERE a.ticket_id = t.id), 0) "
                  "FROM tickets t LEFT JOIN units u ON u.id = t.unit_id "
                  "WHERE t.callback_by_ms IS NOT NULL AND t.status NOT IN %1 "
                  "ORDER BY t.callback_by_ms, t.id LIMIT ? OFFSET ?"_s.arg(TicketStore::finishedStatuses()),
                  {qBound(1, limit, 500), qMax(0, offset)});
    if (!q)
        return q.error();
    QList<CallbackDue> out;
    while (q.value().next()) {
        const QSqlQuery& s = q.value();
        CallbackDue d;
        d.ticketId = s.value(0).toLongLong();
        d.number = s.value(1).toString();
        d.kind = TicketTerms::kindFrom(s.value(2).toString()).value_or(TicketKind::Repair);
        d.status = TicketTerms::statusFrom(s.value(3).toString()).value_or(TicketStatus::Returned);
        d.unitCode = s.value(4).toString();
        d.personName = s.value(5).toString();
        d.callerPhone = s.value(6).toString();
        d.description = s.value(7).toString();
        d.department = s.value(8).toString();
        d.dueMs = s.value(9).toLongLong();
        d.attempts = s.value(10).toInt();
        d.lastAttemptMs = s.value(11).toLongLong();
        out << d;
    }
    return out;
}

Result<qint64> CallbackService::queueCount() const
{
    auto v =
        m_db.scalar(u"SELECT COUNT(*) FROM tickets t WHERE t.callback_by_ms IS NOT NULL AND t.status NOT IN %1"_s.arg(
            TicketStore::finishedStatuses()));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Status CallbackService::validate(const Ticket& current, const CallbackRecord& call) const
{
    if (!current.callbackByMs) // R-CB-1: only finished work owes a callback
        return fieldError(u"callback.not_owed"_s, tr("%1 does not owe a callback.").arg(current.number), u"outcome"_s);
    if (call.outcome == CallbackOutcome::Unreachable)
        return {};
    // R-CB-2: the three questions are asked and written down in full.
    if (!call.handled)
        return fieldError(u"callback.handled"_s, tr("Ask whether the matter was handled."), u"handled"_s);
    if (call.satisfaction.trimmed().isEmpty())
        return fieldError(u"callback.satisfaction"_s, tr("Write down what the customer said about the result."),
                          u"satisfaction"_s);
    if (call.outcome == CallbackOutcome::Unsatisfied && call.action == UnsatisfiedAction::Redispatch &&
        current.kind != TicketKind::Repair)
        return fieldError(u"callback.redispatch"_s, tr("Only a repair is dispatched again; reopen the others."),
                          u"outcome"_s);
    return {};
}

Result<qint64> CallbackService::move(const Session& who, const Ticket& seen, const CallbackRecord& call,
                                     const QString& said)
{
    switch (call.outcome) {
    case CallbackOutcome::Satisfied: {
        auto closed = m_tickets.callBack(who, seen, true, said); // R-CB-2
        if (!closed)
            return closed.error();
        return qint64(0);
    }
    case CallbackOutcome::Unsatisfied: {
        if (call.action == UnsatisfiedAction::Redispatch) { // R-CB-3, R-RP-4
            auto again = m_repairs.secondDispatch(who, seen, said, call.dispatch);
            if (!again)
                return again.error();
            return again.value().ticket.id;
        }
        auto reopened = m_tickets.callBack(who, seen, false, said); // R-CB-3
        if (!reopened)
            return reopened.error();
        return qint64(0);
    }
    case CallbackOutcome::Unreachable:
        break;
    }
    // Not reached: the ticket keeps owing its callback; its history shows the try.
    const QString note = call.note.trimmed();
    auto commented = m_tickets.comment(who, seen,
                                       note.isEmpty() ? tr("Callback: the customer was not reachable.")
                                                      : tr("Callback: the customer was not reachable (%1).").arg(note));
    if (!commented)
        return commented.error();
    return qint64(0);
}

Result<CallbackAttempt> CallbackService::record(const Session& who, const Ticket& seen, const CallbackRecord& call)
{
    if (Status s = who.require(Permission::CallBack); !s) // R-CB-2
        return s.error();
    auto current = m_tickets.find(seen.id);
    if (!current)
        return current.error();
    if (Status s = validate(current.value(), call); !s)
        return s.error();

    QString said;
    if (call.outcome != CallbackOutcome::Unreachable) {
        said =
            tr("Handled: %1. Satisfaction: %2.").arg(*call.handled ? tr("yes") : tr("no"), call.satisfaction.trimmed());
        if (!call.opinion.trimmed().isEmpty())
            said += u' ' + tr("Other opinion: %1").arg(call.opinion.trimmed());
    }
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto followUp = move(who, seen, call, said);
    if (!followUp)
        return followUp.error();
    auto written = write(who, seen.id, call, followUp.value());
    if (!written)
        return written.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return written;
}

Result<CallbackAttempt> CallbackService::write(const Session& who, qint64 ticketId, const CallbackRecord& call,
                                               qint64 followUpTicketId)
{
    CallbackAttempt a;
    a.ticketId = ticketId;
    a.outcome = call.outcome;
    const bool reached = call.outcome != CallbackOutcome::Unreachable;
    if (reached) {
        a.handled = call.handled;
        a.satisfaction = call.satisfaction.trimmed();
        a.opinion = call.opinion.trimmed();
    }
    a.note = call.note.trimmed();
    a.followUpTicketId = followUpTicketId;
    a.atMs = m_clock.nowMs();
    a.recordedBy = who.user.displayName;
    auto id = m_db.insert(
        u"INSERT INTO callback_attempts (ticket_id, outcome, handled, satisfaction, opinion, note, "
        "follow_up_ticket_id, at_ms, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {a.ticketId, outcomeKey(a.outcome), handledKey(a.handled), text(a.satisfaction), text(a.opinion), text(a.note),
         followUpTicketId ? QVariant(followUpTicketId) : QVariant(QMetaType::fromType<qint64>()), a.atMs, who.user.id});
    if (!id)
        return id.error();
    a.id = id.value();
    auto audited = m_audit.append(who, u"callback_attempt"_s, a.id, u"recorded"_s, {}, describe(a));
    if (!audited)
        return audited.error();
    return a;
}

Result<Ticket> CallbackService::openFromOpinion(const Session& who, qint64 attemptId, TicketKind kind)
{
    for (Permission needed : {Permission::CallBack, Permission::TakeIn}) // R-CB-3: the opinion is taken in
        if (Status s = who.require(needed); !s)
            return s.error();
    if (kind != TicketKind::Request && kind != TicketKind::Complaint) // R-CB-3
        return fieldError(u"callback.opinion_kind"_s, tr("An opinion becomes a request or a complaint."), u"kind"_s);
    auto found = attempt(attemptId);
    if (!found)
        return found.error();
    const CallbackAttempt& a = found.value();
    if (a.opinion.isEmpty())
        return fieldError(u"callback.opinion"_s, tr("The customer gave no other opinion on this call."), u"opinion"_s);
    if (a.opinionTicketId != 0)
        return fieldError(u"callback.opinion"_s, tr("This opinion is already a ticket."), u"opinion"_s);
    auto source = m_tickets.find(a.ticketId);
    if (!source)
        return source.error();
    const Ticket& s = source.value();
    NewTicket n;
    n.kind = kind;
    n.channel = s.callerPhone.isEmpty() ? Channel::WalkIn : Channel::Call;
    n.callerPhone = s.callerPhone;
    n.unitId = s.unitId;
    n.residentId = s.residentId;
    n.personName = s.personName;
    n.description = a.opinion;
    n.note = tr("Opinion given on the callback of %1.").arg(s.number);

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto opened = m_tickets.open(who, n);
    if (!opened)
        return opened.error();
    const qint64 now = m_clock.nowMs();
    auto id = m_db.insert(u"INSERT INTO callback_opinion_tickets (attempt_id, ticket_id, at_ms, recorded_by) "
                          "VALUES (?, ?, ?, ?) RETURNING id"_s,
                          {a.id, opened.value().id, now, who.user.id});
    if (!id)
        return id.error();
    auto audited = m_audit.append(who, u"callback_attempt"_s, a.id, u"opinion_opened"_s, {},
                                  {{u"ticket_id"_s, opened.value().id},
                                   {u"number"_s, opened.value().number},
                                   {u"kind"_s, TicketTerms::key(kind)}});
    if (!audited)
        return audited.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return opened;
}

Result<QList<CallbackAttempt>> CallbackService::attempts(qint64 ticketId) const
{
    auto q = m_db.exec(u"SELECT %1 WHERE a.ticket_id = ? ORDER BY a.id"_s.arg(kAttemptColumns), {ticketId});
    if (!q)
        return q.error();
    QList<CallbackAttempt> out;
    while (q.value().next())
        out << attemptFrom(q.value());
    return out;
}

Result<CallbackAttempt> CallbackService::attempt(qint64 attemptId) const
{
    return m_db.one(u"SELECT %1 WHERE a.id = ?"_s.arg(kAttemptColumns), {attemptId}, attemptFrom,
                    Error{u"callback.missing"_s, tr("That callback is not on record.")});
}

} // namespace fd
