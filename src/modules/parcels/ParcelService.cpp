#include "modules/parcels/ParcelService.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QJsonObject describe(const Parcel& p)
{
    return {
        {u"batch_id"_s, p.batchId},       {u"unit_id"_s, p.unitId},        {u"kind"_s, ParcelService::kindKey(p.kind)},
        {u"pieces"_s, p.pieces},          {u"tracking"_s, p.tracking},     {u"damaged"_s, p.damaged},
        {u"damage_note"_s, p.damageNote}, {u"received_ms"_s, p.receivedMs}};
}

Error lineError(int line, const QString& code, const QString& message, const QString& field)
{
    Error e{code, message, field};
    e.row = line;
    return e;
}

} // namespace

ParcelService::ParcelService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules)
    : m_db(db), m_clock(clock), m_audit(audit), m_rules(rules), m_watches(db), m_signatures(db, clock, audit)
{}

int ParcelService::remindMinutes() const
{
    return m_rules.number(QString::fromLatin1(RemindMinutesKey)); // a stored 0 or nonsense: the default
}

Status ParcelService::validate(const ParcelBatchInput& batch) const
{
    const QString carrier = batch.carrier.trimmed();
    if (carrier.isEmpty())
        return Error{u"parcel.carrier"_s, tr("Name the courier who brought the batch."), u"carrier"_s};
    if (carrier.size() > 40)
        return Error{u"parcel.carrier"_s, tr("The courier's name is too long."), u"carrier"_s};
    if (batch.lines.isEmpty())
        return Error{u"parcel.lines"_s, tr("Add at least one piece to the batch."), u"lines"_s};
    for (int i = 0; i < batch.lines.size(); ++i) {
        const ParcelLine& l = batch.lines.at(i);
        const int line = i + 1;
        if (l.unitId == 0)
            return lineError(line, u"parcel.unit"_s, tr("Line %1: choose the unit the piece is for.").arg(line),
                             u"unit"_s);
        auto known = m_db.scalar(u"SELECT COUNT(*) FROM units WHERE id = ?"_s, {l.unitId});
        if (!known)
            return known.error();
        if (known.value().toLongLong() == 0)
            return lineError(line, u"parcel.unit"_s, tr("Line %1: that unit is not in the registry.").arg(line),
                             u"unit"_s);
        // R-PS-4: the pieces are counted on receipt.
        if (l.pieces < 1 || l.pieces > MaxPieces)
            return lineError(line, u"parcel.pieces"_s,
                             tr("Line %1: count the pieces (1 to %2).").arg(line).arg(MaxPieces), u"pieces"_s);
        if (l.tracking.trimmed().size() > MaxTrackingLength)
            return lineError(line, u"parcel.tracking"_s, tr("Line %1: the tracking number is too long.").arg(line),
                             u"tracking"_s);
        // R-PS-4: damage found on receipt is written down.
        if (l.damaged && l.damageNote.trimmed().isEmpty())
            return lineError(line, u"parcel.damage"_s, tr("Line %1: describe the damage.").arg(line), u"damage"_s);
    }
    return {};
}

Status ParcelService::armWatch(const Parcel& p, qint64 dueMs, qint64 nowMs)
{
    auto code = m_db.scalar(u"SELECT code FROM units WHERE id = ?"_s, {p.unitId});
    if (!code)
        return code.error();
    Watch w;
    w.source = QString::fromLatin1(WatchSource);
    w.refId = p.id;
    w.unitId = p.unitId;
    w.title = tr("%1 for %2 not picked up").arg(kindName(p.kind), code.value().toString());
    const QString since = DateTimeText::shortDateTime(p.receivedMs);
    w.detail = p.tracking.isEmpty()
                   ? tr("%n piece(s) from %1, here since %2: tell the resident again.", nullptr, p.pieces)
                         .arg(p.carrier, since)
                   : tr("%n piece(s) from %1 (%2), here since %3: tell the resident again.", nullptr, p.pieces)
                         .arg(p.carrier, p.tracking, since);
    w.dueMs = dueMs;
    return m_watches.arm(w, nowMs);
}

Result<ParcelBatch> ParcelService::receive(const Session& who, const ParcelBatchInput& input)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    if (Status s = validate(input); !s)
        return s.error();
    const qint64 now = m_clock.nowMs();
    ParcelBatch batch;
    batch.carrier = input.carrier.trimmed();
    batch.receivedMs = now;
    int pieces = 0;
    for (const ParcelLine& l : input.lines)
        pieces += l.pieces;

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto id = m_db.insert(u"INSERT INTO parcel_batches (carrier, received_ms, received_by, pieces) "
                          "VALUES (?, ?, ?, ?) RETURNING id"_s,
                          {batch.carrier, now, who.user.id, pieces});
    if (!id)
        return id.error();
    batch.id = id.value();
    const qint64 due = now + qint64(remindMinutes()) * 60'000;
    QJsonArray ids;
    for (const ParcelLine& l : input.lines) {
        Parcel p;
        p.batchId = batch.id;
        p.unitId = l.unitId;
        p.carrier = batch.carrier;
        p.kind = l.kind;
        p.pieces = l.pieces;
        p.tracking = l.tracking.trimmed();
        p.damaged = l.damaged;
        p.damageNote = l.damaged ? l.damageNote.trimmed() : QString();
        p.receivedMs = now;
        auto pid = m_db.insert(u"INSERT INTO parcels (batch_id, unit_id, kind, pieces, tracking, damaged, damage_note, "
                               "received_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                               {p.batchId, p.unitId, kindKey(p.kind), p.pieces, sql::text(p.tracking), p.damaged,
                                sql::text(p.damageNote), now});
        if (!pid)
            return pid.error();
        p.id = pid.value();
        batch.parcelIds << p.id;
        ids.append(p.id);
        if (auto a = m_audit.append(who, u"parcel"_s, p.id, u"received"_s, {}, describe(p)); !a)
            return a.error();
        if (Status w = armWatch(p, due, now); !w)
            return w.error();
    }
    auto a = m_audit.append(who, u"parcel_batch"_s, batch.id, u"received"_s, {},
                            {{u"carrier"_s, batch.carrier}, {u"pieces"_s, pieces}, {u"parcels"_s, ids}});
    if (!a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return batch;
}

