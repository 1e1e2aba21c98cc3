#pragma once

#include <QString>

namespace fd {

// One line of the global search: a ticket, a resident or a log record, with what to show for it.
struct SearchHit
{
    QString kind; // "ticket", "resident", or a module's record kind (SearchSource::kind)
    qint64 refId = 0;
    qint64 atMs = 0;
    QString title;     // the ticket number, or the resident's name
    QString detail;    // unit and a short description; phone numbers never appear here
    qint64 unitId = 0; // the unit the ticket is about or the resident lives in, 0 when none
};

} // namespace fd
