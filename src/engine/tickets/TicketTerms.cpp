#include "engine/tickets/TicketTerms.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

template <typename E, typename F> std::optional<E> lookup(const QString& key, const QList<E>& values, F keyOf)
{
    for (E value : values)
        if (keyOf(value) == key)
            return value;
    return std::nullopt;
}

} // namespace

QString TicketTerms::key(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Repair:
        return u"repair"_s;
    case TicketKind::Complaint:
        return u"complaint"_s;
    case TicketKind::Request:
        return u"request"_s;
    case TicketKind::Inquiry:
        return u"inquiry"_s;
    case TicketKind::Affair:
        return u"affair"_s;
    case TicketKind::Callback:
        return u"callback"_s;
    }
    return {};
}

QString TicketTerms::key(Channel channel)
{
    switch (channel) {
    case Channel::WalkIn:
        return u"walk_in"_s;
    case Channel::Call:
        return u"call"_s;
    case Channel::Letter:
        return u"letter"_s;
    case Channel::Patrol:
        return u"patrol"_s;
    case Channel::ControlRoom:
        return u"control_room"_s;
    }
    return {};
}

QString TicketTerms::key(Severity severity)
{
    switch (severity) {
    case Severity::None:
        return QString();
    case Severity::Minor:
        return u"minor"_s;
    case Severity::Important:
        return u"important"_s;
    case Severity::Major:
        return u"major"_s;
    }
    return {};
}

QString TicketTerms::key(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return u"new"_s;
    case TicketStatus::Dispatched:
        return u"dispatched"_s;
    case TicketStatus::WaitingCustomer:
        return u"waiting_customer"_s;
    case TicketStatus::WaitingParts:
        return u"waiting_parts"_s;
    case TicketStatus::Returned:
        return u"returned"_s;
    case TicketStatus::Replied:
        return u"replied"_s;
    case TicketStatus::Reopened:
        return u"reopened"_s;
    case TicketStatus::Closed:
        return u"closed"_s;
    case TicketStatus::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QString TicketTerms::key(TicketClock clock)
{
    switch (clock) {
    case TicketClock::Respond:
        return u"respond"_s;
    case TicketClock::FollowUp:
        return u"follow_up"_s;
    case TicketClock::Resolve:
        return u"resolve"_s;
    case TicketClock::Reply:
        return u"reply"_s;
    case TicketClock::Callback:
        return u"callback"_s;
    }
    return {};
}

QString TicketTerms::eventKey(TicketAction action)
{
    switch (action) {
    case TicketAction::Open:
        return u"opened"_s;
    case TicketAction::Dispatch:
        return u"dispatched"_s;
    case TicketAction::FollowUp:
        return u"followed_up"_s;
    case TicketAction::WaitForCustomer:
    case TicketAction::WaitForParts:
        return u"paused"_s;
    case TicketAction::Resume:
        return u"resumed"_s;
    case TicketAction::Return:
        return u"returned"_s;
    case TicketAction::Reply:
        return u"replied"_s;
    case TicketAction::CallBackSatisfied:
    case TicketAction::CallBackUnsatisfied:
        return u"called_back"_s;
    case TicketAction::Reopen:
        return u"reopened"_s;
    case TicketAction::Comment:
        return u"commented"_s;
    case TicketAction::Grade:
        return u"graded"_s;
    case TicketAction::Cancel:
        return u"cancelled"_s;
    case TicketAction::Close:
        return u"closed"_s;
    case TicketAction::PromiseReply:
        return u"reply_promised"_s;
    case TicketAction::Refer:
        return u"referred"_s;
    case TicketAction::HeadAbsent:
        return u"head_absent"_s;
    }
    return {};
}

std::optional<TicketKind> TicketTerms::kindFrom(const QString& key)
{
    return lookup(key, kinds(), [](TicketKind k) { return TicketTerms::key(k); });
}

std::optional<Channel> TicketTerms::channelFrom(const QString& key)
{
    return lookup(
        key, QList<Channel>{Channel::WalkIn, Channel::Call, Channel::Letter, Channel::Patrol, Channel::ControlRoom},
        [](Channel c) { return TicketTerms::key(c); });
}

std::optional<Severity> TicketTerms::severityFrom(const QString& key)
{
    return lookup(key, QList<Severity>{Severity::None, Severity::Minor, Severity::Important, Severity::Major},
                  [](Severity s) { return TicketTerms::key(s); });
}

std::optional<TicketStatus> TicketTerms::statusFrom(const QString& key)
{
    return lookup(key, statuses(), [](TicketStatus s) { return TicketTerms::key(s); });
}

std::optional<TicketClock> TicketTerms::clockFrom(const QString& key)
{
    return lookup(key,
                  QList<TicketClock>{TicketClock::Respond, TicketClock::FollowUp, TicketClock::Resolve,
                                     TicketClock::Reply, TicketClock::Callback},
                  [](TicketClock c) { return TicketTerms::key(c); });
}

QString TicketTerms::numberPrefix(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Repair:
        return u"BX"_s;
    case TicketKind::Complaint:
        return u"TS"_s;
    case TicketKind::Request:
        return u"JY"_s;
    case TicketKind::Inquiry:
        return u"ZX"_s;
    case TicketKind::Affair:
        return u"SW"_s;
    case TicketKind::Callback:
        return u"HF"_s;
    }
    return {};
}

