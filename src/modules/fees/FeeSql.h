#pragma once

#include "modules/fees/FeeTerms.h"

#include <QString>
#include <QVariantList>

namespace fd::FeeSql {

// A month's lines (of `l`) as its payment notice lists them: the month's own, and next month's due in
// it (a monthly contract paid a month ahead, R-FE-4). Bind monthBinds(period).
inline constexpr auto kLinesOfMonth = "(l.period = ? OR (l.period = ? AND l.due_day < ?))";

inline QVariantList monthBinds(const QString& period)
{
    const QDate next = FeeTerms::monthOf(period).value_or(QDate()).addMonths(1);
    return {period, FeeTerms::periodKey(next), next.toString(Qt::ISODate)};
}

// A unit's owner as the fee papers name it: the first active owner of the unit aliased `un` (empty
// when none is registered). One expression, so the receipt, the notices and the arrears agree.
inline constexpr auto kOwnerOfUn =
    "(SELECT MIN(o.name) FROM residents o WHERE o.unit_id = un.id AND o.relation = 'owner' AND o.active)";

} // namespace fd::FeeSql
