// ComplaintService, part one: the decision, extensions, same-event links, the reply and the note.
// Part two (ComplaintReads.cpp) holds the reads.
#include "modules/complaints/ComplaintService.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
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
    auto other = m_tickets.find(otherTicketId);
    if (!other || other.value().kind != TicketKind::Complaint)
        return Error{u"complaint.link"_s, tr("Choose another complaint about the same event."), u"event"_s};
    auto root = eventRoot(otherTicketId);
    if (!root)
        return root.error();
    auto mine = eventRoot(seen.id);
    if (!mine)
        return mine.error();
    if (root.value() == mine.value())
        return Error{u"complaint.link"_s, tr("These complaints are already about the same event."), u"event"_s};
    if (mine.value() != seen.id)
        return Error{u"complaint.link"_s, tr("This complaint is already linked to another event."), u"event"_s};
    auto members = eventGroupSize(seen.id);
    if (!members)
        return members.error();
    if (members.value() > 1)
        return Error{u"complaint.link"_s,
                     tr("Other complaints are linked to this one: link the other complaint to it instead."),
                     u"event"_s};

    Transaction tx(m_db);
    auto rootTicket = m_tickets.find(root.value());
    if (!rootTicket)
        return rootTicket.error();
    auto commented = m_tickets.comment(who, seen, tr("Same event as %1").arg(rootTicket.value().number));
    if (!commented)
        return commented.error();
    auto id = m_db.insert(
        u"INSERT INTO complaint_links (ticket_id, root_id, at_ms, linked_by) VALUES (?, ?, ?, ?) RETURNING id"_s,
        {seen.id, root.value(), m_clock.nowMs(), who.user.id});
    if (!id)
        return id.error();
    auto audited = m_audit.append(who, u"complaint_link"_s, id.value(), u"link"_s, {},
                                  {{u"ticket_id"_s, seen.id}, {u"root_id"_s, root.value()}});
    if (!audited)
        return audited.error();
    auto size = eventGroupSize(root.value());
    if (!size)
        return size.error();
    if (Status s = upgradeGroup(root.value(), size.value()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return m_tickets.find(seen.id);
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
    auto before = m_db.scalar(onResident ? u"SELECT notes FROM residents WHERE id = ?"_s
                                         : u"SELECT notes FROM units WHERE id = ?"_s,
                              {onResident ? t.residentId : t.unitId});
    if (!before)
        return before.error();
    const QString old = before.value().toString();
    const QString day = DateTimeText::date(m_clock.nowMs());
    const QString line = tr("%1 complaint %2: %3").arg(day, t.number, note.trimmed());
    const QString notes = old.trimmed().isEmpty() ? line : old.trimmed() + u'\n' + line;
    // R-CP-10: the registry's note, which the intake page shows beside the form.
    Status s = onResident ? m_registry.setResidentNotes(who, t.residentId, notes, old)
                          : m_registry.setUnitNotes(who, t.unitId, notes, old);
    if (!s && s.error().field == u"notes"_s)
        return Error{s.error().code, s.error().message, u"note"_s};
    return s;
}

} // namespace fd
