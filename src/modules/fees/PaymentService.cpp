#include "modules/fees/PaymentService.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/Money.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "modules/fees/ArrearsService.h"
#include "modules/fees/FeeNumbers.h"
#include "modules/fees/FeeSql.h"
#include "modules/fees/FeeTerms.h"
#include "modules/fees/OneOffChargeService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString paymentColumns()
{
    return u"SELECT p.id, p.receipt_no, p.unit_id, un.code, p.method, p.reference, p.payer, p.amount_fen, "
           "p.credit_fen, p.taken_ms, u.display_name, r.reason, COALESCE(ru.display_name, ''), "
           "COALESCE(r.created_ms, 0), "_s +
           QLatin1StringView(FeeSql::kOwnerOfUn) +
           u" FROM payments p JOIN units un ON un.id = p.unit_id JOIN users u ON u.id = p.taken_by "
           "LEFT JOIN payment_reversals r ON r.payment_id = p.id LEFT JOIN users ru ON ru.id = r.approved_by "_s;
}

Payment paymentFrom(const QSqlQuery& q)
{
    Payment p;
    p.id = q.value(0).toLongLong();
    p.receiptNo = q.value(1).toString();
    p.unitId = q.value(2).toLongLong();
    p.unitCode = q.value(3).toString();
    p.method = FeeTerms::methodFromKey(q.value(4).toString()).value_or(PaymentMethod::Cash);
    p.reference = q.value(5).toString();
    p.payer = q.value(6).toString();
    p.amountFen = q.value(7).toLongLong();
    p.creditFen = q.value(8).toLongLong();
    p.takenMs = q.value(9).toLongLong();
    p.takenBy = q.value(10).toString();
    p.reversed = !q.value(11).isNull();
    p.reversalReason = q.value(11).toString();
    p.reversalApprovedBy = q.value(12).toString();
    p.reversedMs = q.value(13).toLongLong();
    p.owner = q.value(14).toString();
    return p;
}

QJsonObject json(const Payment& p)
{
    QJsonArray parts;
    for (const PaymentPart& part : p.parts)
        parts.append(QJsonObject{{u"line_id"_s, part.lineId}, {u"amount_fen"_s, part.amountFen}});
    return {{u"receipt_no"_s, p.receiptNo}, {u"unit_id"_s, p.unitId}, {u"method"_s, FeeTerms::key(p.method)},
            {u"reference"_s, p.reference},  {u"payer"_s, p.payer},    {u"amount_fen"_s, p.amountFen},
            {u"credit_fen"_s, p.creditFen}, {u"parts"_s, parts}};
}

} // namespace

SearchSource PaymentService::searchSource()
{
    return SearchSource{QString::fromLatin1(SearchKind),
                        u"SELECT p.id, p.taken_ms, p.receipt_no, un.code || ' ' || p.payer, p.receipt_no || ' ' || "
                        "un.code || ' ' || p.payer || ' ' || p.reference, p.unit_id FROM payments p JOIN units un ON "
                        "un.id = p.unit_id WHERE p.id > ? ORDER BY p.id LIMIT ?"_s};
}

PaymentService::PaymentService(Database& db, const Clock& clock, AuditLog& audit)
    : m_db(db), m_clock(clock), m_audit(audit), m_ledger(db)
{}

Result<UnitAccount> PaymentService::account(const Session& who, qint64 unitId) const
{
    if (Status s = who.require(Permission::ViewFeeAccounts); !s)
        return s.error();
    auto unit = m_db.exec(
        u"SELECT un.code, "_s + QLatin1StringView(FeeSql::kOwnerOfUn) + u" FROM units un WHERE un.id = ?"_s, {unitId});
    if (!unit)
        return unit.error();
    if (!unit.value().next())
        return Error{u"fees.no_unit"_s, tr("That unit is not in the registry."), u"unit"_s};
    UnitAccount a;
    a.unitId = unitId;
    a.unitCode = unit.value().value(0).toString();
    a.owner = unit.value().value(1).toString();
    unit.value().finish();
    auto open = m_ledger.openLines(unitId);
    if (!open)
        return open.error();
    a.open = std::move(open).value();
    for (const OpenLine& o : std::as_const(a.open)) {
        a.owedFen += o.outstandingFen();
        if (!a.oldestDue.isValid() || o.line.dueDay < a.oldestDue)
            a.oldestDue = o.line.dueDay;
    }
    auto prepaid = m_ledger.prepaid(unitId);
    if (!prepaid)
        return prepaid.error();
    a.prepaidFen = prepaid.value();
    auto deposits = m_ledger.depositsHeld(unitId);
    if (!deposits)
        return deposits.error();
    a.depositsFen = deposits.value();
    return a;
}

