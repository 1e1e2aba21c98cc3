#include "engine/tickets/TicketClocks.h"

#include <QDateTime>

#include <algorithm>

namespace fd {

qint64 TicketClocks::nextSlot(qint64 anchorMs, qint64 atMs, qint64 intervalMs)
{
    if (intervalMs <= 0)
        return atMs;
    if (atMs < anchorMs)
        return anchorMs + intervalMs;
    return anchorMs + ((atMs - anchorMs) / intervalMs + 1) * intervalMs;
}

std::optional<qint64> TicketClocks::resolveLimit(TicketKind kind, Severity severity, const SiteRules::Snapshot& rules)
{
    switch (kind) {
    case TicketKind::Request:
    case TicketKind::Inquiry:
        return hours(rules.replyHours); // R-IN-4
    case TicketKind::Complaint:
        switch (severity) { // R-CP-5; an ungraded complaint is held to the shortest limit until graded
        case Severity::None:
        case Severity::Minor:
            return hours(rules.complaintMinorHours);
        case Severity::Important:
            return hours(rules.complaintImportantHours);
        case Severity::Major:
            return hours(rules.complaintMajorResolveDays * 24);
        }
        break;
    default:
        break;
    }
    return std::nullopt;
}

std::optional<qint64> TicketClocks::replyLimit(TicketKind kind, Severity severity, const SiteRules::Snapshot& rules)
{
    if (kind == TicketKind::Complaint && severity == Severity::Major)
        return hours(rules.complaintMajorReplyHours); // R-CP-5
    return std::nullopt;
}

qint64 TicketClocks::endOfDay(qint64 atMs)
{
    return QDateTime::fromMSecsSinceEpoch(atMs).date().addDays(1).startOfDay().toMSecsSinceEpoch();
}

void TicketClocks::opened(Ticket& t)
{
    const qint64 at = t.occurredMs;
    if (t.kind == TicketKind::Callback) {
        t.callbackByMs = at + hours(t.rules.callbackHours); // R-CB-1
        return;
    }
    t.respondByMs = at + minutes(t.rules.forwardMinutes); // R-IN-3
    if (auto limit = resolveLimit(t.kind, t.severity, t.rules))
        t.resolveByMs = at + *limit;
    if (auto limit = replyLimit(t.kind, t.severity, t.rules))
        t.replyByMs = at + *limit;
}

void TicketClocks::moved(Ticket& t, TicketStatus from, TicketAction action, qint64 at)
{
    const qint64 interval = minutes(t.rules.followUpMinutes);
    switch (action) {
    case TicketAction::Dispatch: // R-RP-2: the grid starts at the dispatch
        t.followUpAnchorMs = at;
        t.nextFollowUpMs = at + interval;
        break;
    case TicketAction::FollowUp:
        t.nextFollowUpMs = nextSlot(t.followUpAnchorMs.value_or(at), at, interval);
        break;
    case TicketAction::WaitForCustomer:
    case TicketAction::WaitForParts:
        t.pausedSinceMs = at;
        break;
    case TicketAction::Resume: {
        const qint64 waited = std::max<qint64>(0, at - t.pausedSinceMs.value_or(at));
        t.pausedTotalMs += waited;
        if (t.resolveByMs)
            *t.resolveByMs += waited;
        if (t.replyByMs)
            *t.replyByMs += waited;
        t.pausedSinceMs.reset();
        t.followUpAnchorMs = at;
        t.nextFollowUpMs = at + interval;
        break;
    }
    case TicketAction::Return:
        // R-CP-6: the department's result on a complaint is replied to the customer the same day.
        if (t.kind == TicketKind::Complaint)
            t.replyByMs = std::min(t.replyByMs.value_or(endOfDay(at)), endOfDay(at));
        break;
    case TicketAction::Reply:
        t.replyByMs.reset();
        break;
    case TicketAction::Reopen:
    case TicketAction::CallBackUnsatisfied:
        if (t.status == TicketStatus::Reopened) {
            t.respondByMs = at + minutes(t.rules.forwardMinutes);
            const auto resolve = resolveLimit(t.kind, t.severity, t.rules);
            t.resolveByMs = resolve ? std::optional<qint64>(at + *resolve) : std::nullopt;
            t.replyByMs.reset();
            t.callbackByMs.reset();
            t.closedMs.reset();
        }
        break;
    case TicketAction::Grade:
        // R-CP-5: the limits follow the grade, counted from when it happened plus any time waited.
        if (from != TicketStatus::Returned && from != TicketStatus::Replied) {
            const qint64 base = t.occurredMs + t.pausedTotalMs;
            const auto resolve = resolveLimit(t.kind, t.severity, t.rules);
            const auto reply = replyLimit(t.kind, t.severity, t.rules);
            t.resolveByMs = resolve ? std::optional<qint64>(base + *resolve) : std::nullopt;
            t.replyByMs = reply ? std::optional<qint64>(base + *reply) : std::nullopt;
        }
        break;
    default:
        break;
    }

    // What each status leaves running.
    const TicketStatus s = t.status;
    if (s != TicketStatus::New && s != TicketStatus::Reopened)
        t.respondByMs.reset();
    if (s != TicketStatus::Dispatched)
        t.nextFollowUpMs.reset();
    if (s == TicketStatus::Returned || s == TicketStatus::Replied) {
        t.resolveByMs.reset();
        if (!t.callbackByMs && TicketTerms::needsCallback(t.kind))
            t.callbackByMs = at + hours(t.rules.callbackHours); // R-CB-1, R-CP-8
    }
    if (!TicketTerms::isOpen(s)) {
        t.resolveByMs.reset();
        t.replyByMs.reset();
        t.callbackByMs.reset();
        t.pausedSinceMs.reset();
        if (!t.closedMs)
            t.closedMs = at;
    }
}

} // namespace fd
