#pragma once

#include <QString>

#include <optional>

namespace fd {

// What the control room writes down for a call it takes at night (R-SH-3).
struct NewCall
{
    QString callerPhone;
    qint64 unitId = 0;
    QString personName;
    QString description;
};

// A call the control room took, with its real times; entered as a retroactive ticket by the desk
// afterwards (R-RP-5). enteredTicketId is 0 until then.
struct ControlRoomCall
{
    qint64 id = 0;
    qint64 postId = 0;
    qint64 takenBy = 0;
    qint64 callMs = 0;
    QString callerPhone;
    qint64 unitId = 0;
    QString personName;
    QString description;
    std::optional<qint64> dispatchedMs;
    QString department;
    QString technician;
    std::optional<qint64> returnedMs;
    QString result;
    qint64 enteredTicketId = 0;
    int version = 1;
};

} // namespace fd
