#include "gui/DutyStatus.h"

#include "core/DateTimeText.h"
#include "engine/shifts/ShiftService.h"
#include "desk/WorkstationPresence.h"
#include "desk/Services.h"

#include <algorithm>

namespace fd {

DutyStatus DutyStatus::read(Services& services, const Session& session, WorkstationPresence& presence)
{
    DutyStatus out;
    auto duty = services.shifts.onDutyNow();
    const QList<ShiftOnDuty> onDuty = duty ? duty.value() : QList<ShiftOnDuty>{};
    const auto mine = std::find_if(onDuty.begin(), onDuty.end(),
                                   [&](const ShiftOnDuty& d) { return d.shift.userId == session.user.id; });
    if (mine != onDuty.end()) {
        presence.setPost(mine->shift.postId);
        out.post = mine->postName;
        // With its day: a shift from yesterday must not pass for today's (R-SH-1).
        out.shift = (mine->pastEnd ? tr("%1 since %2 — past its end, not handed over") : tr("%1 since %2"))
                        .arg(QString(mine->shift.code), DateTimeText::shortDateTime(mine->shift.startedMs));
        return out;
    }
    // The next one at this workstation's post sees a shift there left past its end.
    const qint64 here = WorkstationPresence::rememberedPost();
    for (const ShiftOnDuty& d : onDuty)
        if (d.shift.postId == here && d.pastEnd)
            out.shift = tr("none — %1's shift at %2 since %3 is past its end, not handed over; start yours on the "
                           "Handover page")
                            .arg(d.personName, d.postName, DateTimeText::shortDateTime(d.shift.startedMs));
    return out;
}

} // namespace fd
