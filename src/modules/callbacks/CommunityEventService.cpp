#include "modules/callbacks/CommunityEventService.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/tickets/NewTicket.h"
#include "engine/tickets/TicketService.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

Error fieldError(const QString& code, const QString& message, const QString& field)
{
    return Error{code, message, field};
}

// R-CB-1: the event fills the callbacks queue (CallBack) with tickets it opens (TakeIn).
Status mayRecord(const Session& who)
{
    for (Permission needed : {Permission::CallBack, Permission::TakeIn})
        if (Status s = who.require(needed); !s)
            return s;
    return {};
}

} // namespace

CommunityEventService::CommunityEventService(Database& db, const Clock& clock, AuditLog& audit, TicketService& tickets)
    : m_db(db), m_clock(clock), m_audit(audit), m_tickets(tickets)
{}

int CommunityEventService::floorOf(const QString& room)
{
    QString digits;
    for (QChar c : room)
        if (c.isDigit())
            digits += c;
    const int number = digits.toInt();
    return number >= 100 ? number / 100 : 1;
}

QList<qint64> CommunityEventService::choose(const QList<EventHousehold>& all, const QString& building, int fromFloor,
                                            int toFloor)
{
    QList<qint64> out;
    for (const EventHousehold& h : all) {
        if (!building.isEmpty() && h.building != building)
            continue;
        if ((fromFloor > 0 && h.floor < fromFloor) || (toFloor > 0 && h.floor > toFloor))
            continue;
        out << h.unitId;
    }
    return out;
}

Result<QList<EventHousehold>> CommunityEventService::households(const Session& who) const
{
    if (Status s = who.require(Permission::CallBack); !s)
        return s.error();
    auto q = m_db.exec(u"SELECT u.id, u.code, b.code, u.room FROM units u JOIN buildings b ON b.id = u.building_id "
                       "ORDER BY b.code, u.entrance, u.room, u.id"_s);
    if (!q)
        return q.error();
    QList<EventHousehold> out;
    while (q.value().next())
        out << EventHousehold{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                              q.value().value(2).toString(), floorOf(q.value().value(3).toString())};
    return out;
}

Status CommunityEventService::validate(const NewCommunityEvent& e, const QList<qint64>& units) const
{
    if (e.title.trimmed().isEmpty())
        return fieldError(u"event.title"_s, tr("Say what happened, e.g. 3栋停水."), u"title"_s);
    if (e.startsMs <= 0 || e.endsMs < e.startsMs)
        return fieldError(u"event.time"_s, tr("The event ends after it starts."), u"ends"_s);
    if (units.isEmpty())
        return fieldError(u"event.units"_s, tr("Choose the households to call back."), u"units"_s);
    if (units.size() > MaxHouseholds)
        return fieldError(u"event.units"_s, tr("At most %1 households in one event.").arg(MaxHouseholds), u"units"_s);
    QStringList marks;
    QVariantList binds;
    for (qint64 id : units) {
        marks << u"?"_s;
        binds << id;
    }
    // In chunks: SQLite 3.40 takes at most 32766 bound values in one statement, PostgreSQL 65535.
    qint64 known = 0;
    for (qsizetype from = 0; from < binds.size(); from += 500) {
        const QVariantList part = binds.mid(from, 500);
        auto v =
            m_db.scalar(u"SELECT COUNT(*) FROM units WHERE id IN (%1)"_s.arg(marks.mid(from, 500).join(u", "_s)), part);
        if (!v)
            return v.error();
        known += v.value().toLongLong();
    }
    if (known != units.size())
        return fieldError(u"event.units"_s, tr("A chosen household is not in the registry."), u"units"_s);
    return {};
}

Result<CommunityEvent> CommunityEventService::record(const Session& who, const NewCommunityEvent& e)
{
    if (Status s = mayRecord(who); !s)
        return s.error();
    QList<qint64> units;
    QSet<qint64> seen;
    for (qint64 id : e.unitIds)
        if (!seen.contains(id)) {
            seen.insert(id);
            units << id;
        }
    if (Status s = validate(e, units); !s)
        return s.error();

    CommunityEvent out;
    out.title = e.title.trimmed();
    out.description = e.description.trimmed();
    out.startsMs = e.startsMs;
    out.endsMs = e.endsMs;
    out.createdMs = m_clock.nowMs();

    Transaction tx(m_db); // all or nothing: the event, every household and every callback ticket
    if (!tx.started())
        return tx.started().error();
    auto id =
        m_db.insert(u"INSERT INTO community_events (title, description, starts_ms, ends_ms, created_ms, "
                    "created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {out.title, sql::text(out.description), out.startsMs, out.endsMs, out.createdMs, who.user.id});
    if (!id)
        return id.error();
    out.id = id.value();
    for (qint64 unitId : units) {
        NewTicket n;
        n.kind = TicketKind::Callback;
        n.channel = Channel::WalkIn;
        n.unitId = unitId;
        n.description = tr("Callback after the community event: %1").arg(out.title);
        n.callbackFromMs = out.endsMs; // R-CB-1: due callback hours after the event's end
        auto ticket = m_tickets.open(who, n);
        if (!ticket)
            return ticket.error();
        auto link =
            m_db.exec(u"INSERT INTO community_event_callbacks (event_id, unit_id, ticket_id) VALUES (?, ?, ?)"_s,
                      {out.id, unitId, ticket.value().id});
        if (!link)
            return link.error();
        out.ticketIds << ticket.value().id;
    }
    auto audited = m_audit.append(who, u"community_event"_s, out.id, u"recorded"_s, {},
                                  {{u"title"_s, out.title},
                                   {u"description"_s, out.description},
                                   {u"starts_ms"_s, out.startsMs},
                                   {u"ends_ms"_s, out.endsMs},
                                   {u"households"_s, qint64(units.size())}});
    if (!audited)
        return audited.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

} // namespace fd
