#include "modules/fees/DepositLedger.h"

#include "core/Money.h"
#include "modules/fees/FeeNumbers.h"
#include "modules/fees/FeeTerms.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.isEmpty() ? u"0"_s : parts.join(u',');
}

} // namespace

Result<QList<DepositLine>> DepositLedger::lines(const QList<qint64>& lineIds) const
{
    QList<DepositLine> out;
    for (qint64 id : lineIds) {
        // Paid: what settled the line, less the payments taken back (not the line's amount less what is
        // open: a charge taken back is open for nothing and was paid nothing).
        auto q = m_db.exec(
            u"SELECT l.id, l.unit_id, i.name, i.basis, l.amount_fen, (SELECT COALESCE(SUM(a.amount_fen), 0) FROM "
            "payment_allocations a WHERE a.line_id = l.id AND NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE "
            "r.payment_id = a.payment_id)), "
            "(SELECT COALESCE(SUM(d.amount_fen), 0) FROM deposit_deductions d WHERE d.line_id = l.id), "
            "(SELECT COALESCE(SUM(r.amount_fen), 0) FROM deposit_refund_lines r WHERE r.line_id = l.id), "
            "EXISTS (SELECT 1 FROM bill_line_reversals v WHERE v.line_id = l.id) "
            "FROM bill_lines l JOIN charge_items i ON i.id = l.item_id WHERE l.id = ?"_s,
            {id});
        if (!q)
            return q.error();
        if (!q.value().next() || q.value().value(3).toString() != FeeTerms::key(ChargeBasis::Deposit))
            return Error{u"deposit.line"_s, tr("That bill line is not a deposit."), u"line"_s};
        const QSqlQuery& r = q.value();
        DepositLine d;
        d.lineId = r.value(0).toLongLong();
        d.unitId = r.value(1).toLongLong();
        d.itemName = r.value(2).toString();
        d.amountFen = r.value(4).toLongLong();
        d.paidFen = r.value(5).toLongLong();
        d.deductedFen = r.value(6).toLongLong();
        d.refundedFen = r.value(7).toLongLong();
        d.takenBack = r.value(8).toBool();
        out << d;
    }
    return out;
}

Result<QList<DepositDeduction>> DepositLedger::deductions(const QList<qint64>& lineIds) const
{
    auto q = m_db.exec(u"SELECT d.id, d.line_id, d.amount_fen, d.description, d.created_ms, u.display_name "
                       "FROM deposit_deductions d JOIN users u ON u.id = d.created_by WHERE d.line_id IN (%1) "
                       "ORDER BY d.id"_s.arg(idList(lineIds)));
    if (!q)
        return q.error();
    QList<DepositDeduction> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << DepositDeduction{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toLongLong(),
                                r.value(3).toString(),   r.value(4).toLongLong(), r.value(5).toString()};
    }
    return out;
}

Result<QList<DepositRefund>> DepositLedger::refunds(const QList<qint64>& lineIds) const
{
    auto q = m_db.exec(u"SELECT f.id, f.receipt_no, f.unit_id, un.code, f.method, f.reference, f.payee, f.amount_fen, "
                       "f.paid_ms, u.display_name FROM deposit_refunds f JOIN units un ON un.id = f.unit_id "
                       "JOIN users u ON u.id = f.paid_by WHERE f.id IN (SELECT refund_id FROM deposit_refund_lines "
                       "WHERE line_id IN (%1)) ORDER BY f.id"_s.arg(idList(lineIds)));
    if (!q)
        return q.error();
    QList<DepositRefund> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        DepositRefund f;
        f.id = r.value(0).toLongLong();
        f.receiptNo = r.value(1).toString();
        f.unitId = r.value(2).toLongLong();
        f.unitCode = r.value(3).toString();
        f.method = FeeTerms::methodFromKey(r.value(4).toString()).value_or(PaymentMethod::Cash);
        f.reference = r.value(5).toString();
        f.payee = r.value(6).toString();
        f.amountFen = r.value(7).toLongLong();
        f.paidMs = r.value(8).toLongLong();
        f.paidBy = r.value(9).toString();
        out << f;
    }
    return out;
}

Result<qint64> DepositLedger::deduct(qint64 userId, qint64 lineId, qint64 amountFen, const QString& description,
                                     qint64 nowMs)
{
    const QString what = description.trimmed();
    if (what.isEmpty())
        return Error{u"deposit.description"_s, tr("Describe the damage the deduction is for."), u"description"_s};
    if (amountFen <= 0)
        return Error{u"deposit.amount"_s, tr("Enter the amount to deduct."), u"amount"_s};
    auto line = lines({lineId});
    if (!line)
        return line.error();
    const DepositLine& d = line.value().first();
    if (amountFen > d.heldFen())
        return Error{u"deposit.over"_s,
                     tr("The deposit holds %1: no more can be deducted from it.").arg(Money::text(d.heldFen())),
                     u"amount"_s};
    return m_db.insert(u"INSERT INTO deposit_deductions (line_id, unit_id, amount_fen, description, created_ms, "
                       "created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                       {lineId, d.unitId, amountFen, what, nowMs, userId});
}

Result<DepositRefund> DepositLedger::refund(qint64 userId, const RefundToPay& r, qint64 nowMs)
{
    const QString payee = r.payee.trimmed();
    const QString reference = r.reference.trimmed();
    if (r.amountFen <= 0)
        return Error{u"deposit.amount"_s, tr("Enter the amount to refund."), u"amount"_s};
    if (payee.isEmpty())
        return Error{u"deposit.payee"_s, tr("Enter who receives the refund."), u"payee"_s};
    if (r.method != PaymentMethod::Cash && reference.isEmpty())
        return Error{u"deposit.reference"_s, tr("Enter the transfer's or the card's reference."), u"reference"_s};
    auto held = lines(r.lineIds);
    if (!held)
        return held.error();
    qint64 total = 0;
    for (const DepositLine& d : held.value())
        total += std::max<qint64>(0, d.heldFen());
    if (r.amountFen > total)
        return Error{u"deposit.over"_s,
                     tr("The deposit holds %1 after its deductions and refunds: no more can be refunded.")
                         .arg(Money::text(total)),
                     u"amount"_s};
    auto number = nextReceiptNo(nowMs);
    if (!number)
        return number.error();
    auto id = m_db.insert(
        u"INSERT INTO deposit_refunds (receipt_no, unit_id, method, reference, payee, amount_fen, "
        "paid_ms, paid_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {number.value(), r.unitId, FeeTerms::key(r.method), sql::text(reference), payee, r.amountFen, nowMs, userId});
    if (!id)
        return id.error();
    qint64 left = r.amountFen;
    for (const DepositLine& d : held.value()) {
        const qint64 part = std::min(left, std::max<qint64>(0, d.heldFen()));
        if (part <= 0)
            continue;
        if (auto q = m_db.exec(u"INSERT INTO deposit_refund_lines (refund_id, line_id, amount_fen) VALUES (?, ?, ?)"_s,
                               {id.value(), d.lineId, part});
            !q)
            return q.error();
        left -= part;
    }
    auto written = refunds(r.lineIds);
    if (!written)
        return written.error();
    for (const DepositRefund& f : written.value())
        if (f.id == id.value())
            return f;
    return Error{u"deposit.refund"_s, tr("The refund was not written."), u"amount"_s};
}

Result<QString> DepositLedger::nextReceiptNo(qint64 nowMs)
{
    return FeeNumbers::next(m_db, u"deposit_refund"_s, u"TK"_s, QDateTime::fromMSecsSinceEpoch(nowMs).date().year());
}

} // namespace fd
