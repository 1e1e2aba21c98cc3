#pragma once

#include "core/Result.h"
#include "engine/tickets/NewTicket.h"
#include "engine/tickets/Ticket.h"
#include "engine/tickets/TicketDue.h"
#include "engine/tickets/TicketEvent.h"
#include "engine/tickets/TicketStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace fd {

class AuditLog;
class Clock;
class Database;
class SiteRules;
struct Session;

// Opens tickets and moves them through TicketStateMachine, keeping their clocks (TicketClocks).
// Every change is one Transaction holding the ticket row (optimistic: it must still have the
// version the caller saw), a ticket_events row and an audit event; a refused change writes nothing.
// Every entry point asks the role table first (Session::require): opening needs TakeIn, working a
// ticket WorkTickets, the callback CallBack, grading and cancelling a complaint JudgeComplaints.
class TicketService
{
    Q_DECLARE_TR_FUNCTIONS(TicketService)

public:
    TicketService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules);

    Result<Ticket> open(const Session& who, const NewTicket& request);

    // `seen` is the ticket as the caller last read it: its id and version.
    Result<Ticket> dispatch(const Session& who, const Ticket& seen, const QString& department,
                            const QString& note = {});
    Result<Ticket> recordFollowUp(const Session& who, const Ticket& seen, const QString& note = {});
    // action: WaitForCustomer or WaitForParts.
    Result<Ticket> pause(const Session& who, const Ticket& seen, TicketAction action, const QString& note = {});
    Result<Ticket> resume(const Session& who, const Ticket& seen, const QString& note = {});
    // The department brings the order back done (R-RP-3): the result and who did the work.
    Result<Ticket> returned(const Session& who, const Ticket& seen, const QString& result, const QString& doneBy = {});
    Result<Ticket> reply(const Session& who, const Ticket& seen, const QString& answer);
    Result<Ticket> callBack(const Session& who, const Ticket& seen, bool satisfied, const QString& note);
    Result<Ticket> reopen(const Session& who, const Ticket& seen, const QString& reason);
    Result<Ticket> comment(const Session& who, const Ticket& seen, const QString& note);
    Result<Ticket> grade(const Session& who, const Ticket& seen, Severity severity, const QString& note = {});
    Result<Ticket> cancel(const Session& who, const Ticket& seen, const QString& reason);
    Result<Ticket> close(const Session& who, const Ticket& seen, const QString& note = {});

    // R-IN-4: the reply is due by the time promised to the customer (in the future), not within the
    // reply hours; a later change is an event in the history and audited before → after.
    Result<Ticket> promiseReply(const Session& who, const Ticket& seen, qint64 promisedMs, const QString& note = {});
    // R-IN-5: an inquiry the clerk cannot answer goes to the department head: which department, whom.
    Result<Ticket> referToHead(const Session& who, const Ticket& seen, const QString& department,
                               const QString& headName);
    // R-IN-5: the head's answer is given to the customer: recorded as the reply (whose answer, when,
    // what) and the inquiry closed.
    Result<Ticket> replyFromHead(const Session& who, const Ticket& seen, const QString& headName,
                                 const QString& answer);
    // R-IN-5: the head is absent: the clerk keeps the customer's contact (the caller's number when no
    // other is given; refused when there is none) and the inquiry keeps owing its reply (R-IN-4).
    Result<Ticket> headAbsent(const Session& who, const Ticket& seen, const QString& contactName,
                              const QString& contactPhone);

    // R-CP-3: a valid complaint still unresolved when the week is out (rule.complaint.upgrade_days,
    // from the ticket's rules snapshot, counted from when it happened) becomes major by itself, with
    // the limits of a major complaint. Unresolved: graded minor or important and not returned with a
    // result, replied to or finished (one waiting for its callback only is resolved). The grade is
    // stamped at the instant the week ran out (or the later grade or reopening), not at asOf. Run by
    // the reminder engine's pass (ReminderService::raiseDue); gives how many were upgraded. A
    // ticket another desk upgraded first is skipped.
    Result<int> upgradeStaleComplaints(qint64 asOfMs);

    // The caller's number in full, for the person about to call the customer back (R-CB-1). Needs
    // Permission::SeePersonalData; every reveal is an audit event ("phone.reveal": who, which ticket,
    // the number masked, when) written before the number is given. Lists, exports and logs stay masked.
    Result<QString> revealCallerPhone(const Session& who, qint64 ticketId);

    [[nodiscard]] Result<Ticket> find(qint64 id) const;
    [[nodiscard]] Result<QList<TicketEvent>> history(qint64 id) const;
    // Follow-ups due at or before asOf (R-RP-2, R-CP-7).
    [[nodiscard]] Result<QList<TicketDue>> dueFollowUps(qint64 asOfMs) const;
    // Every running clock due at or before asOf.
    // Most overdue first; `limit` > 0 gives only that first page.
    [[nodiscard]] Result<QList<TicketDue>> overdue(qint64 asOfMs, int limit = 0) const;
    // Every running clock due after asOf and no later than asOf + minutes.
    [[nodiscard]] Result<QList<TicketDue>> dueWithin(qint64 asOfMs, int minutes) const;

private:
    struct Step
    {
        TicketAction action;
        qint64 atMs = 0;
        QString note;
        QJsonObject data;
    };
    Status validate(const Session& who, const NewTicket& request, qint64 now) const;
    [[nodiscard]] Status judgedFirst(const Ticket& current, TicketAction action) const;
    // Runs one step of the state machine on `ticket` (in memory) and gives the event to write.
    Result<TicketEvent> advance(const Session& who, Ticket& ticket, const Step& step) const;
    Result<Ticket> change(const Session& who, const Ticket& seen, const Step& step,
                          const std::function<Status(Ticket&)>& edit = {});
    Status audit(const Session& who, const Ticket& before, const Ticket& after, const QString& action);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    const SiteRules& m_rules;
    TicketStore m_store;
};

} // namespace fd
