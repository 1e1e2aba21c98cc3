#pragma once

#include "core/Result.h"

#include <QString>

namespace fd {
struct ConnectionSpec;
}

namespace fd::bench {

// The generated site (an SQLite file) copied row for row into a PostgreSQL database, so the same
// benchmarks run on both (issue 16: "same table, both columns"). The target is brought to the
// program's schema by the Migrator, emptied, and filled table by table with the columns both
// databases have (booleans and blobs converted), triggers off (session_replication_role = replica:
// the audit chain is copied as it is), identity sequences moved past the copied ids, then ANALYZEd.
// A benchmark tool, not the program's way to move a site: it needs the server's superuser.
class SiteCopy
{
public:
    static Status copy(const QString& sqlitePath, const ConnectionSpec& target);
    // Whether the target database holds a whole copy already (marked at the end of copy()).
    static bool hasSite(const ConnectionSpec& target);
};

} // namespace fd::bench
