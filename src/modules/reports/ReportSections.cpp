#include "modules/reports/ReportSections.h"

#include "core/DateTimeText.h"
#include "core/Money.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

ReportCell text(const QString& s)
{
    return {ReportCell::Type::Text, s, 0, false};
}

ReportCell count(qint64 n)
{
    return {ReportCell::Type::Count, QString::number(n), double(n), false};
}

ReportCell money(qint64 fen)
{
    return {ReportCell::Type::Money, {}, double(fen), false};
}

ReportCell rate(const ReportRate& r)
{
    const auto p = r.percent();
    return {ReportCell::Type::Rate, {}, p ? *p / 100.0 : 0.0, !p.has_value()};
}

ReportSection counts(const QString& id, const QString& title, const QString& what, const QList<ReportCount>& list)
{
    ReportSection s{id, title, {what, ReportSections::tr("Count")}, {}};
    for (const ReportCount& c : list)
        s.rows.append({text(c.label), count(c.count)});
    return s;
}

QString when(qint64 ms)
{
    return DateTimeText::dateTime(ms);
}

} // namespace

QString ReportCell::display() const
{
    switch (type) {
    case Type::Text:
        return text;
    case Type::Count:
        return empty ? u"–"_s : QString::number(qint64(number));
    case Type::Money:
        return Money::text(qint64(number));
    case Type::Rate:
        return empty ? u"–"_s : QString::number(number * 100.0, 'f', 1) + u"%"_s;
    }
    return text;
}

QString ReportSections::title(const ReportFigures& f)
{
    if (f.daily)
        return tr("Daily report %1").arg(DateTimeText::date(f.firstDay));
    // The last day is the site's close day (R-IN-6, rule.week_close_day): the title names it.
    return tr("Weekly report %1 to %2 (closes %3)")
        .arg(DateTimeText::date(f.firstDay), DateTimeText::date(f.lastDay), QLocale().dayName(f.lastDay.dayOfWeek()));
}

QString ReportSections::subtitle(const ReportFigures& f)
{
    return tr("Taken in: %1 · figures as of %2").arg(f.total).arg(DateTimeText::dateTime(f.asOfMs));
}

QList<QPair<QString, ReportRate>> ReportSections::rates(const ReportFigures& f)
{
    return {
        {tr("Forwarded in time (R-IN-3)"), f.forwarding},   {tr("Follow-ups on time (R-RP-2)"), f.followUp},
        {tr("Requests replied in time (R-IN-4)"), f.reply}, {tr("Complaints resolved in time (R-CP-5)"), f.resolution},
        {tr("Callback rate (R-CB-4)"), f.callbacks},        {tr("Satisfied on callback (R-CB-4)"), f.satisfaction},
    };
}

QList<ReportSection> ReportSections::build(const ReportFigures& f)
{
    QList<ReportSection> out;
    out.append(counts(u"kinds"_s, tr("Taken in by kind"), tr("Kind"), f.byKind));
    out.append(counts(u"channels"_s, tr("Taken in by channel"), tr("Channel"), f.byChannel));
    out.append(counts(u"grades"_s, tr("Complaints by grade"), tr("Grade"), f.bySeverity));
    out.append(counts(u"categories"_s, tr("Repairs taken in by category"), tr("Category"), f.byCategory));

    ReportSection rates{u"rates"_s,
                        tr("On time, callbacks and satisfaction"),
                        {tr("Measure"), tr("Met"), tr("Out of"), tr("Rate")},
                        {}};
    for (const auto& [name, r] : ReportSections::rates(f))
        rates.rows.append({text(name), count(r.met), count(r.total), rate(r)});
    out.append(rates);

    // R-CP-8: the callback rate against the site's target, and what was not called back.
    const auto callbackRate = f.callbacks.percent();
    ReportSection target{u"callback_target"_s,
                         tr("Callbacks against the target (R-CP-8)"),
                         {tr("Called back"), tr("Owed"), tr("Rate"), tr("Target"), tr("Target met")},
                         {}};
    target.rows.append({count(f.callbacks.met),
                        count(f.callbacks.total),
                        rate(f.callbacks),
                        {ReportCell::Type::Rate, {}, f.callbackTargetPercent / 100.0, false},
                        text(!callbackRate                                     ? u"–"_s
                             : *callbackRate + 1e-9 >= f.callbackTargetPercent ? tr("yes")
                                                                               : tr("no"))});
    out.append(target);
    ReportSection missed{u"not_called_back"_s,
                         tr("Not called back (R-CP-8)"),
                         {tr("Ticket"), tr("Unit"), tr("Resolved at"), tr("Callback due")},
                         {}};
    for (const MissedCallback& m : f.notCalledBack)
        missed.rows.append({text(m.number), text(m.unitCode.isEmpty() ? u"–"_s : m.unitCode), text(when(m.resolvedMs)),
                            text(when(m.callbackDueMs))});
    out.append(missed);

    ReportSection clerks{u"clerks"_s,
                         tr("Each clerk"),
                         {tr("Clerk"), tr("Tickets taken in (by when they happened)"), tr("Follow-ups recorded"),
                          tr("Callbacks made"), tr("Visits this month (R-CB-5)")},
                         {}};
    for (const ClerkFigures& c : f.clerks)
        clerks.rows.append(
            {text(c.name), count(c.entered), count(c.followUps), count(c.callbacks), count(c.monthVisits)});
    out.append(clerks);

    ReportSection logs{
        u"logs"_s, tr("The desk's logs"), {tr("Log"), tr("Opened"), tr("Closed"), tr("Came due for a check")}, {}};
    for (const LogFigures& l : f.logs)
        logs.rows.append({text(l.label), count(l.opened), count(l.closed), count(l.cameDue)});
    out.append(logs);

    // Issue 13: the cashier's week, for those who may see fee accounts.
    if (!f.collection.isEmpty()) {
        ReportSection fees{u"collection"_s, tr("Fee collection"), {tr("What"), tr("Count"), tr("Amount")}, {}};
        for (const FeeWeekRow& r : f.collection)
            fees.rows.append({text(r.label),
                              r.count ? count(*r.count) : ReportCell{ReportCell::Type::Count, {}, 0, true},
                              money(r.fen)});
        out.append(fees);
    }
    // Issue 15: the renovations' week.
    ReportSection renovations{u"renovations"_s, tr("Renovations"), {tr("What"), tr("Count")}, {}};
    for (const RenovationWeekRow& r : f.renovations)
        renovations.rows.append({text(r.label), count(r.count)});
    out.append(renovations);
    return out;
}

} // namespace fd
