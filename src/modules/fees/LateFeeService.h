#pragma once

#include "core/Result.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class AuditLog;
class Clock;
class Database;
class SiteRules;
struct Session;

// Late fees (滞纳金, R-FE-3), an optional site rule: a line unpaid past its due day and the site's days
// of grace runs up, each day, the site's ten-thousandths of what it still owes; a late fee is never
// charged on a late fee. Nothing is charged by itself: at the counter the cashier sees what a unit's
// lines have run up to today and charges it as lines of their own (an item charged one at a time,
// e.g. 滞纳金), each naming the line and the day it is counted to, so the next one starts after it; or
// a manager waives a line's late fee to today with a reason, and it is not charged. Every step is one
// transaction with its audit event; a refused one writes nothing.
class LateFeeService
{
    Q_DECLARE_TR_FUNCTIONS(LateFeeService)

public:
    LateFeeService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules);

    // What the unit's open lines have run up to today, oldest due first; empty when the site charges
    // none. Needs Permission::ViewFeeAccounts.
    [[nodiscard]] Result<QList<LateFee>> accrued(const Session& who, qint64 unitId) const;
    // Charges them as lines of `itemId`, due today, in one run; `expectedTotalFen` is the total the
    // cashier saw. Needs Permission::BillFees. Errors name the field: item, late_fees.
    Result<BillingRun> charge(const Session& who, qint64 unitId, qint64 itemId, qint64 expectedTotalFen);
    // The item the last late fees were charged as (0: none yet), for the counter to offer first.
    [[nodiscard]] qint64 lastItemId() const;
    // A manager waives one line's late fee to today. Needs Permission::ApproveFeeReversals. Errors name
    // the field: reason, late_fees.
    Status waive(const Session& who, qint64 lineId, const QString& reason);

private:
    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    const SiteRules& m_rules;
};

} // namespace fd
