// What the visitors log tells besides its own rows: past visitors to suggest, the period's figures,
// and the visits in the global search.
#include "modules/visitors/VisitorService.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "storage/Database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fd {

Result<QList<FrequentVisitor>> VisitorService::suggestions(const QString& text, int limit) const
{
    QString typed = text.trimmed();
    typed.remove(u'%');
    typed.remove(u'_');
    if (typed.isEmpty())
        return QList<FrequentVisitor>{};
    const QString digits = PhoneNumber::normalize(typed);
    const bool phoneLike = digits.size() >= 3 && digits.size() == typed.size();
    // A phone is matched from its first digits only when the clerk typed digits.
    QVariantList binds{QString(u'%' + typed + u'%')};
    QString phoneMatch;
    if (phoneLike) {
        phoneMatch = u" OR v.visitor_phone LIKE ?"_s;
        binds << QString(digits + u'%');
    }
    binds << qBound(1, limit, 50);
    auto q = m_db.exec(u"SELECT v.visitor_name, v.visitor_phone, v.unit_id, u.code, v.host_name, v.purpose, v.plate, "
                       "COUNT(*) AS times, MAX(v.arrived_ms) AS latest FROM visits v JOIN units u ON u.id = v.unit_id "
                       "WHERE v.status <> 'refused' AND (v.visitor_name LIKE ?%1) "
                       "GROUP BY v.visitor_name, v.visitor_phone, v.unit_id, u.code, v.host_name, v.purpose, v.plate "
                       "ORDER BY times DESC, latest DESC LIMIT ?"_s.arg(phoneMatch),
                       binds);
    if (!q)
        return q.error();
    QList<FrequentVisitor> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << FrequentVisitor{r.value(0).toString(), r.value(1).toString(), r.value(2).toLongLong(),
                               r.value(3).toString(), r.value(4).toString(), r.value(5).toString(),
                               r.value(6).toString(), r.value(7).toInt()};
    }
    return out;
}

RecordSource VisitorService::recordSource()
{
    return {QString::fromLatin1(WatchSource), [] { return QCoreApplication::translate("WatchService", "Visitors"); },
            10};
}

SearchSource VisitorService::searchSource()
{
    // The body holds what a clerk may type (name, phone digits, plate, unit code, resident); the
    // title and detail never hold the phone.
    return {u"visitor"_s,
            u"SELECT v.id, v.arrived_ms, v.visitor_name, u.code || ' · ' || v.purpose, "
            "v.visitor_name || ' ' || v.visitor_phone || ' ' || v.plate || ' ' || u.code || ' ' || u.compact || ' ' "
            "|| v.host_name || ' ' || v.purpose, v.unit_id "
            "FROM visits v JOIN units u ON u.id = v.unit_id WHERE v.id > ? ORDER BY v.id LIMIT ?"_s};
}

} // namespace fd
