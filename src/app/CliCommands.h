#pragma once

#include "app/CommandLine.h"
#include "core/Result.h"
#include "storage/ConnectionSpec.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextStream;

namespace fd {

class Clock;
class Database;

// The command-line actions (no window): import units, back up, check, verify the audit chain,
// fill a demo site. Each prints what it did to `out`, problems to `err`, and returns the exit code
// (CommandLine::ExitOk, or ExitProblem when something was found or refused).
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CliCommands(const Clock& clock, QTextStream& out, QTextStream& err);

    int run(const CommandLine::Parsed& parsed, const ConnectionSpec& spec);

    // Signs in as `login` (password by PasswordInput, the account service's lockout applies) and
    // imports as that account, which needs registry.import; refused otherwise, nothing written.
    int importUnits(const ConnectionSpec& spec, const QString& csvPath, const QString& login);
    int backup(const ConnectionSpec& spec, const QString& targetPath);
    // Never creates, migrates or writes the database.
    int check(const ConnectionSpec& spec);
    int verifyAudit(const ConnectionSpec& spec);
    // On a site already set up, only as its administrator (`login`, password by PasswordInput).
    int demo(const ConnectionSpec& spec, const QString& login = {});
    // A new site on an empty (or new) database, its administrator's password read by PasswordInput
    // (CliNewSite.cpp). Refused, with nothing changed, on a database that already has a site.
    int newSite(const ConnectionSpec& spec, const CommandLine::Parsed& parsed);

private:
    // Opens an existing database without changing it: SQLite read-only, PostgreSQL as it is.
    Result<std::unique_ptr<Database>> openUnchanged(const ConnectionSpec& spec);
    // Whether the database has FrontDesk's tables at all (schema 1 or later); says so when not.
    bool isFrontDeskDatabase(Database& db);
    int fail(const QString& message);

    const Clock& m_clock;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace fd
