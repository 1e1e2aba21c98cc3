#include "modules/registry/RegistryService.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/LastChange.h"
#include "engine/Session.h"
#include "engine/SiteSetup.h"
#include "modules/registry/RegistryTerms.h"
#include "modules/registry/UnitCsvImporter.h"
#include "modules/registry/UnitImportWriter.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// Columns read by unitFrom(), in this order.
const QString kUnitColumns = u"SELECT u.id, b.code, u.entrance, u.room, u.code, u.type, u.area_centi, "
                             "COALESCE(z.name, ''), COALESCE(z.butler_name, ''), u.notes "
                             "FROM units u JOIN buildings b ON b.id = u.building_id "
                             "LEFT JOIN zones z ON z.id = u.zone_id "_s;
// Natural order for numbered buildings, entrances and rooms ("2" before "10"), then code order.
const QString kUnitOrder = u" ORDER BY "_s + RegistryTerms::unitOrderSql();
constexpr int kMaxPage = 500;

Unit unitFrom(const QSqlQuery& q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.building = q.value(1).toString();
    u.entrance = q.value(2).toString();
    u.room = q.value(3).toString();
    u.code = q.value(4).toString();
    u.type = UnitCsvImporter::typeFromKey(q.value(5).toString());
    u.areaCenti = q.value(6).toLongLong();
    u.zoneName = q.value(7).toString();
    u.butlerName = q.value(8).toString();
    u.notes = q.value(9).toString();
    return u;
}

// '!' escapes LIKE's wildcards; it is written out in the SQL (ESCAPE '!') on both databases.
QString likeLiteral(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (c == u'!' || c == u'%' || c == u'_')
            out.append(u'!');
        out.append(c);
    }
    return out;
}

struct Filter
{
    QString where;
    QVariantList binds;
};

// What the desk types, as SQL. Empty text has no filter (and no results).
std::optional<Filter> filterFor(const QString& typed)
{
    QString text = typed.trimmed();
    for (QChar& c : text) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) // full-width digits and dashes from Chinese IMEs
            c = QChar(char16_t(c.unicode() - 0xFEE0));
        else if (c == u'\u2014' || c == u'\u2013')
            c = u'-';
    }
    if (text.isEmpty())
        return std::nullopt;
    const QString activeResidents = u"u.id IN (SELECT r.unit_id FROM residents r "_s;
    if (text.contains(u'-')) {
        text.remove(u' ');
        // "3-1" is the whole entrance (not 3-10); "3-1-5" is rooms starting with 5.
        const bool entrance = text.count(u'-') == 1 && !text.endsWith(u'-');
        // Upper-cased on both sides: SQLite's LIKE ignores case and PostgreSQL's does not ("s-1" finds S-1-101).
        return Filter{u"UPPER(u.code) LIKE ? ESCAPE '!'"_s,
                      {QString(likeLiteral(text.toUpper()) + (entrance ? u"-%"_s : u"%"_s))}};
    }
    bool digits = true;
    for (QChar c : text)
        digits = digits && c >= u'0' && c <= u'9';
    if (digits) {
        Filter f{u"(u.compact LIKE ?"_s, {QString(text + u'%')}};
        if (text.size() == 4) {
            f.where +=
                u" OR "_s + activeResidents +
                u"JOIN resident_phones p ON p.resident_id = r.id AND p.ended_ms IS NULL WHERE r.active = ? AND p.tail = ?)"_s;
            f.binds << true << text;
        } else if (text.size() >= 7) { // a whole phone number, found through the tail index
            f.where += u" OR "_s + activeResidents +
                       u"JOIN resident_phones p ON p.resident_id = r.id AND p.ended_ms IS NULL WHERE r.active = ? AND "
                       u"p.tail = ? "
                       "AND p.phone = ?)"_s;
            f.binds << true << text.right(4) << text;
        }
        f.where += u')';
        return f;
    }
    return Filter{activeResidents + u"WHERE r.active = ? AND r.name LIKE ? ESCAPE '!')"_s,
                  {true, QString(u'%' + likeLiteral(text) + u'%')}};
}

} // namespace

