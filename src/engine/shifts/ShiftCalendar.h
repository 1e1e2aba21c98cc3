#pragma once

#include <QChar>
#include <QList>

namespace fd {

class SiteRules;

// The shifts of the site's rules (R-SH-1: A 07:30–15:00, B 14:30–21:00, C 20:30–07:30 by default,
// each read from SiteRules) laid on the local calendar. Shifts overlap for the handover, and C
// crosses midnight; "the shift at an instant" is the one that started most recently before it, so
// 14:45 is B (A is handing over), 20:45 is C, and 03:00 and 07:00 are the C that began the evening before.
class ShiftCalendar
{
public:
    struct Window
    {
        QChar code;
        qint64 startMs = 0;
        qint64 endMs = 0; // the next day's end when the shift crosses midnight
    };

    explicit ShiftCalendar(const SiteRules& rules);

    [[nodiscard]] static QList<QChar> codes() { return {u'A', u'B', u'C'}; }
    // The shift that started most recently at or before atMs.
    [[nodiscard]] Window shiftAt(qint64 atMs) const;
    // When a shift started at startMs and not handed over counts as left (R-SH-1): the end of the rules'
    // shift it started in, or of the next one when it started in the second half of its shift (someone
    // starting at 07:00 works the A shift that begins at 07:30, not the last half hour of C), plus the
    // site's overrun minutes (a handover a little late is still a handover).
    [[nodiscard]] qint64 dueEnd(qint64 startMs) const;
    // The latest start of shift `code` at or before atMs.
    [[nodiscard]] Window lastStart(QChar code, qint64 atMs) const;

private:
    const SiteRules& m_rules;
};

} // namespace fd
