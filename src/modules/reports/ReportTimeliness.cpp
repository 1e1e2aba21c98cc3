// ReportService, part two: the on-time rates and the callback statistics (R-IN-3, R-IN-4, R-RP-2,
// R-CP-5, R-CB-4). Each limit is the one the ticket was opened under: the tickets of the period are
// grouped by their rules snapshot (rules_json, in practice one or two groups a week), the limit of
// each group is computed by TicketClocks, and one aggregate query per group counts against it.
#include "modules/reports/ReportService.h"

#include "engine/tickets/SiteRules.h"
#include "engine/tickets/TicketClocks.h"
#include "engine/tickets/TicketTerms.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

SiteRules::Snapshot snapshotFrom(const QString& json)
{
    return SiteRules::Snapshot::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

void add(ReportRate& rate, const QVariant& met, const QVariant& total)
{
    rate.met += met.toLongLong();
    rate.total += total.toLongLong();
}

// A list of stored keys as SQL literals ('repair', 'complaint'); keys are fixed identifiers.
QString keyList(const QStringList& keys)
{
    return u"'"_s + keys.join(u"', '"_s) + u"'"_s;
}

} // namespace

Status ReportService::timeliness(ReportFigures& f) const
{
    const QVariantList period{f.fromMs, f.toMs};
    auto groups =
        m_db.exec(u"SELECT rules_json, kind, severity FROM tickets WHERE occurred_ms >= ? AND occurred_ms < ? "
                  "AND status <> 'cancelled' AND kind <> 'callback' GROUP BY rules_json, kind, severity"_s,
                  period);
    if (!groups)
        return groups.error();
    struct Group
    {
        QString rules, kind, severity;
    };
    QList<Group> list;
    while (groups.value().next())
        list.append({groups.value().value(0).toString(), groups.value().value(1).toString(),
                     groups.value().value(2).toString()});
    groups.value().finish();

    // first_answer: the respond clock is met by the first move out of new (R-IN-3).
    // first_done: resolve-by is met by the first move to returned or replied (an inquiry or affair may
    // also close at once); an interim reply leaves the ticket dispatched and does not count.
    const QString sql =
        u"SELECT "
        "SUM(CASE WHEN e.first_answer IS NOT NULL AND e.first_answer <= t.occurred_ms + ? THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN e.first_answer IS NOT NULL OR t.occurred_ms + ? <= ? THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN e.first_done IS NOT NULL AND e.first_done <= t.occurred_ms + t.paused_total_ms + ? "
        "THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN e.first_done IS NOT NULL OR t.occurred_ms + t.paused_total_ms + ? <= ? THEN 1 ELSE 0 END) "
        "FROM tickets t LEFT JOIN ("
        "  SELECT ticket_id, "
        "  MIN(CASE WHEN kind IN ('dispatched', 'replied', 'closed') THEN at_ms END) AS first_answer, "
        "  MIN(CASE WHEN to_status IN ('returned', 'replied', 'closed') THEN at_ms END) AS first_done "
        "  FROM ticket_events WHERE ticket_id IN (SELECT id FROM tickets WHERE occurred_ms >= ? AND occurred_ms < ?) "
        "  GROUP BY ticket_id) e ON e.ticket_id = t.id "
        "WHERE t.occurred_ms >= ? AND t.occurred_ms < ? AND t.status <> 'cancelled' "
        "AND t.rules_json = ? AND t.kind = ? AND t.severity = ?"_s;

    for (const Group& g : list) {
        const auto kind = TicketTerms::kindFrom(g.kind);
        const auto severity = TicketTerms::severityFrom(g.severity);
        if (!kind || !severity)
            continue;
        const SiteRules::Snapshot rules = snapshotFrom(g.rules);
        const qint64 forward = TicketClocks::minutes(rules.forwardMinutes);
        const auto limit = TicketClocks::resolveLimit(*kind, *severity, rules);
        const qint64 resolve = limit.value_or(0);
        auto q = m_db.exec(sql, {forward, forward, f.asOfMs, resolve, resolve, f.asOfMs, f.fromMs, f.toMs, f.fromMs,
                                 f.toMs, g.rules, g.kind, g.severity.isNull() ? u""_s : g.severity});
        if (!q)
            return q.error();
        if (!q.value().next())
            continue;
        add(f.forwarding, q.value().value(0), q.value().value(1)); // R-IN-3
        if (limit && *kind == TicketKind::Complaint)
            add(f.resolution, q.value().value(2), q.value().value(3)); // R-CP-5
        else if (limit)
            add(f.reply, q.value().value(2), q.value().value(3)); // R-IN-4
        q.value().finish();
    }
    return {};
}

