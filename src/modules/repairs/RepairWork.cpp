// RepairService, part two: dispatch with its numbered order, the return, the second dispatch and
// the reads. Part one (RepairService.cpp) holds the fee schedule and quotes.
#include "modules/repairs/RepairService.h"

#include "core/TwoPartPage.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/tickets/Departments.h"
#include "engine/tickets/NewTicket.h"
#include "engine/tickets/TicketService.h"
#include "engine/tickets/TicketStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// An empty QString binds as NULL; the text columns are NOT NULL DEFAULT ''.
QString text(const QString& s)
{
    return s.isNull() ? u""_s : s;
}

QJsonArray linesJson(const Quote& quote)
{
    QJsonArray out;
    for (const QuotedLine& l : quote.lines)
        out.append(QJsonObject{{u"fee_item_id"_s, l.feeItemId},
                               {u"code"_s, l.code},
                               {u"name"_s, l.name},
                               {u"unit"_s, l.unit},
                               {u"price_fen"_s, l.priceFen},
                               {u"quantity"_s, l.quantity},
                               {u"amount_fen"_s, l.amountFen}});
    return out;
}

Quote quoteFrom(const QString& json, qint64 totalFen)
{
    Quote q;
    q.totalFen = totalFen;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        QuotedLine l;
        l.feeItemId = o.value(u"fee_item_id"_s).toInteger();
        l.code = o.value(u"code"_s).toString();
        l.name = o.value(u"name"_s).toString();
        l.unit = o.value(u"unit"_s).toString();
        l.priceFen = o.value(u"price_fen"_s).toInteger();
        l.quantity = o.value(u"quantity"_s).toInt();
        l.amountFen = o.value(u"amount_fen"_s).toInteger();
        q.lines << l;
    }
    return q;
}

const QString kOrderColumns = u"id, ticket_id, number, category, paid, items_json, total_fen, department, technician, "
                              "note, created_ms, COALESCE(created_by, 0)"_s;

RepairOrder orderFrom(const QSqlQuery& q)
{
    RepairOrder o;
    o.id = q.value(0).toLongLong();
    o.ticketId = q.value(1).toLongLong();
    o.number = q.value(2).toString();
    o.category = q.value(3).toString();
    o.paid = q.value(4).toBool();
    o.quote = quoteFrom(q.value(5).toString(), q.value(6).toLongLong());
    o.department = q.value(7).toString();
    o.technician = q.value(8).toString();
    o.note = q.value(9).toString();
    o.createdMs = q.value(10).toLongLong();
    o.createdBy = q.value(11).toLongLong();
    return o;
}

QJsonObject describe(const RepairOrder& o)
{
    return {{u"ticket_id"_s, o.ticketId},     {u"number"_s, o.number},
            {u"category"_s, o.category},      {u"paid"_s, o.paid},
            {u"items"_s, linesJson(o.quote)}, {u"total_fen"_s, o.quote.totalFen},
            {u"department"_s, o.department},  {u"technician"_s, o.technician}};
}

} // namespace

Result<Quote> RepairService::validate(const Ticket& seen, const DispatchRequest& r) const
{
    auto current = m_tickets.find(seen.id);
    if (!current)
        return current.error();
    if (current.value().kind != TicketKind::Repair)
        return Error{u"repair.kind"_s, tr("Only a repair gets a dispatch order.")};
    if (r.department.trimmed().isEmpty())
        return Error{u"repair.department"_s, tr("Name the department the work goes to."), u"department"_s};
    if (r.paid && r.items.isEmpty()) // R-RP-1: a paid repair is priced from the fee schedule
        return Error{u"repair.items"_s, tr("A paid repair needs at least one item from the fee schedule."), u"items"_s};
    if (!r.paid && !r.items.isEmpty())
        return Error{u"repair.items"_s, tr("A free repair carries no charges: tick \"Paid\" or remove the items."),
                     u"items"_s};
    return quote(r.items);
}

Result<QString> RepairService::allocateOrderNumber(qint64 atMs)
{
    // The same daily counter table as the tickets' numbers, under its own kind.
    const QString day = QDateTime::fromMSecsSinceEpoch(atMs).date().toString(u"yyyyMMdd"_s);
    auto last = m_db.exec(u"INSERT INTO ticket_counters (kind, day, last) VALUES ('repair_order', ?, 1) "
                          "ON CONFLICT (kind, day) DO UPDATE SET last = ticket_counters.last + 1 RETURNING last"_s,
                          {day});
    if (!last)
        return last.error();
    if (!last.value().next())
        return Error{u"repair.number"_s, tr("The database did not give out an order number.")};
    const int n = last.value().value(0).toInt();
    last.value().finish();
    return u"PG-%1-%2"_s.arg(day).arg(n, 4, 10, QChar(u'0'));
}

