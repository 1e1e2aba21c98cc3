// ReminderService, part one: raising, notices and acknowledgement. Part two (ReminderQueries.cpp)
// holds the reads: pending reminders, levels, inboxes and the next due instant.
#include "engine/reminders/ReminderService.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/LastChange.h"
#include "engine/Session.h"
#include "engine/reminders/ReminderSql.h"
#include "engine/reminders/ReminderTerms.h"
#include "engine/tickets/SiteRules.h"
#include "engine/tickets/TicketClocks.h"
#include "engine/tickets/TicketStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// After a long gap (the program closed over a weekend, a ticket nobody followed up for days) one
// pass raises the first missed follow-up slot, which says since when and drives the escalation,
// and the slots of the site's catch-up window (rule.reminder_catch_up_minutes, two hours by default)
// as whole intervals, at least one; the hundreds in between would only bury them (and grew the table
// by a row per slot per ticket: 290,000 rows at the first start of the benchmark's site). While the
// program runs, every slot is raised as it comes.
qint64 catchUpSlots(qint64 windowMs, qint64 intervalMs)
{
    return intervalMs > 0 ? qMax<qint64>(1, windowMs / intervalMs) : 1;
}

} // namespace

ReminderService::ReminderService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules)
    : m_db(db), m_clock(clock), m_audit(audit), m_rules(rules), m_tickets(db, clock, audit, rules)
{}

Status ReminderService::stampResolved(qint64 asOfMs, const QList<qint64>* ids, bool watches)
{
    // Acted on (or the ticket closed or cancelled): stamp it, so the record says when it ended.
    auto q = m_db.exec(u"UPDATE reminders SET resolved_ms = ? WHERE resolved_ms IS NULL AND ticket_id IS NOT NULL"_s +
                           ReminderSql::within(u"ticket_id"_s, ids) +
                           u" AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.id = reminders.ticket_id "
                           "AND t.status NOT IN ('closed', 'cancelled') AND "_s +
                           ReminderSql::pendingPredicate(u"reminders"_s, u"t"_s) + u")"_s,
                       {asOfMs});
    if (!q)
        return q.error();
    if (!watches)
        return {};
    // A watch's reminder ends when its record re-armed the watch at another instant or closed it.
    auto w = m_db.exec(u"UPDATE reminders SET resolved_ms = ? WHERE resolved_ms IS NULL AND watch_id IS NOT NULL "
                       "AND NOT EXISTS (SELECT 1 FROM watches w WHERE w.id = reminders.watch_id "
                       "AND w.closed_ms IS NULL AND w.due_ms = reminders.due_ms)"_s,
                       {asOfMs});
    if (!w)
        return w.error();
    return {};
}

Result<QList<qint64>> ReminderService::insertWatchesDue(qint64 asOfMs)
{
    // One reminder per instant an open watch came due (R-VS-3, R-PS-2); the notices repeat it to
    // the desk until the record acts (re-arms or closes the watch). The unique (watch, instant)
    // makes a second desk or a restart find it raised.
    QList<std::pair<qint64, qint64>> due;
    {
        auto q =
            m_db.exec(u"SELECT w.id, w.due_ms FROM watches w WHERE w.closed_ms IS NULL AND w.due_ms <= ? "
                      "AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.watch_id = w.id AND r.due_ms = w.due_ms)"_s,
                      {asOfMs});
        if (!q)
            return q.error();
        while (q.value().next())
            due.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong()});
    }
    QList<qint64> raised;
    for (const auto& [watchId, dueMs] : due) {
        auto ins = m_db.exec(u"INSERT INTO reminders (watch_id, due, due_ms, raised_ms) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (watch_id, due_ms) DO NOTHING RETURNING id"_s,
                             {watchId, ReminderTerms::key(ReminderDue::Watch), dueMs, asOfMs});
        if (!ins)
            return ins.error();
        while (ins.value().next())
            raised << ins.value().value(0).toLongLong();
    }
    return raised;
}

