#pragma once

#include "core/EnumTable.h"
#include "modules/registry/RegistryTypes.h"

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

} // namespace fd::RegistryTerms
