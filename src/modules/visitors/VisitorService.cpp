#include "modules/visitors/VisitorService.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "core/EnumTable.h"
#include "core/PhoneNumber.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/watches/WatchService.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// The stored keys of visits.confirmation and visits.status: never change one. An unknown key reads
// as confirmed by phone, and as inside.
constexpr auto kConfirmations = enumTable<VisitConfirmation>(
    "VisitorService",
    {{VisitConfirmation::Phone, "phone", QT_TRANSLATE_NOOP("VisitorService", "Confirmed by phone")},
     {VisitConfirmation::PreArranged, "pre_arranged", QT_TRANSLATE_NOOP("VisitorService", "Pre-arranged")},
     {VisitConfirmation::Refused, "refused", QT_TRANSLATE_NOOP("VisitorService", "Refused")}});
constexpr auto kStatuses = enumTable<VisitStatus>(
    "VisitorService", {{VisitStatus::Inside, "inside", QT_TRANSLATE_NOOP("VisitorService", "Inside")},
                       {VisitStatus::Out, "out", QT_TRANSLATE_NOOP("VisitorService", "Left")},
                       {VisitStatus::Refused, "refused", QT_TRANSLATE_NOOP("VisitorService", "Turned away")}});

const QString kVisitColumns =
    u"v.id, v.visitor_name, v.visitor_phone, v.party_size, v.unit_id, u.code, v.host_name, v.purpose, v.plate, "
    "v.confirmation, v.refusal_reason, v.status, v.arrived_ms, v.left_ms, v.confirmed_ms, "
    "COALESCE(p.display_name, '') FROM visits v JOIN units u ON u.id = v.unit_id "
    "LEFT JOIN users p ON p.id = v.created_by"_s;

VisitConfirmation confirmationFrom(const QString& key)
{
    return kConfirmations.from(key).value_or(VisitConfirmation::Phone);
}

QString statusKey(VisitStatus status)
{
    return kStatuses.key(kStatuses.known(status, VisitStatus::Refused));
}

VisitStatus statusFrom(const QString& key)
{
    return kStatuses.from(key).value_or(VisitStatus::Inside);
}

Visit visitFrom(const QSqlQuery& q)
{
    Visit v;
    v.id = q.value(0).toLongLong();
    v.visitorName = q.value(1).toString();
    v.phone = q.value(2).toString();
    v.partySize = q.value(3).toInt();
    v.unitId = q.value(4).toLongLong();
    v.unitCode = q.value(5).toString();
    v.hostName = q.value(6).toString();
    v.purpose = q.value(7).toString();
    v.plate = q.value(8).toString();
    v.confirmation = confirmationFrom(q.value(9).toString());
    v.refusalReason = q.value(10).toString();
    v.status = statusFrom(q.value(11).toString());
    v.arrivedMs = q.value(12).toLongLong();
    v.leftMs = sql::instantFrom(q.value(13));
    v.confirmedMs = sql::instantFrom(q.value(14));
    v.createdBy = q.value(15).toString();
    return v;
}

QJsonObject describe(const Visit& v)
{
    QJsonObject o{{u"visitor_name"_s, v.visitorName},
                  {u"visitor_phone"_s, v.phone},
                  {u"party_size"_s, v.partySize},
                  {u"unit_id"_s, v.unitId},
                  {u"host_name"_s, v.hostName},
                  {u"purpose"_s, v.purpose},
                  {u"plate"_s, v.plate},
                  {u"confirmation"_s, VisitorService::confirmationKey(v.confirmation)},
                  {u"refusal_reason"_s, v.refusalReason},
                  {u"status"_s, statusKey(v.status)},
                  {u"arrived_ms"_s, v.arrivedMs}};
    if (v.leftMs)
        o.insert(u"left_ms"_s, *v.leftMs);
    if (v.confirmedMs)
        o.insert(u"confirmed_ms"_s, *v.confirmedMs);
    return o;
}

QString clockTime(qint64 ms)
{
    return DateTimeText::time(ms);
}

} // namespace

VisitorService::VisitorService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules)
    : m_db(db), m_clock(clock), m_audit(audit), m_rules(rules)
{}

int VisitorService::confirmMinutes() const
{
    // R-VS-3: 1.5 hours unless the site stored its own number.
    return m_rules.number(QString::fromLatin1(ConfirmMinutesKey));
}

