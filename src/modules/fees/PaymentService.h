#pragma once

#include "core/Result.h"
#include "engine/search/SearchService.h"
#include "modules/fees/FeeLedger.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// Collection (收费, R-FE-2) on the append-only ledger (R-FE-5). A payment settles the unit's open
// lines the cashier picked, oldest due first, as far as it goes (a part payment leaves the rest
// open); what is left over is the unit's prepaid balance, which settles its next bills when they
// are confirmed. The payment, the lines it settled and its numbered receipt are one transaction with
// its audit event: saved together or not at all. A payment is never changed or deleted: a mistake
// is a reversal with a reason and a manager's approval, after which the lines are open again and
// the receipt reprints as voided.
class PaymentService
{
    Q_DECLARE_TR_FUNCTIONS(PaymentService)

public:
    static constexpr auto SearchKind = "payment";

    PaymentService(Database& db, const Clock& clock, AuditLog& audit);
    // The receipts in the global search, by number (and the unit, the payer, the reference); the hit
    // shows no amount.
    [[nodiscard]] static SearchSource searchSource();

    // The unit's open lines, what it owes and its prepaid balance. Errors name the field: unit.
    [[nodiscard]] Result<UnitAccount> account(const Session& who, qint64 unitId) const;
    // Takes a payment and numbers its receipt. Errors name the field: unit, lines (a line settled
    // already, or not the unit's), amount (zero or below), reference (missing for a method but cash).
    Result<Payment> pay(const Session& who, const PaymentRequest& request);
    // Takes a payment back: `who` (a cashier or manager) asks, `approver` (a manager, signed in for
    // it) approves. Errors name the field: reason (empty), approver (not allowed), payment (reversed
    // already, or its prepaid part has settled later bills since).
    Result<Payment> reverse(const Session& who, const Session& approver, qint64 paymentId, const QString& reason);

    [[nodiscard]] Result<Payment> payment(const Session& who, qint64 paymentId) const;
    // By the receipt's number, as printed (SJ2026000001); case and spaces do not matter.
    [[nodiscard]] Result<Payment> byReceipt(const Session& who, const QString& receiptNo) const;
    // A unit's payments, newest first.
    [[nodiscard]] Result<QList<Payment>> payments(const Session& who, qint64 unitId) const;

private:
    [[nodiscard]] Result<Payment> load(qint64 paymentId) const;
    [[nodiscard]] Result<QString> nextReceiptNo(qint64 nowMs);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    FeeLedger m_ledger;
};

} // namespace fd
