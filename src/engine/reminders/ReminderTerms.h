#pragma once

#include "engine/reminders/Reminder.h"

#include <QCoreApplication>

namespace fd {

// Stored keys and display names of the reminder vocabulary.
class ReminderTerms
{
    Q_DECLARE_TR_FUNCTIONS(ReminderTerms)

public:
    [[nodiscard]] static QString key(ReminderDue due);
    [[nodiscard]] static QString key(ReminderLevel level);
    [[nodiscard]] static std::optional<ReminderDue> dueFrom(const QString& key);
    [[nodiscard]] static std::optional<ReminderLevel> levelFrom(const QString& key);
    [[nodiscard]] static ReminderDue dueOf(TicketClock clock);
    // "Follow-up due", "Callback due", "Report to the manager"…
    [[nodiscard]] static QString displayName(ReminderDue due);
    // "Clerk", "Supervisor", "Manager"
    [[nodiscard]] static QString displayName(ReminderLevel level);
};

} // namespace fd
