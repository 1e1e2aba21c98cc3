#pragma once

#include "gui/ReminderItem.h"

#include <QDockWidget>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace fd {

// 提醒 / Reminders, docked on the right. Empty until the engine's scheduler fills it; when empty it
// says so rather than showing anything made up.
class ReminderPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit ReminderPanel(QWidget* parent = nullptr);

    // Adds an item, or replaces the one with the same key.
    void addReminder(const ReminderItem& item);
    void removeReminder(const QString& key);
    void clearReminders();
    [[nodiscard]] int count() const;

signals:
    void reminderActivated(const QString& key);

private:
    void updateState();

    QStackedWidget* m_stack;
    QLabel* m_empty;
    QListWidget* m_list;
};

} // namespace fd
