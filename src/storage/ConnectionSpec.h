#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace fd {

enum class Backend { Sqlite, Postgres };

// Where the data lives: an SQLite file path (the default, one workstation), or a PostgreSQL
// server given as postgresql://user:password@host:port/dbname (several workstations).
struct ConnectionSpec
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSpec)

public:
    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    [[nodiscard]] static Result<ConnectionSpec> parse(const QString& text);
    [[nodiscard]] static ConnectionSpec sqlite(const QString& path);
    // For messages and logs: never shows the password.
    [[nodiscard]] QString display() const;
};

} // namespace fd
