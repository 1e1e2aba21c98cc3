#include "engine/tickets/TicketStore.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fd {

using sql::idOrNull;
using sql::instant;
using sql::instantFrom;
using sql::text;

namespace {

const QString kColumns =
    u"id, kind, number, channel, caller_phone, COALESCE(unit_id, 0), COALESCE(resident_id, 0), person_name, "
    "description, category, department, severity, status, COALESCE(second_dispatch_of, 0), "
    "COALESCE(same_event_as, 0), retroactive, occurred_ms, created_ms, COALESCE(created_by, 0), respond_by_ms, "
    "follow_up_anchor_ms, next_follow_up_ms, resolve_by_ms, reply_by_ms, callback_by_ms, paused_since_ms, "
    "paused_total_ms, rules_json, closed_ms, version, urgent"_s;

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL and hold '' instead.
QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

Ticket ticketFrom(const QSqlQuery& q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.kind = TicketTerms::kindFrom(q.value(1).toString()).value_or(TicketKind::Affair);
    t.number = q.value(2).toString();
    t.channel = TicketTerms::channelFrom(q.value(3).toString()).value_or(Channel::WalkIn);
    t.callerPhone = q.value(4).toString();
    t.unitId = q.value(5).toLongLong();
    t.residentId = q.value(6).toLongLong();
    t.personName = q.value(7).toString();
    t.description = q.value(8).toString();
    t.category = q.value(9).toString();
    t.department = q.value(10).toString();
    t.severity = TicketTerms::severityFrom(q.value(11).toString()).value_or(Severity::None);
    t.status = TicketTerms::statusFrom(q.value(12).toString()).value_or(TicketStatus::New);
    t.secondDispatchOf = q.value(13).toLongLong();
    t.sameEventAs = q.value(14).toLongLong();
    t.retroactive = q.value(15).toBool();
    t.occurredMs = q.value(16).toLongLong();
    t.createdMs = q.value(17).toLongLong();
    t.createdBy = q.value(18).toLongLong();
    t.respondByMs = instantFrom(q.value(19));
    t.followUpAnchorMs = instantFrom(q.value(20));
    t.nextFollowUpMs = instantFrom(q.value(21));
    t.resolveByMs = instantFrom(q.value(22));
    t.replyByMs = instantFrom(q.value(23));
    t.callbackByMs = instantFrom(q.value(24));
    t.pausedSinceMs = instantFrom(q.value(25));
    t.pausedTotalMs = q.value(26).toLongLong();
    t.rules = SiteRules::Snapshot::fromJson(objectFrom(q.value(27).toString()));
    t.closedMs = instantFrom(q.value(28));
    t.version = q.value(29).toInt();
    t.urgent = q.value(30).toBool();
    return t;
}

} // namespace

TicketStore::TicketStore(Database& db) : m_db(db) {}

Error TicketStore::staleError()
{
    return Error{u"ticket.stale"_s, tr("Someone else changed this ticket in the meantime; reload it and try again.")};
}

Result<QString> TicketStore::allocateNumber(TicketKind kind, qint64 atMs)
{
    const QString day = QDateTime::fromMSecsSinceEpoch(atMs).date().toString(u"yyyyMMdd"_s);
    auto last = m_db.exec(u"INSERT INTO ticket_counters (kind, day, last) VALUES (?, ?, 1) "
                          "ON CONFLICT (kind, day) DO UPDATE SET last = ticket_counters.last + 1 RETURNING last"_s,
                          {TicketTerms::key(kind), day});
    if (!last)
        return last.error();
    if (!last.value().next())
        return Error{u"ticket.number"_s, tr("The database did not give out a ticket number.")};
    const int n = last.value().value(0).toInt();
    last.value().finish();
    return u"%1-%2-%3"_s.arg(TicketTerms::numberPrefix(kind), day).arg(n, 4, 10, QChar(u'0'));
}

