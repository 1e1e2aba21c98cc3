// ReminderService, part two: the reads. Part one (ReminderService.cpp) raises and records notices.
#include "engine/reminders/ReminderService.h"

#include "engine/Session.h"
#include "engine/reminders/ReminderSql.h"
#include "engine/reminders/ReminderTerms.h"
#include "engine/shifts/DeskPresence.h"
#include "engine/shifts/ShiftCalendar.h"
#include "engine/tickets/SiteRules.h"
#include "engine/tickets/TicketClocks.h"
#include "engine/tickets/TicketStore.h"
#include "engine/watches/RecordSources.h"
#include "storage/Database.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

ReminderLevel ReminderService::levelOf(const Reminder& r, qint64 asOfMs) const
{
    return ladder(r, asOfMs, TicketClocks::minutes(m_rules.escalateSupervisorMinutes()),
                  TicketClocks::minutes(m_rules.escalateManagerMinutes()));
}

ReminderLevel ReminderService::ladder(const Reminder& r, qint64 asOfMs, qint64 supervisorMs, qint64 managerMs)
{
    if (r.due == ReminderDue::Report)
        return ReminderLevel::Manager; // R-IN-2, R-CP-4
    if (r.due == ReminderDue::Watch)
        return ReminderLevel::Clerk; // the desk's logs: repeated to the desk, never escalated
    if (r.kind == TicketKind::Complaint && (r.severity == Severity::Major || r.severity == Severity::Important))
        return ReminderLevel::Manager; // R-CP-4: reported to the superior at once
    if (r.due == ReminderDue::Result)
        return ReminderLevel::Supervisor; // R-CP-6: the result is reported to the supervisor
    const qint64 late = asOfMs - r.dueMs;
    if (late >= managerMs)
        return ReminderLevel::Manager;
    if (late >= supervisorMs || r.due == ReminderDue::Judge) // R-CP-2: the supervisor judges
        return ReminderLevel::Supervisor;
    return ReminderLevel::Clerk;
}

bool ReminderService::reaches(Role role, const Reminder& r)
{
    // A module's own follow-ups (the cashier's dunning) go to the roles its record source names.
    if (r.due == ReminderDue::Watch)
        if (const QList<Role> audience = RecordSources::audience(r.source); !audience.isEmpty())
            return audience.contains(role);
    switch (role) {
    case Role::Clerk:
    case Role::ControlRoom:
        // The desk keeps every reminder until it is acted on; a report, a complaint to judge and a
        // complaint's result are for the superiors (R-CP-2, R-CP-4, R-CP-6).
        return r.due != ReminderDue::Report && r.due != ReminderDue::Judge && r.due != ReminderDue::Result;
    case Role::Supervisor:
        return r.level >= ReminderLevel::Supervisor;
    case Role::Manager:
    case Role::Admin:
        return r.level == ReminderLevel::Manager;
    case Role::Cashier:
        return false;
    }
    return false;
}

Result<QList<Reminder>> ReminderService::pending(qint64 asOfMs) const
{
    auto out = pendingTickets(asOfMs, nullptr);
    if (!out)
        return out.error();
    auto watches = pendingWatches();
    if (!watches)
        return watches.error();
    if (!watches.value().isEmpty()) {
        out.value() << watches.value();
        std::stable_sort(out.value().begin(), out.value().end(), [](const Reminder& a, const Reminder& b) {
            return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.id < b.id;
        });
    }
    return out;
}

