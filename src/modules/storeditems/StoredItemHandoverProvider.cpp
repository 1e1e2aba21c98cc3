#include "modules/storeditems/StoredItemHandoverProvider.h"

#include "core/DateTimeText.h"

#include "storage/Database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

StoredItemHandoverProvider::StoredItemHandoverProvider(Database& db) : m_db(db) {}

QString StoredItemHandoverProvider::source() const
{
    return u"storage"_s;
}

Result<QList<HandoverLine>> StoredItemHandoverProvider::openItems(const Post& post, qint64 asOfMs) const
{
    if (post.isControlRoom) // stored items are the desk's
        return QList<HandoverLine>{};
    auto q = m_db.exec(u"SELECT s.id, s.tag, COALESCE(u.code, ''), s.depositor_name, s.item_count, s.shelf, "
                       "s.expected_pickup_ms FROM stored_items s LEFT JOIN units u ON u.id = s.unit_id "
                       "WHERE s.status = 'held' AND s.created_ms <= ? ORDER BY s.expected_pickup_ms, s.id"_s,
                       {asOfMs});
    if (!q)
        return q.error();
    const QDate today = QDateTime::fromMSecsSinceEpoch(asOfMs).date();
    QList<HandoverLine> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const QDateTime due = QDateTime::fromMSecsSinceEpoch(r.value(6).toLongLong());
        const QString dueText = due.date() == today ? DateTimeText::time(due.time()) : DateTimeText::shortDateTime(due);
        HandoverLine line;
        line.kind = HandoverItemKind::Log;
        line.refId = r.value(0).toLongLong();
        line.text = tr("%1 %2 %3 · %n item(s) · shelf %4 · due %5", nullptr, r.value(4).toInt())
                        .arg(r.value(1).toString(), r.value(2).toString(), r.value(3).toString(), r.value(5).toString(),
                             dueText);
        if (due.toMSecsSinceEpoch() <= asOfMs)
            line.text += tr(" (overdue)");
        out << line;
    }
    return out;
}

} // namespace fd
