#include "modules/fees/FeeUnits.h"

#include "storage/Database.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace fd {

Result<QHash<QString, qint64>> FeeUnits::byCodeOrDigits(Database& db)
{
    auto q = db.exec(u"SELECT id, code, compact FROM units"_s);
    if (!q)
        return q.error();
    QHash<QString, qint64> unitOf;
    QSet<QString> sharedDigits;
    while (q.value().next()) {
        const qint64 id = q.value().value(0).toLongLong();
        unitOf.insert(q.value().value(1).toString(), id);
        const QString digits = q.value().value(2).toString();
        if (unitOf.contains(digits) || sharedDigits.contains(digits)) {
            sharedDigits.insert(digits);
            unitOf.remove(digits);
        } else {
            unitOf.insert(digits, id);
        }
    }
    q.value().finish();
    return unitOf;
}

} // namespace fd
