#pragma once

#include "core/Result.h"
#include "engine/tickets/TicketQueue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace fd {

class Database;
class SiteRules;
struct Session;

// Reads the queues page by page (the lists fetch as they scroll; nothing loads the whole table).
// A ticket's place is its earliest running clock, taken from the partial indexes on each due
// column, so a queue costs what the open work costs, not what ten years of tickets cost.
// "Due soon" is the site's rule.due_soon_minutes after asOf (the reminders read the same rule);
// "overdue" is due at or before asOf.
// `department` empty means every department.
class TicketQueues
{
    Q_DECLARE_TR_FUNCTIONS(TicketQueues)

public:
    TicketQueues(Database& db, const SiteRules& rules);

    // The site's "due soon" window (rule.due_soon_minutes, read live).
    [[nodiscard]] int dueSoonMinutes() const;

    [[nodiscard]] Result<QList<QueueRow>> page(const Session& who, QueueKind queue, qint64 asOfMs,
                                               const QString& department, int offset, int limit) const;
    [[nodiscard]] Result<QueueCounts> counts(const Session& who, qint64 asOfMs, const QString& department = {}) const;
    // The departments that have open work, for the queue's filter.
    [[nodiscard]] Result<QStringList> departments() const;

private:
    Database& m_db;
    const SiteRules& m_rules;
};

} // namespace fd
