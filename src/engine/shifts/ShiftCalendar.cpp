#include "engine/shifts/ShiftCalendar.h"

#include "engine/tickets/SiteRules.h"

#include <QDateTime>

#include <algorithm>

namespace fd {

ShiftCalendar::ShiftCalendar(const SiteRules& rules) : m_rules(rules) {}

ShiftCalendar::Window ShiftCalendar::lastStart(QChar code, qint64 atMs) const
{
    const SiteRules::ShiftTimes times = m_rules.shift(code); // R-SH-1
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs);
    QDateTime start(at.date(), times.start);
    if (start > at)
        start = QDateTime(at.date().addDays(-1), times.start);
    // A shift whose end is not after its start ends the next day (C: 20:30–07:30).
    const QDate endDay = times.end > times.start ? start.date() : start.date().addDays(1);
    return {code, start.toMSecsSinceEpoch(), QDateTime(endDay, times.end).toMSecsSinceEpoch()};
}

ShiftCalendar::Window ShiftCalendar::shiftAt(qint64 atMs) const
{
    Window best;
    for (QChar code : codes()) {
        const Window w = lastStart(code, atMs);
        if (best.code.isNull() || w.startMs > best.startMs)
            best = w;
    }
    return best;
}

qint64 ShiftCalendar::dueEnd(qint64 startMs) const
{
    const Window w = shiftAt(startMs);
    const qint64 overrun = qint64(m_rules.shiftOverrunMinutes()) * 60'000; // R-SH-1
    if (startMs - w.startMs <= (w.endMs - w.startMs) / 2)
        return w.endMs + overrun;
    return std::max(w.endMs, shiftAt(w.endMs).endMs) + overrun;
}

} // namespace fd
