#pragma once

#include "core/Result.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class Database;

// What one deposit line (装修押金, 装修垃圾清运费: ChargeBasis::Deposit) holds: what was paid of it, less
// the damages deducted from it and what was refunded out of it.
struct DepositLine
{
    qint64 lineId = 0;
    qint64 unitId = 0;
    QString itemName;
    qint64 amountFen = 0; // charged
    qint64 paidFen = 0;
    qint64 deductedFen = 0;
    qint64 refundedFen = 0;
    bool takenBack = false; // the charge was taken back before it was paid (R-FE-5): owed no more
    [[nodiscard]] qint64 heldFen() const { return paidFen - deductedFen - refundedFen; }
};

struct DepositDeduction
{
    qint64 id = 0;
    qint64 lineId = 0;
    qint64 amountFen = 0;
    QString description;
    qint64 createdMs = 0;
    QString createdBy;
};

struct DepositRefund
{
    qint64 id = 0;
    QString receiptNo; // TK2026000001
    qint64 unitId = 0;
    QString unitCode;
    PaymentMethod method = PaymentMethod::Cash;
    QString reference;
    QString payee;
    qint64 amountFen = 0;
    qint64 paidMs = 0;
    QString paidBy;
};

// A refund to pay out of a set of deposit lines.
struct RefundToPay
{
    qint64 unitId = 0;
    QList<qint64> lineIds; // paid out of in this order
    qint64 amountFen = 0;
    PaymentMethod method = PaymentMethod::Cash;
    QString reference; // required for anything but cash
    QString payee;
};

// The deposits' own ledger (R-RN-1 "damages deducted from the deposit", "the deposit refunded"): a damage
// is a deduction from one deposit line, a refund is paid out of deposit lines in order with a receipt of
// its own (TK + year + six digits); neither takes more than a line holds. Like FeeLedger it holds no role
// checks: the service that deducts or refunds (the renovations) holds them and the rule's order. Writes
// happen inside the caller's transaction and are audited there.
class DepositLedger
{
    Q_DECLARE_TR_FUNCTIONS(DepositLedger)

public:
    explicit DepositLedger(Database& db) : m_db(db) {}

    // The lines (deposit lines only; any other is an error naming the field "line"), in the order given.
    [[nodiscard]] Result<QList<DepositLine>> lines(const QList<qint64>& lineIds) const;
    [[nodiscard]] Result<QList<DepositDeduction>> deductions(const QList<qint64>& lineIds) const;
    [[nodiscard]] Result<QList<DepositRefund>> refunds(const QList<qint64>& lineIds) const;

    // Errors name the field: amount (none, or above what the line holds), description.
    Result<qint64> deduct(qint64 userId, qint64 lineId, qint64 amountFen, const QString& description, qint64 nowMs);
    // Errors name the field: amount (none, or above what the lines hold together), method, reference, payee.
    Result<DepositRefund> refund(qint64 userId, const RefundToPay& refund, qint64 nowMs);

private:
    Result<QString> nextReceiptNo(qint64 nowMs);

    Database& m_db;
};

} // namespace fd
