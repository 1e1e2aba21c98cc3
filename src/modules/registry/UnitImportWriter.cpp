#include "modules/registry/UnitImportWriter.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// A statement of many rows the database refused: the problem is shown at the first of them and names
// them all, since the database does not say which one it was. The server gone or busy is no row's.
Error chunkError(Error e, int firstRow, int lastRow)
{
    if (e.code != u"db.sql"_s)
        return e;
    e.row = firstRow;
    if (lastRow > firstRow)
        e.message = UnitImportWriter::tr("Rows %1 to %2, written together, were refused: %3")
                        .arg(QString::number(firstRow + 1), QString::number(lastRow + 1), e.message);
    return e;
}

} // namespace

UnitImportWriter::UnitImportWriter(Database& db, const Clock& clock, AuditLog& audit)
    : m_db(db), m_clock(clock), m_audit(audit)
{}

ImportReport UnitImportWriter::run(const Session& who, qint64 siteId, const UnitCsvImporter::Parsed& parsed, Mode mode)
{
    ImportReport report;
    report.preview = mode == Mode::Preview;
    report.encoding = parsed.encoding;
    report.rowsRead = parsed.rowsRead;
    report.problems = parsed.problems;
    if (mode == Mode::Write) {
        if (Status allowed = who.require(Permission::ImportRegistry); !allowed) {
            report.refusal = allowed.error();
            report.problems = {{0, {}, allowed.error().message}};
            return report;
        }
    }
    if (siteId <= 0)
        report.problems.append({0, {}, tr("The site is not set up yet; set it up before importing.")});
    if (!report.problems.isEmpty())
        return report;

    const auto refused = [&report](const Error& error) {
        report.unitsAdded = report.unitsUpdated = report.unitsUnchanged = 0;
        report.residentsAdded = report.residentsUpdated = report.residentsUnchanged = 0;
        report.buildingsAdded = report.zonesAdded = 0;
        report.problems.append({error.row, {}, error.message});
        return report;
    };
    if (mode == Mode::Preview) {
        if (Status s = apply(who, siteId, parsed.rows, mode, report); !s)
            return refused(s.error());
        report.accepted = true;
        return report;
    }
    // One transaction for the whole file: a failure anywhere leaves the registry as it was.
    Transaction tx(m_db);
    if (!tx.started())
        return refused(tx.started().error());
    Status s = apply(who, siteId, parsed.rows, mode, report);
    if (s)
        s = tx.commit();
    if (!s)
        return refused(s.error());
    report.accepted = true;
    return report;
}

QString UnitImportWriter::residentKey(qint64 unitId, const QString& name, const QString& relation)
{
    return QString::number(unitId) + QChar(0x1f) + name + QChar(0x1f) + relation;
}

Status UnitImportWriter::load(qint64 siteId, Registry& registry)
{
    auto buildings = m_db.exec(u"SELECT code, id FROM buildings WHERE site_id = ?"_s, {siteId});
    if (!buildings)
        return buildings.error();
    while (buildings.value().next())
        registry.buildings.insert(buildings.value().value(0).toString(), buildings.value().value(1).toLongLong());
    auto zones = m_db.exec(u"SELECT name, id FROM zones WHERE site_id = ?"_s, {siteId});
    if (!zones)
        return zones.error();
    while (zones.value().next())
        registry.zones.insert(zones.value().value(0).toString(), zones.value().value(1).toLongLong());
    // Unit codes are unique across the database, so every unit is compared, whatever its site.
    auto units = m_db.exec(u"SELECT u.code, u.id, u.type, u.area_centi, COALESCE(u.zone_id, 0), COALESCE(z.name, '') "
                           "FROM units u LEFT JOIN zones z ON z.id = u.zone_id"_s);
    if (!units)
        return units.error();
    for (QSqlQuery& q = units.value(); q.next();)
        registry.units.insert(q.value(0).toString(),
                              {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                               q.value(4).toLongLong(), q.value(5).toString()});
    auto residents = m_db.exec(u"SELECT r.unit_id, r.name, r.relation, r.id, p.phone FROM residents r "
                               "LEFT JOIN resident_phones p ON p.resident_id = r.id ORDER BY r.id, p.id"_s);
    if (!residents)
        return residents.error();
    for (QSqlQuery& q = residents.value(); q.next();) {
        KnownResident& known =
            registry.residents[residentKey(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString())];
        known.id = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            known.phones << q.value(4).toString();
    }
    return {};
}

