// ComplaintService, part two: the reads (the list, decisions, same-event groups, the reply time).
#include "modules/complaints/ComplaintCriteria.h"
#include "modules/complaints/ComplaintService.h"

#include "core/TwoPartPage.h"

#include "engine/tickets/TicketStore.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

std::optional<qint64> instantFrom(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

} // namespace

Result<QList<ComplaintRow>> ComplaintService::complaints(int limit, int offset) const
{
    // Open first, then the nearest limit (none last), then newest. Read in parts along their
    // indexes (0024): the open ones (few), then of the finished ones those with a limit, by it, then
    // those without, newest first; so the first view sorts nothing but the open ones.
    const QString finished = TicketStore::finishedStatuses();
    const auto count = [this](const QString& where) -> Result<qint64> {
        auto v = m_db.scalar(u"SELECT COUNT(*) FROM tickets t WHERE t.kind = 'complaint' AND "_s + where);
        if (!v)
            return v.error();
        return v.value().toLongLong();
    };
    const QString open = u"t.status NOT IN "_s + finished;
    const QString limited = u"t.status IN "_s + finished + u" AND t.resolve_by_ms IS NOT NULL"_s;
    const auto readFinished = [&](int most, int from) {
        return twoPartPage<ComplaintRow>(
            most, from,
            [&](bool withLimit, int n, int at) {
                return withLimit ? complaintsWhere(limited, u"t.resolve_by_ms, t.id DESC"_s, n, at)
                                 : complaintsWhere(u"t.status IN "_s + finished + u" AND t.resolve_by_ms IS NULL"_s,
                                                   u"t.id DESC"_s, n, at);
            },
            [&] { return count(limited); });
    };
    return twoPartPage<ComplaintRow>(
        limit, offset,
        [&](bool isOpen, int n, int at) {
            return isOpen
                       ? complaintsWhere(
                             open, u"CASE WHEN t.resolve_by_ms IS NULL THEN 1 ELSE 0 END, t.resolve_by_ms, t.id DESC"_s,
                             n, at)
                       : readFinished(n, at);
        },
        [&] { return count(open); });
}

Result<QList<ComplaintRow>> ComplaintService::complaintsWhere(const QString& where, const QString& order, int limit,
                                                              int offset) const
{
    const QString sql =
        u"SELECT t.id, t.number, t.status, t.severity, COALESCE(u.code, ''), t.person_name, t.description, "
        "t.occurred_ms, t.resolve_by_ms, t.reply_by_ms, COALESCE(l.root_id, t.same_event_as, 0) "
        "FROM tickets t LEFT JOIN units u ON u.id = t.unit_id "
        "LEFT JOIN complaint_links l ON l.ticket_id = t.id WHERE t.kind = 'complaint' AND %1 "
        "ORDER BY %2 LIMIT ? OFFSET ?"_s.arg(where, order);
    auto q = m_db.exec(sql, {limit, offset});
    if (!q)
        return q.error();
    QList<ComplaintRow> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        ComplaintRow row;
        row.ticketId = r.value(0).toLongLong();
        row.number = r.value(1).toString();
        row.status = TicketTerms::statusFrom(r.value(2).toString()).value_or(TicketStatus::New);
        row.severity = TicketTerms::severityFrom(r.value(3).toString()).value_or(Severity::None);
        row.unitCode = r.value(4).toString();
        row.personName = r.value(5).toString();
        row.description = r.value(6).toString();
        row.occurredMs = r.value(7).toLongLong();
        row.resolveByMs = instantFrom(r.value(8));
        row.replyByMs = instantFrom(r.value(9));
        row.sameEventRoot = r.value(10).toLongLong();
        out << row;
    }
    q.value().finish();
    return out;
}

Result<qint64> ComplaintService::complaintCount() const
{
    auto v = m_db.scalar(TicketStore::kindCountSql(u"complaint"_s));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<std::optional<ComplaintDecisionRecord>> ComplaintService::latestDecision(qint64 ticketId) const
{
    auto q = m_db.exec(u"SELECT valid, severity, criteria_json, reason, decided_ms, COALESCE(decided_by, 0) "
                       "FROM complaint_decisions WHERE ticket_id = ? ORDER BY id DESC LIMIT 1"_s,
                       {ticketId});
    if (!q)
        return q.error();
    std::optional<ComplaintDecisionRecord> out;
    if (q.value().next()) {
        const QSqlQuery& r = q.value();
        ComplaintDecisionRecord rec;
        rec.decision.valid = r.value(0).toBool();
        rec.decision.severity = TicketTerms::severityFrom(r.value(1).toString()).value_or(Severity::None);
        for (const QJsonValue& v : QJsonDocument::fromJson(r.value(2).toString().toUtf8()).array())
            if (auto c = ComplaintCriteria::fromKey(v.toString()))
                rec.decision.criteria << *c;
        rec.decision.reason = r.value(3).toString();
        rec.decidedMs = r.value(4).toLongLong();
        rec.decidedBy = r.value(5).toLongLong();
        out = rec;
    }
    q.value().finish();
    return out;
}

Result<qint64> ComplaintService::eventRoot(qint64 ticketId) const
{
    auto v = m_db.scalar(u"SELECT COALESCE((SELECT root_id FROM complaint_links WHERE ticket_id = ?), "
                         "(SELECT same_event_as FROM tickets WHERE id = ?), ?)"_s,
                         {ticketId, ticketId, ticketId});
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

// Valid or not yet judged complaints of the event: the root and everything linked to it (R-CP-3).
Result<int> ComplaintService::eventGroupSize(qint64 rootId) const
{
    auto v = m_db.scalar(
        u"SELECT COUNT(*) FROM tickets WHERE kind = 'complaint' AND status <> 'cancelled' AND "
        "(id = ? OR same_event_as = ? OR id IN (SELECT ticket_id FROM complaint_links WHERE root_id = ?))"_s,
        {rootId, rootId, rootId});
    if (!v)
        return v.error();
    return v.value().toInt();
}

Result<qint64> ComplaintService::complaintIdByNumber(const QString& number) const
{
    auto v = m_db.scalar(u"SELECT COALESCE((SELECT id FROM tickets WHERE kind = 'complaint' AND number = ?), 0)"_s,
                         {number.trimmed()});
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<QList<Department>> ComplaintService::departments() const
{
    return Departments(m_db).list();
}

Result<std::optional<qint64>> ComplaintService::repliedMs(qint64 ticketId) const
{
    auto v = m_db.scalar(u"SELECT MAX(at_ms) FROM ticket_events WHERE ticket_id = ? AND kind = ?"_s,
                         {ticketId, TicketTerms::eventKey(TicketAction::Reply)});
    if (!v)
        return v.error();
    return instantFrom(v.value());
}

} // namespace fd