Result<QList<Reminder>> ReminderService::pendingTickets(qint64 asOfMs, const QList<qint64>* ids) const
{
    auto q =
        m_db.exec(u"SELECT r.id, r.ticket_id, r.due, r.due_ms, r.raised_ms, r.level, r.acknowledged_ms, t.number, "
                  "t.kind, t.status, t.severity, t.department, CASE WHEN r.due = 'result' THEN COALESCE((SELECT e.note "
                  "FROM ticket_events e WHERE e.ticket_id = r.ticket_id AND e.kind = 'returned' AND e.at_ms = "
                  "r.due_ms ORDER BY e.id DESC LIMIT 1), t.description) ELSE t.description END, t.person_name, "
                  "COALESCE(t.unit_id, 0), COALESCE(u.code, ''), t.version "
                  "FROM reminders r JOIN tickets t ON t.id = r.ticket_id LEFT JOIN units u ON u.id = t.unit_id "
                  "WHERE r.resolved_ms IS NULL AND t.status NOT IN "_s +
                  TicketStore::stoppedStatuses() + ReminderSql::within(u"r.ticket_id"_s, ids) + u" AND "_s +
                  ReminderSql::pendingPredicate(u"r"_s, u"t"_s) + u" ORDER BY r.due_ms, r.id"_s);
    if (!q)
        return q.error();
    QList<Reminder> out;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        Reminder r;
        r.id = row.value(0).toLongLong();
        r.ticketId = row.value(1).toLongLong();
        r.due = ReminderTerms::dueFrom(row.value(2).toString()).value_or(ReminderDue::Respond);
        r.dueMs = row.value(3).toLongLong();
        r.raisedMs = row.value(4).toLongLong();
        r.recordedLevel = ReminderTerms::levelFrom(row.value(5).toString()).value_or(ReminderLevel::Clerk);
        if (!row.value(6).isNull())
            r.acknowledgedMs = row.value(6).toLongLong();
        r.number = row.value(7).toString();
        r.kind = TicketTerms::kindFrom(row.value(8).toString()).value_or(TicketKind::Affair);
        r.status = TicketTerms::statusFrom(row.value(9).toString()).value_or(TicketStatus::New);
        r.severity = TicketTerms::severityFrom(row.value(10).toString()).value_or(Severity::None);
        r.department = row.value(11).toString();
        r.description = row.value(12).toString();
        r.personName = row.value(13).toString();
        r.unitId = row.value(14).toLongLong();
        r.unitCode = row.value(15).toString();
        r.ticketVersion = row.value(16).toInt();
        out.append(r);
    }
    q.value().finish();
    // After the loop: levelOf reads the settings, and QPSQL (single-row mode) loses the results of
    // a query still being read when another one runs.
    const qint64 supervisor = TicketClocks::minutes(m_rules.escalateSupervisorMinutes());
    const qint64 manager = TicketClocks::minutes(m_rules.escalateManagerMinutes());
    for (Reminder& r : out) // never below a rung already reached (a rule lowered later does not take it back)
        r.level = std::max(ladder(r, asOfMs, supervisor, manager), r.recordedLevel);
    return out;
}

Result<QList<Reminder>> ReminderService::pendingWatches() const
{
    auto q = m_db.exec(u"SELECT r.id, w.id, w.source, w.ref_id, r.due_ms, r.raised_ms, w.title, w.detail, "
                       "COALESCE(w.unit_id, 0), COALESCE(u.code, '') FROM reminders r "
                       "JOIN watches w ON w.id = r.watch_id LEFT JOIN units u ON u.id = w.unit_id "
                       "WHERE r.resolved_ms IS NULL AND w.closed_ms IS NULL AND w.due_ms = r.due_ms"_s);
    if (!q)
        return q.error();
    QList<Reminder> out;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        Reminder r;
        r.id = row.value(0).toLongLong();
        r.watchId = row.value(1).toLongLong();
        r.source = row.value(2).toString();
        r.refId = row.value(3).toLongLong();
        r.due = ReminderDue::Watch;
        r.dueMs = row.value(4).toLongLong();
        r.raisedMs = row.value(5).toLongLong();
        r.number = row.value(6).toString();
        r.description = row.value(7).toString();
        r.unitId = row.value(8).toLongLong();
        r.unitCode = row.value(9).toString();
        out.append(r);
    }
    q.value().finish();
    return out;
}

Result<QList<Reminder>> ReminderService::active(qint64 asOfMs, const Session& who) const
{
    auto all = pending(asOfMs);
    if (!all)
        return all.error();
    auto duty = onDuty(who, asOfMs);
    if (!duty)
        return duty.error();
    QList<Reminder> mine;
    for (const Reminder& r : all.value())
        if (duty.value() && reaches(who.user.role, r))
            mine << r;
    return mine;
}

Result<bool> ReminderService::onDuty(const Session& who, qint64 asOfMs) const
{
    if (who.user.role != Role::Clerk && who.user.role != Role::ControlRoom)
        return true;
    // Those holding a desk post first; the control room when no desk post is held (the night, R-SH-3);
    // everyone at the desk when nobody holds a post (a site that does not use shifts, or the morning
    // after a night nobody handed over). A shift holds its post only while its person is signed in
    // somewhere (DeskPresence; the asking person is) and it is not past its end without a handover
    // (R-SH-1), so a killed program or yesterday's shift never hides a reminder from who is here.
    auto q = m_db.exec(u"SELECT s.user_id, p.is_control_room, s.started_ms FROM shifts s "
                       "JOIN posts p ON p.id = s.post_id WHERE s.ended_ms IS NULL AND (s.user_id = ? OR "_s +
                           DeskPresence::presentSql(u"s.user_id"_s) + u")"_s,
                       QVariantList{who.user.id} + DeskPresence::presentValues(asOfMs));
    if (!q)
        return q.error();
    struct Held
    {
        qint64 userId;
        bool controlRoom;
        qint64 startedMs;
    };
    QList<Held> held; // read out first: the calendar reads the rules, and PostgreSQL keeps one result
    while (q.value().next())
        held.append({q.value().value(0).toLongLong(), q.value().value(1).toBool(), q.value().value(2).toLongLong()});
    q.value().finish();
    const ShiftCalendar calendar(m_rules);
    QList<qint64> desk, controlRoom;
    for (const Held& h : held)
        if (asOfMs < calendar.dueEnd(h.startedMs))
            (h.controlRoom ? controlRoom : desk) << h.userId;
    if (!desk.isEmpty())
        return desk.contains(who.user.id);
    if (!controlRoom.isEmpty())
        return controlRoom.contains(who.user.id);
    return true;
}

