#include "engine/tickets/TicketTerms.h"

#include "core/EnumTable.h"

namespace fd {

namespace {

// The stored keys are in the database and the audit trail: never change one.
constexpr auto kKinds = enumTable<TicketKind>(
    "TicketTerms", {{TicketKind::Repair, "repair", QT_TRANSLATE_NOOP("TicketTerms", "repair")},
                    {TicketKind::Complaint, "complaint", QT_TRANSLATE_NOOP("TicketTerms", "complaint")},
                    {TicketKind::Request, "request", QT_TRANSLATE_NOOP("TicketTerms", "request")},
                    {TicketKind::Inquiry, "inquiry", QT_TRANSLATE_NOOP("TicketTerms", "inquiry")},
                    {TicketKind::Affair, "affair", QT_TRANSLATE_NOOP("TicketTerms", "daily affair")},
                    {TicketKind::Callback, "callback", QT_TRANSLATE_NOOP("TicketTerms", "callback")}});

// BX 报修, TS 投诉, JY 建议/request, ZX 咨询, SW 事务, HF 回访: part of every ticket number.
constexpr auto kPrefixes = enumTable<TicketKind>(nullptr, {{TicketKind::Repair, "BX"},
                                                           {TicketKind::Complaint, "TS"},
                                                           {TicketKind::Request, "JY"},
                                                           {TicketKind::Inquiry, "ZX"},
                                                           {TicketKind::Affair, "SW"},
                                                           {TicketKind::Callback, "HF"}});

constexpr auto kChannels = enumTable<Channel>(
    "TicketTerms", {{Channel::WalkIn, "walk_in", QT_TRANSLATE_NOOP("TicketTerms", "walk-in")},
                    {Channel::Call, "call", QT_TRANSLATE_NOOP("TicketTerms", "phone call")},
                    {Channel::Letter, "letter", QT_TRANSLATE_NOOP("TicketTerms", "letter")},
                    {Channel::Patrol, "patrol", QT_TRANSLATE_NOOP("TicketTerms", "patrol")},
                    {Channel::ControlRoom, "control_room", QT_TRANSLATE_NOOP("TicketTerms", "control room")}});

// An ungraded complaint's key is empty: stored as NULL.
constexpr auto kSeverities = enumTable<Severity>(
    "TicketTerms", {{Severity::None, "", QT_TRANSLATE_NOOP("TicketTerms", "not graded")},
                    {Severity::Minor, "minor", QT_TRANSLATE_NOOP("TicketTerms", "minor")},
                    {Severity::Important, "important", QT_TRANSLATE_NOOP("TicketTerms", "important")},
                    {Severity::Major, "major", QT_TRANSLATE_NOOP("TicketTerms", "major")}});

constexpr auto kStatuses = enumTable<TicketStatus>(
    "TicketTerms",
    {{TicketStatus::New, "new", QT_TRANSLATE_NOOP("TicketTerms", "new")},
     {TicketStatus::Dispatched, "dispatched", QT_TRANSLATE_NOOP("TicketTerms", "dispatched")},
     {TicketStatus::WaitingCustomer, "waiting_customer", QT_TRANSLATE_NOOP("TicketTerms", "waiting for the customer")},
     {TicketStatus::WaitingParts, "waiting_parts", QT_TRANSLATE_NOOP("TicketTerms", "waiting for parts")},
     {TicketStatus::Returned, "returned", QT_TRANSLATE_NOOP("TicketTerms", "returned")},
     {TicketStatus::Replied, "replied", QT_TRANSLATE_NOOP("TicketTerms", "replied")},
     {TicketStatus::Reopened, "reopened", QT_TRANSLATE_NOOP("TicketTerms", "reopened")},
     {TicketStatus::Closed, "closed", QT_TRANSLATE_NOOP("TicketTerms", "closed")},
     {TicketStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("TicketTerms", "cancelled")}});

constexpr auto kClocks = enumTable<TicketClock>(nullptr, {{TicketClock::Respond, "respond"},
                                                          {TicketClock::FollowUp, "follow_up"},
                                                          {TicketClock::Resolve, "resolve"},
                                                          {TicketClock::Reply, "reply"},
                                                          {TicketClock::Callback, "callback"}});

// The event kinds of ticket_events and how they read in a ticket's history. Both waits are
// "paused" and both callback answers "called_back": the key of such a pair parses to its first.
constexpr auto kEvents = enumTable<TicketAction>(
    "TicketTerms",
    {{TicketAction::Open, "opened", QT_TRANSLATE_NOOP("TicketTerms", "opened")},
     {TicketAction::Dispatch, "dispatched", QT_TRANSLATE_NOOP("TicketTerms", "dispatched")},
     {TicketAction::FollowUp, "followed_up", QT_TRANSLATE_NOOP("TicketTerms", "followed up")},
     {TicketAction::WaitForCustomer, "paused", QT_TRANSLATE_NOOP("TicketTerms", "put on hold")},
     {TicketAction::WaitForParts, "paused", QT_TRANSLATE_NOOP("TicketTerms", "put on hold")},
     {TicketAction::Resume, "resumed", QT_TRANSLATE_NOOP("TicketTerms", "resumed")},
     {TicketAction::Return, "returned", QT_TRANSLATE_NOOP("TicketTerms", "returned")},
     {TicketAction::Reply, "replied", QT_TRANSLATE_NOOP("TicketTerms", "replied")},
     {TicketAction::CallBackSatisfied, "called_back", QT_TRANSLATE_NOOP("TicketTerms", "called back")},
     {TicketAction::CallBackUnsatisfied, "called_back", QT_TRANSLATE_NOOP("TicketTerms", "called back")},
     {TicketAction::Reopen, "reopened", QT_TRANSLATE_NOOP("TicketTerms", "reopened")},
     {TicketAction::Comment, "commented", QT_TRANSLATE_NOOP("TicketTerms", "comment")},
     {TicketAction::Grade, "graded", QT_TRANSLATE_NOOP("TicketTerms", "graded")},
     {TicketAction::Cancel, "cancelled", QT_TRANSLATE_NOOP("TicketTerms", "cancelled")},
     {TicketAction::Close, "closed", QT_TRANSLATE_NOOP("TicketTerms", "closed")},
     {TicketAction::PromiseReply, "reply_promised", QT_TRANSLATE_NOOP("TicketTerms", "reply time promised")},
     {TicketAction::Refer, "referred", QT_TRANSLATE_NOOP("TicketTerms", "referred to the department head")},
     {TicketAction::HeadAbsent, "head_absent", QT_TRANSLATE_NOOP("TicketTerms", "department head absent")}});

} // namespace

QString TicketTerms::key(TicketKind kind)
{
    return kKinds.key(kind);
}

QString TicketTerms::key(Channel channel)
{
    return kChannels.key(channel);
}

QString TicketTerms::key(Severity severity)
{
    return kSeverities.key(severity);
}

QString TicketTerms::key(TicketStatus status)
{
    return kStatuses.key(status);
}

QString TicketTerms::key(TicketClock clock)
{
    return kClocks.key(clock);
}

QString TicketTerms::eventKey(TicketAction action)
{
    return kEvents.key(action);
}

std::optional<TicketKind> TicketTerms::kindFrom(const QString& key)
{
    return kKinds.from(key);
}

std::optional<Channel> TicketTerms::channelFrom(const QString& key)
{
    return kChannels.from(key);
}

std::optional<Severity> TicketTerms::severityFrom(const QString& key)
{
    return kSeverities.from(key);
}

std::optional<TicketStatus> TicketTerms::statusFrom(const QString& key)
{
    return kStatuses.from(key);
}

std::optional<TicketClock> TicketTerms::clockFrom(const QString& key)
{
    return kClocks.from(key);
}

QString TicketTerms::numberPrefix(TicketKind kind)
{
    return kPrefixes.key(kind);
}

QString TicketTerms::displayName(TicketKind kind)
{
    return kKinds.name(kind);
}

QString TicketTerms::displayName(TicketStatus status)
{
    return kStatuses.name(status);
}

QString TicketTerms::displayName(Channel channel)
{
    return kChannels.name(channel);
}

QString TicketTerms::displayName(Severity severity)
{
    return kSeverities.name(severity);
}

QString TicketTerms::eventDisplayName(const QString& eventKey)
{
    const std::optional<TicketAction> action = kEvents.from(eventKey);
    return action ? kEvents.name(*action) : eventKey;
}

QList<TicketKind> TicketTerms::kinds()
{
    return kKinds.values();
}

QList<Channel> TicketTerms::channels()
{
    return kChannels.values();
}

QList<Severity> TicketTerms::severities()
{
    return kSeverities.values();
}

QList<TicketStatus> TicketTerms::statuses()
{
    return kStatuses.values();
}

QList<TicketClock> TicketTerms::clocks()
{
    return kClocks.values();
}

bool TicketTerms::isOpen(TicketStatus status)
{
    return status != TicketStatus::Closed && status != TicketStatus::Cancelled;
}

bool TicketTerms::isPaused(TicketStatus status)
{
    return status == TicketStatus::WaitingCustomer || status == TicketStatus::WaitingParts;
}

bool TicketTerms::needsCallback(TicketKind kind)
{
    return kind == TicketKind::Repair || kind == TicketKind::Complaint || kind == TicketKind::Request;
}

} // namespace fd
