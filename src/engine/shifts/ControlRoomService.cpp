#include "engine/shifts/ControlRoomService.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/shifts/ShiftService.h"
#include "engine/tickets/TicketService.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

using sql::idOrNull;
using sql::instant;
using sql::instantFrom;
using sql::text;

namespace {

const QString kColumns =
    u"id, post_id, taken_by, call_ms, caller_phone, COALESCE(unit_id, 0), person_name, description, dispatched_ms, "
    "department, technician, returned_ms, result, COALESCE(entered_ticket_id, 0), version"_s;

} // namespace

ControlRoomService::ControlRoomService(Database& db, const Clock& clock, AuditLog& audit, const ShiftService& shifts,
                                       TicketService& tickets)
    : m_db(db), m_clock(clock), m_audit(audit), m_shifts(shifts), m_tickets(tickets)
{}

Status ControlRoomService::mayDispatch(const Session& who) const
{
    return who.require(Permission::DirectDispatch); // R-RP-5, R-SH-3
}

QJsonObject ControlRoomService::describe(const ControlRoomCall& c)
{
    auto instant = [](const std::optional<qint64>& ms) { return ms ? QJsonValue(*ms) : QJsonValue(); };
    return {{u"call_ms"_s, c.callMs},
            {u"unit_id"_s, c.unitId},
            {u"description"_s, c.description},
            {u"dispatched_ms"_s, instant(c.dispatchedMs)},
            {u"department"_s, c.department},
            {u"technician"_s, c.technician},
            {u"returned_ms"_s, instant(c.returnedMs)},
            {u"result"_s, c.result},
            {u"entered_ticket_id"_s, c.enteredTicketId},
            {u"version"_s, c.version}};
}

Result<QList<ControlRoomCall>> ControlRoomService::select(const QString& where, const QVariantList& binds) const
{
    auto q = m_db.exec(
        u"SELECT "_s + kColumns + u" FROM control_room_calls WHERE "_s + where + u" ORDER BY call_ms, id"_s, binds);
    if (!q)
        return q.error();
    QList<ControlRoomCall> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        ControlRoomCall c;
        c.id = r.value(0).toLongLong();
        c.postId = r.value(1).toLongLong();
        c.takenBy = r.value(2).toLongLong();
        c.callMs = r.value(3).toLongLong();
        c.callerPhone = r.value(4).toString();
        c.unitId = r.value(5).toLongLong();
        c.personName = r.value(6).toString();
        c.description = r.value(7).toString();
        c.dispatchedMs = instantFrom(r.value(8));
        c.department = r.value(9).toString();
        c.technician = r.value(10).toString();
        c.returnedMs = instantFrom(r.value(11));
        c.result = r.value(12).toString();
        c.enteredTicketId = r.value(13).toLongLong();
        c.version = r.value(14).toInt();
        out << c;
    }
    return out;
}

Result<ControlRoomCall> ControlRoomService::call(qint64 id) const
{
    auto found = select(u"id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{u"call.unknown"_s, tr("There is no such control-room call.")};
    return found.value().first();
}

Result<QList<ControlRoomCall>> ControlRoomService::pendingCalls() const
{
    return select(u"entered_ticket_id IS NULL"_s, {});
}

Result<QList<ControlRoomCall>> ControlRoomService::callsBetween(qint64 fromMs, qint64 toMs) const
{
    return select(u"call_ms >= ? AND call_ms < ?"_s, {fromMs, toMs});
}

QString ControlRoomService::source() const
{
    return u"control_room_calls"_s;
}

Result<QList<HandoverLine>> ControlRoomService::openItems(const Post& post, qint64 asOfMs) const
{
    auto calls = select(u"post_id = ? AND call_ms <= ? AND entered_ticket_id IS NULL"_s, {post.id, asOfMs});
    if (!calls)
        return calls.error();
    QList<HandoverLine> out;
    for (const ControlRoomCall& c : calls.value()) {
        const QString at = DateTimeText::time(c.callMs);
        //: A control-room call on a handover sheet, still to be entered as a ticket by the desk (补单).
        out.append({HandoverItemKind::Log, c.id, tr("Call at %1, not yet entered: %2").arg(at, c.description)});
    }
    return out;
}

Result<ControlRoomCall> ControlRoomService::recordCall(const Session& who, const NewCall& n)
{
    if (Status s = mayDispatch(who); !s)
        return s.error();
    if (n.description.trimmed().isEmpty())
        return Error{u"call.description"_s, tr("Write down what the caller said."), u"description"_s};
    if (!n.callerPhone.trimmed().isEmpty() && !PhoneNumber::isValid(n.callerPhone))
        return Error{u"call.phone"_s, tr("This is not a phone number (e.g. 13812345678 or 0755-86001234)."),
                     u"caller_phone"_s};
    if (n.unitId != 0 && !m_db.scalar(u"SELECT 1 FROM units WHERE id = ?"_s, {n.unitId}).value().isValid())
        return Error{u"call.unit"_s, tr("That unit is not in the registry."), u"unit"_s};
    // The post: the caller's own control-room shift if on one, else the site's control room.
    auto post = m_shifts.controlRoomPost();
    if (!post)
        return post.error();
    qint64 postId = post.value().id;
    if (auto current = m_shifts.currentShift(who.user.id); current && current.value()) {
        auto posts = m_shifts.posts();
        for (const Post& p : posts ? posts.value() : QList<Post>())
            if (p.id == current.value()->postId && p.isControlRoom)
                postId = p.id;
    }
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    const QString phone = n.callerPhone.trimmed().isEmpty() ? QString() : PhoneNumber::normalize(n.callerPhone);
    auto id = m_db.insert(u"INSERT INTO control_room_calls (post_id, taken_by, call_ms, caller_phone, unit_id, "
                          "person_name, description) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {postId, who.user.id, m_clock.nowMs(), text(phone),
                           n.unitId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(n.unitId),
                           text(n.personName.trimmed()), n.description.trimmed()});
    if (!id)
        return id.error();
    auto saved = call(id.value());
    if (!saved)
        return saved.error();
    if (auto r = m_audit.append(who, u"control_room_call"_s, id.value(), u"taken"_s, {}, describe(saved.value())); !r)
        return r.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return saved;
}

