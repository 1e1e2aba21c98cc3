// ComplaintService, part one: the decision, extensions, same-event links, the reply and the note.
// Part two (ComplaintReads.cpp) holds the reads.
#include "modules/complaints/ComplaintService.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/LastChange.h"
#include "engine/Session.h"
#include "engine/tickets/TicketClocks.h"
#include "engine/tickets/TicketService.h"
#include "engine/tickets/TicketStore.h"
#include "modules/complaints/ComplaintCriteria.h"
#include "modules/registry/RegistryService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString text(const QString& s)
{
    return s.isNull() ? u""_s : s;
}

QVariant instant(const std::optional<qint64>& ms)
{
    return ms ? QVariant(*ms) : QVariant(QMetaType(QMetaType::LongLong));
}

QString criteriaJson(const QList<ComplaintCriterion>& criteria)
{
    QJsonArray a;
    for (ComplaintCriterion c : criteria)
        a.append(ComplaintCriteria::key(c));
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// The rule itself acting (R-CP-3's automatic upgrade): the program, with the right to grade.
Session ruleSession()
{
    Session s = Session::system();
    s.user.role = Role::Manager;
    return s;
}

} // namespace

ComplaintService::ComplaintService(Database& db, const Clock& clock, AuditLog& audit, TicketService& tickets,
                                   RegistryService& registry)
    : m_db(db), m_clock(clock), m_audit(audit), m_tickets(tickets), m_registry(registry)
{}

Result<Ticket> ComplaintService::loadComplaint(const Ticket& seen) const
{
    auto current = m_tickets.find(seen.id);
    if (!current)
        return current.error();
    if (current.value().kind != TicketKind::Complaint)
        return Error{u"complaint.kind"_s, tr("This ticket is not a complaint.")};
    return current.value();
}

Status ComplaintService::recordDecision(const Session& who, qint64 ticketId, const ComplaintDecision& d)
{
    const qint64 now = m_clock.nowMs();
    const QString severity = d.valid ? TicketTerms::key(d.severity) : u""_s;
    auto id = m_db.insert(u"INSERT INTO complaint_decisions (ticket_id, valid, severity, criteria_json, reason, "
                          "decided_ms, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {ticketId, d.valid, text(severity), criteriaJson(d.criteria), text(d.reason.trimmed()), now,
                           who.user.id > 0 ? QVariant(who.user.id) : QVariant(QMetaType(QMetaType::LongLong))});
    if (!id)
        return id.error();
    QJsonArray criteria;
    for (ComplaintCriterion c : d.criteria)
        criteria.append(ComplaintCriteria::key(c));
    auto audited = m_audit.append(who, u"complaint_decision"_s, id.value(), u"decide"_s, {},
                                  {{u"ticket_id"_s, ticketId},
                                   {u"valid"_s, d.valid},
                                   {u"severity"_s, severity},
                                   {u"criteria"_s, criteria},
                                   {u"reason"_s, d.reason.trimmed()}});
    if (!audited)
        return audited.error();
    return {};
}

