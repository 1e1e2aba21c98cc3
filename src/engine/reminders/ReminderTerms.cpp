#include "engine/reminders/ReminderTerms.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

const QList<ReminderDue> kDues{ReminderDue::Respond, ReminderDue::FollowUp, ReminderDue::Resolve,
                               ReminderDue::Reply,   ReminderDue::Callback, ReminderDue::Report,
                               ReminderDue::Watch,   ReminderDue::Judge,    ReminderDue::Result};
const QList<ReminderLevel> kLevels{ReminderLevel::Clerk, ReminderLevel::Supervisor, ReminderLevel::Manager};

} // namespace

QString ReminderTerms::key(ReminderDue due)
{
    switch (due) {
    case ReminderDue::Respond:
        return u"respond"_s;
    case ReminderDue::FollowUp:
        return u"follow_up"_s;
    case ReminderDue::Resolve:
        return u"resolve"_s;
    case ReminderDue::Reply:
        return u"reply"_s;
    case ReminderDue::Callback:
        return u"callback"_s;
    case ReminderDue::Report:
        return u"report"_s;
    case ReminderDue::Watch:
        return u"watch"_s;
    case ReminderDue::Judge:
        return u"judge"_s;
    case ReminderDue::Result:
        return u"result"_s;
    }
    return {};
}

QString ReminderTerms::key(ReminderLevel level)
{
    switch (level) {
    case ReminderLevel::Clerk:
        return u"clerk"_s;
    case ReminderLevel::Supervisor:
        return u"supervisor"_s;
    case ReminderLevel::Manager:
        return u"manager"_s;
    }
    return {};
}

std::optional<ReminderDue> ReminderTerms::dueFrom(const QString& key)
{
    for (ReminderDue d : kDues)
        if (ReminderTerms::key(d) == key)
            return d;
    return std::nullopt;
}

std::optional<ReminderLevel> ReminderTerms::levelFrom(const QString& key)
{
    for (ReminderLevel l : kLevels)
        if (ReminderTerms::key(l) == key)
            return l;
    return std::nullopt;
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
    switch (due) {
    case ReminderDue::Respond:
        return tr("Forward or answer due");
    case ReminderDue::FollowUp:
        return tr("Follow-up due");
    case ReminderDue::Resolve:
        return tr("Resolution due");
    case ReminderDue::Reply:
        return tr("Definite reply due");
    case ReminderDue::Callback:
        return tr("Callback due");
    case ReminderDue::Report:
        return tr("Report to the manager");
    case ReminderDue::Watch:
        return tr("Check now");
    case ReminderDue::Judge:
        return tr("Judge this complaint");
    case ReminderDue::Result:
        return tr("Result back: reply today");
    }
    return {};
}

QString ReminderTerms::displayName(ReminderLevel level)
{
    switch (level) {
    case ReminderLevel::Clerk:
        return tr("Clerk");
    case ReminderLevel::Supervisor:
        return tr("Supervisor");
    case ReminderLevel::Manager:
        return tr("Manager");
    }
    return {};
}

} // namespace fd
