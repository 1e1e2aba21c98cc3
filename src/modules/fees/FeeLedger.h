#pragma once

#include "core/Result.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

namespace fd {

class Database;

// The sums of the fee ledger (R-FE-2, R-FE-5), read the one way every part of the fees reads them:
// a bill line's outstanding amount is its amount less what settled it (a reversed payment's part left
// out); a unit's prepaid balance is the credit of its payments not reversed less what that credit
// settled since. No role checks: the services that use it hold them.
class FeeLedger
{
    Q_DECLARE_TR_FUNCTIONS(FeeLedger)

public:
    explicit FeeLedger(Database& db) : m_db(db) {}

    // A unit's lines not settled in full, oldest due first (then by item code).
    [[nodiscard]] Result<QList<OpenLine>> openLines(qint64 unitId) const;
    // Every line a unit was billed for a period, settled or not, with what settled it, and the lines of
    // next month due in this one (a monthly contract paid a month ahead, R-FE-4).
    [[nodiscard]] Result<QList<OpenLine>> periodLines(qint64 unitId, const QString& period) const;
    // The same for every unit of a building (buildingId 0: of the site) in one read: the month's lines,
    // and the lines not settled in full of earlier months or due before the month (FeeSql::kLinesBeforeMonth).
    [[nodiscard]] Result<QList<OpenLine>> monthLines(const QString& period, qint64 buildingId) const;
    [[nodiscard]] Result<QList<OpenLine>> openBefore(const QString& period, qint64 buildingId) const;
    [[nodiscard]] Result<qint64> prepaid(qint64 unitId) const;
    // What a unit has paid of its deposits (装修押金): money held for it, not income.
    [[nodiscard]] Result<qint64> depositsHeld(qint64 unitId) const;
    // Every unit with a prepaid balance above zero.
    [[nodiscard]] Result<QHash<qint64, qint64>> prepaidByUnit() const;
    // Inside the caller's transaction: a unit's prepaid balance settles the lines a run has just billed
    // it, oldest due first, as far as it goes.
    Status settleFromPrepaid(qint64 runId, qint64 nowMs);
    // Inside the caller's transaction: writes a run's lines, asking `progress` (done, total) before each
    // batch whether to go on; stopped, it returns fees.run_stopped and the caller's transaction writes
    // nothing (R-FE-1: all or nothing).
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    Status insertLines(qint64 runId, const QList<BillLine>& lines, const Progress& progress = {});
    // The ledger's own arithmetic, for `frontdesk --check` and the tests: no line settled beyond its
    // amount, every payment split exactly into its parts and its credit, no prepaid balance below
    // zero. Empty when it holds.
    [[nodiscard]] Result<QStringList> check() const;

    // The columns of a bill line (`l`, its unit `un` and item `i`) every reader selects first, in the
    // order lineFrom() reads them.
    static constexpr auto kLineColumns = "l.id, l.unit_id, un.code, l.item_id, i.name, l.period, l.months, "
                                         "l.rate_id, l.quantity, l.price_fen, l.amount_fen, l.due_day, l.note, "
                                         "l.repair_return_id, l.late_fee_of, i.basis";
    static constexpr int kLineColumnCount = 16;
    [[nodiscard]] static BillLine lineFrom(const QSqlQuery& row);

private:
    [[nodiscard]] Result<QList<OpenLine>> readLines(const QString& where, const QVariantList& binds,
                                                    bool openOnly) const;
    // Every unit's prepaid balance that has ever had one, zero and below included.
    [[nodiscard]] Result<QHash<qint64, qint64>> balances() const;

    Database& m_db;
};

} // namespace fd