Status ReportService::followUps(ReportFigures& f) const
{
    // R-RP-2, R-CP-7: each follow-up of the period against the slot the engine had set for it.
    const QVariantList period{f.fromMs, f.toMs};
    const QString inPeriod =
        u"SELECT ticket_id FROM ticket_events WHERE kind = 'followed_up' AND at_ms >= ? AND at_ms < ?"_s;
    auto groups =
        m_db.exec(u"SELECT rules_json FROM tickets WHERE id IN ("_s + inPeriod + u") GROUP BY rules_json"_s, period);
    if (!groups)
        return groups.error();
    QStringList snapshots;
    while (groups.value().next())
        snapshots.append(groups.value().value(0).toString());
    groups.value().finish();

    const QString sql =
        u"SELECT SUM(CASE WHEN x.at_ms <= x.anchor + ((x.prev_at - x.anchor) / ? + 1) * ? THEN 1 ELSE 0 END), "
        "COUNT(*) FROM ("
        "  SELECT e.kind, e.at_ms, "
        "  LAG(e.at_ms) OVER (PARTITION BY e.ticket_id ORDER BY e.at_ms, e.id) AS prev_at, "
        "  MAX(CASE WHEN e.kind IN ('dispatched', 'resumed') THEN e.at_ms END) "
        "    OVER (PARTITION BY e.ticket_id ORDER BY e.at_ms, e.id) AS anchor "
        "  FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
        "  WHERE e.kind IN ('dispatched', 'resumed', 'followed_up') AND t.rules_json = ? "
        "  AND e.ticket_id IN ("_s +
        inPeriod + u")) x WHERE x.kind = 'followed_up' AND x.at_ms >= ? AND x.at_ms < ?"_s;
    for (const QString& rules : snapshots) {
        const qint64 interval = TicketClocks::minutes(snapshotFrom(rules).followUpMinutes);
        if (interval <= 0)
            continue;
        auto q = m_db.exec(sql, {interval, interval, rules, f.fromMs, f.toMs, f.fromMs, f.toMs});
        if (!q)
            return q.error();
        if (q.value().next())
            add(f.followUp, q.value().value(0), q.value().value(1));
        q.value().finish();
    }
    return {};
}

Status ReportService::callbacks(ReportFigures& f) const
{
    // R-CB-4, R-CP-8: the work first done in the period owes a callback; how much of it got one.
    QStringList owing;
    for (TicketKind k : TicketTerms::kinds())
        if (TicketTerms::needsCallback(k))
            owing.append(TicketTerms::key(k));
    auto owed = m_db.exec(u"SELECT SUM(CASE WHEN EXISTS (SELECT 1 FROM ticket_events c WHERE c.ticket_id = d.ticket_id "
                          "AND c.kind = 'called_back') THEN 1 ELSE 0 END), COUNT(*) FROM ("
                          "  SELECT ticket_id, MIN(at_ms) AS done_at FROM ticket_events "
                          "  WHERE to_status IN ('returned', 'replied') AND ticket_id IN ("
                          "    SELECT ticket_id FROM ticket_events WHERE to_status IN ('returned', 'replied') AND "
                          "at_ms >= ? AND at_ms < ?) "
                          "  GROUP BY ticket_id) d JOIN tickets t ON t.id = d.ticket_id "
                          "WHERE d.done_at >= ? AND d.done_at < ? AND t.kind IN ("_s +
                              keyList(owing) + u")"_s,
                          {f.fromMs, f.toMs, f.fromMs, f.toMs});
    if (!owed)
        return owed.error();
    if (owed.value().next())
        add(f.callbacks, owed.value().value(0), owed.value().value(1));
    owed.value().finish();

    // R-CP-8: the rate is read against the site's target, and what was not called back is listed.
    f.callbackTargetPercent = qBound(1, m_rules.callbackTargetPercent(), 100);
    auto missed = m_db.exec(
        u"SELECT t.id, t.number, COALESCE(u.code, ''), d.done_at, t.callback_by_ms, t.rules_json FROM ("
        "  SELECT ticket_id, MIN(at_ms) AS done_at FROM ticket_events "
        "  WHERE to_status IN ('returned', 'replied') AND ticket_id IN ("
        "    SELECT ticket_id FROM ticket_events WHERE to_status IN ('returned', 'replied') AND "
        "at_ms >= ? AND at_ms < ?) "
        "  GROUP BY ticket_id) d JOIN tickets t ON t.id = d.ticket_id LEFT JOIN units u ON u.id = t.unit_id "
        "WHERE d.done_at >= ? AND d.done_at < ? AND t.kind IN ("_s +
            keyList(owing) +
            u") AND NOT EXISTS (SELECT 1 FROM ticket_events c WHERE c.ticket_id = t.id AND c.kind = 'called_back') "
            "ORDER BY d.done_at, t.id LIMIT 500"_s,
        {f.fromMs, f.toMs, f.fromMs, f.toMs});
    if (!missed)
        return missed.error();
    while (missed.value().next()) {
        const QSqlQuery& q = missed.value();
        MissedCallback m{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                         0};
        m.callbackDueMs = q.value(4).isNull()
                              ? m.resolvedMs + TicketClocks::hours(snapshotFrom(q.value(5).toString()).callbackHours)
                              : q.value(4).toLongLong();
        f.notCalledBack << m;
    }

    // R-CB-4: satisfaction of the callbacks made in the period (TicketService stores the outcome).
    auto made = m_db.exec(u"SELECT SUM(CASE WHEN data_json LIKE '%\"satisfied\":true%' THEN 1 ELSE 0 END), COUNT(*) "
                          "FROM ticket_events WHERE kind = 'called_back' AND at_ms >= ? AND at_ms < ?"_s,
                          {f.fromMs, f.toMs});
    if (!made)
        return made.error();
    if (made.value().next())
        add(f.satisfaction, made.value().value(0), made.value().value(1));
    made.value().finish();
    return {};
}

} // namespace fd
