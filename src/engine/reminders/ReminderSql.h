#pragma once

#include <QList>
#include <QString>

namespace fd {

// SQL fragments shared by ReminderService's two source files (one definition of "pending").
class ReminderSql
{
public:
    // True while the ticket `t` still shows the due instant of reminder `r` (given as the name the
    // query uses for the reminders table): the reminder has not been acted on.
    [[nodiscard]] static QString pendingPredicate(const QString& r, const QString& t);
    // " AND column IN (1, 2, 3)" for a pass over some tickets, "" for every ticket (ids null). The
    // ids are integers written out, never text from anyone.
    [[nodiscard]] static QString within(const QString& column, const QList<qint64>* ids);
};

} // namespace fd
