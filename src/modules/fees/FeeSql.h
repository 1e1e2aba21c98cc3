#pragma once

#include "modules/fees/FeeTerms.h"

#include <QString>
#include <QVariantList>

namespace fd::FeeSql {

// A month's lines (of `l`) as its payment notice lists them: the month's own that fall due in it or
// later, and next month's that fall due in it (a monthly contract paid a month ahead, R-FE-4; the
// previous month's notice listed this month's such line). Bind monthBinds(period).
inline constexpr auto kLinesOfMonth = "((l.period = ? AND l.due_day >= ?) OR (l.period = ? AND l.due_day < ?))";

inline QVariantList monthBinds(const QString& period)
{
    const QDate first = FeeTerms::monthOf(period).value_or(QDate());
    const QDate next = first.addMonths(1);
    return {period, first.toString(Qt::ISODate), FeeTerms::periodKey(next), next.toString(Qt::ISODate)};
}

// What a month's notice counts as owed from before it: a line of an earlier month, or one due before
// the month's first day that is not the month's own (a contract line paid ahead). Bind the month and
// its first day.
inline constexpr auto kLinesBeforeMonth = "(l.period < ? OR l.due_day < ?)";

// A unit's owner as the fee papers name it: the first active owner of the unit aliased `un` (empty
// when none is registered). One expression, so the receipt, the notices and the arrears agree.
inline constexpr auto kOwnerOfUn =
    "(SELECT MIN(o.name) FROM residents o WHERE o.unit_id = un.id AND o.relation = 'owner' AND o.active)";

} // namespace fd::FeeSql
