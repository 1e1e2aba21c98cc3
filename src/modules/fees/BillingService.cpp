#include "modules/fees/BillingService.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/Money.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/tickets/SiteRules.h"
#include "engine/watches/WatchService.h"
#include "modules/fees/BillingInputs.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/FeeLedger.h"
#include "modules/fees/FeeTerms.h"
#include "modules/fees/OneOffChargeService.h"
#include "modules/registry/RegistryTerms.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

struct Rate
{
    qint64 id = 0;
    qint64 priceFen = 0;
    QString from;
};

} // namespace

BillingService::BillingService(Database& db, const Clock& clock, AuditLog& audit, const ChargeService& charges,
                               const SiteRules& rules)
    : m_db(db), m_clock(clock), m_audit(audit), m_charges(charges), m_rules(rules)
{}

QList<RecordSource> BillingService::recordSources()
{
    return {RecordSource{QString::fromLatin1(WatchKind),
                         [] { return tr("Billing runs due"); },
                         903,
                         {Role::Cashier, Role::Manager},
                         false}};
}

Status BillingService::remindNextRun(const QString& period, qint64 nowMs)
{
    const QDate month = *FeeTerms::monthOf(period);
    WatchService watches(m_db);
    if (Status s = watches.close(QString::fromLatin1(WatchKind), month.year() * 100 + month.month(), nowMs); !s)
        return s;
    // Next month's first due day among the items a run bills that month.
    const QDate next = month.addMonths(1);
    auto items = m_charges.items();
    if (!items)
        return items.error();
    QDate firstDue;
    for (const ChargeItem& i : std::as_const(items.value()))
        if (!FeeTerms::oneAtATime(i.basis) && FeeTerms::startsIn(i.period, next.month())) {
            const QDate due(next.year(), next.month(), i.dueDay);
            if (!firstDue.isValid() || due < firstDue)
                firstDue = due;
        }
    if (!firstDue.isValid())
        return {};
    const QDate from = firstDue.addDays(-m_rules.number(QString::fromLatin1(SiteRules::BillingLeadDays)));
    const QString nextPeriod = FeeTerms::periodKey(next);
    Watch w;
    w.source = QString::fromLatin1(WatchKind);
    w.refId = next.year() * 100 + next.month();
    w.title = tr("Bill %1").arg(nextPeriod);
    w.detail = tr("%1's first bills are due on %2: preview and confirm its billing run on the Fees page.")
                   .arg(nextPeriod, DateTimeText::date(firstDue));
    w.dueMs = QDateTime(from, QTime(0, 0)).toMSecsSinceEpoch();
    return watches.arm(w, nowMs);
}

Result<BillingPreview> BillingService::preview(const Session& who, const QString& period, qint64 unitId,
                                               qint64 itemId) const
{
    if (Status s = who.require(Permission::BillFees); !s)
        return s.error();
    return compute(period, unitId, itemId);
}

