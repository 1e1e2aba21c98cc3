#include "widgets/KeepCurrent.h"

#include "core/MinuteTick.h"

#include <QEvent>
#include <QWidget>

namespace fd {

KeepCurrent::KeepCurrent(QWidget* page, MinuteTick& tick, std::function<void()> update)
    : QObject(page), m_page(page), m_update(std::move(update))
{
    connect(&tick, &MinuteTick::minuteChanged, this, &KeepCurrent::minuteChanged);
    page->installEventFilter(this);
}

KeepCurrent* KeepCurrent::follow(QWidget* page, MinuteTick& tick, std::function<void()> update)
{
    return new KeepCurrent(page, tick, std::move(update));
}

void KeepCurrent::minuteChanged(qint64 nowMs)
{
    Q_UNUSED(nowMs) // the page reads its Clock, as everything else it shows
    poke();
}

void KeepCurrent::poke()
{
    // A hidden page costs nothing per minute or change: it catches up once when it is shown.
    if (!m_page->isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_update();
}

bool KeepCurrent::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_update();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fd
