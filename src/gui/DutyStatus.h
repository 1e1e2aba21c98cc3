#pragma once

#include <QCoreApplication>
#include <QString>

namespace fd {

struct Services;
struct Session;
class WorkstationPresence;

// What the status bar says of the signed-in person's post and shift (R-SH-1): their shift with its
// day, and "past its end, not handed over" once it is; or, when they hold none, a shift at this
// workstation's post left past its end by someone else.
class DutyStatus
{
    Q_DECLARE_TR_FUNCTIONS(DutyStatus)

public:
    QString post;
    QString shift;

    // Reads who is on duty; remembers the person's post for this workstation when they hold one.
    [[nodiscard]] static DutyStatus read(Services& services, const Session& session, WorkstationPresence& presence);
};

} // namespace fd