Result<BillingPreview> BillingService::compute(const QString& period, qint64 unitId, qint64 itemId) const
{
    const auto first = FeeTerms::monthOf(period);
    if (!first)
        return Error{u"fees.period"_s, tr("Write the month to bill as year and month, e.g. 2026-12."), u"period"_s};
    BillingPreview out;
    out.period = period;
    out.unitId = unitId;
    out.itemId = itemId;

    // The active items (or the one asked for) whose period starts this month.
    QList<ChargeItem> items;
    if (itemId) {
        auto item = m_charges.item(itemId);
        if (!item || !item.value().active)
            return Error{u"fees.no_item"_s, tr("That charge item is not set up, or it is retired."), u"item"_s};
        items << item.value();
    } else {
        auto all = m_charges.items();
        if (!all)
            return all.error();
        items = std::move(all).value();
    }
    items.removeIf([&first](const ChargeItem& i) {
        return FeeTerms::oneAtATime(i.basis) || !FeeTerms::startsIn(i.period, first->month());
    });

    // R-FE-4: a monthly contract is paid a month ahead: the month's run bills next month as well (and
    // this month, when no earlier run billed it ahead), both due this month.
    const QDate next = first->addMonths(1);
    const QString nextPeriod = FeeTerms::periodKey(next);
    const bool anyAhead = std::any_of(items.cbegin(), items.cend(), [](const ChargeItem& i) { return i.ahead; });

    // The rates started by the last month billed, per item and unit type; a line takes the latest that
    // started by its month's first day.
    QHash<std::pair<qint64, QString>, QList<Rate>> rates;
    {
        auto q = m_db.exec(u"SELECT id, item_id, unit_type, price_fen, valid_from FROM charge_rates "
                           "WHERE valid_from <= ? ORDER BY valid_from"_s,
                           {(anyAhead ? next : *first).toString(Qt::ISODate)});
        if (!q)
            return q.error();
        while (q.value().next())
            rates[{q.value().value(1).toLongLong(), q.value().value(2).toString()}].append(
                Rate{q.value().value(0).toLongLong(), q.value().value(3).toLongLong(), q.value().value(4).toString()});
        q.value().finish();
    }
    const auto rateOn = [&rates](qint64 item, const QString& type, const QDate& day) -> std::optional<Rate> {
        const QString from = day.toString(Qt::ISODate);
        for (const QString& t : {type, QString()}) {
            const auto it = rates.constFind({item, t});
            if (it == rates.cend())
                continue;
            for (auto r = it->crbegin(); r != it->crend(); ++r)
                if (r->from <= from)
                    return *r;
        }
        return std::nullopt; // no rate for this unit's type: the item does not apply to it
    };

    // Per month billed (this one, next): (unit, item) billed already, and lines taken back to bill again.
    QSet<std::pair<qint64, qint64>> billed[2];
    QHash<std::pair<qint64, qint64>, qint64> retaken[2];
    {
        // A line taken back (schema 34) leaves its unit and item to bill again, naming it.
        QVariantList binds{period, anyAhead ? nextPeriod : period};
        if (unitId)
            binds << unitId;
        auto q = m_db.exec(u"SELECT l.unit_id, l.item_id, l.id, EXISTS (SELECT 1 FROM bill_line_reversals v WHERE "
                           "v.line_id = l.id), EXISTS (SELECT 1 FROM bill_lines n WHERE n.rebills = l.id), l.period "
                           "FROM bill_lines l WHERE l.period IN (?, ?)"_s +
                               (unitId ? u" AND l.unit_id = ?"_s : QString()),
                           binds);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const std::pair<qint64, qint64> key{q.value().value(0).toLongLong(), q.value().value(1).toLongLong()};
            const int month = q.value().value(5).toString() == period ? 0 : 1;
            if (!q.value().value(3).toBool())
                billed[month].insert(key);
            else if (!q.value().value(4).toBool())
                retaken[month].insert(key, q.value().value(2).toLongLong());
        }
        q.value().finish();
    }

    // Listed units' days and meter readings.
    auto inputs = BillingInputs::read(m_db, items, period, *first, unitId);
    if (!inputs)
        return inputs.error();
    const BillingInputs& in = inputs.value();
    for (const ChargeItem& item : std::as_const(items))
        if (item.basis == ChargeBasis::Meter && in.unread(item.id) > 0)
            out.unread.append({item.name, in.unread(item.id)});

    auto q =
        m_db.exec(u"SELECT u.id, u.code, u.type, u.area_centi FROM units u JOIN buildings b ON b.id = "
                  "u.building_id"_s +
                      (unitId ? u" WHERE u.id = ?"_s : QString()) + u" ORDER BY "_s + RegistryTerms::unitOrderSql(),
                  unitId ? QVariantList{unitId} : QVariantList{});
    if (!q)
        return q.error();
    bool anyUnit = false;
    while (q.value().next()) {
        anyUnit = true;
        const qint64 unit = q.value().value(0).toLongLong();
        const QString type = q.value().value(2).toString();
        bool counted = false;
        for (const ChargeItem& item : std::as_const(items)) {
            for (int month = 0; month < (item.ahead ? 2 : 1); ++month) {
                if (billed[month].contains({unit, item.id}))
                    continue;
                const QDate from = month == 0 ? *first : next;
                const auto rate = rateOn(item.id, type, from);
                if (!rate)
                    continue;
                BillLine l;
                l.unitId = unit;
                l.unitCode = q.value().value(1).toString();
                l.itemId = item.id;
                l.itemName = item.name;
                l.basis = item.basis;
                l.rebills = retaken[month].value({unit, item.id});
                l.period = month == 0 ? period : nextPeriod;
                l.months = FeeTerms::months(item.period);
                l.rateId = rate->id;
                l.priceFen = rate->priceFen;
                if (!amount(l, item, q.value().value(3).toLongLong(), in))
                    continue; // not listed in the period, or no reading this month
                l.dueDay = QDate(first->year(), first->month(), item.dueDay);
                if (l.amountFen <= 0)
                    continue;
                out.totalFen += l.amountFen;
                out.lines << l;
                if (!counted) {
                    counted = true;
                    ++out.units;
                }
            }
        }
    }
    q.value().finish();
    if (unitId && !anyUnit)
        return Error{u"fees.no_unit"_s, tr("That unit is not in the registry."), u"unit"_s};
    return out;
}

