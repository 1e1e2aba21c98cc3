// ParcelService: what the lists, the search and the weekly report read (no changes here).
#include "modules/parcels/ParcelService.h"

#include "core/EnumTable.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// The stored keys of parcels.kind and parcel_notices.how: never change one. An unknown kind reads as
// a parcel.
constexpr auto kKinds = enumTable<ParcelKind>(
    "ParcelService",
    {{ParcelKind::Parcel, "parcel", QT_TRANSLATE_NOOP("ParcelService", "Parcel")},
     {ParcelKind::Letter, "letter", QT_TRANSLATE_NOOP("ParcelService", "Letter")},
     {ParcelKind::Periodical, "periodical", QT_TRANSLATE_NOOP("ParcelService", "Newspaper / magazine")}});
constexpr auto kWays = enumTable<NoticeWay>(
    "ParcelService", {{NoticeWay::Phone, "phone", QT_TRANSLATE_NOOP("ParcelService", "Phone call")},
                      {NoticeWay::Sms, "sms", QT_TRANSLATE_NOOP("ParcelService", "Text message")},
                      {NoticeWay::Note, "note", QT_TRANSLATE_NOOP("ParcelService", "Note left")}});

// The resident to tell: a tenant lives there, so before the owner.
const QString kResidentOrder = u"ORDER BY CASE WHEN r.relation = 'tenant' THEN 0 ELSE 1 END, r.id"_s;

QString columns()
{
    return u"p.id, p.batch_id, p.unit_id, u.code, "
           "COALESCE((SELECT r.name FROM residents r WHERE r.unit_id = p.unit_id AND r.active %1 LIMIT 1), ''), "
           "COALESCE((SELECT ph.phone FROM residents r JOIN resident_phones ph ON ph.resident_id = r.id "
           "WHERE r.unit_id = p.unit_id AND r.active %1, ph.id LIMIT 1), ''), "
           "b.carrier, p.kind, p.pieces, p.tracking, p.damaged, p.damage_note, p.received_ms, "
           "COALESCE(p.notified_ms, 0), (SELECT COUNT(*) FROM parcel_notices n WHERE n.parcel_id = p.id), "
           "COALESCE(p.picked_up_ms, 0), p.collector, COALESCE(p.pickup_signature_id, 0), p.version "
           "FROM parcels p JOIN parcel_batches b ON b.id = p.batch_id JOIN units u ON u.id = p.unit_id"_s.arg(
               kResidentOrder);
}

ParcelKind kindFrom(const QString& key)
{
    return kKinds.from(key).value_or(ParcelKind::Parcel);
}

Parcel parcelFrom(const QSqlQuery& q)
{
    Parcel p;
    p.id = q.value(0).toLongLong();
    p.batchId = q.value(1).toLongLong();
    p.unitId = q.value(2).toLongLong();
    p.unitCode = q.value(3).toString();
    p.residentName = q.value(4).toString();
    p.residentPhone = q.value(5).toString();
    p.carrier = q.value(6).toString();
    p.kind = kindFrom(q.value(7).toString());
    p.pieces = q.value(8).toInt();
    p.tracking = q.value(9).toString();
    p.damaged = q.value(10).toBool();
    p.damageNote = q.value(11).toString();
    p.receivedMs = q.value(12).toLongLong();
    p.notifiedMs = q.value(13).toLongLong();
    p.notices = q.value(14).toInt();
    p.pickedUpMs = q.value(15).toLongLong();
    p.collector = q.value(16).toString();
    p.signatureId = q.value(17).toLongLong();
    p.version = q.value(18).toInt();
    return p;
}

QString whereOf(ParcelFilter filter)
{
    switch (filter) {
    case ParcelFilter::ToNotify:
        return u"p.picked_up_ms IS NULL AND p.notified_ms IS NULL"_s;
    case ParcelFilter::Waiting:
        return u"p.picked_up_ms IS NULL"_s;
    case ParcelFilter::All:
        break;
    }
    return u"1 = 1"_s;
}

} // namespace

Result<QList<Parcel>> ParcelService::select(const QString& where, const QVariantList& binds, const QString& order) const
{
    auto q = m_db.exec(u"SELECT %1 WHERE %2 %3"_s.arg(columns(), where, order), binds);
    if (!q)
        return q.error();
    QList<Parcel> out;
    while (q.value().next())
        out << parcelFrom(q.value());
    return out;
}

Result<QList<Parcel>> ParcelService::list(ParcelFilter filter, int limit, int offset) const
{
    // R-PS-4 "sort by unit": one unit's parcels together, the oldest first.
    return select(whereOf(filter), {qBound(1, limit, 500), qMax(0, offset)},
                  u"ORDER BY u.code, p.received_ms, p.id LIMIT ? OFFSET ?"_s);
}

Result<qint64> ParcelService::count(ParcelFilter filter) const
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM parcels p WHERE %1"_s.arg(whereOf(filter)));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<Parcel> ParcelService::find(qint64 parcelId) const
{
    auto found = select(u"p.id = ?"_s, {parcelId}, {});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{u"parcel.unknown"_s, tr("That parcel is not on record.")};
    return found.value().first();
}

Result<QList<Parcel>> ParcelService::waitingOf(qint64 unitId) const
{
    return select(u"p.unit_id = ? AND p.picked_up_ms IS NULL"_s, {unitId}, u"ORDER BY p.received_ms, p.id"_s);
}

RecordSource ParcelService::recordSource()
{
    return {QString::fromLatin1(WatchSource), [] { return QCoreApplication::translate("WatchService", "Parcels"); },
            30};
}

SearchSource ParcelService::searchSource()
{
    // The title and detail hold no phone number; the body holds what a clerk may type.
    return {u"parcel"_s, u"SELECT p.id, p.received_ms, u.code || ' ' || b.carrier, "
                         "CASE WHEN p.tracking = '' THEN p.kind ELSE p.tracking END, "
                         "p.tracking || ' ' || u.code || ' ' || u.compact || ' ' || b.carrier, p.unit_id "
                         "FROM parcels p JOIN parcel_batches b ON b.id = p.batch_id JOIN units u ON u.id = p.unit_id "
                         "WHERE p.id > ? ORDER BY p.id LIMIT ?"_s};
}

QString ParcelService::kindKey(ParcelKind kind)
{
    return kKinds.key(kKinds.known(kind, ParcelKind::Parcel));
}

QString ParcelService::kindName(ParcelKind kind)
{
    return kKinds.name(kKinds.known(kind, ParcelKind::Parcel));
}

QString ParcelService::wayKey(NoticeWay way)
{
    return kWays.key(kWays.known(way, NoticeWay::Phone));
}

QString ParcelService::wayName(NoticeWay way)
{
    return kWays.name(kWays.known(way, NoticeWay::Phone));
}

QStringList ParcelService::carriers()
{
    // The couriers the desk sees every day; any other name may be typed.
    return {u"顺丰"_s, u"京东"_s, u"EMS"_s, u"中通"_s, u"圆通"_s, u"韵达"_s, u"申通"_s, u"邮政"_s};
}

} // namespace fd
