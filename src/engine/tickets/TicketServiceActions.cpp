// TicketService, part two: the actions on an open ticket and the reads. Part one (TicketService.cpp)
// holds opening, validation and the one change() every action below goes through.
#include "engine/tickets/TicketService.h"

#include "core/Clock.h"
#include "core/PersonalData.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/tickets/Departments.h"
#include "engine/tickets/TicketClocks.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

Status required(const QString& text, const QString& message, const QString& field)
{
    if (text.trimmed().isEmpty())
        return Error{u"ticket.required"_s, message, field};
    return {};
}

} // namespace

Result<Ticket> TicketService::dispatch(const Session& who, const Ticket& seen, const QString& department,
                                       const QString& note)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    if (Status s = required(department, tr("Name the department the work goes to."), u"department"_s); !s)
        return s.error();
    // Stored by key, whatever language the screen that sent it spoke (Departments).
    const QString key = Departments::keyFor(department);
    const QJsonObject data{{u"department"_s, key}, {u"direct"_s, who.user.role == Role::ControlRoom}};
    return change(who, seen, {TicketAction::Dispatch, m_clock.nowMs(), note, data}, [&](Ticket& t) {
        t.department = key;
        return Status{};
    });
}

Result<Ticket> TicketService::recordFollowUp(const Session& who, const Ticket& seen, const QString& note)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    return change(who, seen, {TicketAction::FollowUp, m_clock.nowMs(), note, {}});
}

Result<Ticket> TicketService::pause(const Session& who, const Ticket& seen, TicketAction action, const QString& note)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    if (action != TicketAction::WaitForCustomer && action != TicketAction::WaitForParts)
        return Error{u"ticket.pause"_s, tr("A ticket waits either for the customer or for parts.")};
    const QJsonObject data{{u"waiting_for"_s, action == TicketAction::WaitForParts ? u"parts"_s : u"customer"_s}};
    return change(who, seen, {action, m_clock.nowMs(), note, data});
}

Result<Ticket> TicketService::resume(const Session& who, const Ticket& seen, const QString& note)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    return change(who, seen, {TicketAction::Resume, m_clock.nowMs(), note, {}});
}

Result<Ticket> TicketService::returned(const Session& who, const Ticket& seen, const QString& result,
                                       const QString& doneBy)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    if (Status s = required(result, tr("Write down what was done."), u"result"_s); !s) // R-RP-3
        return s.error();
    return change(who, seen, {TicketAction::Return, m_clock.nowMs(), result, {{u"done_by"_s, doneBy.trimmed()}}});
}

Result<Ticket> TicketService::reply(const Session& who, const Ticket& seen, const QString& answer)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    if (Status s = required(answer, tr("Write down what the customer was told."), u"answer"_s); !s)
        return s.error();
    return change(who, seen, {TicketAction::Reply, m_clock.nowMs(), answer, {}});
}

Result<Ticket> TicketService::callBack(const Session& who, const Ticket& seen, bool satisfied, const QString& note)
{
    if (Status s = who.require(Permission::CallBack); !s) // R-CB-2
        return s.error();
    if (Status s = required(note, tr("Write down what the customer said on the callback."), u"note"_s); !s) // R-CB-2
        return s.error();
    const TicketAction action = satisfied ? TicketAction::CallBackSatisfied : TicketAction::CallBackUnsatisfied;
    return change(who, seen, {action, m_clock.nowMs(), note, {{u"satisfied"_s, satisfied}}});
}

Result<Ticket> TicketService::reopen(const Session& who, const Ticket& seen, const QString& reason)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    if (Status s = required(reason, tr("Say why it is reopened."), u"reason"_s); !s)
        return s.error();
    return change(who, seen, {TicketAction::Reopen, m_clock.nowMs(), reason, {}});
}

Result<Ticket> TicketService::comment(const Session& who, const Ticket& seen, const QString& note)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    if (Status s = required(note, tr("Write the comment first."), u"note"_s); !s)
        return s.error();
    return change(who, seen, {TicketAction::Comment, m_clock.nowMs(), note, {}});
}

Result<Ticket> TicketService::grade(const Session& who, const Ticket& seen, Severity severity, const QString& note)
{
    if (Status s = who.require(Permission::JudgeComplaints); !s) // R-CP-2, R-CP-3
        return s.error();
    if (severity == Severity::None)
        return Error{u"ticket.severity"_s, tr("Choose minor, important or major."), u"severity"_s};
    return change(who, seen,
                  {TicketAction::Grade, m_clock.nowMs(), note, {{u"severity"_s, TicketTerms::key(severity)}}},
                  [severity](Ticket& t) {
                      t.severity = severity;
                      return Status{};
                  });
}

