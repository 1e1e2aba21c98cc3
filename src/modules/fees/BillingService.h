#pragma once

#include "core/Result.h"
#include "engine/watches/RecordSources.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace fd {

class AuditLog;
class BillingInputs;
class ChargeService;
class Clock;
class Database;
class SiteRules;
struct Session;

// The billing run (R-FE-1): a month's charges for every unit, computed as a preview the cashier
// checks, then confirmed. Each active item bills the months its period starts (monthly every month,
// quarterly from January, April, July and October, yearly from January) at the rate in force on the
// month's first day for the unit's type (else the rate for every type); a unit without a rate is
// not billed that item. Area items: floor area × price × months, fixed: price × months, rounded
// half up once per line to the fen (Money::mulDiv), so a total is always the sum of its lines
// (R-FE-5). Metered items: the month's reading's use × the price per unit of use (a unit without a
// reading is not billed; the preview counts those read before). Items for listed units only: the
// days of the period a unit is listed, prorated by days (R-FE-1). A (unit, item, month) is billed once: a second run
// bills only what the first did not, and a run with nothing left to bill is refused. One unit or one item can be run
// alone.
class BillingService
{
    Q_DECLARE_TR_FUNCTIONS(BillingService)

public:
    static constexpr auto WatchKind = "billing_run"; // a month's run due (ref: year × 100 + month)

    BillingService(Database& db, const Clock& clock, AuditLog& audit, const ChargeService& charges,
                   const SiteRules& rules);

    // R-FE-1: the reminder that a month's run is due, to the cashiers and managers: a whole-site run
    // arms it for the next month, due the site rule's days (rule.fees.billing_lead_days, 15) before
    // that month's first due day, and the next month's run closes it.
    [[nodiscard]] static QList<RecordSource> recordSources();

    // What a run of `period` ("2026-12") would bill now; unitId/itemId 0 for every unit/item.
    // Errors name the field: period, unit, item.
    [[nodiscard]] Result<BillingPreview> preview(const Session& who, const QString& period, qint64 unitId = 0,
                                                 qint64 itemId = 0) const;
    // How far a confirmation has written (lines done of total); answering false stops it and nothing
    // is billed.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    // Bills what preview() gives, all or nothing, when its total is still `expectedTotalFen` (the
    // preview the cashier checked); refused when the charges changed since, or nothing is left.
    Result<BillingRun> confirm(const Session& who, const QString& period, qint64 expectedTotalFen, qint64 unitId = 0,
                               qint64 itemId = 0, const Progress& progress = {});

    // The finance check of a confirmed run (R-FE-1): by someone with fees.check who did not confirm
    // it; once only. Its payment notices print after it.
    Result<BillingRun> check(const Session& who, qint64 runId);

    // A billed line taken back (R-FE-5): asked by someone who bills (fees.bill) and approved by a
    // manager (fees.approve_reversal), with the reason; only a line nothing has settled (take back the
    // payments first). The line stays as billed; its unit owes it no more, and the month's run may
    // bill that unit and item again. Errors name the field: reason, approver, line.
    Result<BillLine> reverseLine(const Session& who, const Session& approver, qint64 lineId, const QString& reason);

    // The runs of a month, oldest first, and the lines one run billed (amounts: fees.view).
    [[nodiscard]] Result<QList<BillingRun>> runs(const Session& who, const QString& period) const;
    [[nodiscard]] Result<QList<BillLine>> lines(const Session& who, qint64 runId) const;

private:
    [[nodiscard]] Result<QList<BillingRun>> readRuns(const QString& where, const QVariantList& binds) const;
    [[nodiscard]] Result<BillingPreview> compute(const QString& period, qint64 unitId, qint64 itemId) const;
    // Inside confirm's transaction: this month is billed; next month's run is due (R-FE-1).
    Status remindNextRun(const QString& period, qint64 nowMs);
    // A line's quantity, amount and note by its item's basis; false when the unit is not billed it.
    static bool amount(BillLine& line, const ChargeItem& item, qint64 areaCenti, const BillingInputs& in);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    const ChargeService& m_charges;
    const SiteRules& m_rules; // the items, read as it reads them
};

} // namespace fd
