#pragma once

#include "engine/Session.h"
#include "engine/reminders/Reminder.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class QSystemTrayIcon;

namespace fd {

struct Services;
struct ReminderItem;
class ReminderPanel;
class ReminderEngine;
class ReminderScheduler;
struct ReminderLine;

// Connects the engine's reminders (ServiceHost owns the engine and its scheduler) to the window:
// gives the scheduler the signed-in person, draws the engine's lines in the ReminderPanel (plus,
// for the desk, what is due within the site's due-soon minutes), records a follow-up when the panel
// asks (R-RP-2), and tells the person with a desktop notification (when the desktop has a tray) and
// a sound.
class ReminderController : public QObject
{
    Q_OBJECT

public:
    // The most lines the panel lists one by one; the rest are one line pointing to the queues.
    static constexpr int MostLines = 50;

    ReminderController(Services& services, ReminderPanel* panel, QObject* parent = nullptr);
    ~ReminderController() override;

    void setSession(const Session& session);
    [[nodiscard]] ReminderScheduler* scheduler() const { return &m_scheduler; }
    // Re-reads the reminders and fills the panel.
    void refresh();
    // Records a follow-up on the ticket now, then wakes the scheduler.
    void recordFollowUp(qint64 ticketId);

signals:
    // A sentence for the status bar: a follow-up recorded, or why it could not be.
    void message(const QString& text);

private:
    void notify(const QList<Reminder>& reminders);
    // "missed 19 follow-ups, latest 13:45 (first …)" for one line that merges several due instants.
    [[nodiscard]] static QString missedText(const Reminder& line, QList<qint64> dues);
    [[nodiscard]] ReminderItem itemFor(const Reminder& reminder, qint64 nowMs) const;
    [[nodiscard]] QList<ReminderItem> dueSoonItems(qint64 nowMs) const;

    Services& m_services;
    ReminderPanel* m_panel;
    Session m_session;
    bool m_passQueued = false; // several commits in one turn of the event loop make one pass
    ReminderEngine& m_engine;
    ReminderScheduler& m_scheduler;
    // The lines drawn last, and the engine's version and minute they were drawn for: a wake with
    // nothing new redraws nothing.
    QList<ReminderItem> m_lineItems;
    QList<ReminderItem> m_soonItems; // due within the site's window (amber), read with the lines
    quint64 m_drawnVersion = 0;
    bool m_redraw = true;
    qint64 m_drawnMinute = -1;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace fd
