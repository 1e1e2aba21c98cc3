#pragma once

#include "core/Result.h"
#include "engine/tickets/Departments.h"
#include "engine/tickets/Ticket.h"
#include "modules/complaints/ComplaintTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace fd {

class AuditLog;
class Clock;
class Database;
class RegistryService;
class TicketService;
struct Session;

// Complaints (投诉, R-CP-2..10) after intake: the supervisor's decision and grade with the R-CP-3
// checklist, extensions with the approval R-CP-5 names, same-event links (the fifth makes the group
// major, R-CP-3), the reply to the customer and the customer's note. Ticket moves are
// TicketService's (grade, cancel, reply, comment); the limits are TicketClocks'. This service writes
// its own records in the same Transaction and audits them; a refused step writes nothing.
class ComplaintService
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintService)

public:
    ComplaintService(Database& db, const Clock& clock, AuditLog& audit, TicketService& tickets,
                     RegistryService& registry);

    // R-CP-2/3, Permission::JudgeComplaints. Invalid: a reason (field "reason") and the complaint is
    // closed (cancelled with that reason). Valid: a grade (field "severity") no lower than the ticked
    // criteria call for; the engine then sets the limits by grade (R-CP-5).
    Result<Ticket> decide(const Session& who, const Ticket& seen, const ComplaintDecision& decision);
    // Extends the resolve limit to newLimitMs (R-CP-5): a minor complaint needs a supervisor's (or
    // manager's) approval, an important or major one a manager's. The acting session is the approver.
    // Errors name the field: limit, reason.
    Result<Ticket> extend(const Session& who, const Ticket& seen, qint64 newLimitMs, const QString& reason);
    // Links the complaint to another about the same event (R-CP-3). When the group reaches the
    // site's count (rule.complaint.upgrade_count, 5) every open complaint in it is graded major.
    // Linking from one complaint of the group: the same as linking the two together (below).
    Result<Ticket> linkSameEvent(const Session& who, const Ticket& seen, qint64 otherTicketId);
    // Links the complaints (two or more) to one same-event group in one audited action (R-CP-3).
    // When one of them is already in a group the others join that group (a third, a fourth...);
    // otherwise the earliest is the root. A complaint already in ANOTHER group is refused, named with
    // its group, and nothing is linked. Gives the group's root.
    Result<qint64> linkSameEvent(const Session& who, const QList<qint64>& ticketIds);
    // R-CP-6: forwarded to the department concerned (TicketService::dispatch; the follow-ups of
    // R-CP-7 then run). Field "department".
    Result<Ticket> forward(const Session& who, const Ticket& seen, const QString& department);
    // R-CP-6: the department's result comes back: what was done and by whom (TicketService::returned),
    // which the supervisor is then told of and the customer replied to. Field "result".
    Result<Ticket> recordResult(const Session& who, const Ticket& seen, const QString& result, const QString& doneBy);
    // The reply to the customer, recorded with its time (R-CP-6): TicketService::reply.
    Result<Ticket> reply(const Session& who, const Ticket& seen, const QString& answer);
    // R-CP-10: appends a dated line to the registry's note on the unit (or the resident), which the
    // intake page shows the next clerk. Field "note".
    Status addCustomerNote(const Session& who, const Ticket& complaint, const QString& note);

    // --- Reads.
    [[nodiscard]] Result<QList<ComplaintRow>> complaints(int limit, int offset = 0) const;
    [[nodiscard]] Result<qint64> complaintCount() const;
    [[nodiscard]] Result<std::optional<ComplaintDecisionRecord>> latestDecision(qint64 ticketId) const;
    // The root of the complaint's same-event group (itself when not linked) and the group's size.
    [[nodiscard]] Result<qint64> eventRoot(qint64 ticketId) const;
    [[nodiscard]] Result<int> eventGroupSize(qint64 rootId) const;
    // The complaint with that number, or 0.
    [[nodiscard]] Result<qint64> complaintIdByNumber(const QString& number) const;
    // The departments a complaint can be forwarded to, by position (active ones).
    [[nodiscard]] Result<QList<Department>> departments() const;
    // When the reply was recorded, if it was.
    [[nodiscard]] Result<std::optional<qint64>> repliedMs(qint64 ticketId) const;

private:
    // One part of complaints(): those matching `where` (SQL over tickets t), in `order`.
    [[nodiscard]] Result<QList<ComplaintRow>> complaintsWhere(const QString& where, const QString& order, int limit,
                                                              int offset) const;
    Result<Ticket> loadComplaint(const Ticket& seen) const;
    Status recordDecision(const Session& who, qint64 ticketId, const ComplaintDecision& d);
    Status upgradeGroup(qint64 rootId, int groupSize);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    TicketService& m_tickets;
    RegistryService& m_registry;
};

} // namespace fd
