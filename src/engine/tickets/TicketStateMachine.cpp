#include "engine/tickets/TicketStateMachine.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

using S = TicketStatus;
using A = TicketAction;
using K = TicketKind;

const QList<K> kWorked{K::Repair, K::Complaint, K::Request, K::Inquiry, K::Affair};
const QList<K> kReplied{K::Complaint, K::Request, K::Inquiry, K::Affair};
const QList<S> kOpen{S::New, S::Dispatched, S::WaitingCustomer, S::WaitingParts, S::Returned, S::Replied, S::Reopened};

} // namespace

const QList<TicketStateMachine::Row>& TicketStateMachine::table()
{
    static const QList<Row> rows{
        {A::Dispatch, {S::New, S::Reopened, S::Dispatched}, S::Dispatched, kWorked},
        {A::FollowUp, {S::Dispatched}, S::Dispatched, kWorked},
        {A::WaitForCustomer, {S::Dispatched}, S::WaitingCustomer, kWorked},
        {A::WaitForParts, {S::Dispatched}, S::WaitingParts, {K::Repair}},
        {A::Resume, {S::WaitingCustomer, S::WaitingParts}, S::Dispatched, kWorked},
        {A::Return, {S::Dispatched}, S::Returned, kWorked},
        {A::Reply, {S::New, S::Reopened, S::Returned}, S::Replied, kReplied},
        {A::Reply, {S::Dispatched}, S::Dispatched, kReplied},
        {A::CallBackSatisfied, {S::Returned, S::Replied}, S::Closed, kWorked},
        {A::CallBackSatisfied, {S::New}, S::Closed, {K::Callback}},
        {A::CallBackUnsatisfied, {S::Returned, S::Replied}, S::Reopened, kWorked},
        {A::CallBackUnsatisfied, {S::New}, S::Closed, {K::Callback}},
        {A::Reopen, {S::Returned, S::Replied, S::Closed}, S::Reopened, {}},
        {A::Close, {S::New, S::Reopened, S::Returned, S::Replied}, S::Closed, {K::Inquiry, K::Affair}},
        {A::Cancel, kOpen, S::Cancelled, {}},
        {A::Comment, kOpen + QList<S>{S::Closed, S::Cancelled}, std::nullopt, {}},
        {A::Grade, kOpen, std::nullopt, {K::Complaint}},
        {A::PromiseReply, {S::New, S::Dispatched, S::Reopened}, std::nullopt, {K::Request, K::Inquiry}},
        {A::Refer, {S::New, S::Reopened}, std::nullopt, {K::Inquiry}},
        {A::HeadAbsent, {S::New, S::Reopened}, std::nullopt, {K::Inquiry}},
    };
    return rows;
}

Result<TicketStatus> TicketStateMachine::allowed(TicketKind kind, TicketStatus from, TicketAction action)
{
    for (const Row& row : table()) {
        if (row.action != action || !row.from.contains(from))
            continue;
        if (!row.kinds.isEmpty() && !row.kinds.contains(kind))
            continue;
        return row.to.value_or(from);
    }
    return Error{u"ticket.transition"_s, refusal(kind, from, action)};
}

QString TicketStateMachine::refusal(TicketKind kind, TicketStatus from, TicketAction action)
{
    const QString what = TicketTerms::displayName(kind);
    if (action == A::Open)
        return tr("A ticket is opened only once.");
    if (from == S::Cancelled)
        return tr("This %1 was cancelled and cannot be changed; open a new one.").arg(what);
    if (from == S::Closed) {
        if (action == A::Dispatch)
            return tr("A closed %1 must be reopened before it can be dispatched again.").arg(what);
        return tr("This %1 is closed; reopen it first.").arg(what);
    }
    if (kind == K::Callback && action != A::Reopen && action != A::Cancel && action != A::Comment)
        return tr("A callback is not dispatched or replied to: record how the call went.");
    if (action == A::Grade)
        return tr("Only complaints are graded.");
    if (action == A::PromiseReply && kind != K::Request && kind != K::Inquiry)
        return tr("Only a request or an inquiry is promised a reply time.");
    if ((action == A::Refer || action == A::HeadAbsent) && kind != K::Inquiry)
        return tr("Only an inquiry goes to a department head.");
    if (action == A::WaitForParts && kind != K::Repair)
        return tr("Only a repair waits for parts.");
    if (action == A::Reply && kind == K::Repair)
        return tr("A repair is answered by its callback, not by a reply.");
    if (action == A::Close && TicketTerms::needsCallback(kind))
        return tr("A %1 is closed by its callback: call the customer back and record the answer.").arg(what);
    if (TicketTerms::isPaused(from) && action != A::Resume)
        return tr("This %1 is %2; resume it first.").arg(what, TicketTerms::displayName(from));
    switch (action) {
    case A::Dispatch:
        return tr("This %1 is %2 and cannot be dispatched now.").arg(what, TicketTerms::displayName(from));
    case A::FollowUp:
        return tr("Only a dispatched %1 is followed up.").arg(what);
    case A::WaitForCustomer:
    case A::WaitForParts:
        return tr("Only a dispatched %1 can wait.").arg(what);
    case A::Resume:
        return tr("This %1 is not waiting, so there is nothing to resume.").arg(what);
    case A::Return:
        return tr("Only a dispatched %1 can come back done.").arg(what);
    case A::CallBackSatisfied:
    case A::CallBackUnsatisfied:
        return tr("A %1 is called back after it is done or replied to.").arg(what);
    case A::Reopen:
        return tr("This %1 is still open.").arg(what);
    default:
        break;
    }
    return tr("This %1 is %2; that cannot be done now.").arg(what, TicketTerms::displayName(from));
}

} // namespace fd
