#include "modules/fees/FeeNumbers.h"

#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace fd {

Result<QString> FeeNumbers::next(Database& db, const QString& kind, const QString& prefix, int year)
{
    const QString key = QString::number(year);
    auto last = db.exec(u"INSERT INTO ticket_counters (kind, day, last) VALUES (?, ?, 1) "
                        "ON CONFLICT (kind, day) DO UPDATE SET last = ticket_counters.last + 1 RETURNING last"_s,
                        {kind, key});
    if (!last)
        return last.error();
    if (!last.value().next())
        return Error{u"fees.number"_s, tr("The database did not give out a number for %1.").arg(prefix)};
    const qint64 n = last.value().value(0).toLongLong();
    last.value().finish();
    return u"%1%2%3"_s.arg(prefix, key).arg(n, 6, 10, QChar(u'0'));
}

} // namespace fd
