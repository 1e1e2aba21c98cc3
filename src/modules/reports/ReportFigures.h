#pragma once

#include "modules/fees/FeeWeek.h"
#include "modules/renovations/RenovationWeek.h"
#include <QDate>

#include <QList>
#include <QString>

#include <optional>

namespace fd {

// One line of a count table: the stored key (kind, channel, severity, category) and how many.
struct ReportCount
{
    QString key;
    QString label;
    qint64 count = 0;
};

// "met out of total"; no percentage when nothing was due.
struct ReportRate
{
    qint64 met = 0;
    qint64 total = 0;

    [[nodiscard]] std::optional<double> percent() const
    {
        return total > 0 ? std::optional<double>(100.0 * double(met) / double(total)) : std::nullopt;
    }
};

// One clerk's work in the period (R-IN-6): tickets entered, follow-ups recorded, callbacks made;
// and their own customer visits in the month so far (R-CB-5): from the first of the month holding
// the period's last day up to the period's end.
struct ClerkFigures
{
    qint64 userId = 0;
    QString name;
    qint64 entered = 0;
    qint64 followUps = 0;
    qint64 callbacks = 0;
    qint64 monthVisits = 0;
};

// R-CP-8: finished work of the period still not called back when the report was read.
struct MissedCallback
{
    qint64 ticketId = 0;
    QString number;
    QString unitCode;
    qint64 resolvedMs = 0;    // first done: returned by the department, or replied to
    qint64 callbackDueMs = 0; // a day (rule.callback_hours) after that
};

// One of the desk's logs in the period (issue 5): records opened (visitors admitted, items
// deposited, parcels received, tools lent), closed (checked out, collected, returned), and how many
// came due for a check (overstay, past pickup, unclaimed, not back the same day).
struct LogFigures
{
    QString source; // "visitor", "stored_item", "parcel", "tool_loan"
    QString label;
    qint64 opened = 0;
    qint64 closed = 0;
    qint64 cameDue = 0;
};

// The weekly (or daily) report, 周汇报表 (R-IN-6, R-CP-9, R-CB-4). Every number is for the half-open
// period [fromMs, toMs) and was read at asOfMs. See ReportService for what each one counts exactly.
struct ReportFigures
{
    bool daily = false;
    QDate firstDay; // Saturday of the week, or the day
    QDate lastDay;  // the week's close day (rule.week_close_day, R-IN-6), or the day
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 asOfMs = 0;

    qint64 total = 0; // everything taken in
    QList<ReportCount> byKind;
    QList<ReportCount> byChannel;
    QList<ReportCount> bySeverity; // complaints only (R-CP-9)
    QList<ReportCount> byCategory;

    ReportRate forwarding;   // R-IN-3
    ReportRate followUp;     // R-RP-2, R-CP-7
    ReportRate reply;        // R-IN-4
    ReportRate resolution;   // R-CP-5
    ReportRate callbacks;    // R-CB-4, R-CP-8: called back out of owed
    ReportRate satisfaction; // R-CB-4: satisfied out of callbacks made

    QList<ClerkFigures> clerks;
    QList<LogFigures> logs;

    int callbackTargetPercent = 100;     // R-CP-8: the site's target (rule.callback_target_percent)
    QList<MissedCallback> notCalledBack; // R-CP-8: the owed callbacks not made, resolved first

    QList<FeeWeekRow> collection; // issue 13: billed, collected, taken back, dunning (empty without fees.view)
    QList<RenovationWeekRow> renovations; // issue 15: applications, approvals, problems, acceptances, refunds
};

} // namespace fd