Result<QList<qint64>> ReminderService::insertDue(qint64 asOfMs, const QList<qint64>* ids)
{
    struct Due
    {
        qint64 ticketId;
        ReminderDue due;
        qint64 dueMs;
    };
    QList<Due> dues;

    // Respond, resolve, reply and callback: one instant each (R-IN-3, R-IN-4, R-CP-5, R-CB-1).
    if (!ids) {
        TicketStore store(m_db);
        auto clocks =
            store.due(std::numeric_limits<qint64>::min(), asOfMs,
                      {TicketClock::Respond, TicketClock::Resolve, TicketClock::Reply, TicketClock::Callback});
        if (!clocks)
            return clocks.error();
        for (const TicketDue& d : clocks.value())
            dues.append({d.ticketId, ReminderTerms::dueOf(d.clock), d.dueMs});
    } else {
        // Some tickets: read their four columns by key (the same instants TicketStore::due gives).
        auto q = m_db.exec(u"SELECT id, respond_by_ms, resolve_by_ms, reply_by_ms, callback_by_ms FROM tickets "
                           "WHERE status NOT IN "_s +
                           TicketStore::stoppedStatuses() + ReminderSql::within(u"id"_s, ids));
        if (!q)
            return q.error();
        static const TicketClock kClocks[] = {TicketClock::Respond, TicketClock::Resolve, TicketClock::Reply,
                                              TicketClock::Callback};
        while (q.value().next())
            for (int c = 0; c < 4; ++c)
                if (const QVariant v = q.value().value(c + 1); !v.isNull() && v.toLongLong() <= asOfMs)
                    dues.append({q.value().value(0).toLongLong(), ReminderTerms::dueOf(kClocks[c]), v.toLongLong()});
        q.value().finish();
    }

    // QPSQL (Qt 6.4, single-row mode) loses the rest of a result that is still being read when another
    // statement runs ("Query results lost"): no statement runs inside a loop over a result, and each
    // query lives in its own block.
    // Follow-ups: every slot on the anchored grid from the ticket's next follow-up (or after the last
    // slot raised) up to asOf (R-RP-2, R-CP-7). A clock jump thus raises each missed slot once.
    {
        const qint64 catchUpMs = TicketClocks::minutes(m_rules.reminderCatchUpMinutes());
        auto q =
            m_db.exec(u"SELECT t.id, t.follow_up_anchor_ms, t.next_follow_up_ms, t.rules_json, "
                      "(SELECT MAX(r.due_ms) FROM reminders r WHERE r.ticket_id = t.id AND r.due = 'follow_up') "
                      "FROM tickets t WHERE t.next_follow_up_ms IS NOT NULL AND t.next_follow_up_ms <= ? "
                      "AND t.status NOT IN "_s +
                          TicketStore::stoppedStatuses() + ReminderSql::within(u"t.id"_s, ids) + u" ORDER BY t.id"_s,
                      {asOfMs});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            const qint64 id = r.value(0).toLongLong();
            const qint64 next = r.value(2).toLongLong();
            const qint64 anchor = r.value(1).isNull() ? next : r.value(1).toLongLong();
            const auto rules =
                SiteRules::Snapshot::fromJson(QJsonDocument::fromJson(r.value(3).toString().toUtf8()).object());
            const qint64 interval = TicketClocks::minutes(rules.followUpMinutes);
            qint64 slot = next;
            if (!r.value(4).isNull() && r.value(4).toLongLong() >= next)
                slot = TicketClocks::nextSlot(anchor, r.value(4).toLongLong(), interval);
            if (slot > asOfMs || interval <= 0)
                continue;
            dues.append({id, ReminderDue::FollowUp, slot}); // the first missed one
            const qint64 recent =
                TicketClocks::nextSlot(anchor, asOfMs - catchUpSlots(catchUpMs, interval) * interval, interval);
            for (slot = qMax(slot + interval, recent); slot <= asOfMs; slot += interval)
                dues.append({id, ReminderDue::FollowUp, slot});
        }
        q.value().finish();
    }

    // A major or important complaint, and anything marked major, urgent or sudden at intake, is
    // reported to the superiors at once (R-IN-2, R-CP-4). The open-work index (finished statuses
    // first) keeps this from reading ten years of tickets on every pass.
    {
        auto complaints =
            m_db.exec(u"SELECT id, created_ms FROM tickets WHERE status NOT IN "_s + TicketStore::finishedStatuses() +
                          u" AND ((kind = 'complaint' AND severity IN ('important', 'major')) OR urgent) "
                          "AND created_ms <= ? AND status NOT IN "_s +
                          TicketStore::stoppedStatuses() + ReminderSql::within(u"id"_s, ids),
                      {asOfMs});
        if (!complaints)
            return complaints.error();
        while (complaints.value().next())
            dues.append({complaints.value().value(0).toLongLong(), ReminderDue::Report,
                         complaints.value().value(1).toLongLong()});
        complaints.value().finish();
    }

    // R-CP-2: a complaint nobody has judged within rule.complaint.judge_minutes (from its rules
    // snapshot) after it was entered reminds the supervisor, until it is judged.
    {
        auto q = m_db.exec(u"SELECT id, created_ms, rules_json FROM tickets WHERE kind = 'complaint' AND severity = '' "
                           "AND status NOT IN "_s +
                           TicketStore::stoppedStatuses() + ReminderSql::within(u"id"_s, ids));
        if (!q)
            return q.error();
        while (q.value().next()) {
            const auto rules =
                SiteRules::Snapshot::fromJson(QJsonDocument::fromJson(q.value().value(2).toString().toUtf8()).object());
            const qint64 due = q.value().value(1).toLongLong() + TicketClocks::minutes(rules.complaintJudgeMinutes);
            if (due <= asOfMs)
                dues.append({q.value().value(0).toLongLong(), ReminderDue::Judge, due});
        }
        q.value().finish();
    }

    // R-CP-6: the department's result on a complaint is reported to the supervisor when it is
    // recorded (the latest return), while the customer's reply is still owed.
    {
        auto q = m_db.exec(u"SELECT t.id, MAX(e.at_ms) FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id "
                           "WHERE t.kind = 'complaint' AND t.status = ? AND e.kind = ?"_s +
                               ReminderSql::within(u"t.id"_s, ids) + u" GROUP BY t.id"_s,
                           {TicketTerms::key(TicketStatus::Returned), TicketTerms::eventKey(TicketAction::Return)});
        if (!q)
            return q.error();
        while (q.value().next())
            if (q.value().value(1).toLongLong() <= asOfMs)
                dues.append({q.value().value(0).toLongLong(), ReminderDue::Result, q.value().value(1).toLongLong()});
        q.value().finish();
    }

    // Skip what is raised and pending already (most overdue clocks, every pass): no write for them.
    QSet<QString> known;
    {
        auto q = m_db.exec(u"SELECT ticket_id, due, due_ms FROM reminders WHERE resolved_ms IS NULL "
                           "AND ticket_id IS NOT NULL"_s +
                           ReminderSql::within(u"ticket_id"_s, ids));
        if (!q)
            return q.error();
        while (q.value().next())
            known.insert(u"%1/%2/%3"_s.arg(q.value().value(0).toLongLong())
                             .arg(q.value().value(1).toString())
                             .arg(q.value().value(2).toLongLong()));
    }
    QList<qint64> raised;
    for (const Due& d : dues) {
        if (known.contains(u"%1/%2/%3"_s.arg(d.ticketId).arg(ReminderTerms::key(d.due)).arg(d.dueMs)))
            continue;
        // The unique (ticket, due, instant) is what makes a second desk or a restart find it raised.
        auto ins = m_db.exec(u"INSERT INTO reminders (ticket_id, due, due_ms, raised_ms) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (ticket_id, due, due_ms) DO NOTHING RETURNING id"_s,
                             {d.ticketId, ReminderTerms::key(d.due), d.dueMs, asOfMs});
        if (!ins)
            return ins.error();
        // Read to the end, so nothing of this result is left pending when the next statement runs.
        while (ins.value().next())
            raised << ins.value().value(0).toLongLong();
    }
    return raised;
}

