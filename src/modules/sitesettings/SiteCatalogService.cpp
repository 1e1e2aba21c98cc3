#include "modules/sitesettings/SiteCatalogService.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/LastChange.h"
#include "engine/Session.h"
#include "engine/tickets/Departments.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

using Catalog = SiteCatalogService::Catalog;

// Where each catalog lives: its table, its audit entity, and a SELECT of the same five columns
// (id, key, name, position, active) from each table. Indexed by Catalog.
struct Shape
{
    QString table;
    QString entity;
    QString select;
};

const Shape& shape(Catalog c)
{
    static const Shape shapes[] = {
        {u"posts"_s, u"post"_s, u"SELECT id, code, name, id, active FROM posts"_s},
        {u"departments"_s, u"department"_s, u"SELECT id, key, name, position, active FROM departments"_s},
        {u"handover_equipment"_s, u"handover_equipment"_s,
         u"SELECT id, '', name, position, active FROM handover_equipment"_s},
    };
    return shapes[static_cast<int>(c)];
}

QString table(Catalog c)
{
    return shape(c).table;
}
QString entity(Catalog c)
{
    return shape(c).entity;
}
QString selectSql(Catalog c)
{
    return shape(c).select;
}

QJsonObject describe(const CatalogEntry& e)
{
    QJsonObject o{{u"name"_s, e.name}, {u"position"_s, e.position}, {u"active"_s, e.active}};
    if (!e.key.isEmpty())
        o.insert(u"key"_s, e.key);
    return o;
}

CatalogEntry entryFrom(const QSqlQuery& r)
{
    return {r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toInt(),
            r.value(4).toBool()};
}

} // namespace

SiteCatalogService::SiteCatalogService(Database& db, const Clock& clock, AuditLog& audit)
    : m_db(db), m_clock(clock), m_audit(audit)
{}

Result<QList<CatalogEntry>> SiteCatalogService::read(Catalog catalog) const
{
    auto q = m_db.exec(selectSql(catalog) + u" ORDER BY 4, 1"_s);
    if (!q)
        return q.error();
    QList<CatalogEntry> out;
    while (q.value().next())
        out.append(entryFrom(q.value()));
    return out;
}

