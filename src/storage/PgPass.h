#pragma once

#include "core/Result.h"
#include "storage/ConnectionSpec.h"

#include <QCoreApplication>
#include <QString>

namespace fd {

// Issue 16: the desk's PostgreSQL password kept where libpq looks for it, ~/.pgpass (or the file
// PGPASSFILE names), one line per server, database and user, readable by this computer's user only
// (mode 0600; libpq ignores a file others can read). Written by the connection dialog; never a log line.
class PgPass
{
    Q_DECLARE_TR_FUNCTIONS(PgPass)

public:
    [[nodiscard]] static QString path();
    // Adds the line for this server, database and user, or replaces the one there; keeps the others.
    [[nodiscard]] static Status save(const ConnectionSpec& spec, const QString& password);
    // Whether a line for this server, database and user is there.
    [[nodiscard]] static bool has(const ConnectionSpec& spec);

    // One field as the file writes it: ':' and '\' escaped with '\'.
    [[nodiscard]] static QString escaped(const QString& field);
};

} // namespace fd
