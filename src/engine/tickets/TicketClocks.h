#pragma once

#include "engine/tickets/Ticket.h"

#include <optional>

namespace fd {

// Every due instant a ticket carries, computed in one place from the rules snapshot the ticket
// was opened under (Ticket::rules), never from literals and never from today's settings.
//
//  respond-by   occurred + forward minutes (R-IN-3); runs while new or reopened.
//  follow-up    anchor + k × interval, anchored at dispatch or resume, so a late follow-up never
//               shifts the grid (R-RP-2, R-CP-7); runs only while dispatched.
//  resolve-by   requests and inquiries: occurred + reply hours (R-IN-4); complaints by grade (R-CP-5):
//               minor (and ungraded) / important hours, major resolve days. Met when returned or replied.
//  reply-by     a major complaint's definite reply (R-CP-5); met by a reply.
//  callback-by  done + callback hours, for kinds that owe a callback (R-CB-1, R-CP-8).
// Waiting (paused) stops follow-ups and holds resolve-by and reply-by; resuming moves them later by
// the time spent waiting and adds it to pausedTotalMs.
class TicketClocks
{
public:
    [[nodiscard]] static qint64 minutes(int n) { return qint64(n) * 60'000; }
    [[nodiscard]] static qint64 hours(int n) { return qint64(n) * 3'600'000; }

    // The first slot anchor + k × interval (k ≥ 1) strictly after `at`.
    [[nodiscard]] static qint64 nextSlot(qint64 anchorMs, qint64 atMs, qint64 intervalMs);
    [[nodiscard]] static std::optional<qint64> resolveLimit(TicketKind kind, Severity severity,
                                                            const SiteRules::Snapshot& rules);
    [[nodiscard]] static std::optional<qint64> replyLimit(TicketKind kind, Severity severity,
                                                          const SiteRules::Snapshot& rules);

    // The clocks of a ticket just opened at ticket.occurredMs (status new).
    static void opened(Ticket& ticket);
    // R-IN-4: the reply is due by the time promised to the customer instead of the reply hours.
    static void promise(Ticket& ticket, qint64 promisedMs) { ticket.resolveByMs = promisedMs; }
    // R-CB-1: a callback owed after an event ending at fromMs is due callback hours after that end.
    static void callbackAfter(Ticket& ticket, qint64 fromMs)
    {
        ticket.callbackByMs = fromMs + hours(ticket.rules.callbackHours);
    }
    // Adjusts the clocks after `action` moved the ticket from `from` to ticket.status at `atMs`.
    static void moved(Ticket& ticket, TicketStatus from, TicketAction action, qint64 atMs);
};

} // namespace fd
