#include "modules/visitors/VisitorHandoverProvider.h"

#include "core/DateTimeText.h"

#include "storage/Database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

VisitorHandoverProvider::VisitorHandoverProvider(Database& db) : m_db(db) {}

QString VisitorHandoverProvider::source() const
{
    return u"visitors"_s;
}

Result<QList<HandoverLine>> VisitorHandoverProvider::openItems(const Post& post, qint64 asOfMs) const
{
    if (post.isControlRoom)
        return QList<HandoverLine>{};
    auto q = m_db.exec(u"SELECT v.id, v.visitor_name, v.party_size, u.code, v.arrived_ms FROM visits v "
                       "JOIN units u ON u.id = v.unit_id WHERE v.status = 'inside' AND v.arrived_ms <= ? "
                       "ORDER BY v.arrived_ms, v.id"_s,
                       {asOfMs});
    if (!q)
        return q.error();
    QList<HandoverLine> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const QString since = DateTimeText::time(r.value(4).toLongLong());
        //: A visitor still inside on a handover sheet: name, party size, unit, time in.
        out.append({HandoverItemKind::Log, r.value(0).toLongLong(),
                    tr("%1 (%n people) → %2, inside since %3", nullptr, r.value(2).toInt())
                        .arg(r.value(1).toString(), r.value(3).toString(), since)});
    }
    return out;
}

} // namespace fd
