#include "engine/reminders/ReminderEngine.h"

#include "core/Clock.h"
#include "engine/reminders/ReminderSql.h"
#include "engine/reminders/ReminderTerms.h"
#include "engine/tickets/SiteRules.h"
#include "engine/tickets/TicketClocks.h"
#include "engine/tickets/TicketStore.h"
#include "engine/tickets/TicketTerms.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// Tickets per pass: an IN list the databases read by key, small enough that a slice of a rebuild
// stays well inside the event loop's 50 ms.
constexpr qsizetype kSlice = 200;
constexpr qsizetype kFewest = 3; // tickets per pass at the least
// A build over at most this many open tickets is one pass, whatever it takes: a small site's desk
// (and a test) has all its reminders at the first wake. A bigger one starts at kFewest and adapts:
// on the benchmark's site 50 tickets raising for the first time took 56 ms, 10 of them 31–39 ms.
constexpr qsizetype kOnePass = 50;
constexpr qint64 kSliceAimMs = 5; // a slice's aim: a third of the scheduler's 15 ms budget, since tickets vary
// More audit events than this since the last call (an import of the registry) rebuild instead.
constexpr int kMostEvents = 5000;
// Notices recorded per wake: one transaction of this many rows stays well inside the 50 ms.
constexpr qsizetype kMostNotices = 100;

// The audited entities that change no reminder and no watch (who is on duty is read when asked).
bool changesNothingKept(const QString& entity)
{
    // A payment, a dunning notice, a legal referral and a one-off charge arm or close the cashier's
    // watches (dunning, an unpaid special service).
    static const QSet<QString> none{
        u"shift"_s,        u"handover_sheet"_s, u"user"_s,        u"site"_s,        u"signature"_s,
        u"shift_review"_s, u"resident"_s,       u"unit"_s,        u"post"_s,        u"desk_presence"_s,
        u"search"_s,       u"charge_item"_s,    u"charge_rate"_s, u"billing_run"_s, u"arrears_contact"_s,
        u"cash_count"_s};
    return none.contains(entity);
}

bool sameReminders(const QList<Reminder>& a, const QList<Reminder>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).id != b.at(i).id || a.at(i).level != b.at(i).level ||
            a.at(i).ticketVersion != b.at(i).ticketVersion || a.at(i).status != b.at(i).status)
            return false;
    return true;
}

} // namespace

ReminderEngine::ReminderEngine(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules)
    : m_db(db), m_clock(clock), m_rules(rules), m_service(db, clock, audit, rules), m_leader(db)
{}

void ReminderEngine::reset()
{
    m_started = false;
}

Result<qint64> ReminderEngine::auditHead() const
{
    auto head = m_db.scalar(u"SELECT seq FROM audit_head WHERE id = 1"_s);
    if (!head)
        return head.error();
    return head.value().toLongLong();
}

Status ReminderEngine::beginRebuild(qint64 asOfMs)
{
    // The mark first: whatever commits while the tickets are listed is read as a change next time.
    auto head = auditHead();
    if (!head)
        return head.error();
    QList<qint64> ids;
    {
        // The open tickets, and those whose reminders are not stamped yet (closed while no desk ran).
        auto q =
            m_db.exec(u"SELECT id FROM tickets WHERE status NOT IN "_s + TicketStore::finishedStatuses() +
                      u" UNION SELECT ticket_id FROM reminders WHERE resolved_ms IS NULL AND ticket_id IS NOT NULL"_s);
        if (!q)
            return q.error();
        while (q.value().next())
            ids << q.value().value(0).toLongLong();
        q.value().finish();
    }
    std::sort(ids.begin(), ids.end());
    m_auditMark = head.value();
    m_byTicket.clear();
    m_watches.clear();
    m_schedule.clear();
    m_scheduledAt.clear();
    m_upgradeAt.clear();
    m_backlog.clear();
    m_queued.clear();
    m_told.clear();
    m_toldUser = 0;
    for (qint64 id : std::as_const(ids))
        enqueue(id);
    m_slice = ids.size() <= kOnePass ? kOnePass : kFewest;
    m_watchesDirty = true;
    m_upgradeDue = true;
    m_watchNextMs.reset();
    m_sortedStale = true;
    m_readOnly = false;
    m_heard.clear(); // the build reads every open ticket's reminders anyway
    m_started = true;
    m_lastMs = asOfMs;
    ++m_version;
    return {};
}