Result<RepairOrder> RepairService::writeOrder(const Session& who, const Ticket& ticket, const DispatchRequest& r,
                                              const Quote& quote)
{
    RepairOrder o;
    o.ticketId = ticket.id;
    o.createdMs = m_clock.nowMs();
    o.createdBy = who.user.id;
    auto number = allocateOrderNumber(o.createdMs);
    if (!number)
        return number.error();
    o.number = number.value();
    o.category = r.category.trimmed().isEmpty() ? ticket.category : r.category.trimmed();
    o.paid = r.paid;
    o.quote = quote;
    o.department = Departments::keyFor(r.department); // a key, whatever the screen's language
    o.technician = r.technician.trimmed();
    o.note = r.note.trimmed();
    auto id = m_db.insert(
        u"INSERT INTO repair_orders (ticket_id, number, category, paid, items_json, total_fen, department, technician, "
        "note, created_ms, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {o.ticketId, o.number, text(o.category), o.paid,
         QString::fromUtf8(QJsonDocument(linesJson(quote)).toJson(QJsonDocument::Compact)), quote.totalFen,
         o.department, text(o.technician), text(o.note), o.createdMs,
         o.createdBy == 0 ? QVariant() : QVariant(o.createdBy)});
    if (!id)
        return id.error();
    o.id = id.value();
    if (auto a = m_audit.append(who, u"repair_order"_s, o.id, u"issued"_s, {}, describe(o)); !a)
        return a.error();
    return o;
}

Result<RepairDispatch> RepairService::dispatch(const Session& who, const Ticket& seen, const DispatchRequest& r)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    auto priced = validate(seen, r);
    if (!priced)
        return priced.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto ticket = m_tickets.dispatch(who, seen, r.department, r.note); // R-RP-2's follow-ups start here
    if (!ticket)
        return ticket.error();
    auto order = writeOrder(who, ticket.value(), r, priced.value()); // R-RP-1
    if (!order)
        return order.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return RepairDispatch{ticket.value(), order.value()};
}

Result<Ticket> RepairService::recordReturn(const Session& who, const Ticket& seen, const RepairReturn& d)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    // R-RP-3: the result and who did it, with what it took.
    if (d.result.trimmed().isEmpty())
        return Error{u"repair.result"_s, tr("Write down what was done."), u"result"_s};
    if (d.technician.trimmed().isEmpty())
        return Error{u"repair.technician"_s, tr("Name who did the work."), u"technician"_s};
    if (d.minutesSpent < 0)
        return Error{u"repair.minutes"_s, tr("The time spent cannot be negative."), u"minutes"_s};
    if (d.chargeFen < 0)
        return Error{u"repair.charge"_s, tr("The charge cannot be negative."), u"charge"_s};
    auto current = m_tickets.find(seen.id);
    if (!current)
        return current.error();
    if (current.value().kind != TicketKind::Repair)
        return Error{u"repair.kind"_s, tr("Only a repair is returned here.")};

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto ticket = m_tickets.returned(who, seen, d.result, d.technician); // starts the callback clock, R-CB-1
    if (!ticket)
        return ticket.error();
    auto order = latestOrder(seen.id);
    if (!order)
        return order.error();
    const qint64 now = m_clock.nowMs();
    auto id = m_db.insert(u"INSERT INTO repair_returns (ticket_id, order_id, technician, materials, minutes_spent, "
                          "charge_fen, result, at_ms, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {seen.id, order.value() ? QVariant(order.value()->id) : QVariant(), d.technician.trimmed(),
                           text(d.materials.trimmed()), d.minutesSpent, d.chargeFen, d.result.trimmed(), now,
                           who.user.id == 0 ? QVariant() : QVariant(who.user.id)});
    if (!id)
        return id.error();
    const QJsonObject after{{u"ticket_id"_s, seen.id},
                            {u"technician"_s, d.technician.trimmed()},
                            {u"materials"_s, d.materials.trimmed()},
                            {u"minutes_spent"_s, d.minutesSpent},
                            {u"charge_fen"_s, d.chargeFen},
                            {u"result"_s, d.result.trimmed()}};
    if (auto a = m_audit.append(who, u"repair_return"_s, id.value(), u"recorded"_s, {}, after); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return ticket.value();
}

Result<RepairDispatch> RepairService::secondDispatch(const Session& who, const Ticket& seen,
                                                     const QString& callbackNote, const DispatchRequest& r)
{
    for (Permission needed : {Permission::CallBack, Permission::TakeIn, Permission::WorkTickets}) // R-RP-4
        if (Status s = who.require(needed); !s)
            return s.error();
    auto priced = validate(seen, r);
    if (!priced)
        return priced.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    // R-CB-2, R-CB-3: the unsatisfied callback is recorded on the first ticket (it is reopened).
    auto first = m_tickets.callBack(who, seen, false, callbackNote);
    if (!first)
        return first.error();
    // R-RP-4: the work goes out again as a new repair linked to the first.
    const Ticket& f = first.value();
    NewTicket again;
    again.kind = TicketKind::Repair;
    again.channel = f.channel;
    again.callerPhone = f.callerPhone;
    again.unitId = f.unitId;
    again.residentId = f.residentId;
    again.personName = f.personName;
    again.description = f.description;
    again.category = r.category.trimmed().isEmpty() ? f.category : r.category.trimmed();
    again.secondDispatchOf = f.id;
    again.note = tr("Second dispatch of %1: %2").arg(f.number, callbackNote.trimmed());
    auto opened = m_tickets.open(who, again);
    if (!opened)
        return opened.error();
    auto dispatched = m_tickets.dispatch(who, opened.value(), r.department, r.note);
    if (!dispatched)
        return dispatched.error();
    auto order = writeOrder(who, dispatched.value(), r, priced.value());
    if (!order)
        return order.error();
    // The first ticket's clocks stop: its work continues under the new number.
    auto closed = m_tickets.cancel(who, f, tr("Continued as second dispatch %1.").arg(dispatched.value().number));
    if (!closed)
        return closed.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return RepairDispatch{dispatched.value(), order.value()};
}

