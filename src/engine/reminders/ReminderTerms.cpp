#include "engine/reminders/ReminderTerms.h"

#include "core/EnumTable.h"

namespace fd {

namespace {

// The stored keys are in the reminders table: never change one.
constexpr auto kDues = enumTable<ReminderDue>(
    "ReminderTerms", {{ReminderDue::Respond, "respond", QT_TRANSLATE_NOOP("ReminderTerms", "Forward or answer due")},
                      {ReminderDue::FollowUp, "follow_up", QT_TRANSLATE_NOOP("ReminderTerms", "Follow-up due")},
                      {ReminderDue::Resolve, "resolve", QT_TRANSLATE_NOOP("ReminderTerms", "Resolution due")},
                      {ReminderDue::Reply, "reply", QT_TRANSLATE_NOOP("ReminderTerms", "Definite reply due")},
                      {ReminderDue::Callback, "callback", QT_TRANSLATE_NOOP("ReminderTerms", "Callback due")},
                      {ReminderDue::Report, "report", QT_TRANSLATE_NOOP("ReminderTerms", "Report to the manager")},
                      {ReminderDue::Watch, "watch", QT_TRANSLATE_NOOP("ReminderTerms", "Check now")},
                      {ReminderDue::Judge, "judge", QT_TRANSLATE_NOOP("ReminderTerms", "Judge this complaint")},
                      {ReminderDue::Result, "result", QT_TRANSLATE_NOOP("ReminderTerms", "Result back: reply today")}});

constexpr auto kLevels = enumTable<ReminderLevel>(
    "ReminderTerms", {{ReminderLevel::Clerk, "clerk", QT_TRANSLATE_NOOP("ReminderTerms", "Clerk")},
                      {ReminderLevel::Supervisor, "supervisor", QT_TRANSLATE_NOOP("ReminderTerms", "Supervisor")},
                      {ReminderLevel::Manager, "manager", QT_TRANSLATE_NOOP("ReminderTerms", "Manager")}});

} // namespace

QString ReminderTerms::key(ReminderDue due)
{
    return kDues.key(due);
}

QString ReminderTerms::key(ReminderLevel level)
{
    return kLevels.key(level);
}

std::optional<ReminderDue> ReminderTerms::dueFrom(const QString& key)
{
    return kDues.from(key);
}

std::optional<ReminderLevel> ReminderTerms::levelFrom(const QString& key)
{
    return kLevels.from(key);
}

ReminderDue ReminderTerms::dueOf(TicketClock clock)
{
    switch (clock) {
    case TicketClock::Respond:
        return ReminderDue::Respond;
    case TicketClock::FollowUp:
        return ReminderDue::FollowUp;
    case TicketClock::Resolve:
        return ReminderDue::Resolve;
    case TicketClock::Reply:
        return ReminderDue::Reply;
    case TicketClock::Callback:
        return ReminderDue::Callback;
    }
    return ReminderDue::Respond;
}

QString ReminderTerms::displayName(ReminderDue due)
{
    return kDues.name(due);
}

QString ReminderTerms::displayName(ReminderLevel level)
{
    return kLevels.name(level);
}

} // namespace fd
