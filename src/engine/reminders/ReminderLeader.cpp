#include "engine/reminders/ReminderLeader.h"

#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace fd {

ReminderLeader::ReminderLeader(Database& db) : m_db(db) {}

bool ReminderLeader::held() const
{
    return m_db.backend() != Backend::Postgres || (m_heldOn != 0 && m_heldOn == m_db.connectionSerial());
}

Result<bool> ReminderLeader::holds()
{
    if (held())
        return true;
    // A lock taken on a connection lost since went with it: the server let go of it then.
    m_heldOn = 0;
    auto taken = m_db.scalar(u"SELECT pg_try_advisory_lock(?)"_s, {LockKey});
    if (!taken)
        return taken.error();
    if (taken.value().toBool())
        m_heldOn = m_db.connectionSerial();
    return m_heldOn != 0;
}

void ReminderLeader::resign()
{
    if (m_db.backend() != Backend::Postgres || !held()) {
        m_heldOn = 0;
        return;
    }
    m_heldOn = 0;
    // Not able to say so (the connection just went): the server lets go of it with the connection.
    (void)m_db.scalar(u"SELECT pg_advisory_unlock(?)"_s, {LockKey});
}

} // namespace fd
