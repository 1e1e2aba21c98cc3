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

    // A module's watched records of this source join the overdue and due-soon queues when their watch
    // comes due, as the desk's work beside the tickets (they have no department: only the queues of
    // every department show them). The modules' wiring adds them (ServiceHost).
    void addWatchedSource(const QString& source) { m_watchedSources << source; }

    // The site's "due soon" window (rule.due_soon_minutes, read live).
    [[nodiscard]] int dueSoonMinutes() const;

    [[nodiscard]] Result<QList<QueueRow>> page(const Session& who, QueueKind queue, qint64 asOfMs,
                                               const QString& department, int offset, int limit) const;
    [[nodiscard]] Result<QueueCounts> counts(const Session& who, qint64 asOfMs, const QString& department = {}) const;
    // The departments that have open work, for the queue's filter.
    [[nodiscard]] Result<QStringList> departments() const;

private:
    // The open watches of the queued sources due at or before ? (and after ?, for "due soon"), in the
    // columns rowsSql gives a ticket; empty when no module queues any.
    [[nodiscard]] QString watchedRows(bool dueSoon) const;

    Database& m_db;
    const SiteRules& m_rules;
    QStringList m_watchedSources;
};

} // namespace fd
