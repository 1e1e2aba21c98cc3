#pragma once

#include "engine/tickets/TicketTerms.h"

#include <QString>

#include <optional>

namespace fd {

// The desk's work queues (issue 3 "Queues"). A ticket shows once, by its earliest running clock.
enum class QueueKind {
    MyOpen,  // every open ticket the signed-in person entered, waiting ones included
    Overdue, // a running clock is due now or earlier (red)
    DueSoon  // the earliest running clock falls due within the next hour (amber)
};

// One row of a queue: a ticket, or a watched record of a module that queues its due work (a
// renovation's problem to put right): then `source` names it and `refId` is its id, its title is the
// number and its detail the description.
struct QueueRow
{
    qint64 ticketId = 0; // 0 for a watched record
    QString source;      // the watched record's source (RecordSources), empty for a ticket
    qint64 refId = 0;
    QString number;
    TicketKind kind = TicketKind::Affair;
    TicketStatus status = TicketStatus::New;
    QString department;
    Severity severity = Severity::None;
    qint64 unitId = 0;
    QString unitCode; // 3-1-502, empty when the ticket has no unit
    QString personName;
    QString description;
    qint64 createdMs = 0;
    std::optional<qint64> dueMs; // empty: no clock running (waiting, or nothing owed)
    std::optional<TicketClock> dueClock;
};

// How many rows each queue has now: the navigation's counts.
struct QueueCounts
{
    int mine = 0;
    int overdue = 0;
    int dueSoon = 0;
};

} // namespace fd
