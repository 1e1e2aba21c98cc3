#include "engine/reminders/ReminderScheduler.h"

#include "core/Clock.h"
#include "engine/reminders/ReminderEngine.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace fd {

ReminderScheduler::ReminderScheduler(ReminderEngine& reminders, const Clock& clock, QObject* parent)
    : QObject(parent), m_reminders(reminders), m_clock(clock)
{
    qRegisterMetaType<QList<fd::Reminder>>();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // CoarseTimer would allow ±45 s on 15 minutes
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::tick);
    m_pagesLater.setSingleShot(true);
    m_pagesLater.setTimerType(Qt::PreciseTimer);
    connect(&m_pagesLater, &QTimer::timeout, this, &ReminderScheduler::emitChanged);
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
    m_pagesLater.stop();
    m_armedMs = -1;
    // Nobody is signed in here any more: another desk raises the site's reminders (issue 16).
    m_reminders.resign();
}

void ReminderScheduler::emitChanged()
{
    QElapsedTimer held;
    held.start();
    if (!m_reminders.settled())
        m_drawnInBuild.start();
    emit changed();
    if (held.elapsed() > StallWarnMs)
        spdlog::warn("reminder pages held the desk {} ms after a wake", held.elapsed());
    if (m_running)
        arm(m_clock.nowMs()); // the wake after them, as tick() would have
}

void ReminderScheduler::tick()
{
    // How long the wake held the desk, in parts, logged when over the limit (a measurement, not a
    // time the rules read: the monotonic timer, not the Clock).
    QElapsedTimer held;
    held.start();
    const qint64 now = m_clock.nowMs();
    const bool building = m_reminders.building();
    Result<bool> moved = false;
    if (building && !m_reminders.knowsNoticesOf(m_session)) {
        // When this person was last told of each reminder is read in a wake of its own while the
        // engine is built, not on the wake that completes it.
        if (Status s = m_reminders.readNoticesOf(m_session); !s)
            moved = s.error();
    } else {
        moved = m_reminders.advance(now, SliceMs);
    }
    const qint64 advanceMs = held.elapsed();
    if (!moved) {
        m_lastError = moved.error().message;
        emit failed(m_lastError);
    }
    Result<QList<Reminder>> tell = QList<Reminder>{};
    // Whom to tell once the reminders are all there: not a part of them at every slice of a rebuild.
    if (m_session.user.id != 0 && m_reminders.settled())
        tell = m_reminders.noticesDue(now, m_session);
    if (!tell) {
        m_lastError = tell.error().message;
        emit failed(m_lastError);
    }
    const qint64 noticesMs = held.elapsed() - advanceMs;
    // The pages follow in a turn of their own, and the next wake waits for them, after the wake that
    // completed a build over several wakes (it also told the first notices) and, during a build, at
    // most once a second (the lines change at every slice): a drawing and a slice never share a turn
    // of the event loop. Every other wake draws at once, so a test's tick() is followed by its lines.
    const bool settled = m_reminders.settled();
    const bool pagesApart = settled ? building : !m_drawnInBuild.isValid() || m_drawnInBuild.elapsed() >= BuildDrawMs;
    if (pagesApart)
        m_pagesLater.start(PagesLaterMs);
    else if (settled && !m_pagesLater.isActive())
        emit changed();
    if (tell && !tell.value().isEmpty())
        emit notify(tell.value());
    if (m_running && !m_pagesLater.isActive())
        arm(now);
    if (held.elapsed() > StallWarnMs)
        spdlog::warn("reminder wake held the desk {} ms: engine {} ms, notices {} ms, pages {} ms", held.elapsed(),
                     advanceMs, noticesMs, held.elapsed() - advanceMs - noticesMs);
}

void ReminderScheduler::arm(qint64 nowMs)
{
    qint64 wait = LongestWaitMs;
    if (!m_reminders.settled() || m_reminders.hasMoreToTell()) {
        wait = 0; // the rest of a rebuild or of the notices, after whatever the desk is doing
    } else if (auto next = m_reminders.nextDueMs(&m_session)) {
        wait = std::clamp<qint64>(*next - nowMs, 0, LongestWaitMs);
    }
    m_armedMs = wait;
    m_timer.start(int(wait));
}

} // namespace fd
