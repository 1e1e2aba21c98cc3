#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace fd {

// What a ticket is about (R-IN-1). Each kind has its own number prefix (BX-20261122-0007).
enum class TicketKind { Repair, Complaint, Request, Inquiry, Affair, Callback };

// Where it was taken in (R-IN-1).
enum class Channel { WalkIn, Call, Letter, Patrol, ControlRoom };

// A complaint's grade (R-CP-3); None until the supervisor grades it.
enum class Severity { None, Minor, Important, Major };

// Where a ticket stands. See TicketStateMachine for the moves between them.
enum class TicketStatus {
    New,
    Dispatched,
    WaitingCustomer,
    WaitingParts,
    Returned,
    Replied,
    Reopened,
    Closed,
    Cancelled
};

// What can be done to a ticket; each one leaves a ticket_events row (its event kind is eventKey()).
enum class TicketAction {
    Open,
    Dispatch,
    FollowUp,
    WaitForCustomer,
    WaitForParts,
    Resume,
    Return,
    Reply,
    CallBackSatisfied,
    CallBackUnsatisfied,
    Reopen,
    Comment,
    Grade,
    Cancel,
    Close,
    PromiseReply, // R-IN-4: the reply is due by the time promised to the customer
    Refer,        // R-IN-5: an inquiry goes to the department head
    HeadAbsent,   // R-IN-5: the head is absent; the clerk keeps the contact and owes the reply
};

// The clocks a ticket runs (DESIGN.md "three clocks", with the reply and callback limits split out).
enum class TicketClock { Respond, FollowUp, Resolve, Reply, Callback };

// Stored keys, display names and number prefixes of the ticket vocabulary: one EnumTable per enum.
class TicketTerms
{
    Q_DECLARE_TR_FUNCTIONS(TicketTerms)

public:
    [[nodiscard]] static QString key(TicketKind kind);
    [[nodiscard]] static QString key(Channel channel);
    [[nodiscard]] static QString key(Severity severity);
    [[nodiscard]] static QString key(TicketStatus status);
    [[nodiscard]] static QString key(TicketClock clock);
    // The event kind stored in ticket_events (opened, dispatched, followed_up, paused, …).
    [[nodiscard]] static QString eventKey(TicketAction action);

    [[nodiscard]] static std::optional<TicketKind> kindFrom(const QString& key);
    [[nodiscard]] static std::optional<Channel> channelFrom(const QString& key);
    [[nodiscard]] static std::optional<Severity> severityFrom(const QString& key);
    [[nodiscard]] static std::optional<TicketStatus> statusFrom(const QString& key);
    [[nodiscard]] static std::optional<TicketClock> clockFrom(const QString& key);

    // BX 报修, TS 投诉, JY 建议/request, ZX 咨询, SW 事务, HF 回访.
    [[nodiscard]] static QString numberPrefix(TicketKind kind);
    [[nodiscard]] static QString displayName(TicketKind kind);
    [[nodiscard]] static QString displayName(TicketStatus status);
    [[nodiscard]] static QString displayName(Channel channel);
    [[nodiscard]] static QString displayName(Severity severity);
    // What an event kind (eventKey()) reads as in a ticket's history; unknown keys are shown as stored.
    [[nodiscard]] static QString eventDisplayName(const QString& eventKey);

    // Every value, in the order the tables (TicketTerms.cpp) list them.
    [[nodiscard]] static QList<TicketKind> kinds();
    [[nodiscard]] static QList<Channel> channels();
    [[nodiscard]] static QList<Severity> severities();
    [[nodiscard]] static QList<TicketStatus> statuses();
    [[nodiscard]] static QList<TicketClock> clocks();
    [[nodiscard]] static bool isOpen(TicketStatus status);
    [[nodiscard]] static bool isPaused(TicketStatus status);
    // Kinds that owe the customer a callback once done (R-CB-1): they close through the callback.
    [[nodiscard]] static bool needsCallback(TicketKind kind);
};

} // namespace fd
