#include "storage/ConnectionSpec.h"

#include <QHostAddress>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fd {

ConnectionSpec ConnectionSpec::sqlite(const QString& path)
{
    ConnectionSpec spec;
    spec.backend = Backend::Sqlite;
    spec.path = path;
    return spec;
}

Result<ConnectionSpec> ConnectionSpec::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{u"connection.empty"_s, tr("No database was given."), u"database"_s};
    if (!trimmed.startsWith(u"postgresql://"_s) && !trimmed.startsWith(u"postgres://"_s))
        return sqlite(trimmed);

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error{u"connection.url"_s,
                     tr("The PostgreSQL address is not valid. Write it as postgresql://user@host:port/database."),
                     u"database"_s};
    if (!url.password().isEmpty())
        return Error{u"connection.password"_s,
                     tr("Leave the password out of the address: every user of this computer can read a command "
                        "line. Write postgresql://user@host:port/database; FrontDesk takes the password from "
                        "~/.pgpass (the connection dialog saves it there) or asks for it."),
                     u"database"_s};
    ConnectionSpec spec;
    spec.backend = Backend::Postgres;
    spec.host = url.host();
    spec.port = url.port(5432);
    spec.user = url.userName();
    spec.database = url.path().mid(1);
    if (spec.database.isEmpty())
        spec.database = u"frontdesk"_s;
    return spec;
}

QString ConnectionSpec::display() const
{
    if (backend == Backend::Sqlite)
        return path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

QString ConnectionSpec::address() const
{
    if (backend == Backend::Sqlite)
        return path;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u"/"_s + database);
    return url.toString(QUrl::FullyEncoded);
}

bool ConnectionSpec::isLoopback() const
{
    if (backend == Backend::Sqlite || host.startsWith(u'/')) // a Unix socket folder
        return true;
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace fd
