#pragma once

#include "core/EnumTable.h"
#include "modules/registry/RegistryTypes.h"

#include <QString>

namespace fd::RegistryTerms {

// The registry's stored keys (units.type, residents.relation, the audit trail: never change one)
// and their names, in RegistryDisplay's translation context: the import writes the keys, the
// registry reads them back and RegistryDisplay shows the names.
inline constexpr auto unitTypes = enumTable<UnitType>(
    "RegistryDisplay", {{UnitType::Residential, "residential", QT_TRANSLATE_NOOP("RegistryDisplay", "Residential")},
                        {UnitType::Shop, "shop", QT_TRANSLATE_NOOP("RegistryDisplay", "Shop")},
                        {UnitType::Office, "office", QT_TRANSLATE_NOOP("RegistryDisplay", "Office")}});

inline constexpr auto relations = enumTable<ResidentRelation>(
    "RegistryDisplay", {{ResidentRelation::Owner, "owner", QT_TRANSLATE_NOOP("RegistryDisplay", "Owner")},
                        {ResidentRelation::Tenant, "tenant", QT_TRANSLATE_NOOP("RegistryDisplay", "Tenant")}});

// The order people read units in: numbered buildings, entrances and rooms naturally ("2" before
// "10", so 1-1-101 before 1-1-1001), for a query with units aliased `units` joined to buildings
// aliased `buildings` (an ORDER BY list).
inline QString unitOrderSql(const QString& units = QStringLiteral("u"), const QString& buildings = QStringLiteral("b"))
{
    return QStringLiteral("LENGTH(%2.code), %2.code, LENGTH(%1.entrance), %1.entrance, LENGTH(%1.room), %1.room, %1.id")
        .arg(units, buildings);
}

} // namespace fd::RegistryTerms
