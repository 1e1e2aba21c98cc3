#pragma once

#include "engine/tickets/TicketTerms.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace fd {

// What came due: one of a ticket's clocks; Report — a major or important complaint that the
// manager must hear about at once (R-IN-2, R-CP-4); Watch — an open record of the desk's logs
// that came due (a visitor inside past 1.5 hours, an item past its pickup time; engine/watches);
// Judge — a complaint nobody has judged within rule.complaint.judge_minutes (R-CP-2), the
// supervisor's; Result — a complaint's result came back from the department and is reported to the
// supervisor while the customer's reply, due that day, is still owed (R-CP-6).
enum class ReminderDue { Respond, FollowUp, Resolve, Reply, Callback, Report, Watch, Judge, Result };

// The rungs of the escalation ladder: due → the clerk on duty; overdue past the site's threshold →
// the supervisor's inbox; long overdue, or a major/important complaint → the manager (R-IN-2, R-CP-4).
enum class ReminderLevel { Clerk, Supervisor, Manager };

// One raised reminder with what the panel needs of its ticket. A reminder stays active until its
// ticket acts on it (follow-up recorded, returned, replied, closed…), which is derived from the
// ticket's current due instants, never from a flag someone must remember to set.
struct Reminder
{
    qint64 id = 0;
    qint64 ticketId = 0; // 0 for a watch
    qint64 watchId = 0;  // 0 for a ticket's clock or report
    QString source;      // a watch's record type ("visitor", "stored_item" …); empty for tickets
    qint64 refId = 0;    // a watch's record id in its module
    ReminderDue due = ReminderDue::Respond;
    qint64 dueMs = 0;
    qint64 raisedMs = 0;
    ReminderLevel level = ReminderLevel::Clerk;         // as of the moment it was read
    ReminderLevel recordedLevel = ReminderLevel::Clerk; // the highest rung saved so far
    std::optional<qint64> acknowledgedMs;
    QString number; // the ticket's number; a watch's title
    TicketKind kind = TicketKind::Affair;
    TicketStatus status = TicketStatus::New;
    Severity severity = Severity::None;
    QString department;
    QString description; // the ticket's text; a watch's detail
    QString personName;
    qint64 unitId = 0;
    QString unitCode; // 3-1-502
    int ticketVersion = 0;
};

} // namespace fd

Q_DECLARE_METATYPE(fd::Reminder)
