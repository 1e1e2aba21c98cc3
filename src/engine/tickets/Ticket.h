#pragma once

#include "engine/tickets/SiteRules.h"
#include "engine/tickets/TicketTerms.h"

#include <QString>

#include <optional>

namespace fd {

// One row of `tickets`. Ids of 0 mean "none". A due instant that is empty is not running: met,
// not applicable, or stopped while the ticket waits (see TicketClocks).
struct Ticket
{
    qint64 id = 0;
    TicketKind kind = TicketKind::Affair;
    QString number;
    Channel channel = Channel::WalkIn;
    QString callerPhone;
    qint64 unitId = 0;
    qint64 residentId = 0;
    QString personName;
    QString description;
    QString category;
    QString department;
    Severity severity = Severity::None;
    TicketStatus status = TicketStatus::New;
    qint64 secondDispatchOf = 0;
    qint64 sameEventAs = 0;
    bool retroactive = false;
    bool urgent = false;   // R-IN-2: a report reminder goes to the superiors at once
    qint64 occurredMs = 0; // when it really happened (R-RP-5)
    qint64 createdMs = 0;  // when it was entered
    qint64 createdBy = 0;
    std::optional<qint64> respondByMs;      // forward or first answer (R-IN-3)
    std::optional<qint64> followUpAnchorMs; // the follow-up grid starts here (R-RP-2)
    std::optional<qint64> nextFollowUpMs;
    std::optional<qint64> resolveByMs;  // R-IN-4, R-CP-5
    std::optional<qint64> replyByMs;    // a major complaint's definite reply (R-CP-5)
    std::optional<qint64> callbackByMs; // R-CB-1, R-CP-8
    std::optional<qint64> pausedSinceMs;
    qint64 pausedTotalMs = 0;
    SiteRules::Snapshot rules;
    std::optional<qint64> closedMs;
    int version = 1;
};

} // namespace fd
