#include "modules/callbacks/VisitService.h"

#include "core/Clock.h"
#include "core/EnumTable.h"
#include "engine/AuditLog.h"
#include "engine/Role.h"
#include "engine/Session.h"
#include "engine/tickets/SiteRules.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// The stored keys of customer_visits.way: never change one.
constexpr auto kWays =
    enumTable<VisitWay>("VisitService", {{VisitWay::Door, "door", QT_TRANSLATE_NOOP("VisitService", "At the door")},
                                         {VisitWay::Phone, "phone", QT_TRANSLATE_NOOP("VisitService", "By phone")},
                                         {VisitWay::Meeting, "meeting", QT_TRANSLATE_NOOP("VisitService", "Meeting")},
                                         {VisitWay::Other, "other", QT_TRANSLATE_NOOP("VisitService", "Other")}});

const QString kVisitColumns =
    u"v.id, v.unit_id, COALESCE(n.code, ''), v.person_name, v.visited_ms, v.way, v.topic, v.opinion, "
    "v.for_department, v.recorded_by, COALESCE(u.display_name, ''), v.created_ms "
    "FROM customer_visits v LEFT JOIN units n ON n.id = v.unit_id LEFT JOIN users u ON u.id = v.recorded_by"_s;

CustomerVisit visitFrom(const QSqlQuery& q)
{
    CustomerVisit v;
    v.id = q.value(0).toLongLong();
    v.unitId = q.value(1).toLongLong();
    v.unitCode = q.value(2).toString();
    v.personName = q.value(3).toString();
    v.visitedMs = q.value(4).toLongLong();
    v.way = VisitService::wayFrom(q.value(5).toString()).value_or(VisitWay::Other);
    v.topic = q.value(6).toString();
    v.opinion = q.value(7).toString();
    v.forDepartment = q.value(8).toBool();
    v.recordedById = q.value(9).toLongLong();
    v.recordedBy = q.value(10).toString();
    v.createdMs = q.value(11).toLongLong();
    return v;
}

QJsonObject describe(const CustomerVisit& v)
{
    return {{u"unit_id"_s, v.unitId},
            {u"unit"_s, v.unitCode},
            {u"person_name"_s, v.personName},
            {u"visited_ms"_s, v.visitedMs},
            {u"way"_s, VisitService::wayKey(v.way)},
            {u"topic"_s, v.topic},
            {u"opinion"_s, v.opinion},
            {u"for_department"_s, v.forDepartment}};
}

Error fieldError(const QString& code, const QString& message, const QString& field)
{
    return Error{code, message, field};
}

} // namespace

VisitService::VisitService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules)
    : m_db(db), m_clock(clock), m_audit(audit), m_rules(rules)
{}

QString VisitService::wayKey(VisitWay way)
{
    return kWays.key(way); // empty: not a way
}

std::optional<VisitWay> VisitService::wayFrom(const QString& key)
{
    return kWays.from(key);
}

QString VisitService::wayName(VisitWay way)
{
    return kWays.name(kWays.known(way, VisitWay::Other));
}

QList<VisitWay> VisitService::ways()
{
    return kWays.values();
}

std::pair<qint64, qint64> VisitService::monthOf(qint64 ms)
{
    // Local calendar days, as the reports count them.
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms).date();
    const QDate first(day.year(), day.month(), 1);
    return {QDateTime(first, QTime(0, 0)).toMSecsSinceEpoch(),
            QDateTime(first.addMonths(1), QTime(0, 0)).toMSecsSinceEpoch()};
}

