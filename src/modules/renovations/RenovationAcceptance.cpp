// RenovationService at the end of the work (R-RN-1): acceptance in rounds, damages deducted from the
// deposit, the deposit refunded when due.
#include "modules/renovations/RenovationService.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/Money.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/SiteSettings.h"
#include "engine/tickets/SiteRules.h"
#include "engine/watches/WatchService.h"
#include "modules/fees/FeeTerms.h"
#include "modules/renovations/RenovationTerms.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

Result<Renovation> RenovationService::requestAcceptance(const Session& who, qint64 renovationId, const QString& note)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto r = loadAt(renovationId, {RenovationStage::Working});
    if (!r)
        return r.error();
    if (r.value().openProblems > 0)
        return Error{u"renovation.problems_open"_s,
                     tr("%n problem(s) found at the inspections are not put right yet: record them fixed first.",
                        nullptr, r.value().openProblems),
                     u"problems"_s};
    const int round = int(r.value().acceptances.size()) + 1;
    if (auto q = m_db.exec(u"INSERT INTO renovation_acceptances (renovation_id, round, requested_ms, requested_by, "
                           "request_note) VALUES (?, ?, ?, ?, ?)"_s,
                           {renovationId, round, m_clock.nowMs(), who.user.id, sql::text(note.trimmed())});
        !q)
        return q.error();
    if (Status s = setStage(who, r.value(), RenovationStage::Acceptance, u"acceptance_requested"_s,
                            {{u"round"_s, round}, {u"note"_s, note.trimmed()}});
        !s)
        return s.error();
    return commitAndLoad(tx, renovationId);
}

Result<Renovation> RenovationService::passAcceptance(const Session& who, qint64 renovationId)
{
    return decideAcceptance(who, renovationId, true, {});
}

Result<Renovation> RenovationService::failAcceptance(const Session& who, qint64 renovationId,
                                                     const QString& rectification)
{
    return decideAcceptance(who, renovationId, false, rectification);
}