Result<int> TicketService::upgradeStaleComplaints(qint64 asOfMs)
{
    struct Candidate
    {
        qint64 id;
        qint64 occurredMs;
        qint64 lastTurnMs; // the last grade or reopening: the upgrade is never stamped before it
        int days;
    };
    // R-CP-3: valid (graded minor or important) and still unresolved: not returned with the
    // department's result, not replied to (waiting for the callback only), not finished. The
    // "not finished" lets the status index answer (a full scan of the million tickets took 200 ms).
    const QString unresolved = u"('%1', '%2', '%3', '%4', '%5')"_s.arg(
        TicketTerms::key(TicketStatus::New), TicketTerms::key(TicketStatus::Dispatched),
        TicketTerms::key(TicketStatus::WaitingCustomer), TicketTerms::key(TicketStatus::WaitingParts),
        TicketTerms::key(TicketStatus::Reopened));
    QList<Candidate> candidates;
    {
        auto q = m_db.exec(
            u"SELECT t.id, t.occurred_ms, t.rules_json, (SELECT MAX(e.at_ms) FROM ticket_events e WHERE "
            "e.ticket_id = t.id AND (e.kind = ? OR e.to_status = ?)) FROM tickets t WHERE t.kind = 'complaint' "
            "AND t.severity IN ('minor', 'important') AND t.status NOT IN "_s +
                TicketStore::finishedStatuses() + u" AND t.status IN "_s + unresolved,
            {TicketTerms::eventKey(TicketAction::Grade), TicketTerms::key(TicketStatus::Reopened)});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            const auto rules =
                SiteRules::Snapshot::fromJson(QJsonDocument::fromJson(r.value(2).toString().toUtf8()).object());
            candidates.append({r.value(0).toLongLong(), r.value(1).toLongLong(),
                               r.value(3).isNull() ? 0 : r.value(3).toLongLong(), rules.complaintUpgradeDays});
        }
        q.value().finish();
    }
    int upgraded = 0;
    for (const Candidate& c : candidates) {
        const qint64 weekEnd = c.occurredMs + TicketClocks::hours(c.days * 24);
        if (c.days <= 0 || asOfMs < weekEnd)
            continue;
        // Stamped at the instant the week ran out, not when a program next looked (a desk closed over
        // the weekend upgrades it on Monday as of Saturday); never before the grade or the reopening
        // that made it a valid, unresolved complaint, so the history stays in order.
        const qint64 stamp = std::min(asOfMs, std::max(weekEnd, c.lastTurnMs));
        auto ticket = m_store.load(c.id);
        if (!ticket)
            return ticket.error();
        if (!unresolved.contains(u"'"_s + TicketTerms::key(ticket.value().status) + u"'"_s))
            continue; // resolved on another desk meanwhile
        const QString note = tr("Not resolved within %n day(s): a major complaint now (R-CP-3).", nullptr, c.days);
        auto done = change(Session::system(), ticket.value(),
                           {TicketAction::Grade, stamp, note, {{u"severity"_s, TicketTerms::key(Severity::Major)}}},
                           [](Ticket& t) {
                               t.severity = Severity::Major;
                               return Status{};
                           });
        if (done)
            ++upgraded;
        else if (done.error().code != TicketStore::staleError().code)
            return done.error();
    }
    return upgraded;
}

Result<Ticket> TicketService::cancel(const Session& who, const Ticket& seen, const QString& reason)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    auto current = m_store.load(seen.id);
    if (!current)
        return current.error();
    if (current.value().kind == TicketKind::Complaint) { // R-CP-2: only the judgement ends a complaint
        if (Status s = who.require(Permission::JudgeComplaints); !s)
            return s.error();
    }
    if (Status s = required(reason, tr("Say why it is cancelled."), u"reason"_s); !s)
        return s.error();
    return change(who, seen, {TicketAction::Cancel, m_clock.nowMs(), reason, {}});
}

Result<Ticket> TicketService::close(const Session& who, const Ticket& seen, const QString& note)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    return change(who, seen, {TicketAction::Close, m_clock.nowMs(), note, {}});
}

Result<QString> TicketService::revealCallerPhone(const Session& who, qint64 ticketId)
{
    if (Status s = who.require(Permission::SeePersonalData); !s)
        return s.error();
    auto found = m_store.load(ticketId);
    if (!found)
        return found.error();
    const Ticket& t = found.value();
    if (t.callerPhone.isEmpty())
        return Error{u"ticket.no_phone"_s, tr("%1 has no caller number.").arg(t.number), u"callerPhone"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    const QJsonObject what{{u"number"_s, t.number}, {u"caller_phone"_s, PersonalData::maskPhone(t.callerPhone)}};
    if (auto a = m_audit.append(who, u"ticket"_s, t.id, u"phone.reveal"_s, {}, what); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return t.callerPhone;
}

Result<Ticket> TicketService::find(qint64 id) const
{
    return m_store.load(id);
}

Result<QList<TicketEvent>> TicketService::history(qint64 id) const
{
    return m_store.events(id);
}

Result<QList<TicketDue>> TicketService::dueFollowUps(qint64 asOfMs) const
{
    return m_store.due(std::numeric_limits<qint64>::min(), asOfMs, {TicketClock::FollowUp});
}

Result<QList<TicketDue>> TicketService::overdue(qint64 asOfMs, int limit) const
{
    return m_store.due(std::numeric_limits<qint64>::min(), asOfMs, {}, limit);
}

Result<QList<TicketDue>> TicketService::dueWithin(qint64 asOfMs, int minutes) const
{
    return m_store.due(asOfMs, asOfMs + TicketClocks::minutes(std::max(0, minutes)), {});
}

} // namespace fd
