#pragma once

#include <QStringList>

namespace fd {

class Dialect;

// Splits a migration file into single statements for the given dialect. Sections start with a
// comment line "-- @all", "-- @sqlite" or "-- @postgres"; a statement ends with ";" at the end of a
// line, except inside a trigger body (BEGIN … END;) or a PostgreSQL $$ … $$ block.
class SqlScript
{
public:
    [[nodiscard]] static QStringList statements(const QString& script, const Dialect& dialect);
};

} // namespace fd