bool BillingService::amount(BillLine& l, const ChargeItem& item, qint64 areaCenti, const BillingInputs& in)
{
    if (item.basis == ChargeBasis::Meter) {
        // The month's use × the price per unit of use; the readings are the line's note.
        const auto r = in.reading(item.id, l.unitId);
        if (!r)
            return false;
        l.quantity = r->useCenti();
        l.amountFen = Money::mulDiv(l.quantity, l.priceFen, 100);
        l.note = BillingInputs::readingNote(*r);
        return true;
    }
    l.quantity = item.basis == ChargeBasis::Area ? areaCenti : 1;
    l.amountFen =
        item.basis == ChargeBasis::Area ? Money::mulDiv(l.quantity, l.priceFen * l.months, 100) : l.priceFen * l.months;
    if (!item.listed) {
        // A unit whose fees start inside the period (its move-in) pays for the days from then on.
        const auto started = in.started(l.unitId, *FeeTerms::monthOf(l.period), l.months);
        if (!started)
            return true;
        if (!*started)
            return false;
        l.amountFen = BillingInputs::prorate(l.amountFen, (*started)->days, (*started)->periodDays);
        l.note = BillingInputs::coverNote(**started);
        return true;
    }
    // A listed unit pays for the days of the period it is listed, rounded half up once.
    const auto c = in.cover(item.id, l.unitId, *FeeTerms::monthOf(l.period), l.months);
    if (!c)
        return false;
    if (c->days < c->periodDays) {
        l.amountFen = BillingInputs::prorate(l.amountFen, c->days, c->periodDays);
        l.note = BillingInputs::coverNote(*c);
    }
    return true;
}

