#pragma once

#include <QObject>
#include <QTimer>

namespace fd {

class Clock;
class SiteSettings;

// Locks the desk after the site's number of minutes without a key press, click or wheel anywhere in
// the program (SiteSettings::IdleLockMinutes, default 10): a clerk called away from the counter does
// not leave the window open to the next person. Time comes from the injected Clock; a precise
// single-shot timer wakes it at the due instant (never more than a minute away, FACTS.md "Timers"),
// and tests call check() after moving a FakeClock.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMinutes = 10;

    IdleLock(const Clock& clock, const SiteSettings& settings, QObject* parent = nullptr);
    ~IdleLock() override;

    // Counts from now; while paused (the window is locked) it neither counts nor fires.
    void resume();
    void pause();
    [[nodiscard]] int minutes() const;

public slots:
    // Fires idle() when the minutes have passed since the last input; re-arms otherwise.
    void check();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void arm();

    const Clock& m_clock;
    const SiteSettings& m_settings;
    QTimer m_timer;
    qint64 m_lastInputMs = 0;
    bool m_running = false;
};

} // namespace fd
