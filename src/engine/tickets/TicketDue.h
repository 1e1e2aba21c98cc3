#pragma once

#include "engine/tickets/TicketTerms.h"

#include <QString>

namespace fd {

// One clock of one ticket that is due: what the reminders panel and the scheduler show.
struct TicketDue
{
    qint64 ticketId = 0;
    QString number;
    TicketKind kind = TicketKind::Affair;
    TicketStatus status = TicketStatus::New;
    TicketClock clock = TicketClock::Respond;
    qint64 dueMs = 0;
    QString department;
    Severity severity = Severity::None;
    qint64 unitId = 0;
    QString personName;
    QString unitCode;    // 3-1-502, empty without a unit
    QString description; // what was reported
};

} // namespace fd