QString VisitorService::confirmationKey(VisitConfirmation confirmation)
{
    return kConfirmations.key(kConfirmations.known(confirmation, VisitConfirmation::Refused));
}

QString VisitorService::confirmationName(VisitConfirmation confirmation)
{
    return kConfirmations.name(kConfirmations.known(confirmation, VisitConfirmation::Refused));
}

QString VisitorService::statusName(VisitStatus status)
{
    return kStatuses.name(kStatuses.known(status, VisitStatus::Refused));
}

Status VisitorService::mayWork(const Session& who) const
{
    return who.require(Permission::ReceiveVisitors); // R-VS-1..4
}

Status VisitorService::validate(const VisitorCheckIn& f) const
{
    if (f.visitorName.trimmed().isEmpty())
        return Error{u"visitor.name"_s, tr("Enter the visitor's name."), u"name"_s};
    if (!f.phone.trimmed().isEmpty() && !PhoneNumber::isValid(f.phone))
        return Error{u"visitor.phone"_s, tr("This is not a phone number; leave it empty if the visitor gives none."),
                     u"phone"_s};
    if (f.partySize < 1)
        return Error{u"visitor.party_size"_s, tr("At least one person comes in."), u"party_size"_s};
    // R-VS-1: ask whom the visitor comes to see.
    if (f.unitId == 0)
        return Error{u"visitor.unit"_s, tr("Ask whom the visitor comes to see and choose the unit."), u"unit"_s};
    auto unit = m_db.scalar(u"SELECT COUNT(*) FROM units WHERE id = ?"_s, {f.unitId});
    if (!unit)
        return unit.error();
    if (unit.value().toLongLong() == 0)
        return Error{u"visitor.unit"_s, tr("That unit is not in the registry."), u"unit"_s};
    if (f.confirmation == VisitConfirmation::Refused) {
        if (f.refusalReason.trimmed().isEmpty()) // R-VS-1: the refusal is recorded with its reason
            return Error{u"visitor.refusal_reason"_s, tr("Write down why the visit was refused."), u"refusal_reason"_s};
        return {};
    }
    if (f.purpose.trimmed().isEmpty()) // R-VS-2
        return Error{u"visitor.purpose"_s, tr("Ask the visitor what the visit is for."), u"purpose"_s};
    return {};
}

Status VisitorService::armWatch(const Visit& v, qint64 fromMs, qint64 nowMs)
{
    // R-VS-3: still inside this long after entering (or after the last confirmation) → ask the resident.
    Watch w;
    w.source = QString::fromLatin1(WatchSource);
    w.refId = v.id;
    w.unitId = v.unitId;
    w.title = tr("Visitor %1 · %2").arg(v.visitorName, v.unitCode);
    w.detail = v.hostName.isEmpty() ? tr("Inside since %1: confirm with the resident.").arg(clockTime(v.arrivedMs))
                                    : tr("Inside since %1: confirm with %2.").arg(clockTime(v.arrivedMs), v.hostName);
    w.dueMs = fromMs + qint64(confirmMinutes()) * 60'000;
    return WatchService(m_db).arm(w, nowMs);
}

Result<Visit> VisitorService::checkIn(const Session& who, const VisitorCheckIn& form)
{
    if (Status s = mayWork(who); !s)
        return s.error();
    if (Status s = validate(form); !s)
        return s.error();
    const bool refused = form.confirmation == VisitConfirmation::Refused;
    const qint64 now = m_clock.nowMs();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto id =
        m_db.insert(u"INSERT INTO visits (visitor_name, visitor_phone, party_size, unit_id, host_name, purpose, plate, "
                    "confirmation, refusal_reason, status, arrived_ms, created_by) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {form.visitorName.trimmed(), sql::text(PhoneNumber::normalize(form.phone.trimmed())),
                     form.partySize, form.unitId, sql::text(form.hostName.trimmed()), sql::text(form.purpose.trimmed()),
                     sql::text(form.plate.trimmed().toUpper()), confirmationKey(form.confirmation),
                     sql::text(refused ? form.refusalReason.trimmed() : QString()),
                     refused ? u"refused"_s : u"inside"_s, now, who.user.id});
    if (!id)
        return id.error();
    auto v = visit(id.value());
    if (!v)
        return v.error();
    if (!refused) // R-VS-1: a refused visitor is never inside, so nothing to watch
        if (Status s = armWatch(v.value(), now, now); !s)
            return s.error();
    auto audited =
        m_audit.append(who, u"visit"_s, v->id, refused ? u"refused"_s : u"checked_in"_s, {}, describe(v.value()));
    if (!audited)
        return audited.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return v;
}

