#pragma once

#include <QObject>
#include <QTimer>

namespace fd {

class Clock;

// The one "the minute changed" tick every page that shows time passing (stays, ages, due times,
// queues) follows, so a list open on the screen keeps itself current. Driven by the injected Clock:
// a precise single-shot timer wakes it at the next minute of that Clock, never more than a minute
// away (QTimer runs on the monotonic clock, which stops in suspend: every wake reads the Clock;
// FACTS.md "Timers"), and minuteChanged is emitted once per minute seen, also after a jump either way.
// Tests move a FakeClock and call tick() instead of waiting.
class MinuteTick : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MinuteMs = 60'000;

    explicit MinuteTick(const Clock& clock, QObject* parent = nullptr);

    // Remembers the present minute and wakes at each next one until stop().
    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // The interval the timer was last armed with (ms), -1 when not armed.
    [[nodiscard]] qint64 armedIntervalMs() const { return m_armedMs; }

public slots:
    // Reads the Clock: emits minuteChanged when its minute is not the last one told, then re-arms.
    void tick();

signals:
    void minuteChanged(qint64 nowMs);

private:
    void arm(qint64 nowMs);

    const Clock& m_clock;
    QTimer m_timer;
    qint64 m_minute = 0;
    qint64 m_armedMs = -1;
    bool m_running = false;
};

} // namespace fd
