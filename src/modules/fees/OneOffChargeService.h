#pragma once

#include "core/Result.h"
#include "engine/watches/RecordSources.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// A one-off charge to make (R-FE-4): a special service (特约服务), keys, an access card.
struct OneOffCharge
{
    qint64 unitId = 0;
    qint64 itemId = 0; // an item charged one at a time (ChargeBasis::OneOff or Deposit)
    qint64 amountFen = 0;
    QString note;           // what it was for: "更换水龙头"
    bool onTheSpot = false; // a small job paid at once: due today, not after the month's end
};

// A returned repair with a charge (repair_returns.charge_fen) that no line bills yet.
struct RepairCharge
{
    qint64 returnId = 0;
    QString ticketNumber;
    qint64 unitId = 0;
    QString unitCode;
    qint64 amountFen = 0;
    qint64 returnedMs = 0;
};

// One-off charges (R-FE-4): each is a bill line of its own with its own amount, in a run of its own,
// so the finance check, the payment notices, the counter, the arrears list and the dunning notices
// treat it like any other bill. A single job is billed for the month it is done in and is due the
// item's number of days (5 by R-FE-4) after that month ends, or after the day it is billed when that
// is later; a small job paid on the spot is due the same day. A returned repair's charge becomes such
// a line exactly once (the line names the return; the database refuses a second). A charge unpaid
// past its due day reminds the cashier until it is settled. Needs Permission::BillFees.
class OneOffChargeService
{
    Q_DECLARE_TR_FUNCTIONS(OneOffChargeService)

public:
    static constexpr auto WatchKind = "special_service"; // the watch of a one-off line not yet paid

    OneOffChargeService(Database& db, const Clock& clock, AuditLog& audit);

    // Errors name the field: item, amount, note, unit. Writes nothing when refused.
    Result<BillLine> charge(const Session& who, const OneOffCharge& c);
    // The same, for a damage found at a move-out's inspection (R-MO-1 "compensation charged as a fee
    // line"): charged by the desk that runs the move-out (desk work instead of fees.bill).
    Result<BillLine> chargeMoveDamage(const Session& who, const OneOffCharge& c);
    // The same, for a renovation's deposit and decoration-waste fee (R-RN-1 "the deposit taken through
    // fees"): charged by the desk that takes the application; only an item of ChargeBasis::Deposit (field
    // "item").
    Result<BillLine> chargeRenovationDeposit(const Session& who, const OneOffCharge& c);
    // The returned repairs with a charge not billed yet, returned before `period` ("2026-11") ended,
    // oldest first. Repairs of no unit (public areas) are not charged to anyone and not listed.
    [[nodiscard]] Result<QList<RepairCharge>> repairCharges(const Session& who, const QString& period) const;
    // Bills every charge repairCharges() lists as lines of `itemId` in one run; `expectedTotalFen` is
    // the total the cashier saw (refused when it changed meanwhile). Errors name the field: period, item.
    Result<BillingRun> billRepairCharges(const Session& who, const QString& period, qint64 itemId,
                                         qint64 expectedTotalFen);

    // R-FE-4: the day a charge made on `chargedOn` is due: that day when paid on the spot, else the
    // item's days after the month ends.
    [[nodiscard]] static QDate dueDay(const QDate& chargedOn, const ChargeItem& item, bool onTheSpot);

    // Bills lines with their own amounts of a one-off item in one run of `period` (unitId: the run's one
    // unit, or 0), arming each line's reminder: the one-off charges, the repairs' and the late fees.
    // One transaction (inside the caller's, when it has one); needs Permission::BillFees.
    Result<BillingRun> billLines(const Session& who, const QString& period, qint64 unitId, const ChargeItem& item,
                                 const QList<BillLine>& lines);

    // The watched record the reminders raise for an unpaid one-off line (the cashier's, not a desk log).
    [[nodiscard]] static QList<RecordSource> recordSources();
    // Inside the caller's transaction: the unit's one-off lines now settled stop reminding. `open`: the
    // unit's open lines when the caller has just read them (a payment), else they are read here.
    static Status closeSettled(Database& db, qint64 unitId, qint64 nowMs, const QList<OpenLine>* open = nullptr);
    // A payment taken back: the one-off lines it had settled are owed again and remind again (from now
    // when their due day has passed).
    static Status reopenUnpaid(Database& db, const QList<qint64>& lineIds, qint64 nowMs);

    // The active item charged one at a time with this id, or an error naming the field "item".
    [[nodiscard]] Result<ChargeItem> oneOffItem(qint64 itemId) const;

private:
    // charge() and chargeMoveDamage() past their role checks.
    Result<BillLine> bill(const Session& who, const OneOffCharge& c);
    Result<BillingRun> writeLines(const Session& who, const QString& period, qint64 unitId, const ChargeItem& item,
                                  const QList<BillLine>& lines);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace fd
