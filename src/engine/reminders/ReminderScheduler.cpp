#include "engine/reminders/ReminderScheduler.h"

#include "core/Clock.h"
#include "engine/reminders/ReminderService.h"

#include <algorithm>

namespace fd {

ReminderScheduler::ReminderScheduler(ReminderService& reminders, const Clock& clock, QObject* parent)
    : QObject(parent), m_reminders(reminders), m_clock(clock)
{
    qRegisterMetaType<QList<fd::Reminder>>();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // CoarseTimer would allow ±45 s on 15 minutes
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::tick);
}

void ReminderScheduler::setSession(const Session& session)
{
    m_session = session;
}

void ReminderScheduler::start()
{
    m_running = true;
    tick();
}

void ReminderScheduler::stop()
{
    m_running = false;
    m_timer.stop();
    m_armedMs = -1;
}

void ReminderScheduler::tick()
{
    const qint64 now = m_clock.nowMs();
    auto raised = m_reminders.raiseDue(now);
    if (!raised) {
        m_lastError = raised.error().message;
        emit failed(m_lastError);
    }
    auto tell = m_reminders.noticesDue(now, m_session);
    if (!tell) {
        m_lastError = tell.error().message;
        emit failed(m_lastError);
    }
    emit changed();
    if (tell && !tell.value().isEmpty())
        emit notify(tell.value());
    if (m_running)
        arm(now);
}

void ReminderScheduler::arm(qint64 nowMs)
{
    qint64 wait = LongestWaitMs;
    auto next = m_reminders.nextDueMs(nowMs, &m_session);
    if (next && next.value())
        wait = std::clamp<qint64>(*next.value() - nowMs, 0, LongestWaitMs);
    m_armedMs = wait;
    m_timer.start(int(wait));
}

} // namespace fd
