#include "gui/ReminderPanel.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace fd {

ReminderPanel::ReminderPanel(QWidget* parent)
    : QDockWidget(tr("Reminders"), parent), m_stack(new QStackedWidget(this)), m_empty(new QLabel(m_stack)),
      m_list(new QListWidget(m_stack))
{
    setObjectName(u"reminderPanel"_s);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_empty->setObjectName(u"reminderEmpty"_s);
    m_empty->setText(tr("No reminders"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_list->setObjectName(u"reminderList"_s);
    m_list->setWordWrap(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);
    m_stack->setMinimumWidth(180);
    setWidget(m_stack);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit reminderActivated(item->data(Qt::UserRole).toString()); });
    updateState();
}

void ReminderPanel::addReminder(const ReminderItem& item)
{
    removeReminder(item.key);
    QString text = item.title;
    if (!item.detail.isEmpty())
        text += u'\n' + item.detail;
    if (item.dueMs > 0)
        text += u'\n' + tr("Due %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(item.dueMs).toLocalTime(),
                                                            QLocale::ShortFormat));
    auto* row = new QListWidgetItem(text, m_list);
    row->setData(Qt::UserRole, item.key);
    if (item.overdue)
        row->setForeground(QColor(0xc6, 0x28, 0x28));
    updateState();
}

void ReminderPanel::removeReminder(const QString& key)
{
    for (int i = m_list->count() - 1; i >= 0; --i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == key)
            delete m_list->takeItem(i);
    updateState();
}

void ReminderPanel::clearReminders()
{
    m_list->clear();
    updateState();
}

int ReminderPanel::count() const
{
    return m_list->count();
}

void ReminderPanel::updateState()
{
    m_stack->setCurrentWidget(m_list->count() > 0 ? static_cast<QWidget*>(m_list) : m_empty);
}

} // namespace fd
