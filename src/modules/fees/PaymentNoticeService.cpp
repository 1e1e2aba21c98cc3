#include "modules/fees/PaymentNoticeService.h"

#include "engine/Session.h"
#include "modules/fees/FeeLedger.h"
#include "modules/fees/FeeSql.h"
#include "modules/registry/RegistryTerms.h"
#include "modules/registry/UnitCsvImporter.h"
#include "storage/Database.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fd {

Result<QList<PaymentNoticeService::Building>> PaymentNoticeService::buildings() const
{
    auto q = m_db.exec(u"SELECT id, code, name FROM buildings ORDER BY code"_s);
    if (!q)
        return q.error();
    QList<Building> out;
    while (q.value().next()) {
        const QString code = q.value().value(1).toString();
        const QString name = q.value().value(2).toString();
        out << Building{q.value().value(0).toLongLong(), name == code ? code : code + u' ' + name};
    }
    q.value().finish();
    return out;
}

Result<QList<PaymentNotice>> PaymentNoticeService::notices(const Session& who, const QString& period, qint64 buildingId,
                                                           const QString& unitCode) const
{
    if (Status s = who.require(Permission::BillFees); !s)
        return s.error();
    static const QRegularExpression form(u"^\\d{4}-(0[1-9]|1[0-2])$"_s);
    if (!form.match(period).hasMatch())
        return Error{u"fees.period"_s, tr("Write the month as year and month, e.g. 2026-12."), u"period"_s};

    qint64 unitId = 0;
    if (const QString code = unitCode.trimmed(); !code.isEmpty()) {
        auto id = m_db.exec(u"SELECT id, code FROM units WHERE code = ? OR compact = ?"_s,
                            {code, UnitCsvImporter::compactOf(code)});
        if (!id)
            return id.error();
        int matches = 0;
        qint64 exact = 0;
        while (id.value().next()) {
            ++matches;
            unitId = id.value().value(0).toLongLong();
            if (id.value().value(1).toString() == code)
                exact = unitId;
        }
        id.value().finish();
        if (exact)
            unitId = exact;
        else if (matches > 1)
            return Error{u"fees.unit_ambiguous"_s,
                         tr("%1 could be %n unit(s); write its code in full.", nullptr, matches).arg(code),
                         u"noticeUnit"_s};
        if (!unitId)
            return Error{u"fees.no_unit"_s, tr("No unit %1 in the registry.").arg(code), u"noticeUnit"_s};
    }
    // The units asked for (`un`): one, a building's, or every one.
    QString scope = u"TRUE"_s;
    QVariantList scopeBinds;
    if (unitId) {
        scope = u"un.id = ?"_s;
        scopeBinds << unitId;
    } else if (buildingId) {
        scope = u"un.building_id = ?"_s;
        scopeBinds << buildingId;
    }
    // R-FE-1: finance checks a run before its notices go out.
    auto unchecked = m_db.exec(u"SELECT r.id FROM bill_lines l JOIN units un ON un.id = l.unit_id JOIN billing_runs r "
                               "ON r.id = l.run_id WHERE l.period = ? AND "_s +
                                   scope +
                                   u" AND NOT EXISTS (SELECT 1 FROM billing_run_checks c WHERE c.run_id = r.id) "
                                   "LIMIT 1"_s,
                               QVariantList{period} + scopeBinds);
    if (!unchecked)
        return unchecked.error();
    const bool anyUnchecked = unchecked.value().next();
    unchecked.value().finish();
    if (anyUnchecked)
        return Error{
            u"fees.unchecked"_s,
            tr("Finance has not checked the billing of %1 yet; its notices print once it is checked.").arg(period),
            u"notices"_s};

    auto q = m_db.exec(
        u"SELECT un.id, un.code, "_s + QLatin1StringView(FeeSql::kOwnerOfUn) +
            u" FROM units un JOIN buildings b ON b.id = un.building_id WHERE EXISTS (SELECT 1 FROM bill_lines l WHERE "
            "l.unit_id = un.id AND l.period = ?) AND "_s +
            scope + u" ORDER BY "_s + RegistryTerms::unitOrderSql(u"un"_s),
        QVariantList{period} + scopeBinds);
    if (!q)
        return q.error();
    QList<PaymentNotice> out;
    while (q.value().next()) {
        PaymentNotice n;
        n.unitId = q.value().value(0).toLongLong();
        n.unitCode = q.value().value(1).toString();
        n.owner = q.value().value(2).toString();
        n.period = period;
        out << n;
    }
    q.value().finish();
    if (out.isEmpty())
        return Error{u"fees.no_notices"_s, tr("Nothing is billed for %1 there.").arg(period), u"notices"_s};

    // One unit's lines are read for it; a building's (or the site's) in two reads, not two per unit.
    const FeeLedger ledger(m_db);
    QHash<qint64, PaymentNotice*> byUnit;
    for (PaymentNotice& n : out)
        byUnit.insert(n.unitId, &n);
    auto month = unitId ? ledger.periodLines(unitId, period) : ledger.monthLines(period, buildingId);
    if (!month)
        return month.error();
    auto open = unitId ? ledger.openLines(unitId) : ledger.openBefore(period, buildingId);
    if (!open)
        return open.error();
    for (const OpenLine& o : month.value())
        if (PaymentNotice* n = byUnit.value(o.line.unitId)) {
            n->lines << o;
            if (!n->dueDay.isValid() || o.line.dueDay < n->dueDay)
                n->dueDay = o.line.dueDay;
        }
    for (const OpenLine& o : open.value())
        if (PaymentNotice* n = byUnit.value(o.line.unitId); n && o.line.period < period)
            n->earlierOwedFen += o.outstandingFen();
    return out;
}

} // namespace fd