void ReminderEngine::enqueue(qint64 ticketId)
{
    if (ticketId > 0 && !m_queued.contains(ticketId)) {
        m_queued.insert(ticketId);
        m_backlog << ticketId;
    }
}

Status ReminderEngine::readChanges()
{
    struct Event
    {
        qint64 id;
        QString entity;
        qint64 entityId;
    };
    QList<Event> events;
    {
        auto q = m_db.exec(u"SELECT id, entity, COALESCE(entity_id, 0) FROM audit_events WHERE id > ? ORDER BY id "
                           "LIMIT ?"_s,
                           {m_auditMark, kMostEvents + 1});
        if (!q)
            return q.error();
        while (q.value().next())
            events.append(
                {q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toLongLong()});
        q.value().finish();
    }
    if (events.size() > kMostEvents)
        return beginRebuild(m_lastMs);
    // Acknowledged here or elsewhere (audited), or raised by the desk that raises for the site.
    QList<qint64> acknowledged = m_heard;
    for (const Event& e : std::as_const(events)) {
        m_auditMark = std::max(m_auditMark, e.id);
        if (e.entity == u"setting"_s) // a site rule changed: every level, slot and limit may move
            return beginRebuild(m_lastMs);
        if (e.entity == u"ticket"_s)
            enqueue(e.entityId);
        else if (e.entity == u"reminder"_s)
            acknowledged << e.entityId;
        else if (!changesNothingKept(e.entity))
            m_watchesDirty = true; // a record of the logs: its watch may have been armed or closed
    }
    if (!acknowledged.isEmpty()) {
        auto q = m_db.exec(u"SELECT COALESCE(ticket_id, 0) FROM reminders WHERE 1 = 1"_s +
                           ReminderSql::within(u"id"_s, &acknowledged));
        if (!q)
            return q.error(); // the raises heard stay for the next call
        QList<qint64> tickets;
        while (q.value().next())
            tickets << q.value().value(0).toLongLong();
        q.value().finish();
        if (tickets.contains(0))
            m_watchesDirty = true; // a watch's reminder
        m_heard.clear();
        for (qint64 id : std::as_const(tickets))
            enqueue(id);
    }
    return {};
}

void ReminderEngine::takeDueByTime(qint64 asOfMs)
{
    while (!m_schedule.isEmpty() && m_schedule.firstKey() <= asOfMs) {
        const qint64 ticket = m_schedule.first();
        m_schedule.erase(m_schedule.begin());
        m_scheduledAt.remove(ticket);
        enqueue(ticket);
    }
    for (auto it = m_upgradeAt.begin(); it != m_upgradeAt.end();) {
        if (it.value() <= asOfMs) {
            m_upgradeDue = true;
            enqueue(it.key());
            it = m_upgradeAt.erase(it);
        } else {
            ++it;
        }
    }
    if (m_watchNextMs && *m_watchNextMs <= asOfMs)
        m_watchesDirty = true;
}

