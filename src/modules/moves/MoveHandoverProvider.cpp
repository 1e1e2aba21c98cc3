#include "modules/moves/MoveHandoverProvider.h"

#include "core/DateTimeText.h"
#include "engine/shifts/Shift.h"
#include "modules/moves/MoveSteps.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace fd {

MoveHandoverProvider::MoveHandoverProvider(Database& db) : m_db(db) {}

QString MoveHandoverProvider::source() const
{
    return u"moves"_s;
}

Result<QList<HandoverLine>> MoveHandoverProvider::openItems(const Post& post, qint64 asOfMs) const
{
    if (post.isControlRoom) // moves are the desk's
        return QList<HandoverLine>{};
    // Each open move with its first step still to do (the lowest position among its pending ones).
    auto q = m_db.exec(u"SELECT m.id, m.kind, m.number, un.code, r.name, m.planned_day, "
                       "(SELECT s.step_key FROM move_steps s WHERE s.move_id = m.id AND s.status = 'pending' "
                       "ORDER BY s.position LIMIT 1) FROM moves m JOIN units un ON un.id = m.unit_id "
                       "JOIN residents r ON r.id = m.resident_id WHERE m.status = 'open' AND m.opened_ms <= ? "
                       "ORDER BY m.planned_day, m.id"_s,
                       {asOfMs});
    if (!q)
        return q.error();
    QList<HandoverLine> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const MoveKind kind = MoveSteps::kindFromKey(r.value(1).toString()).value_or(MoveKind::In);
        HandoverLine line;
        line.kind = HandoverItemKind::Log;
        line.refId = r.value(0).toLongLong();
        line.text =
            tr("%1 %2 %3 %4 · day %5 · next: %6")
                .arg(MoveSteps::displayName(kind), r.value(2).toString(), r.value(3).toString(), r.value(4).toString(),
                     DateTimeText::date(QDate::fromString(r.value(5).toString(), Qt::ISODate)),
                     MoveSteps::displayName(r.value(6).toString()));
        out << line;
    }
    return out;
}

} // namespace fd
