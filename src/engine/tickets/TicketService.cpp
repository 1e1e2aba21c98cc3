#include "engine/tickets/TicketService.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "engine/AuditLog.h"
#include "engine/LastChange.h"
#include "engine/Session.h"
#include "engine/tickets/Departments.h"
#include "engine/tickets/SiteRules.h"
#include "engine/tickets/TicketClocks.h"
#include "engine/tickets/TicketStateMachine.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QJsonValue instantJson(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(*ms) : QJsonValue();
}

// What the audit chain keeps of a ticket: enough to see every status and clock change.
QJsonObject describe(const Ticket& t)
{
    return {{u"number"_s, t.number},
            {u"status"_s, TicketTerms::key(t.status)},
            {u"department"_s, t.department},
            {u"severity"_s, TicketTerms::key(t.severity)},
            {u"respond_by_ms"_s, instantJson(t.respondByMs)},
            {u"next_follow_up_ms"_s, instantJson(t.nextFollowUpMs)},
            {u"resolve_by_ms"_s, instantJson(t.resolveByMs)},
            {u"reply_by_ms"_s, instantJson(t.replyByMs)},
            {u"callback_by_ms"_s, instantJson(t.callbackByMs)},
            {u"paused_total_ms"_s, t.pausedTotalMs},
            {u"version"_s, t.version}};
}

Error fieldError(const QString& code, const QString& message, const QString& field)
{
    return Error{code, message, field};
}

} // namespace

TicketService::TicketService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules)
    : m_db(db), m_clock(clock), m_audit(audit), m_rules(rules), m_store(db)
{}

Status TicketService::validate(const Session& who, const NewTicket& r, qint64 now) const
{
    if (r.description.trimmed().isEmpty())
        return fieldError(u"ticket.description"_s, tr("Write down what the customer said."), u"description"_s);
    const bool needsWhere = r.kind == TicketKind::Repair || r.kind == TicketKind::Complaint;
    if (needsWhere && r.unitId == 0 && r.personName.trimmed().isEmpty())
        return fieldError(u"ticket.unit"_s, tr("Choose the unit, or write down who is asking."), u"unit"_s);
    if (r.channel == Channel::Call && r.callerPhone.trimmed().isEmpty())
        return fieldError(u"ticket.phone"_s, tr("A call needs the caller's number."), u"caller_phone"_s);
    if (!r.callerPhone.trimmed().isEmpty() && !PhoneNumber::isValid(r.callerPhone))
        return fieldError(u"ticket.phone"_s, tr("This is not a phone number (e.g. 13812345678 or 0755-86001234)."),
                          u"caller_phone"_s);
    if (r.severity != Severity::None && r.kind != TicketKind::Complaint)
        return fieldError(u"ticket.severity"_s, tr("Only complaints are graded."), u"severity"_s);
    if (r.severity != Severity::None) { // R-CP-2: the supervisor's judgement is never skipped at intake
        if (Status s = who.require(Permission::JudgeComplaints); !s)
            return fieldError(s.error().code, s.error().message, u"severity"_s);
    }
    auto exists = [this](const QString& sql, qint64 id) {
        auto v = m_db.scalar(sql, {id});
        return v.ok() && v.value().isValid();
    };
    if (r.unitId != 0 && !exists(u"SELECT 1 FROM units WHERE id = ?"_s, r.unitId))
        return fieldError(u"ticket.unit"_s, tr("That unit is not in the registry."), u"unit"_s);
    if (r.residentId != 0) {
        auto unit = m_db.scalar(u"SELECT unit_id FROM residents WHERE id = ?"_s, {r.residentId});
        if (!unit.ok() || !unit.value().isValid())
            return fieldError(u"ticket.resident"_s, tr("That resident is not in the registry."), u"resident"_s);
        if (r.unitId != 0 && unit.value().toLongLong() != r.unitId)
            return fieldError(u"ticket.resident"_s, tr("That resident does not live in the chosen unit."),
                              u"resident"_s);
    }
    for (const auto& [id, field] :
         {std::pair{r.secondDispatchOf, u"second_dispatch_of"_s}, std::pair{r.sameEventAs, u"same_event_as"_s}})
        if (id != 0 && !exists(u"SELECT 1 FROM tickets WHERE id = ?"_s, id))
            return fieldError(u"ticket.link"_s, tr("The linked ticket does not exist."), field);

    if (r.promisedReplyMs) { // R-IN-4: a time promised to the customer, still to come
        if (r.kind != TicketKind::Request && r.kind != TicketKind::Inquiry)
            return fieldError(u"ticket.promised"_s, tr("Only a request or an inquiry is promised a reply time."),
                              u"promised"_s);
        if (*r.promisedReplyMs <= now)
            return fieldError(u"ticket.promised"_s, tr("That time has passed: promise the customer a time to come."),
                              u"promised"_s);
    }
    if (r.callbackFromMs && r.kind != TicketKind::Callback)
        return fieldError(u"ticket.callback_from"_s, tr("Only a callback ticket is due from an event's end."),
                          u"callback_from"_s);

    // R-RP-5: only a retroactive entry carries earlier times, and they must be in order and past.
    if (!r.retroactive && (r.occurredMs || r.dispatchedMs || r.returnedMs || r.takenBy != 0))
        return fieldError(u"ticket.time"_s, tr("Only a retroactive entry may carry earlier times."), u"occurred"_s);
    if (!r.retroactive)
        return {};
    if (!r.occurredMs || *r.occurredMs > now)
        return fieldError(u"ticket.time"_s, tr("A retroactive entry needs the real time it happened, in the past."),
                          u"occurred"_s);
    if (r.dispatchedMs) {
        if (*r.dispatchedMs < *r.occurredMs || *r.dispatchedMs > now)
            return fieldError(u"ticket.time"_s, tr("The dispatch time must lie between the call and now."),
                              u"dispatched"_s);
        if (r.department.trimmed().isEmpty())
            return fieldError(u"ticket.department"_s, tr("Name the department that was sent."), u"department"_s);
        if (Status s = who.require(Permission::WorkTickets); !s)
            return s;
    }
    if (r.takenBy != 0 && !exists(u"SELECT 1 FROM users WHERE id = ?"_s, r.takenBy))
        return fieldError(u"ticket.taken_by"_s, tr("Who took the call is not an account."), u"taken_by"_s);
    if (r.returnedMs) {
        if (!r.dispatchedMs)
            return fieldError(u"ticket.time"_s, tr("Work can only come back after it was dispatched."), u"returned"_s);
        if (*r.returnedMs < *r.dispatchedMs || *r.returnedMs > now)
            return fieldError(u"ticket.time"_s, tr("The return time must lie between the dispatch and now."),
                              u"returned"_s);
    }
    return {};
}