Result<bool> ReminderEngine::advance(qint64 asOfMs, qint64 budgetMs)
{
    QElapsedTimer spent;
    spent.start();
    const quint64 before = m_version;
    m_lastPassed = 0;
    m_lastRaised = 0;
    auto lead = m_leader.holds();
    if (!lead)
        return lead.error();
    // Came to raise after passing over tickets without raising (another desk raised then, or nobody):
    // a desk that only gave raising up for a moment (another person signed in) has missed nothing.
    const bool cameToRaise = lead.value() && !m_raising && m_readOnly;
    m_raising = lead.value();
    // The first call, the clock set back (a slot raised "in the future" must be looked at again), or
    // this desk just came to raise for the site: what came due while no desk raised is raised now.
    if (!m_started || asOfMs < m_lastMs || cameToRaise)
        if (Status s = beginRebuild(asOfMs); !s)
            return s.error();
    m_lastMs = asOfMs;
    takeDueByTime(asOfMs);
    do {
        if (m_upgradeDue && m_raising) {
            // R-CP-3 before the reminders are read, as raiseDue does; its upgrades are audited
            // events that readChanges picks up below.
            m_upgradeDue = false;
            if (auto up = m_service.upgradeStale(asOfMs); !up)
                return up.error();
        }
        if (Status s = readChanges(); !s)
            return s.error();
        if (m_watchesDirty)
            if (Status s = passWatches(asOfMs); !s)
                return s.error();
        while (!m_backlog.isEmpty()) {
            // A slice that would end past the budget waits for the next call (one slice at least).
            if (budgetMs > 0 && m_lastPassed > 0 && spent.elapsed() + m_sliceMs > budgetMs)
                return m_version != before;
            const QList<qint64> slice = m_backlog.mid(0, m_slice);
            QElapsedTimer took;
            took.start();
            if (Status s = passTickets(asOfMs, slice); !s)
                return s.error();
            // The next slice is aimed at kSliceAimMs from this one's pace: tickets that raise many
            // reminders at once (a first start, a gap) are slow, those with nothing new fast.
            const qint64 ms = took.elapsed();
            m_sliceMs = ms;
            const qsizetype aimed = ms <= 0 ? m_slice * 2 : qsizetype(m_slice * kSliceAimMs / ms);
            m_slice = std::clamp<qsizetype>(aimed, kFewest, std::min(kSlice, m_slice * 2));
            m_backlog.remove(0, slice.size());
            for (qint64 id : slice)
                m_queued.remove(id);
            m_lastPassed += slice.size();
            if (budgetMs > 0 && spent.elapsed() >= budgetMs)
                return m_version != before;
        }
        // A ticket passed just now may be a complaint whose week already ran out (graded late).
    } while (m_upgradeDue && m_raising);
    return m_version != before;
}

Status ReminderEngine::passWatches(qint64 asOfMs)
{
    auto pass = passOver(asOfMs, {}, true);
    if (!pass)
        return pass.error();
    if (!sameReminders(pass.value().pending, m_watches)) {
        m_watches = std::move(pass.value().pending);
        m_resortWatches = true;
        ++m_version;
    }
    auto next = m_db.scalar(u"SELECT MIN(due_ms) FROM watches WHERE closed_ms IS NULL AND due_ms > ?"_s, {asOfMs});
    if (!next)
        return next.error();
    m_watchNextMs = next.value().isNull() ? std::nullopt : std::optional<qint64>(next.value().toLongLong());
    m_watchesDirty = false;
    return {};
}

Status ReminderEngine::passTickets(qint64 asOfMs, const QList<qint64>& ids)
{
    auto pass = passOver(asOfMs, ids, false);
    if (!pass)
        return pass.error();
    QHash<qint64, QList<Reminder>> now;
    for (Reminder& r : pass.value().pending)
        now[r.ticketId] << std::move(r);
    auto instants = instantsOf(asOfMs, ids);
    if (!instants)
        return instants.error();
    const qint64 supervisor = TicketClocks::minutes(m_rules.escalateSupervisorMinutes());
    const qint64 manager = TicketClocks::minutes(m_rules.escalateManagerMinutes());
    QSet<qint64> changedIds;
    for (qint64 id : ids) {
        QList<Reminder> fresh = now.take(id);
        std::optional<qint64> next = instants.value().value(id).next;
        const auto consider = [&](qint64 at) {
            if (at > asOfMs && (!next || at < *next))
                next = at;
        };
        for (const Reminder& r : std::as_const(fresh)) { // the moments its reminders climb the ladder
            consider(r.dueMs + supervisor);
            consider(r.dueMs + manager);
        }
        schedule(id, next);
        m_upgradeAt.remove(id);
        if (const auto upgrade = instants.value().value(id).upgrade; upgrade && *upgrade > asOfMs)
            m_upgradeAt.insert(id, *upgrade);
        else if (upgrade)
            m_upgradeDue = true;
        const QList<Reminder> old = m_byTicket.value(id);
        if (sameReminders(old, fresh))
            continue;
        changedIds.insert(id);
        if (fresh.isEmpty())
            m_byTicket.remove(id);
        else
            m_byTicket.insert(id, fresh);
    }
    if (!changedIds.isEmpty()) {
        m_resort.unite(changedIds); // merged into the sorted list when it is next read
        ++m_version;
    }
    return {};
}