Result<qint64> TicketStore::insert(const Ticket& t)
{
    return m_db.insert(
        u"INSERT INTO tickets (kind, number, channel, caller_phone, unit_id, resident_id, person_name, description, "
        "category, department, severity, status, second_dispatch_of, same_event_as, retroactive, occurred_ms, "
        "created_ms, created_by, respond_by_ms, follow_up_anchor_ms, next_follow_up_ms, resolve_by_ms, reply_by_ms, "
        "callback_by_ms, paused_since_ms, paused_total_ms, rules_json, closed_ms, urgent, version, post_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, "
        // R-SH-2: the post that has it in custody: its taker's, or the site's first desk post.
        "COALESCE((SELECT post_id FROM shifts WHERE user_id = ? AND ended_ms IS NULL), "
        "(SELECT id FROM posts WHERE NOT is_control_room AND active ORDER BY id LIMIT 1))) RETURNING id"_s,
        {TicketTerms::key(t.kind),
         t.number,
         TicketTerms::key(t.channel),
         text(t.callerPhone),
         idOrNull(t.unitId),
         idOrNull(t.residentId),
         text(t.personName),
         t.description,
         text(t.category),
         text(t.department),
         text(TicketTerms::key(t.severity)),
         TicketTerms::key(t.status),
         idOrNull(t.secondDispatchOf),
         idOrNull(t.sameEventAs),
         t.retroactive,
         t.occurredMs,
         t.createdMs,
         idOrNull(t.createdBy),
         instant(t.respondByMs),
         instant(t.followUpAnchorMs),
         instant(t.nextFollowUpMs),
         instant(t.resolveByMs),
         instant(t.replyByMs),
         instant(t.callbackByMs),
         instant(t.pausedSinceMs),
         t.pausedTotalMs,
         json(t.rules.toJson()),
         instant(t.closedMs),
         t.urgent,
         idOrNull(t.createdBy)});
}

Result<int> TicketStore::update(const Ticket& t, int expectedVersion)
{
    auto q = m_db.exec(
        u"UPDATE tickets SET department = ?, severity = ?, status = ?, respond_by_ms = ?, follow_up_anchor_ms = ?, "
        "next_follow_up_ms = ?, resolve_by_ms = ?, reply_by_ms = ?, callback_by_ms = ?, paused_since_ms = ?, "
        "paused_total_ms = ?, closed_ms = ?, version = version + 1 WHERE id = ? AND version = ? RETURNING version"_s,
        {text(t.department), text(TicketTerms::key(t.severity)), TicketTerms::key(t.status), instant(t.respondByMs),
         instant(t.followUpAnchorMs), instant(t.nextFollowUpMs), instant(t.resolveByMs), instant(t.replyByMs),
         instant(t.callbackByMs), instant(t.pausedSinceMs), t.pausedTotalMs, instant(t.closedMs), t.id,
         expectedVersion});
    if (!q)
        return q.error();
    if (!q.value().next())
        return staleError();
    const int version = q.value().value(0).toInt();
    q.value().finish();
    return version;
}

Result<qint64> TicketStore::appendEvent(const TicketEvent& e)
{
    return m_db.insert(u"INSERT INTO ticket_events (ticket_id, at_ms, recorded_ms, actor_id, kind, from_status, "
                       "to_status, note, data_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                       {e.ticketId, e.atMs, e.recordedMs, idOrNull(e.actorId), e.kind,
                        text(e.fromStatus ? TicketTerms::key(*e.fromStatus) : QString()), TicketTerms::key(e.toStatus),
                        text(e.note), json(e.data)});
}

Result<Ticket> TicketStore::load(qint64 id) const
{
    return m_db.one(u"SELECT "_s + kColumns + u" FROM tickets WHERE id = ?"_s, {id}, ticketFrom,
                    Error{u"ticket.unknown"_s, tr("There is no ticket with that number.")});
}

