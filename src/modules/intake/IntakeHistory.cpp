// IntakeService, part two: the customer's history beside the form (R-CP-10).
#include "modules/intake/IntakeService.h"

#include "engine/Session.h"
#include "storage/Database.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace fd {

Result<IntakeHistory> IntakeService::history(const Session& who, qint64 unitId, const QString& personName) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    IntakeHistory out;
    const QString name = personName.trimmed();
    if (unitId == 0 && name.isEmpty())
        return out;
    // The unit's tickets whoever called; without a unit, the person's by the name they gave.
    const QString where = unitId != 0 ? u"unit_id = ?"_s : u"person_name = ?"_s;
    const QVariant key = unitId != 0 ? QVariant(unitId) : QVariant(name);
    auto q = m_db.exec(u"SELECT id, number, kind, status, occurred_ms, person_name, description FROM tickets WHERE "_s +
                           where + u" ORDER BY occurred_ms DESC, id DESC LIMIT %1"_s.arg(HistoryLimit),
                       {key});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        IntakeHistoryEntry e;
        e.ticketId = r.value(0).toLongLong();
        e.number = r.value(1).toString();
        e.kind = TicketTerms::kindFrom(r.value(2).toString()).value_or(TicketKind::Affair);
        e.status = TicketTerms::statusFrom(r.value(3).toString()).value_or(TicketStatus::New);
        e.occurredMs = r.value(4).toLongLong();
        e.personName = r.value(5).toString();
        e.description = r.value(6).toString();
        out.tickets << e;
    }
    q.value().finish();
    auto complaints = m_db.scalar(u"SELECT COUNT(*) FROM tickets WHERE kind = 'complaint' AND "_s + where, {key});
    if (!complaints)
        return complaints.error();
    out.complaints = complaints.value().toInt();
    out.note = notesFor(unitId, name);
    return out;
}

// R-CP-10: the registry's notes on the unit and on its residents (or on residents of that name).
QString IntakeService::notesFor(qint64 unitId, const QString& personName) const
{
    QStringList notes;
    if (unitId != 0) {
        auto unit = m_db.scalar(u"SELECT notes FROM units WHERE id = ?"_s, {unitId});
        if (unit && !unit.value().toString().trimmed().isEmpty())
            notes << unit.value().toString().trimmed();
    }
    auto q = unitId != 0 ? m_db.exec(u"SELECT name, notes FROM residents WHERE unit_id = ? AND active AND notes <> '' "
                                     "ORDER BY id"_s,
                                     {unitId})
                         : m_db.exec(u"SELECT name, notes FROM residents WHERE name = ? AND active AND notes <> '' "
                                     "ORDER BY id LIMIT 5"_s,
                                     {personName});
    if (q) {
        while (q.value().next())
            notes << u"%1: %2"_s.arg(q.value().value(0).toString(), q.value().value(1).toString().trimmed());
        q.value().finish();
    }
    return notes.join(u'\n');
}

} // namespace fd