Result<Renovation> RenovationService::decideAcceptance(const Session& who, qint64 renovationId, bool passed,
                                                       const QString& rectification)
{
    if (Status s = who.require(Permission::ReviewRenovations); !s)
        return s.error();
    const QString words = rectification.trimmed();
    if (!passed && words.isEmpty())
        return Error{u"renovation.rectification"_s, tr("Say what is to be put right before the next acceptance."),
                     u"rectification"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    // The round decided already (perhaps a moment ago by another reviewer, issue 16): said with its
    // decision, who and when, rather than as a request never made.
    const auto decided = [this](const Renovation& ren) -> std::optional<Error> {
        const RenovationAcceptance* last = ren.lastAcceptance();
        if (!last || last->decision == AcceptanceDecision::Pending)
            return std::nullopt;
        return Error{u"renovation.acceptance_decided"_s,
                     tr("Round %1 of the acceptance of %2 is decided: %3, by %4 at %5. Another round needs the "
                        "owner's request first.")
                         .arg(QString::number(last->round), ren.number, RenovationTerms::displayName(last->decision),
                              last->decidedBy, DateTimeText::dateTime(last->decidedMs)),
                     u"acceptance"_s};
    };
    auto r = loadAt(renovationId, {RenovationStage::Working, RenovationStage::Acceptance});
    if (!r) {
        if (r.error().code == u"renovation.stage"_s) // not after a failed statement: the transaction is spent
            if (auto now = load(renovationId); now && now.value().stage == RenovationStage::Accepted)
                if (auto said = decided(now.value()))
                    return *said;
        return r.error();
    }
    const RenovationAcceptance* asked = r.value().lastAcceptance();
    // R-RN-1: acceptance only after the owner asked for it (each round asked for again after a failure).
    if (r.value().stage != RenovationStage::Acceptance || !asked || asked->decision != AcceptanceDecision::Pending) {
        if (auto said = decided(r.value()))
            return *said;
        return Error{
            u"renovation.no_request"_s,
            tr("Nobody has asked for the acceptance of %1 yet: record the request first.").arg(r.value().number),
            u"acceptance"_s};
    }
    // R-RN-1: a problem found while acceptance was pending is put right before it passes.
    if (passed && r.value().openProblems > 0)
        return Error{u"renovation.problems_open"_s,
                     tr("%n problem(s) found at the inspections are not put right yet: record them fixed first.",
                        nullptr, r.value().openProblems),
                     u"problems"_s};
    const qint64 now = m_clock.nowMs();
    if (auto q = m_db.exec(u"UPDATE renovation_acceptances SET decision = ?, decided_ms = ?, decided_by = ?, "
                           "rectification = ? WHERE id = ?"_s,
                           {passed ? u"passed"_s : u"failed"_s, now, who.user.id, sql::text(words), asked->id});
        !q)
        return q.error();
    if (!passed) {
        if (Status s = setStage(who, r.value(), RenovationStage::Working, u"acceptance_failed"_s,
                                {{u"round"_s, asked->round}, {u"rectification"_s, words}});
            !s)
            return s.error();
        return commitAndLoad(tx, renovationId);
    }
    // R-RN-1: the refund comes due the site's months (3) after passing.
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    const int months = SiteRules(m_settings).number(QString::fromLatin1(SiteRules::RenovationRefundMonths));
    const QDate due = today.addMonths(months);
    if (auto q = m_db.exec(u"UPDATE renovations SET accepted_day = ?, refund_due_day = ? WHERE id = ?"_s,
                           {today.toString(Qt::ISODate), due.toString(Qt::ISODate), renovationId});
        !q)
        return q.error();
    if (Status s = setStage(who, r.value(), RenovationStage::Accepted, u"acceptance_passed"_s,
                            {{u"round"_s, asked->round},
                             {u"accepted_day"_s, today.toString(Qt::ISODate)},
                             {u"refund_due_day"_s, due.toString(Qt::ISODate)},
                             {u"refund_months"_s, months}});
        !s)
        return s.error();
    WatchService watches(m_db);
    if (Status s = watches.close(QString::fromLatin1(EndWatch), renovationId, now); !s)
        return s.error();
    Watch w;
    w.source = QString::fromLatin1(RefundWatch);
    w.refId = renovationId;
    w.unitId = r.value().unitId;
    w.title = tr("Renovation deposit %1 · %2 %3").arg(r.value().number, r.value().unitCode, r.value().ownerName);
    w.detail =
        tr("Accepted %1: the deposit's refund is due %2").arg(DateTimeText::date(today), DateTimeText::date(due));
    w.dueMs = due.startOfDay().toMSecsSinceEpoch();
    if (Status s = watches.arm(w, now); !s)
        return s.error();
    return commitAndLoad(tx, renovationId);
}

Result<DepositDeduction> RenovationService::deduct(const Session& who, qint64 renovationId, qint64 amountFen,
                                                   const QString& description)
{
    if (Status s = who.require(Permission::ReviewRenovations); !s)
        return s.error();
    if (description.trimmed().isEmpty())
        return Error{u"deposit.description"_s, tr("Describe the damage the deduction is for."), u"description"_s};
    if (amountFen <= 0)
        return Error{u"deposit.amount"_s, tr("Enter the amount to deduct."), u"amount"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto r = loadAt(renovationId, {RenovationStage::Working, RenovationStage::Acceptance, RenovationStage::Accepted});
    if (!r)
        return r.error();
    if (r.value().depositLineId == 0)
        return Error{u"renovation.deposit"_s, tr("No deposit is charged yet."), u"amount"_s};
    // From the deposit line only: the waste fee pays for the waste. The ledger refuses more than it holds.
    DepositLedger ledger(m_db);
    if (auto id = ledger.deduct(who.user.id, r.value().depositLineId, amountFen, description, m_clock.nowMs()); !id)
        return id.error();
    if (auto e = m_audit.append(who, u"renovation"_s, renovationId, u"deposit_deducted"_s, {},
                                {{u"amount_fen"_s, amountFen}, {u"description"_s, description.trimmed()}});
        !e)
        return e.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    auto all = ledger.deductions({r.value().depositLineId});
    if (!all)
        return all.error();
    return all.value().last();
}

Result<DepositRefund> RenovationService::refund(const Session& who, qint64 renovationId, const RefundToPay& request)
{
    if (Status s = who.require(Permission::CollectFees); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto r = loadAt(renovationId, {RenovationStage::Accepted});
    if (!r)
        return r.error();
    // R-RN-1: no refund before the site's months after acceptance have passed.
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    if (!r.value().refundDueDay || today < *r.value().refundDueDay)
        return Error{u"renovation.refund_early"_s,
                     tr("The deposit is refunded from %1, %2 month(s) after the acceptance.")
                         .arg(r.value().refundDueDay ? DateTimeText::date(*r.value().refundDueDay) : QString())
                         .arg(SiteRules(m_settings).number(QString::fromLatin1(SiteRules::RenovationRefundMonths))),
                     u"day"_s};
    RefundToPay pay = request;
    pay.unitId = r.value().unitId;
    pay.lineIds = r.value().depositLines();
    DepositLedger ledger(m_db);
    auto paid = ledger.refund(who.user.id, pay, m_clock.nowMs());
    if (!paid)
        return paid.error();
    if (auto e = m_audit.append(who, u"renovation"_s, renovationId, u"deposit_refunded"_s, {},
                                {{u"receipt_no"_s, paid.value().receiptNo},
                                 {u"amount_fen"_s, paid.value().amountFen},
                                 {u"method"_s, FeeTerms::key(paid.value().method)},
                                 {u"reference"_s, paid.value().reference},
                                 {u"payee"_s, paid.value().payee}});
        !e)
        return e.error();
    auto held = heldFen(r.value());
    if (!held)
        return held.error();
    if (held.value() <= 0) // nothing left held: the renovation ends and the cashier's reminder with it
        if (Status s = end(who, r.value()); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return paid;
}

Result<qint64> RenovationService::heldFen(const Renovation& r) const
{
    auto lines = DepositLedger(m_db).lines(r.depositLines());
    if (!lines)
        return lines.error();
    qint64 held = 0;
    for (const DepositLine& l : lines.value())
        held += l.heldFen();
    return held;
}

Status RenovationService::end(const Session& who, const Renovation& r)
{
    const RenovationStage stage = RenovationStage::Refunded;
    const qint64 now = m_clock.nowMs();
    if (auto q = m_db.exec(u"UPDATE renovations SET stage = ?, ended_ms = ?, ended_by = ? WHERE id = ?"_s,
                           {RenovationTerms::key(stage), now, who.user.id, r.id});
        !q)
        return q.error();
    if (auto e = m_audit.append(who, u"renovation"_s, r.id, u"ended"_s,
                                {{u"stage"_s, RenovationTerms::key(RenovationStage::Accepted)}},
                                {{u"stage"_s, RenovationTerms::key(stage)}});
        !e)
        return e.error();
    return WatchService(m_db).close(QString::fromLatin1(RefundWatch), r.id, now);
}

} // namespace fd
