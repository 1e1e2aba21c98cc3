#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fd {

class Database;

struct RenovationWeekRow
{
    QString label;
    qint64 count = 0;
};

// The weekly (and daily) report's renovations table (issue 15), for the half-open period [fromMs, toMs):
// applications received, rounds approved and returned, inspections that found a problem, acceptances
// passed and failed, deposits refunded; and the refunds due by the period's end and not paid yet.
// No role check: the report's service holds it.
class RenovationWeek
{
    Q_DECLARE_TR_FUNCTIONS(RenovationWeek)

public:
    [[nodiscard]] static Result<QList<RenovationWeekRow>> rows(Database& db, qint64 fromMs, qint64 toMs);
};

} // namespace fd
