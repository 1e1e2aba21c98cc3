#include "app/ServerConnect.h"

#include "app/PasswordInput.h"
#include "storage/Database.h"
#include "storage/ServerTrust.h"

#include <QTextStream>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fd {

Result<QString> ServerConnect::trust(const ConnectionSpec& spec, const QString& fingerprint)
{
    if (spec.backend != Backend::Postgres)
        return Error{u"trust.sqlite"_s, tr("--trust-server goes with a PostgreSQL server (--database postgresql://…)."),
                     u"database"_s};
    auto pinned = ServerTrust::pin(spec.host, spec.port, fingerprint);
    if (!pinned)
        return pinned.error();
    return tr("Pinned the certificate of %1:%2; this computer connects to that server only while it shows it.")
        .arg(spec.host)
        .arg(spec.port);
}

Result<ConnectionSpec> ServerConnect::askPasswordIfNeeded(const ConnectionSpec& spec, QTextStream& err)
{
    if (spec.backend != Backend::Postgres)
        return spec;
    auto tried = Database::open(spec, Database::OpenMode::MustExist);
    if (tried)
        return spec;
    if (tried.error().code != u"db.password_needed"_s)
        return tried.error();
    // Standard input that is not a terminal is the FrontDesk password of --new-site or --as, never
    // the server's: a script keeps the server's password in ~/.pgpass.
    if (!::isatty(STDIN_FILENO))
        return Error{u"db.password_needed"_s,
                     tr("%1 No terminal to ask it at: save it in ~/.pgpass (frontdesk --connect does) and run the "
                        "command again.")
                         .arg(tried.error().message),
                     u"password"_s};
    auto typed = PasswordInput::readOnce(err, u"%1@%2"_s.arg(spec.user, spec.host));
    if (!typed)
        return tried.error();
    ConnectionSpec with = spec;
    with.password = *typed;
    return with;
}

bool ServerConnect::isConnectionProblem(const Error& error)
{
    static const QStringList codes{u"db.password"_s,    u"db.password_needed"_s, u"db.certificate"_s, u"db.unpinned"_s,
                                   u"db.unreachable"_s, u"db.refused"_s,         u"db.nodatabase"_s,  u"db.open"_s};
    return codes.contains(error.code);
}

} // namespace fd
