#include "modules/tools/ToolService.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "core/PersonalData.h"
#include "core/PhoneNumber.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/SiteSettings.h"
#include "engine/tickets/SiteRules.h"
#include "modules/tools/ToolSql.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonObject>

#include <string_view>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QJsonObject describe(const ToolLoan& l)
{
    return {{u"tool_id"_s, l.toolId},
            {u"unit_id"_s, l.unitId},
            {u"borrower_name"_s, l.borrowerName},
            {u"borrower_phone"_s, PersonalData::maskPhone(l.borrowerPhone)},
            {u"quantity"_s, l.quantity},
            {u"deposit_note"_s, l.depositNote},
            {u"signature_id"_s, l.signatureId},
            {u"due_ms"_s, l.dueMs},
            {u"returned_ms"_s, l.returnedMs ? QJsonValue(*l.returnedMs) : QJsonValue()},
            {u"return_condition"_s, l.returnCondition}};
}

// A null QString binds as NULL; the text columns are NOT NULL DEFAULT ''.
QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

} // namespace

ToolService::ToolService(Database& db, const Clock& clock, AuditLog& audit, SiteSettings& settings)
    : m_db(db), m_clock(clock), m_audit(audit), m_settings(settings), m_watches(db), m_signatures(db, clock, audit)
{}

QTime ToolService::returnTime() const
{
    static_assert(std::string_view(ReturnTimeKey) == std::string_view(SiteRules::ToolReturnTime));
    return SiteRules(m_settings).timeOfDay(QString::fromLatin1(SiteRules::ToolReturnTime));
}

qint64 ToolService::dueAfterLending(qint64 atMs) const
{
    // Seed 001: a tool not back by the end of the lending day is chased; lent after that, the next day's.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs);
    const QTime end = returnTime();
    QDateTime due(at.date(), end);
    if (due.toMSecsSinceEpoch() <= atMs)
        due = QDateTime(at.date().addDays(1), end);
    return due.toMSecsSinceEpoch();
}

QString ToolService::loanLine(const ToolLoan& loan)
{
    return tr("%1 ×%2 → %3 %4").arg(loan.toolName).arg(loan.quantity).arg(loan.unitCode, loan.borrowerName);
}

Status ToolService::arm(const ToolLoan& loan, qint64 dueMs)
{
    Watch w;
    w.source = QString::fromLatin1(WatchSource);
    w.refId = loan.id;
    w.unitId = loan.unitId;
    w.title = tr("Tool not back: %1").arg(loanLine(loan));
    w.detail = tr("Call %1 (%2) and ask them to bring it back.")
                   .arg(loan.borrowerName, PersonalData::maskPhone(loan.borrowerPhone));
    w.dueMs = dueMs;
    return m_watches.arm(w, m_clock.nowMs());
}

Status ToolService::validate(const ToolLendRequest& r, Tool& tool, QString& unitCode) const
{
    if (r.toolId == 0)
        return Error{u"tool.missing"_s, tr("Choose the tool to lend."), u"tool"_s};
    auto found = this->tool(r.toolId);
    if (!found)
        return Error{found.error().code, found.error().message, u"tool"_s};
    tool = found.value();
    if (!tool.active)
        return Error{u"tool.retired"_s, tr("%1 is retired and is not lent.").arg(tool.name), u"tool"_s};
    if (tool.in() == 0)
        return Error{u"tool.none_in"_s,
                     tr("No %1 is at the desk: all %2 are lent out.").arg(tool.name).arg(tool.quantity), u"tool"_s};
    if (r.quantity < 1)
        return Error{u"tool.quantity"_s, tr("Lend at least one."), u"quantity"_s};
    if (r.quantity > tool.in())
        return Error{u"tool.quantity"_s, tr("Only %n %1 at the desk.", nullptr, tool.in()).arg(tool.name),
                     u"quantity"_s};
    if (r.unitId == 0)
        return Error{u"tool.unit"_s, tr("Choose the borrower's unit."), u"unit"_s};
    auto code = m_db.scalar(u"SELECT code FROM units WHERE id = ?"_s, {r.unitId});
    if (!code)
        return code.error();
    if (!code.value().isValid())
        return Error{u"tool.unit"_s, tr("That unit is not in the registry."), u"unit"_s};
    unitCode = code.value().toString();
    if (r.borrowerName.trimmed().isEmpty())
        return Error{u"tool.borrower"_s, tr("Write down who borrows it."), u"borrower_name"_s};
    if (!PhoneNumber::isValid(r.borrowerPhone))
        return Error{u"tool.phone"_s, tr("Enter the borrower's phone, to call if it is not back today."),
                     u"borrower_phone"_s};
    if (Status s = SignatureService::validate(r.signature); !s)
        return Error{s.error().code, s.error().message, u"signature"_s};
    return {};
}

