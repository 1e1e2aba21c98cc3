#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace fd {

enum class Backend { Sqlite, Postgres };

// Where the data lives: an SQLite file path (the default, one workstation), or a PostgreSQL
// server given as postgresql://user@host:port/dbname (several workstations). The password is never
// part of the address (a command line is readable by every user of the computer): libpq reads it from
// ~/.pgpass, which the connection dialog writes with mode 0600, or the desk asks for it and keeps it
// in memory only (issue 16).
struct ConnectionSpec
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSpec)

public:
    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password; // typed at a prompt; empty: ~/.pgpass
    QString database;
    // The server's certificate this workstation pinned (a PEM file, ServerTrust): the connection is
    // then encrypted and made only to a server holding that certificate. Off loopback it is required.
    QString pinnedCertificate;
    // How the connection names itself on the server (pg_stat_activity): "frontdesk", or the listener's.
    QString applicationName = QStringLiteral("frontdesk");

    // Refuses an address with a password in it.
    [[nodiscard]] static Result<ConnectionSpec> parse(const QString& text);
    [[nodiscard]] static ConnectionSpec sqlite(const QString& path);
    // For messages and logs: never shows the password.
    [[nodiscard]] QString display() const;
    // The address parse() reads back (an IPv6 host in brackets, names percent-encoded); no password.
    [[nodiscard]] QString address() const;
    // The server runs on this computer (127.0.0.0/8, ::1, localhost): encryption is not required.
    [[nodiscard]] bool isLoopback() const;
};

} // namespace fd
