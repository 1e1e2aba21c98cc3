#include "engine/shifts/TicketHandoverProvider.h"

#include "engine/tickets/TicketStore.h"
#include "engine/tickets/TicketTerms.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace fd {

TicketHandoverProvider::TicketHandoverProvider(Database& db) : m_db(db) {}

QString TicketHandoverProvider::source() const
{
    return u"tickets"_s;
}

Result<QList<HandoverLine>> TicketHandoverProvider::openItems(const Post& post, qint64 /*asOfMs*/) const
{
    // Every open ticket in the post's custody, whatever its time stamp says: a clock set back must not
    // drop from the sheet a ticket taken "later" (R-SH-2).
    auto q = m_db.exec(u"SELECT t.id, t.number, t.status, COALESCE(u.code, ''), t.person_name, t.description "
                       "FROM tickets t LEFT JOIN units u ON u.id = t.unit_id "
                       "WHERE t.post_id = ? AND t.status NOT IN "_s +
                           TicketStore::finishedStatuses() + u" ORDER BY t.id"_s,
                       {post.id});
    if (!q)
        return q.error();
    QList<HandoverLine> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const auto status = TicketTerms::statusFrom(r.value(2).toString()).value_or(TicketStatus::New);
        QString where = r.value(3).toString();
        if (where.isEmpty())
            where = r.value(4).toString();
        //: One open ticket on a handover sheet: number, status, unit or person, what it is about.
        out.append({HandoverItemKind::Ticket, r.value(0).toLongLong(),
                    tr("%1 · %2 · %3 · %4")
                        .arg(r.value(1).toString(), TicketTerms::displayName(status), where, r.value(5).toString())});
    }
    return out;
}

} // namespace fd
