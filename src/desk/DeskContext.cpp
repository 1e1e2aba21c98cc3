#include "desk/DeskContext.h"

namespace fd {

DeskContext::DeskContext(Services& services, const Session& session, QObject* parent)
    : QObject(parent), services(services), m_session(session)
{}

void DeskContext::setSession(const Session& session)
{
    m_session = session;
    emit sessionChanged(m_session);
}

} // namespace fd
