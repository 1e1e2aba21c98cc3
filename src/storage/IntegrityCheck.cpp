#include "storage/IntegrityCheck.h"

#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace fd {

Result<QStringList> IntegrityCheck::run(Database& db, Depth depth)
{
    QStringList problems;
    if (db.backend() != Backend::Sqlite)
        return problems; // PostgreSQL checks its own pages; the schema and audit checks still apply.
    auto query = db.exec(depth == Depth::Full ? u"PRAGMA integrity_check"_s : u"PRAGMA quick_check"_s);
    if (!query)
        return query.error();
    while (query.value().next()) {
        const QString line = query.value().value(0).toString();
        if (line != u"ok"_s)
            problems << line;
    }
    if (depth == Depth::Full) {
        auto fk = db.exec(u"PRAGMA foreign_key_check"_s);
        if (!fk)
            return fk.error();
        while (fk.value().next())
            problems << u"foreign key: %1 row %2 -> %3"_s.arg(
                fk.value().value(0).toString(), fk.value().value(1).toString(), fk.value().value(2).toString());
    }
    return problems;
}

} // namespace fd
