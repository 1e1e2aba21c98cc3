#pragma once

#include "engine/tickets/TicketTerms.h"

#include <QList>
#include <QString>

#include <optional>

namespace fd {

// The criteria of R-CP-3 the supervisor ticks when grading. The first three make a complaint major,
// the last two important. (The week without resolution and the fifth complaint about the same event
// are automatic, not ticked.)
enum class ComplaintCriterion {
    PromiseNotKept, // a promised service not delivered after repeated requests (major)
    LossOrInjury,   // the company caused financial loss, injury or serious distress (major)
    SuddenOutage,   // a sudden large power/water cut or equipment stop (major)
    NeedUnmet,      // a reasonable need unmet, seriously affecting use of the home (important)
    StaffConduct,   // bad staff conduct with strong anger (important)
};

// The supervisor's decision (R-CP-2, R-CP-3). Invalid needs a reason and closes the complaint;
// valid needs a grade at least as high as the ticked criteria call for.
struct ComplaintDecision
{
    bool valid = true;
    Severity severity = Severity::None;
    QList<ComplaintCriterion> criteria;
    QString reason;
};

// A decision as recorded.
struct ComplaintDecisionRecord
{
    ComplaintDecision decision;
    qint64 decidedMs = 0;
    qint64 decidedBy = 0;
};

// One complaint in the list: open ones first, then by limit.
struct ComplaintRow
{
    qint64 ticketId = 0;
    QString number;
    TicketStatus status = TicketStatus::New;
    Severity severity = Severity::None;
    QString unitCode;
    QString personName;
    QString description;
    qint64 occurredMs = 0;
    std::optional<qint64> resolveByMs;
    std::optional<qint64> replyByMs;
    qint64 sameEventRoot = 0; // 0 when not linked to another complaint
};

} // namespace fd