Result<QList<TicketEvent>> TicketStore::events(qint64 ticketId) const
{
    auto q = m_db.exec(u"SELECT id, ticket_id, at_ms, recorded_ms, COALESCE(actor_id, 0), kind, from_status, "
                       "to_status, note, data_json FROM ticket_events WHERE ticket_id = ? ORDER BY id"_s,
                       {ticketId});
    if (!q)
        return q.error();
    QList<TicketEvent> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        TicketEvent e;
        e.id = r.value(0).toLongLong();
        e.ticketId = r.value(1).toLongLong();
        e.atMs = r.value(2).toLongLong();
        e.recordedMs = r.value(3).toLongLong();
        e.actorId = r.value(4).toLongLong();
        e.kind = r.value(5).toString();
        e.fromStatus = TicketTerms::statusFrom(r.value(6).toString());
        e.toStatus = TicketTerms::statusFrom(r.value(7).toString()).value_or(TicketStatus::New);
        e.note = r.value(8).toString();
        e.data = objectFrom(r.value(9).toString());
        out.append(e);
    }
    return out;
}

QString TicketStore::stoppedStatuses()
{
    QStringList keys;
    for (TicketStatus s :
         {TicketStatus::Closed, TicketStatus::Cancelled, TicketStatus::WaitingCustomer, TicketStatus::WaitingParts})
        keys << u"'"_s + TicketTerms::key(s) + u"'"_s;
    return u"("_s + keys.join(u", "_s) + u")"_s;
}

QString TicketStore::finishedStatuses()
{
    return u"('%1', '%2')"_s.arg(TicketTerms::key(TicketStatus::Closed), TicketTerms::key(TicketStatus::Cancelled));
}

QString TicketStore::kindCountSql(const QString& kind)
{
    const QString part = u"(SELECT COUNT(*) FROM tickets WHERE kind = '%1' AND status %2 %3)"_s;
    return u"SELECT "_s + part.arg(kind, u"NOT IN"_s, finishedStatuses()) + u" + "_s +
           part.arg(kind, u"IN"_s, finishedStatuses());
}

Result<QList<TicketDue>> TicketStore::due(qint64 fromMs, qint64 toMs, const QList<TicketClock>& clocks, int limit) const
{
    static const QList<std::pair<TicketClock, QString>> columns{
        {TicketClock::Respond, u"respond_by_ms"_s},   {TicketClock::FollowUp, u"next_follow_up_ms"_s},
        {TicketClock::Resolve, u"resolve_by_ms"_s},   {TicketClock::Reply, u"reply_by_ms"_s},
        {TicketClock::Callback, u"callback_by_ms"_s},
    };
    // Closed, cancelled and waiting tickets never fire (their running clocks are cleared or held).
    const QString stopped = stoppedStatuses();
    QStringList parts;
    QVariantList binds;
    for (const auto& [clock, column] : columns) {
        if (!clocks.isEmpty() && !clocks.contains(clock))
            continue;
        parts << u"SELECT id, number, kind, status, '%1', %2, department, severity, COALESCE(unit_id, 0), person_name, "
                 u"description, "
                 "COALESCE((SELECT code FROM units WHERE units.id = tickets.unit_id), '') "
                 "FROM tickets WHERE %2 IS NOT NULL AND %2 > ? AND %2 <= ? AND status NOT IN %3"_s.arg(
                     TicketTerms::key(clock), column, stopped);
        binds << fromMs << toMs;
    }
    QString sql = parts.join(u" UNION ALL "_s) + u" ORDER BY 6, 1"_s;
    if (limit > 0) {
        sql += u" LIMIT ?"_s;
        binds << limit;
    }
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<TicketDue> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        TicketDue d;
        d.ticketId = r.value(0).toLongLong();
        d.number = r.value(1).toString();
        d.kind = TicketTerms::kindFrom(r.value(2).toString()).value_or(TicketKind::Affair);
        d.status = TicketTerms::statusFrom(r.value(3).toString()).value_or(TicketStatus::New);
        d.clock = TicketTerms::clockFrom(r.value(4).toString()).value_or(TicketClock::Respond);
        d.dueMs = r.value(5).toLongLong();
        d.department = r.value(6).toString();
        d.severity = TicketTerms::severityFrom(r.value(7).toString()).value_or(Severity::None);
        d.unitId = r.value(8).toLongLong();
        d.personName = r.value(9).toString();
        d.description = r.value(10).toString();
        d.unitCode = r.value(11).toString();
        out.append(d);
    }
    return out;
}

} // namespace fd
