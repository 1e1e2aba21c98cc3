#pragma once

#include "engine/Session.h"
#include "engine/tickets/TicketQueue.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTabBar;
class QTableView;
class QTimer;

namespace fd {

class ChangeFeed;
class Clock;
class MinuteTick;
class QueueTableModel;
class TicketQueues;
class TicketService;

// 工作队列: the desk's three queues — my open work, overdue (red) and due within the hour (amber) —
// each tab counting its rows, filtered by department. Enter (or a double-click) asks for the
// ticket; F on a row whose next due is a follow-up records it (R-RP-2). Reads at the Clock's now,
// again every 30 s while shown. Widgets only: TicketQueues and TicketService decide everything.
class QueuePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshIntervalMs = 30'000;

    // The services the page uses, picked by addQueuesPages.
    struct Uses
    {
        TicketQueues& queues;
        TicketService& tickets;
        const Clock& clock;
        MinuteTick& minuteTick;
        ChangeFeed& changes;
    };

    explicit QueuePage(const Uses& uses, QWidget* parent = nullptr);

    void setSession(const Session& session);
    void setCurrentQueue(QueueKind kind);
    [[nodiscard]] QueueKind currentQueue() const;
    // The department filter; empty means every department.
    [[nodiscard]] QString department() const;
    // Every department's counts as of the last refresh (what countsChanged sent).
    [[nodiscard]] QueueCounts counts() const { return m_counts; }
    [[nodiscard]] QueueTableModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }

public slots:
    // Reads the departments, the counts and the current queue again at the Clock's now.
    void refresh();
    // Only the counts (cheap): for the navigation's badge while the page is not shown.
    void refreshCounts();
    // F: records a follow-up on the current row's ticket.
    void recordFollowUp();

signals:
    void ticketActivated(qint64 ticketId);
    // A module's watched record in the queue (a renovation's problem) was asked for.
    void recordActivated(const QString& source, qint64 refId);
    // After each refresh: every department's counts, for the navigation.
    void countsChanged(fd::QueueCounts counts);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void reloadDepartments();
    void reloadQueue(qint64 nowMs);
    void updateTabs(const QueueCounts& shown);
    void updateEmptyState();
    void showMessage(const QString& text, bool error);
    void activateCurrent();

    Uses m_uses;
    std::optional<Session> m_session;
    QueueTableModel* m_model;
    QTabBar* m_tabs;
    QComboBox* m_department;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_message;
    QTimer* m_timer;
    QueueCounts m_counts;
};

} // namespace fd