Result<Payment> PaymentService::pay(const Session& who, const PaymentRequest& request)
{
    if (Status s = who.require(Permission::CollectFees); !s)
        return s.error();
    if (request.amountFen <= 0)
        return Error{u"fees.amount"_s, tr("Write the amount received, more than zero, in yuan and fen."), u"amount"_s};
    const QString reference = request.reference.trimmed();
    if (request.method != PaymentMethod::Cash && reference.isEmpty())
        return Error{
            u"fees.reference"_s,
            tr("Write the transaction's number from the %1 slip or screen.").arg(FeeTerms::displayName(request.method)),
            u"reference"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto account = m_ledger.openLines(request.unitId);
    if (!account)
        return account.error();
    auto unit =
        m_db.exec(u"SELECT un.code, "_s + QLatin1StringView(FeeSql::kOwnerOfUn) + u" FROM units un WHERE un.id = ?"_s,
                  {request.unitId});
    if (!unit)
        return unit.error();
    if (!unit.value().next())
        return Error{u"fees.no_unit"_s, tr("That unit is not in the registry."), u"unit"_s};

    // R-FE-2: the picked lines, oldest due first, as far as the amount goes; the rest is prepaid.
    const QSet<qint64> asked(request.lineIds.cbegin(), request.lineIds.cend());
    QSet<qint64> found;
    Payment p;
    p.unitId = request.unitId;
    p.unitCode = unit.value().value(0).toString();
    p.owner = unit.value().value(1).toString();
    unit.value().finish();
    p.method = request.method;
    p.reference = request.method == PaymentMethod::Cash ? QString() : reference;
    p.payer = request.payer.trimmed();
    p.amountFen = request.amountFen;
    qint64 left = request.amountFen;
    for (const OpenLine& o : std::as_const(account.value())) { // oldest due first
        if (!asked.contains(o.line.id))
            continue;
        found.insert(o.line.id);
        const qint64 take = std::min(left, o.outstandingFen());
        if (take <= 0)
            continue;
        left -= take;
        p.parts << PaymentPart{o.line.id, FeeTerms::label(o.line), o.line.period, o.line.months, take};
    }
    if (found.size() != asked.size())
        return Error{u"fees.line_settled"_s,
                     tr("A bill picked is settled already or is not this unit's: open the unit's account again."),
                     u"lines"_s};
    p.creditFen = left;

    p.takenMs = m_clock.nowMs();
    auto number = nextReceiptNo(p.takenMs);
    if (!number)
        return number.error();
    p.receiptNo = number.value();
    auto id =
        m_db.insert(u"INSERT INTO payments (receipt_no, unit_id, method, reference, payer, amount_fen, credit_fen, "
                    "taken_ms, taken_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {p.receiptNo, p.unitId, FeeTerms::key(p.method), p.reference.isNull() ? u""_s : p.reference,
                     p.payer.isNull() ? u""_s : p.payer, p.amountFen, p.creditFen, p.takenMs, who.user.id});
    if (!id)
        return id.error();
    p.id = id.value();
    for (const PaymentPart& part : std::as_const(p.parts)) {
        auto r = m_db.exec(u"INSERT INTO payment_allocations (payment_id, line_id, unit_id, amount_fen, from_credit, "
                           "created_ms) VALUES (?, ?, ?, ?, FALSE, ?)"_s,
                           {p.id, part.lineId, p.unitId, part.amountFen, p.takenMs});
        if (!r)
            return r.error();
    }
    if (auto a = m_audit.append(who, u"payment"_s, p.id, u"taken"_s, {}, json(p)); !a)
        return a.error();
    // What stays open: the account read above less what this payment settled (no second read).
    QHash<qint64, qint64> settled;
    for (const PaymentPart& part : std::as_const(p.parts))
        settled.insert(part.lineId, part.amountFen);
    QList<OpenLine> open;
    bool oneOffSettled = false;
    for (OpenLine o : std::as_const(account.value())) {
        o.paidFen += settled.value(o.line.id);
        if (o.outstandingFen() > 0)
            open << o;
        else if (settled.contains(o.line.id) && FeeTerms::oneAtATime(o.line.basis))
            oneOffSettled = true;
    }
    // R-FE-3: nothing left overdue, the unit's dunning follow-ups stop.
    const QDate today = QDateTime::fromMSecsSinceEpoch(p.takenMs).date();
    if (std::none_of(open.cbegin(), open.cend(), [&today](const OpenLine& o) { return o.line.dueDay < today; }))
        if (Status s = ArrearsService::closeFollowUps(m_db, p.unitId, p.takenMs); !s)
            return s.error();
    // R-FE-4: a one-off charge paid stops reminding (only a one-off line settled now can end one).
    if (oneOffSettled)
        if (Status s = OneOffChargeService::closeSettled(m_db, p.unitId, p.takenMs, &open); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    p.takenBy = who.user.displayName;
    return p;
}

Result<QString> PaymentService::nextReceiptNo(qint64 nowMs)
{
    return FeeNumbers::next(m_db, u"receipt"_s, u"SJ"_s, QDateTime::fromMSecsSinceEpoch(nowMs).date().year());
}

Result<Payment> PaymentService::reverse(const Session& who, const Session& approver, qint64 paymentId,
                                        const QString& reason)
{
    if (Status s = who.require(Permission::CollectFees); !s)
        return s.error();
    if (!approver.may(Permission::ApproveFeeReversals))
        return Error{u"perm.denied"_s,
                     tr("A manager approves taking a payment back: %1 may not.").arg(approver.user.displayName),
                     u"approver"_s};
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{u"fees.reversal_reason"_s, tr("Say why the payment is taken back."), u"reason"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto before = load(paymentId);
    if (!before)
        return before.error();
    if (before.value().reversed)
        return Error{u"fees.reversed"_s,
                     tr("Receipt %1 was taken back already, on %2.")
                         .arg(before.value().receiptNo, DateTimeText::dateTime(before.value().reversedMs)),
                     u"payment"_s};
    // A deposit this payment paid has had a damage deducted from it or been refunded: the money is gone
    // from the deposit, so the payment that brought it in stays (R-RN-1).
    auto spent = m_db.scalar(u"SELECT COUNT(*) FROM payment_allocations a WHERE a.payment_id = ? AND (EXISTS (SELECT 1 "
                             "FROM deposit_deductions d WHERE d.line_id = a.line_id) OR EXISTS (SELECT 1 FROM "
                             "deposit_refund_lines f WHERE f.line_id = a.line_id))"_s,
                             {paymentId});
    if (!spent)
        return spent.error();
    if (spent.value().toLongLong() > 0)
        return Error{u"fees.deposit_used"_s,
                     tr("Receipt %1 paid a deposit that has had damages deducted or been refunded since: it is not "
                        "taken back. Ask the manager how to correct it.")
                         .arg(before.value().receiptNo),
                     u"payment"_s};
    if (before.value().creditFen > 0) {
        auto prepaid = m_ledger.prepaid(before.value().unitId);
        if (!prepaid)
            return prepaid.error();
        if (prepaid.value() < before.value().creditFen)
            return Error{
                u"fees.credit_used"_s,
                tr("%1 of receipt %2 was kept as prepaid and has settled later bills since; only %3 is "
                   "left. Ask the manager how to correct it.")
                    .arg(Money::text(before.value().creditFen), before.value().receiptNo, Money::text(prepaid.value())),
                u"payment"_s};
    }
    // R-FE-5: the payment stays as it was; the reversal is an entry of its own.
    const qint64 now = m_clock.nowMs();
    auto id = m_db.insert(u"INSERT INTO payment_reversals (payment_id, reason, requested_by, approved_by, created_ms) "
                          "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                          {paymentId, why, who.user.id, approver.user.id, now});
    if (!id)
        return id.error();
    const QJsonObject after{{u"reversed"_s, true},
                            {u"reason"_s, why},
                            {u"approved_by"_s, approver.user.id},
                            {u"amount_fen"_s, before.value().amountFen}};
    if (auto a = m_audit.append(who, u"payment"_s, paymentId, u"reversed"_s, json(before.value()), after); !a)
        return a.error();
    // What it had settled is owed again: the reminders it ended come back (R-FE-3, R-FE-4).
    auto open = m_ledger.openLines(before.value().unitId);
    if (!open)
        return open.error();
    if (Status s = ArrearsService::reopenFollowUps(m_db, before.value().unitId, open.value(), now); !s)
        return s.error();
    QList<qint64> settled;
    for (const PaymentPart& part : before.value().parts)
        settled << part.lineId;
    if (Status s = OneOffChargeService::reopenUnpaid(m_db, settled, now); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return load(paymentId);
}

Result<Payment> PaymentService::payment(const Session& who, qint64 paymentId) const
{
    if (Status s = who.require(Permission::ViewFeeAccounts); !s)
        return s.error();
    return load(paymentId);
}

Result<Payment> PaymentService::byReceipt(const Session& who, const QString& receiptNo) const
{
    if (Status s = who.require(Permission::ViewFeeAccounts); !s)
        return s.error();
    QString number = receiptNo.toUpper();
    number.remove(u' ');
    auto id = m_db.scalar(u"SELECT id FROM payments WHERE receipt_no = ?"_s, {number});
    if (!id)
        return id.error();
    if (id.value().isNull())
        return Error{u"fees.no_receipt"_s, tr("No receipt %1.").arg(number), u"receipt"_s};
    return load(id.value().toLongLong());
}

Result<QList<Payment>> PaymentService::payments(const Session& who, qint64 unitId) const
{
    if (Status s = who.require(Permission::ViewFeeAccounts); !s)
        return s.error();
    auto q = m_db.exec(paymentColumns() + u"WHERE p.unit_id = ? ORDER BY p.id DESC"_s, {unitId});
    if (!q)
        return q.error();
    QList<Payment> out;
    while (q.value().next())
        out << paymentFrom(q.value());
    q.value().finish();
    return out;
}

Result<Payment> PaymentService::load(qint64 paymentId) const
{
    auto q = m_db.exec(paymentColumns() + u"WHERE p.id = ?"_s, {paymentId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{u"fees.no_payment"_s, tr("That payment is not on record."), u"payment"_s};
    Payment p = paymentFrom(q.value());
    q.value().finish();
    auto parts = m_db.exec(u"SELECT a.line_id, i.name, l.period, l.months, a.amount_fen, l.note FROM "
                           "payment_allocations a "
                           "JOIN bill_lines l ON l.id = a.line_id JOIN charge_items i ON i.id = l.item_id "
                           "WHERE a.payment_id = ? ORDER BY l.due_day, i.code, l.id"_s,
                           {paymentId});
    if (!parts)
        return parts.error();
    while (parts.value().next()) {
        const QSqlQuery& row = parts.value();
        BillLine named;
        named.itemName = row.value(1).toString();
        named.note = row.value(5).toString();
        p.parts << PaymentPart{row.value(0).toLongLong(), FeeTerms::label(named), row.value(2).toString(),
                               row.value(3).toInt(), row.value(4).toLongLong()};
    }
    parts.value().finish();
    return p;
}

} // namespace fd