Result<qint64> UnitImportWriter::execute(QSqlQuery& query, const QVariantList& binds, bool returnsId)
{
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds[i]);
    if (!query.exec())
        return m_db.sqlError(query.lastQuery(), query.lastError());
    qint64 id = 0;
    if (returnsId) {
        if (!query.next())
            return Error{u"db.noid"_s, tr("The database did not return the new record's number.")};
        id = query.value(0).toLongLong();
    }
    query.finish(); // keeps the statement prepared for the next row
    return id;
}

Result<QSqlQuery> UnitImportWriter::insertRows(const QString& head, const QList<QVariantList>& rows,
                                               const QString& tail)
{
    // One statement for many rows: a site's file is tens of thousands of records, and one round trip
    // each is what made an import slow on a PostgreSQL server.
    const qsizetype columns = rows.first().size();
    QString placeholder = u"("_s;
    for (qsizetype c = 0; c < columns; ++c)
        placeholder += c == 0 ? u"?"_s : u", ?"_s;
    placeholder += u")"_s;
    QString sql = head + u" VALUES "_s;
    QVariantList binds;
    binds.reserve(rows.size() * columns);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        sql += r == 0 ? placeholder : u", "_s + placeholder;
        binds += rows.at(r);
    }
    return m_db.exec(sql + tail, binds);
}

qsizetype UnitImportWriter::chunkRows() const
{
    return m_db.backend() == Backend::Postgres ? 500 : 50;
}

Status UnitImportWriter::flushUnits(const Session& who, QList<NewUnit>& pending, Registry& reg, bool write,
                                    qint64& previewId)
{
    const qsizetype rowsEach = chunkRows();
    for (qsizetype from = 0; from < pending.size(); from += rowsEach) {
        const QList<NewUnit> chunk = pending.mid(from, rowsEach);
        if (!write) {
            for (const NewUnit& u : chunk)
                reg.units[u.code].id = --previewId;
            continue;
        }
        QList<QVariantList> rows;
        for (const NewUnit& u : chunk)
            rows << u.binds;
        auto q = insertRows(u"INSERT INTO units (building_id, entrance, room, code, compact, type, area_centi, "
                            "zone_id, created_ms)"_s,
                            rows, u" RETURNING id, code"_s);
        if (!q)
            return chunkError(q.error(), chunk.first().row, chunk.last().row);
        while (q.value().next())
            reg.units[q.value().value(1).toString()].id = q.value().value(0).toLongLong();
        for (const NewUnit& u : chunk)
            if (auto a = m_audit.append(who, u"unit"_s, reg.units.value(u.code).id, u"created"_s, {}, u.after); !a)
                return a.error();
    }
    pending.clear();
    return {};
}

Status UnitImportWriter::flushResidents(const Session& who, QList<NewResident>& pending, Registry& reg, bool write,
                                        qint64& previewId)
{
    const qint64 now = m_clock.nowMs();
    const qsizetype rowsEach = chunkRows();
    for (qsizetype from = 0; from < pending.size(); from += rowsEach) {
        const QList<NewResident> chunk = pending.mid(from, rowsEach);
        if (!write) {
            for (const NewResident& r : chunk)
                reg.residents[r.key].id = --previewId;
            continue;
        }
        QList<QVariantList> rows;
        for (const NewResident& r : chunk)
            rows << QVariantList{r.unitId, r.name, r.relation, now};
        auto q = insertRows(u"INSERT INTO residents (unit_id, name, relation, created_ms)"_s, rows,
                            u" RETURNING id, unit_id, name, relation"_s);
        if (!q)
            return chunkError(q.error(), chunk.first().row, chunk.last().row);
        while (q.value().next())
            reg.residents[residentKey(q.value().value(1).toLongLong(), q.value().value(2).toString(),
                                      q.value().value(3).toString())]
                .id = q.value().value(0).toLongLong();
        QList<QVariantList> phones;
        for (const NewResident& r : chunk)
            for (const QString& phone : r.phones)
                phones << QVariantList{reg.residents.value(r.key).id, phone, PhoneNumber::tail(phone)};
        for (qsizetype p = 0; p < phones.size(); p += rowsEach)
            if (auto added = insertRows(u"INSERT INTO resident_phones (resident_id, phone, tail)"_s,
                                        phones.mid(p, rowsEach), u" ON CONFLICT (resident_id, phone) DO NOTHING"_s);
                !added)
                return chunkError(added.error(), chunk.first().row, chunk.last().row);
        for (const NewResident& r : chunk)
            if (auto a = m_audit.append(who, u"resident"_s, reg.residents.value(r.key).id, u"created"_s, {}, r.after);
                !a)
                return a.error();
    }
    pending.clear();
    return {};
}

