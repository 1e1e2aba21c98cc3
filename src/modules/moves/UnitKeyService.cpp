#include "modules/moves/UnitKeyService.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/watches/SignatureService.h"
#include "modules/moves/MoveTerms.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fd {

UnitKeyService::UnitKeyService(Database& db, const Clock& clock, AuditLog& audit)
    : m_db(db), m_clock(clock), m_audit(audit)
{}

Result<QHash<KeyKind, int>> UnitKeyService::holdings(qint64 unitId) const
{
    auto q = m_db.exec(u"SELECT key_kind, SUM(change) FROM unit_key_entries WHERE unit_id = ? GROUP BY key_kind"_s,
                       {unitId});
    if (!q)
        return q.error();
    QHash<KeyKind, int> out;
    while (q.value().next())
        if (const auto kind = MoveTerms::keyKindFromKey(q.value().value(0).toString()))
            out.insert(*kind, q.value().value(1).toInt());
    q.value().finish();
    return out;
}

Result<QList<KeyEntry>> UnitKeyService::record(const Session& who, const KeyChange& change)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    if (change.counts.isEmpty())
        return Error{u"moves.no_keys"_s, tr("Count at least one kind of key."), u"keys"_s};
    QSet<KeyKind> seen;
    for (const KeyCount& c : change.counts) {
        if (c.count <= 0)
            return Error{u"moves.key_count"_s,
                         tr("Count the %1s as a whole number above zero.").arg(MoveTerms::displayName(c.kind)),
                         u"keys"_s};
        if (seen.contains(c.kind))
            return Error{u"moves.key_twice"_s,
                         tr("The %1s are counted twice; count each kind once.").arg(MoveTerms::displayName(c.kind)),
                         u"keys"_s};
        seen.insert(c.kind);
    }
    const QString note = change.note.trimmed();
    if (change.reason == KeyReason::Lost && note.isEmpty())
        return Error{u"moves.lost_note"_s, tr("Say how the key was lost, and whether the lock was changed."),
                     u"note"_s};
    const bool adds = change.reason == KeyReason::HandedOver || change.reason == KeyReason::Made;
    if (change.reason == KeyReason::HandedOver) {
        if (!change.signature || change.signature->isEmpty())
            return Error{u"moves.key_signature"_s,
                         tr("The owner signs for the keys handed over, or say why there is no signature."),
                         u"signature"_s};
        if (Status s = SignatureService::validate(*change.signature); !s)
            return s.error();
    }

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    // Two desks changing one unit's keys at once: on PostgreSQL the second waits for the first, so
    // both count from what is held (SQLite writes one transaction at a time).
    auto unit = m_db.scalar(m_db.backend() == Backend::Postgres ? u"SELECT code FROM units WHERE id = ? FOR UPDATE"_s
                                                                : u"SELECT code FROM units WHERE id = ?"_s,
                            {change.unitId});
    if (!unit)
        return unit.error();
    if (!unit.value().isValid())
        return Error{u"moves.no_unit"_s, tr("Choose the unit."), u"unit"_s};
    auto held = holdings(change.unitId);
    if (!held)
        return held.error();
    // R-MO-1: nothing comes back (or is lost) beyond what was handed over.
    if (!adds)
        for (const KeyCount& c : change.counts)
            if (c.count > held.value().value(c.kind))
                return Error{u"moves.keys_beyond"_s,
                             tr("%1 holds %n %2(s); %3 cannot be %4.", nullptr, held.value().value(c.kind))
                                 .arg(unit.value().toString(), MoveTerms::displayName(c.kind))
                                 .arg(c.count)
                                 .arg(MoveTerms::displayName(change.reason)),
                             u"keys"_s};
    qint64 signatureId = 0;
    if (change.reason == KeyReason::HandedOver) {
        auto stored = SignatureService(m_db, m_clock, m_audit).store(who, *change.signature);
        if (!stored)
            return stored.error();
        signatureId = stored.value();
    }
    const qint64 now = m_clock.nowMs();
    QList<KeyEntry> out;
    QJsonArray written;
    for (const KeyCount& c : change.counts) {
        KeyEntry e;
        e.unitId = change.unitId;
        e.kind = c.kind;
        e.reason = change.reason;
        e.change = adds ? c.count : -c.count;
        e.heldAfter = held.value().value(c.kind) + e.change;
        e.note = note;
        e.signatureId = signatureId;
        e.atMs = now;
        e.recordedBy = who.user.displayName;
        auto id = m_db.insert(u"INSERT INTO unit_key_entries (unit_id, key_kind, change, reason, held_after, note, "
                              "signature_id, at_ms, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                              {e.unitId, MoveTerms::key(e.kind), e.change, MoveTerms::key(e.reason), e.heldAfter,
                               sql::text(e.note), sql::idOrNull(signatureId), now, who.user.id});
        if (!id)
            return id.error();
        e.id = id.value();
        out << e;
        written.append(
            QJsonObject{{u"kind"_s, MoveTerms::key(e.kind)}, {u"change"_s, e.change}, {u"held_after"_s, e.heldAfter}});
    }
    const QJsonObject after{{u"reason"_s, MoveTerms::key(change.reason)},
                            {u"keys"_s, written},
                            {u"note"_s, note},
                            {u"signature_id"_s, signatureId}};
    if (auto a = m_audit.append(who, u"unit_keys"_s, change.unitId, MoveTerms::key(change.reason), {}, after); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<QList<KeyCount>> UnitKeyService::held(const Session& who, qint64 unitId) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    auto held = holdings(unitId);
    if (!held)
        return held.error();
    QList<KeyCount> out;
    for (KeyKind kind : MoveTerms::keyKinds())
        if (const int n = held.value().value(kind); n > 0)
            out << KeyCount{kind, n};
    return out;
}

Result<QList<KeyEntry>> UnitKeyService::history(const Session& who, qint64 unitId) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    auto q = m_db.exec(u"SELECT e.id, e.key_kind, e.reason, e.change, e.held_after, e.note, COALESCE(e.signature_id, "
                       "0), e.at_ms, u.display_name FROM unit_key_entries e JOIN users u ON u.id = e.recorded_by "
                       "WHERE e.unit_id = ? ORDER BY e.id"_s,
                       {unitId});
    if (!q)
        return q.error();
    QList<KeyEntry> out;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        KeyEntry e;
        e.id = row.value(0).toLongLong();
        e.unitId = unitId;
        e.kind = MoveTerms::keyKindFromKey(row.value(1).toString()).value_or(KeyKind::Other);
        e.reason = MoveTerms::keyReasonFromKey(row.value(2).toString()).value_or(KeyReason::HandedOver);
        e.change = row.value(3).toInt();
        e.heldAfter = row.value(4).toInt();
        e.note = row.value(5).toString();
        e.signatureId = row.value(6).toLongLong();
        e.atMs = row.value(7).toLongLong();
        e.recordedBy = row.value(8).toString();
        out << e;
    }
    q.value().finish();
    return out;
}

} // namespace fd
