#pragma once

#include <QString>

namespace fd {

// One line in the reminders panel. The engine (later) decides what is due; the panel only shows it.
struct ReminderItem
{
    QString key;      // stable id, e.g. "ticket:42:follow-up", so an item can be replaced or removed
    QString title;    // "BX-20261122-0007 follow-up due"
    QString detail;   // "3-1-502 · water leak · dispatched 09:15"
    qint64 dueMs = 0; // UTC epoch ms; 0 when not timed
    bool overdue = false;
};

} // namespace fd
