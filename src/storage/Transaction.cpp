#include "storage/Transaction.h"

#include "storage/Database.h"

namespace fd {

Transaction::Transaction(Database& db) : m_db(db), m_started(db.begin())
{
    m_done = !m_started.ok();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (m_done)
        return m_started.ok() ? Status{} : m_started;
    m_done = true;
    return m_db.commit();
}

} // namespace fd
