#include "storage/ConnectionSpec.h"

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
        return Error{
            u"connection.url"_s,
            tr("The PostgreSQL address is not valid. Write it as postgresql://user:password@host:port/database."),
            u"database"_s};
    ConnectionSpec spec;
    spec.backend = Backend::Postgres;
    spec.host = url.host();
    spec.port = url.port(5432);
    spec.user = url.userName();
    spec.password = url.password();
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

} // namespace fd
