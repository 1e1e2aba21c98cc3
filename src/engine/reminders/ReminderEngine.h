#pragma once

#include "core/Result.h"
#include "engine/ChangeFeed.h"
#include "engine/Session.h"
#include "engine/reminders/Reminder.h"
#include "engine/reminders/ReminderLeader.h"
#include "engine/reminders/ReminderService.h"

#include <QHash>
#include <QList>
#include <QMultiMap>
#include <QSet>

#include <optional>

namespace fd {

class AuditLog;
class Clock;
class Database;
class SiteRules;

// One line of the reminders panel: a ticket's clock (every missed follow-up slot of a repair is one
// line saying since when), a report, or a log record's watch. `reminder` is the earliest of the
// line, at the highest rung any of them reached; `dues` the distinct instants it merges.
struct ReminderLine
{
    Reminder reminder;
    QList<qint64> dues;
};

// The reminders kept current below the window, in proportion to what changed (issue 12).
//
// ReminderService derives reminders from the tickets by reading them all; this keeps its result
// (every pending reminder) in memory and brings it up to date by running the service's pass only
// for the tickets that need it:
// - those named by the audit log's events since the last call: every committed change of every
//   desk is an audited event, so a change made elsewhere is found as surely as one made here;
// - those whose next instant came: each open ticket's nearest clock, follow-up slot, judge or
//   upgrade instant, or escalation of one of its reminders, kept in a time-ordered schedule;
// - the watches, when one of them came due or a record of the logs changed.
// The first call (and a clock set back, or a site rule changed) rebuilds everything, in slices of
// at most `budgetMs` so no step holds the desk's event loop; until then settled() is false.
// A wake with nothing new reads one short range of the audit log and nothing else.
//
// Several desks on one server (issue 16): one of them raises for the site (ReminderLeader) and tells
// the others on the change feed which reminders it raised (kind "reminder", action "raised"); the
// others pass over the same tickets reading only, and pass again over those the feed names. A desk
// that comes to raise (the one that did closed) begins with a rebuild, raising what came due while
// nobody did.
class ReminderEngine
{
public:
    ReminderEngine(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules);

    [[nodiscard]] ReminderService& service() { return m_service; }
    [[nodiscard]] const ReminderService& service() const { return m_service; }

    // Brings the reminders up to asOf; with budgetMs > 0 it stops after about that long and the
    // rest waits for the next call (settled() false). Gives whether anything it keeps changed.
    Result<bool> advance(qint64 asOfMs, qint64 budgetMs = 0);
    [[nodiscard]] bool settled() const { return m_started && m_backlog.isEmpty() && !m_watchesDirty; }
    // A build (or a backlog of changes) that an earlier call began and left to the next ones.
    [[nodiscard]] bool building() const { return m_started && !settled(); }
    // The last noticesDue stopped at its slice (100 notices) and more are due to be told now.
    [[nodiscard]] bool hasMoreToTell() const { return m_moreToTell; }
    // Forget everything: the next advance rebuilds (after a restore, or in tests).
    void reset();

    // The feed the reminders this desk raises are announced on to the other desks (PostgreSQL).
    void setFeed(ChangeFeed* feed) { m_feed = feed; }
    // What the feed brought from another desk: the reminders it raised are read at the next advance;
    // a full refresh (the listener reconnected, raises may have been missed) rebuilds.
    void heard(const QList<Change>& changes);
    // Whether the last advance raised for the site (this desk holds ReminderLeader).
    [[nodiscard]] bool raisesForSite() const { return m_raising; }
    // Gives raising up for another desk (nobody is signed in here: the scheduler stopped).
    void resign();
    // The reminders the last advance raised here (none on a desk that only reads).
    [[nodiscard]] qsizetype lastRaised() const { return m_lastRaised; }

