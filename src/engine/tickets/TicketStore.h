#pragma once

#include "core/Result.h"
#include "engine/tickets/Ticket.h"
#include "engine/tickets/TicketDue.h"
#include "engine/tickets/TicketEvent.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class Database;

// The SQL of tickets, ticket_events and ticket_counters, written once for SQLite and PostgreSQL.
// Writes expect the caller's Transaction; it is TicketService that decides what may be written.
class TicketStore
{
    Q_DECLARE_TR_FUNCTIONS(TicketStore)

public:
    explicit TicketStore(Database& db);

    // The next number of this kind for this local day, e.g. BX-20261122-0007. The counter row is
    // locked until COMMIT, so two desks never get the same number.
    [[nodiscard]] Result<QString> allocateNumber(TicketKind kind, qint64 atMs);
    [[nodiscard]] Result<qint64> insert(const Ticket& ticket);
    // Writes every changeable column if the row still has `expectedVersion`; gives the new version.
    // Code "ticket.stale" when someone else changed it first.
    [[nodiscard]] Result<int> update(const Ticket& ticket, int expectedVersion);
    [[nodiscard]] Result<qint64> appendEvent(const TicketEvent& event);

    [[nodiscard]] Result<Ticket> load(qint64 id) const;
    [[nodiscard]] Result<QList<TicketEvent>> events(qint64 ticketId) const;
    // Running clocks (open, not paused) whose due instant lies in (fromMs, toMs]; fromMs may be
    // the lowest qint64. Ordered by due instant. `clocks` empty means all.
    // "(…)" SQL list of the statuses whose clocks never fire: closed, cancelled and the waiting states.
    // The due queries here and the reminders use this one definition.
    [[nodiscard]] static QString stoppedStatuses();
    // "('closed', 'cancelled')": the statuses of finished work. `status NOT IN` this list, written
    // exactly so, lets a query use the partial index of open work (migration 0006).
    [[nodiscard]] static QString finishedStatuses();
    // How many tickets of a kind there are ("repair"), counted along the open and the finished
    // partial indexes of schema 24 (a plain COUNT by kind read every ticket: 445 ms at a million).
    [[nodiscard]] static QString kindCountSql(const QString& kind);
    // `limit` > 0 gives the first page only (the queues show 50 rows and fetch more as they scroll).
    [[nodiscard]] Result<QList<TicketDue>> due(qint64 fromMs, qint64 toMs, const QList<TicketClock>& clocks,
                                               int limit = 0) const;

    [[nodiscard]] static Error staleError();

private:
    Database& m_db;
};

} // namespace fd
