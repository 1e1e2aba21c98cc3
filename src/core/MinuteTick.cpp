#include "core/MinuteTick.h"

#include "core/Clock.h"

#include <algorithm>

namespace fd {

MinuteTick::MinuteTick(const Clock& clock, QObject* parent)
    : QObject(parent), m_clock(clock), m_minute(clock.nowMs() / MinuteMs)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // CoarseTimer allows 5% slack: the minute would show late
    connect(&m_timer, &QTimer::timeout, this, &MinuteTick::tick);
}

void MinuteTick::start()
{
    m_running = true;
    const qint64 now = m_clock.nowMs();
    m_minute = now / MinuteMs;
    arm(now);
}

void MinuteTick::stop()
{
    m_running = false;
    m_timer.stop();
    m_armedMs = -1;
}

void MinuteTick::tick()
{
    const qint64 now = m_clock.nowMs();
    const qint64 minute = now / MinuteMs;
    if (minute != m_minute) { // forwards, or backwards after a clock correction
        m_minute = minute;
        emit minuteChanged(now);
    }
    if (m_running)
        arm(now);
}

void MinuteTick::arm(qint64 nowMs)
{
    // To the next minute of the Clock (a millisecond past it, so the wake reads the new minute).
    m_armedMs = std::clamp<qint64>(MinuteMs - nowMs % MinuteMs + 1, 1, MinuteMs);
    m_timer.start(int(m_armedMs));
}

} // namespace fd