Result<QList<Reminder>> ReminderService::raiseDue(qint64 asOfMs)
{
    // R-CP-3: a complaint left unresolved for the week becomes major before the reminders are read,
    // so its R-CP-4 report and a major complaint's limits are raised in this same pass. Each upgrade
    // is its own transaction; one that fails does not keep the reminders from being raised.
    auto upgraded = upgradeStale(asOfMs);
    auto done = pass(asOfMs, nullptr, true);
    if (!done)
        return done.error();
    if (!upgraded)
        return upgraded.error();
    return done.value().raised;
}

Result<int> ReminderService::upgradeStale(qint64 asOfMs)
{
    return m_tickets.upgradeStaleComplaints(asOfMs);
}

Result<ReminderPass> ReminderService::raiseFor(qint64 asOfMs, const QList<qint64>& ticketIds, bool watches)
{
    return pass(asOfMs, &ticketIds, watches);
}

Result<ReminderPass> ReminderService::readFor(qint64 asOfMs, const QList<qint64>& ticketIds, bool watches) const
{
    return pendingOf(asOfMs, &ticketIds, watches);
}

Result<ReminderPass> ReminderService::pendingOf(qint64 asOfMs, const QList<qint64>* ids, bool watches) const
{
    ReminderPass out;
    if (!ids || !ids->isEmpty()) {
        auto tickets = pendingTickets(asOfMs, ids);
        if (!tickets)
            return tickets.error();
        out.pending = std::move(tickets).value();
    }
    if (watches) {
        auto watched = pendingWatches();
        if (!watched)
            return watched.error();
        out.pending << watched.value();
    }
    return out;
}

