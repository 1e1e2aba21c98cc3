#include "desk/WorkstationPresence.h"

#include "core/MinuteTick.h"
#include "desk/Services.h"
#include "engine/shifts/DeskPresence.h"
#include "engine/shifts/ShiftService.h"

#include <QSettings>
#include <QSysInfo>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace fd {

namespace {
constexpr auto PostKey = "desk/post";
}

WorkstationPresence::WorkstationPresence(Services& services, QObject* parent) : QObject(parent), m_services(services)
{
    connect(&m_services.minuteTick, &MinuteTick::minuteChanged, this, [this] { renew(); });
}

WorkstationPresence::~WorkstationPresence()
{
    signOut();
}

void WorkstationPresence::signIn(const Session& session)
{
    signOut();
    if (session.user.id == 0)
        return;
    m_postId = rememberedPost();
    auto id = m_services.shifts.presence().signIn(session, workstation(), m_postId);
    if (!id) {
        // Not fatal: without it this person's shift does not hold the desk's reminders, which then
        // go to everyone at the desk (ReminderService::onDuty); nothing is hidden.
        spdlog::warn("presence not recorded: {}", id.error().message.toStdString());
        return;
    }
    m_id = id.value();
}

void WorkstationPresence::signOut()
{
    if (m_id == 0)
        return;
    if (Status s = m_services.shifts.presence().signOut(m_id); !s)
        spdlog::warn("presence not ended: {}", s.error().message.toStdString());
    m_id = 0;
}

void WorkstationPresence::setPost(qint64 postId)
{
    if (postId <= 0 || postId == m_postId)
        return;
    m_postId = postId;
    rememberPost(postId);
    if (m_id != 0)
        if (Status s = m_services.shifts.presence().setPost(m_id, postId); !s)
            spdlog::warn("presence post not recorded: {}", s.error().message.toStdString());
}

void WorkstationPresence::renew()
{
    if (m_id != 0)
        if (Status s = m_services.shifts.presence().renew(m_id); !s)
            spdlog::warn("presence not renewed: {}", s.error().message.toStdString());
}

qint64 WorkstationPresence::rememberedPost()
{
    return QSettings().value(QString::fromLatin1(PostKey), 0).toLongLong();
}

void WorkstationPresence::rememberPost(qint64 postId)
{
    QSettings().setValue(QString::fromLatin1(PostKey), postId);
}

QString WorkstationPresence::workstation()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? u"workstation"_s : host;
}

} // namespace fd
