#include "engine/tickets/TicketQueues.h"

#include "engine/Session.h"
#include "engine/tickets/TicketStore.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

struct DueColumn
{
    TicketClock clock;
    const char16_t* column;
};

constexpr std::array<DueColumn, 5> kDueColumns{{
    {TicketClock::Respond, u"respond_by_ms"},
    {TicketClock::FollowUp, u"next_follow_up_ms"},
    {TicketClock::Resolve, u"resolve_by_ms"},
    {TicketClock::Reply, u"reply_by_ms"},
    {TicketClock::Callback, u"callback_by_ms"},
}};

// Each running clock of each ticket that is not stopped, one row per clock; every branch is a
// range over one partial index. `upTo` bounds them (overdue and due soon never need later ones).
QString firstDueCte(bool bounded)
{
    QStringList parts;
    for (const DueColumn& c : kDueColumns) {
        const QString column = QString::fromUtf16(c.column);
        parts << u"SELECT id, %1 AS due_ms FROM tickets WHERE %1 IS NOT NULL%2 AND status NOT IN %3"_s.arg(
            column, bounded ? u" AND %1 <= ?"_s.arg(column) : QString(), TicketStore::stoppedStatuses());
    }
    return u"WITH due AS ("_s + parts.join(u" UNION ALL "_s) +
           u"), first_due AS (SELECT id, MIN(due_ms) AS due_ms FROM due GROUP BY id) "_s;
}

QString openStatuses()
{
    QStringList keys;
    for (TicketStatus s : TicketTerms::statuses())
        if (TicketTerms::isOpen(s))
            keys << u"'"_s + TicketTerms::key(s) + u"'"_s;
    return u"("_s + keys.join(u", "_s) + u")"_s;
}

const QString kColumns = u"t.id, t.number, t.kind, t.status, t.department, t.severity, COALESCE(t.unit_id, 0), "
                         "t.person_name, t.description, t.created_ms, f.due_ms, COALESCE(u.code, '')"_s;
constexpr int kFirstClockColumn = 12;

QueueRow rowFrom(const QSqlQuery& r)
{
    QueueRow row;
    row.ticketId = r.value(0).toLongLong();
    row.number = r.value(1).toString();
    row.kind = TicketTerms::kindFrom(r.value(2).toString()).value_or(TicketKind::Affair);
    row.status = TicketTerms::statusFrom(r.value(3).toString()).value_or(TicketStatus::New);
    row.department = r.value(4).toString();
    row.severity = TicketTerms::severityFrom(r.value(5).toString()).value_or(Severity::None);
    row.unitId = r.value(6).toLongLong();
    row.personName = r.value(7).toString();
    row.description = r.value(8).toString();
    row.createdMs = r.value(9).toLongLong();
    row.dueMs = sql::instantFrom(r.value(10));
    row.unitCode = r.value(11).toString();
    for (int i = 0; i < int(kDueColumns.size()); ++i)
        if (row.dueMs && !r.value(kFirstClockColumn + i).isNull() &&
            r.value(kFirstClockColumn + i).toLongLong() == *row.dueMs) {
            row.dueClock = kDueColumns[size_t(i)].clock;
            break;
        }
    return row;
}

} // namespace

TicketQueues::TicketQueues(Database& db) : m_db(db) {}

Result<QList<QueueRow>> TicketQueues::page(const Session& who, QueueKind queue, qint64 asOfMs,
                                           const QString& department, int offset, int limit) const
{
    QStringList clockColumns;
    for (const DueColumn& c : kDueColumns)
        clockColumns << u"t."_s + QString::fromUtf16(c.column);
    const QString columns = kColumns + u", "_s + clockColumns.join(u", "_s);
    QVariantList binds;
    QString sql;
    if (queue == QueueKind::MyOpen) {
        // Waiting tickets stay in "my work" (no clock runs for them): they go last.
        sql = firstDueCte(false) + u"SELECT "_s + columns +
              u" FROM tickets t LEFT JOIN first_due f ON f.id = t.id LEFT JOIN units u ON u.id = t.unit_id "
              "WHERE t.status IN %1 AND t.created_by = ?"_s.arg(openStatuses());
        binds << who.user.id;
    } else {
        const qint64 upTo = queue == QueueKind::Overdue ? asOfMs : asOfMs + qint64(DueSoonMinutes) * 60'000;
        sql = firstDueCte(true) + u"SELECT "_s + columns +
              u" FROM first_due f JOIN tickets t ON t.id = f.id LEFT JOIN units u ON u.id = t.unit_id WHERE "_s +
              (queue == QueueKind::Overdue ? u"f.due_ms <= ?"_s : u"f.due_ms > ? AND f.due_ms <= ?"_s);
        for (size_t i = 0; i < kDueColumns.size(); ++i)
            binds << upTo;
        if (queue == QueueKind::DueSoon)
            binds << asOfMs;
        binds << upTo;
    }
    if (!department.isEmpty()) {
        sql += u" AND t.department = ?"_s;
        binds << department;
    }
    sql += queue == QueueKind::MyOpen ? u" ORDER BY CASE WHEN f.due_ms IS NULL THEN 1 ELSE 0 END, f.due_ms, t.id DESC"_s
                                      : u" ORDER BY f.due_ms, t.id"_s;
    sql += u" LIMIT ? OFFSET ?"_s;
    binds << limit << offset;
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<QueueRow> out;
    while (q.value().next())
        out.append(rowFrom(q.value()));
    return out;
}

Result<QueueCounts> TicketQueues::counts(const Session& who, qint64 asOfMs, const QString& department) const
{
    const qint64 soon = asOfMs + qint64(DueSoonMinutes) * 60'000;
    QVariantList binds;
    for (size_t i = 0; i < kDueColumns.size(); ++i)
        binds << soon;
    QString sql = firstDueCte(true) + u"SELECT COALESCE(SUM(CASE WHEN f.due_ms <= ? THEN 1 ELSE 0 END), 0), "
                                      "COALESCE(SUM(CASE WHEN f.due_ms > ? THEN 1 ELSE 0 END), 0) "
                                      "FROM first_due f JOIN tickets t ON t.id = f.id"_s;
    binds << asOfMs << asOfMs;
    if (!department.isEmpty()) {
        sql += u" WHERE t.department = ?"_s;
        binds << department;
    }
    auto due = m_db.exec(sql, binds);
    if (!due)
        return due.error();
    QueueCounts counts;
    if (due.value().next()) {
        counts.overdue = due.value().value(0).toInt();
        counts.dueSoon = due.value().value(1).toInt();
    }
    QString mineSql = u"SELECT COUNT(*) FROM tickets WHERE status IN %1 AND created_by = ?"_s.arg(openStatuses());
    QVariantList mineBinds{who.user.id};
    if (!department.isEmpty()) {
        mineSql += u" AND department = ?"_s;
        mineBinds << department;
    }
    auto mine = m_db.scalar(mineSql, mineBinds);
    if (!mine)
        return mine.error();
    counts.mine = mine.value().toInt();
    return counts;
}

Result<QStringList> TicketQueues::departments() const
{
    auto q = m_db.exec(u"SELECT DISTINCT department FROM tickets WHERE status IN %1 AND department <> '' "
                       "ORDER BY department"_s.arg(openStatuses()));
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

} // namespace fd