Result<CatalogEntry> SiteCatalogService::find(Catalog catalog, qint64 id) const
{
    auto q = m_db.exec(selectSql(catalog) + u" WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{u"catalog.missing"_s, tr("That line is no longer there; the list was refreshed.")};
    CatalogEntry e = entryFrom(q.value());
    q.value().finish();
    return e;
}

Status SiteCatalogService::lockList(Catalog catalog) const
{
    // On PostgreSQL a transaction's reads lock nothing: two administrators would both read the line as
    // their page showed it and the second write the first's over. One change of a list at a time
    // (the lock is held to the commit) makes the second read what the first wrote. SQLite's writers
    // are one at a time already (BEGIN IMMEDIATE).
    if (m_db.backend() != Backend::Postgres)
        return {};
    if (auto q = m_db.exec(u"LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE"_s.arg(table(catalog))); !q)
        return q.error();
    return {};
}

Result<CatalogEntry> SiteCatalogService::unchanged(Catalog catalog, const CatalogEntry& seen) const
{
    auto found = find(catalog, seen.id);
    if (!found)
        return found.error();
    if (found.value().name != seen.name)
        return LastChange::doneMeanwhile(m_db, entity(catalog), seen.id, u"catalog.stale"_s,
                                         tr("%1 renamed this line at %2; the list shows it as it is now."));
    if (found.value().active != seen.active)
        return LastChange::doneMeanwhile(m_db, entity(catalog), seen.id, u"catalog.stale"_s,
                                         found.value().active
                                             ? tr("%1 switched this line on at %2; the list shows it as it is now.")
                                             : tr("%1 switched this line off at %2; the list shows it as it is now."));
    return found;
}

Result<QList<CatalogEntry>> SiteCatalogService::entries(const Session& who, Catalog catalog) const
{
    if (Status s = who.require(Permission::EditSiteRules); !s)
        return s.error();
    return read(catalog);
}

Status SiteCatalogService::nameFree(Catalog catalog, const QString& name, qint64 exceptId) const
{
    if (name.isEmpty())
        return Error{u"catalog.name"_s, tr("Enter a name."), u"name"_s};
    if (name.size() > 40)
        return Error{u"catalog.name"_s, tr("A name has at most 40 characters."), u"name"_s};
    auto all = read(catalog);
    if (!all)
        return all.error();
    for (const CatalogEntry& e : all.value()) {
        if (e.id == exceptId)
            continue;
        const bool sameDepartment = catalog == Catalog::Departments &&
                                    (Departments::keyFor(name) == e.key || Departments::displayName(e.key) == name);
        if (e.name == name || e.key == name || sameDepartment)
            return Error{u"catalog.taken"_s, tr("%1 is already on the list.").arg(name), u"name"_s};
    }
    return {};
}

Result<CatalogEntry> SiteCatalogService::add(const Session& who, Catalog catalog, const QString& name)
{
    if (Status s = who.require(Permission::EditSiteRules); !s)
        return s.error();
    const QString n = name.trimmed();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (Status locked = lockList(catalog); !locked)
        return locked.error();
    if (Status s = nameFree(catalog, n, 0); !s)
        return s.error();
    auto last = m_db.scalar(u"SELECT COALESCE(MAX(%1), 0) FROM %2"_s.arg(
        catalog == Catalog::Posts ? u"id"_s : u"position"_s, table(catalog)));
    if (!last)
        return last.error();
    const int position = last.value().toInt() + 1;
    Result<qint64> id = Error{};
    switch (catalog) {
    case Catalog::Posts: // the code is the post's stable name in the records; people see the name
        id = m_db.insert(u"INSERT INTO posts (code, name, is_control_room, active, created_ms) "
                         "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                         {u"post-%1"_s.arg(position), n, false, true, m_clock.nowMs()});
        break;
    case Catalog::Departments: // a department the site adds is stored under the name it is added as
        id = m_db.insert(u"INSERT INTO departments (key, name, position, active, created_ms) "
                         "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                         {n, n, position, true, m_clock.nowMs()});
        break;
    case Catalog::Equipment:
        id = m_db.insert(u"INSERT INTO handover_equipment (name, position, active) VALUES (?, ?, ?) RETURNING id"_s,
                         {n, position, true});
        break;
    }
    if (!id)
        return id.error();
    auto added = find(catalog, id.value());
    if (!added)
        return added.error();
    if (auto a = m_audit.append(who, entity(catalog), id.value(), u"added"_s, {}, describe(added.value())); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return added;
}

Result<CatalogEntry> SiteCatalogService::rename(const Session& who, Catalog catalog, const CatalogEntry& seen,
                                                const QString& name)
{
    if (Status s = who.require(Permission::EditSiteRules); !s)
        return s.error();
    if (catalog == Catalog::Departments)
        return Error{u"catalog.rename_department"_s,
                     tr("A department keeps its name on every ticket sent to it: switch it off and add the new one."),
                     u"name"_s};
    const QString n = name.trimmed();
    const qint64 id = seen.id;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (Status locked = lockList(catalog); !locked)
        return locked.error();
    auto found = unchanged(catalog, seen);
    if (!found)
        return found.error();
    if (Status s = nameFree(catalog, n, id); !s)
        return s.error();
    CatalogEntry after = found.value();
    after.name = n;
    if (auto q = m_db.exec(u"UPDATE %1 SET name = ? WHERE id = ?"_s.arg(table(catalog)), {n, id}); !q)
        return q.error();
    if (auto a = m_audit.append(who, entity(catalog), id, u"renamed"_s, describe(found.value()), describe(after)); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return after;
}

Result<CatalogEntry> SiteCatalogService::setActive(const Session& who, Catalog catalog, const CatalogEntry& seen,
                                                   bool active)
{
    if (Status s = who.require(Permission::EditSiteRules); !s)
        return s.error();
    const qint64 id = seen.id;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (Status locked = lockList(catalog); !locked)
        return locked.error();
    auto found = unchanged(catalog, seen);
    if (!found)
        return found.error();
    if (found.value().active == active)
        return found;
    if (catalog == Catalog::Posts && !active) {
        auto onShift = m_db.scalar(u"SELECT COUNT(*) FROM shifts WHERE post_id = ? AND ended_ms IS NULL"_s, {id});
        if (!onShift)
            return onShift.error();
        if (onShift.value().toInt() > 0)
            return Error{u"catalog.post_in_use"_s,
                         tr("Someone is on shift at %1: it can be switched off once that shift is handed over.")
                             .arg(found.value().name)};
    }
    CatalogEntry after = found.value();
    after.active = active;
    if (auto q = m_db.exec(u"UPDATE %1 SET active = ? WHERE id = ?"_s.arg(table(catalog)), {active, id}); !q)
        return q.error();
    if (auto a = m_audit.append(who, entity(catalog), id, active ? u"switched_on"_s : u"switched_off"_s,
                                describe(found.value()), describe(after));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return after;
}

Result<CatalogEntry> SiteCatalogService::move(const Session& who, Catalog catalog, const CatalogEntry& seen, int delta,
                                              qint64 seenNeighbour)
{
    if (Status s = who.require(Permission::EditSiteRules); !s)
        return s.error();
    if (catalog == Catalog::Posts)
        return Error{u"catalog.move_post"_s, tr("Posts are listed in the order they were added.")};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (Status locked = lockList(catalog); !locked)
        return locked.error();
    auto all = read(catalog);
    if (!all)
        return all.error();
    QList<CatalogEntry> list = all.value();
    const qint64 id = seen.id;
    qsizetype at = -1;
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            at = i;
    if (at < 0)
        return Error{u"catalog.missing"_s, tr("That line is no longer there; the list was refreshed.")};
    const qsizetype to = at + (delta < 0 ? -1 : 1);
    if (delta == 0)
        return list[at];
    // The order another administrator changed since the page read it: the line is not moved past one
    // that was not next to it on the page.
    if (to < 0 || to >= list.size() || list[to].id != seenNeighbour)
        return LastChange::doneBy(m_db,
                                  u"SELECT COALESCE(u.display_name, e.actor), e.at_ms FROM audit_events e LEFT JOIN "
                                  "users u ON u.id = e.actor_id WHERE e.entity = ? ORDER BY e.id DESC LIMIT 1"_s,
                                  {entity(catalog)}, u"catalog.stale"_s,
                                  tr("%1 changed this list at %2; it shows the order as it is now."));
    const CatalogEntry before = list[at];
    list.swapItemsAt(at, to);
    // Positions 1…n in the new order: no two lines share a place afterwards.
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].position == int(i + 1))
            continue;
        if (auto q =
                m_db.exec(u"UPDATE %1 SET position = ? WHERE id = ?"_s.arg(table(catalog)), {int(i + 1), list[i].id});
            !q)
            return q.error();
        list[i].position = int(i + 1);
    }
    if (auto a = m_audit.append(who, entity(catalog), id, u"moved"_s, describe(before), describe(list[to])); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return list[to];
}

} // namespace fd
