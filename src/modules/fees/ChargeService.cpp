#include "modules/fees/ChargeService.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "engine/AuditLog.h"
#include "engine/LastChange.h"
#include "engine/Session.h"
#include "modules/fees/FeeTerms.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

const QStringList& unitTypes()
{
    static const QStringList types{u""_s, u"residential"_s, u"shop"_s, u"office"_s};
    return types;
}

ChargeItem itemFrom(const QSqlQuery& q)
{
    ChargeItem i;
    i.id = q.value(0).toLongLong();
    i.code = q.value(1).toString();
    i.name = q.value(2).toString();
    i.basis = FeeTerms::basisFromKey(q.value(3).toString()).value_or(ChargeBasis::Area);
    i.period = FeeTerms::periodFromKey(q.value(4).toString()).value_or(ChargePeriod::Monthly);
    i.dueDay = q.value(5).toInt();
    i.active = q.value(6).toBool();
    i.listed = q.value(7).toBool();
    i.ahead = q.value(8).toBool();
    return i;
}

constexpr auto kItemColumns = "SELECT id, code, name, basis, period, due_day, active, listed, ahead FROM charge_items ";

} // namespace

ChargeService::ChargeService(Database& db, const Clock& clock, AuditLog& audit)
    : m_db(db), m_clock(clock), m_audit(audit)
{}

