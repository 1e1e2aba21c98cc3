#pragma once

#include "core/Result.h"

#include <QHash>
#include <QString>

namespace fd {

class Database;

// How the fee imports find a unit a file names: by its code (1-1-101) or by its digits alone (11101)
// where those name only one unit.
class FeeUnits
{
public:
    [[nodiscard]] static Result<QHash<QString, qint64>> byCodeOrDigits(Database& db);
};

} // namespace fd
