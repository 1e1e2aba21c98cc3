// TicketService, part three: the replies a request or an inquiry owes the customer (R-IN-4, R-IN-5):
// the time promised, the department head an inquiry goes to, the head's answer, or the head's absence.
#include "engine/tickets/TicketService.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "engine/Session.h"
#include "engine/tickets/TicketClocks.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

Status required(const QString& text, const QString& message, const QString& field)
{
    if (text.trimmed().isEmpty())
        return Error{u"ticket.required"_s, message, field};
    return {};
}

QJsonValue instant(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(*ms) : QJsonValue();
}

} // namespace

Result<Ticket> TicketService::promiseReply(const Session& who, const Ticket& seen, qint64 promisedMs,
                                           const QString& note)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    const qint64 now = m_clock.nowMs();
    if (promisedMs <= now) // R-IN-4: a promise is about a time to come
        return Error{u"ticket.promised"_s, tr("That time has passed: promise the customer a time to come."),
                     u"promised"_s};
    auto current = m_store.load(seen.id);
    if (!current)
        return current.error();
    const QJsonObject data{{u"promised_ms"_s, promisedMs}, {u"before_ms"_s, instant(current.value().resolveByMs)}};
    return change(who, seen, {TicketAction::PromiseReply, now, note, data}, [promisedMs](Ticket& t) {
        TicketClocks::promise(t, promisedMs);
        return Status{};
    });
}

Result<Ticket> TicketService::referToHead(const Session& who, const Ticket& seen, const QString& department,
                                          const QString& headName)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    if (Status s = required(department, tr("Name the department the inquiry goes to."), u"refer_department"_s); !s)
        return s.error();
    if (Status s = required(headName, tr("Write down the department head's name."), u"head_name"_s); !s)
        return s.error();
    const QString note = tr("Referred to %1, head %2.").arg(department.trimmed(), headName.trimmed());
    return change(who, seen,
                  {TicketAction::Refer,
                   m_clock.nowMs(),
                   note,
                   {{u"department"_s, department.trimmed()}, {u"head"_s, headName.trimmed()}}});
}

Result<Ticket> TicketService::replyFromHead(const Session& who, const Ticket& seen, const QString& headName,
                                            const QString& answer)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    if (Status s = required(headName, tr("Write down who answered."), u"head_name"_s); !s)
        return s.error();
    if (Status s = required(answer, tr("Write down the head's answer given to the customer."), u"head_answer"_s); !s)
        return s.error();
    auto current = m_store.load(seen.id);
    if (!current)
        return current.error();
    if (current.value().kind != TicketKind::Inquiry)
        return Error{u"ticket.transition"_s, tr("Only an inquiry goes to a department head.")};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    const qint64 now = m_clock.nowMs();
    auto replied = change(who, seen, {TicketAction::Reply, now, answer.trimmed(), {{u"head"_s, headName.trimmed()}}});
    if (!replied)
        return replied.error();
    auto closed = change(who, replied.value(), {TicketAction::Close, now, {}, {}});
    if (!closed)
        return closed.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return closed;
}

Result<Ticket> TicketService::headAbsent(const Session& who, const Ticket& seen, const QString& contactName,
                                         const QString& contactPhone)
{
    if (Status s = who.require(Permission::WorkTickets); !s)
        return s.error();
    auto current = m_store.load(seen.id);
    if (!current)
        return current.error();
    const QString phone = contactPhone.trimmed().isEmpty() ? current.value().callerPhone : contactPhone.trimmed();
    if (phone.isEmpty())
        return Error{u"ticket.contact"_s, tr("Keep a number to give the reply on."), u"contact_phone"_s};
    if (!PhoneNumber::isValid(phone))
        return Error{u"ticket.contact"_s, tr("This is not a phone number (e.g. 13812345678 or 0755-86001234)."),
                     u"contact_phone"_s};
    const QString note = tr("The department head is absent: the customer's contact is kept and a reply is owed.");
    return change(who, seen,
                  {TicketAction::HeadAbsent,
                   m_clock.nowMs(),
                   note,
                   {{u"contact_name"_s, contactName.trimmed()}, {u"contact_phone"_s, PhoneNumber::normalize(phone)}}});
}

} // namespace fd
