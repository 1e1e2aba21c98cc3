#include "modules/fees/LateFeeService.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/Money.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/tickets/SiteRules.h"
#include "modules/fees/FeeLedger.h"
#include "modules/fees/FeeTerms.h"
#include "modules/fees/OneOffChargeService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

LateFeeService::LateFeeService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules)
    : m_db(db), m_clock(clock), m_audit(audit), m_rules(rules)
{}

Result<QList<LateFee>> LateFeeService::accrued(const Session& who, qint64 unitId) const
{
    if (Status s = who.require(Permission::ViewFeeAccounts); !s)
        return s.error();
    const int rate = m_rules.number(QString::fromLatin1(SiteRules::LateFeePer10000));
    if (rate <= 0)
        return QList<LateFee>{};
    const int grace = m_rules.number(QString::fromLatin1(SiteRules::LateFeeGraceDays));
    auto open = FeeLedger(m_db).openLines(unitId);
    if (!open)
        return open.error();
    // Each line's late fee was last counted to the latest day one was charged or waived to.
    QHash<qint64, QDate> counted;
    auto q = m_db.exec(u"SELECT late_fee_of, MAX(late_fee_through) FROM bill_lines WHERE unit_id = ? AND "
                       "late_fee_of IS NOT NULL GROUP BY late_fee_of UNION ALL SELECT w.line_id, MAX(w.through_day) "
                       "FROM late_fee_waivers w JOIN bill_lines l ON l.id = w.line_id WHERE l.unit_id = ? "
                       "GROUP BY w.line_id"_s,
                       {unitId, unitId});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QDate day = QDate::fromString(q.value().value(1).toString(), Qt::ISODate);
        QDate& last = counted[q.value().value(0).toLongLong()];
        if (!last.isValid() || day > last)
            last = day;
    }
    q.value().finish();

    const QDate today = m_clock.now().date();
    QList<LateFee> out;
    for (const OpenLine& o : std::as_const(open.value())) {
        if (o.line.lateFeeOf != 0 || o.line.basis == ChargeBasis::Deposit)
            continue; // never a late fee on a late fee, nor on a deposit
        LateFee f;
        f.line = o;
        f.from = o.line.dueDay.addDays(grace);
        if (const QDate last = counted.value(o.line.id); last.isValid() && last > f.from)
            f.from = last;
        f.through = today;
        f.days = int(f.from.daysTo(today));
        if (f.days <= 0)
            continue;
        f.feeFen = Money::mulDiv(o.outstandingFen() * f.days, rate, 10000);
        if (f.feeFen > 0)
            out << f;
    }
    return out;
}

Result<BillingRun> LateFeeService::charge(const Session& who, qint64 unitId, qint64 itemId, qint64 expectedTotalFen)
{
    if (Status s = who.require(Permission::BillFees); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    OneOffChargeService oneOff(m_db, m_clock, m_audit);
    auto item = oneOff.oneOffItem(itemId);
    if (!item)
        return item.error();
    auto fees = accrued(who, unitId);
    if (!fees)
        return fees.error();
    if (fees.value().isEmpty())
        return Error{u"fees.no_late_fee"_s, tr("This unit owes no late fee today."), u"late_fees"_s};
    qint64 total = 0;
    for (const LateFee& f : std::as_const(fees.value()))
        total += f.feeFen;
    if (total != expectedTotalFen)
        return Error{u"fees.preview_changed"_s,
                     tr("The late fees changed since you looked (%1 now, %2 seen): look at them again.")
                         .arg(Money::text(total), Money::text(expectedTotalFen)),
                     u"late_fees"_s};
    const QDate today = m_clock.now().date();
    QList<BillLine> lines;
    for (const LateFee& f : std::as_const(fees.value())) {
        BillLine l;
        l.unitId = unitId;
        l.unitCode = f.line.line.unitCode;
        l.itemId = item.value().id;
        l.itemName = item.value().name;
        l.period = FeeTerms::periodKey(today);
        l.amountFen = f.feeFen;
        l.dueDay = today;
        l.note = tr("%1 %2, %n day(s) to %3", nullptr, f.days)
                     .arg(FeeTerms::label(f.line.line), f.line.line.period, DateTimeText::date(today));
        l.lateFeeOf = f.line.line.id;
        l.lateFeeThrough = today;
        lines << l;
    }
    auto run = oneOff.billLines(who, FeeTerms::periodKey(today), unitId, item.value(), lines);
    if (!run)
        return run.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return run;
}

qint64 LateFeeService::lastItemId() const
{
    auto item = m_db.scalar(u"SELECT item_id FROM bill_lines WHERE id = (SELECT MAX(id) FROM bill_lines WHERE "
                            "late_fee_of IS NOT NULL)"_s);
    return item.ok() ? item.value().toLongLong() : 0;
}

Status LateFeeService::waive(const Session& who, qint64 lineId, const QString& reason)
{
    if (Status s = who.require(Permission::ApproveFeeReversals); !s)
        return s;
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error{u"fees.waiver_reason"_s, tr("Say why the late fee is waived."), u"reason"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto unit = m_db.scalar(u"SELECT unit_id FROM bill_lines WHERE id = ?"_s, {lineId});
    if (!unit)
        return unit.error();
    auto fees = accrued(who, unit.value().toLongLong());
    if (!fees)
        return fees.error();
    const auto f = std::find_if(fees.value().cbegin(), fees.value().cend(),
                                [lineId](const LateFee& x) { return x.line.line.id == lineId; });
    if (f == fees.value().cend())
        return Error{u"fees.no_late_fee"_s, tr("That bill has no late fee to waive today."), u"late_fees"_s};
    const qint64 now = m_clock.nowMs();
    auto id = m_db.insert(u"INSERT INTO late_fee_waivers (line_id, through_day, fee_fen, reason, approved_by, "
                          "created_ms) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {lineId, f->through.toString(Qt::ISODate), f->feeFen, why, who.user.id, now});
    if (!id)
        return id.error();
    const QJsonObject after{{u"line_id"_s, lineId},
                            {u"through_day"_s, f->through.toString(Qt::ISODate)},
                            {u"fee_fen"_s, f->feeFen},
                            {u"reason"_s, why}};
    if (auto a = m_audit.append(who, u"late_fee_waiver"_s, id.value(), u"waived"_s, {}, after); !a)
        return a.error();
    return tx.commit();
}

} // namespace fd
