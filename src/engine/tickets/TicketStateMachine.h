#pragma once

#include "core/Result.h"
#include "engine/tickets/TicketTerms.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

// clang-format off
// The one table of legal moves. Every kind shares it; a row may be limited to some kinds.
//
//   action               from                                   to                kinds
//   Open                 (none)                                 new               all
//   Dispatch             new, reopened, dispatched (redirect)   dispatched        all but callback
//   FollowUp             dispatched                             dispatched        all but callback   R-RP-2
//   WaitForCustomer      dispatched                             waiting_customer  all but callback
//   WaitForParts         dispatched                             waiting_parts     repair
//   Resume               waiting_customer, waiting_parts        dispatched        all but callback
//   Return (work done)   dispatched                             returned          all but callback   R-RP-3
//   Reply                new, reopened, returned                replied           complaint, request, inquiry, affair
//   Reply (interim)      dispatched                             dispatched        complaint, request, inquiry, affair
//   CallBackSatisfied    returned, replied                      closed            all but callback   R-CB-2
//                        new                                    closed            callback
//   CallBackUnsatisfied  returned, replied                      reopened          all but callback   R-CB-3, R-RP-4
//                        new                                    closed            callback (the opinion becomes
//                                                                                 a new ticket)
//   Reopen               returned, replied, closed              reopened          all
//   Close                new, reopened, returned, replied       closed            inquiry, affair (the others
//                                                                                 close by callback, R-CB-1)
//   Cancel               any open status                        cancelled         all
//   Comment              any status                             (unchanged)       all
//   Grade                any open status                        (unchanged)       complaint          R-CP-3
//   PromiseReply         new, dispatched, reopened              (unchanged)       request, inquiry   R-IN-4
//   Refer                new, reopened                          (unchanged)       inquiry            R-IN-5
//   HeadAbsent           new, reopened                          (unchanged)       inquiry            R-IN-5
//
// waiting_* are the paused statuses: follow-ups stop and resolve-by stands still (TicketClocks).
// clang-format on
class TicketStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(TicketStateMachine)

public:
    struct Row
    {
        TicketAction action;
        QList<TicketStatus> from;
        std::optional<TicketStatus> to; // empty: the status does not change
        QList<TicketKind> kinds;        // empty: every kind
    };

    [[nodiscard]] static const QList<Row>& table();
    // The status the action leads to, or why it is refused (code "ticket.transition").
    [[nodiscard]] static Result<TicketStatus> allowed(TicketKind kind, TicketStatus from, TicketAction action);

private:
    [[nodiscard]] static QString refusal(TicketKind kind, TicketStatus from, TicketAction action);
};

} // namespace fd
