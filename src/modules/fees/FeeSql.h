#pragma once

namespace fd::FeeSql {

// A unit's owner as the fee papers name it: the first active owner of the unit aliased `un` (empty
// when none is registered). One expression, so the receipt, the notices and the arrears agree.
inline constexpr auto kOwnerOfUn =
    "(SELECT MIN(o.name) FROM residents o WHERE o.unit_id = un.id AND o.relation = 'owner' AND o.active)";

} // namespace fd::FeeSql