void ReminderEngine::schedule(qint64 ticketId, std::optional<qint64> at)
{
    if (const auto was = m_scheduledAt.constFind(ticketId); was != m_scheduledAt.cend()) {
        m_schedule.remove(*was, ticketId);
        m_scheduledAt.erase(was);
    }
    if (at) {
        m_schedule.insert(*at, ticketId);
        m_scheduledAt.insert(ticketId, *at);
    }
}

Result<QHash<qint64, ReminderEngine::Instants>> ReminderEngine::instantsOf(qint64 asOfMs,
                                                                           const QList<qint64>& ids) const
{
    // What ReminderService::nextDueMs considers, per ticket: the clocks still ahead, the next
    // follow-up slot on its grid (R-RP-2), the instant an unjudged complaint reminds (R-CP-2), a
    // report not raised yet (R-IN-2), and R-CP-3's week end for a valid complaint still unresolved.
    static const QSet<QString> stopped{
        TicketTerms::key(TicketStatus::Closed), TicketTerms::key(TicketStatus::Cancelled),
        TicketTerms::key(TicketStatus::WaitingCustomer), TicketTerms::key(TicketStatus::WaitingParts)};
    static const QSet<QString> unresolved{
        TicketTerms::key(TicketStatus::New), TicketTerms::key(TicketStatus::Dispatched),
        TicketTerms::key(TicketStatus::WaitingCustomer), TicketTerms::key(TicketStatus::WaitingParts),
        TicketTerms::key(TicketStatus::Reopened)};
    auto q = m_db.exec(u"SELECT id, kind, severity, status, urgent, respond_by_ms, next_follow_up_ms, resolve_by_ms, "
                       "reply_by_ms, callback_by_ms, follow_up_anchor_ms, rules_json, created_ms, occurred_ms "
                       "FROM tickets WHERE status NOT IN "_s +
                       TicketStore::finishedStatuses() + ReminderSql::within(u"id"_s, &ids));
    if (!q)
        return q.error();
    QHash<qint64, Instants> out;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        Instants in;
        const auto consider = [&](qint64 at) {
            if (at > asOfMs && (!in.next || at < *in.next))
                in.next = at;
        };
        const QString kind = row.value(1).toString();
        const QString severity = row.value(2).toString();
        const QString status = row.value(3).toString();
        const auto rules =
            SiteRules::Snapshot::fromJson(QJsonDocument::fromJson(row.value(11).toString().toUtf8()).object());
        const bool complaint = kind == TicketTerms::key(TicketKind::Complaint);
        if (complaint &&
            (severity == TicketTerms::key(Severity::Minor) || severity == TicketTerms::key(Severity::Important)) &&
            unresolved.contains(status) && rules.complaintUpgradeDays > 0)
            in.upgrade = row.value(13).toLongLong() + TicketClocks::hours(rules.complaintUpgradeDays * 24);
        if (!stopped.contains(status)) {
            for (int column : {5, 7, 8, 9})
                if (!row.value(column).isNull())
                    consider(row.value(column).toLongLong());
            if (!row.value(6).isNull()) {
                const qint64 followUp = row.value(6).toLongLong();
                const qint64 anchor = row.value(10).isNull() ? followUp : row.value(10).toLongLong();
                consider(followUp > asOfMs
                             ? followUp
                             : TicketClocks::nextSlot(anchor, asOfMs, TicketClocks::minutes(rules.followUpMinutes)));
            }
            if (complaint && severity.isEmpty())
                consider(row.value(12).toLongLong() + TicketClocks::minutes(rules.complaintJudgeMinutes));
            if (row.value(4).toBool() || (complaint && (severity == TicketTerms::key(Severity::Important) ||
                                                        severity == TicketTerms::key(Severity::Major))))
                consider(row.value(12).toLongLong()); // a report whose ticket is dated ahead of the clock
        }
        out.insert(row.value(0).toLongLong(), in);
    }
    q.value().finish();
    return out;
}

