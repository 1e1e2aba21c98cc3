#include "modules/intake/IntakeService.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/tickets/NewTicket.h"
#include "engine/tickets/TicketService.h"
#include "storage/Database.h"
#include "storage/LocalDrafts.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

Error fieldError(const QString& code, const QString& message, const QString& field)
{
    return Error{code, message, field};
}

const QString kDraftForm = u"intake"_s; // the form's name among this computer's drafts (LocalDrafts)

// R-IN-1: the desk takes matters in; the drafts are the person's own intake form.
Status signedIn(const Session& who)
{
    return who.require(Permission::TakeIn);
}

} // namespace

IntakeService::IntakeService(Database& db, const Clock& clock, AuditLog& audit, TicketService& tickets)
    : m_db(db), m_clock(clock), m_audit(audit), m_tickets(tickets)
{}

Status IntakeService::saveDraft(const Session& who, const QJsonObject& json)
{
    if (Status s = signedIn(who); !s)
        return s;
    const QString text =
        json.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (text.size() > MaxDraftBytes)
        return Error{u"intake.draft"_s, tr("The form is too long to keep as a draft.")};
    const qint64 now = m_clock.nowMs();
    Status onServer = writeDraft(who.user.id, text, now);
    if (onServer)
        m_serverDraftMs.insert(who.user.id, now);
    if (!m_local)
        return onServer;
    if (onServer) {
        m_local->remove(kDraftForm, who.user.id); // the database has the newest again
        return {};
    }
    // The database cannot take it now (issue 16: the server is away): this computer keeps it, with
    // the database's draft it was typed after (kept from an earlier local draft if not seen here).
    qint64 basedOn = m_serverDraftMs.value(who.user.id, -1);
    if (basedOn < 0)
        if (const auto earlier = m_local->load(kDraftForm, who.user.id))
            basedOn = earlier->basedOnMs;
    if (Status kept = m_local->save(kDraftForm, who.user.id, text.toUtf8(), now, basedOn); !kept)
        return onServer;
    return {};
}

Status IntakeService::writeDraft(qint64 userId, const QString& text, qint64 savedMs)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto r = m_db.exec(u"INSERT INTO intake_drafts (user_id, json, saved_ms) VALUES (?, ?, ?) "
                       "ON CONFLICT (user_id) DO UPDATE SET json = excluded.json, saved_ms = excluded.saved_ms"_s,
                       {userId, sql::text(text), savedMs});
    if (!r)
        return r.error();
    return tx.commit();
}

Result<QJsonObject> IntakeService::draft(const Session& who) const
{
    if (Status s = signedIn(who); !s)
        return s.error();
    const auto parse = [](const QString& text) {
        return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
    };
    const std::optional<LocalDrafts::Draft> local =
        m_local ? m_local->load(kDraftForm, who.user.id) : std::optional<LocalDrafts::Draft>();
    auto q = m_db.exec(u"SELECT json, saved_ms FROM intake_drafts WHERE user_id = ?"_s, {who.user.id});
    if (!q) {
        if (local)
            return parse(QString::fromUtf8(local->json));
        return q.error();
    }
    QString text;
    qint64 savedMs = 0;
    if (q.value().next()) {
        text = q.value().value(0).toString();
        savedMs = q.value().value(1).toLongLong();
    }
    q.value().finish();
    m_serverDraftMs.insert(who.user.id, savedMs);
    // Typed while the database could not take it, and nothing saved there since: this computer's. A
    // draft kept before the database's was known here is told by this computer's clock.
    const bool localNewer = local && (local->basedOnMs >= 0 ? savedMs == local->basedOnMs : local->savedMs >= savedMs);
    if (localNewer)
        return parse(QString::fromUtf8(local->json));
    if (local && m_local->setAside(kDraftForm, who.user.id)) // older than the other desk's, yet typed: kept
        m_setAside.insert(who.user.id, m_local->setAsideFileOf(kDraftForm, who.user.id));
    return parse(text);
}

QString IntakeService::takeSetAside(const Session& who)
{
    return m_setAside.take(who.user.id);
}

