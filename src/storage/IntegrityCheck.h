#pragma once

#include "core/Result.h"

#include <QStringList>

namespace fd {

class Database;

// The storage engine's own consistency check. An empty list means healthy.
class IntegrityCheck
{
public:
    enum class Depth { Quick, Full };
    [[nodiscard]] static Result<QStringList> run(Database& db, Depth depth);
};

} // namespace fd
