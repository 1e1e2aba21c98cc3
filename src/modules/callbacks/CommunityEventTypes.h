#pragma once

#include <QList>
#include <QString>

namespace fd {

// A household a community event may call back: a unit with its building and floor (the room's
// hundreds: 502 → 5, 1203 → 12; a room under 100 is on floor 1).
struct EventHousehold
{
    qint64 unitId = 0;
    QString code;     // 3-1-502
    QString building; // the building's code, 3
    int floor = 1;
};

// A community event as the clerk records it (R-CB-1): what, when, and the households to call back.
struct NewCommunityEvent
{
    QString title;
    QString description;
    qint64 startsMs = 0;
    qint64 endsMs = 0;
    QList<qint64> unitIds;
};

// A recorded event and the callback tickets it opened, one per household.
struct CommunityEvent
{
    qint64 id = 0;
    QString title;
    QString description;
    qint64 startsMs = 0;
    qint64 endsMs = 0;
    qint64 createdMs = 0;
    QList<qint64> ticketIds;
};

} // namespace fd
