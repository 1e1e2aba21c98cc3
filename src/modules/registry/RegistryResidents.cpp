// RegistryService, part two: the residents kept at the desk (issue 11): added, corrected and moved
// out on the unit's page, never deleted, each change one audit event before → after. Part one
// (RegistryService.cpp) holds the search, the unit, the notes and the import.
#include "modules/registry/RegistryService.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "engine/AuditLog.h"
#include "engine/LastChange.h"
#include "engine/Session.h"
#include "modules/registry/RegistryTerms.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

constexpr int kMaxNameLength = 100;

QString relationKey(ResidentRelation relation)
{
    return RegistryTerms::relations.key(RegistryTerms::relations.known(relation, ResidentRelation::Owner));
}

QJsonObject describe(const Resident& r)
{
    return {{u"unit_id"_s, r.unitId},
            {u"name"_s, r.name},
            {u"relation"_s, relationKey(r.relation)},
            {u"phones"_s, QJsonArray::fromStringList(r.phones)},
            {u"active"_s, r.active},
            {u"moved_out_ms"_s, r.movedOutMs}};
}

} // namespace

Result<ResidentChange> RegistryService::checked(const ResidentChange& change) const
{
    ResidentChange out;
    out.relation = change.relation;
    out.name = change.name.simplified();
    if (out.name.isEmpty())
        return Error{u"registry.name"_s, tr("Enter the resident's name."), u"name"_s};
    if (out.name.size() > kMaxNameLength)
        return Error{u"registry.name"_s, tr("A name may be at most %1 characters long.").arg(kMaxNameLength),
                     u"name"_s};
    for (const QString& typed : change.phones) {
        if (typed.trimmed().isEmpty())
            continue;
        if (!PhoneNumber::isValid(typed))
            return Error{u"registry.phone"_s,
                         tr("\"%1\" is not a phone number: 11 digits for a mobile (13812345678), or a landline "
                            "with its area code (0755-86001234).")
                             .arg(typed.trimmed()),
                         u"phones"_s};
        const QString phone = PhoneNumber::normalize(typed);
        if (!out.phones.contains(phone))
            out.phones << phone;
    }
    return out;
}

