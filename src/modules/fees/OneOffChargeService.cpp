#include "modules/fees/OneOffChargeService.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/Money.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/watches/WatchService.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/FeeLedger.h"
#include "modules/fees/FeeTerms.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QDate dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QDate monthEnd(const QDate& first)
{
    return first.addMonths(1).addDays(-1);
}

} // namespace

OneOffChargeService::OneOffChargeService(Database& db, const Clock& clock, AuditLog& audit)
    : m_db(db), m_clock(clock), m_audit(audit)
{}

Result<ChargeItem> OneOffChargeService::oneOffItem(qint64 itemId) const
{
    // The audit log is not written by ChargeService's reads.
    auto item = ChargeService(m_db, m_clock, m_audit).item(itemId);
    if (!item || !item.value().active || !FeeTerms::oneAtATime(item.value().basis))
        return Error{u"fees.no_one_off_item"_s,
                     tr("Choose an item charged one at a time (set up under Charge items), e.g. 特约服务."), u"item"_s};
    return item;
}

Result<BillLine> OneOffChargeService::charge(const Session& who, const OneOffCharge& c)
{
    if (Status s = who.require(Permission::BillFees); !s)
        return s.error();
    return bill(who, c);
}

Result<BillLine> OneOffChargeService::chargeMoveDamage(const Session& who, const OneOffCharge& c)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    return bill(who, c);
}

Result<BillLine> OneOffChargeService::chargeRenovationDeposit(const Session& who, const OneOffCharge& c)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    auto item = oneOffItem(c.itemId);
    if (!item)
        return item.error();
    if (item.value().basis != ChargeBasis::Deposit)
        return Error{u"fees.not_deposit"_s, tr("%1 is not a deposit: choose a deposit item.").arg(item.value().name),
                     u"item"_s};
    return bill(who, c);
}

Result<BillLine> OneOffChargeService::bill(const Session& who, const OneOffCharge& c)
{
    const QString note = c.note.simplified();
    if (c.amountFen <= 0)
        return Error{u"fees.amount"_s, tr("Enter the amount in yuan, more than zero, with at most two decimals."),
                     u"amount"_s};
    if (note.isEmpty())
        return Error{u"fees.one_off_note"_s, tr("Say what the charge is for, e.g. 更换水龙头."), u"note"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto item = oneOffItem(c.itemId);
    if (!item)
        return item.error();
    auto unit = m_db.scalar(u"SELECT code FROM units WHERE id = ?"_s, {c.unitId});
    if (!unit)
        return unit.error();
    if (!unit.value().isValid())
        return Error{u"fees.no_unit"_s, tr("Choose the unit first."), u"unit"_s};
    const QDate today = dayOf(m_clock.nowMs());
    BillLine l;
    l.unitId = c.unitId;
    l.unitCode = unit.value().toString();
    l.itemId = item.value().id;
    l.itemName = item.value().name;
    l.period = FeeTerms::periodKey(today);
    l.amountFen = c.amountFen;
    l.note = note;
    l.dueDay = dueDay(today, item.value(), c.onTheSpot);
    auto run = writeLines(who, l.period, c.unitId, item.value(), {l});
    if (!run)
        return run.error();
    auto lines = m_db.scalar(u"SELECT MAX(id) FROM bill_lines WHERE run_id = ?"_s, {run.value().id});
    if (!lines)
        return lines.error();
    l.id = lines.value().toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    return l;
}

Result<QList<RepairCharge>> OneOffChargeService::repairCharges(const Session& who, const QString& period) const
{
    if (Status s = who.require(Permission::BillFees); !s)
        return s.error();
    const auto first = FeeTerms::monthOf(period);
    if (!first)
        return Error{u"fees.period"_s, tr("Write the month as year and month, e.g. 2026-11."), u"period"_s};
    const qint64 endMs = QDateTime(first->addMonths(1), QTime(0, 0)).toMSecsSinceEpoch();
    // The repair module's returns are read here, never written.
    auto q = m_db.exec(u"SELECT rr.id, t.number, t.unit_id, un.code, rr.charge_fen, rr.at_ms FROM repair_returns rr "
                       "JOIN tickets t ON t.id = rr.ticket_id JOIN units un ON un.id = t.unit_id "
                       "WHERE rr.charge_fen > 0 AND rr.at_ms < ? AND NOT EXISTS (SELECT 1 FROM bill_lines l WHERE "
                       "l.repair_return_id = rr.id) ORDER BY rr.at_ms, rr.id"_s,
                       {endMs});
    if (!q)
        return q.error();
    QList<RepairCharge> out;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        out << RepairCharge{row.value(0).toLongLong(), row.value(1).toString(),   row.value(2).toLongLong(),
                            row.value(3).toString(),   row.value(4).toLongLong(), row.value(5).toLongLong()};
    }
    q.value().finish();
    return out;
}

