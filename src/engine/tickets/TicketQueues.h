#pragma once

#include "core/Result.h"
#include "engine/tickets/TicketQueue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace fd {

class Database;
struct Session;

// Reads the queues page by page (the lists fetch as they scroll; nothing loads the whole table).
// A ticket's place is its earliest running clock, taken from the partial indexes on each due
// column, so a queue costs what the open work costs, not what ten years of tickets cost.
// "Due soon" is the next DueSoonMinutes after asOf; "overdue" is due at or before asOf.
// `department` empty means every department.
class TicketQueues
{
    Q_DECLARE_TR_FUNCTIONS(TicketQueues)

public:
    static constexpr int DueSoonMinutes = 60;

    explicit TicketQueues(Database& db);

    [[nodiscard]] Result<QList<QueueRow>> page(const Session& who, QueueKind queue, qint64 asOfMs,
                                               const QString& department, int offset, int limit) const;
    [[nodiscard]] Result<QueueCounts> counts(const Session& who, qint64 asOfMs, const QString& department = {}) const;
    // The departments that have open work, for the queue's filter.
    [[nodiscard]] Result<QStringList> departments() const;

private:
    Database& m_db;
};

} // namespace fd
