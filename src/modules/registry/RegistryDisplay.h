#pragma once

#include "modules/registry/RegistryTypes.h"

#include <QCoreApplication>
#include <QString>

namespace fd {

// How registry values read on screen: type and relation names, areas in m², masked phones.
// Shared by the search list, the unit detail and the global search so they always agree.
class RegistryDisplay
{
    Q_DECLARE_TR_FUNCTIONS(RegistryDisplay)

public:
    [[nodiscard]] static QString typeName(UnitType type);
    [[nodiscard]] static QString relationName(ResidentRelation relation);
    // 8950 -> "89.50" (integer arithmetic: areas are stored in hundredths of a square metre).
    [[nodiscard]] static QString area(qint64 areaCenti);
    [[nodiscard]] static QString maskedPhones(const QStringList& phones);
};

} // namespace fd
