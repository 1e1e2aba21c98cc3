// StoredItemService, part two: the reads — one item with its lines, the list, the history, the
// counts for the weekly report, and the search source.
#include "modules/storeditems/StoredItemService.h"

#include "core/Clock.h"
#include "core/EnumTable.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// The keys of stored_items.status, which the SQL of both parts also writes out: never change one.
// An unknown key reads as held.
constexpr auto kStatuses = enumTable<StoredItemStatus>(
    "StoredItemService",
    {{StoredItemStatus::Held, "held", QT_TRANSLATE_NOOP("StoredItemService", "in storage")},
     {StoredItemStatus::Collected, "collected", QT_TRANSLATE_NOOP("StoredItemService", "collected")},
     {StoredItemStatus::Delivered, "delivered", QT_TRANSLATE_NOOP("StoredItemService", "delivered with consent")}});

const QString kColumns =
    u"s.id, s.tag, s.unit_id, COALESCE(u.code, ''), s.depositor_name, s.depositor_phone, s.shelf, s.summary, "
    "s.item_count, s.expected_pickup_ms, s.deposit_signature_id, s.note, s.created_ms, s.status, s.ended_ms, "
    "COALESCE(e.display_name, ''), s.collector_name, COALESCE(s.collector_signature_id, 0), s.consent_by "
    "FROM stored_items s LEFT JOIN units u ON u.id = s.unit_id LEFT JOIN users e ON e.id = s.ended_by"_s;

StoredItemStatus statusFrom(const QString& s)
{
    return kStatuses.from(s).value_or(StoredItemStatus::Held);
}

StoredItem itemFrom(const QSqlQuery& q)
{
    StoredItem s;
    s.id = q.value(0).toLongLong();
    s.tag = q.value(1).toString();
    s.unitId = q.value(2).toLongLong();
    s.unitCode = q.value(3).toString();
    s.depositorName = q.value(4).toString();
    s.depositorPhone = q.value(5).toString();
    s.shelf = q.value(6).toString();
    s.summary = q.value(7).toString();
    s.itemCount = q.value(8).toInt();
    s.expectedPickupMs = q.value(9).toLongLong();
    s.depositSignatureId = q.value(10).toLongLong();
    s.note = q.value(11).toString();
    s.createdMs = q.value(12).toLongLong();
    s.status = statusFrom(q.value(13).toString());
    s.endedMs = sql::instantFrom(q.value(14));
    s.endedByName = q.value(15).toString();
    s.collectorName = q.value(16).toString();
    s.collectorSignatureId = q.value(17).toLongLong();
    s.consentBy = q.value(18).toString();
    return s;
}

QString likePattern(const QString& text)
{
    QString escaped = text.trimmed().toLower();
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

} // namespace

QString StoredItemService::normalizedTag(const QString& typed)
{
    QString tag = typed.trimmed().toUpper();
    tag.remove(u' ');
    return tag;
}

QString StoredItemService::statusName(StoredItemStatus status)
{
    return kStatuses.name(status);
}

QString StoredItemService::eventName(const QString& kind)
{
    if (kind == u"deposited"_s)
        return tr("Deposited");
    if (kind == u"reminded"_s)
        return tr("Customer reminded");
    if (kind == u"collected"_s)
        return tr("Collected");
    if (kind == u"delivered"_s)
        return tr("Delivered with consent");
    return kind;
}

Result<StoredItem> StoredItemService::find(qint64 id) const
{
    auto item = m_db.one(u"SELECT %1 WHERE s.id = ?"_s.arg(kColumns), {id}, itemFrom,
                         Error{u"storage.unknown"_s, tr("This stored item is not on record.")});
    if (!item)
        return item.error();
    auto q = m_db.exec(u"SELECT description, quantity, item_condition FROM stored_item_lines WHERE item_id = ? "
                       "ORDER BY line_no"_s,
                       {id});
    if (!q)
        return q.error();
    StoredItem s = item.value();
    while (q.value().next())
        s.lines << StoredItemLine{q.value().value(0).toString(), q.value().value(1).toInt(),
                                  q.value().value(2).toString()};
    return s;
}

Result<StoredItem> StoredItemService::findByTag(const QString& tag) const
{
    auto id = m_db.scalar(u"SELECT id FROM stored_items WHERE tag = ?"_s, {normalizedTag(tag)});
    if (!id)
        return id.error();
    if (!id.value().isValid())
        return Error{u"storage.tag"_s, tr("No such tag: %1.").arg(normalizedTag(tag)), u"tag"_s};
    return find(id.value().toLongLong());
}

Result<QList<StoredItem>> StoredItemService::items(const StoredItemFilter& filter, int limit, int offset) const
{
    QString where = filter.includeEnded ? u"WHERE 1 = 1"_s : u"WHERE s.status = 'held'"_s;
    QVariantList binds;
    if (!filter.text.trimmed().isEmpty()) {
        where += u" AND LOWER(s.tag || ' ' || s.depositor_name || ' ' || COALESCE(u.code, '') || ' ' || s.shelf || "
                 "' ' || s.summary) LIKE ? ESCAPE '\\'"_s;
        binds << likePattern(filter.text);
    }
    binds << qBound(1, limit, 500) << qMax(0, offset);
    auto q = m_db.exec(u"SELECT %1 %2 ORDER BY CASE WHEN s.status = 'held' THEN 0 ELSE 1 END, "
                       "CASE WHEN s.status = 'held' THEN s.expected_pickup_ms ELSE -s.ended_ms END, s.id "
                       "LIMIT ? OFFSET ?"_s.arg(kColumns, where),
                       binds);
    if (!q)
        return q.error();
    QList<StoredItem> out;
    while (q.value().next())
        out << itemFrom(q.value());
    return out;
}

Result<qint64> StoredItemService::heldCount() const
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM stored_items WHERE status = 'held'"_s);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<QList<StoredItemEvent>> StoredItemService::history(qint64 itemId) const
{
    auto q = m_db.exec(u"SELECT v.kind, v.at_ms, COALESCE(p.display_name, ''), v.note FROM stored_item_events v "
                       "LEFT JOIN users p ON p.id = v.by_user WHERE v.item_id = ? ORDER BY v.id"_s,
                       {itemId});
    if (!q)
        return q.error();
    QList<StoredItemEvent> out;
    while (q.value().next())
        out << StoredItemEvent{q.value().value(0).toString(), q.value().value(1).toLongLong(),
                               q.value().value(2).toString(), q.value().value(3).toString()};
    return out;
}

RecordSource StoredItemService::recordSource()
{
    return {QString::fromLatin1(WatchSource),
            [] { return QCoreApplication::translate("WatchService", "Stored items"); }, 20};
}

SearchSource StoredItemService::searchSource()
{
    // body: what a clerk may type (tag, names, unit, items, shelf, phone digits); the detail
    // carries no phone number.
    return SearchSource{
        QString::fromLatin1(SearchKind),
        u"SELECT s.id, s.created_ms, s.tag, COALESCE(u.code, '') || ' ' || s.depositor_name || ' · ' || s.summary, "
        "s.tag || ' ' || s.depositor_name || ' ' || COALESCE(u.code, '') || ' ' || s.summary || ' ' || s.shelf || "
        "' ' || s.depositor_phone, s.unit_id FROM stored_items s LEFT JOIN units u ON u.id = s.unit_id "
        "WHERE s.id > ? ORDER BY s.id LIMIT ?"_s};
}

} // namespace fd