Result<QHash<qint64, qint64>> ReminderService::lastNotices(qint64 userId) const
{
    auto q =
        m_db.exec(u"SELECT n.reminder_id, n.last_ms FROM reminder_notices n JOIN reminders r ON r.id = n.reminder_id "
                  "WHERE n.user_id = ? AND r.resolved_ms IS NULL"_s,
                  {userId});
    if (!q)
        return q.error();
    QHash<qint64, qint64> last;
    while (q.value().next())
        last.insert(q.value().value(0).toLongLong(), q.value().value(1).toLongLong());
    q.value().finish();
    return last;
}

Result<std::optional<qint64>> ReminderService::nextDueMs(qint64 asOfMs, const Session* who) const
{
    std::optional<qint64> next;
    const auto consider = [&](qint64 at) {
        if (at > asOfMs && (!next || at < *next))
            next = at;
    };
    // The ticket clocks still ahead, and for a follow-up already due the next slot on its grid.
    {
        auto q = m_db.exec(u"SELECT respond_by_ms, next_follow_up_ms, resolve_by_ms, reply_by_ms, callback_by_ms, "
                           "follow_up_anchor_ms, rules_json FROM tickets WHERE status NOT IN "_s +
                           TicketStore::stoppedStatuses() +
                           u" AND (respond_by_ms IS NOT NULL OR next_follow_up_ms IS NOT NULL OR resolve_by_ms IS NOT "
                           "NULL OR reply_by_ms IS NOT NULL OR callback_by_ms IS NOT NULL)"_s);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery& row = q.value();
            for (int column : {0, 2, 3, 4})
                if (!row.value(column).isNull())
                    consider(row.value(column).toLongLong());
            if (row.value(1).isNull())
                continue;
            const qint64 followUp = row.value(1).toLongLong();
            if (followUp > asOfMs) {
                consider(followUp);
                continue;
            }
            const auto rules =
                SiteRules::Snapshot::fromJson(QJsonDocument::fromJson(row.value(6).toString().toUtf8()).object());
            const qint64 anchor = row.value(5).isNull() ? followUp : row.value(5).toLongLong();
            consider(TicketClocks::nextSlot(anchor, asOfMs, TicketClocks::minutes(rules.followUpMinutes)));
        }
        q.value().finish();
    }

    // The complaints still to be judged (R-CP-2): entered + the judge minutes of their rules.
    {
        auto q = m_db.exec(u"SELECT created_ms, rules_json FROM tickets WHERE kind = 'complaint' AND severity = '' "
                           "AND status NOT IN "_s +
                           TicketStore::stoppedStatuses());
        if (!q)
            return q.error();
        while (q.value().next()) {
            const auto rules =
                SiteRules::Snapshot::fromJson(QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).object());
            consider(q.value().value(0).toLongLong() + TicketClocks::minutes(rules.complaintJudgeMinutes));
        }
        q.value().finish();
    }

    // The watches still ahead (a visitor's 1.5 hours, an item's pickup time).
    {
        auto q = m_db.exec(u"SELECT MIN(due_ms) FROM watches WHERE closed_ms IS NULL AND due_ms > ?"_s, {asOfMs});
        if (!q)
            return q.error();
        while (q.value().next())
            if (!q.value().value(0).isNull())
                consider(q.value().value(0).toLongLong());
    }

    // The moments pending reminders climb the ladder, and this person's next repeat.
    auto all = pending(asOfMs);
    if (!all)
        return all.error();
    const qint64 supervisor = TicketClocks::minutes(m_rules.escalateSupervisorMinutes());
    const qint64 manager = TicketClocks::minutes(m_rules.escalateManagerMinutes());
    for (const Reminder& r : all.value()) {
        if (r.due == ReminderDue::Watch)
            continue;
        consider(r.dueMs + supervisor);
        consider(r.dueMs + manager);
    }
    if (who && !who->isSystem()) {
        auto last = lastNotices(who->user.id);
        if (!last)
            return last.error();
        const qint64 repeat = TicketClocks::minutes(m_rules.reminderRepeatMinutes());
        for (const Reminder& r : all.value())
            if (reaches(who->user.role, r) && last.value().contains(r.id))
                consider(last.value().value(r.id) + repeat);
    }
    return next;
}

} // namespace fd