Status ParcelService::notify(const Session& who, const QList<qint64>& parcelIds, NoticeWay how, const QString& note)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    if (parcelIds.isEmpty())
        return Error{u"parcel.none"_s, tr("Choose the parcels the resident was told about."), u"parcels"_s};
    if (how == NoticeWay::Note && note.trimmed().isEmpty())
        return Error{u"parcel.note"_s, tr("Say where the note was left."), u"note"_s};
    const qint64 now = m_clock.nowMs();
    const qint64 due = now + qint64(remindMinutes()) * 60'000;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    for (qint64 id : parcelIds) {
        auto found = find(id);
        if (!found)
            return found.error();
        const Parcel& p = found.value();
        if (p.pickedUpMs != 0)
            return Error{u"parcel.collected"_s, tr("This parcel for %1 was already picked up.").arg(p.unitCode),
                         u"parcels"_s};
        auto n = m_db.insert(u"INSERT INTO parcel_notices (parcel_id, how, note, at_ms, recorded_by) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                             {id, wayKey(how), sql::text(note.trimmed()), now, who.user.id});
        if (!n)
            return n.error();
        auto u = m_db.exec(u"UPDATE parcels SET notified_ms = ?, version = version + 1 WHERE id = ?"_s, {now, id});
        if (!u)
            return u.error();
        auto a = m_audit.append(who, u"parcel"_s, id, u"notified"_s,
                                {{u"notified_ms"_s, p.notifiedMs}, {u"notices"_s, p.notices}},
                                {{u"notified_ms"_s, now},
                                 {u"notices"_s, p.notices + 1},
                                 {u"how"_s, wayKey(how)},
                                 {u"note"_s, note.trimmed()}});
        if (!a)
            return a.error();
        if (Status w = armWatch(p, due, now); !w) // told again: the next reminder is later
            return w;
    }
    return tx.commit();
}

Status ParcelService::notifyUnit(const Session& who, qint64 unitId, NoticeWay how, const QString& note)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s;
    auto waiting = waitingOf(unitId);
    if (!waiting)
        return waiting.error();
    QList<qint64> ids;
    for (const Parcel& p : waiting.value())
        ids << p.id;
    return notify(who, ids, how, note);
}

Result<qint64> ParcelService::pickUp(const Session& who, const QList<qint64>& parcelIds, const Signature& signature)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    if (parcelIds.isEmpty())
        return Error{u"parcel.none"_s, tr("Choose the parcels being picked up."), u"parcels"_s};
    QList<Parcel> parcels;
    for (qint64 id : QSet<qint64>(parcelIds.begin(), parcelIds.end())) {
        auto found = find(id);
        if (!found)
            return found.error();
        parcels << found.value();
    }
    for (const Parcel& p : parcels) {
        if (p.pickedUpMs != 0) // R-PS-4: one parcel is handed over once
            return Error{u"parcel.collected"_s,
                         tr("A parcel for %1 was already picked up on %2.")
                             .arg(p.unitCode, DateTimeText::shortDateTime(p.pickedUpMs)),
                         u"parcels"_s};
        if (p.unitId != parcels.first().unitId)
            return Error{u"parcel.units"_s, tr("Hand over the parcels of one unit at a time."), u"parcels"_s};
    }
    const QString collector = signature.signer.trimmed();
    if (collector.isEmpty())
        return Error{u"parcel.collector"_s, tr("Write down who is picking up."), u"collector"_s};
    if (Status s = SignatureService::validate(signature); !s) // R-PS-4: the recipient signs
        return s.error();

    const qint64 now = m_clock.nowMs();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto signatureId = m_signatures.store(who, signature);
    if (!signatureId)
        return signatureId.error();
    for (const Parcel& p : parcels) {
        // The version guard refuses a parcel another desk handed over meanwhile.
        auto u = m_db.exec(u"UPDATE parcels SET picked_up_ms = ?, picked_up_by = ?, collector = ?, "
                           "pickup_signature_id = ?, version = version + 1 "
                           "WHERE id = ? AND version = ? AND picked_up_ms IS NULL"_s,
                           {now, who.user.id, collector, signatureId.value(), p.id, p.version});
        if (!u)
            return u.error();
        if (u.value().numRowsAffected() != 1)
            return Error{u"parcel.collected"_s,
                         tr("A parcel for %1 was just picked up at another desk.").arg(p.unitCode), u"parcels"_s};
        auto a = m_audit.append(
            who, u"parcel"_s, p.id, u"picked_up"_s, {{u"picked_up_ms"_s, QJsonValue()}},
            {{u"picked_up_ms"_s, now}, {u"collector"_s, collector}, {u"signature_id"_s, signatureId.value()}});
        if (!a)
            return a.error();
        if (Status w = m_watches.close(QString::fromLatin1(WatchSource), p.id, now); !w)
            return w.error();
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    return signatureId.value();
}

} // namespace fd
