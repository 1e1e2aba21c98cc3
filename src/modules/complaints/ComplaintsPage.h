#pragma once

#include "engine/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace fd {

class ComplaintDetailWidget;
class ComplaintListModel;
class Clock;
class ComplaintService;
class MinuteTick;
class TicketService;

// 投诉: the complaints after intake, open ones first with their grade and limit (overdue in red),
// and beside them the selected one: the supervisor's decision with the R-CP-3 checklist, the
// same-event link, an extension (R-CP-5), the reply (R-CP-6) and the customer note (R-CP-10).
// Several complaints selected in the list (Ctrl+click, Shift+click) are linked to one same-event
// group with one action (Ctrl+G, R-CP-3).
// Keyboard: Ctrl+L focuses the list, Ctrl+D the decision, Ctrl+G links the selected, F5 reloads.
class ComplaintsPage : public QWidget
{
    Q_OBJECT

public:
    ComplaintsPage(ComplaintService& complaints, TicketService& tickets, const Clock& clock, MinuteTick& minuteTick,
                   QWidget* parent = nullptr);

    void setSession(const Session& session);
    [[nodiscard]] ComplaintListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] ComplaintDetailWidget* detail() const { return m_detail; }
    [[nodiscard]] qint64 selectedTicketId() const;
    // Selects a complaint's row (loading pages until it is found); false when it is not listed.
    bool selectTicket(qint64 ticketId);
    // The complaints selected in the list, in list order.
    [[nodiscard]] QList<qint64> selectedTicketIds() const;

public slots:
    void refresh();
    // Links the selected complaints to one event (R-CP-3); the outcome shows on the status line.
    void linkSelected();

signals:
    // A complaint was decided, linked, extended, replied to or noted.
    void ticketChanged(qint64 ticketId);

private:
    void showSelected();
    void updateLinkButton();

    ComplaintService& m_complaints;
    ComplaintListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    ComplaintDetailWidget* m_detail = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_linkSelected = nullptr;
    Session m_session;
};

} // namespace fd