    // Every pending reminder as of the last advance, earliest due first.
    [[nodiscard]] const QList<Reminder>& pending() const;
    // Of pending(): this person's inbox at asOf (ReminderService::active without reading anything
    // but who is on duty).
    [[nodiscard]] Result<QList<Reminder>> active(qint64 asOfMs, const Session& who) const;
    // The panel's lines for this person: one per ticket and clock, a report or a watch each.
    [[nodiscard]] Result<QList<ReminderLine>> lines(qint64 asOfMs, const Session& who) const;
    // Whom to tell now (ReminderService::noticesDue from what is kept): newly in the inbox or due a
    // repeat. When they were last told is read once per person and kept.
    Result<QList<Reminder>> noticesDue(qint64 asOfMs, const Session& who);
    // Whether noticesDue already knows when this person was last told of each reminder, and reading
    // it ahead (a wake of its own while the engine is built: 26 ms for 28,000 reminders told).
    [[nodiscard]] bool knowsNoticesOf(const Session& who) const;
    Status readNoticesOf(const Session& who);
    // The nearest instant after the last advance at which something comes due or escalates, or
    // (for `who`) a repeat is due; empty when nothing runs.
    [[nodiscard]] std::optional<qint64> nextDueMs(const Session* who = nullptr) const;
    // Grows by one every time the kept reminders change: a caller redraws only then.
    [[nodiscard]] quint64 version() const { return m_version; }
    // How many tickets the last advance passed over (the proportion a test checks).
    [[nodiscard]] qsizetype lastTicketsPassed() const { return m_lastPassed; }

private:
    struct Instants
    {
        std::optional<qint64> next;    // the ticket's nearest instant after asOf
        std::optional<qint64> upgrade; // R-CP-3's week end, when the ticket is a candidate
    };

    Status beginRebuild(qint64 asOfMs);
    Result<qint64> auditHead() const;
    Status readChanges();
    void takeDueByTime(qint64 asOfMs);
    Status passTickets(qint64 asOfMs, const QList<qint64>& ids);
    Status passWatches(qint64 asOfMs);
    Result<QHash<qint64, Instants>> instantsOf(qint64 asOfMs, const QList<qint64>& ids) const;
    void schedule(qint64 ticketId, std::optional<qint64> at);
    void enqueue(qint64 ticketId);
    [[nodiscard]] Result<ReminderPass> passOver(qint64 asOfMs, const QList<qint64>& ids, bool watches);
    void announce(const QList<Reminder>& raised);

    Database& m_db;
    const Clock& m_clock;
    const SiteRules& m_rules;
    ReminderService m_service;
    ReminderLeader m_leader;
    ChangeFeed* m_feed = nullptr;
    bool m_raising = false;
    bool m_readOnly = false; // a pass since the last rebuild read without raising
    qsizetype m_lastRaised = 0;
    QList<qint64> m_heard; // reminders another desk raised, not read yet

    bool m_started = false;
    qint64 m_lastMs = 0;
    qint64 m_auditMark = 0;
    QList<qint64> m_backlog; // tickets to pass over, in order
    QSet<qint64> m_queued;   // the same, for lookups
    bool m_watchesDirty = true;
    bool m_upgradeDue = false;
    std::optional<qint64> m_watchNextMs;

    QHash<qint64, QList<Reminder>> m_byTicket; // pending ticket reminders
    QList<Reminder> m_watches;                 // pending watch reminders
    QMultiMap<qint64, qint64> m_schedule;      // instant -> ticket
    QHash<qint64, qint64> m_scheduledAt;       // ticket -> its instant in m_schedule
    QHash<qint64, qint64> m_upgradeAt;         // ticket -> R-CP-3 week end

    mutable QList<Reminder> m_sorted;
    mutable bool m_sortedStale = true;    // sort everything again (a rebuild)
    mutable QSet<qint64> m_resort;        // tickets whose reminders changed since m_sorted was sorted
    mutable bool m_resortWatches = false; // the watches' reminders changed since
    quint64 m_version = 0;
    qsizetype m_lastPassed = 0;
    qsizetype m_slice = 3; // tickets per pass, adapted to how long the last one took (set by a rebuild)
    qint64 m_sliceMs = 0;  // how long the last slice took

    bool m_moreToTell = false;
    qint64 m_toldUser = 0;
    QHash<qint64, qint64> m_told; // reminder id -> last told, for m_toldUser
};

} // namespace fd