const QList<Reminder>& ReminderEngine::pending() const
{
    const auto earlier = [](const Reminder& a, const Reminder& b) {
        return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.id < b.id;
    };
    if (m_sortedStale) {
        // Sorted by key, then moved into place once: sorting the reminders themselves moved their
        // dozen strings at every step (22 ms for 28,000 at a start, inside one wake).
        struct Key
        {
            qint64 dueMs;
            qint64 id;
            const Reminder* reminder;
        };
        std::size_t count = std::size_t(m_watches.size());
        for (const QList<Reminder>& list : m_byTicket)
            count += std::size_t(list.size());
        std::vector<Key> keys;
        keys.reserve(count);
        const auto add = [&keys](const QList<Reminder>& list) {
            for (const Reminder& r : list)
                keys.push_back({r.dueMs, r.id, &r});
        };
        for (const QList<Reminder>& list : m_byTicket)
            add(list);
        add(m_watches);
        std::sort(keys.begin(), keys.end(),
                  [](const Key& a, const Key& b) { return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.id < b.id; });
        m_sorted.clear();
        m_sorted.reserve(qsizetype(keys.size()));
        for (const Key& k : keys)
            m_sorted << *k.reminder;
        m_sortedStale = false;
        m_resort.clear();
        m_resortWatches = false;
    } else if (!m_resort.isEmpty() || m_resortWatches) {
        // A few tickets changed: their old reminders leave, their new ones are sorted alone and
        // merged in, one linear pass instead of sorting tens of thousands again (issue 12: the
        // desk held for 17 ms after every change).
        m_sorted.removeIf([this](const Reminder& r) {
            return r.due == ReminderDue::Watch ? m_resortWatches : m_resort.contains(r.ticketId);
        });
        const qsizetype kept = m_sorted.size();
        for (qint64 id : std::as_const(m_resort))
            m_sorted << m_byTicket.value(id);
        if (m_resortWatches)
            m_sorted << m_watches;
        std::sort(m_sorted.begin() + kept, m_sorted.end(), earlier);
        std::inplace_merge(m_sorted.begin(), m_sorted.begin() + kept, m_sorted.end(), earlier);
        m_resort.clear();
        m_resortWatches = false;
    }
    return m_sorted;
}

Result<QList<Reminder>> ReminderEngine::active(qint64 asOfMs, const Session& who) const
{
    auto duty = m_service.onDuty(who, asOfMs);
    if (!duty)
        return duty.error();
    QList<Reminder> mine;
    if (!duty.value())
        return mine;
    for (const Reminder& r : pending())
        if (ReminderService::reaches(who.user.role, r))
            mine << r;
    return mine;
}

