#pragma once

#include "core/Result.h"
#include "modules/reports/ReportFigures.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariantList>

namespace fd {

class Clock;
class Database;
class SiteRules;
struct Session;

// The weekly report 周汇报表 (R-IN-6, R-CP-9, R-CB-4) and its daily version. It only reads: every
// number comes from aggregate SQL (GROUP BY) over tickets and ticket_events of the period, the same
// on SQLite and PostgreSQL; no ticket list is ever loaded.
//
// Period. A week closes on the site's rule.week_close_day (R-IN-6, "every Friday before close";
// default Friday): it runs from the next day 00:00 to the close day's 24:00 (with Friday: Saturday
// 00:00 to the next Saturday 00:00), local time. A day runs from 00:00 to the next 00:00.
//
// Counts (taken in = occurred_ms in the period, retroactive entries at their real time, R-RP-5;
// cancelled tickets included, they were taken in): by kind, by channel, complaints by grade, by category.
//
// On-time rates, over the tickets taken in during the period that are not cancelled; each limit comes
// from the rules snapshot the ticket was opened under (TicketClocks, SiteRules::Snapshot):
//   forwarding (R-IN-3)  the first dispatch, reply or close at or before occurred + forward minutes.
//                        Counted once answered, or once the limit has passed unanswered (late).
//                        Every kind but callback tickets. A reopened ticket keeps its first answer.
//   reply (R-IN-4)       requests and inquiries: the first move to returned, replied or closed at or
//                        before occurred + reply hours + time waited. Interim replies do not count.
//   resolution (R-CP-5)  complaints: the same, with the limit of the grade they have now.
//   follow-up (R-RP-2)   every follow-up recorded in the period (any ticket): on time when at or
//                        before its slot, the engine's grid anchor + k × interval (anchor: the latest
//                        dispatch or resume), k the first slot after the previous dispatch, resume or
//                        follow-up. A slot missed entirely shows as the late follow-up that came next.
//   callbacks (R-CB-4)   owed: repairs, complaints and requests first done (returned or replied) in the
//                        period; met: those called back since (any outcome).
//   satisfaction         callbacks made in the period (any ticket): satisfied out of all.
// Clerks: tickets entered (created_ms), follow-ups and callbacks recorded (at_ms) in the period.
// Logs (issue 5), from the watches every log record arms when it opens: opened (created_ms) and
// closed (closed_ms) in the period, and came due = records with a reminder due in the period.
//
// Permission::ViewReports (supervisors and managers): the report reviews the desk's work and each
// clerk's numbers, like the morning review; JudgeComplaints is about deciding single complaints.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    ReportService(Database& db, const Clock& clock, const SiteRules& rules);

    [[nodiscard]] Result<ReportFigures> week(const Session& who, QDate anyDayInWeek) const;
    [[nodiscard]] Result<ReportFigures> day(const Session& who, QDate date) const;

    // The first day of the week holding `day` when the week closes on `closeDay` (1 = Monday … 7).
    [[nodiscard]] static QDate weekStart(QDate day, int closeDay);
    // The site's close day (rule.week_close_day, R-IN-6).
    [[nodiscard]] int weekCloseDay() const;
    // Today by the clock.
    [[nodiscard]] QDate today() const;

private:
    Result<ReportFigures> build(const Session& who, QDate first, QDate last, bool daily) const;
    Status counts(ReportFigures& f) const;
    Status timeliness(ReportFigures& f) const;
    Status followUps(ReportFigures& f) const;
    Status callbacks(ReportFigures& f) const;
    Status clerks(ReportFigures& f) const;
    Status logs(ReportFigures& f) const;
    Result<QList<ReportCount>> countBy(const QString& column, const ReportFigures& f,
                                       const QString& extraWhere = {}) const;

    Database& m_db;
    const Clock& m_clock;
    const SiteRules& m_rules;
};

} // namespace fd
