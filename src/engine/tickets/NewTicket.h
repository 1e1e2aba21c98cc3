#pragma once

#include "engine/tickets/TicketTerms.h"

#include <QString>

#include <optional>

namespace fd {

// What the intake form collects (R-IN-1). A retroactive entry (补单, R-RP-5) carries the real
// times the control room gives: when it happened, and when it was dispatched and returned if it was.
struct NewTicket
{
    TicketKind kind = TicketKind::Affair;
    Channel channel = Channel::WalkIn;
    QString callerPhone;
    qint64 unitId = 0;
    qint64 residentId = 0;
    QString personName;
    QString description;
    QString category;
    Severity severity = Severity::None;
    qint64 secondDispatchOf = 0;
    qint64 sameEventAs = 0;
    bool urgent = false; // major, urgent or sudden: reported to the superior at once (R-IN-2)
    // R-IN-4: the time promised to the customer; a request's or inquiry's reply is due then instead of
    // within the reply hours. Must lie in the future.
    std::optional<qint64> promisedReplyMs;
    // R-CB-1: a callback ticket owed after a community event is due callback hours after the event's
    // end, not after the moment it was entered. Callback tickets only.
    std::optional<qint64> callbackFromMs;

    bool retroactive = false;
    std::optional<qint64> occurredMs;   // required when retroactive, refused otherwise
    std::optional<qint64> dispatchedMs; // retroactive only: the control room's direct dispatch
    QString department;                 // with dispatchedMs
    std::optional<qint64> returnedMs;   // retroactive only: the work came back done
    QString technician;                 // with dispatchedMs: who was sent (the return's done_by)
    QString result;                     // with returnedMs: what was done (R-RP-3)
    // Retroactive only: who really took the call and dispatched (the control-room operator). The
    // ticket is theirs (created_by, the steps' actor); the session that enters it is recorded on the
    // intake step as entered_by and audited as the one who acted. 0: the session took it.
    qint64 takenBy = 0;
    QString note;
};

} // namespace fd
