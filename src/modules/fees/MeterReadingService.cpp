#include "modules/fees/MeterReadingService.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/Money.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/FeeTerms.h"
#include "modules/fees/FeeUnits.h"
#include "modules/registry/CsvTable.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

enum class Column { Unit, Current, Previous, Multiplier, Note };

const QList<CsvColumn>& columns()
{
    static const QList<CsvColumn> specs{
        {int(Column::Unit), true, {u"房号"_s, u"unit"_s, u"房屋"_s, u"房屋编号"_s, u"code"_s}},
        {int(Column::Current), true, {u"本期读数"_s, u"current"_s, u"读数"_s, u"reading"_s, u"本月读数"_s}},
        {int(Column::Previous), false, {u"上期读数"_s, u"previous"_s, u"上月读数"_s}},
        {int(Column::Multiplier), false, {u"倍率"_s, u"multiplier"_s, u"ratio"_s}},
        {int(Column::Note), false, {u"备注"_s, u"note"_s}},
    };
    return specs;
}

// Which column a refusal of check() is about.
Column columnOf(const QString& field)
{
    if (field == u"previous"_s)
        return Column::Previous;
    if (field == u"multiplier"_s)
        return Column::Multiplier;
    if (field == u"note"_s)
        return Column::Note;
    if (field == u"unit"_s)
        return Column::Unit;
    return Column::Current;
}

// A reading as written: at most two decimals, not negative.
std::optional<qint64> readingOf(const QString& text)
{
    const auto v = Money::parse(CsvTable::foldWidth(text));
    return v && *v >= 0 ? v : std::nullopt;
}

MeterReading readingFrom(const QSqlQuery& q)
{
    MeterReading r;
    r.id = q.value(0).toLongLong();
    r.unitId = q.value(1).toLongLong();
    r.unitCode = q.value(2).toString();
    r.itemId = q.value(3).toLongLong();
    r.period = q.value(4).toString();
    r.previousCenti = q.value(5).toLongLong();
    r.currentCenti = q.value(6).toLongLong();
    r.multiplier = q.value(7).toInt();
    r.note = q.value(8).toString();
    r.recordedMs = q.value(9).toLongLong();
    r.recordedBy = q.value(10).toString();
    return r;
}

// pg_advisory_xact_lock's key for a unit's meter readings: "FDMR" above the unit's id (far from the
// program's other keys, which are small numbers).
constexpr qint64 MeterLockBase = qint64(0x46444D52) << 32;

constexpr auto kReadingColumns =
    "SELECT r.id, r.unit_id, un.code, r.item_id, r.period, r.previous_centi, r.current_centi, r.multiplier, r.note, "
    "r.recorded_ms, u.display_name FROM meter_readings r JOIN units un ON un.id = r.unit_id JOIN users u ON u.id = "
    "r.recorded_by WHERE NOT EXISTS (SELECT 1 FROM meter_readings n WHERE n.replaces_id = r.id) ";

QString centiText(qint64 c)
{
    return Money::plain(c);
}

} // namespace

MeterReadingService::MeterReadingService(Database& db, const Clock& clock, AuditLog& audit)
    : m_db(db), m_clock(clock), m_audit(audit)
{}