Status VisitService::validate(const VisitInput& visit) const
{
    if (visit.unitId <= 0)
        return fieldError(u"visit.unit"_s, tr("Choose the unit visited."), u"unit"_s);
    auto known = m_db.scalar(u"SELECT COUNT(*) FROM units WHERE id = ?"_s, {visit.unitId});
    if (!known)
        return known.error();
    if (known.value().toLongLong() == 0)
        return fieldError(u"visit.unit"_s, tr("That unit is not in the registry."), u"unit"_s);
    if (wayKey(visit.way).isEmpty())
        return fieldError(u"visit.way"_s, tr("Choose how the visit was made."), u"way"_s);
    if (visit.visitedMs <= 0)
        return fieldError(u"visit.visited"_s, tr("Give the time of the visit."), u"visited"_s);
    if (visit.visitedMs > m_clock.nowMs())
        return fieldError(u"visit.visited"_s, tr("A visit is recorded after it was made, not before."), u"visited"_s);
    if (visit.topic.trimmed().isEmpty())
        return fieldError(u"visit.topic"_s, tr("Write down what the visit was about."), u"topic"_s);
    return {};
}

Result<CustomerVisit> VisitService::record(const Session& who, const VisitInput& visit)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    if (Status s = validate(visit); !s)
        return s.error();

    CustomerVisit v;
    v.unitId = visit.unitId;
    v.personName = visit.personName.trimmed();
    v.visitedMs = visit.visitedMs;
    v.way = visit.way;
    v.topic = visit.topic.trimmed();
    v.opinion = visit.opinion.trimmed();
    v.forDepartment = visit.forDepartment;
    v.recordedById = who.user.id;
    v.recordedBy = who.user.displayName;
    v.createdMs = m_clock.nowMs();

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto code = m_db.scalar(u"SELECT code FROM units WHERE id = ?"_s, {v.unitId});
    if (!code)
        return code.error();
    v.unitCode = code.value().toString();
    auto id = m_db.insert(u"INSERT INTO customer_visits (unit_id, person_name, visited_ms, way, topic, opinion, "
                          "for_department, recorded_by, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {v.unitId, v.personName.isNull() ? u""_s : v.personName, v.visitedMs, wayKey(v.way), v.topic,
                           v.opinion.isNull() ? u""_s : v.opinion, v.forDepartment, v.recordedById, v.createdMs});
    if (!id)
        return id.error();
    v.id = id.value();
    auto audited = m_audit.append(who, u"customer_visit"_s, v.id, u"recorded"_s, {}, describe(v));
    if (!audited)
        return audited.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return v;
}

Result<VisitProgress> VisitService::progress(qint64 anyMsInMonth) const
{
    VisitProgress p;
    std::tie(p.fromMs, p.toMs) = monthOf(anyMsInMonth);
    const int clerkQuota = m_rules.visitsClerkMonthly(); // R-CB-5
    const QString own = u"SELECT COUNT(*) FROM customer_visits v WHERE v.recorded_by = u.id "
                        "AND v.for_department = FALSE AND v.visited_ms >= ? AND v.visited_ms < ?"_s;
    auto q = m_db.exec(u"SELECT u.id, u.display_name, (%1) FROM users u "
                       "WHERE (u.role = ? AND u.active = TRUE) OR (%1) > 0 ORDER BY u.display_name, u.id"_s.arg(own),
                       {p.fromMs, p.toMs, Roles::key(Role::Clerk), p.fromMs, p.toMs});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery& s = q.value();
        p.clerks << VisitTally{s.value(0).toLongLong(), s.value(1).toString(), s.value(2).toInt(), clerkQuota};
    }
    auto department = m_db.scalar(u"SELECT COUNT(*) FROM customer_visits WHERE for_department = TRUE "
                                  "AND visited_ms >= ? AND visited_ms < ?"_s,
                                  {p.fromMs, p.toMs});
    if (!department)
        return department.error();
    p.department = VisitTally{0, tr("Department"), department.value().toInt(), m_rules.visitsDepartmentMonthly()};
    return p;
}

Result<QList<CustomerVisit>> VisitService::recent(int limit, int offset) const
{
    auto q = m_db.exec(u"SELECT %1 ORDER BY v.visited_ms DESC, v.id DESC LIMIT ? OFFSET ?"_s.arg(kVisitColumns),
                       {qBound(1, limit, 500), qMax(0, offset)});
    if (!q)
        return q.error();
    QList<CustomerVisit> out;
    while (q.value().next())
        out << visitFrom(q.value());
    return out;
}

Result<qint64> VisitService::count() const
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM customer_visits"_s);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

} // namespace fd
