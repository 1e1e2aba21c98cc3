#include "modules/renovations/RenovationHandoverProvider.h"

#include "core/DateTimeText.h"
#include "engine/shifts/Shift.h"
#include "modules/renovations/RenovationTerms.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace fd {

RenovationHandoverProvider::RenovationHandoverProvider(Database& db) : m_db(db) {}

QString RenovationHandoverProvider::source() const
{
    return u"renovations"_s;
}

Result<QList<HandoverLine>> RenovationHandoverProvider::openItems(const Post& post, qint64 asOfMs) const
{
    if (post.isControlRoom) // renovations are the desk's
        return QList<HandoverLine>{};
    auto q = m_db.exec(u"SELECT r.id, r.number, un.code, res.name, r.stage, r.planned_end, "
                       "(SELECT COUNT(*) FROM renovation_inspections i WHERE i.renovation_id = r.id AND i.problem "
                       "AND i.fixed_ms IS NULL) FROM renovations r JOIN units un ON un.id = r.unit_id "
                       "JOIN residents res ON res.id = r.resident_id WHERE r.ended_ms IS NULL AND r.opened_ms <= ? "
                       "ORDER BY r.planned_end, r.id"_s,
                       {asOfMs});
    if (!q)
        return q.error();
    QList<HandoverLine> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const auto stage = RenovationTerms::stageFromKey(r.value(4).toString()).value_or(RenovationStage::Review);
        HandoverLine line;
        line.kind = HandoverItemKind::Log;
        line.refId = r.value(0).toLongLong();
        line.text = tr("Renovation %1 %2 %3 · %4 · ends %5")
                        .arg(r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                             RenovationTerms::displayName(stage),
                             DateTimeText::date(QDate::fromString(r.value(5).toString(), Qt::ISODate)));
        if (const int problems = r.value(6).toInt(); problems > 0)
            line.text += u" · "_s + tr("%n problem(s) to put right", nullptr, problems);
        out << line;
    }
    return out;
}

} // namespace fd