Result<ControlRoomCall> ControlRoomService::change(const Session& who, qint64 callId, const QString& action,
                                                   const QString& sql, const QVariantList& binds)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto before = call(callId);
    if (!before)
        return before.error();
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error{u"call.state"_s, action == u"dispatched"_s
                                          ? tr("This call has already been dispatched or entered.")
                                          : tr("Only a dispatched call that has not come back can be returned.")};
    auto after = call(callId);
    if (!after)
        return after.error();
    if (auto r = m_audit.append(who, u"control_room_call"_s, callId, action, describe(before.value()),
                                describe(after.value()));
        !r)
        return r.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return after;
}

Result<ControlRoomCall> ControlRoomService::recordDirectDispatch(const Session& who, qint64 callId,
                                                                 const QString& department, const QString& technician)
{
    if (Status s = mayDispatch(who); !s) // R-RP-5
        return s.error();
    if (department.trimmed().isEmpty())
        return Error{u"call.department"_s, tr("Name the department that was sent."), u"department"_s};
    return change(who, callId, u"dispatched"_s,
                  u"UPDATE control_room_calls SET dispatched_ms = ?, department = ?, technician = ?, "
                  "version = version + 1 WHERE id = ? AND dispatched_ms IS NULL AND entered_ticket_id IS NULL"_s,
                  {m_clock.nowMs(), department.trimmed(), text(technician.trimmed()), callId});
}

Result<ControlRoomCall> ControlRoomService::recordReturn(const Session& who, qint64 callId, const QString& result)
{
    if (Status s = mayDispatch(who); !s)
        return s.error();
    if (result.trimmed().isEmpty()) // R-RP-3
        return Error{u"call.result"_s, tr("Write down what was done."), u"result"_s};
    return change(who, callId, u"returned"_s,
                  u"UPDATE control_room_calls SET returned_ms = ?, result = ?, version = version + 1 "
                  "WHERE id = ? AND dispatched_ms IS NOT NULL AND returned_ms IS NULL AND entered_ticket_id IS NULL"_s,
                  {m_clock.nowMs(), result.trimmed(), callId});
}

Result<Ticket> ControlRoomService::enterAsTicket(const Session& who, qint64 callId, TicketKind kind,
                                                 const QString& category)
{
    if (Status s = who.require(Permission::EnterNightCalls); !s) // R-RP-5: the desk enters them
        return s.error();
    if (kind == TicketKind::Repair && category.trimmed().isEmpty()) // R-IN-1: as intake asks of a repair
        return Error{u"call.category"_s, tr("Choose what needs repairing."), u"category"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    // Claims the row first: on PostgreSQL a second desk waits here, then finds it entered.
    auto claim = m_db.exec(u"UPDATE control_room_calls SET version = version + 1 WHERE id = ? "
                           "AND entered_ticket_id IS NULL RETURNING id"_s,
                           {callId});
    if (!claim)
        return claim.error();
    if (!claim.value().next()) {
        if (!call(callId))
            return Error{u"call.unknown"_s, tr("There is no such control-room call.")};
        return Error{u"call.entered"_s, tr("This call has already been entered as a ticket.")};
    }
    claim.value().finish();
    auto c = call(callId);
    if (!c)
        return c.error();
    const ControlRoomCall& src = c.value();

    NewTicket r; // R-RP-5, R-SH-3: retroactive, with the control room's real times
    r.kind = kind;
    r.channel = Channel::ControlRoom;
    r.callerPhone = src.callerPhone;
    r.unitId = src.unitId;
    r.personName = src.personName;
    r.description = src.description;
    r.retroactive = true;
    r.occurredMs = src.callMs;
    r.dispatchedMs = src.dispatchedMs;
    r.department = src.department;
    r.returnedMs = src.returnedMs;
    r.category = kind == TicketKind::Repair ? category.trimmed() : QString();
    r.technician = src.technician; // the night's work as the ticket's steps (R-RP-3), not intake text
    r.result = src.result;
    r.takenBy = src.takenBy;              // the operator who took the call and dispatched
    auto ticket = m_tickets.open(who, r); // joins this transaction
    if (!ticket)
        return ticket.error();
    auto link = m_db.exec(u"UPDATE control_room_calls SET entered_ticket_id = ?, entered_by = ?, entered_ms = ? "
                          "WHERE id = ? AND entered_ticket_id IS NULL"_s,
                          {ticket.value().id, who.user.id, m_clock.nowMs(), callId});
    if (!link)
        return link.error();
    ControlRoomCall after = src;
    after.enteredTicketId = ticket.value().id;
    after.version = src.version;
    if (auto a = m_audit.append(who, u"control_room_call"_s, callId, u"entered"_s, describe(src), describe(after)); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return ticket;
}

} // namespace fd