Result<Visit> VisitorService::insideVisit(qint64 visitId) const
{
    auto v = visit(visitId);
    if (!v)
        return v.error();
    switch (v->status) {
    case VisitStatus::Inside:
        return v;
    case VisitStatus::Out:
        return Error{u"visitor.not_inside"_s,
                     tr("%1 already left at %2.").arg(v->visitorName, clockTime(v->leftMs.value_or(0))), u"visit"_s};
    case VisitStatus::Refused:
        break;
    }
    return Error{u"visitor.not_inside"_s, tr("%1 was turned away and never came in.").arg(v->visitorName), u"visit"_s};
}

Result<Visit> VisitorService::confirmStay(const Session& who, qint64 visitId, const QString& note)
{
    if (Status s = mayWork(who); !s)
        return s.error();
    auto before = insideVisit(visitId);
    if (!before)
        return before.error();
    const qint64 now = m_clock.nowMs();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto up = m_db.exec(u"UPDATE visits SET confirmed_ms = ? WHERE id = ? AND status = 'inside'"_s, {now, visitId});
    if (!up)
        return up.error();
    if (up.value().numRowsAffected() != 1) // checked out at another desk since it was read
        return Error{u"visitor.not_inside"_s, tr("%1 is no longer inside.").arg(before.value().visitorName),
                     u"visit"_s};
    auto row = m_db.insert(
        u"INSERT INTO visit_confirmations (visit_id, at_ms, note, recorded_by) VALUES (?, ?, ?, ?) RETURNING id"_s,
        {visitId, now, sql::text(note.trimmed()), who.user.id});
    if (!row)
        return row.error();
    Visit after = before.value();
    after.confirmedMs = now;
    if (Status s = armWatch(after, now, now); !s) // R-VS-3: the next check as many minutes on
        return s.error();
    QJsonObject described = describe(after);
    described.insert(u"note"_s, note.trimmed());
    auto audited = m_audit.append(who, u"visit"_s, visitId, u"confirmed"_s, describe(before.value()), described);
    if (!audited)
        return audited.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return after;
}

Result<Visit> VisitorService::checkOut(const Session& who, qint64 visitId)
{
    if (Status s = mayWork(who); !s)
        return s.error();
    auto before = insideVisit(visitId); // R-VS-4: only someone inside leaves
    if (!before)
        return before.error();
    const qint64 now = m_clock.nowMs();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto up = m_db.exec(u"UPDATE visits SET status = 'out', left_ms = ?, checked_out_by = ? "
                        "WHERE id = ? AND status = 'inside'"_s,
                        {now, who.user.id, visitId});
    if (!up)
        return up.error();
    if (up.value().numRowsAffected() != 1)
        return Error{u"visitor.not_inside"_s, tr("%1 is no longer inside.").arg(before->visitorName), u"visit"_s};
    if (Status s = WatchService(m_db).close(QString::fromLatin1(WatchSource), visitId, now); !s)
        return s.error();
    Visit after = before.value();
    after.status = VisitStatus::Out;
    after.leftMs = now;
    auto audited =
        m_audit.append(who, u"visit"_s, visitId, u"checked_out"_s, describe(before.value()), describe(after));
    if (!audited)
        return audited.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return after;
}

Result<Visit> VisitorService::visit(qint64 id) const
{
    return m_db.one(u"SELECT %1 WHERE v.id = ?"_s.arg(kVisitColumns), {id}, visitFrom,
                    Error{u"visitor.missing"_s, tr("That visit is not on record."), u"visit"_s});
}

Result<QList<Visit>> VisitorService::inside(int limit, int offset) const
{
    auto q = m_db.exec(
        u"SELECT %1 WHERE v.status = 'inside' ORDER BY v.arrived_ms, v.id LIMIT ? OFFSET ?"_s.arg(kVisitColumns),
        {qBound(1, limit, 500), qMax(0, offset)});
    if (!q)
        return q.error();
    QList<Visit> out;
    while (q.value().next())
        out << visitFrom(q.value());
    return out;
}

Result<qint64> VisitorService::insideCount() const
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM visits WHERE status = 'inside'"_s);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

} // namespace fd
