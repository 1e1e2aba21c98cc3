#pragma once

#include "gui/ReminderItem.h"

#include <QDockWidget>
#include <QList>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace fd {

// 提醒 / Reminders, docked on the right. Shows what the scheduler raised (overdue red, due soon
// amber) and counts the raised ones in its title, "Reminders (3)". When empty it says so rather
// than showing anything made up. Enter or double-click shows the ticket's details; F on a
// follow-up reminder asks for a follow-up to be recorded (the panel itself changes nothing).
class ReminderPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit ReminderPanel(QWidget* parent = nullptr);

    // Adds an item, or replaces the one with the same key.
    void addReminder(const ReminderItem& item);
    void removeReminder(const QString& key);
    void clearReminders();
    // Replaces every item, keeping the selection on the same key where it still exists.
    void setReminders(const QList<ReminderItem>& items);
    [[nodiscard]] int count() const;
    // Raised reminders (not the due-soon ones): the number in the title.
    [[nodiscard]] int activeCount() const;
    [[nodiscard]] QListWidget* list() const { return m_list; }

signals:
    void reminderActivated(const QString& key);
    void followUpRequested(qint64 ticketId);
    // A log record's reminder was activated: show that record on its page.
    void recordRequested(const QString& source, qint64 refId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void appendRow(const ReminderItem& item);
    void updateState();
    void showDetails(QListWidgetItem* row);
    void fitHeight(QListWidgetItem* row) const;

    QStackedWidget* m_stack;
    QLabel* m_empty;
    QListWidget* m_list;
    QList<ReminderItem> m_shown; // what the rows show, so the same list again changes nothing
};

} // namespace fd