Result<ReminderPass> ReminderService::pass(qint64 asOfMs, const QList<qint64>* ids, bool watches)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (Status s = stampResolved(asOfMs, ids, watches); !s)
        return s.error();
    auto fresh = insertDue(asOfMs, ids);
    if (!fresh)
        return fresh.error();
    if (watches) {
        auto watched = insertWatchesDue(asOfMs);
        if (!watched)
            return watched.error();
        fresh.value() << watched.value();
    }
    auto read = pendingOf(asOfMs, ids, watches);
    if (!read)
        return read.error();
    ReminderPass out = std::move(read).value();
    const QSet<qint64> raisedIds(fresh.value().cbegin(), fresh.value().cend());
    for (const Reminder& r : std::as_const(out.pending)) {
        // The stored level is the highest rung reached, for the record (the supervisor's review).
        if (r.level > r.recordedLevel) {
            auto up = m_db.exec(u"UPDATE reminders SET level = ? WHERE id = ?"_s, {ReminderTerms::key(r.level), r.id});
            if (!up)
                return up.error();
        }
        if (raisedIds.contains(r.id))
            out.raised << r;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<QList<Reminder>> ReminderService::noticesDue(qint64 asOfMs, const Session& who)
{
    if (who.isSystem())
        return QList<Reminder>{};
    auto mine = active(asOfMs, who);
    if (!mine)
        return mine.error();
    auto last = lastNotices(who.user.id);
    if (!last)
        return last.error();
    return recordNotices(asOfMs, who, mine.value(), last.value());
}

Result<QList<Reminder>> ReminderService::recordNotices(qint64 asOfMs, const Session& who, const QList<Reminder>& mine,
                                                       QHash<qint64, qint64>& told)
{
    if (who.isSystem())
        return QList<Reminder>{};
    const qint64 repeat = TicketClocks::minutes(m_rules.reminderRepeatMinutes());
    QList<Reminder> tell;
    for (const Reminder& r : mine) {
        const auto seen = told.constFind(r.id);
        if (seen == told.cend() || asOfMs - *seen >= repeat)
            tell << r;
    }
    if (tell.isEmpty())
        return tell; // the usual wake: nothing to tell, nothing written
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    // Many rows a statement: a wake tells up to 100, and one round trip each made the wake 45 ms on a
    // PostgreSQL server (issue 16). Each reminder once: a row may not be upserted twice in one statement.
    QList<qint64> ids;
    for (const Reminder& r : std::as_const(tell))
        if (!ids.contains(r.id))
            ids << r.id;
    constexpr qsizetype kPerStatement = 25;
    for (qsizetype from = 0; from < ids.size(); from += kPerStatement) {
        const QList<qint64> part = ids.mid(from, kPerStatement);
        QVariantList binds;
        for (qint64 id : part)
            binds << id << who.user.id << asOfMs << asOfMs;
        auto up = m_db.exec(u"INSERT INTO reminder_notices (reminder_id, user_id, first_ms, last_ms) VALUES "_s +
                                QStringList(part.size(), u"(?, ?, ?, ?)"_s).join(u", "_s) +
                                u" ON CONFLICT (reminder_id, user_id) DO UPDATE SET last_ms = excluded.last_ms, "
                                "times = reminder_notices.times + 1"_s,
                            binds);
        if (!up)
            return up.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    for (const Reminder& r : std::as_const(tell))
        told.insert(r.id, asOfMs);
    return tell;
}

Status ReminderService::acknowledge(const Session& who, qint64 reminderId)
{
    if (Status s = who.require(Permission::HearReports); !s) // R-IN-2, R-CP-4
        return s;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    qint64 ticketId = 0;
    bool report = false;
    {
        auto row =
            m_db.exec(u"SELECT ticket_id, due FROM reminders WHERE id = ? AND acknowledged_ms IS NULL"_s, {reminderId});
        if (!row)
            return row.error();
        if (!row.value().next()) {
            // Confirmed already, perhaps at another desk: who and when.
            auto confirmed = m_db.scalar(u"SELECT acknowledged_ms FROM reminders WHERE id = ?"_s, {reminderId});
            if (confirmed && !confirmed.value().isNull() && confirmed.value().isValid())
                return LastChange::doneMeanwhile(m_db, u"reminder"_s, reminderId, u"reminder.unknown"_s,
                                                 tr("%1 confirmed this report at %2."));
            return Error{u"reminder.unknown"_s, tr("This reminder is no longer open.")};
        }
        ticketId = row.value().value(0).toLongLong();
        // A report to the superiors (R-IN-2, R-CP-4) or a complaint's result (R-CP-6) is confirmed.
        const QString due = row.value().value(1).toString();
        report = due == ReminderTerms::key(ReminderDue::Report) || due == ReminderTerms::key(ReminderDue::Result);
        while (row.value().next()) // to the end (see insertDue)
            ;
    }
    if (!report)
        return Error{u"reminder.act"_s, tr("This reminder goes away when the ticket is acted on.")};
    const qint64 now = m_clock.nowMs();
    auto up = m_db.update(u"UPDATE reminders SET acknowledged_ms = ?, acknowledged_by = ?, resolved_ms = ? "
                          "WHERE id = ? AND acknowledged_ms IS NULL"_s,
                          {now, who.user.id, now, reminderId});
    if (!up)
        return up.error();
    if (up.value() == 0) // confirmed at another desk since it was read
        return LastChange::doneMeanwhile(m_db, u"reminder"_s, reminderId, u"reminder.unknown"_s,
                                         tr("%1 confirmed this report at %2."));
    auto event = m_audit.append(who, u"reminder"_s, reminderId, u"acknowledged"_s, {},
                                {{u"ticket_id"_s, ticketId}, {u"acknowledged_ms"_s, now}});
    if (!event)
        return event.error();
    return tx.commit();
}

} // namespace fd
