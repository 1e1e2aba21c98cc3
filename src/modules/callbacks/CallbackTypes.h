#pragma once

#include "engine/tickets/TicketTerms.h"
#include "modules/repairs/RepairTypes.h"

#include <QString>

#include <optional>

namespace fd {

// How a callback call ended (R-CB-2, R-CB-3).
enum class CallbackOutcome { Satisfied, Unsatisfied, Unreachable };

// What to do when the customer is not satisfied (R-CB-3): a repair goes out again as a second
// dispatch (R-RP-4); anything else, or a repair the desk wants to look at first, is reopened.
enum class UnsatisfiedAction { Reopen, Redispatch };

// One call as the clerk records it. The three questions of R-CB-2: was it handled, is the customer
// satisfied (in their words), any other opinion. An unreachable call needs only the note.
struct CallbackRecord
{
    CallbackOutcome outcome = CallbackOutcome::Satisfied;
    std::optional<bool> handled; // Q1; required when the customer was reached
    QString satisfaction;        // Q2 in the customer's words; required when reached
    QString opinion;             // Q3; may be empty
    QString note;                // e.g. "no answer"; for an unreachable call
    UnsatisfiedAction action = UnsatisfiedAction::Reopen;
    DispatchRequest dispatch; // with Redispatch
};

// One row of the callback queue: a ticket whose callback clock is running (R-CB-1).
struct CallbackDue
{
    qint64 ticketId = 0;
    QString number;
    TicketKind kind = TicketKind::Repair;
    TicketStatus status = TicketStatus::Returned;
    QString unitCode;
    QString personName;
    QString callerPhone;
    QString description;
    QString department;
    qint64 dueMs = 0;
    int attempts = 0; // unreachable calls so far
    qint64 lastAttemptMs = 0;
};

// One recorded call (a row of callback_attempts).
struct CallbackAttempt
{
    qint64 id = 0;
    qint64 ticketId = 0;
    CallbackOutcome outcome = CallbackOutcome::Unreachable;
    std::optional<bool> handled;
    QString satisfaction;
    QString opinion;
    QString note;
    qint64 followUpTicketId = 0; // the second dispatch, if any (R-RP-4)
    qint64 opinionTicketId = 0;  // the request or complaint opened from the opinion (R-CB-3)
    qint64 atMs = 0;
    QString recordedBy;
};

} // namespace fd
