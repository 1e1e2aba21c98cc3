#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace fd {

class Database;
struct Session;

// One line of the cashier's table in the weekly report: what, how many and how much (a difference
// has no count of its own).
struct FeeWeekRow
{
    QString label;
    std::optional<qint64> count;
    qint64 fen = 0;
};

// The weekly (and daily) report's collection table (收费情况, issue 13), for the half-open period
// [fromMs, toMs): the lines billed (by when their run was confirmed) and, apart, the deposits charged,
// the payments taken per method
// and in all, the payments taken back in the period and what is left, the dunning notices issued
// (first, second, third, with what they asked for) and the units referred for legal handling; then
// the units in arrears when the report is read. Amounts are exact fen, each total the sum of its
// rows. Needs fees.view.
class FeeWeek
{
    Q_DECLARE_TR_FUNCTIONS(FeeWeek)

public:
    [[nodiscard]] static Result<QList<FeeWeekRow>> rows(Database& db, const Session& who, qint64 fromMs, qint64 toMs,
                                                        qint64 nowMs);
};

} // namespace fd
