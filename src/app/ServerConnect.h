#pragma once

#include "core/Result.h"
#include "storage/ConnectionSpec.h"

#include <QCoreApplication>

class QTextStream;

namespace fd {

// Issue 16, the command line's part in connecting a desk to the site's server: pinning the
// server's certificate (--trust-server) and asking for the password at the terminal when ~/.pgpass
// has none. The window's part is ConnectionDialog.
class ServerConnect
{
    Q_DECLARE_TR_FUNCTIONS(ServerConnect)

public:
    // Pins the certificate of the server `spec` names; gives the line to print.
    [[nodiscard]] static Result<QString> trust(const ConnectionSpec& spec, const QString& fingerprint);
    // On PostgreSQL: tries the connection and, when the server asks for a password none is saved for,
    // asks for it at the terminal (or reads standard input's first line) and gives the spec with it.
    [[nodiscard]] static Result<ConnectionSpec> askPasswordIfNeeded(const ConnectionSpec& spec, QTextStream& err);
    // Whether an error from opening the database is about reaching or signing in to the server (the
    // connection dialog can put it right), not about the data.
    [[nodiscard]] static bool isConnectionProblem(const Error& error);
};

} // namespace fd
