#include "gui/IdleLock.h"

#include "core/Clock.h"
#include "engine/SiteSettings.h"
#include "engine/tickets/SiteRules.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace fd {

namespace {

constexpr qint64 kLongestWaitMs = 60'000;

} // namespace

IdleLock::IdleLock(const Clock& clock, const SiteSettings& settings, QObject* parent)
    : QObject(parent), m_clock(clock), m_settings(settings)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

int IdleLock::minutes() const
{
    // A site rule (default 10, SiteRules::definitions), checked when it is set.
    const int stored = SiteRules::number(m_settings, QString::fromLatin1(SiteSettings::IdleLockMinutes));
    return stored > 0 ? stored : DefaultMinutes;
}

void IdleLock::resume()
{
    m_running = true;
    m_lastInputMs = m_clock.nowMs();
    arm();
}

void IdleLock::pause()
{
    m_running = false;
    m_timer.stop();
}

void IdleLock::arm()
{
    const qint64 dueMs = m_lastInputMs + qint64(minutes()) * 60'000;
    m_timer.start(int(std::clamp<qint64>(dueMs - m_clock.nowMs(), 0, kLongestWaitMs)));
}

void IdleLock::check()
{
    if (!m_running)
        return;
    if (m_clock.nowMs() - m_lastInputMs >= qint64(minutes()) * 60'000) {
        pause();
        emit idle();
        return;
    }
    arm();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::InputMethod:
        if (m_running)
            m_lastInputMs = m_clock.nowMs();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fd
