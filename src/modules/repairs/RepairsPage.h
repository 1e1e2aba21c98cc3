#pragma once

#include "core/Result.h"
#include "engine/Session.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace fd {

class RepairListModel;
class RepairService;
class SiteSetup;
class TicketService;

// 报修: the repair tickets, open ones first (R-RP-1..5). From the selected one the desk dispatches
// it with a numbered order (fee items and total shown first), records the order coming back,
// sends it out again after an unsatisfied callback (second dispatch, R-RP-4), prints the dispatch
// order as a one-page A5 PDF; the administrator edits the fee schedule.
class RepairsPage : public QWidget
{
    Q_OBJECT

public:
    RepairsPage(RepairService& repairs, TicketService& tickets, SiteSetup& site, QWidget* parent = nullptr);

    void setSession(const Session& session);
    [[nodiscard]] RepairListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] qint64 selectedTicketId() const;
    // Selects a ticket's row (loading pages until it is found); false when it is not a repair.
    bool selectTicket(qint64 ticketId);
    // Writes the ticket's latest dispatch order as a one-page A5 PDF (R-RP-1).
    Status printOrder(qint64 ticketId, const QString& path);

public slots:
    void refresh();
    void openDispatch();
    void openReturn();
    void openSecondDispatch();
    void printSelectedOrder();
    void openFeeSchedule();

signals:
    // A ticket was dispatched, returned or sent out again from this page.
    void ticketChanged(qint64 ticketId);

private:
    void updateActions();
    void showDetail();
    void changed(qint64 ticketId);

    RepairService& m_repairs;
    TicketService& m_tickets;
    SiteSetup& m_site;
    std::optional<Session> m_session;
    RepairListModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_detail;
    QLabel* m_message;
    QPushButton* m_dispatch;
    QPushButton* m_return;
    QPushButton* m_again;
    QPushButton* m_print;
    QPushButton* m_fees;
};

} // namespace fd