Result<QList<ReminderLine>> ReminderEngine::lines(qint64 asOfMs, const Session& who) const
{
    auto duty = m_service.onDuty(who, asOfMs);
    if (!duty)
        return duty.error();
    if (!duty.value())
        return QList<ReminderLine>{};
    // One line per ticket and clock: a repair whose follow-ups were missed all morning is one red
    // line saying since when, not a line for every quarter hour (the earliest due first).
    QList<ReminderLine> out;
    // The line a reminder belongs to: (ticket, clock), or (reminder, report) and (watch, watch) on
    // their own. Integers, not text: a desk back from a gap has tens of thousands of reminders.
    QHash<std::pair<qint64, int>, qsizetype> lineOf;
    for (const Reminder& r : pending()) { // read in place: a copy of the inbox cost as much as the rest
        if (!ReminderService::reaches(who.user.role, r))
            continue;
        const bool own = r.due == ReminderDue::Report || r.due == ReminderDue::Result;
        const std::pair<qint64, int> key = own ? std::pair<qint64, int>{r.id, -1}
                                           : r.due == ReminderDue::Watch
                                               ? std::pair<qint64, int>{r.watchId, -2}
                                               : std::pair<qint64, int>{r.ticketId, int(r.due)};
        const auto found = lineOf.constFind(key);
        if (found == lineOf.cend()) {
            lineOf.insert(key, out.size());
            out.append({r, {r.dueMs}});
            continue;
        }
        ReminderLine& line = out[*found];
        if (!line.dues.contains(r.dueMs)) // the same slot at another rung is not another miss
            line.dues << r.dueMs;
        line.reminder.level = std::max(line.reminder.level, r.level);
    }
    return out;
}

Result<QList<Reminder>> ReminderEngine::noticesDue(qint64 asOfMs, const Session& who)
{
    m_moreToTell = false;
    if (who.isSystem() || who.user.id == 0)
        return QList<Reminder>{};
    if (!knowsNoticesOf(who))
        if (Status s = readNoticesOf(who); !s)
            return s.error();
    auto duty = m_service.onDuty(who, asOfMs);
    if (!duty)
        return duty.error();
    if (!duty.value())
        return QList<Reminder>{};
    const qint64 repeat = TicketClocks::minutes(m_rules.reminderRepeatMinutes());
    QList<Reminder> due; // only those to tell: the usual wake copies nothing
    for (const Reminder& r : pending()) {
        if (!ReminderService::reaches(who.user.role, r))
            continue;
        const auto seen = m_told.constFind(r.id);
        if (seen != m_told.cend() && asOfMs - *seen < repeat)
            continue;
        if (due.size() == kMostNotices) { // thousands at a first start: the rest at the next wakes
            m_moreToTell = true;
            break;
        }
        due << r;
    }
    return m_service.recordNotices(asOfMs, who, due, m_told);
}

bool ReminderEngine::knowsNoticesOf(const Session& who) const
{
    return who.isSystem() || m_toldUser == who.user.id;
}

Status ReminderEngine::readNoticesOf(const Session& who)
{
    auto last = m_service.lastNotices(who.user.id);
    if (!last)
        return last.error();
    m_told = std::move(last).value();
    m_toldUser = who.user.id;
    return {};
}

std::optional<qint64> ReminderEngine::nextDueMs(const Session* who) const
{
    std::optional<qint64> next;
    const auto consider = [&](std::optional<qint64> at) {
        if (at && (!next || *at < *next))
            next = at;
    };
    if (!m_schedule.isEmpty())
        consider(m_schedule.firstKey());
    consider(m_watchNextMs);
    for (qint64 at : m_upgradeAt)
        consider(at);
    if (who && who->user.id == m_toldUser && m_toldUser != 0) {
        // This person's next repeat: the earliest last notice of a reminder still in their inbox.
        const qint64 repeat = TicketClocks::minutes(m_rules.reminderRepeatMinutes());
        std::optional<qint64> earliest;
        for (const Reminder& r : pending())
            if (const auto seen = m_told.constFind(r.id); seen != m_told.cend() &&
                                                          ReminderService::reaches(who->user.role, r) &&
                                                          (!earliest || *seen < *earliest))
                earliest = *seen;
        if (earliest)
            consider(std::max(*earliest + repeat, m_lastMs + 1));
    }
    return next;
}

} // namespace fd
