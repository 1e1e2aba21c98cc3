#pragma once

#include "core/Result.h"
#include "modules/callbacks/CallbackTypes.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class AuditLog;
class Clock;
class Database;
class RepairService;
class TicketService;
struct Session;
struct Ticket;

// Callbacks (回访, R-CB-1..3) on top of the ticket engine. The engine starts the callback clock when
// work is done (R-CB-1, TicketClocks) and closes or reopens the ticket on the answer
// (TicketService::callBack); the second dispatch is RepairService's (R-RP-4). This service keeps
// the queue, stores every call with its three answers (R-CB-2) and turns an opinion into a new
// ticket (R-CB-3). Every change is one Transaction with an audit event; a refused one writes nothing.
class CallbackService
{
    Q_DECLARE_TR_FUNCTIONS(CallbackService)

public:
    CallbackService(Database& db, const Clock& clock, AuditLog& audit, TicketService& tickets, RepairService& repairs);

    // Tickets owing a callback, the one due first at the top; `offset`/`limit` page them.
    [[nodiscard]] Result<QList<CallbackDue>> queue(int limit, int offset = 0) const;
    [[nodiscard]] Result<qint64> queueCount() const;

    // Records one call on `seen` (its id and version as the caller last read them).
    // Satisfied closes the ticket; unsatisfied reopens it or, for a repair, dispatches it again
    // (the new ticket is in the attempt's followUpTicketId); unreachable changes nothing but the
    // record: the ticket keeps owing its callback and the call counts as not done.
    // Errors name the field: handled, satisfaction, note, department, outcome.
    Result<CallbackAttempt> record(const Session& who, const Ticket& seen, const CallbackRecord& call);

    // The opinion given on `attemptId` becomes a new request or complaint (R-CB-3), for the same
    // unit and caller; once per attempt.
    Result<Ticket> openFromOpinion(const Session& who, qint64 attemptId, TicketKind kind);

    // Every call made about a ticket, oldest first.
    [[nodiscard]] Result<QList<CallbackAttempt>> attempts(qint64 ticketId) const;
    [[nodiscard]] Result<CallbackAttempt> attempt(qint64 attemptId) const;

    [[nodiscard]] static QString outcomeKey(CallbackOutcome outcome);
    [[nodiscard]] static QString outcomeName(CallbackOutcome outcome);

private:
    Status validate(const Ticket& current, const CallbackRecord& call) const;
    Result<qint64> move(const Session& who, const Ticket& seen, const CallbackRecord& call, const QString& said);
    Result<CallbackAttempt> write(const Session& who, qint64 ticketId, const CallbackRecord& call,
                                  qint64 followUpTicketId);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    TicketService& m_tickets;
    RepairService& m_repairs;
};

} // namespace fd