RegistryService::RegistryService(Database& db, const Clock& clock, AuditLog& audit, const SiteSetup& site)
    : m_db(db), m_clock(clock), m_audit(audit), m_site(site)
{}

Result<QList<UnitMatch>> RegistryService::search(const Session& who, const QString& text, int limit, int offset) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    const auto filter = filterFor(text);
    if (!filter || limit <= 0)
        return QList<UnitMatch>{};
    QVariantList binds = filter->binds;
    binds << qMin(limit, kMaxPage) << qMax(offset, 0);
    auto q = m_db.exec(kUnitColumns + u"WHERE "_s + filter->where + kUnitOrder + u" LIMIT ? OFFSET ?"_s, binds);
    if (!q)
        return q.error();
    QList<UnitMatch> out;
    QHash<qint64, qsizetype> rowOf;
    while (q.value().next()) {
        out.append(UnitMatch{unitFrom(q.value()), {}, {}});
        rowOf.insert(out.last().unit.id, out.size() - 1);
    }
    if (out.isEmpty())
        return out;

    // Who lives there, for the whole page in one query: names, and only the last digits of their phones.
    QStringList marks;
    QVariantList ids{true};
    for (const UnitMatch& m : out) {
        marks << u"?"_s;
        ids << m.unit.id;
    }
    auto r = m_db.exec(u"SELECT r.unit_id, r.name, p.phone FROM residents r "
                       "LEFT JOIN resident_phones p ON p.resident_id = r.id AND p.ended_ms IS NULL "
                       "WHERE r.active = ? AND r.unit_id IN ("_s +
                           marks.join(u", "_s) + u") ORDER BY r.unit_id, r.relation, r.id, p.id"_s,
                       ids);
    if (!r)
        return r.error();
    QHash<qint64, QStringList> tails;
    while (r.value().next()) {
        UnitMatch& m = out[rowOf.value(r.value().value(0).toLongLong())];
        if (const QString name = r.value().value(1).toString(); !m.residentNames.contains(name))
            m.residentNames << name;
        if (const QVariant phone = r.value().value(2); !phone.isNull()) {
            QStringList& t = tails[m.unit.id];
            if (const QString tail = phone.toString().right(4); !t.contains(tail))
                t << tail;
        }
    }
    for (UnitMatch& m : out)
        m.phoneTails = tails.value(m.unit.id).join(u", "_s);
    return out;
}