QString TicketTerms::displayName(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Repair:
        return tr("repair");
    case TicketKind::Complaint:
        return tr("complaint");
    case TicketKind::Request:
        return tr("request");
    case TicketKind::Inquiry:
        return tr("inquiry");
    case TicketKind::Affair:
        return tr("daily affair");
    case TicketKind::Callback:
        return tr("callback");
    }
    return {};
}

QString TicketTerms::displayName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return tr("new");
    case TicketStatus::Dispatched:
        return tr("dispatched");
    case TicketStatus::WaitingCustomer:
        return tr("waiting for the customer");
    case TicketStatus::WaitingParts:
        return tr("waiting for parts");
    case TicketStatus::Returned:
        return tr("returned");
    case TicketStatus::Replied:
        return tr("replied");
    case TicketStatus::Reopened:
        return tr("reopened");
    case TicketStatus::Closed:
        return tr("closed");
    case TicketStatus::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString TicketTerms::displayName(Channel channel)
{
    switch (channel) {
    case Channel::WalkIn:
        return tr("walk-in");
    case Channel::Call:
        return tr("phone call");
    case Channel::Letter:
        return tr("letter");
    case Channel::Patrol:
        return tr("patrol");
    case Channel::ControlRoom:
        return tr("control room");
    }
    return {};
}

QString TicketTerms::displayName(Severity severity)
{
    switch (severity) {
    case Severity::None:
        return tr("not graded");
    case Severity::Minor:
        return tr("minor");
    case Severity::Important:
        return tr("important");
    case Severity::Major:
        return tr("major");
    }
    return {};
}

QString TicketTerms::eventDisplayName(const QString& eventKey)
{
    static const QList<std::pair<QString, const char*>> names{
        {u"opened"_s, QT_TR_NOOP("opened")},           {u"dispatched"_s, QT_TR_NOOP("dispatched")},
        {u"followed_up"_s, QT_TR_NOOP("followed up")}, {u"paused"_s, QT_TR_NOOP("put on hold")},
        {u"resumed"_s, QT_TR_NOOP("resumed")},         {u"returned"_s, QT_TR_NOOP("returned")},
        {u"replied"_s, QT_TR_NOOP("replied")},         {u"called_back"_s, QT_TR_NOOP("called back")},
        {u"reopened"_s, QT_TR_NOOP("reopened")},       {u"commented"_s, QT_TR_NOOP("comment")},
        {u"graded"_s, QT_TR_NOOP("graded")},           {u"cancelled"_s, QT_TR_NOOP("cancelled")},
        {u"closed"_s, QT_TR_NOOP("closed")},
        {u"reply_promised"_s, QT_TR_NOOP("reply time promised")},
        {u"referred"_s, QT_TR_NOOP("referred to the department head")},
        {u"head_absent"_s, QT_TR_NOOP("department head absent")},
    };
    for (const auto& [key, name] : names)
        if (key == eventKey)
            return tr(name);
    return eventKey;
}

QList<TicketKind> TicketTerms::kinds()
{
    return {TicketKind::Repair,  TicketKind::Complaint, TicketKind::Request,
            TicketKind::Inquiry, TicketKind::Affair,    TicketKind::Callback};
}

QList<TicketStatus> TicketTerms::statuses()
{
    return {TicketStatus::New,          TicketStatus::Dispatched, TicketStatus::WaitingCustomer,
            TicketStatus::WaitingParts, TicketStatus::Returned,   TicketStatus::Replied,
            TicketStatus::Reopened,     TicketStatus::Closed,     TicketStatus::Cancelled};
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
