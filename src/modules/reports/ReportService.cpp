// ReportService, part one: the period, the counts and each clerk's numbers. Part two
// (ReportTimeliness.cpp) holds the on-time rates and the callback statistics.
#include "modules/reports/ReportService.h"

#include "engine/watches/RecordSources.h"
#include "engine/watches/WatchService.h"

#include "core/Clock.h"
#include "core/Translations.h"
#include "engine/Session.h"
#include "engine/tickets/SiteRules.h"
#include "engine/tickets/TicketTerms.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

qint64 startOf(QDate day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

ReportService::ReportService(Database& db, const Clock& clock, const SiteRules& rules)
    : m_db(db), m_clock(clock), m_rules(rules)
{}

QDate ReportService::weekStart(QDate day, int closeDay)
{
    const int firstDay = closeDay % 7 + 1; // R-IN-6: the week starts the day after it closes
    return day.addDays(-((day.dayOfWeek() - firstDay + 7) % 7));
}

int ReportService::weekCloseDay() const
{
    return m_rules.weekCloseDay();
}

QDate ReportService::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
}

Result<ReportFigures> ReportService::week(const Session& who, QDate anyDayInWeek) const
{
    const QDate first = weekStart(anyDayInWeek.isValid() ? anyDayInWeek : today(), weekCloseDay());
    return build(who, first, first.addDays(6), false);
}

Result<ReportFigures> ReportService::day(const Session& who, QDate date) const
{
    const QDate d = date.isValid() ? date : today();
    return build(who, d, d, true);
}

Result<ReportFigures> ReportService::build(const Session& who, QDate first, QDate last, bool daily) const
{
    if (Status s = who.require(Permission::ViewReports); !s)
        return s.error();
    ReportFigures f;
    f.daily = daily;
    f.firstDay = first;
    f.lastDay = last;
    f.fromMs = startOf(first);
    f.toMs = startOf(last.addDays(1));
    f.asOfMs = m_clock.nowMs();
    for (auto step : {&ReportService::counts, &ReportService::timeliness, &ReportService::followUps,
                      &ReportService::callbacks, &ReportService::clerks, &ReportService::logs})
        if (Status s = (this->*step)(f); !s)
            return s.error();
    // The cashiers' table, for those who may see fee accounts (every role that reads reports, today).
    if (who.may(Permission::ViewFeeAccounts)) {
        auto fees = FeeWeek::rows(m_db, who, f.fromMs, f.toMs, f.asOfMs);
        if (!fees)
            return fees.error();
        f.collection = std::move(fees).value();
    }
    auto renovations = RenovationWeek::rows(m_db, f.fromMs, f.toMs);
    if (!renovations)
        return renovations.error();
    f.renovations = std::move(renovations).value();
    return f;
}

Result<QList<ReportCount>> ReportService::countBy(const QString& column, const ReportFigures& f,
                                                  const QString& extraWhere) const
{
    const QString sql = u"SELECT "_s + column +
                        u", COUNT(*) FROM tickets WHERE occurred_ms >= ? AND occurred_ms < ?"_s + extraWhere +
                        u" GROUP BY "_s + column + u" ORDER BY COUNT(*) DESC, "_s + column;
    auto q = m_db.exec(sql, {f.fromMs, f.toMs});
    if (!q)
        return q.error();
    QList<ReportCount> out;
    while (q.value().next())
        out.append({q.value().value(0).toString(), {}, q.value().value(1).toLongLong()});
    return out;
}

Status ReportService::counts(ReportFigures& f) const
{
    // R-IN-6: everything taken in, by kind and by channel (every kind and channel listed, zeros too).
    auto kinds = countBy(u"kind"_s, f);
    if (!kinds)
        return kinds.error();
    QHash<QString, qint64> n;
    for (const ReportCount& c : kinds.value()) {
        n[c.key] = c.count;
        f.total += c.count;
    }
    for (TicketKind k : TicketTerms::kinds())
        f.byKind.append({TicketTerms::key(k), TicketTerms::displayName(k), n.value(TicketTerms::key(k))});

    auto channels = countBy(u"channel"_s, f);
    if (!channels)
        return channels.error();
    n.clear();
    for (const ReportCount& c : channels.value())
        n[c.key] = c.count;
    for (Channel ch : {Channel::WalkIn, Channel::Call, Channel::Letter, Channel::Patrol, Channel::ControlRoom})
        f.byChannel.append({TicketTerms::key(ch), TicketTerms::displayName(ch), n.value(TicketTerms::key(ch))});

    // R-CP-9: complaints by grade.
    auto grades = countBy(u"severity"_s, f, u" AND kind = 'complaint'"_s);
    if (!grades)
        return grades.error();
    n.clear();
    for (const ReportCount& c : grades.value())
        n[c.key] = c.count;
    for (Severity s : {Severity::Major, Severity::Important, Severity::Minor, Severity::None}) {
        const QString key = TicketTerms::key(s);
        const QString label = s == Severity::None ? tr("Not graded yet") : TicketTerms::displayName(s);
        f.bySeverity.append({key, label, n.value(key)});
    }

    // R-RP-1: the repairs by what needed repairing; other kinds have no repair category.
    auto categories = countBy(u"category"_s, f, u" AND kind = 'repair'"_s);
    if (!categories)
        return categories.error();
    // A category is saved as it read on screen, in the language of the day: counted under what it
    // reads as now, so 水路 and Plumbing are one row.
    for (ReportCount c : categories.value()) {
        c.label = c.key.isEmpty() ? tr("(no category)") : Translations::term("RepairDisplay", c.key);
        const auto same = std::find_if(f.byCategory.begin(), f.byCategory.end(),
                                       [&c](const ReportCount& seen) { return seen.label == c.label; });
        if (same != f.byCategory.end())
            same->count += c.count;
        else
            f.byCategory.append(c);
    }
    return {};
}