Status IntakeService::clearDraft(const Session& who)
{
    // Blanked, not deleted: the row is the person's draft slot.
    return saveDraft(who, {});
}

Status IntakeService::validate(const IntakeForm& f) const
{
    // R-IN-1: who and where, what was said, the caller's number for a call, and the class.
    if (f.unitId == 0 && f.personName.trimmed().isEmpty())
        return fieldError(u"intake.unit"_s, tr("Choose the unit, or write down who is asking."), u"unit"_s);
    if (f.description.trimmed().isEmpty())
        return fieldError(u"intake.description"_s, tr("Write down what the customer said."), u"description"_s);
    if (f.channel == Channel::Call && f.callerPhone.trimmed().isEmpty())
        return fieldError(u"intake.phone"_s, tr("A call needs the caller's number."), u"caller_phone"_s);
    if (!f.callerPhone.trimmed().isEmpty() && !PhoneNumber::isValid(f.callerPhone))
        return fieldError(u"intake.phone"_s, tr("This is not a phone number (e.g. 13812345678 or 0755-86001234)."),
                          u"caller_phone"_s);
    if (!f.intakeClass)
        return fieldError(u"intake.class"_s, tr("Choose what it is: repair, complaint, request, inquiry or other."),
                          u"class"_s);
    if (*f.intakeClass == IntakeClass::Repair && f.category.trimmed().isEmpty())
        return fieldError(u"intake.category"_s, tr("Choose what needs repairing."), u"category"_s);
    if (*f.intakeClass == IntakeClass::Inquiry) {
        switch (f.inquiryRoute) {
        case InquiryRoute::AnsweredNow:
            if (f.answer.trimmed().isEmpty())
                return fieldError(u"intake.answer"_s, tr("Write down the answer given."), u"answer"_s);
            break;
        case InquiryRoute::Referred: // R-IN-5: what the clerk cannot answer goes to the department head
            if (f.referDepartment.trimmed().isEmpty())
                return fieldError(u"intake.refer"_s, tr("Name the department the inquiry goes to."),
                                  u"refer_department"_s);
            if (f.headName.trimmed().isEmpty())
                return fieldError(u"intake.refer"_s, tr("Write down the department head's name."), u"head_name"_s);
            break;
        case InquiryRoute::HeadAbsent: { // R-IN-5: the customer's contact is kept so the reply can be given
            const QString phone = f.contactPhone.trimmed().isEmpty() ? f.callerPhone : f.contactPhone;
            if (phone.trimmed().isEmpty())
                return fieldError(u"intake.contact"_s, tr("Keep a number to give the reply on."), u"contact_phone"_s);
            if (!PhoneNumber::isValid(phone))
                return fieldError(u"intake.contact"_s,
                                  tr("This is not a phone number (e.g. 13812345678 or 0755-86001234)."),
                                  u"contact_phone"_s);
            break;
        }
        }
    }
    // R-IN-4: a promised reply time is a time still to come.
    if (f.owesReply() && f.promisedReplyMs && *f.promisedReplyMs <= m_clock.nowMs())
        return fieldError(u"intake.promised"_s, tr("That time has passed: promise the customer a time to come."),
                          u"promised"_s);
    return {};
}