Result<BillingRun> BillingService::confirm(const Session& who, const QString& period, qint64 expectedTotalFen,
                                           qint64 unitId, qint64 itemId, const Progress& progress)
{
    if (Status s = who.require(Permission::BillFees); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto now = compute(period, unitId, itemId);
    if (!now)
        return now.error();
    const BillingPreview& p = now.value();
    if (p.lines.isEmpty())
        return Error{
            u"fees.nothing_to_bill"_s,
            tr("Nothing is left to bill for %1: it is billed already, or no item has a rate for it.").arg(period),
            u"period"_s};
    if (p.totalFen != expectedTotalFen)
        return Error{u"fees.preview_changed"_s,
                     tr("The charges changed since the preview (%1 now, %2 checked): look at the preview again.")
                         .arg(Money::text(p.totalFen), Money::text(expectedTotalFen)),
                     u"period"_s};
    BillingRun run;
    run.period = period;
    run.unitId = unitId;
    run.itemId = itemId;
    run.units = p.units;
    run.lines = int(p.lines.size());
    run.totalFen = p.totalFen;
    run.confirmedMs = m_clock.nowMs();
    run.confirmedBy = who.user.displayName;
    auto id = m_db.insert(u"INSERT INTO billing_runs (period, unit_id, item_id, units, lines, total_fen, confirmed_ms, "
                          "confirmed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {period, unitId ? QVariant(unitId) : QVariant(QMetaType(QMetaType::LongLong)),
                           itemId ? QVariant(itemId) : QVariant(QMetaType(QMetaType::LongLong)), run.units, run.lines,
                           run.totalFen, run.confirmedMs, who.user.id});
    if (!id)
        return id.error();
    run.id = id.value();
    if (Status s = FeeLedger(m_db).insertLines(run.id, p.lines, progress); !s)
        return s.error();
    // R-FE-2: a unit's prepaid balance settles the lines just billed.
    if (Status s = FeeLedger(m_db).settleFromPrepaid(run.id, run.confirmedMs); !s)
        return s.error();
    // R-FE-1: the month is billed (a whole-site run): next month's run is what comes due.
    if (unitId == 0 && itemId == 0)
        if (Status s = remindNextRun(period, run.confirmedMs); !s)
            return s.error();
    const QJsonObject after{{u"period"_s, period},   {u"unit_id"_s, unitId},  {u"item_id"_s, itemId},
                            {u"units"_s, run.units}, {u"lines"_s, run.lines}, {u"total_fen"_s, run.totalFen}};
    if (auto a = m_audit.append(who, u"billing_run"_s, run.id, u"confirmed"_s, {}, after); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return run;
}

Result<BillingRun> BillingService::check(const Session& who, qint64 runId)
{
    if (Status s = who.require(Permission::CheckBilling); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto found = readRuns(u"r.id = ?"_s, {runId});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{u"fees.no_run"_s, tr("That billing run does not exist."), u"run"_s};
    BillingRun run = found.value().constFirst();
    if (run.checkedMs)
        return Error{
            u"fees.run_checked"_s,
            tr("This run was checked already, by %1 on %2.").arg(run.checkedBy, DateTimeText::dateTime(run.checkedMs)),
            u"run"_s};
    // R-FE-1: finance checks what the cashier billed; nobody checks their own run.
    auto by = m_db.scalar(u"SELECT confirmed_by FROM billing_runs WHERE id = ?"_s, {runId});
    if (!by)
        return by.error();
    if (by.value().toLongLong() == who.user.id)
        return Error{u"fees.own_run"_s, tr("You confirmed this run yourself; someone else checks it for finance."),
                     u"run"_s};
    run.checkedMs = m_clock.nowMs();
    run.checkedBy = who.user.displayName;
    if (auto id = m_db.insert(u"INSERT INTO billing_run_checks (run_id, checked_ms, checked_by) VALUES (?, ?, ?) "
                              "RETURNING id"_s,
                              {runId, run.checkedMs, who.user.id});
        !id)
        return id.error();
    const QJsonObject after{{u"period"_s, run.period}, {u"lines"_s, run.lines}, {u"total_fen"_s, run.totalFen}};
    if (auto a = m_audit.append(who, u"billing_run"_s, runId, u"checked"_s, {}, after); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return run;
}

Result<QList<BillingRun>> BillingService::runs(const Session& who, const QString& period) const
{
    if (Status s = who.require(Permission::ViewFeeAccounts); !s)
        return s.error();
    return readRuns(u"r.period = ?"_s, {period});
}

Result<QList<BillingRun>> BillingService::readRuns(const QString& where, const QVariantList& binds) const
{
    auto q = m_db.exec(u"SELECT r.id, r.period, COALESCE(r.unit_id, 0), COALESCE(r.item_id, 0), r.units, r.lines, "
                       "r.total_fen, r.confirmed_ms, u.display_name, COALESCE(c.checked_ms, 0), "
                       "COALESCE(cu.display_name, '') FROM billing_runs r JOIN users u ON u.id = r.confirmed_by "
                       "LEFT JOIN billing_run_checks c ON c.run_id = r.id LEFT JOIN users cu ON cu.id = c.checked_by "
                       "WHERE "_s +
                           where + u" ORDER BY r.id"_s,
                       binds);
    if (!q)
        return q.error();
    QList<BillingRun> out;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        out << BillingRun{row.value(0).toLongLong(), row.value(1).toString(),   row.value(2).toLongLong(),
                          row.value(3).toLongLong(), row.value(4).toInt(),      row.value(5).toInt(),
                          row.value(6).toLongLong(), row.value(7).toLongLong(), row.value(8).toString(),
                          row.value(9).toLongLong(), row.value(10).toString()};
    }
    q.value().finish();
    return out;
}

Result<BillLine> BillingService::reverseLine(const Session& who, const Session& approver, qint64 lineId,
                                             const QString& reason)
{
    if (Status s = who.require(Permission::BillFees); !s)
        return s.error();
    if (!approver.may(Permission::ApproveFeeReversals))
        return Error{u"perm.denied"_s,
                     tr("A manager approves taking a bill back: %1 may not.").arg(approver.user.displayName),
                     u"approver"_s};
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{u"fees.reversal_reason"_s, tr("Say why the bill is taken back."), u"reason"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto q = m_db.exec(u"SELECT "_s + QLatin1StringView(FeeLedger::kLineColumns) +
                           u", o.open_fen, EXISTS (SELECT 1 FROM bill_line_reversals v WHERE v.line_id = l.id) FROM "
                           "bill_lines l JOIN bill_line_open o ON o.line_id = l.id JOIN units un ON un.id = l.unit_id "
                           "JOIN charge_items i ON i.id = l.item_id WHERE l.id = ?"_s,
                       {lineId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{u"fees.no_line"_s, tr("That bill is not on record."), u"line"_s};
    const BillLine line = FeeLedger::lineFrom(q.value());
    const qint64 open = q.value().value(FeeLedger::kLineColumnCount).toLongLong();
    const bool reversed = q.value().value(FeeLedger::kLineColumnCount + 1).toBool();
    q.value().finish();
    if (reversed)
        return Error{u"fees.line_reversed"_s, tr("That bill was taken back already."), u"line"_s};
    if (open != line.amountFen)
        return Error{u"fees.line_paid"_s,
                     tr("%1 of this bill (%2) is paid: take back the payments that settled it first.")
                         .arg(Money::text(line.amountFen - open), FeeTerms::label(line)),
                     u"line"_s};
    // R-FE-5: the line stays as billed; the reversal is an entry of its own.
    const qint64 now = m_clock.nowMs();
    auto id = m_db.insert(u"INSERT INTO bill_line_reversals (line_id, reason, requested_by, approved_by, created_ms) "
                          "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                          {lineId, why, who.user.id, approver.user.id, now});
    if (!id)
        return id.error();
    const QJsonObject after{{u"reversed"_s, true},
                            {u"reason"_s, why},
                            {u"approved_by"_s, approver.user.id},
                            {u"amount_fen"_s, line.amountFen}};
    if (auto a = m_audit.append(who, u"bill_line"_s, lineId, u"reversed"_s, {}, after); !a)
        return a.error();
    // A special service taken back stops reminding.
    if (Status s = OneOffChargeService::closeSettled(m_db, line.unitId, now); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return line;
}

Result<QList<BillLine>> BillingService::lines(const Session& who, qint64 runId) const
{
    if (Status s = who.require(Permission::ViewFeeAccounts); !s)
        return s.error();
    auto q = m_db.exec(u"SELECT "_s + QLatin1StringView(FeeLedger::kLineColumns) +
                           u" FROM bill_lines l JOIN units un ON un.id = l.unit_id JOIN buildings b ON b.id = "
                           "un.building_id JOIN charge_items i ON i.id = l.item_id WHERE l.run_id = ? ORDER BY "_s +
                           RegistryTerms::unitOrderSql(u"un"_s) + u", i.code"_s,
                       {runId});
    if (!q)
        return q.error();
    QList<BillLine> out;
    while (q.value().next())
        out << FeeLedger::lineFrom(q.value());
    q.value().finish();
    return out;
}

} // namespace fd