Result<Ticket> ComplaintService::decide(const Session& who, const Ticket& seen, const ComplaintDecision& d)
{
    if (Status s = who.require(Permission::JudgeComplaints); !s) // R-CP-2
        return s.error();
    auto current = loadComplaint(seen);
    if (!current)
        return current.error();
    const QString reason = d.reason.trimmed();
    if (!d.valid && reason.isEmpty()) // R-CP-2: the explanation given is recorded
        return Error{u"complaint.reason"_s, tr("Write the explanation given to the customer."), u"reason"_s};
    if (d.valid && d.severity == Severity::None)
        return Error{u"complaint.severity"_s, tr("Choose minor, important or major."), u"severity"_s};
    const Severity floor = ComplaintCriteria::floor(d.criteria);
    if (d.valid && ComplaintCriteria::rank(d.severity) < ComplaintCriteria::rank(floor)) // R-CP-3
        return Error{u"complaint.severity"_s,
                     tr("The ticked criteria make this complaint %1 at least.").arg(TicketTerms::displayName(floor)),
                     u"severity"_s};

    Transaction tx(m_db);
    Result<Ticket> moved = d.valid ? m_tickets.grade(who, seen, d.severity, reason)
                                   : m_tickets.cancel(who, seen, tr("Invalid complaint: %1").arg(reason));
    if (!moved)
        return moved.error();
    if (Status s = recordDecision(who, seen.id, d); !s)
        return s.error();
    if (d.valid) { // a complaint graded into a group already at the count stays major (R-CP-3)
        auto root = eventRoot(seen.id);
        if (!root)
            return root.error();
        auto size = eventGroupSize(root.value());
        if (!size)
            return size.error();
        if (Status s = upgradeGroup(root.value(), size.value()); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return m_tickets.find(seen.id);
}

Result<Ticket> ComplaintService::extend(const Session& who, const Ticket& seen, qint64 newLimitMs,
                                        const QString& reason)
{
    auto current = loadComplaint(seen);
    if (!current)
        return current.error();
    const Ticket& t = current.value();
    if (t.status == TicketStatus::Closed || t.status == TicketStatus::Cancelled)
        return Error{u"complaint.status"_s, tr("This complaint is finished; its limit no longer runs.")};
    if (t.severity == Severity::None)
        return Error{u"complaint.severity"_s, tr("Grade the complaint before extending its limit.")};
    // R-CP-5: longer than half a day needs a supervisor; an important (or major) one a manager.
    if (Status s = who.require(t.severity == Severity::Minor ? Permission::ApproveExtensions
                                                             : Permission::ApproveManagerExtensions);
        !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Error{u"complaint.reason"_s, tr("Say why the limit is extended."), u"reason"_s};
    const qint64 now = m_clock.nowMs();
    if (newLimitMs <= now || (t.resolveByMs && newLimitMs <= *t.resolveByMs))
        return Error{u"complaint.limit"_s, tr("The new limit must be later than the current one."), u"limit"_s};

    const QString stamp = DateTimeText::dateTime(newLimitMs);
    Transaction tx(m_db);
    auto commented = m_tickets.comment(who, seen, tr("Limit extended to %1: %2").arg(stamp, reason.trimmed()));
    if (!commented)
        return commented.error();
    Ticket next = commented.value();
    next.resolveByMs = newLimitMs;
    TicketStore store(m_db);
    auto version = store.update(next, commented.value().version);
    if (!version)
        return version.error();
    auto id = m_db.insert(
        u"INSERT INTO complaint_extensions (ticket_id, old_limit_ms, new_limit_ms, reason, "
        "approved_by, approver_role, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {t.id, instant(t.resolveByMs), newLimitMs, reason.trimmed(), who.user.id, Roles::key(who.user.role), now});
    if (!id)
        return id.error();
    auto audited = m_audit.append(who, u"complaint_extension"_s, id.value(), u"extend"_s,
                                  {{u"resolve_by_ms"_s, t.resolveByMs ? QJsonValue(*t.resolveByMs) : QJsonValue()}},
                                  {{u"ticket_id"_s, t.id},
                                   {u"resolve_by_ms"_s, newLimitMs},
                                   {u"reason"_s, reason.trimmed()},
                                   {u"approved_by"_s, who.user.login}});
    if (!audited)
        return audited.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return m_tickets.find(seen.id);
}

Result<Ticket> ComplaintService::linkSameEvent(const Session& who, const Ticket& seen, qint64 otherTicketId)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    auto current = loadComplaint(seen);
    if (!current)
        return current.error();
    auto linked = linkSameEvent(who, QList<qint64>{seen.id, otherTicketId});
    if (!linked)
        return linked.error();
    return m_tickets.find(seen.id);
}

Result<qint64> ComplaintService::linkSameEvent(const Session& who, const QList<qint64>& ticketIds)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    QList<qint64> ids;
    for (qint64 id : ticketIds)
        if (id != 0 && !ids.contains(id))
            ids << id;
    if (ids.size() < 2)
        return Error{u"complaint.link"_s, tr("Choose another complaint about the same event."), u"event"_s};

    // Each complaint with the group it is in (its root, or itself when it stands alone).
    struct Member
    {
        Ticket ticket;
        qint64 root = 0;
        bool grouped = false;
    };
    QList<Member> members;
    for (qint64 id : ids) {
        auto t = m_tickets.find(id);
        if (!t || t.value().kind != TicketKind::Complaint)
            return Error{u"complaint.link"_s, tr("Choose another complaint about the same event."), u"event"_s};
        auto root = eventRoot(id);
        if (!root)
            return root.error();
        auto size = eventGroupSize(root.value());
        if (!size)
            return size.error();
        members << Member{t.value(), root.value(), root.value() != id || size.value() > 1};
    }
    // R-CP-3: a complaint is about one event. Two different groups are not merged behind the desk's back.
    const Member* group = nullptr;
    for (const Member& m : std::as_const(members)) {
        if (!m.grouped)
            continue;
        if (group && m.root != group->root) {
            auto theirs = m_tickets.find(m.root);
            auto ours = m_tickets.find(group->root);
            if (!theirs || !ours)
                return !theirs ? theirs.error() : ours.error();
            return Error{u"complaint.link"_s,
                         tr("%1 is already linked to the event of %2, and %3 to another event, that of %4: a "
                            "complaint is about one event only, so nothing was linked.")
                             .arg(group->ticket.number, ours.value().number, m.ticket.number, theirs.value().number),
                         u"event"_s};
        }
        group = group ? group : &m;
    }
    qint64 rootId = 0;
    if (group) {
        rootId = group->root;
    } else { // the earliest complaint is the event's first
        const Member* first = &members.first();
        for (const Member& m : std::as_const(members))
            if (m.ticket.occurredMs < first->ticket.occurredMs ||
                (m.ticket.occurredMs == first->ticket.occurredMs && m.ticket.id < first->ticket.id))
                first = &m;
        rootId = first->ticket.id;
    }
    QList<const Member*> joining;
    for (const Member& m : std::as_const(members))
        if (m.ticket.id != rootId && m.root != rootId)
            joining << &m;
    if (joining.isEmpty())
        return Error{u"complaint.link"_s, tr("These complaints are already about the same event."), u"event"_s};

    Transaction tx(m_db);
    auto rootTicket = m_tickets.find(rootId);
    if (!rootTicket)
        return rootTicket.error();
    QJsonArray linkedIds;
    QJsonArray linkedNumbers;
    const qint64 now = m_clock.nowMs();
    for (const Member* m : std::as_const(joining)) {
        auto commented = m_tickets.comment(who, m->ticket, tr("Same event as %1").arg(rootTicket.value().number));
        if (!commented)
            return commented.error();
        auto id = m_db.insert(
            u"INSERT INTO complaint_links (ticket_id, root_id, at_ms, linked_by) VALUES (?, ?, ?, ?) RETURNING id"_s,
            {m->ticket.id, rootId, now, who.user.id});
        if (!id)
            return id.error();
        linkedIds.append(m->ticket.id);
        linkedNumbers.append(m->ticket.number);
    }
    auto size = eventGroupSize(rootId);
    if (!size)
        return size.error();
    // One action, one audit event: the group, who joined it and how large it now is.
    auto audited = m_audit.append(who, u"complaint_group"_s, rootId, u"link"_s, {},
                                  {{u"root_id"_s, rootId},
                                   {u"root_number"_s, rootTicket.value().number},
                                   {u"ticket_ids"_s, linkedIds},
                                   {u"numbers"_s, linkedNumbers},
                                   {u"group_size"_s, size.value()}});
    if (!audited)
        return audited.error();
    if (Status s = upgradeGroup(rootId, size.value()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return rootId;
}

// R-CP-3: five or more customers about the same event make every open complaint of it major.
Status ComplaintService::upgradeGroup(qint64 rootId, int groupSize)
{
    auto root = m_tickets.find(rootId);
    if (!root)
        return root.error();
    if (groupSize < root.value().rules.complaintUpgradeCount)
        return {};
    auto ids = m_db.exec(u"SELECT id FROM tickets WHERE kind = 'complaint' AND status NOT IN ('closed', 'cancelled') "
                         "AND severity <> 'major' AND (id = ? OR same_event_as = ? OR id IN "
                         "(SELECT ticket_id FROM complaint_links WHERE root_id = ?)) ORDER BY id"_s,
                         {rootId, rootId, rootId});
    if (!ids)
        return ids.error();
    QList<qint64> open;
    while (ids.value().next())
        open << ids.value().value(0).toLongLong();
    ids.value().finish();
    const QString note = tr("%n complaints about the same event", nullptr, groupSize);
    for (qint64 id : open) {
        auto t = m_tickets.find(id);
        if (!t)
            return t.error();
        auto graded = m_tickets.grade(ruleSession(), t.value(), Severity::Major, note);
        if (!graded)
            return graded.error();
    }
    return {};
}

Result<Ticket> ComplaintService::forward(const Session& who, const Ticket& seen, const QString& department)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    auto current = loadComplaint(seen);
    if (!current)
        return current.error();
    if (department.trimmed().isEmpty())
        return Error{u"complaint.department"_s, tr("Choose the department the complaint goes to."), u"department"_s};
    return m_tickets.dispatch(who, seen, department.trimmed()); // R-CP-6, R-CP-7
}

Result<Ticket> ComplaintService::recordResult(const Session& who, const Ticket& seen, const QString& result,
                                              const QString& doneBy)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    auto current = loadComplaint(seen);
    if (!current)
        return current.error();
    if (result.trimmed().isEmpty())
        return Error{u"complaint.result"_s, tr("Write down what the department did."), u"result"_s};
    return m_tickets.returned(who, seen, result.trimmed(), doneBy.trimmed()); // R-CP-6
}

Result<Ticket> ComplaintService::reply(const Session& who, const Ticket& seen, const QString& answer)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    auto current = loadComplaint(seen);
    if (!current)
        return current.error();
    if (answer.trimmed().isEmpty())
        return Error{u"complaint.answer"_s, tr("Write what the customer was told."), u"answer"_s};
    return m_tickets.reply(who, seen, answer.trimmed()); // R-CP-6: the engine records the time
}

Status ComplaintService::addCustomerNote(const Session& who, const Ticket& complaint, const QString& note)
{
    if (Status s = who.require(Permission::WorkTickets); !s) // R-CP-10, then the registry's EditRegistry
        return s;
    auto current = loadComplaint(complaint);
    if (!current)
        return current.error();
    const Ticket& t = current.value();
    if (note.trimmed().isEmpty())
        return Error{u"complaint.note"_s, tr("Write the note the next clerk should see."), u"note"_s};
    const bool onResident = t.residentId != 0;
    if (!onResident && t.unitId == 0)
        return Error{u"complaint.note"_s, tr("This complaint names no unit or resident to carry the note."), u"note"_s};
    const QString day = DateTimeText::date(m_clock.nowMs());
    const QString line = tr("%1 complaint %2: %3").arg(day, t.number, note.trimmed());
    Status s;
    // A line added after the notes as they are: another desk saving them in between (issue 16) only
    // means reading them again and adding it after theirs.
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto before = m_db.scalar(onResident ? u"SELECT notes FROM residents WHERE id = ?"_s
                                             : u"SELECT notes FROM units WHERE id = ?"_s,
                                  {onResident ? t.residentId : t.unitId});
        if (!before)
            return before.error();
        const QString old = before.value().toString();
        const QString notes = old.trimmed().isEmpty() ? line : old.trimmed() + u'\n' + line;
        // R-CP-10: the registry's note, which the intake page shows beside the form.
        s = onResident ? m_registry.setResidentNotes(who, t.residentId, notes, old)
                       : m_registry.setUnitNotes(who, t.unitId, notes, old);
        if (s || !LastChange::isStale(s.error()))
            break;
    }
    if (!s && s.error().field == u"notes"_s)
        return Error{s.error().code, s.error().message, u"note"_s};
    return s;
}

} // namespace fd