Result<int> RegistryService::searchCount(const Session& who, const QString& text) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    const auto filter = filterFor(text);
    if (!filter)
        return 0;
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM units u WHERE "_s + filter->where, filter->binds);
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<UnitDetail> RegistryService::unit(const Session& who, qint64 unitId) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    auto q = m_db.exec(kUnitColumns + u"WHERE u.id = ?"_s, {unitId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{u"registry.nounit"_s, tr("There is no unit with the number %1.").arg(unitId), u"unit"_s};
    UnitDetail detail{unitFrom(q.value()), {}};

    auto r = m_db.exec(
        u"SELECT r.id, r.name, r.relation, r.notes, r.active, p.phone, COALESCE(r.moved_out_ms, 0) FROM residents r "
        "LEFT JOIN resident_phones p ON p.resident_id = r.id AND p.ended_ms IS NULL "
        "WHERE r.unit_id = ? ORDER BY r.relation, r.id, p.id"_s,
        {unitId});
    if (!r)
        return r.error();
    while (r.value().next()) {
        const QSqlQuery& row = r.value();
        const qint64 id = row.value(0).toLongLong();
        if (detail.residents.isEmpty() || detail.residents.last().id != id) {
            Resident resident;
            resident.id = id;
            resident.unitId = unitId;
            resident.name = row.value(1).toString();
            resident.relation =
                RegistryTerms::relations.from(row.value(2).toString()).value_or(ResidentRelation::Owner);
            resident.notes = row.value(3).toString();
            resident.active = row.value(4).toBool();
            resident.movedOutMs = row.value(6).toLongLong();
            detail.residents.append(resident);
        }
        if (!row.value(5).isNull()) // in full only for the roles the table names
            detail.residents.last().phones << who.shownPhone(row.value(5).toString());
    }
    return detail;
}

Result<qint64> RegistryService::unitCount() const
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM units"_s);
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

Status RegistryService::setUnitNotes(const Session& who, qint64 unitId, const QString& notes,
                                     const std::optional<QString>& expectedBefore)
{
    return setNotes(who, Notes::Unit, unitId, notes, expectedBefore);
}

Status RegistryService::setResidentNotes(const Session& who, qint64 residentId, const QString& notes,
                                         const std::optional<QString>& expectedBefore)
{
    return setNotes(who, Notes::Resident, residentId, notes, expectedBefore);
}

Status RegistryService::setNotes(const Session& who, Notes target, qint64 id, const QString& notes,
                                 const std::optional<QString>& expectedBefore)
{
    const bool unit = target == Notes::Unit;
    const QString field = unit ? u"unit"_s : u"resident"_s;
    if (Status s = who.require(Permission::EditRegistry); !s)
        return s.error();
    const QString text = notes.trimmed();
    if (text.size() > kMaxNotesLength)
        return Error{u"registry.notes"_s, tr("Notes may be at most %1 characters long.").arg(kMaxNotesLength),
                     u"notes"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    // Read inside the transaction so the audit's "before" is what this change replaced.
    auto before = m_db.scalar(
        unit ? u"SELECT notes FROM units WHERE id = ?"_s : u"SELECT notes FROM residents WHERE id = ?"_s, {id});
    if (!before)
        return before.error();
    if (!before.value().isValid())
        return Error{u"registry.notfound"_s,
                     unit ? tr("There is no unit with the number %1.").arg(id)
                          : tr("There is no resident with the number %1.").arg(id),
                     field};
    // Saved at another desk since this one read them: who and when, the text typed kept by the form.
    const auto conflict = [&] {
        Error stale = LastChange::stale(m_db, field, id, u"registry.stale"_s);
        stale.field = u"notes"_s;
        return stale;
    };
    if (expectedBefore && expectedBefore->trimmed() != before.value().toString())
        return conflict();
    if (before.value().toString() == text)
        return {}; // nothing changed, nothing to audit
    // The WHERE on the old text makes the change conditional on PostgreSQL too, where another desk may
    // commit between our read and our write.
    auto updated =
        m_db.exec(unit ? u"UPDATE units SET notes = ?, version = version + 1 WHERE id = ? AND notes = ? RETURNING id"_s
                       : u"UPDATE residents SET notes = ?, version = version + 1 WHERE id = ? AND notes = ? "
                         "RETURNING id"_s,
                  {text, id, before.value().toString()});
    if (!updated)
        return updated.error();
    if (!updated.value().next())
        return conflict();
    updated.value().finish();
    if (auto a = m_audit.append(who, field, id, u"updated"_s, {{u"notes"_s, before.value().toString()}},
                                {{u"notes"_s, text}});
        !a)
        return a.error();
    return tx.commit();
}

ImportReport RegistryService::previewUnitsCsv(const QByteArray& bytes) const
{
    UnitImportWriter writer(m_db, m_clock, m_audit);
    return writer.run(Session::system(), m_site.siteId(), UnitCsvImporter::parse(bytes),
                      UnitImportWriter::Mode::Preview);
}

ImportReport RegistryService::importUnitsCsv(const Session& who, const QByteArray& bytes)
{
    if (Status allowed = who.require(Permission::ImportRegistry); !allowed) {
        ImportReport refused;
        refused.refusal = allowed.error();
        refused.problems.append({0, {}, allowed.error().message});
        return refused;
    }
    UnitImportWriter writer(m_db, m_clock, m_audit);
    return writer.run(who, m_site.siteId(), UnitCsvImporter::parse(bytes), UnitImportWriter::Mode::Write);
}

} // namespace fd