Status ReportService::logs(ReportFigures& f) const
{
    // Issue 5: the desk's logs, from their watches (every log record arms one when it opens) and the
    // reminders those raised. Every log is listed, zeros too.
    struct Part
    {
        QString sql;
        qint64 LogFigures::*field;
    };
    const Part parts[] = {
        {u"SELECT source, COUNT(*) FROM watches WHERE created_ms >= ? AND created_ms < ? GROUP BY source"_s,
         &LogFigures::opened},
        {u"SELECT source, COUNT(*) FROM watches WHERE closed_ms >= ? AND closed_ms < ? GROUP BY source"_s,
         &LogFigures::closed},
        {u"SELECT w.source, COUNT(DISTINCT w.id) FROM reminders r JOIN watches w ON w.id = r.watch_id "
         "WHERE r.due_ms >= ? AND r.due_ms < ? GROUP BY w.source"_s,
         &LogFigures::cameDue},
    };
    QHash<QString, LogFigures> bySource;
    for (const QString& source : WatchService::sources())
        bySource.insert(source, {source, WatchService::sourceName(source)});
    for (const Part& part : parts) {
        auto q = m_db.exec(part.sql, {f.fromMs, f.toMs});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QString source = q.value().value(0).toString();
            // A module's own follow-ups (the cashier's dunning) are not a log of the desk.
            if (!RecordSources::isDeskLog(source))
                continue;
            LogFigures& l = bySource[source];
            l.source = source;
            l.label = WatchService::sourceName(source);
            l.*part.field = q.value().value(1).toLongLong();
        }
    }
    for (const QString& source : WatchService::sources())
        f.logs.append(bySource.take(source));
    f.logs.append(bySource.values()); // a log this list does not know yet still shows
    return {};
}

Status ReportService::clerks(ReportFigures& f) const
{
    // R-IN-6: each clerk's numbers. Four grouped counts joined in memory by person.
    struct Part
    {
        QString sql;
        qint64 ClerkFigures::*field;
        qint64 fromMs;
    };
    // R-CB-5: own customer visits (not the department's) count from the first of the month.
    const qint64 monthStart = startOf(QDate(f.lastDay.year(), f.lastDay.month(), 1));
    const Part parts[] = {
        // Counted by when the ticket happened, like the totals: a night call entered afterwards (补单)
        // is in the week of the call, so the clerks' numbers add up to the total.
        {u"SELECT t.created_by, u.display_name, COUNT(*) FROM tickets t JOIN users u ON u.id = t.created_by "
         "WHERE t.occurred_ms >= ? AND t.occurred_ms < ? GROUP BY t.created_by, u.display_name"_s,
         &ClerkFigures::entered, f.fromMs},
        {u"SELECT e.actor_id, u.display_name, COUNT(*) FROM ticket_events e JOIN users u ON u.id = e.actor_id "
         "WHERE e.kind = 'followed_up' AND e.at_ms >= ? AND e.at_ms < ? GROUP BY e.actor_id, u.display_name"_s,
         &ClerkFigures::followUps, f.fromMs},
        {u"SELECT e.actor_id, u.display_name, COUNT(*) FROM ticket_events e JOIN users u ON u.id = e.actor_id "
         "WHERE e.kind = 'called_back' AND e.at_ms >= ? AND e.at_ms < ? GROUP BY e.actor_id, u.display_name"_s,
         &ClerkFigures::callbacks, f.fromMs},
        {u"SELECT v.recorded_by, u.display_name, COUNT(*) FROM customer_visits v JOIN users u ON u.id = v.recorded_by "
         "WHERE v.for_department = FALSE AND v.visited_ms >= ? AND v.visited_ms < ? "
         "GROUP BY v.recorded_by, u.display_name"_s,
         &ClerkFigures::monthVisits, monthStart},
    };
    QHash<qint64, ClerkFigures> byId;
    for (const Part& part : parts) {
        auto q = m_db.exec(part.sql, {part.fromMs, f.toMs});
        if (!q)
            return q.error();
        while (q.value().next()) {
            ClerkFigures& c = byId[q.value().value(0).toLongLong()];
            c.userId = q.value().value(0).toLongLong();
            c.name = q.value().value(1).toString();
            c.*part.field = q.value().value(2).toLongLong();
        }
    }
    f.clerks = byId.values();
    std::sort(f.clerks.begin(), f.clerks.end(), [](const ClerkFigures& a, const ClerkFigures& b) {
        if (a.entered != b.entered)
            return a.entered > b.entered;
        return a.name < b.name;
    });
    return {};
}

} // namespace fd