Result<MeterReading> MeterReadingService::record(const Session& who, const MeterReading& reading)
{
    if (Status s = who.require(Permission::BillFees); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto item = ChargeService(m_db, m_clock, m_audit).item(reading.itemId);
    if (!item || item.value().basis != ChargeBasis::Meter || !item.value().active)
        return Error{u"fees.not_metered"_s, tr("Choose an item billed by meter reading, e.g. 水费."), u"item"_s};
    auto checked = check(item.value(), reading);
    if (!checked)
        return checked.error();
    MeterReading r = checked.value();
    // Two desks writing a unit's readings at once on PostgreSQL take turns (a lock held to the
    // commit), so the second reads what the first wrote; a sheet being imported is waited for.
    if (m_db.backend() == Backend::Postgres) {
        if (auto q = m_db.exec(u"LOCK TABLE meter_readings IN ROW EXCLUSIVE MODE"_s); !q)
            return q.error();
        if (auto turn = m_db.scalar(u"SELECT pg_advisory_xact_lock(?)"_s, {MeterLockBase + r.unitId}); !turn)
            return turn.error();
    }
    auto id = write(who, r);
    if (!id)
        return id.error();
    r.id = id.value();
    const QJsonObject after{{u"unit_id"_s, r.unitId},
                            {u"item_id"_s, r.itemId},
                            {u"period"_s, r.period},
                            {u"previous_centi"_s, r.previousCenti},
                            {u"current_centi"_s, r.currentCenti},
                            {u"multiplier"_s, r.multiplier}};
    if (auto a = m_audit.append(who, u"meter_reading"_s, r.id, u"recorded"_s, {}, after); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    r.recordedMs = m_clock.nowMs();
    r.recordedBy = who.user.displayName;
    return r;
}

Result<MeterReading> MeterReadingService::check(const ChargeItem& item, MeterReading r) const
{
    if (!FeeTerms::monthOf(r.period))
        return Error{u"fees.period"_s, tr("Write the month read as year and month, e.g. 2026-12."), u"period"_s};
    auto unit = m_db.scalar(u"SELECT code FROM units WHERE id = ?"_s, {r.unitId});
    if (!unit)
        return unit.error();
    if (!unit.value().isValid())
        return Error{u"fees.no_unit"_s, tr("That unit is not in the registry."), u"unit"_s};
    r.unitCode = unit.value().toString();
    // A month's bill taken back (schema 34) lets its reading be corrected and billed again.
    auto billed =
        m_db.scalar(u"SELECT COUNT(*) FROM bill_lines l WHERE l.unit_id = ? AND l.item_id = ? AND l.period = ? "
                    "AND NOT EXISTS (SELECT 1 FROM bill_line_reversals v WHERE v.line_id = l.id)"_s,
                    {r.unitId, r.itemId, r.period});
    if (!billed)
        return billed.error();
    if (billed.value().toLongLong() > 0)
        return Error{u"fees.reading_billed"_s,
                     tr("%1's %2 of %3 is billed already; its reading can no longer change.")
                         .arg(r.unitCode, item.name, r.period),
                     u"current"_s};
    if (r.multiplier < 1)
        return Error{u"fees.multiplier"_s, tr("The multiplier is a whole number, 1 or more."), u"multiplier"_s};
    if (r.currentCenti < 0)
        return Error{u"fees.reading"_s, tr("Write the reading as the meter shows it, with at most two decimals."),
                     u"current"_s};
    auto last = lastBefore(r.unitId, r.itemId, r.period);
    if (!last)
        return last.error();
    r.note = r.note.trimmed();
    if (r.previousCenti < 0) {
        if (!last.value())
            return Error{u"fees.no_previous"_s,
                         tr("This is %1's first reading of %2: write the previous reading too (the meter's count "
                            "when it was last billed).")
                             .arg(r.unitCode, item.name),
                         u"previous"_s};
        r.previousCenti = last.value()->currentCenti;
    } else if (last.value() && r.previousCenti != last.value()->currentCenti && r.note.isEmpty()) {
        return Error{u"fees.previous_differs"_s,
                     tr("The last reading on record is %1 (%2). Say in the note why the previous reading is "
                        "different, e.g. 换新表.")
                         .arg(centiText(last.value()->currentCenti), last.value()->period),
                     u"note"_s};
    }
    if (r.currentCenti < r.previousCenti)
        return Error{u"fees.reading_below"_s,
                     tr("The reading is below the previous one (%1). If the meter was replaced, write the new "
                        "meter's first count as the previous reading and say so in the note.")
                         .arg(centiText(r.previousCenti)),
                     u"current"_s};
    return r;
}

Result<qint64> MeterReadingService::write(const Session& who, const MeterReading& r)
{
    // A second reading of the month replaces the first (both kept), when it was meant to: the one the
    // person corrected is still the one that counts. The caller holds the unit's readings (record: the
    // unit's lock; an import: the whole table) so what is read here stays so to the commit.
    auto live = current(r.unitId, r.itemId, r.period);
    if (!live)
        return live.error();
    const qint64 replaced = live.value() ? live.value()->id : 0;
    if (replaced != r.replacesId) {
        if (!live.value())
            return Error{
                u"fees.reading_recorded"_s,
                tr("The reading this one corrects no longer counts for %1. Choose the unit again.").arg(r.period),
                u"current"_s};
        const MeterReading& l = *live.value();
        return Error{u"fees.reading_recorded"_s,
                     tr("%1's reading of %2 was recorded meanwhile: %3, by %4 at %5. Nothing was saved; it is in "
                        "the list. To correct it, choose the unit again and record the right reading.")
                         .arg(l.unitCode, l.period, centiText(l.currentCenti), l.recordedBy,
                              DateTimeText::dateTime(l.recordedMs)),
                     u"current"_s};
    }
    return m_db.insert(
        u"INSERT INTO meter_readings (unit_id, item_id, period, previous_centi, current_centi, multiplier, note, "
        "recorded_ms, recorded_by, replaces_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {r.unitId, r.itemId, r.period, r.previousCenti, r.currentCenti, r.multiplier, r.note.isNull() ? u""_s : r.note,
         m_clock.nowMs(), who.user.id, replaced != 0 ? QVariant(replaced) : QVariant(QMetaType(QMetaType::LongLong))});
}

Result<QList<MeterReading>> MeterReadingService::readings(qint64 itemId, const QString& period) const
{
    auto q = m_db.exec(QString::fromLatin1(kReadingColumns) + u"AND r.item_id = ? AND r.period = ? ORDER BY un.code"_s,
                       {itemId, period});
    if (!q)
        return q.error();
    QList<MeterReading> out;
    while (q.value().next())
        out << readingFrom(q.value());
    q.value().finish();
    return out;
}

Result<std::optional<MeterReading>> MeterReadingService::current(qint64 unitId, qint64 itemId,
                                                                 const QString& period) const
{
    return oneReading(u"AND r.unit_id = ? AND r.item_id = ? AND r.period = ? ORDER BY r.id DESC LIMIT 1"_s,
                      {unitId, itemId, period});
}

Result<std::optional<MeterReading>> MeterReadingService::lastBefore(qint64 unitId, qint64 itemId,
                                                                    const QString& period) const
{
    return oneReading(u"AND r.unit_id = ? AND r.item_id = ? AND r.period < ? ORDER BY r.period DESC LIMIT 1"_s,
                      {unitId, itemId, period});
}

Result<std::optional<MeterReading>> MeterReadingService::oneReading(const QString& whereOrder,
                                                                    const QVariantList& binds) const
{
    auto q = m_db.exec(QString::fromLatin1(kReadingColumns) + whereOrder, binds);
    if (!q)
        return q.error();
    std::optional<MeterReading> out;
    if (q.value().next())
        out = readingFrom(q.value());
    q.value().finish();
    return out;
}

MeterImportReport MeterReadingService::importCsv(const Session& who, qint64 itemId, const QString& period,
                                                 const QByteArray& bytes, bool preview,
                                                 const QHash<qint64, qint64>& corrects)
{
    MeterImportReport out;
    out.preview = preview;
    if (Status s = who.require(Permission::BillFees); !s) {
        out.refusal = s.error();
        return out;
    }
    auto item = ChargeService(m_db, m_clock, m_audit).item(itemId);
    if (!item || item.value().basis != ChargeBasis::Meter || !item.value().active) {
        out.problems.append({0, {}, tr("Choose an item billed by meter reading, e.g. 水费.")});
        return out;
    }
    if (!FeeTerms::monthOf(period)) {
        out.problems.append({0, {}, tr("Write the month read as year and month, e.g. 2026-12.")});
        return out;
    }
    const CsvTable table = CsvTable::read(bytes, columns());
    if (!table.startReport(out, tr("The file has a header row but no readings below it.")))
        return out;
    auto units = FeeUnits::byCodeOrDigits(m_db);
    if (!units) {
        out.problems.append({0, {}, units.error().message});
        return out;
    }
    Transaction tx(m_db); // a preview rolls back: nothing it checks is written
    if (!tx.started()) {
        out.problems.append({0, {}, tx.started().error().message});
        return out;
    }
    // An import on PostgreSQL holds the readings to its commit: one sheet at a time, after the single
    // readings being recorded, which wait for it. One lock, not one a unit (a site's sheet of 20,000
    // units would outgrow the server's lock table).
    if (!preview && m_db.backend() == Backend::Postgres)
        if (auto q = m_db.exec(u"LOCK TABLE meter_readings IN SHARE ROW EXCLUSIVE MODE"_s); !q) {
            out.problems.append({0, {}, q.error().message});
            return out;
        }
    const QString required = tr("This column is required, but the cell is empty.");
    QSet<qint64> seen;
    QHash<qint64, int> rowOf; // unit → its row in the sheet
    QList<MeterReading> good;
    for (const int row : table.rows) {
        const auto cell = [&](Column c) { return table.cell(row, int(c)); };
        const auto problem = [&](Column c, const QString& message) {
            out.problems.append({row, table.header(int(c)), message});
        };
        MeterReading r;
        r.itemId = itemId;
        r.period = period;
        r.note = cell(Column::Note);
        const QString unitText = CsvTable::foldWidth(cell(Column::Unit));
        const auto unit = units.value().constFind(unitText);
        if (unitText.isEmpty()) {
            problem(Column::Unit, required);
            continue;
        }
        if (unit == units.value().cend()) {
            problem(Column::Unit, tr("There is no unit %1 in the registry.").arg(unitText));
            continue;
        }
        r.unitId = *unit;
        if (seen.contains(r.unitId)) {
            problem(Column::Unit, tr("%1 is read twice in this file.").arg(unitText));
            continue;
        }
        seen.insert(r.unitId);
        rowOf.insert(r.unitId, row);
        const auto current = readingOf(cell(Column::Current));
        if (!current) {
            problem(Column::Current, cell(Column::Current).isEmpty()
                                         ? required
                                         : tr("Write the reading as the meter shows it, with at most two decimals."));
            continue;
        }
        r.currentCenti = *current;
        if (!cell(Column::Previous).isEmpty()) {
            const auto previous = readingOf(cell(Column::Previous));
            if (!previous) {
                problem(Column::Previous, tr("Write the reading as the meter shows it, with at most two decimals."));
                continue;
            }
            r.previousCenti = *previous;
        }
        if (!cell(Column::Multiplier).isEmpty()) {
            bool ok = false;
            r.multiplier = CsvTable::foldWidth(cell(Column::Multiplier)).toInt(&ok);
            if (!ok)
                r.multiplier = 0; // check() names it
        }
        auto checked = check(item.value(), r);
        if (!checked) {
            problem(columnOf(checked.error().field), checked.error().message);
            continue;
        }
        good << checked.value();
    }
    if (!out.problems.isEmpty())
        return out;
    out.readings = int(good.size());
    for (const MeterReading& r : std::as_const(good))
        out.useCenti += r.useCenti();
    // Said before it is done: a sheet imported over a month read already corrects those readings.
    auto recorded = readings(itemId, period);
    if (!recorded) {
        out.problems.append({0, {}, recorded.error().message});
        return out;
    }
    for (const MeterReading& r : std::as_const(recorded.value()))
        if (seen.contains(r.unitId))
            out.corrects.insert(r.unitId, r.id);
    out.replacing = int(out.corrects.size());
    out.accepted = true;
    if (preview)
        return out;
    for (MeterReading r : std::as_const(good)) {
        r.replacesId = corrects.value(r.unitId, 0);
        auto id = write(who, r);
        if (id)
            continue;
        out.accepted = false;
        if (id.error().code != u"fees.reading_recorded"_s) {
            out.problems.append({0, {}, id.error().message});
            return out;
        }
        // Recorded (or corrected) at another desk after the preview: said at the unit's row.
        auto live = current(r.unitId, r.itemId, r.period);
        const QString unitColumn = table.header(int(Column::Unit));
        if (live && live.value()) {
            const MeterReading& l = *live.value();
            out.problems.append({rowOf.value(r.unitId), unitColumn,
                                 tr("%1's reading of %2 was recorded after the preview: %3, by %4 at %5. Choose the "
                                    "sheet again to see what it corrects.")
                                     .arg(l.unitCode, l.period, centiText(l.currentCenti), l.recordedBy,
                                          DateTimeText::dateTime(l.recordedMs))});
        } else {
            out.problems.append({rowOf.value(r.unitId), unitColumn, id.error().message});
        }
    }
    if (!out.accepted) {
        std::sort(out.problems.begin(), out.problems.end(),
                  [](const ImportProblem& a, const ImportProblem& b) { return a.row < b.row; });
        return out;
    }
    const QJsonObject after{{u"item_id"_s, itemId}, {u"period"_s, period}, {u"readings"_s, out.readings}};
    if (auto a = m_audit.append(who, u"meter_import"_s, itemId, u"imported"_s, {}, after); !a) {
        out.accepted = false;
        out.problems.append({0, {}, a.error().message});
        return out;
    }
    if (Status s = tx.commit(); !s) {
        out.accepted = false;
        out.problems.append({0, {}, s.error().message});
    }
    return out;
}

} // namespace fd
