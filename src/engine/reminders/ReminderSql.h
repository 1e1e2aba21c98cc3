#pragma once

#include <QString>

namespace fd {

// SQL fragments shared by ReminderService's two source files (one definition of "pending").
class ReminderSql
{
public:
    // True while the ticket `t` still shows the due instant of reminder `r` (given as the name the
    // query uses for the reminders table): the reminder has not been acted on.
    [[nodiscard]] static QString pendingPredicate(const QString& r, const QString& t);
};

} // namespace fd
