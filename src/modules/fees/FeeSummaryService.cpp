#include "modules/fees/FeeSummaryService.h"

#include "engine/Session.h"
#include "modules/fees/FeeTerms.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fd {

Result<FeeSummary> FeeSummaryService::monthly(const Session& who, const QString& period) const
{
    if (Status s = who.require(Permission::ViewFeeAccounts); !s)
        return s.error();
    const QDate first = FeeTerms::monthOf(period).value_or(QDate());
    if (!first.isValid())
        return Error{u"fees.period"_s, tr("Write the month as year and month, e.g. 2026-12."), u"period"_s};
    FeeSummary out;
    out.period = period;
    {
        // R-FE-1: per building and item, the month's bills and what settled them.
        auto q = m_db.exec(
            u"SELECT b.code, i.name, SUM(l.amount_fen), SUM(COALESCE(p.paid, 0)), i.basis FROM bill_lines l "
            "JOIN units un ON un.id = l.unit_id JOIN buildings b ON b.id = un.building_id "
            "JOIN charge_items i ON i.id = l.item_id LEFT JOIN (SELECT a.line_id, SUM(a.amount_fen) AS "
            "paid FROM payment_allocations a WHERE NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE "
            "r.payment_id = a.payment_id) GROUP BY a.line_id) p ON p.line_id = l.id WHERE l.period = ? AND NOT "
            "EXISTS (SELECT 1 FROM bill_line_reversals v WHERE v.line_id = l.id) "
            "GROUP BY b.code, i.code, i.name, i.basis ORDER BY b.code, i.code"_s,
            {period});
        if (!q)
            return q.error();
        while (q.value().next()) {
            FeeSummaryRow r{q.value().value(0).toString(), q.value().value(1).toString(),
                            q.value().value(2).toLongLong(), q.value().value(3).toLongLong()};
            // Deposits are held for the units: apart, with their own total.
            const bool deposit = q.value().value(4).toString() == FeeTerms::key(ChargeBasis::Deposit);
            FeeSummaryRow& total = deposit ? out.depositTotal : out.total;
            total.billedFen += r.billedFen;
            total.collectedFen += r.collectedFen;
            (deposit ? out.deposits : out.rows) << r;
        }
        q.value().finish();
    }
    {
        const qint64 from = QDateTime(first, QTime(0, 0)).toMSecsSinceEpoch();
        const qint64 to = QDateTime(first.addMonths(1), QTime(0, 0)).toMSecsSinceEpoch();
        auto q = m_db.exec(u"SELECT p.method, SUM(p.amount_fen) FROM payments p WHERE p.taken_ms >= ? AND p.taken_ms < "
                           "? AND NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.id) GROUP BY "
                           "p.method"_s,
                           {from, to});
        if (!q)
            return q.error();
        QHash<QString, qint64> byKey;
        while (q.value().next())
            byKey.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
        q.value().finish();
        for (PaymentMethod method : FeeTerms::methods()) {
            const qint64 fen = byKey.value(FeeTerms::key(method));
            if (fen != 0)
                out.takenByMethod.append({method, fen});
            out.takenFen += fen;
        }
    }
    return out;
}

} // namespace fd