Result<ChargeItem> ChargeService::addItem(const Session& who, const ChargeItem& item)
{
    if (Status s = who.require(Permission::EditChargeItems); !s)
        return s.error();
    static const QRegularExpression code(u"^[A-Za-z0-9_-]{1,12}$"_s);
    ChargeItem i = item;
    i.code = i.code.trimmed().toUpper();
    i.name = i.name.trimmed();
    if (!code.match(i.code).hasMatch())
        return Error{u"fees.item_code"_s, tr("Give the item a short code of letters and digits (up to 12), e.g. WY."),
                     u"code"_s};
    if (i.name.isEmpty())
        return Error{u"fees.item_name"_s, tr("Name the charge item, e.g. 物业管理费."), u"name"_s};
    if (FeeTerms::oneAtATime(i.basis)) {
        i.period = ChargePeriod::Monthly; // a one-off charge belongs to the month it is made in
        i.listed = false;                 // and names its unit itself
    }
    if (i.basis == ChargeBasis::Meter)
        i.period = ChargePeriod::Monthly; // read every month
    if (i.dueDay < 1 || i.dueDay > 28)
        return Error{u"fees.due_day"_s, tr("The due day is a day of the month from 1 to 28."), u"due_day"_s};
    // R-FE-4: a monthly contract is paid a month ahead; a reading or a one-off charge cannot be.
    if (i.ahead &&
        (i.period != ChargePeriod::Monthly || (i.basis != ChargeBasis::Area && i.basis != ChargeBasis::Fixed)))
        return Error{u"fees.ahead"_s,
                     tr("Only a monthly item by floor area or at a fixed amount is billed a month ahead."), u"ahead"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto taken = m_db.scalar(u"SELECT id FROM charge_items WHERE code = ?"_s, {i.code});
    if (!taken)
        return taken.error();
    if (taken.value().isValid())
        return Error{u"fees.item_code_taken"_s, tr("The site already has an item with the code %1.").arg(i.code),
                     u"code"_s};
    auto id =
        m_db.insert(u"INSERT INTO charge_items (code, name, basis, period, due_day, active, created_ms, listed, ahead) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {i.code, i.name, FeeTerms::key(i.basis), FeeTerms::key(i.period), i.dueDay, true, m_clock.nowMs(),
                     i.listed, i.ahead});
    if (!id)
        return id.error();
    i.id = id.value();
    i.active = true;
    const QJsonObject after{{u"code"_s, i.code},
                            {u"name"_s, i.name},
                            {u"basis"_s, FeeTerms::key(i.basis)},
                            {u"period"_s, FeeTerms::key(i.period)},
                            {u"due_day"_s, i.dueDay},
                            {u"listed"_s, i.listed},
                            {u"ahead"_s, i.ahead}};
    if (auto a = m_audit.append(who, u"charge_item"_s, i.id, u"created"_s, {}, after); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return i;
}

Result<ChargeRate> ChargeService::addRate(const Session& who, const ChargeRate& rate)
{
    if (Status s = who.require(Permission::EditChargeItems); !s)
        return s.error();
    if (!unitTypes().contains(rate.unitType))
        return Error{u"fees.unit_type"_s, tr("Choose a unit type, or every type."), u"unit_type"_s};
    if (rate.priceFen <= 0)
        return Error{u"fees.price"_s, tr("Enter the price in yuan, more than zero, with at most two decimals."),
                     u"price"_s};
    if (!rate.validFrom.isValid())
        return Error{u"fees.valid_from"_s, tr("Enter the day the rate starts."), u"valid_from"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto found = item(rate.itemId);
    if (!found)
        return Error{found.error().code, found.error().message, u"item"_s};
    if (FeeTerms::oneAtATime(found.value().basis))
        return Error{u"fees.one_off_rate"_s,
                     tr("%1 is charged one at a time with its own amount; it has no rate.").arg(found.value().name),
                     u"item"_s};
    const QString from = rate.validFrom.toString(Qt::ISODate);
    auto last = m_db.scalar(u"SELECT MAX(valid_from) FROM charge_rates WHERE item_id = ? AND unit_type = ?"_s,
                            {rate.itemId, rate.unitType.isNull() ? u""_s : rate.unitType});
    if (!last)
        return last.error();
    if (!last.value().isNull() && last.value().toString() >= from)
        return Error{u"fees.rate_overlap"_s,
                     tr("%1 already has a rate from %2. A new rate starts after the last one; rates are never "
                        "changed.")
                         .arg(found.value().name, last.value().toString()),
                     u"valid_from"_s};
    ChargeRate r = rate;
    if (r.unitType.isNull())
        r.unitType = u""_s; // a null QString binds as NULL; "" is every type
    auto id = m_db.insert(u"INSERT INTO charge_rates (item_id, unit_type, price_fen, valid_from, created_ms, "
                          "created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {r.itemId, r.unitType, r.priceFen, from, m_clock.nowMs(), who.user.id});
    if (!id)
        return id.error();
    r.id = id.value();
    const QJsonObject after{
        {u"item_id"_s, r.itemId}, {u"unit_type"_s, r.unitType}, {u"price_fen"_s, r.priceFen}, {u"valid_from"_s, from}};
    if (auto a = m_audit.append(who, u"charge_rate"_s, r.id, u"created"_s, {}, after); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<QList<ChargeItem>> ChargeService::items(bool withRetired) const
{
    auto q =
        m_db.exec(QString::fromLatin1(kItemColumns) + (withRetired ? u""_s : u"WHERE active "_s) + u"ORDER BY code"_s);
    if (!q)
        return q.error();
    QList<ChargeItem> out;
    while (q.value().next())
        out << itemFrom(q.value());
    q.value().finish();
    return out;
}

Result<ChargeItem> ChargeService::item(qint64 itemId) const
{
    return m_db.one(QString::fromLatin1(kItemColumns) + u"WHERE id = ?"_s, {itemId}, itemFrom,
                    Error{u"fees.no_item"_s, tr("That charge item is not set up.")});
}

Result<QList<ChargeRate>> ChargeService::rates(qint64 itemId) const
{
    auto q = m_db.exec(u"SELECT id, item_id, unit_type, price_fen, valid_from FROM charge_rates WHERE item_id = ? "
                       "ORDER BY valid_from, unit_type"_s,
                       {itemId});
    if (!q)
        return q.error();
    QList<ChargeRate> out;
    while (q.value().next()) {
        ChargeRate r;
        r.id = q.value().value(0).toLongLong();
        r.itemId = q.value().value(1).toLongLong();
        r.unitType = q.value().value(2).toString();
        r.priceFen = q.value().value(3).toLongLong();
        r.validFrom = QDate::fromString(q.value().value(4).toString(), Qt::ISODate);
        out << r;
    }
    q.value().finish();
    return out;
}

Result<ChargeListing> ChargeService::listUnit(const Session& who, const ChargeListing& listing)
{
    if (Status s = who.require(Permission::BillFees); !s)
        return s.error();
    if (!listing.from.isValid())
        return Error{u"fees.listing_from"_s, tr("Enter the first day the unit is billed for it."), u"from"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto found = item(listing.itemId);
    if (!found || !found.value().listed)
        return Error{u"fees.not_listed_item"_s,
                     tr("Choose an item billed only to the units listed for it, e.g. 车位租金."), u"item"_s};
    auto unit = m_db.scalar(u"SELECT code FROM units WHERE id = ?"_s, {listing.unitId});
    if (!unit)
        return unit.error();
    if (!unit.value().isValid())
        return Error{u"fees.no_unit"_s, tr("That unit is not in the registry."), u"unit"_s};
    const QString from = listing.from.toString(Qt::ISODate);
    auto overlap = m_db.scalar(u"SELECT from_day FROM charge_item_units WHERE item_id = ? AND unit_id = ? AND "
                               "(until_day IS NULL OR until_day >= ?) ORDER BY from_day"_s,
                               {listing.itemId, listing.unitId, from});
    if (!overlap)
        return overlap.error();
    if (overlap.value().isValid())
        return Error{u"fees.listing_overlap"_s,
                     tr("%1 is listed for %2 from %3 already. A unit is listed once at a time: end that listing "
                        "first.")
                         .arg(unit.value().toString(), found.value().name,
                              DateTimeText::date(QDate::fromString(overlap.value().toString(), Qt::ISODate))),
                     u"from"_s};
    ChargeListing l = listing;
    l.unitCode = unit.value().toString();
    l.note = l.note.trimmed();
    auto id = m_db.insert(u"INSERT INTO charge_item_units (item_id, unit_id, from_day, note, created_ms, created_by) "
                          "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {l.itemId, l.unitId, from, l.note.isNull() ? u""_s : l.note, m_clock.nowMs(), who.user.id});
    if (!id)
        return id.error();
    l.id = id.value();
    const QJsonObject after{{u"item_id"_s, l.itemId}, {u"unit_id"_s, l.unitId}, {u"from"_s, from}, {u"note"_s, l.note}};
    if (auto a = m_audit.append(who, u"charge_listing"_s, l.id, u"created"_s, {}, after); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return l;
}

Status ChargeService::startFees(const Session& who, qint64 unitId, const QDate& from, const QString& note)
{
    if (Status s = who.require(Permission::BillFees); !s)
        return s;
    return writeStart(who, unitId, from, note);
}

Status ChargeService::startFeesAtMoveIn(const Session& who, qint64 unitId, const QDate& from, const QString& moveNumber)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s;
    return writeStart(who, unitId, from, tr("Move-in %1").arg(moveNumber));
}

Status ChargeService::writeStart(const Session& who, qint64 unitId, const QDate& from, const QString& note)
{
    if (!from.isValid())
        return Error{u"fees.start_day"_s, tr("Enter the day the unit's fees start."), u"from"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto unit = m_db.scalar(u"SELECT code FROM units WHERE id = ?"_s, {unitId});
    if (!unit)
        return unit.error();
    if (!unit.value().isValid())
        return Error{u"fees.no_unit"_s, tr("That unit is not in the registry."), u"unit"_s};
    // A month billed stays as billed (R-FE-5): a start that would change what a billed line covers
    // (from the earlier of the old start and the new one on) waits until those bills are withdrawn.
    auto before = feesFrom(unitId);
    if (!before)
        return before.error();
    const QDate changed = before.value() ? std::min(*before.value(), from) : from;
    const QDate changedMonth(changed.year(), changed.month(), 1);
    auto lines = m_db.exec(u"SELECT l.period, l.months FROM bill_lines l JOIN charge_items i ON i.id = l.item_id WHERE "
                           "l.unit_id = ? AND l.rate_id IS NOT NULL AND i.basis IN ('area', 'fixed') AND NOT i.listed "
                           "AND l.period >= ? AND NOT EXISTS (SELECT 1 FROM bill_line_reversals v WHERE v.line_id = "
                           "l.id) ORDER BY l.period"_s,
                           {unitId, FeeTerms::periodKey(changedMonth.addMonths(-11))});
    if (!lines)
        return lines.error();
    QString billed;
    while (billed.isEmpty() && lines.value().next()) {
        const QString period = lines.value().value(0).toString();
        const auto first = FeeTerms::monthOf(period);
        // A line covers its months: a quarter billed in January covers February too.
        if (first && first->addMonths(lines.value().value(1).toInt()) > changedMonth)
            billed = period;
    }
    lines.value().finish();
    if (!billed.isEmpty())
        return Error{u"fees.start_billed"_s,
                     tr("%1 is billed for %2 already; withdraw those bills before its fees start on %3.")
                         .arg(unit.value().toString(), billed, DateTimeText::date(from)),
                     u"from"_s};
    const QString day = from.toString(Qt::ISODate);
    auto id =
        m_db.insert(u"INSERT INTO unit_fee_starts (unit_id, from_day, note, created_ms, created_by) VALUES (?, ?, "
                    "?, ?, ?) RETURNING id"_s,
                    {unitId, day, note.trimmed().isNull() ? u""_s : note.trimmed(), m_clock.nowMs(), who.user.id});
    if (!id)
        return id.error();
    if (auto a = m_audit.append(who, u"unit_fee_start"_s, id.value(), u"created"_s, {},
                                {{u"unit_id"_s, unitId}, {u"from"_s, day}, {u"note"_s, note.trimmed()}});
        !a)
        return a.error();
    return tx.commit();
}

Result<std::optional<QDate>> ChargeService::feesFrom(qint64 unitId) const
{
    auto q =
        m_db.scalar(u"SELECT from_day FROM unit_fee_starts WHERE unit_id = ? ORDER BY id DESC LIMIT 1"_s, {unitId});
    if (!q)
        return q.error();
    if (!q.value().isValid() || q.value().isNull())
        return std::optional<QDate>{};
    return std::optional<QDate>{QDate::fromString(q.value().toString(), Qt::ISODate)};
}

Result<ChargeListing> ChargeService::endListing(const Session& who, qint64 listingId, const QDate& until)
{
    if (Status s = who.require(Permission::BillFees); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto q = m_db.exec(u"SELECT l.id, l.item_id, l.unit_id, u.code, l.from_day, l.until_day, l.note FROM "
                       "charge_item_units l JOIN units u ON u.id = l.unit_id WHERE l.id = ?"_s,
                       {listingId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{u"fees.no_listing"_s, tr("That listing is not on record."), u"listing"_s};
    ChargeListing l;
    l.id = listingId;
    l.itemId = q.value().value(1).toLongLong();
    l.unitId = q.value().value(2).toLongLong();
    l.unitCode = q.value().value(3).toString();
    l.from = QDate::fromString(q.value().value(4).toString(), Qt::ISODate);
    const bool ended = !q.value().value(5).isNull();
    l.note = q.value().value(6).toString();
    q.value().finish();
    // Ended already, perhaps at another desk whose screen this one had not seen: who and when.
    const auto endedMeanwhile = [&] {
        return LastChange::doneMeanwhile(m_db, u"charge_listing"_s, listingId, u"fees.listing_ended"_s,
                                         tr("%1 ended this listing at %2."), u"listing"_s);
    };
    if (ended)
        return endedMeanwhile();
    if (!until.isValid() || until < l.from)
        return Error{u"fees.listing_until"_s,
                     tr("Enter the last day billed, on or after %1.").arg(DateTimeText::date(l.from)), u"until"_s};
    l.until = until;
    if (auto r = m_db.update(u"UPDATE charge_item_units SET until_day = ?, ended_ms = ?, ended_by = ? "
                             "WHERE id = ? AND ended_ms IS NULL"_s,
                             {until.toString(Qt::ISODate), m_clock.nowMs(), who.user.id, listingId});
        !r)
        return r.error();
    else if (r.value() == 0) // ended at another desk since it was read
        return endedMeanwhile();
    if (auto a = m_audit.append(who, u"charge_listing"_s, l.id, u"ended"_s, {},
                                QJsonObject{{u"until"_s, until.toString(Qt::ISODate)}});
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return l;
}

Result<QList<ChargeListing>> ChargeService::listings(qint64 itemId) const
{
    auto q = m_db.exec(u"SELECT l.id, l.unit_id, u.code, l.from_day, l.until_day, l.note FROM charge_item_units l "
                       "JOIN units u ON u.id = l.unit_id WHERE l.item_id = ? ORDER BY u.code, l.from_day"_s,
                       {itemId});
    if (!q)
        return q.error();
    QList<ChargeListing> out;
    while (q.value().next()) {
        ChargeListing l;
        l.id = q.value().value(0).toLongLong();
        l.itemId = itemId;
        l.unitId = q.value().value(1).toLongLong();
        l.unitCode = q.value().value(2).toString();
        l.from = QDate::fromString(q.value().value(3).toString(), Qt::ISODate);
        l.until = QDate::fromString(q.value().value(4).toString(), Qt::ISODate);
        l.note = q.value().value(5).toString();
        out << l;
    }
    q.value().finish();
    return out;
}

} // namespace fd