Result<QList<RepairRow>> RepairService::repairs(int limit, int offset) const
{
    // Open work first (finished statuses last), newest first within each; the latest order joined.
    // Read as two parts along their indexes (0024), so the first view sorts nothing.
    const auto read = [this](bool open, int most, int from) -> Result<QList<RepairRow>> {
        return repairsPart(open, most, from);
    };
    const auto countOpen = [this]() -> Result<qint64> {
        auto v = m_db.scalar(u"SELECT COUNT(*) FROM tickets WHERE kind = 'repair' AND status NOT IN %1"_s.arg(
            TicketStore::finishedStatuses()));
        if (!v)
            return v.error();
        return v.value().toLongLong();
    };
    return twoPartPage<RepairRow>(qBound(1, limit, 500), qMax(0, offset), read, countOpen);
}

Result<QList<RepairRow>> RepairService::repairsPart(bool open, int limit, int offset) const
{
    auto q = m_db.exec(
        u"SELECT t.id, t.number, t.status, COALESCE(u.code, ''), t.person_name, t.caller_phone, t.description, "
        "t.category, t.department, t.occurred_ms, t.retroactive, COALESCE(t.second_dispatch_of, 0), "
        "COALESCE(o.number, ''), COALESCE(o.technician, ''), COALESCE(o.total_fen, 0), COALESCE(o.paid, FALSE) "
        "FROM tickets t LEFT JOIN units u ON u.id = t.unit_id "
        "LEFT JOIN repair_orders o ON o.id = (SELECT MAX(id) FROM repair_orders WHERE ticket_id = t.id) "
        "WHERE t.kind = 'repair' AND t.status %1 %2 "
        "ORDER BY t.occurred_ms DESC, t.id DESC LIMIT ? OFFSET ?"_s.arg(open ? u"NOT IN"_s : u"IN"_s,
                                                                        TicketStore::finishedStatuses()),
        {limit, offset});
    if (!q)
        return q.error();
    QList<RepairRow> out;
    while (q.value().next()) {
        const QSqlQuery& s = q.value();
        RepairRow row;
        row.ticketId = s.value(0).toLongLong();
        row.number = s.value(1).toString();
        row.status = TicketTerms::statusFrom(s.value(2).toString()).value_or(TicketStatus::New);
        row.unitCode = s.value(3).toString();
        row.personName = s.value(4).toString();
        row.callerPhone = s.value(5).toString();
        row.description = s.value(6).toString();
        row.category = s.value(7).toString();
        row.department = s.value(8).toString();
        row.occurredMs = s.value(9).toLongLong();
        row.retroactive = s.value(10).toBool();
        row.secondDispatchOf = s.value(11).toLongLong();
        row.orderNumber = s.value(12).toString();
        row.technician = s.value(13).toString();
        row.totalFen = s.value(14).toLongLong();
        row.paid = s.value(15).toBool();
        out << row;
    }
    return out;
}

Result<qint64> RepairService::repairCount() const
{
    auto v = m_db.scalar(TicketStore::kindCountSql(u"repair"_s));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<QList<RepairOrder>> RepairService::orders(qint64 ticketId) const
{
    auto q =
        m_db.exec(u"SELECT %1 FROM repair_orders WHERE ticket_id = ? ORDER BY id"_s.arg(kOrderColumns), {ticketId});
    if (!q)
        return q.error();
    QList<RepairOrder> out;
    while (q.value().next())
        out << orderFrom(q.value());
    return out;
}

Result<std::optional<RepairOrder>> RepairService::latestOrder(qint64 ticketId) const
{
    auto all = orders(ticketId);
    if (!all)
        return all.error();
    if (all.value().isEmpty())
        return std::optional<RepairOrder>();
    return std::optional<RepairOrder>(all.value().last());
}

Result<QList<RepairReturn>> RepairService::returns(qint64 ticketId) const
{
    auto q = m_db.exec(u"SELECT technician, materials, minutes_spent, charge_fen, result FROM repair_returns "
                       "WHERE ticket_id = ? ORDER BY id"_s,
                       {ticketId});
    if (!q)
        return q.error();
    QList<RepairReturn> out;
    while (q.value().next())
        out << RepairReturn{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toInt(),
                            q.value().value(3).toLongLong(), q.value().value(4).toString()};
    return out;
}

Result<QList<Department>> RepairService::departments() const
{
    return Departments(m_db).list();
}

} // namespace fd