Result<Resident> RegistryService::loadResident(qint64 residentId) const
{
    auto q = m_db.exec(u"SELECT r.unit_id, r.name, r.relation, r.notes, r.active, COALESCE(r.moved_out_ms, 0), "
                       "r.version FROM residents r WHERE r.id = ?"_s,
                       {residentId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{u"registry.notfound"_s, tr("There is no resident with the number %1.").arg(residentId),
                     u"resident"_s};
    Resident r;
    r.id = residentId;
    r.unitId = q.value().value(0).toLongLong();
    r.name = q.value().value(1).toString();
    r.relation = RegistryTerms::relations.from(q.value().value(2).toString()).value_or(ResidentRelation::Owner);
    r.notes = q.value().value(3).toString();
    r.active = q.value().value(4).toBool();
    r.movedOutMs = q.value().value(5).toLongLong();
    r.version = q.value().value(6).toLongLong();
    q.value().finish();
    auto phones = m_db.exec(u"SELECT phone FROM resident_phones WHERE resident_id = ? AND ended_ms IS NULL "
                            "ORDER BY id"_s,
                            {residentId});
    if (!phones)
        return phones.error();
    while (phones.value().next())
        r.phones << phones.value().value(0).toString();
    return r;
}

Result<Resident> RegistryService::resident(const Session& who, qint64 residentId) const
{
    if (Status s = who.require(Permission::EditRegistry); !s)
        return s.error();
    auto r = loadResident(residentId);
    if (!r)
        return r;
    for (QString& phone : r.value().phones)
        phone = who.shownPhone(phone);
    return r;
}

Status RegistryService::writePhones(qint64 residentId, const QStringList& before, const QStringList& after, qint64 now)
{
    for (const QString& phone : before)
        if (!after.contains(phone))
            if (auto q = m_db.exec(u"UPDATE resident_phones SET ended_ms = ? WHERE resident_id = ? AND phone = ? "
                                   "AND ended_ms IS NULL"_s,
                                   {now, residentId, phone});
                !q)
                return q.error();
    for (const QString& phone : after) {
        if (before.contains(phone))
            continue;
        // A number given again after it was ended is the same row, current again.
        auto q = m_db.exec(u"INSERT INTO resident_phones (resident_id, phone, tail) VALUES (?, ?, ?) "
                           "ON CONFLICT (resident_id, phone) DO UPDATE SET ended_ms = NULL"_s,
                           {residentId, phone, PhoneNumber::tail(phone)});
        if (!q)
            return q.error();
    }
    return {};
}

Result<Resident> RegistryService::addResident(const Session& who, qint64 unitId, const ResidentChange& change)
{
    if (Status s = who.require(Permission::EditRegistry); !s)
        return s.error();
    auto clean = checked(change);
    if (!clean)
        return clean.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto unit = m_db.scalar(u"SELECT id FROM units WHERE id = ?"_s, {unitId});
    if (!unit)
        return unit.error();
    if (!unit.value().isValid())
        return Error{u"registry.nounit"_s, tr("There is no unit with the number %1.").arg(unitId), u"unit"_s};
    auto same = m_db.scalar(u"SELECT COUNT(*) FROM residents WHERE unit_id = ? AND name = ? AND relation = ?"_s,
                            {unitId, clean.value().name, relationKey(clean.value().relation)});
    if (!same)
        return same.error();
    if (same.value().toLongLong() > 0)
        return Error{u"registry.duplicate"_s,
                     tr("%1 is already on record for this unit as %2; correct that entry instead.")
                         .arg(clean.value().name,
                              clean.value().relation == ResidentRelation::Tenant ? tr("tenant") : tr("owner")),
                     u"name"_s};
    const qint64 now = m_clock.nowMs();
    auto id = m_db.insert(u"INSERT INTO residents (unit_id, name, relation, created_ms) VALUES (?, ?, ?, ?) "
                          "RETURNING id"_s,
                          {unitId, clean.value().name, relationKey(clean.value().relation), now});
    if (!id)
        return id.error();
    if (Status s = writePhones(id.value(), {}, clean.value().phones, now); !s)
        return s.error();
    auto after = loadResident(id.value());
    if (!after)
        return after.error();
    if (auto a = m_audit.append(who, u"resident"_s, id.value(), u"created"_s, {}, describe(after.value())); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return after;
}

Result<Resident> RegistryService::editResident(const Session& who, qint64 residentId, const ResidentChange& change)
{
    if (Status s = who.require(Permission::EditRegistry); !s)
        return s.error();
    auto clean = checked(change);
    if (!clean)
        return clean.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto before = loadResident(residentId);
    if (!before)
        return before.error();
    if (!before.value().active)
        return Error{u"registry.moved_out"_s,
                     tr("%1 has moved out; their record is kept as it was. Add a new resident instead.")
                         .arg(before.value().name),
                     u"resident"_s};
    const ResidentChange& next = clean.value();
    // The phones as this person was shown them (masked for a role that may not see them).
    QStringList shownNow;
    for (const QString& phone : before.value().phones)
        shownNow << who.shownPhone(phone);
    if (const std::optional<Resident>& seen = change.seen;
        seen &&
        (seen->name != before.value().name || seen->relation != before.value().relation || seen->phones != shownNow))
        return LastChange::stale(m_db, u"resident"_s, residentId, u"registry.stale"_s); // corrected elsewhere meanwhile
    const bool renamed = next.name != before.value().name || next.relation != before.value().relation;
    if (!renamed && next.phones == before.value().phones)
        return before; // nothing changed, nothing written
    {
        // The row moves on with every correction, phones too; a desk that corrected it between the
        // read above and this write is found here (READ COMMITTED on PostgreSQL).
        auto q = m_db.exec(u"UPDATE residents SET version = version + 1 WHERE id = ? AND version = ?"_s,
                           {residentId, before.value().version});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return LastChange::stale(m_db, u"resident"_s, residentId, u"registry.stale"_s);
    }
    if (renamed) {
        auto same = m_db.scalar(u"SELECT COUNT(*) FROM residents WHERE unit_id = ? AND name = ? AND relation = ? "
                                "AND id <> ?"_s,
                                {before.value().unitId, next.name, relationKey(next.relation), residentId});
        if (!same)
            return same.error();
        if (same.value().toLongLong() > 0)
            return Error{u"registry.duplicate"_s, tr("%1 is already on record for this unit.").arg(next.name),
                         u"name"_s};
        if (auto q = m_db.exec(u"UPDATE residents SET name = ?, relation = ? WHERE id = ?"_s,
                               {next.name, relationKey(next.relation), residentId});
            !q)
            return q.error();
    }
    if (Status s = writePhones(residentId, before.value().phones, next.phones, m_clock.nowMs()); !s)
        return s.error();
    auto after = loadResident(residentId);
    if (!after)
        return after.error();
    if (auto a = m_audit.append(who, u"resident"_s, residentId, u"updated"_s, describe(before.value()),
                                describe(after.value()));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return after;
}

Result<Resident> RegistryService::endResident(const Session& who, qint64 residentId, qint64 movedOutMs)
{
    if (Status s = who.require(Permission::EditRegistry); !s)
        return s.error();
    if (movedOutMs <= 0 || movedOutMs > m_clock.nowMs())
        return Error{u"registry.moved_out_date"_s,
                     tr("Record a move-out on the day it happened: today or earlier, not in the future."),
                     u"movedOut"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto before = loadResident(residentId);
    if (!before)
        return before.error();
    // Moved out at another desk first (issue 16), before or while this one read it: who and when.
    const auto movedMeanwhile = [&] {
        Error e = LastChange::doneMeanwhile(m_db, u"resident"_s, residentId, u"registry.moved_out"_s,
                                            tr("%1 recorded this move-out at %2."), u"resident"_s);
        e.message = tr("%1 has already moved out.").arg(before.value().name) + u' ' + e.message;
        return e;
    };
    if (!before.value().active)
        return movedMeanwhile();
    auto q = m_db.update(
        u"UPDATE residents SET active = ?, moved_out_ms = ?, version = version + 1 WHERE id = ? AND active = ?"_s,
        {false, movedOutMs, residentId, true});
    if (!q)
        return q.error();
    if (q.value() == 0)
        return movedMeanwhile();
    auto after = loadResident(residentId);
    if (!after)
        return after.error();
    if (auto a = m_audit.append(who, u"resident"_s, residentId, u"moved_out"_s, describe(before.value()),
                                describe(after.value()));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return after;
}

} // namespace fd
