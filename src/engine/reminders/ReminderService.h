#pragma once

#include "core/Result.h"
#include "engine/Role.h"
#include "engine/reminders/Reminder.h"
#include "engine/tickets/TicketService.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace fd {

class AuditLog;
class Clock;
class Database;
class SiteRules;
struct Session;

// Derives what is due from the tickets table and keeps the record of it in `reminders`, so a
// restart, a suspend or a clock jump never loses or repeats a reminder (DESIGN.md "shared engine").
//
// - raiseDue() first runs the rules that act by themselves as time passes: a valid complaint still
//   unresolved after the week becomes major (R-CP-3, TicketService::upgradeStaleComplaints), so it
//   runs wherever the engine runs and before the reminders are derived. Then it raises one reminder
//   per due instant that has come: each running clock of an open, unpaused ticket, and every
//   follow-up slot anchor + k × interval that passed since the last one raised (R-RP-2, R-CP-7) —
//   so a jump over three slots raises three, once each. A gap longer than two hours raises the
//   first missed slot and those of the last two hours only. The ticket's
//   next_follow_up_ms stays the source of truth: recording a follow-up moves it past the raised
//   slots and that is what resolves them. Closed, cancelled and waiting tickets never raise.
// - A reminder is pending while its ticket still shows that due instant (same instant, or for a
//   follow-up, next_follow_up_ms not yet past it); nothing else has to call this service.
// - The escalation ladder (R-IN-2, R-CP-4): due → clerk; overdue by rule.escalate_supervisor_minutes
//   → supervisor; by rule.escalate_manager_minutes, or any reminder of a major or important
//   complaint → manager. A major or important complaint also raises a Report reminder at once.
// - noticesDue() says whom to tell (desktop notification, sound): every person once when a
//   reminder reaches their inbox, then every rule.reminder_repeat_minutes until it is acted on.
//   It is kept per person in reminder_notices, so several desks each hear it and a restart does not.
// - Watches (engine/watches: a visitor still inside, a stored item past pickup …) raise a Watch
//   reminder when they come due, pending until their record re-arms or closes the watch. They are
//   the desk's own work and stay with the clerk on duty: they never climb the ladder.
// What one pass of the engine did over the tickets it covered: the reminders it raised and the
// ones pending for those tickets (and the watches, when it covered them) afterwards.
struct ReminderPass
{
    QList<Reminder> raised;
    QList<Reminder> pending;
};

class ReminderService
{
    Q_DECLARE_TR_FUNCTIONS(ReminderService)

public:
    ReminderService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules);

    // Raises what came due at or before asOf and is not raised yet; stamps the acted-on ones as
    // resolved and records how far up the ladder the others went. Gives the newly raised ones.
    // Runs the week's complaint upgrade first (R-CP-3).
    Result<QList<Reminder>> raiseDue(qint64 asOfMs);
    // The pending reminders in this person's inbox, earliest due first, levels as of asOf. The desk's
    // share goes to whoever is on duty at the desk (onDuty); the rungs above go by role.
    [[nodiscard]] Result<QList<Reminder>> active(qint64 asOfMs, const Session& who) const;
    // Of active(): those this person was never told about, or not for the repeat minutes. Records
    // that they are told now (first call wins: a second call at the same instant gives nothing).
    Result<QList<Reminder>> noticesDue(qint64 asOfMs, const Session& who);
    // A supervisor or manager confirms a Report reminder (R-CP-4). Clock reminders are only
    // resolved by acting on the ticket.
    Status acknowledge(const Session& who, qint64 reminderId);
    // The nearest instant after asOf at which something comes due, escalates, or (for `who`) is
    // repeated; empty when nothing runs. The scheduler arms its timer for it.
    [[nodiscard]] Result<std::optional<qint64>> nextDueMs(qint64 asOfMs, const Session* who = nullptr) const;

    [[nodiscard]] ReminderLevel levelOf(const Reminder& reminder, qint64 asOfMs) const;
    // Whether a reminder at this level lands in this role's inbox (the ladder is cumulative upwards:
    // the clerk keeps every reminder until it is acted on).
    [[nodiscard]] static bool reaches(Role role, const Reminder& reminder);
    // Whether the desk's reminders are this person's at asOf (issue 3: "due → the clerk on duty"):
    // those holding a desk post; when no desk post is held, those on the control room's shift; when
    // nobody holds a post, every clerk and control-room operator. A shift holds its post only while
    // its person is signed in (DeskPresence) and it is not past its end (R-SH-1). Other roles: always.
    [[nodiscard]] Result<bool> onDuty(const Session& who, qint64 asOfMs) const;
    // Every unresolved reminder at asOf, whoever holds it: what somebody at the desk must be shown.
    [[nodiscard]] Result<QList<Reminder>> pending(qint64 asOfMs) const;

    // raiseDue's work for these tickets only, and the watches when asked, in one transaction: stamp
    // what was acted on, raise what came due, record the rungs reached. The incremental engine
    // (ReminderEngine) runs it for the tickets that changed or whose next instant came; the week's
    // complaint upgrade is not part of it (upgradeStale). Gives what it raised and what is pending
    // for those tickets (and the watches) at asOf.
    Result<ReminderPass> raiseFor(qint64 asOfMs, const QList<qint64>& ticketIds, bool watches);
    // raiseFor's pending part alone, writing nothing: on a desk that does not raise for the site
    // (ReminderLeader, issue 16) the reminders another desk raised, as they stand for these tickets.
    [[nodiscard]] Result<ReminderPass> readFor(qint64 asOfMs, const QList<qint64>& ticketIds, bool watches) const;
    // R-CP-3, as raiseDue runs it first; gives how many complaints became major.
    Result<int> upgradeStale(qint64 asOfMs);
    // noticesDue for a list of this person's active reminders already read (`mine`), with when they
    // were last told of each (`told`, reminder id -> ms, kept by the caller and updated here):
    // records and gives the ones never told or not for the repeat minutes.
    Result<QList<Reminder>> recordNotices(qint64 asOfMs, const Session& who, const QList<Reminder>& mine,
                                          QHash<qint64, qint64>& told);
    // When this person was last told of each pending reminder (reminder id -> ms).
    [[nodiscard]] Result<QHash<qint64, qint64>> lastNotices(qint64 userId) const;

private:
    // `ids` null: every ticket; otherwise those tickets only.
    Result<ReminderPass> pass(qint64 asOfMs, const QList<qint64>* ids, bool watches);
    // What is pending for those tickets (all when null) and the watches, read only.
    [[nodiscard]] Result<ReminderPass> pendingOf(qint64 asOfMs, const QList<qint64>* ids, bool watches) const;
    Status stampResolved(qint64 asOfMs, const QList<qint64>* ids, bool watches);
    Result<QList<qint64>> insertDue(qint64 asOfMs, const QList<qint64>* ids);
    Result<QList<qint64>> insertWatchesDue(qint64 asOfMs);
    [[nodiscard]] Result<QList<Reminder>> pendingTickets(qint64 asOfMs, const QList<qint64>* ids) const;
    [[nodiscard]] Result<QList<Reminder>> pendingWatches() const;
    [[nodiscard]] static ReminderLevel ladder(const Reminder& reminder, qint64 asOfMs, qint64 supervisorMs,
                                              qint64 managerMs);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    const SiteRules& m_rules;
    TicketService m_tickets; // the rules that act by themselves (R-CP-3's upgrade)
};

} // namespace fd
