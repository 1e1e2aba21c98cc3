#include "modules/fees/FeeNumbers.h"

#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace fd {

Result<qint64> FeeNumbers::reserve(Database& db, const QString& kind, int year, qint64 count)
{
    auto last = db.exec(u"INSERT INTO ticket_counters (kind, day, last) VALUES (?, ?, ?) "
                        "ON CONFLICT (kind, day) DO UPDATE SET last = ticket_counters.last + ? RETURNING last"_s,
                        {kind, QString::number(year), count, count});
    if (!last)
        return last.error();
    if (!last.value().next())
        return Error{u"fees.number"_s, tr("The database did not give out a number for %1.").arg(kind)};
    const qint64 n = last.value().value(0).toLongLong();
    last.value().finish();
    return n - count + 1;
}

QString FeeNumbers::format(const QString& prefix, int year, qint64 n)
{
    return u"%1%2%3"_s.arg(prefix).arg(year).arg(n, 6, 10, QChar(u'0'));
}

Result<QString> FeeNumbers::next(Database& db, const QString& kind, const QString& prefix, int year)
{
    auto first = reserve(db, kind, year, 1);
    if (!first)
        return first.error();
    return format(prefix, year, first.value());
}

} // namespace fd
