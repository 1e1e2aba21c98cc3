#include "engine/watches/WatchService.h"

#include "engine/watches/RecordSources.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace fd {

WatchService::WatchService(Database& db) : m_db(db) {}

QStringList WatchService::sources()
{
    return RecordSources::keys();
}

QString WatchService::sourceName(const QString& source)
{
    return RecordSources::name(source);
}

Status WatchService::arm(const Watch& w, qint64 nowMs)
{
    auto q = m_db.exec(
        u"INSERT INTO watches (source, ref_id, unit_id, title, detail, due_ms, created_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, ref_id) DO UPDATE SET "
        "unit_id = excluded.unit_id, title = excluded.title, detail = excluded.detail, "
        "due_ms = excluded.due_ms WHERE watches.closed_ms IS NULL"_s,
        {w.source, w.refId, sql::idOrNull(w.unitId), sql::text(w.title), sql::text(w.detail), w.dueMs, nowMs});
    if (!q)
        return q.error();
    return {};
}

Status WatchService::close(const QString& source, qint64 refId, qint64 nowMs)
{
    auto q = m_db.exec(u"UPDATE watches SET closed_ms = ? WHERE source = ? AND ref_id = ? AND closed_ms IS NULL"_s,
                       {nowMs, source, refId});
    if (!q)
        return q.error();
    return {};
}

Status WatchService::reopen(const QString& source, qint64 refId, qint64 nowMs)
{
    auto q = m_db.exec(u"UPDATE watches SET closed_ms = NULL, due_ms = CASE WHEN due_ms < ? THEN ? ELSE due_ms END "
                       "WHERE source = ? AND ref_id = ? AND closed_ms IS NOT NULL"_s,
                       {nowMs, nowMs, source, refId});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<qint64>> WatchService::dueOf(const QString& source, qint64 refId) const
{
    auto q = m_db.exec(u"SELECT due_ms FROM watches WHERE source = ? AND ref_id = ? AND closed_ms IS NULL"_s,
                       {source, refId});
    if (!q)
        return q.error();
    std::optional<qint64> due;
    while (q.value().next())
        if (!q.value().value(0).isNull())
            due = q.value().value(0).toLongLong();
    return due;
}

} // namespace fd
