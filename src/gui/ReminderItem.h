#pragma once

#include <QString>

namespace fd {

// One line in the reminders panel. The engine (ReminderService) decides what is due; the panel only shows it.
struct ReminderItem
{
    QString key;          // stable id, e.g. "reminder:42", so an item can be replaced or removed
    QString title;        // "BX-20261122-0007 · Follow-up due"
    QString detail;       // "3-1-502 · water leak · 工程部"
    qint64 dueMs = 0;     // UTC epoch ms; 0 when not timed
    bool overdue = false; // raised and past due: red
    bool dueSoon = false; // not due yet, within the site's due-soon minutes: amber
    qint64 ticketId = 0;
    bool followUp = false; // the follow-up key (F) records a follow-up on its ticket (R-RP-2)
    QString toolTip;       // the ticket's details, shown on Enter or double-click
    QString source;        // a log record's type (a watch: "visitor", "stored_item" …); empty for tickets
    qint64 refId = 0;      // that record's id: Enter opens it on its page
    int more = 0;          // > 0: the row that stands for this many further lines (the panel shows the first ones)

    bool operator==(const ReminderItem&) const = default;
};

} // namespace fd
