#pragma once

#include "core/Result.h"
#include "storage/ConnectionSpec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fd {

// The program's command line. parse() is pure (no output, no exit), so tests can check every case;
// main() prints and exits. Exit codes: 0 done, 1 a problem was found or the action was refused,
// 2 the arguments were wrong.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action { RunDesktop, ShowHelp, ShowVersion, ImportUnits, Backup, Check, VerifyAudit, Demo, NewSite };

    static constexpr int ExitOk = 0;
    static constexpr int ExitProblem = 1;
    static constexpr int ExitBadArguments = 2;

    struct Parsed
    {
        Action action = Action::RunDesktop;
        QString file;         // the CSV for --import-units, the target for --backup
        QString database;     // --database as given (a path or a postgresql:// address); empty = default
        QString language;     // --language ("zh_CN" or "en"); empty = settings or system
        QString siteName;     // --new-site
        QString adminLogin;   // --admin, with --new-site
        QString adminName;    // --admin-name, with --new-site; empty = "Administrator"
        QString login;        // --as, with --import-units: the account the import acts as (password asked)
        QString trustServer;  // --trust-server: the PostgreSQL server's certificate fingerprint to pin
        bool connect = false; // --connect: the connection dialog before the desk opens
        QString error;        // why the arguments were refused; empty when they are fine

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
        // ExitBadArguments when the arguments were refused; otherwise ExitOk (the action decides later).
        [[nodiscard]] int argumentExitCode() const { return ok() ? ExitOk : ExitBadArguments; }
        // Whether this run needs no window (a command, help, version or an argument error).
        [[nodiscard]] bool isConsole() const { return !ok() || action != Action::RunDesktop; }
    };

    // `arguments` starts with the program name, as QCoreApplication::arguments() does.
    [[nodiscard]] static Parsed parse(const QStringList& arguments);
    // Usage, options and exit codes, in the installed language.
    [[nodiscard]] static QString helpText();
    [[nodiscard]] static QString versionText();
    // --database, else FRONTDESK_DATABASE, else the server the connection dialog chose on this computer
    // (QSettings "database/address"), else the SQLite file in the user's app-data folder.
    [[nodiscard]] static Result<ConnectionSpec> databaseSpec(const Parsed& parsed);
};

} // namespace fd