Result<ToolLoan> ToolService::lend(const Session& who, const ToolLendRequest& request)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    // Two desks cannot lend the last ladder twice: SQLite's transaction holds the write lock from its
    // start; on PostgreSQL this no-op update locks the tool's row until commit, before it is counted.
    if (request.toolId != 0)
        if (auto lock = m_db.exec(u"UPDATE tools SET quantity = quantity WHERE id = ?"_s, {request.toolId}); !lock)
            return lock.error();
    Tool tool;
    QString unitCode;
    if (Status s = validate(request, tool, unitCode); !s)
        return s.error();

    Signature signature = request.signature;
    if (signature.signer.trimmed().isEmpty())
        signature.signer = request.borrowerName.trimmed();
    auto signatureId = m_signatures.store(who, signature);
    if (!signatureId)
        return Error{signatureId.error().code, signatureId.error().message, u"signature"_s};

    ToolLoan l;
    l.toolId = tool.id;
    l.toolName = tool.name;
    l.toolCode = tool.code;
    l.unitId = request.unitId;
    l.unitCode = unitCode;
    l.borrowerName = request.borrowerName.trimmed();
    l.borrowerPhone = PhoneNumber::normalize(request.borrowerPhone);
    l.quantity = request.quantity;
    l.depositNote = request.depositNote.trimmed();
    l.signatureId = signatureId.value();
    l.lentMs = m_clock.nowMs();
    l.lentBy = who.user.displayName;
    l.dueMs = dueAfterLending(l.lentMs);
    auto id = m_db.insert(u"INSERT INTO tool_loans (tool_id, unit_id, borrower_name, borrower_phone, quantity, "
                          "deposit_note, lent_signature_id, lent_ms, lent_by, first_due_ms, due_ms) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {l.toolId, l.unitId, l.borrowerName, l.borrowerPhone, l.quantity, text(l.depositNote),
                           l.signatureId, l.lentMs, who.user.id, l.dueMs, l.dueMs});
    if (!id)
        return id.error();
    l.id = id.value();
    if (Status s = arm(l, l.dueMs); !s) // seed 001: not back the same day → call
        return s.error();
    if (auto a = m_audit.append(who, u"tool_loan"_s, l.id, u"lent"_s, {}, describe(l)); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return l;
}

Result<ToolLoan> ToolService::recordCall(const Session& who, qint64 loanId, const QString& note)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    if (note.trimmed().isEmpty())
        return Error{u"tool.call_note"_s, tr("Write down what the borrower said."), u"note"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto found = loan(loanId);
    if (!found)
        return found.error();
    const ToolLoan before = found.value();
    if (!before.isOut())
        return Error{u"tool.returned"_s, tr("%1 is already back.").arg(loanLine(before)), u"note"_s};
    const qint64 now = m_clock.nowMs();
    if (before.dueMs > now)
        return Error{u"tool.not_due"_s, tr("%1 is not due back yet.").arg(loanLine(before)), u"note"_s};
    // Seed 001: called → chase it again at the next return time: this evening's when called in the
    // morning after, tomorrow's when called after this evening's.
    const qint64 due = dueAfterLending(now);
    auto call = m_db.insert(u"INSERT INTO tool_loan_calls (loan_id, note, at_ms, called_by) VALUES (?, ?, ?, ?) "
                            "RETURNING id"_s,
                            {loanId, note.trimmed(), now, who.user.id});
    if (!call)
        return call.error();
    auto moved = m_db.exec(u"UPDATE tool_loans SET due_ms = ? WHERE id = ? AND returned_ms IS NULL"_s, {due, loanId});
    if (!moved)
        return moved.error();
    if (moved.value().numRowsAffected() != 1)
        return Error{u"tool.returned"_s, tr("%1 is already back.").arg(loanLine(before)), u"note"_s};
    ToolLoan after = before;
    after.dueMs = due;
    after.calls = before.calls + 1;
    if (Status s = arm(after, due); !s)
        return s.error();
    QJsonObject said = describe(after);
    said.insert(u"call_note"_s, note.trimmed());
    if (auto a = m_audit.append(who, u"tool_loan"_s, loanId, u"called"_s, describe(before), said); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return after;
}

Result<ToolLoan> ToolService::giveBack(const Session& who, qint64 loanId, const QString& condition)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto found = loan(loanId);
    if (!found)
        return found.error();
    const ToolLoan before = found.value();
    if (!before.isOut())
        return Error{
            u"tool.returned"_s,
            tr("%1 was already returned on %2.").arg(loanLine(before), DateTimeText::dateTime(*before.returnedMs)),
            u"condition"_s};
    ToolLoan after = before;
    after.returnedMs = m_clock.nowMs();
    after.returnedBy = who.user.displayName;
    after.returnCondition = condition.trimmed();
    auto q = m_db.exec(u"UPDATE tool_loans SET returned_ms = ?, returned_by = ?, return_condition = ? "
                       "WHERE id = ? AND returned_ms IS NULL"_s,
                       {*after.returnedMs, who.user.id, text(after.returnCondition), loanId});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1) // returned at another desk since it was read
        return Error{u"tool.returned"_s, tr("%1 is already back.").arg(loanLine(before)), u"condition"_s};
    if (Status s = m_watches.close(QString::fromLatin1(WatchSource), loanId, *after.returnedMs); !s)
        return s.error();
    if (auto a = m_audit.append(who, u"tool_loan"_s, loanId, u"returned"_s, describe(before), describe(after)); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return after;
}

} // namespace fd
