#pragma once

#include "core/Result.h"

#include <QtGlobal>

namespace fd {

class Database;

// Which desk raises the site's reminders (issue 16: raised once for the site, however many desks
// run the scheduler). Raising writes: it stamps what was acted on, inserts what came due, records
// the rungs reached and upgrades the week-old complaints (R-CP-3). One desk does that for the whole
// site; every other desk only reads what it shows and hears of each raise on the change feed.
//
// On PostgreSQL the desk that raises holds a session-level advisory lock of the site's database on
// its own connection. The server lets go of it when that connection ends (the program closed or
// crashed, the computer gone from the network: keepalives), and the next desk whose scheduler wakes
// takes it. A desk where nobody is signed in runs no scheduler and gives it up (resign). On SQLite
// there is one desk per file: it always raises.
class ReminderLeader
{
public:
    // The advisory lock's key: "FDRM" (FrontDesk reminders), one per database.
    static constexpr qint64 LockKey = 0x4644524D;

    explicit ReminderLeader(Database& db);

    // Whether this desk raises now: already holding the lock on the connection it has now, or
    // taking it when no other desk holds it.
    Result<bool> holds();
    // Gives the lock up for another desk to take (nobody signed in here any more).
    void resign();
    [[nodiscard]] bool held() const;

private:
    Database& m_db;
    quint64 m_heldOn = 0; // Database::connectionSerial() of the connection holding the lock, 0: none
};

} // namespace fd
