#pragma once

#include "core/Result.h"

#include "engine/Session.h"
#include "engine/reminders/Reminder.h"

#include <QList>
#include <QObject>

#include <QElapsedTimer>
#include <QTimer>

namespace fd {

class Clock;
class ReminderEngine;

// Keeps one precise single-shot timer to the nearest due instant, never more than a minute away:
// QTimer runs on the monotonic clock, which stops in suspend, so every wake reads the injected
// Clock and processes everything due by then (FACTS.md "Timers"). Each wake brings the engine up
// to now (ReminderEngine::advance: what changed and what came due, at most SliceMs of work; when
// more is left, the next wake comes at once, after the desk's own events) and asks whom to tell
// (noticesDue) for the signed-in person. Owned by ServiceHost; the window sets the session.
// Tests call tick() with a FakeClock instead of waiting.
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 LongestWaitMs = 60'000;
    // The most one wake works before it lets the desk's events run (issue 12: no stall over 50 ms).
    static constexpr qint64 SliceMs = 15;
    // A wake longer than this is logged with its parts (engine, notices, the pages that follow it).
    static constexpr qint64 StallWarnMs = 50;
    // The pages that follow a wake (the panel's lines, the queue badge) run in a turn of their own,
    // PagesLaterMs later, after the wake on which an engine built over several wakes became whole:
    // that wake also tells the first notices, and together they held the desk for 80–100 ms on the
    // benchmark's site. The desk's own events (a keystroke) run in between. Every other wake
    // draws at once, so a test's tick() is followed by its lines.
    static constexpr int PagesLaterMs = 5;
    // While a build runs over several wakes, the pages are given its state this often.
    static constexpr qint64 BuildDrawMs = 1000;

    ReminderScheduler(ReminderEngine& reminders, const Clock& clock, QObject* parent = nullptr);

    void setSession(const Session& session);
    // Ticks at once and keeps ticking until stop().
    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // The interval the timer was last armed with (ms), -1 when not armed.
    [[nodiscard]] qint64 armedIntervalMs() const { return m_armedMs; }
    [[nodiscard]] const QString& lastError() const { return m_lastError; }

public slots:
    // Raise what is due as of the Clock's now, tell, and re-arm (when running).
    void tick();

signals:
    // Reminders this person should hear about now: newly in their inbox, or due a repeat.
    void notify(const QList<fd::Reminder>& reminders);
    // A wake ran: the reminders may have changed (raised, escalated or acted on) and time passed.
    void changed();
    void failed(const QString& message);

private:
    void arm(qint64 nowMs);
    void emitChanged();

    ReminderEngine& m_reminders;
    const Clock& m_clock;
    Session m_session;
    QTimer m_timer;
    QTimer m_pagesLater;          // emits changed() in a turn of its own (see PagesLaterMs)
    QElapsedTimer m_drawnInBuild; // since the pages were last given a build's state
    bool m_running = false;
    qint64 m_armedMs = -1;
    QString m_lastError;
};

} // namespace fd
