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

// One row of a queue.
struct QueueRow
{
    qint64 ticketId = 0;
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