Result<BillingRun> OneOffChargeService::billRepairCharges(const Session& who, const QString& period, qint64 itemId,
                                                          qint64 expectedTotalFen)
{
    if (Status s = who.require(Permission::BillFees); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto item = oneOffItem(itemId);
    if (!item)
        return item.error();
    auto charges = repairCharges(who, period);
    if (!charges)
        return charges.error();
    if (charges.value().isEmpty())
        return Error{u"fees.nothing_to_bill"_s,
                     tr("No returned repair up to the end of %1 has a charge left to bill.").arg(period), u"period"_s};
    qint64 total = 0;
    for (const RepairCharge& r : std::as_const(charges.value()))
        total += r.amountFen;
    if (total != expectedTotalFen)
        return Error{u"fees.preview_changed"_s,
                     tr("The repairs' charges changed since you looked (%1 now, %2 seen): look at them again.")
                         .arg(Money::text(total), Money::text(expectedTotalFen)),
                     u"period"_s};
    // R-FE-4: billed at the month's end (or today, when that is later), payable within the item's days.
    const QDate billedOn = std::max(monthEnd(*FeeTerms::monthOf(period)), dayOf(m_clock.nowMs()));
    QList<BillLine> lines;
    for (const RepairCharge& r : std::as_const(charges.value())) {
        BillLine l;
        l.unitId = r.unitId;
        l.unitCode = r.unitCode;
        l.itemId = item.value().id;
        l.itemName = item.value().name;
        l.period = period;
        l.amountFen = r.amountFen;
        l.note = r.ticketNumber;
        l.repairReturnId = r.returnId;
        l.dueDay = billedOn.addDays(item.value().dueDay);
        lines << l;
    }
    auto run = billLines(who, period, 0, item.value(), lines);
    if (!run)
        return run.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return run;
}

Result<BillingRun> OneOffChargeService::billLines(const Session& who, const QString& period, qint64 unitId,
                                                  const ChargeItem& item, const QList<BillLine>& lines)
{
    if (Status s = who.require(Permission::BillFees); !s)
        return s.error();
    return writeLines(who, period, unitId, item, lines);
}

Result<BillingRun> OneOffChargeService::writeLines(const Session& who, const QString& period, qint64 unitId,
                                                   const ChargeItem& item, const QList<BillLine>& lines)
{
    Transaction tx(m_db); // the caller's, when it has one
    if (!tx.started())
        return tx.started().error();
    BillingRun run;
    run.period = period;
    run.unitId = unitId;
    run.itemId = item.id;
    run.lines = int(lines.size());
    QSet<qint64> units;
    for (const BillLine& l : lines) {
        units.insert(l.unitId);
        run.totalFen += l.amountFen;
    }
    run.units = int(units.size());
    run.confirmedMs = m_clock.nowMs();
    run.confirmedBy = who.user.displayName;
    auto id = m_db.insert(u"INSERT INTO billing_runs (period, unit_id, item_id, units, lines, total_fen, confirmed_ms, "
                          "confirmed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {period, unitId ? QVariant(unitId) : QVariant(QMetaType(QMetaType::LongLong)), item.id,
                           run.units, run.lines, run.totalFen, run.confirmedMs, who.user.id});
    if (!id)
        return id.error();
    run.id = id.value();
    QJsonArray written;
    WatchService watches(m_db);
    for (const BillLine& l : lines) {
        // A one-off line has no rate: one piece at its own amount.
        auto line = m_db.insert(
            u"INSERT INTO bill_lines (run_id, unit_id, item_id, period, months, rate_id, quantity, price_fen, "
            "amount_fen, due_day, note, repair_return_id, late_fee_of, late_fee_through) VALUES "
            "(?, ?, ?, ?, 1, NULL, 1, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {run.id, l.unitId, l.itemId, l.period, l.amountFen, l.amountFen, l.dueDay.toString(Qt::ISODate), l.note,
             idOrNull(l.repairReturnId), idOrNull(l.lateFeeOf),
             l.lateFeeThrough.isValid() ? QVariant(l.lateFeeThrough.toString(Qt::ISODate))
                                        : QVariant(QMetaType(QMetaType::QString))});
        if (!line)
            return line.error();
        written.append(QJsonObject{{u"line_id"_s, line.value()},
                                   {u"unit_id"_s, l.unitId},
                                   {u"amount_fen"_s, l.amountFen},
                                   {u"due_day"_s, l.dueDay.toString(Qt::ISODate)},
                                   {u"note"_s, l.note},
                                   {u"repair_return_id"_s, l.repairReturnId},
                                   {u"late_fee_of"_s, l.lateFeeOf}});
        // R-FE-4: unpaid past its due day, the cashier is reminded until it is settled.
        Watch w;
        w.source = QString::fromLatin1(WatchKind);
        w.refId = line.value();
        w.unitId = l.unitId;
        w.title = tr("%1 unpaid · %2").arg(l.itemName, l.unitCode);
        w.detail = tr("%1 (%2) was due on %3 and is not paid: remind the owner.")
                       .arg(FeeTerms::label(l), Money::text(l.amountFen), DateTimeText::date(l.dueDay));
        w.dueMs = QDateTime(l.dueDay.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
        if (Status s = watches.arm(w, run.confirmedMs); !s)
            return s.error();
    }
    // R-FE-2: a unit's prepaid balance settles the charge at once.
    if (Status s = FeeLedger(m_db).settleFromPrepaid(run.id, run.confirmedMs); !s)
        return s.error();
    for (qint64 unit : std::as_const(units))
        if (Status s = closeSettled(m_db, unit, run.confirmedMs); !s)
            return s.error();
    const QJsonObject after{{u"period"_s, period},
                            {u"item_id"_s, item.id},
                            {u"units"_s, run.units},
                            {u"lines"_s, written},
                            {u"total_fen"_s, run.totalFen}};
    if (auto a = m_audit.append(who, u"one_off_charge"_s, run.id, u"confirmed"_s, {}, after); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return run;
}

QDate OneOffChargeService::dueDay(const QDate& chargedOn, const ChargeItem& item, bool onTheSpot)
{
    return onTheSpot ? chargedOn : monthEnd(QDate(chargedOn.year(), chargedOn.month(), 1)).addDays(item.dueDay);
}

QList<RecordSource> OneOffChargeService::recordSources()
{
    return {RecordSource{QString::fromLatin1(WatchKind),
                         [] { return tr("Special services unpaid"); },
                         902,
                         {Role::Cashier, Role::Manager},
                         false}};
}

Status OneOffChargeService::reopenUnpaid(Database& db, const QList<qint64>& lineIds, qint64 nowMs)
{
    WatchService watches(db);
    for (qint64 id : lineIds)
        if (Status s = watches.reopen(QString::fromLatin1(WatchKind), id, nowMs); !s)
            return s;
    return {};
}

Status OneOffChargeService::closeSettled(Database& db, qint64 unitId, qint64 nowMs, const QList<OpenLine>* open)
{
    auto watched = db.exec(u"SELECT w.ref_id FROM watches w JOIN bill_lines l ON l.id = w.ref_id WHERE w.source = ? "
                           "AND w.closed_ms IS NULL AND l.unit_id = ?"_s,
                           {QString::fromLatin1(WatchKind), unitId});
    if (!watched)
        return watched.error();
    QList<qint64> ids;
    while (watched.value().next())
        ids << watched.value().value(0).toLongLong();
    watched.value().finish();
    if (ids.isEmpty())
        return {};
    QList<OpenLine> read;
    if (!open) {
        auto lines = FeeLedger(db).openLines(unitId);
        if (!lines)
            return lines.error();
        read = std::move(lines).value();
        open = &read;
    }
    QSet<qint64> stillOpen;
    for (const OpenLine& o : *open)
        stillOpen.insert(o.line.id);
    WatchService watches(db);
    for (qint64 id : std::as_const(ids))
        if (!stillOpen.contains(id))
            if (Status s = watches.close(QString::fromLatin1(WatchKind), id, nowMs); !s)
                return s;
    return {};
}

} // namespace fd
