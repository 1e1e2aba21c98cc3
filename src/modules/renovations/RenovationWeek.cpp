#include "modules/renovations/RenovationWeek.h"

#include "storage/Database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

Result<QList<RenovationWeekRow>> RenovationWeek::rows(Database& db, qint64 fromMs, qint64 toMs)
{
    // The last day of the period, as renovations keep their days ("2027-03-05").
    const QString lastDay = QDateTime::fromMSecsSinceEpoch(toMs - 1).date().toString(Qt::ISODate);
    struct Part
    {
        QString label;
        QString sql;
        QVariantList binds;
    };
    const QList<Part> parts{
        {tr("Applications received"),
         u"SELECT COUNT(*) FROM renovations WHERE opened_ms >= ? AND opened_ms < ?"_s,
         {fromMs, toMs}},
        {tr("Approved by engineering"),
         u"SELECT COUNT(*) FROM renovation_rounds WHERE decision = 'approved' AND decided_ms >= ? AND decided_ms < ?"_s,
         {fromMs, toMs}},
        {tr("Returned to change"),
         u"SELECT COUNT(*) FROM renovation_rounds WHERE decision = 'rejected' AND decided_ms >= ? AND decided_ms < ?"_s,
         {fromMs, toMs}},
        {tr("Inspections with a problem"),
         u"SELECT COUNT(*) FROM renovation_inspections WHERE problem AND created_ms >= ? AND created_ms < ?"_s,
         {fromMs, toMs}},
        {tr("Acceptances passed"),
         u"SELECT COUNT(*) FROM renovation_acceptances WHERE decision = 'passed' AND decided_ms >= ? AND "
         "decided_ms < ?"_s,
         {fromMs, toMs}},
        {tr("Acceptances failed"),
         u"SELECT COUNT(*) FROM renovation_acceptances WHERE decision = 'failed' AND decided_ms >= ? AND "
         "decided_ms < ?"_s,
         {fromMs, toMs}},
        {tr("Deposits refunded"),
         u"SELECT COUNT(DISTINCT f.id) FROM deposit_refunds f JOIN deposit_refund_lines l ON l.refund_id = f.id "
         "JOIN renovations r ON l.line_id IN (r.deposit_line_id, r.waste_line_id) WHERE f.paid_ms >= ? AND "
         "f.paid_ms < ?"_s,
         {fromMs, toMs}},
        {tr("Refunds due and not paid"),
         u"SELECT COUNT(*) FROM renovations WHERE stage = 'accepted' AND refund_due_day <= ?"_s,
         {lastDay}},
    };
    QList<RenovationWeekRow> out;
    for (const Part& p : parts) {
        auto n = db.scalar(p.sql, p.binds);
        if (!n)
            return n.error();
        out << RenovationWeekRow{p.label, n.value().toLongLong()};
    }
    return out;
}

} // namespace fd
