// SearchService, part two: residents edited after they were indexed (a new phone, a corrected name,
// a move-out) are indexed again, read from the audit log since the last event seen.
#include "engine/search/SearchService.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace fd {

Status SearchService::reindexChangedResidents()
{
    // Runs before every search, so it reads only the audit events since the last call: the watermark
    // moves to the chain's head each time (kept in memory; search_state keeps it across restarts,
    // written only when a resident was indexed again, as doing it twice changes nothing).
    if (m_residentAuditSeen < 0) {
        auto stored = m_db.scalar(u"SELECT resident_audit_seq FROM search_state WHERE id = 1"_s);
        if (!stored)
            return stored.error();
        m_residentAuditSeen = stored.value().toLongLong();
    }
    auto head = m_db.scalar(u"SELECT seq FROM audit_head WHERE id = 1"_s);
    if (!head)
        return head.error();
    const qint64 upTo = head.value().toLongLong();
    if (upTo <= m_residentAuditSeen)
        return {};
    auto changed = m_db.exec(u"SELECT DISTINCT entity_id FROM audit_events WHERE id > ? AND id <= ? "
                             "AND entity = 'resident' AND action <> 'created'"_s,
                             {m_residentAuditSeen, upTo});
    if (!changed)
        return changed.error();
    QList<qint64> residents;
    while (changed.value().next())
        residents << changed.value().value(0).toLongLong();
    changed.value().finish();
    if (!residents.isEmpty()) {
        Transaction tx(m_db);
        if (!tx.started())
            return tx.started();
        for (qint64 id : std::as_const(residents))
            if (Status s = reindexResident(id); !s)
                return s;
        if (auto q = m_db.exec(u"UPDATE search_state SET resident_audit_seq = ? WHERE id = 1"_s, {upTo}); !q)
            return q.error();
        if (Status s = tx.commit(); !s)
            return s;
    }
    m_residentAuditSeen = upTo;
    return {};
}

Status SearchService::reindexResident(qint64 residentId)
{
    auto doc = m_db.exec(u"SELECT d.id, d.body, r.name, u.code FROM search_docs d JOIN residents r ON r.id = d.ref_id "
                         "JOIN units u ON u.id = r.unit_id WHERE d.doc_kind = 'resident' AND d.ref_id = ?"_s,
                         {residentId});
    if (!doc)
        return doc.error();
    if (!doc.value().next())
        return {}; // not indexed yet: indexResidents() takes it as it is now
    const qint64 docId = doc.value().value(0).toLongLong();
    const QString oldBody = doc.value().value(1).toString();
    const QString name = doc.value().value(2).toString();
    const QString unit = doc.value().value(3).toString();
    doc.value().finish();
    QStringList phones; // the current ones: an ended phone no longer finds them
    auto p = m_db.exec(u"SELECT phone FROM resident_phones WHERE resident_id = ? AND ended_ms IS NULL ORDER BY id"_s,
                       {residentId});
    if (!p)
        return p.error();
    while (p.value().next())
        phones << p.value().value(0).toString();
    p.value().finish();
    const QString body = normalized(QStringList{name, unit, phones.join(u' ')}.join(u' '));
    if (body == oldBody)
        return {};
    if (auto q = m_db.exec(u"UPDATE search_docs SET title = ?, body = ? WHERE id = ?"_s, {name, body, docId}); !q)
        return q.error();
    if (m_db.backend() == Backend::Sqlite) {
        // Contentless FTS5 tables forget a row by being told its old text ('delete'), then take the new.
        const QList<std::pair<QString, QString>> tables{{u"search_trigram"_s, u"body"_s},
                                                        {u"search_chars"_s, u"chars"_s}};
        for (const auto& [table, column] : tables) {
            const bool chars = table == u"search_chars"_s;
            const QString before = chars ? spacedCharacters(oldBody) : oldBody;
            const QString after = chars ? spacedCharacters(body) : body;
            if (auto q = m_db.exec(u"INSERT INTO %1 (%1, rowid, %2) VALUES ('delete', ?, ?)"_s.arg(table, column),
                                   {docId, before});
                !q)
                return q.error();
            if (auto q = m_db.exec(u"INSERT INTO %1 (rowid, %2) VALUES (?, ?)"_s.arg(table, column), {docId, after});
                !q)
                return q.error();
        }
    }
    return {};
}

} // namespace fd
