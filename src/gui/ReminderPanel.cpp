#include "gui/ReminderPanel.h"

#include "core/DateTimeText.h"

#include <QDateTime>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStackedWidget>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

enum Data { KeyRole = Qt::UserRole, TicketRole, FollowUpRole, RaisedRole, SourceRole, RefRole, MoreRole };

} // namespace

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
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust); // re-wrap the lines when the dock is resized
    m_list->setSpacing(2);
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);
    m_stack->setMinimumWidth(180);
    setWidget(m_stack);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const QString source = item->data(SourceRole).toString(); !source.isEmpty())
            emit recordRequested(source, item->data(RefRole).toLongLong()); // a log record: open it
        else
            showDetails(item);
        emit reminderActivated(item->data(KeyRole).toString());
    });
    updateState();
}

void ReminderPanel::addReminder(const ReminderItem& item)
{
    removeReminder(item.key);
    appendRow(item);
    updateState();
}

void ReminderPanel::appendRow(const ReminderItem& item)
{
    QString text = item.title;
    if (!item.detail.isEmpty())
        text += u'\n' + item.detail;
    if (item.dueMs > 0)
        text += u'\n' + tr("Due %1").arg(DateTimeText::shortDateTime(item.dueMs));
    // Filled in before it joins the list: each change to a listed row is a signal the view acts on.
    auto* row = new QListWidgetItem(text);
    fitHeight(row);
    row->setData(KeyRole, item.key);
    row->setData(TicketRole, item.ticketId);
    row->setData(FollowUpRole, item.followUp);
    row->setData(RaisedRole, !item.dueSoon);
    row->setData(SourceRole, item.source);
    row->setData(RefRole, item.refId);
    row->setData(MoreRole, item.more);
    if (!item.toolTip.isEmpty())
        row->setToolTip(item.toolTip + (item.followUp ? u"\n\n"_s + tr("F: record a follow-up") : QString()));
    if (item.overdue)
        row->setForeground(QColor(0xc6, 0x28, 0x28));
    else if (item.dueSoon)
        row->setForeground(QColor(0xb2, 0x6a, 0x00));
    m_list->addItem(row);
}

void ReminderPanel::removeReminder(const QString& key)
{
    for (int i = m_list->count() - 1; i >= 0; --i)
        if (m_list->item(i)->data(KeyRole).toString() == key)
            delete m_list->takeItem(i);
    updateState();
}

void ReminderPanel::clearReminders()
{
    m_list->clear();
    updateState();
}

void ReminderPanel::setReminders(const QList<ReminderItem>& items)
{
    if (items == m_shown && m_list->count() == items.size())
        return; // nothing new: the rows (and the selection, and the scroll position) stay as they are
    m_shown = items;
    const QString selected = m_list->currentItem() ? m_list->currentItem()->data(KeyRole).toString() : QString();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const ReminderItem& item : items) // one pass: a first start may bring thousands
        appendRow(item);
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(KeyRole).toString() == selected)
            m_list->setCurrentRow(i);
    updateState();
}

int ReminderPanel::count() const
{
    return m_list->count();
}

int ReminderPanel::activeCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        n += m_list->item(i)->data(MoreRole).toInt() > 0  ? m_list->item(i)->data(MoreRole).toInt()
             : m_list->item(i)->data(RaisedRole).toBool() ? 1
                                                          : 0;
    return n;
}

void ReminderPanel::fitHeight(QListWidgetItem* row) const
{
    // The list's own word-wrapped size hints lose lines (and elide) in a narrow dock: measure here.
    const int width = std::max(120, m_list->viewport()->width() - 2 * m_list->spacing() - 8);
    const QRect needed = m_list->fontMetrics().boundingRect(QRect(0, 0, width, 100'000), Qt::TextWordWrap, row->text());
    row->setSizeHint(QSize(width, needed.height() + 8));
}

bool ReminderPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        for (int i = 0; i < m_list->count(); ++i)
            fitHeight(m_list->item(i));
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        QListWidgetItem* row = m_list->currentItem();
        if (key->key() == Qt::Key_F && key->modifiers() == Qt::NoModifier && row) {
            if (row->data(FollowUpRole).toBool())
                emit followUpRequested(row->data(TicketRole).toLongLong());
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void ReminderPanel::showDetails(QListWidgetItem* row)
{
    // Ticket pages come with the procedure modules; until then the details show where the row is.
    if (!row || row->toolTip().isEmpty())
        return;
    const QRect rect = m_list->visualItemRect(row);
    QToolTip::showText(m_list->viewport()->mapToGlobal(rect.bottomLeft()), row->toolTip(), m_list);
}

void ReminderPanel::updateState()
{
    m_stack->setCurrentWidget(m_list->count() > 0 ? static_cast<QWidget*>(m_list) : m_empty);
    const int n = activeCount();
    setWindowTitle(n > 0 ? tr("Reminders (%1)").arg(n) : tr("Reminders"));
}

} // namespace fd
