#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace fd {

class Database;

// A consistent copy of a live SQLite database (VACUUM INTO a temporary file, fsync, verify the
// copy's integrity, schema and audit chain length, then rename into place). Never overwrites.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    struct Report
    {
        QString path;
        qint64 bytes = 0;
        int schemaVersion = 0;
        qint64 auditEvents = 0;
    };

    [[nodiscard]] static Result<Report> write(Database& db, const QString& targetPath);
};

} // namespace fd