Result<TicketEvent> TicketService::advance(const Session& who, Ticket& t, const Step& step) const
{
    auto target = TicketStateMachine::allowed(t.kind, t.status, step.action);
    if (!target)
        return target.error();
    const TicketStatus from = t.status;
    t.status = target.value();
    TicketClocks::moved(t, from, step.action, step.atMs);
    TicketEvent e;
    e.ticketId = t.id;
    e.atMs = step.atMs;
    e.recordedMs = m_clock.nowMs();
    e.actorId = who.user.id;
    e.kind = TicketTerms::eventKey(step.action);
    e.fromStatus = from;
    e.toStatus = t.status;
    e.note = step.note.trimmed();
    e.data = step.data;
    return e;
}

Status TicketService::audit(const Session& who, const Ticket& before, const Ticket& after, const QString& action)
{
    auto r = m_audit.append(who, u"ticket"_s, after.id, action, before.id == 0 ? QJsonObject() : describe(before),
                            describe(after));
    if (!r)
        return r.error();
    return {};
}

Result<Ticket> TicketService::open(const Session& who, const NewTicket& r)
{
    if (Status s = who.require(Permission::TakeIn); !s) // R-IN-1
        return s.error();
    const qint64 now = m_clock.nowMs();
    if (Status s = validate(who, r, now); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();

    Ticket t;
    t.kind = r.kind;
    t.channel = r.channel;
    t.callerPhone = r.callerPhone.trimmed().isEmpty() ? QString() : PhoneNumber::normalize(r.callerPhone);
    t.unitId = r.unitId;
    t.residentId = r.residentId;
    t.personName = r.personName.trimmed();
    t.description = r.description.trimmed();
    t.category = r.category.trimmed();
    t.severity = r.severity;
    t.secondDispatchOf = r.secondDispatchOf;
    t.sameEventAs = r.sameEventAs;
    t.retroactive = r.retroactive;
    t.urgent = r.urgent;
    t.occurredMs = r.retroactive ? *r.occurredMs : now;
    t.createdMs = now;
    // R-RP-5: a 补单 is the ticket of whoever took the call; the session only enters it.
    const qint64 taker = r.retroactive && r.takenBy != 0 ? r.takenBy : who.user.id;
    t.createdBy = taker;
    t.rules = m_rules.snapshot();
    t.status = TicketStatus::New;
    auto number = m_store.allocateNumber(t.kind, t.occurredMs);
    if (!number)
        return number.error();
    t.number = number.value();
    TicketClocks::opened(t);
    if (r.promisedReplyMs)
        TicketClocks::promise(t, *r.promisedReplyMs); // R-IN-4
    if (r.callbackFromMs)
        TicketClocks::callbackAfter(t, *r.callbackFromMs); // R-CB-1

    TicketEvent opened;
    opened.atMs = t.occurredMs;
    opened.recordedMs = now;
    opened.actorId = taker;
    opened.kind = TicketTerms::eventKey(TicketAction::Open);
    opened.toStatus = t.status;
    opened.note = r.note.trimmed();
    opened.data = {{u"retroactive"_s, r.retroactive}, {u"channel"_s, TicketTerms::key(r.channel)}};
    if (r.promisedReplyMs)
        opened.data.insert(u"promised_ms"_s, *r.promisedReplyMs);
    if (taker != who.user.id)
        opened.data.insert(u"entered_by"_s, who.user.id);
    QList<TicketEvent> events{opened};
    if (r.dispatchedMs) { // the control room sent someone directly (R-RP-5)
        t.department = Departments::keyFor(r.department);
        QJsonObject data{{u"department"_s, t.department}, {u"direct"_s, true}};
        if (!r.technician.trimmed().isEmpty())
            data.insert(u"technician"_s, r.technician.trimmed());
        auto e = advance(who, t, {TicketAction::Dispatch, *r.dispatchedMs, {}, data});
        if (!e)
            return e.error();
        e.value().actorId = taker;
        events << e.value();
    }
    if (r.returnedMs) { // R-RP-3: the result and who did it, as the return step
        auto e =
            advance(who, t, {TicketAction::Return, *r.returnedMs, r.result, {{u"done_by"_s, r.technician.trimmed()}}});
        if (!e)
            return e.error();
        e.value().actorId = taker;
        events << e.value();
    }
    auto id = m_store.insert(t);
    if (!id)
        return id.error();
    t.id = id.value();
    for (TicketEvent& e : events) {
        e.ticketId = t.id;
        if (auto r = m_store.appendEvent(e); !r)
            return r.error();
    }
    if (Status s = audit(who, Ticket{}, t, TicketTerms::eventKey(TicketAction::Open)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return t;
}

Status TicketService::judgedFirst(const Ticket& t, TicketAction action) const
{
    // R-CP-2: a complaint is answered, called back or closed only after the supervisor has judged it
    // (an invalid one is cancelled by the judgement, a valid one carries its grade).
    if (t.kind != TicketKind::Complaint || t.severity != Severity::None)
        return {};
    switch (action) {
    case TicketAction::Reply:
    case TicketAction::CallBackSatisfied:
    case TicketAction::CallBackUnsatisfied:
    case TicketAction::Close:
        return Error{u"complaint.unjudged"_s,
                     tr("A supervisor judges this complaint first (valid or invalid, and its grade); until then it "
                        "is not replied to, called back or closed.")};
    default:
        return {};
    }
}

Result<Ticket> TicketService::change(const Session& who, const Ticket& seen, const Step& step,
                                     const std::function<Status(Ticket&)>& edit)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto current = m_store.load(seen.id);
    if (!current)
        return current.error();
    if (current.value().version != seen.version) // issue 16: saved on another desk since it was read
        return LastChange::stale(m_db, u"ticket"_s, seen.id, u"ticket.stale"_s);
    if (Status s = judgedFirst(current.value(), step.action); !s)
        return s.error();
    Ticket next = current.value();
    if (edit)
        if (Status s = edit(next); !s)
            return s.error();
    auto event = advance(who, next, step);
    if (!event)
        return event.error();
    auto version = m_store.update(next, current.value().version);
    if (!version)
        return version.error();
    next.version = version.value();
    if (auto r = m_store.appendEvent(event.value()); !r)
        return r.error();
    if (Status s = audit(who, current.value(), next, event.value().kind); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return next;
}

} // namespace fd