Result<IntakeResult> IntakeService::submit(const Session& who, const IntakeForm& f)
{
    if (Status s = signedIn(who); !s)
        return s.error();
    if (Status s = validate(f); !s)
        return s.error();
    const IntakeClass intakeClass = *f.intakeClass;

    NewTicket request;
    request.kind = IntakeForm::kindOf(intakeClass);
    request.channel = f.channel;
    request.callerPhone = f.callerPhone;
    request.unitId = f.unitId;
    request.residentId = f.residentId;
    request.personName = f.personName;
    request.description = f.description;
    if (intakeClass == IntakeClass::Repair)
        request.category = f.category;
    // R-IN-2: the ticket carries the tick, and the reminders report it to the superiors at once; it
    // is also kept in intake_details and said in the opening note.
    request.urgent = f.urgent;
    if (f.owesReply())
        request.promisedReplyMs = f.promisedReplyMs; // R-IN-4
    if (f.urgent)
        request.note = tr("Major, urgent or sudden: report to the superior at once.");

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto opened = m_tickets.open(who, request);
    if (!opened)
        return opened.error();
    Ticket ticket = opened.value();

    std::optional<qint64> replyDue;
    if (intakeClass == IntakeClass::Inquiry) {
        Result<Ticket> moved = ticket;
        switch (f.inquiryRoute) {
        case InquiryRoute::AnsweredNow: {
            auto replied = m_tickets.reply(who, ticket, f.answer);
            moved = replied ? m_tickets.close(who, replied.value()) : replied;
            break;
        }
        case InquiryRoute::Referred: // R-IN-5
            moved = m_tickets.referToHead(who, ticket, f.referDepartment, f.headName);
            if (moved && !f.headAnswer.trimmed().isEmpty())
                moved = m_tickets.replyFromHead(who, moved.value(), f.headName, f.headAnswer);
            break;
        case InquiryRoute::HeadAbsent: // R-IN-5
            moved = m_tickets.headAbsent(who, ticket, f.contactName, f.contactPhone);
            break;
        }
        if (!moved)
            return moved.error();
        ticket = moved.value();
    }
    if (f.owesReply())
        replyDue = ticket.resolveByMs; // R-IN-4: within the reply hours or by the promised time, on the ticket's clock
    if (Status s = recordDetails(who, f, ticket, replyDue); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return IntakeResult{ticket, replyDue};
}

Status IntakeService::recordDetails(const Session& who, const IntakeForm& f, const Ticket& ticket,
                                    std::optional<qint64> replyDue)
{
    const IntakeClass c = *f.intakeClass;
    const bool complaint = c == IntakeClass::Complaint;
    const bool inquiry = c == IntakeClass::Inquiry;
    const bool answeredNow = inquiry && f.inquiryRoute == InquiryRoute::AnsweredNow;
    const bool owesReply = inquiry && f.inquiryRoute == InquiryRoute::HeadAbsent; // R-IN-5: the contact is kept
    const QString contactPhone =
        !owesReply ? QString()
                   : PhoneNumber::normalize(f.contactPhone.trimmed().isEmpty() ? f.callerPhone : f.contactPhone);
    const QString contactName = owesReply ? f.contactName.trimmed() : QString();
    QJsonObject after{
        {u"ticket"_s, ticket.number},
        {u"class"_s, IntakeForm::key(c)},
        {u"urgent"_s, f.urgent},
        // R-CP-1: a complaint's people or departments involved and what the customer asks.
        {u"people_involved"_s, complaint ? f.peopleInvolved.trimmed() : QString()},
        {u"customer_asks"_s, complaint ? f.customerAsks.trimmed() : QString()},
        {u"answered_now"_s, answeredNow},
        {u"inquiry_route"_s, inquiry ? IntakeForm::key(f.inquiryRoute) : QString()},
        {u"promised_reply_ms"_s, f.owesReply() && f.promisedReplyMs ? QJsonValue(*f.promisedReplyMs) : QJsonValue()},
        {u"contact_name"_s, contactName},
        {u"contact_phone"_s, contactPhone},
        {u"reply_due_ms"_s, replyDue ? QJsonValue(*replyDue) : QJsonValue()}};
    auto r = m_db.exec(
        u"INSERT INTO intake_details (ticket_id, intake_class, urgent, people_involved, customer_asks, "
        "answered_now, answer, contact_name, contact_phone, reply_due_ms, created_ms, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {ticket.id, IntakeForm::key(c), f.urgent, sql::text(after.value(u"people_involved"_s).toString()),
         sql::text(after.value(u"customer_asks"_s).toString()), answeredNow,
         sql::text(answeredNow                                           ? f.answer.trimmed()
                   : inquiry && f.inquiryRoute == InquiryRoute::Referred ? f.headAnswer.trimmed()
                                                                         : QString()),
         sql::text(contactName), sql::text(contactPhone), sql::instant(replyDue), m_clock.nowMs(), who.user.id});
    if (!r)
        return r.error();
    auto audited = m_audit.append(who, u"intake"_s, ticket.id, u"taken_in"_s, {}, after);
    if (!audited)
        return audited.error();
    return {};
}

} // namespace fd