Status UnitImportWriter::apply(const Session& who, qint64 siteId, const QList<UnitCsvImporter::Row>& rows, Mode mode,
                               ImportReport& report)
{
    Registry reg;
    if (Status s = load(siteId, reg); !s)
        return s;
    const bool write = mode == Mode::Write;
    const qint64 now = m_clock.nowMs();
    qint64 previewId = 0; // a preview stands in negative numbers for the ids new records would get
    const QVariant noZone(QMetaType::fromType<qint64>());
    // The audit events of the new records are written with them, many a statement (AuditLog::Batch).
    std::optional<AuditLog::Batch> batch;
    if (write)
        batch.emplace(m_audit);

    // The rare statements (a new building or zone, a changed unit, a resident's new phone) are prepared
    // once and run one row at a time; new units and residents go many rows a statement.
    QSqlQuery insBuilding(m_db.handle()), insZone(m_db.handle()), updUnit(m_db.handle()), insPhone(m_db.handle());
    if (write) {
        const std::pair<QSqlQuery*, QString> statements[] = {
            {&insBuilding,
             u"INSERT INTO buildings (site_id, code, name, created_ms) VALUES (?, ?, ?, ?) RETURNING id"_s},
            {&insZone,
             u"INSERT INTO zones (site_id, name, butler_name, created_ms) VALUES (?, ?, ?, ?) RETURNING id"_s},
            {&updUnit, u"UPDATE units SET type = ?, area_centi = ?, zone_id = ?, version = version + 1 WHERE id = ?"_s},
            {&insPhone, u"INSERT INTO resident_phones (resident_id, phone, tail) VALUES (?, ?, ?) "
                        "ON CONFLICT (resident_id, phone) DO NOTHING"_s},
        };
        for (const auto& [query, sql] : statements) {
            query->setForwardOnly(true);
            if (!query->prepare(sql))
                return m_db.sqlError(sql, query->lastError());
        }
    }

    int currentRow = 0;
    // Inserts (Write) or invents an id (Preview); either way one created record, audited when written.
    const auto create = [&](QSqlQuery& query, const QVariantList& binds, const QString& entity,
                            const QJsonObject& after) -> Result<qint64> {
        if (!write)
            return --previewId;
        auto id = execute(query, binds, true);
        if (!id)
            return id;
        if (auto a = m_audit.append(who, entity, id.value(), u"created"_s, {}, after); !a)
            return a.error();
        return id;
    };
    const auto failed = [&currentRow](Error e) {
        if (e.row == 0 && e.code != u"db.offline"_s && e.code != u"db.busy"_s) // the server's, no row's
            e.row = currentRow;
        return e;
    };
    const auto unitJson = [](const QString& code, const QString& type, qint64 areaCenti, const QString& zone) {
        return QJsonObject{{u"code"_s, code}, {u"type"_s, type}, {u"area_centi"_s, areaCenti}, {u"zone"_s, zone}};
    };

    // The units first (every resident needs its unit's id), then the residents.
    QList<NewUnit> newUnits;
    for (const UnitCsvImporter::Row& row : rows) {
        currentRow = row.row;
        qint64 buildingId = reg.buildings.value(row.building, 0);
        if (buildingId == 0) {
            const QString name = UnitCsvImporter::buildingName(row.building);
            auto id = create(insBuilding, {siteId, row.building, name, now}, u"building"_s,
                             {{u"code"_s, row.building}, {u"name"_s, name}});
            if (!id)
                return failed(id.error());
            buildingId = id.value();
            reg.buildings.insert(row.building, buildingId);
            ++report.buildingsAdded;
        }
        qint64 zoneId = 0;
        if (!row.butler.isEmpty()) {
            zoneId = reg.zones.value(row.butler, 0);
            if (zoneId == 0) {
                auto id = create(insZone, {siteId, row.butler, row.butler, now}, u"zone"_s,
                                 {{u"name"_s, row.butler}, {u"butler_name"_s, row.butler}});
                if (!id)
                    return failed(id.error());
                zoneId = id.value();
                reg.zones.insert(row.butler, zoneId);
                ++report.zonesAdded;
            }
        }

        const QString type = UnitCsvImporter::typeKey(row.type);
        auto known = reg.units.find(row.code);
        if (known == reg.units.end()) {
            newUnits.append({row.row,
                             row.code,
                             {buildingId, row.entrance, row.room, row.code, row.compact, type, row.areaCenti,
                              zoneId ? QVariant(zoneId) : noZone, now},
                             unitJson(row.code, type, row.areaCenti, row.butler)});
            reg.units.insert(row.code, {0, type, row.areaCenti, zoneId, row.butler});
            ++report.unitsAdded;
            continue;
        }
        if (known->id == 0) { // the file names a unit it adds twice: add it now, then compare
            if (Status s = flushUnits(who, newUnits, reg, write, previewId); !s)
                return failed(s.error());
            known = reg.units.find(row.code);
        }
        // An empty butler cell leaves the zone alone: the file only adds or corrects, never clears.
        KnownUnit after{known->id, type, row.areaCenti, row.butler.isEmpty() ? known->zoneId : zoneId,
                        row.butler.isEmpty() ? known->zoneName : row.butler};
        if (after.type == known->type && after.areaCenti == known->areaCenti && after.zoneId == known->zoneId) {
            ++report.unitsUnchanged;
            continue;
        }
        if (write) {
            if (auto r = execute(
                    updUnit, {type, row.areaCenti, after.zoneId ? QVariant(after.zoneId) : noZone, known->id}, false);
                !r)
                return failed(r.error());
            if (auto a = m_audit.append(who, u"unit"_s, known->id, u"updated"_s,
                                        unitJson(row.code, known->type, known->areaCenti, known->zoneName),
                                        unitJson(row.code, type, row.areaCenti, after.zoneName));
                !a)
                return failed(a.error());
        }
        *known = after;
        ++report.unitsUpdated;
    }
    if (Status s = flushUnits(who, newUnits, reg, write, previewId); !s)
        return failed(s.error());

    QList<NewResident> newResidents;
    for (const UnitCsvImporter::Row& row : rows) {
        currentRow = row.row;
        const qint64 unitId = reg.units.value(row.code).id;
        for (const UnitCsvImporter::Person& person : row.people) {
            const QString relation = UnitCsvImporter::relationKey(person.relation);
            const QString key = residentKey(unitId, person.name, relation);
            auto known = reg.residents.find(key);
            if (known == reg.residents.end()) {
                newResidents.append({row.row, key, unitId, person.name, relation, person.phones,
                                     QJsonObject{{u"unit"_s, row.code},
                                                 {u"name"_s, person.name},
                                                 {u"relation"_s, relation},
                                                 {u"phones"_s, QJsonArray::fromStringList(person.phones)}}});
                reg.residents.insert(key, {0, person.phones});
                ++report.residentsAdded;
                continue;
            }
            if (known->id == 0) { // named twice in the file: add the first now, then compare
                if (Status s = flushResidents(who, newResidents, reg, write, previewId); !s)
                    return failed(s.error());
                known = reg.residents.find(key);
            }
            QStringList added;
            for (const QString& phone : person.phones)
                if (!known->phones.contains(phone))
                    added << phone;
            if (added.isEmpty()) {
                ++report.residentsUnchanged;
                continue;
            }
            if (write) {
                for (const QString& phone : added)
                    if (auto r = execute(insPhone, {known->id, phone, PhoneNumber::tail(phone)}, false); !r)
                        return failed(r.error());
                if (auto a = m_audit.append(who, u"resident"_s, known->id, u"updated"_s,
                                            {{u"phones"_s, QJsonArray::fromStringList(known->phones)}},
                                            {{u"phones"_s, QJsonArray::fromStringList(known->phones + added)}});
                    !a)
                    return failed(a.error());
            }
            known->phones += added;
            ++report.residentsUpdated;
        }
    }
    if (Status s = flushResidents(who, newResidents, reg, write, previewId); !s)
        return failed(s.error());
    return {};
}

} // namespace fd
