#include "modules/queues/QueuePage.h"

#include "core/DateTimeText.h"
#include "engine/ChangeFeed.h"

#include "core/Clock.h"
#include "engine/tickets/Departments.h"
#include "engine/tickets/TicketQueues.h"
#include "engine/tickets/TicketService.h"
#include "modules/queues/QueueTableModel.h"
#include "widgets/KeepCurrent.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

const QList<QueueKind> kQueues{QueueKind::MyOpen, QueueKind::Overdue, QueueKind::DueSoon};

} // namespace

QueuePage::QueuePage(const Uses& uses, QWidget* parent)
    : QWidget(parent), m_uses(uses), m_model(new QueueTableModel(uses.queues, this)), m_tabs(new QTabBar(this)),
      m_department(new QComboBox(this)), m_stack(new QStackedWidget(this)), m_table(new QTableView(m_stack)),
      m_empty(new QLabel(m_stack)), m_message(new QLabel(this)), m_timer(new QTimer(this))
{
    setObjectName(u"queuePage"_s);
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Work queues"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    top->addWidget(heading);
    top->addStretch(1);
    auto* departmentLabel = new QLabel(tr("&Department:"), this);
    departmentLabel->setBuddy(m_department);
    top->addWidget(departmentLabel);
    m_department->setObjectName(u"queueDepartment"_s);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_department->setMinimumContentsLength(10);
    top->addWidget(m_department);
    layout->addLayout(top);

    m_tabs->setObjectName(u"queueTabs"_s);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    for (int i = 0; i < kQueues.size(); ++i)
        m_tabs->addTab(QString());
    updateTabs({});
    layout->addWidget(m_tabs);

    m_table->setObjectName(u"queueTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QueueTableModel::Description, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_table->installEventFilter(this);
    m_empty->setObjectName(u"queueEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    auto* bottom = new QHBoxLayout;
    m_message->setObjectName(u"queueMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    bottom->addWidget(m_message, 1);
    auto* hint = new QLabel(tr("Enter: open the ticket · F: record a follow-up"), this);
    hint->setObjectName(u"queueHint"_s);
    hint->setEnabled(false);
    bottom->addWidget(hint, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(bottom);

    setTabOrder(m_tabs, m_department);
    setTabOrder(m_department, m_table);

    m_timer->setInterval(RefreshIntervalMs); // only wakes the page; the time read is the Clock's
    connect(m_timer, &QTimer::timeout, this, &QueuePage::refresh);
    connect(m_tabs, &QTabBar::currentChanged, this, [this] {
        showMessage({}, false);
        refresh();
    });
    connect(m_department, &QComboBox::activated, this, [this] {
        showMessage({}, false);
        refresh();
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, &QueuePage::activateCurrent);
    connect(m_model, &QueueTableModel::loadFailed, this, [this](const QString& text) { showMessage(text, true); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueuePage::updateEmptyState);
    updateEmptyState();
    // What is overdue and due soon moves with the clock: the counts and the loaded rows are read again
    // each minute (as many rows as were loaded, the place kept), only while the page is shown.
    KeepCurrent* keep = KeepCurrent::follow(this, uses.minuteTick, [this] { refresh(); });
    // Issue 12's change feed: a ticket saved anywhere (a dispatch from the repairs page, a 补单) moves
    // between queues at once.
    connect(&uses.changes, &ChangeFeed::changed, keep, [keep](const QList<Change>& changes) {
        if (ChangeFeed::touches(changes, {"ticket"}))
            keep->poke();
    });
}

void QueuePage::setSession(const Session& session)
{
    if (m_session && m_session->user.id != session.user.id)
        showMessage({}, false); // nothing of the previous person's work stays on screen
    m_session = session;
    m_model->setSession(session);
    refresh();
}

QueueKind QueuePage::currentQueue() const
{
    return kQueues.value(m_tabs->currentIndex(), QueueKind::MyOpen);
}

void QueuePage::setCurrentQueue(QueueKind kind)
{
    m_tabs->setCurrentIndex(int(kQueues.indexOf(kind)));
}

QString QueuePage::department() const
{
    return m_department->currentData().toString();
}

void QueuePage::refresh()
{
    if (!m_session)
        return;
    const qint64 now = m_uses.clock.nowMs();
    reloadDepartments();
    auto all = m_uses.queues.counts(*m_session, now);
    if (!all) {
        showMessage(all.error().message, true);
        return;
    }
    m_counts = all.value();
    QueueCounts shown = m_counts;
    if (!department().isEmpty()) {
        auto filtered = m_uses.queues.counts(*m_session, now, department());
        if (filtered)
            shown = filtered.value();
    }
    updateTabs(shown);
    reloadQueue(now);
    emit countsChanged(m_counts);
}

void QueuePage::refreshCounts()
{
    if (!m_session)
        return;
    auto all = m_uses.queues.counts(*m_session, m_uses.clock.nowMs());
    if (!all)
        return;
    m_counts = all.value();
    if (department().isEmpty())
        updateTabs(m_counts);
    emit countsChanged(m_counts);
}

void QueuePage::reloadDepartments()
{
    const QString current = department();
    QStringList names;
    if (auto found = m_uses.queues.departments())
        names = found.value();
    // The chosen one stays even when its work is all done: the filter never switches by itself.
    if (!current.isEmpty() && !names.contains(current))
        names << current;
    const QSignalBlocker block(m_department);
    m_department->clear();
    m_department->addItem(tr("All departments"), QString());
    for (const QString& key : names) // stored by key, shown by name (Departments)
        m_department->addItem(Departments::displayName(key), key);
    m_department->setCurrentIndex(std::max(0, m_department->findData(current)));
}

void QueuePage::reloadQueue(qint64 nowMs)
{
    // Keep the place: the same ticket, or the row where it was when it left the queue.
    const QModelIndex current = m_table->currentIndex();
    const int oldRow = current.isValid() ? current.row() : -1;
    const qint64 keep = current.isValid() ? m_model->rowAt(oldRow).ticketId : 0;
    // The 30-second refresh must not throw the clerk back to the top: as many rows as were
    // fetched come back, at the same scroll position.
    const bool sameQueue = m_model->kind() == currentQueue() && m_model->department() == department();
    const int loaded = sameQueue ? m_model->rowCount() : 0;
    const int scrolled = sameQueue ? m_table->verticalScrollBar()->value() : 0;
    m_model->reload(currentQueue(), department(), nowMs);
    while (m_model->rowCount() < loaded && m_model->canFetchMore({}))
        m_model->fetchMore({});
    updateEmptyState();
    if (m_model->rowCount() == 0)
        return;
    int row = keep != 0 ? m_model->rowOf(keep) : -1;
    if (row < 0 && oldRow >= 0)
        row = std::min(oldRow, m_model->rowCount() - 1);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->verticalScrollBar()->setValue(scrolled);
}

void QueuePage::updateTabs(const QueueCounts& shown)
{
    m_tabs->setTabText(0, tr("&My open work (%1)").arg(shown.mine));
    m_tabs->setTabText(1, tr("&Overdue (%1)").arg(shown.overdue));
    // The tab names the site's rule.due_soon_minutes, the window the counts were taken with.
    const int soon = m_uses.queues.dueSoonMinutes();
    m_tabs->setTabText(2, soon == 60 ? tr("Due &within an hour (%1)").arg(shown.dueSoon)
                                     : tr("Due &within %1 min (%2)").arg(soon).arg(shown.dueSoon));
    m_tabs->setTabTextColor(1, shown.overdue > 0 ? QueueTableModel::overdueColor() : QColor());
    m_tabs->setTabTextColor(2, shown.dueSoon > 0 ? QueueTableModel::dueSoonColor() : QColor());
}

void QueuePage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        const QString in = department().isEmpty() ? QString() : Departments::displayName(department());
        switch (currentQueue()) {
        case QueueKind::MyOpen:
            m_empty->setText(in.isEmpty() ? tr("You have no open work") : tr("You have no open work in %1").arg(in));
            break;
        case QueueKind::Overdue:
            m_empty->setText(in.isEmpty() ? tr("Nothing overdue") : tr("Nothing overdue in %1").arg(in));
            break;
        case QueueKind::DueSoon: {
            const int soon = m_uses.queues.dueSoonMinutes();
            if (soon == 60)
                m_empty->setText(in.isEmpty() ? tr("Nothing due within the hour")
                                              : tr("Nothing due within the hour in %1").arg(in));
            else
                m_empty->setText(in.isEmpty() ? tr("Nothing due within %1 min").arg(soon)
                                              : tr("Nothing due within %1 min in %2").arg(soon).arg(in));
            break;
        }
        }
        if (m_model->lastError())
            m_empty->setText(tr("The queue could not be read."));
    }
    const bool hadFocus = m_table->hasFocus();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_table);
    if (empty && hadFocus)
        m_tabs->setFocus(); // the keyboard is not left on a hidden table
}

void QueuePage::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void QueuePage::activateCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QueueRow row = m_model->rowAt(current.row());
    if (row.source.isEmpty())
        emit ticketActivated(row.ticketId);
    else
        emit recordActivated(row.source, row.refId);
}

void QueuePage::recordFollowUp()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_session || !current.isValid())
        return;
    const QueueRow row = m_model->rowAt(current.row());
    if (!row.source.isEmpty() || row.dueClock != TicketClock::FollowUp) {
        showMessage(tr("%1 has no follow-up due next; F records follow-ups only.").arg(row.number), true);
        return;
    }
    auto ticket = m_uses.tickets.find(row.ticketId);
    if (!ticket) {
        showMessage(ticket.error().message, true);
        return;
    }
    auto done = m_uses.tickets.recordFollowUp(*m_session, ticket.value()); // R-RP-2
    if (!done) {
        showMessage(done.error().message, true);
        return;
    }
    const Ticket& after = done.value();
    showMessage(after.nextFollowUpMs ? tr("Follow-up recorded for %1; the next is due %2.")
                                           .arg(after.number, DateTimeText::time(*after.nextFollowUpMs))
                                     : tr("Follow-up recorded for %1.").arg(after.number),
                false);
    refresh();
}

bool QueuePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::FocusIn && !m_table->currentIndex().isValid() &&
        m_model->rowCount() > 0)
        m_table->selectRow(0); // tabbing in lands on the first row, selected
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && plain) {
            activateCurrent();
            return true;
        }
        if (key->key() == Qt::Key_F && key->modifiers() == Qt::NoModifier) {
            recordFollowUp();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QueuePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void QueuePage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

} // namespace fd
